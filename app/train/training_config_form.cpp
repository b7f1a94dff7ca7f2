#include "training_config_form.h"

#include "cuda_devices.h"
#include "material_mode_combo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>
#include <functional>

namespace kps {
namespace {

QDoubleSpinBox* makeDoubleSpin(double minimum, double maximum, double step, int decimals,
                               QWidget* parent)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setRange(minimum, maximum);
    spin->setSingleStep(step);
    spin->setDecimals(decimals);
    return spin;
}

QSpinBox* makeSpin(int minimum, int maximum, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(minimum, maximum);
    return spin;
}

// A line edit with a "…" button that fills it from a file or folder dialog.
QWidget* withBrowseButton(QLineEdit* edit, const std::function<void()>& browse)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* button = new QToolButton(row);
    button->setText(QStringLiteral("…"));
    button->setToolTip(TrainingConfigForm::tr("Browse…"));
    QObject::connect(button, &QToolButton::clicked, row, browse);
    layout->addWidget(button);
    return row;
}

} // namespace

TrainingConfigForm::TrainingConfigForm(QWidget* parent) : QWidget(parent)
{
    buildFields();
    fillDevices();
    setConfig(m_base);
    connectFields();
}

void TrainingConfigForm::buildFields()
{
    QWidget* form = this;
    auto* outer = new QVBoxLayout(this);

    auto section = [&](const QString& title) {
        auto* box = new QGroupBox(title, form);
        auto* layout = new QFormLayout(box);
        layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        outer->addWidget(box);
        return layout;
    };
    auto row = [](QFormLayout* layout, const QString& label, QWidget* field, const QString& tip) {
        field->setToolTip(tip);
        layout->addRow(label, field);
    };

    // Recipe
    QFormLayout* recipe = section(tr("Recipe"));
    m_recipeCombo = new QComboBox(form);
    m_recipeCombo->addItem(tr("cpu-fast (fastest on a CPU)"), QStringLiteral("cpu-fast"));
    m_recipeCombo->addItem(tr("seed (the seed's train_vis.py)"), QStringLiteral("seed"));
    row(recipe, tr("Start from:"), m_recipeCombo,
        tr("Fills every field below with a recipe: cpu-fast is the fastest recipe of the training "
           "study "
           "on a 2-core CPU; seed is exactly the seed's (ResNet-50, batch 128, plateau schedule), "
           "the GPU "
           "default. Fields changed afterwards are kept in the run's config."));

    // Data
    QFormLayout* data = section(tr("Data"));
    m_syntheticCheck = new QCheckBox(tr("New synthetic images every epoch"), form);
    row(data, tr("Synthetic data:"), m_syntheticCheck,
        tr("Train on an endless stream of generated images of the built-in spacecraft, rendered at "
           "the "
           "model's input size, instead of a dataset folder; validation uses a fixed generated set "
           "that "
           "goes through the full preprocessing."));
    m_syntheticImagesSpin = makeSpin(16, 1000000, form);
    row(data, tr("Images per epoch:"), m_syntheticImagesSpin,
        tr("Synthetic training images rendered for each epoch."));
    m_materialsCombo = new MaterialModeCombo(form);
    row(data, tr("Materials:"), m_materialsCombo, m_materialsCombo->toolTip());
    m_dataEdit = new QLineEdit(form);
    row(data, tr("Dataset:"),
        withBrowseButton(m_dataEdit,
                         [this] {
                             const QString dir = QFileDialog::getExistingDirectory(
                                 this, tr("Dataset folder"), m_dataEdit->text());
                             if (!dir.isEmpty())
                                 m_dataEdit->setText(QDir::toNativeSeparators(dir));
                         }),
        tr("Dataset folder in the 4SP layout (Rendered_Images, JSON_Data_REF, "
           "Object_Information)."));
    m_dataEdit->setToolTip(tr(
        "Dataset folder in the 4SP layout (Rendered_Images, JSON_Data_REF, Object_Information)."));
    m_runEdit = new QLineEdit(form);
    row(data, tr("Run folder:"),
        withBrowseButton(m_runEdit,
                         [this] {
                             const QString dir = QFileDialog::getSaveFileName(
                                 this, tr("New run folder"), m_runEdit->text(), QString(), nullptr,
                                 QFileDialog::ShowDirsOnly);
                             if (!dir.isEmpty())
                                 m_runEdit->setText(QDir::toNativeSeparators(dir));
                         }),
        tr("Folder the new run is written to (config.json, training_log.csv, events.jsonl, "
           "weights, "
           "snapshots). It must not hold a run already."));
    m_runEdit->setToolTip(m_runEdit->parentWidget()->toolTip());
    m_valSplitSpin = makeDoubleSpin(0.01, 0.99, 0.05, 2, form);
    row(data, tr("Validation split:"), m_valSplitSpin,
        tr("Fraction of the annotated images held out for validation (split by the seed, kept on "
           "resume)."));
    m_seedEdit = new QLineEdit(form);
    m_seedEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seedEdit));
    row(data, tr("Seed:"), m_seedEdit,
        tr("Random seed for the split, the initial weights, shuffling and augmentation: the same "
           "seed "
           "reproduces a run."));

    // Model
    QFormLayout* model = section(tr("Model"));
    m_presetCombo = new QComboBox(form);
    for (const std::string& name : ModelConfig::presetNames())
        m_presetCombo->addItem(QString::fromStdString(name), QString::fromStdString(name));
    row(model, tr("Preset:"), m_presetCombo,
        tr("seed: ResNet-50 with the seed's wide decoder (GPU); small: ResNet-18 with a narrow "
           "decoder "
           "(CPU); tiny: for quick tests."));
    m_backboneCombo = new QComboBox(form);
    for (const std::string& name : ModelConfig::backboneNames())
        m_backboneCombo->addItem(QString::fromStdString(name), QString::fromStdString(name));
    row(model, tr("Backbone:"), m_backboneCombo,
        tr("ResNet encoder. A backbone other than the preset's makes a custom model with the "
           "preset's decoder."));
    m_pretrainedEdit = new QLineEdit(form);
    m_pretrainedEdit->setPlaceholderText(tr("none (random initialisation)"));
    row(model, tr("Pretrained weights:"),
        withBrowseButton(m_pretrainedEdit,
                         [this] {
                             const QString file = QFileDialog::getOpenFileName(
                                 this, tr("ImageNet backbone weights"), m_pretrainedEdit->text(),
                                 tr("ImageNet weights (*.pth *.pt *.h5);;All files (*)"));
                             if (!file.isEmpty())
                                 m_pretrainedEdit->setText(QDir::toNativeSeparators(file));
                         }),
        tr("torchvision ImageNet weights (.pth) of the chosen ResNet, or Keras ResNet50 weights "
           "(.h5) for resnet50_keras, for the backbone; empty = random init."));
    m_pretrainedEdit->setToolTip(m_pretrainedEdit->parentWidget()->toolTip());
    m_freezeCombo = new QComboBox(form);
    m_freezeCombo->addItem(tr("Auto (frozen with pretrained weights)"), QStringLiteral("auto"));
    m_freezeCombo->addItem(tr("Frozen"), QStringLiteral("frozen"));
    m_freezeCombo->addItem(tr("Trainable"), QStringLiteral("trainable"));
    row(model, tr("Backbone in main phase:"), m_freezeCombo,
        tr("Whether the main phase trains the backbone. Freezing random features cripples a model, "
           "so "
           "Auto freezes only imported ImageNet weights."));
    m_imageSizeSpin = makeSpin(32, 1024, form);
    m_imageSizeSpin->setSingleStep(32);
    row(model, tr("Input size (IMG):"), m_imageSizeSpin,
        tr("Network input side in pixels; a multiple of 32."));
    m_heatmapSizeSpin = makeSpin(4, 4096, form);
    row(model, tr("Heatmap size (HEAT):"), m_heatmapSizeSpin,
        tr("Side of the predicted heatmaps in pixels."));

    // Schedule
    QFormLayout* schedule = section(tr("Schedule"));
    m_epochsSpin = makeSpin(0, 100000, form);
    row(schedule, tr("Epochs:"), m_epochsSpin, tr("Epochs of the main phase."));
    m_batchSpin = makeSpin(0, 4096, form);
    m_batchSpin->setSpecialValueText(tr("Device default"));
    row(schedule, tr("Batch size:"), m_batchSpin,
        tr("Images per batch; Device default = 128 on a GPU, 32 on the CPU."));
    m_lrEdit = new QLineEdit(form);
    row(schedule, tr("Learning rate:"), m_lrEdit,
        tr("Adam learning rate of the main phase, e.g. 5e-4. Reduced on plateaus of the validation "
           "loss."));
    m_fineTuneCheck = new QCheckBox(tr("Fine-tune the whole network afterwards"), form);
    row(schedule, tr("Fine-tune:"), m_fineTuneCheck,
        tr("A second phase with the backbone unfrozen and a small learning rate."));
    m_fineTuneEpochsSpin = makeSpin(0, 100000, form);
    row(schedule, tr("Fine-tune epochs:"), m_fineTuneEpochsSpin,
        tr("Epochs of the fine-tune phase."));
    m_fineTuneLrEdit = new QLineEdit(form);
    row(schedule, tr("Fine-tune learning rate:"), m_fineTuneLrEdit,
        tr("Learning rate of the fine-tune phase, e.g. 2e-6."));
    m_scheduleCombo = new QComboBox(form);
    m_scheduleCombo->addItem(tr("Reduce on plateau"), QStringLiteral("plateau"));
    m_scheduleCombo->addItem(tr("Warm-up + cosine"), QStringLiteral("warmup_cosine"));
    row(schedule, tr("LR schedule:"), m_scheduleCombo,
        tr("Reduce on plateau: the seed's (factor 0.8 after 10 epochs without validation-loss "
           "gain). Warm-up + "
           "cosine: a linear warm-up, then a cosine decay over the planned epochs."));
    m_warmupSpin = makeDoubleSpin(0.0, 1000.0, 0.5, 1, form);
    row(schedule, tr("Warm-up epochs:"), m_warmupSpin,
        tr("Epochs of linear learning-rate warm-up (cosine schedule)."));
    m_bestCombo = new QComboBox(form);
    m_bestCombo->addItem(tr("Lowest mean error"), QStringLiteral("mean_error"));
    m_bestCombo->addItem(tr("Lowest validation loss"), QStringLiteral("val_loss"));
    m_bestCombo->addItem(tr("Highest PCK@2 (128-px)"), QStringLiteral("pck@2"));
    m_bestCombo->addItem(tr("Highest PCK@5 (128-px)"), QStringLiteral("pck@5"));
    row(schedule, tr("Best checkpoint:"), m_bestCombo,
        tr("Which validation number picks best.pt. The validation loss (the seed's choice) rises "
           "again while "
           "the coordinates keep improving, so the mean error is the default."));
    m_earlyStopSpin = makeSpin(0, 100000, form);
    m_earlyStopSpin->setSpecialValueText(tr("Off"));
    row(schedule, tr("Early stopping:"), m_earlyStopSpin,
        tr("End a phase after this many epochs without validation-loss improvement; Off = never."));

    // Loss and BatchNorm
    QFormLayout* loss = section(tr("Loss and BatchNorm"));
    m_focalCombo = new QComboBox(form);
    m_focalCombo->addItem(tr("Seed: -log p_t"), QStringLiteral("seed"));
    m_focalCombo->addItem(tr("Binary cross-entropy"), QStringLiteral("bce"));
    row(loss, tr("Focal loss form:"), m_focalCombo,
        tr("Both weigh pixels by alpha_t (1 - p_t)^2. Seed: times -log p_t (the seed's loss); "
           "binary "
           "cross-entropy: times the BCE of the soft Gaussian target (Keras's focal loss)."));
    m_bnMomentumSpin = makeDoubleSpin(0.001, 1.0, 0.01, 3, form);
    row(loss, tr("Decoder BN momentum:"), m_bnMomentumSpin,
        tr("Weight of each new batch in the decoder's BatchNorm running statistics (PyTorch "
           "convention). The "
           "seed's Keras default 0.01 lags far behind weights that move fast."));
    m_bnRecalibrationSpin = makeSpin(0, 10000, form);
    m_bnRecalibrationSpin->setSpecialValueText(tr("Off"));
    row(loss, tr("BN recalibration:"), m_bnRecalibrationSpin,
        tr("Before each validation, re-estimate the BatchNorm statistics on this many training "
           "batches."));

    // Augmentation
    QFormLayout* augmentation = section(tr("Augmentation (photometric)"));
    m_blurProbSpin = makeDoubleSpin(0.0, 1.0, 0.05, 2, form);
    row(augmentation, tr("Blur probability:"), m_blurProbSpin,
        tr("Chance per image of a Gaussian blur; 0 = never."));
    m_blurSigmaSpin = makeDoubleSpin(0.0, 20.0, 0.1, 2, form);
    row(augmentation, tr("Blur max sigma:"), m_blurSigmaSpin,
        tr("The blur's sigma is drawn in [0.3, max] input pixels."));
    m_brightProbSpin = makeDoubleSpin(0.0, 1.0, 0.05, 2, form);
    row(augmentation, tr("Darkening probability:"), m_brightProbSpin,
        tr("Chance per image of a brightness reduction; 0 = never."));
    m_brightMinSpin = makeDoubleSpin(0.0, 1.0, 0.05, 2, form);
    row(augmentation, tr("Brightness min factor:"), m_brightMinSpin,
        tr("Pixel values are scaled by a factor in [min, max]."));
    m_brightMaxSpin = makeDoubleSpin(0.0, 1.0, 0.05, 2, form);
    row(augmentation, tr("Brightness max factor:"), m_brightMaxSpin,
        tr("Upper end of the brightness factor (at most 1)."));

    // Hardware and output
    QFormLayout* hardware = section(tr("Hardware and output"));
    m_deviceCombo = new QComboBox(form);
    row(hardware, tr("Device:"), m_deviceCombo,
        tr("Auto uses the first GPU when there is one, else the CPU."));
    m_deviceNote = new QLabel(form);
    m_deviceNote->setWordWrap(true);
    hardware->addRow(QString(), m_deviceNote);
    m_threadsSpin = makeSpin(0, 1024, form);
    m_threadsSpin->setSpecialValueText(tr("All cores but one"));
    row(hardware, tr("CPU threads:"), m_threadsSpin,
        tr("Threads of the training on the CPU. One core stays free by default so the window stays "
           "responsive."));
    m_precisionCombo = new QComboBox(form);
    m_precisionCombo->addItem(tr("Auto"), QStringLiteral("auto"));
    m_precisionCombo->addItem(tr("Float32"), QStringLiteral("fp32"));
    m_precisionCombo->addItem(tr("bf16 mixed (CPU)"), QStringLiteral("bf16_mixed"));
    row(hardware, tr("Precision:"), m_precisionCombo,
        tr("bf16 mixed runs the convolutions of the large feature maps in bfloat16 on the CPU and "
           "the rest in float32: 1.28x the training speed on a CPU with AMX (docs/"
           "training_study.md). Auto uses it where the CPU has native bf16 (AVX512-BF16 or AMX) "
           "and float32 elsewhere. The seed trains in float32."));
    m_processesSpin = makeSpin(1, 256, form);
    row(hardware, tr("Processes:"), m_processesSpin,
        tr("Data-parallel ranks (kpstudio train --nproc): more than one trains in separate "
           "processes that split each batch and average their gradients, one per GPU or CPU "
           "processes sharing the cores. The page follows the run; Stop stops every process."));
    m_gpusEdit = new QLineEdit(form);
    m_gpusEdit->setPlaceholderText(tr("e.g. 0,1 (one process per GPU)"));
    m_gpusEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\s*\\d+(\\s*,\\s*\\d+)*\\s*,?\\s*")), m_gpusEdit));
    row(hardware, tr("GPUs:"), m_gpusEdit,
        tr("CUDA devices to train on, one process each (CUDA_VISIBLE_DEVICES); empty = the device "
           "above with the number of processes."));
    hardware->setRowVisible(m_gpusEdit, false); // shown once GPUs are found
    m_snapshotSamplesSpin = makeSpin(0, 64, form);
    row(hardware, tr("Snapshot samples:"), m_snapshotSamplesSpin,
        tr("Fixed validation images whose heatmaps are saved for the heatmap evolution view."));
    m_snapshotEverySpin = makeSpin(0, 1000, form);
    m_snapshotEverySpin->setSpecialValueText(tr("Never"));
    row(hardware, tr("Snapshot every:"), m_snapshotEverySpin,
        tr("Epochs between heatmap snapshots."));
    m_cacheEdit = new QLineEdit(form);
    m_cacheEdit->setPlaceholderText(tr("default (~/.cache/keypoint-studio)"));
    row(hardware, tr("Image cache:"), m_cacheEdit,
        tr("Folder of the preprocessed-image cache shared by runs."));

    m_validationLabel = new QLabel(form);
    m_validationLabel->setWordWrap(true);
    m_validationLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    outer->addWidget(m_validationLabel);

    auto* buttons = new QHBoxLayout;
    auto* saveButton = new QPushButton(tr("Save config…"), form);
    saveButton->setToolTip(
        tr("Write these settings to a JSON file (the format of a run's config.json)."));
    auto* loadButton = new QPushButton(tr("Load config…"), form);
    loadButton->setToolTip(tr("Fill the form from a JSON config, e.g. a run's config.json."));
    connect(saveButton, &QPushButton::clicked, this, &TrainingConfigForm::saveConfigWithDialog);
    connect(loadButton, &QPushButton::clicked, this, &TrainingConfigForm::loadConfigWithDialog);
    buttons->addWidget(saveButton);
    buttons->addWidget(loadButton);
    outer->addLayout(buttons);
    outer->addStretch(1);
}

