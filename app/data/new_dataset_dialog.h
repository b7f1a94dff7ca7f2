#pragma once
// NewDatasetDialog is File > New synthetic dataset…: the generator's settings (count, seed, mesh,
// resolution, visibility rule, materials, output folder), then a progress bar and Cancel while
// SyntheticDatasetJob renders off the UI thread. It emits datasetCreated(dir) when the dataset is
// complete; the window opens it.

#include "synthetic_dataset_job.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace kps {

class MaterialModeCombo;

class NewDatasetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewDatasetDialog(QWidget* parent = nullptr);
    ~NewDatasetDialog() override;

    SyntheticDatasetSettings settings() const;
    void setSettings(const SyntheticDatasetSettings& settings);
    // Empty when the settings can be generated, else what is wrong (shown under the form).
    QString validationError() const;
    SyntheticDatasetJob* job() const { return m_job; }
    QProgressBar* progressBar() const { return m_progress; }

public Q_SLOTS:
    // Starts generating (what the Generate button does); false when the settings are invalid.
    bool generate();
    void reject() override; // cancels a running job instead of closing

Q_SIGNALS:
    void datasetCreated(const QString& dir);

private:
    void onFinished(bool ok, const QString& dir, int imagesWritten, const QString& error);
    void updateState();

    SyntheticDatasetJob* m_job = nullptr;
    QSpinBox* m_count = nullptr;
    QSpinBox* m_seed = nullptr;
    QComboBox* m_mesh = nullptr;
    QLineEdit* m_meshFile = nullptr;
    QPushButton* m_meshBrowse = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QComboBox* m_visibility = nullptr;
    MaterialModeCombo* m_materials = nullptr;
    QLineEdit* m_output = nullptr;
    QPushButton* m_outputBrowse = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_generateButton = nullptr;
};

} // namespace kps
