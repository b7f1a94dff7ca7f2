#pragma once
// InspectRunPanel is the Inspect page's "Run" dock: model and dataset paths with Browse buttons,
// the image selection (all / the run's validation split), Run / Re-run / Cancel, the progress
// bar and the run's status. It edits and reflects an InspectController; "Export report…" asks
// the page (exportRequested) since the report renders widgets behind a progress dialog.
//
// Threads: UI thread only.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace kps {

class InspectController;

class InspectRunPanel : public QWidget
{
    Q_OBJECT

public:
    InspectRunPanel(InspectController* controller, QWidget* parent = nullptr);

    QProgressBar* progressBar() const { return m_progress; }
    // A file dialog for a weights file (model A here, model B in the Compare panel); empty when
    // cancelled.
    static QString chooseWeightsFile(QWidget* parent, const QString& title, const QString& dir);
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void exportRequested();

private:
    void reflectRunning(bool running);
    void reflectModelPath(const QString& weightsFile);

    InspectController* m_controller;
    QLineEdit* m_modelEdit = nullptr;
    QLineEdit* m_datasetEdit = nullptr;
    QComboBox* m_splitCombo = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_rerunButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace kps
