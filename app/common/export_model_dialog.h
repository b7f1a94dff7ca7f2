#pragma once
// ExportModelDialog is File > Export model…: the options of `kpstudio export` (weights, output,
// opset, batch, outputs, normalisation in the graph), then a progress bar while OnnxExportJob
// exports and verifies off the UI thread, and the verification result (max |Δheatmap|,
// max |Δcoord| in IMG px, PASSED/FAILED). Close is disabled while an export runs (it cannot be
// interrupted half-way); destroying the dialog waits for it. Failures are shown, never thrown.

#include "onnx_export_job.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace kps {

class ExportModelDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportModelDialog(QWidget* parent = nullptr);
    ~ExportModelDialog() override;

    // Fills the weights field and proposes `<weights folder>/model.onnx` as the output.
    void setWeightsPath(const QString& weights);
    // The dataset whose first images are the verification crops ("" = synthetic renders).
    void setDatasetPath(const QString& dataset);
    OnnxExportSettings settings() const;
    // Empty when the settings can be exported, else what is wrong (shown under the form).
    QString validationError() const;

    OnnxExportJob* job() const { return m_job; }
    QLabel* verdictLabel() const { return m_verdict; }
    QPlainTextEdit* resultView() const { return m_result; }
    QProgressBar* progressBar() const { return m_progress; }

public Q_SLOTS:
    // What the Export button does; false when the settings are invalid or an export runs.
    bool exportModel();
    void reject() override; // ignored while an export runs

Q_SIGNALS:
    void exportFinished(bool verified, const QString& file);

private:
    void onFinished(const OnnxExportOutcome& outcome);
    void updateState();

    OnnxExportJob* m_job = nullptr;
    QString m_dataset;
    QLineEdit* m_weights = nullptr;
    QLineEdit* m_output = nullptr;
    QSpinBox* m_opset = nullptr;
    QComboBox* m_batchMode = nullptr;
    QSpinBox* m_batch = nullptr;
    QCheckBox* m_heatmaps = nullptr;
    QCheckBox* m_coordinates = nullptr;
    QCheckBox* m_normalisation = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_verdict = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace kps