void TrainingConfigForm::connectFields()
{
    connect(m_presetCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &TrainingConfigForm::onPresetChanged);
    connect(m_recipeCombo, qOverload<int>(&QComboBox::activated), this,
            [this] { applyRecipe(m_recipeCombo->currentData().toString()); });
    connect(m_syntheticCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_dataEdit->parentWidget()->setEnabled(!on);
        m_valSplitSpin->setEnabled(!on); // synthetic validation images are a set of their own
        m_syntheticImagesSpin->setEnabled(on);
        m_materialsCombo->setEnabled(on);
        validateForm();
    });
    for (QLineEdit* edit : {m_dataEdit, m_runEdit, m_pretrainedEdit, m_lrEdit, m_fineTuneLrEdit,
                            m_seedEdit, m_cacheEdit})
        connect(edit, &QLineEdit::textChanged, this, &TrainingConfigForm::validateForm);
    for (QComboBox* combo :
         {m_presetCombo, m_backboneCombo, m_freezeCombo, m_deviceCombo, m_scheduleCombo,
          m_bestCombo, m_focalCombo, m_precisionCombo, static_cast<QComboBox*>(m_materialsCombo)})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this,
                &TrainingConfigForm::validateForm);
    for (QSpinBox* spin :
         {m_imageSizeSpin, m_heatmapSizeSpin, m_epochsSpin, m_batchSpin, m_fineTuneEpochsSpin,
          m_earlyStopSpin, m_threadsSpin, m_snapshotSamplesSpin, m_snapshotEverySpin,
          m_syntheticImagesSpin, m_bnRecalibrationSpin})
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this,
                &TrainingConfigForm::validateForm);
    for (QDoubleSpinBox* spin : {m_valSplitSpin, m_blurProbSpin, m_blurSigmaSpin, m_brightProbSpin,
                                 m_brightMinSpin, m_brightMaxSpin, m_warmupSpin, m_bnMomentumSpin})
        connect(spin, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
                &TrainingConfigForm::validateForm);
    connect(m_fineTuneCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_fineTuneEpochsSpin->setEnabled(on);
        m_fineTuneLrEdit->setEnabled(on);
        validateForm();
    });
}

