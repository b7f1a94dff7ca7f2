#pragma once
// The Train page's settings form: one field for every training setting (TrainingConfig), the
// recipes, the device choice (CUDA devices listed in the background), the processes of a
// data-parallel run, config files (save/load as TrainingConfig JSON) and the validation of what is
// entered. The form's state is its config; validationMessage() is a plain member, updated on every
// edit, and the label under the form shows it.
// Threads: UI thread only (the device list is read by a QtConcurrent job whose result comes back
// through a QFutureWatcher).

#include "training_config.h"

#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace kps {

class MaterialModeCombo;

class TrainingConfigForm : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingConfigForm(QWidget* parent = nullptr);

    // The form as a config; false with a readable message when a value is invalid.
    bool readForm(TrainingConfig& config, QString& error) const;
    void setConfig(const TrainingConfig& config); // fills the form
    // "" when the form holds a valid config, else why not (shown under the form).
    QString validationMessage() const { return m_validationMessage; }

    // Default data folder for a new run; proposes a run folder beside it when there is none.
    void setDatasetPath(const QString& path);
    QString datasetPath() const;                 // as entered (native separators)
    void setRunDirectory(const QString& runDir); // run folder of the next Start
    QString runDirectory() const;
    // A fresh run folder beside runDir, named after the dataset (or "synthetic") and the time.
    QString newRunFolderBeside(const QString& runDir) const;

    // Processes of a data-parallel run and the GPUs picked for it ("" = none).
    int processes() const;
    QString gpus() const;
    // The chosen device as shown ("Auto", "cuda:0 — …").
    QString deviceText() const;
    // The CUDA devices are listed in the background; true once the device choice is complete.
    bool devicesKnown() const { return m_devicesKnown; }

    // JSON (TrainingConfig::toJson); false with `message` saying why, else what was done.
    bool saveConfig(const QString& file, QString& message) const;
    bool loadConfig(const QString& file, QString& message);

    // QSettings (the caller's group): the form's config, data and run folders, processes, GPUs.
    void saveSettings(QSettings& settings) const;
    void restoreSettings(QSettings& settings);

    QComboBox* deviceCombo() const { return m_deviceCombo; }
    QComboBox* precisionCombo() const { return m_precisionCombo; }
    QLabel* deviceNote() const { return m_deviceNote; }
    QSpinBox* processesSpin() const { return m_processesSpin; }
    QLineEdit* gpusEdit() const { return m_gpusEdit; }

Q_SIGNALS:
    // The validation message may have changed (after any edit).
    void validityChanged();
    // From the Save/Load config buttons: what happened, for the status bar.
    void statusMessage(const QString& text);

private:
    void buildFields();
    void connectFields();
    void fillDevices();
    void validateForm();
    void onPresetChanged();
    // Fills the form with a recipe's values, keeping the data, run folder and hardware fields.
    void applyRecipe(const QString& name);
    void saveConfigWithDialog();
    void loadConfigWithDialog();

    TrainingConfig
        m_base; // fields the form does not show come from here (defaults or a loaded file)
    QString m_validationMessage;
    bool m_devicesKnown = false;
    bool m_defaultsShown = false; // no saved settings: the form shows the defaults

    QComboBox* m_recipeCombo = nullptr;
    QCheckBox* m_syntheticCheck = nullptr;
    QSpinBox* m_syntheticImagesSpin = nullptr;
    MaterialModeCombo* m_materialsCombo = nullptr;
    QComboBox* m_scheduleCombo = nullptr;
    QDoubleSpinBox* m_warmupSpin = nullptr;
    QComboBox* m_bestCombo = nullptr;
    QComboBox* m_focalCombo = nullptr;
    QDoubleSpinBox* m_bnMomentumSpin = nullptr;
    QSpinBox* m_bnRecalibrationSpin = nullptr;
    QLineEdit* m_dataEdit = nullptr;
    QLineEdit* m_runEdit = nullptr;
    QComboBox* m_presetCombo = nullptr;
    QComboBox* m_backboneCombo = nullptr;
    QLineEdit* m_pretrainedEdit = nullptr;
    QComboBox* m_freezeCombo = nullptr;
    QSpinBox* m_imageSizeSpin = nullptr;
    QSpinBox* m_heatmapSizeSpin = nullptr;
    QSpinBox* m_epochsSpin = nullptr;
    QSpinBox* m_batchSpin = nullptr;
    QLineEdit* m_lrEdit = nullptr;
    QCheckBox* m_fineTuneCheck = nullptr;
    QSpinBox* m_fineTuneEpochsSpin = nullptr;
    QLineEdit* m_fineTuneLrEdit = nullptr;
    QSpinBox* m_earlyStopSpin = nullptr;
    QDoubleSpinBox* m_valSplitSpin = nullptr;
    QLineEdit* m_seedEdit = nullptr;
    QDoubleSpinBox* m_blurProbSpin = nullptr;
    QDoubleSpinBox* m_blurSigmaSpin = nullptr;
    QDoubleSpinBox* m_brightProbSpin = nullptr;
    QDoubleSpinBox* m_brightMinSpin = nullptr;
    QDoubleSpinBox* m_brightMaxSpin = nullptr;
    QComboBox* m_deviceCombo = nullptr;
    QLabel* m_deviceNote = nullptr;
    QSpinBox* m_threadsSpin = nullptr;
    QComboBox* m_precisionCombo = nullptr;
    QSpinBox* m_processesSpin = nullptr;
    QLineEdit* m_gpusEdit = nullptr;
    QSpinBox* m_snapshotSamplesSpin = nullptr;
    QSpinBox* m_snapshotEverySpin = nullptr;
    QLineEdit* m_cacheEdit = nullptr;
    QLabel* m_validationLabel = nullptr;
};

} // namespace kps
