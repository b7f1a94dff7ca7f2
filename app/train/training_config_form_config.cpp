#include "training_config_form.h"

#include "material_mode_combo.h"
#include "mixed_precision.h"
#include "training_step.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QSpinBox>

#include <algorithm>
#include <exception>
#include <optional>
#include <stdexcept>

// The form's config: TrainingConfig to and from the fields, validation, config files.

namespace kps {

namespace {

bool parseDouble(const QLineEdit* edit, double& value)
{
    bool ok = false;
    const double parsed = edit->text().trimmed().toDouble(&ok);
    if (ok)
        value = parsed;
    return ok;
}

} // namespace

void TrainingConfigForm::setConfig(const TrainingConfig& config)
{
    m_base = config;
    m_recipeCombo->setCurrentIndex(
        std::max(0, m_recipeCombo->findData(QString::fromStdString(config.recipe))));
    m_syntheticCheck->setChecked(config.syntheticData());
    m_syntheticImagesSpin->setValue(config.synthetic.imagesPerEpoch);
    m_syntheticImagesSpin->setEnabled(config.syntheticData());
    m_materialsCombo->setMode(config.synthetic.materials);
    m_materialsCombo->setEnabled(config.syntheticData());
    m_dataEdit->parentWidget()->setEnabled(!config.syntheticData());
    m_valSplitSpin->setEnabled(!config.syntheticData());
    if (!config.syntheticData())
        m_dataEdit->setText(QDir::toNativeSeparators(QString::fromStdString(config.dataDir)));
    m_scheduleCombo->setCurrentIndex(
        std::max(0, m_scheduleCombo->findData(QString::fromStdString(toString(config.schedule)))));
    m_warmupSpin->setValue(config.warmupEpochs);
    int bestIndex = m_bestCombo->findData(QString::fromStdString(config.bestCriterion.toString()));
    if (bestIndex < 0) {
        const QString criterion = QString::fromStdString(config.bestCriterion.toString());
        m_bestCombo->addItem(criterion, criterion); // another PCK threshold from a loaded file
        bestIndex = m_bestCombo->count() - 1;
    }
    m_bestCombo->setCurrentIndex(bestIndex);
    m_focalCombo->setCurrentIndex(
        std::max(0, m_focalCombo->findData(QString::fromStdString(toString(config.focalForm)))));
    m_bnMomentumSpin->setValue(config.decoderBatchNormMomentum);
    m_bnRecalibrationSpin->setValue(config.batchNormRecalibrationBatches);
    const QString preset = QString::fromStdString(config.model.preset);
    int presetIndex = m_presetCombo->findData(preset);
    if (presetIndex < 0) {
        m_presetCombo->addItem(preset, preset); // "custom" from a loaded file
        presetIndex = m_presetCombo->count() - 1;
    }
    {
        const QSignalBlocker blocker(m_presetCombo); // keep the file's backbone
        m_presetCombo->setCurrentIndex(presetIndex);
    }
    m_backboneCombo->setCurrentIndex(
        std::max(0, m_backboneCombo->findData(QString::fromStdString(config.model.backbone))));
    m_pretrainedEdit->setText(QDir::toNativeSeparators(QString::fromStdString(config.pretrained)));
    m_freezeCombo->setCurrentIndex(std::max(
        0, m_freezeCombo->findData(QString::fromStdString(toString(config.freezeBackbone)))));
    m_imageSizeSpin->setValue(config.model.preprocess.imageSize);
    m_heatmapSizeSpin->setValue(config.model.preprocess.heatmapSize);
    m_epochsSpin->setValue(config.epochs);
    m_batchSpin->setValue(config.batchSize);
    m_lrEdit->setText(QString::number(config.learningRate, 'g', 6));
    m_fineTuneCheck->setChecked(config.fineTune);
    m_fineTuneEpochsSpin->setValue(config.fineTuneEpochs);
    m_fineTuneEpochsSpin->setEnabled(config.fineTune);
    m_fineTuneLrEdit->setText(QString::number(config.fineTuneLearningRate, 'g', 6));
    m_fineTuneLrEdit->setEnabled(config.fineTune);
    m_earlyStopSpin->setValue(config.earlyStoppingPatience);
    m_valSplitSpin->setValue(config.validationSplit);
    m_seedEdit->setText(QString::number(config.seed));
    m_blurProbSpin->setValue(config.augmentation.blurProbability);
    m_blurSigmaSpin->setValue(config.augmentation.blurMaxSigma);
    m_brightProbSpin->setValue(config.augmentation.brightnessProbability);
    m_brightMinSpin->setValue(config.augmentation.brightnessMinFactor);
    m_brightMaxSpin->setValue(config.augmentation.brightnessMaxFactor);
    int deviceIndex = m_deviceCombo->findData(
        QString::fromStdString(config.device == "cuda" ? "cuda:0" : config.device));
    if (deviceIndex < 0)
        deviceIndex = 0; // a GPU this machine does not have: Auto
    m_deviceCombo->setCurrentIndex(deviceIndex);
    m_threadsSpin->setValue(config.threads);
    m_precisionCombo->setCurrentIndex(std::max(
        0, m_precisionCombo->findData(QString::fromStdString(toString(config.precision)))));
    m_snapshotSamplesSpin->setValue(config.snapshotSamples);
    m_snapshotEverySpin->setValue(config.snapshotEvery);
    m_cacheEdit->setText(QDir::toNativeSeparators(QString::fromStdString(config.cacheDir)));
    validateForm();
}

void TrainingConfigForm::applyRecipe(const QString& name)
{
    TrainingConfig config = TrainingConfig::fromRecipe(name.toStdString());
    TrainingConfig current;
    QString error;
    readForm(current, error); // whatever it can read; the fields kept below need no validity
    config.dataDir = current.dataDir;
    config.synthetic = current.synthetic;
    config.device = current.device;
    config.threads = current.threads;
    config.cacheDir = current.cacheDir;
    config.seed = current.seed;
    const QString run = m_runEdit->text();
    setConfig(config);
    m_runEdit->setText(run);
}

void TrainingConfigForm::onPresetChanged()
{
    const std::string preset = m_presetCombo->currentData().toString().toStdString();
    try {
        const ModelConfig model = TrainingConfig::presetModel(preset);
        m_backboneCombo->setCurrentIndex(
            std::max(0, m_backboneCombo->findData(QString::fromStdString(model.backbone))));
    } catch (const std::invalid_argument&) {
        // "custom": keeps its backbone
    }
    validateForm();
}

bool TrainingConfigForm::readForm(TrainingConfig& config, QString& error) const
{
    config = m_base;
    config.recipe = m_recipeCombo->currentData().toString().toStdString();
    const bool synthetic = m_syntheticCheck->isChecked();
    config.dataDir = synthetic
                         ? std::string(TrainingConfig::kSyntheticPrefix) + "builtin"
                         : QDir::fromNativeSeparators(m_dataEdit->text().trimmed()).toStdString();
    config.synthetic.imagesPerEpoch = m_syntheticImagesSpin->value();
    config.synthetic.materials = m_materialsCombo->mode();
    config.schedule =
        learningRateScheduleFromString(m_scheduleCombo->currentData().toString().toStdString());
    config.warmupEpochs = m_warmupSpin->value();
    config.bestCriterion =
        BestCheckpointCriterion::fromString(m_bestCombo->currentData().toString().toStdString());
    config.focalForm = focalFormFromString(m_focalCombo->currentData().toString().toStdString());
    config.decoderBatchNormMomentum = m_bnMomentumSpin->value();
    config.batchNormRecalibrationBatches = m_bnRecalibrationSpin->value();
    if (config.dataDir.empty()) {
        error = tr("Dataset: choose the dataset folder.");
        return false;
    }
    const std::string preset = m_presetCombo->currentData().toString().toStdString();
    const std::string backbone = m_backboneCombo->currentData().toString().toStdString();
    const PreprocessConfig preprocess = m_base.model.preprocess;
    try {
        config.model = TrainingConfig::presetModel(preset);
    } catch (const std::invalid_argument&) {
        config.model = m_base.model; // a custom model from a loaded file
        config.model.keypointCount = 0;
    }
    if (config.model.backbone != backbone) {
        config.model.backbone = backbone;
        config.model.preset = "custom";
    }
    config.model.preprocess = preprocess;
    config.model.preprocess.imageSize = m_imageSizeSpin->value();
    config.model.preprocess.heatmapSize = m_heatmapSizeSpin->value();
    config.pretrained =
        QDir::fromNativeSeparators(m_pretrainedEdit->text().trimmed()).toStdString();
    if (!config.pretrained.empty() &&
        !QFileInfo(QString::fromStdString(config.pretrained)).isFile()) {
        error = tr("Pretrained weights: %1 is not a file.").arg(m_pretrainedEdit->text());
        return false;
    }
    config.freezeBackbone =
        backboneFreezeFromString(m_freezeCombo->currentData().toString().toStdString());
    config.epochs = m_epochsSpin->value();
    config.batchSize = m_batchSpin->value();
    if (!parseDouble(m_lrEdit, config.learningRate)) {
        error = tr("Learning rate: enter a number such as 5e-4.");
        return false;
    }
    config.fineTune = m_fineTuneCheck->isChecked();
    config.fineTuneEpochs = m_fineTuneEpochsSpin->value();
    if (!parseDouble(m_fineTuneLrEdit, config.fineTuneLearningRate)) {
        error = tr("Fine-tune learning rate: enter a number such as 2e-6.");
        return false;
    }
    config.earlyStoppingPatience = m_earlyStopSpin->value();
    config.validationSplit = m_valSplitSpin->value();
    bool seedOk = false;
    config.seed = m_seedEdit->text().trimmed().toULongLong(&seedOk);
    if (!seedOk) {
        error = tr("Seed: enter a whole number >= 0.");
        return false;
    }
    config.augmentation.blurProbability = m_blurProbSpin->value();
    config.augmentation.blurMaxSigma = m_blurSigmaSpin->value();
    config.augmentation.brightnessProbability = m_brightProbSpin->value();
    config.augmentation.brightnessMinFactor = m_brightMinSpin->value();
    config.augmentation.brightnessMaxFactor = m_brightMaxSpin->value();
    config.device = m_deviceCombo->currentData().toString().toStdString();
    config.threads = m_threadsSpin->value();
    config.precision =
        trainingPrecisionFromString(m_precisionCombo->currentData().toString().toStdString());
    if (config.precision == TrainingPrecision::BFloat16Mixed) {
        // The device as the trainer resolves it when the run starts: "auto" is a GPU where there
        // is one. A device that is not there is the trainer's message to give.
        std::optional<torch::Device> device;
        try {
            device = resolveDevice(config.device);
        } catch (const std::invalid_argument&) {
        }
        if (device) {
            try {
                resolvePrecision(config.precision, *device);
            } catch (const std::invalid_argument&) {
                error = tr("Precision: bf16 mixed runs on the CPU only; choose Auto or Float32 "
                           "for a GPU.");
                return false;
            }
        }
    }
    config.snapshotSamples = m_snapshotSamplesSpin->value();
    config.snapshotEvery = m_snapshotEverySpin->value();
    config.cacheDir = QDir::fromNativeSeparators(m_cacheEdit->text().trimmed()).toStdString();
    try {
        ModelConfig checked = config.model;
        checked.keypointCount = 1; // taken from the dataset at start
        checked.validate();
        config.validate();
    } catch (const std::invalid_argument& e) {
        error = QString::fromStdString(e.what());
        if (!error.isEmpty())
            error[0] = error[0].toUpper();
        return false;
    }
    return true;
}

void TrainingConfigForm::validateForm()
{
    if (!m_validationLabel)
        return;
    TrainingConfig config;
    QString error;
    const bool ok = readForm(config, error);
    m_validationMessage = ok ? QString() : error;
    m_validationLabel->setText(m_validationMessage);
    m_validationLabel->setVisible(!ok);
    Q_EMIT validityChanged();
}

bool TrainingConfigForm::saveConfig(const QString& file, QString& message) const
{
    TrainingConfig config;
    QString error;
    if (!readForm(config, error)) {
        message = tr("Config not saved: %1").arg(error);
        return false;
    }
    QSaveFile out(file);
    const QByteArray bytes = QByteArray::fromStdString(config.toJson().dump(2) + "\n");
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        message = tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        return false;
    }
    message = tr("Config saved to %1").arg(QDir::toNativeSeparators(file));
    return true;
}

bool TrainingConfigForm::loadConfig(const QString& file, QString& message)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        message = tr("%1: cannot read: %2").arg(QDir::toNativeSeparators(file), in.errorString());
        return false;
    }
    try {
        const auto json = nlohmann::ordered_json::parse(in.readAll().toStdString());
        setConfig(TrainingConfig::fromJson(json));
    } catch (const std::exception& e) {
        message =
            tr("%1: %2").arg(QDir::toNativeSeparators(file), QString::fromStdString(e.what()));
        return false;
    }
    message = tr("Config loaded from %1").arg(QDir::toNativeSeparators(file));
    return true;
}

} // namespace kps