void TrainingConfigForm::fillDevices()
{
    m_deviceCombo->clear();
    m_deviceCombo->addItem(tr("Auto"), QStringLiteral("auto"));
    m_deviceCombo->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_deviceNote->setText(tr("Looking for GPUs…"));
    // Free memory needs a CUDA context per device: seconds on some machines, so not on the UI
    // thread.
    auto* watcher = new QFutureWatcher<std::vector<CudaDeviceInfo>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const std::vector<CudaDeviceInfo> devices = watcher->result();
        const QSignalBlocker blocker(m_deviceCombo);
        for (const CudaDeviceInfo& device : devices) {
            QString text = QStringLiteral("cuda:%1").arg(device.index);
            if (!device.name.empty())
                text += QStringLiteral(" — ") + QString::fromStdString(device.name);
            if (device.freeBytes >= 0)
                text += tr(" (free %1 GiB)")
                            .arg(device.freeBytes / (1024.0 * 1024.0 * 1024.0), 0, 'f', 1);
            m_deviceCombo->addItem(text, QStringLiteral("cuda:%1").arg(device.index));
        }
        // A GPU asked for by the settings or a loaded config: select it now that it is listed.
        const QString wanted =
            QString::fromStdString(m_base.device == "cuda" ? "cuda:0" : m_base.device);
        if (m_deviceCombo->currentIndex() == 0 && m_deviceCombo->findData(wanted) > 1)
            m_deviceCombo->setCurrentIndex(m_deviceCombo->findData(wanted));
        if (devices.empty()) {
            m_deviceNote->setText(tr("No GPU found — training runs on the CPU"));
        } else {
            m_deviceNote->clear();
            m_deviceNote->hide();
            if (auto* layout = qobject_cast<QFormLayout*>(m_gpusEdit->parentWidget()->layout()))
                layout->setRowVisible(m_gpusEdit, true);
            // First start (no saved settings): the GPU default preset.
            if (m_defaultsShown &&
                m_presetCombo->currentData().toString() == QLatin1String("small"))
                m_presetCombo->setCurrentIndex(m_presetCombo->findData(QStringLiteral("seed")));
        }
        m_devicesKnown = true;
        validateForm();
    });
    watcher->setFuture(QtConcurrent::run(&cudaDevices));
}

namespace {

// <folder>/<dataset name>_<date>_<time>: a fresh run folder beside others.
QString newRunFolder(const QString& folder, const QString& dataset)
{
    const QString name = QFileInfo(dataset).fileName().isEmpty() ? QStringLiteral("run")
                                                                 : QFileInfo(dataset).fileName();
    return QDir(folder).filePath(QStringLiteral("%1_%2").arg(
        name, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmmss"))));
}

} // namespace

QString TrainingConfigForm::newRunFolderBeside(const QString& runDir) const
{
    return newRunFolder(QFileInfo(runDir).absolutePath(), m_syntheticCheck->isChecked()
                                                              ? QStringLiteral("synthetic")
                                                              : m_dataEdit->text());
}

QString TrainingConfigForm::datasetPath() const
{
    return m_dataEdit->text();
}

int TrainingConfigForm::processes() const
{
    return m_processesSpin->value();
}

QString TrainingConfigForm::gpus() const
{
    return m_gpusEdit->text();
}

QString TrainingConfigForm::deviceText() const
{
    return m_deviceCombo->currentText();
}

void TrainingConfigForm::setDatasetPath(const QString& path)
{
    m_dataEdit->setText(QDir::toNativeSeparators(path));
    if (m_runEdit->text().trimmed().isEmpty() && !path.isEmpty())
        m_runEdit->setText(QDir::toNativeSeparators(
            newRunFolder(QFileInfo(path).absoluteDir().filePath(QStringLiteral("runs")), path)));
}

void TrainingConfigForm::setRunDirectory(const QString& runDir)
{
    m_runEdit->setText(QDir::toNativeSeparators(runDir));
}

QString TrainingConfigForm::runDirectory() const
{
    return QDir::fromNativeSeparators(m_runEdit->text().trimmed());
}

void TrainingConfigForm::saveConfigWithDialog()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save training config"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    QString message;
    if (!file.isEmpty()) {
        saveConfig(file, message);
        Q_EMIT statusMessage(message);
    }
}

void TrainingConfigForm::loadConfigWithDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Load training config"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    QString message;
    if (!file.isEmpty()) {
        loadConfig(file, message);
        Q_EMIT statusMessage(message);
    }
}
// ---- settings ------------------------------------------------------------------------------

void TrainingConfigForm::saveSettings(QSettings& settings) const
{
    TrainingConfig config;
    QString error;
    if (readForm(config, error) || !config.dataDir.empty())
        settings.setValue(QStringLiteral("config"), QString::fromStdString(config.toJson().dump()));
    settings.setValue(QStringLiteral("dataDir"), m_dataEdit->text());
    settings.setValue(QStringLiteral("runDir"), m_runEdit->text());
    settings.setValue(QStringLiteral("processes"), m_processesSpin->value());
    settings.setValue(QStringLiteral("gpus"), m_gpusEdit->text());
}

void TrainingConfigForm::restoreSettings(QSettings& settings)
{
    const QString json = settings.value(QStringLiteral("config")).toString();
    if (!json.isEmpty()) {
        try {
            setConfig(TrainingConfig::fromJson(nlohmann::ordered_json::parse(json.toStdString())));
        } catch (const std::exception&) {
            // settings of an older version: keep the defaults
        }
    } else {
        setConfig(TrainingConfig::fromRecipe(TrainingConfig::defaultRecipe(false)));
        m_defaultsShown = true;
    }
    if (settings.contains(QStringLiteral("dataDir")))
        m_dataEdit->setText(settings.value(QStringLiteral("dataDir")).toString());
    m_runEdit->setText(settings.value(QStringLiteral("runDir")).toString());
    m_processesSpin->setValue(settings.value(QStringLiteral("processes"), 1).toInt());
    m_gpusEdit->setText(settings.value(QStringLiteral("gpus")).toString());
}

} // namespace kps
