#include "train_page.h"

#include "cuda_devices.h"
#include "heatmap_evolution_view.h"
#include "heatmap_grid_view.h"
#include "progress.h"
#include "run_directory.h"
#include "training_curves_plot.h"
#include "training_process.h"
#include "training_worker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <exception>
#include <filesystem>
#include <functional>
#include <limits>
#include <numeric>

namespace kps {

namespace {

constexpr int kStatusTimeout = 5000;

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
    button->setToolTip(TrainPage::tr("Browse…"));
    QObject::connect(button, &QToolButton::clicked, row, browse);
    layout->addWidget(button);
    return row;
}

bool parseDouble(const QLineEdit* edit, double& value)
{
    bool ok = false;
    const double parsed = edit->text().trimmed().toDouble(&ok);
    if (ok)
        value = parsed;
    return ok;
}

} // namespace

TrainPage::TrainPage(QWidget* parent) : QMainWindow(parent)
{
    setWindowFlags(Qt::Widget);
    setObjectName(QStringLiteral("TrainPage"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_worker = new TrainingWorker(this);
    m_process = new TrainingProcess(this);
    m_follower = new RunFollower(this);

    m_curves = new TrainingCurvesPlot(this);
    // Plots shrink with the window: the page must fit a laptop screen next to its panels.
    m_curves->setMinimumSize(320, 240);
    setCentralWidget(m_curves);

    auto addDock = [this](const QString& title, const QString& name, QWidget* content,
                          Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(content);
        addDockWidget(area, dock);
        return dock;
    };
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(buildForm());
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(scroll->widget()->minimumSizeHint().width() + 24); // + scroll bar
    QDockWidget* settingsDock = addDock(tr("Settings"), QStringLiteral("TrainSettingsDock"), scroll,
                                        Qt::LeftDockWidgetArea);
    QDockWidget* controlsDock = addDock(tr("Controls"), QStringLiteral("TrainControlsDock"),
                                        buildControls(), Qt::LeftDockWidgetArea);
    QDockWidget* evolutionDock =
        addDock(tr("Heatmap evolution"), QStringLiteral("TrainEvolutionDock"), buildEvolution(),
                Qt::RightDockWidgetArea);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000); // bounded: a long run must not grow the UI's memory
    m_log->setObjectName(QStringLiteral("TrainLog"));
    QDockWidget* logDock =
        addDock(tr("Log"), QStringLiteral("TrainLogDock"), m_log, Qt::BottomDockWidgetArea);
    // First-start proportions (restoreState replaces them): the long form gets the height.
    resizeDocks({settingsDock, controlsDock}, {600, 220}, Qt::Vertical);
    resizeDocks({logDock}, {120}, Qt::Vertical);
    resizeDocks({settingsDock, evolutionDock}, {420, 420}, Qt::Horizontal);

    connect(m_worker, &TrainingWorker::runStarted, this, &TrainPage::onRunStarted);
    connect(m_worker, &TrainingWorker::stageChanged, this, &TrainPage::onStage);
    connect(m_worker, &TrainingWorker::batchProgress, this, &TrainPage::onBatch);
    connect(m_worker, &TrainingWorker::epochFinished, this, &TrainPage::onEpoch);
    connect(m_worker, &TrainingWorker::snapshotWritten, this,
            [this](const QString&, int epoch) { m_follower->loadSnapshot(epoch); });
    connect(m_worker, &TrainingWorker::stopped, this, &TrainPage::onStopped);
    connect(m_worker, &TrainingWorker::failed, this, &TrainPage::onFailed);
    connect(m_worker, &TrainingWorker::ended, this, &TrainPage::onEnded);

    connect(m_process, &TrainingProcess::outputLine, this, &TrainPage::appendLog);
    connect(m_process, &TrainingProcess::finished, this, &TrainPage::onProcessFinished);

    connect(m_follower, &RunFollower::loaded, this, &TrainPage::onHistory);
    connect(m_follower, &RunFollower::openFailed, this,
            [this](const QString& runDir, const QString& message) {
                m_pendingResume = false;
                const QString text =
                    tr("Cannot open run %1: %2").arg(QDir::toNativeSeparators(runDir), message);
                appendLog(text);
                setStage(text);
                updateButtons();
                Q_EMIT statusMessage(text, kStatusTimeout);
            });
    connect(m_follower, &RunFollower::epochAppended, this, [this](const EpochPoint& point) {
        m_curves->appendEpoch(point);
        m_epochBar->setValue(std::min(point.epoch, m_epochBar->maximum()));
    });
    connect(m_follower, &RunFollower::batchesAppended, this,
            [this](const QVector<BatchPoint>& points) {
                for (const BatchPoint& point : points)
                    m_curves->appendBatch(point);
            });
    connect(m_follower, &RunFollower::batchProgressed, this, &TrainPage::showBatchProgress);
    connect(m_follower, &RunFollower::snapshotAppeared, m_follower, &RunFollower::loadSnapshot);
    connect(m_follower, &RunFollower::snapshotLoaded, this, &TrainPage::onSnapshotLoaded);
    connect(m_follower, &RunFollower::runEnded, this, &TrainPage::onRunEnded);
    connect(m_follower, &RunFollower::logLine, this, &TrainPage::appendLog);

    connect(m_evolution, &HeatmapEvolutionView::epochChanged, this,
            [this](int) { requestCurrentHeatmaps(); });
    connect(m_evolution, &HeatmapEvolutionView::keypointSelected, this,
            [this](int) { updateKeypointStatistics(); });
    connect(m_sampleCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &TrainPage::showSample);

    restoreSettings();
    validateForm();
    updateButtons();
    setStage(tr("Idle"));
}

TrainPage::~TrainPage()
{
    m_quitting = true;
    if (m_worker->isRunning()) {
        m_worker->stop();
        m_worker->wait(-1);
    }
}

QWidget* TrainPage::buildForm()
{
    auto* form = new QWidget;
    auto* outer = new QVBoxLayout(form);

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
    fillDevices();

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
    connect(saveButton, &QPushButton::clicked, this, &TrainPage::saveConfigWithDialog);
    connect(loadButton, &QPushButton::clicked, this, &TrainPage::loadConfigWithDialog);
    buttons->addWidget(saveButton);
    buttons->addWidget(loadButton);
    outer->addLayout(buttons);
    outer->addStretch(1);

    setConfig(m_base);
    connect(m_presetCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &TrainPage::onPresetChanged);
    connect(m_recipeCombo, qOverload<int>(&QComboBox::activated), this,
            [this] { applyRecipe(m_recipeCombo->currentData().toString()); });
    connect(m_syntheticCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_dataEdit->parentWidget()->setEnabled(!on);
        m_valSplitSpin->setEnabled(!on); // synthetic validation images are a set of their own
        m_syntheticImagesSpin->setEnabled(on);
        validateForm();
    });
    for (QLineEdit* edit : {m_dataEdit, m_runEdit, m_pretrainedEdit, m_lrEdit, m_fineTuneLrEdit,
                            m_seedEdit, m_cacheEdit})
        connect(edit, &QLineEdit::textChanged, this, &TrainPage::validateForm);
    for (QComboBox* combo : {m_presetCombo, m_backboneCombo, m_freezeCombo, m_deviceCombo,
                             m_scheduleCombo, m_bestCombo, m_focalCombo})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this,
                &TrainPage::validateForm);
    for (QSpinBox* spin :
         {m_imageSizeSpin, m_heatmapSizeSpin, m_epochsSpin, m_batchSpin, m_fineTuneEpochsSpin,
          m_earlyStopSpin, m_threadsSpin, m_snapshotSamplesSpin, m_snapshotEverySpin,
          m_syntheticImagesSpin, m_bnRecalibrationSpin})
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &TrainPage::validateForm);
    for (QDoubleSpinBox* spin : {m_valSplitSpin, m_blurProbSpin, m_blurSigmaSpin, m_brightProbSpin,
                                 m_brightMinSpin, m_brightMaxSpin, m_warmupSpin, m_bnMomentumSpin})
        connect(spin, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
                &TrainPage::validateForm);
    connect(m_fineTuneCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_fineTuneEpochsSpin->setEnabled(on);
        m_fineTuneLrEdit->setEnabled(on);
        validateForm();
    });
    return form;
}

void TrainPage::fillDevices()
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

QWidget* TrainPage::buildControls()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    auto* buttons = new QHBoxLayout;
    m_startButton = new QPushButton(tr("Start"), panel);
    m_startButton->setToolTip(tr("Start a new run with these settings in the run folder."));
    m_pauseButton = new QPushButton(tr("Pause"), panel);
    m_pauseButton->setCheckable(true);
    m_pauseButton->setToolTip(tr("Pause after the current batch; click again to continue."));
    m_stopButton = new QPushButton(tr("Stop"), panel);
    m_stopButton->setToolTip(
        tr("Stop after the current batch. The run stays resumable (Resume run…)."));
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_stopButton);
    layout->addLayout(buttons);
    auto* runButtons = new QHBoxLayout;
    m_resumeButton = new QPushButton(tr("Resume run…"), panel);
    m_resumeButton->setToolTip(tr("Continue a stopped run, or train a finished one further."));
    m_openButton = new QPushButton(tr("Open run…"), panel);
    m_openButton->setToolTip(
        tr("Show a run's curves and heatmap evolution (e.g. one trained with kpstudio on a "
           "server); a run still being written is followed live."));
    runButtons->addWidget(m_resumeButton);
    runButtons->addWidget(m_openButton);
    layout->addLayout(runButtons);

    m_runLabel = new QLabel(panel);
    m_runLabel->setWordWrap(true);
    m_runLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_runLabel);
    m_stageLabel = new QLabel(panel);
    m_stageLabel->setWordWrap(true);
    layout->addWidget(m_stageLabel);
    m_epochBar = new QProgressBar(panel);
    m_epochBar->setRange(0, 1);
    m_epochBar->setValue(0);
    m_epochBar->setFormat(tr("Epoch %v / %m"));
    layout->addWidget(m_epochBar);
    m_batchBar = new QProgressBar(panel);
    m_batchBar->setRange(0, 1);
    m_batchBar->setValue(0);
    m_batchBar->setFormat(tr("Batch %v / %m"));
    layout->addWidget(m_batchBar);
    m_rateLabel = new QLabel(panel);
    layout->addWidget(m_rateLabel);
    layout->addStretch(1);

    connect(m_startButton, &QPushButton::clicked, this, [this] { startTraining(); });
    connect(m_pauseButton, &QPushButton::toggled, this, [this](bool paused) {
        m_worker->pause(paused);
        m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
        if (m_worker->isRunning()) {
            setStage(paused ? tr("Paused (after the current batch)") : tr("Training"));
            appendLog(paused ? tr("paused") : tr("continued"));
        }
    });
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_process->isRunning()) {
            m_process->stop();
            setStage(tr("Stopping every process after the current batch…"));
            appendLog(tr("stop requested"));
            m_stopButton->setEnabled(false);
            return;
        }
        if (!m_worker->isRunning())
            return;
        m_worker->stop();
        setStage(tr("Stopping after the current batch…"));
        appendLog(tr("stop requested"));
        m_stopButton->setEnabled(false);
    });
    connect(m_resumeButton, &QPushButton::clicked, this, &TrainPage::chooseResumeRun);
    connect(m_openButton, &QPushButton::clicked, this, &TrainPage::chooseOpenRun);
    return panel;
}

QWidget* TrainPage::buildEvolution()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Sample:"), panel));
    m_sampleCombo = new QComboBox(panel);
    m_sampleCombo->setToolTip(tr("The run's fixed snapshot images (validation samples)."));
    top->addWidget(m_sampleCombo, 1);
    layout->addLayout(top);
    m_evolution = new HeatmapEvolutionView(panel);
    m_evolution->setMinimumSize(280, 240);
    layout->addWidget(m_evolution, 1);
    return panel;
}

// ---- form ----------------------------------------------------------------------------------

void TrainPage::setConfig(const TrainingConfig& config)
{
    m_base = config;
    m_recipeCombo->setCurrentIndex(
        std::max(0, m_recipeCombo->findData(QString::fromStdString(config.recipe))));
    m_syntheticCheck->setChecked(config.syntheticData());
    m_syntheticImagesSpin->setValue(config.synthetic.imagesPerEpoch);
    m_syntheticImagesSpin->setEnabled(config.syntheticData());
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
    m_snapshotSamplesSpin->setValue(config.snapshotSamples);
    m_snapshotEverySpin->setValue(config.snapshotEvery);
    m_cacheEdit->setText(QDir::toNativeSeparators(QString::fromStdString(config.cacheDir)));
    validateForm();
}

void TrainPage::applyRecipe(const QString& name)
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

void TrainPage::onPresetChanged()
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

bool TrainPage::readForm(TrainingConfig& config, QString& error) const
{
    config = m_base;
    config.recipe = m_recipeCombo->currentData().toString().toStdString();
    const bool synthetic = m_syntheticCheck->isChecked();
    config.dataDir = synthetic
                         ? std::string(TrainingConfig::kSyntheticPrefix) + "builtin"
                         : QDir::fromNativeSeparators(m_dataEdit->text().trimmed()).toStdString();
    config.synthetic.imagesPerEpoch = m_syntheticImagesSpin->value();
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

void TrainPage::validateForm()
{
    if (!m_validationLabel)
        return;
    TrainingConfig config;
    QString error;
    const bool ok = readForm(config, error);
    m_validationLabel->setText(ok ? QString() : error);
    m_validationLabel->setVisible(!ok);
    updateButtons();
}

QString TrainPage::validationMessage() const
{
    return m_validationLabel->text();
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

QString TrainPage::runNameSource() const
{
    return m_syntheticCheck->isChecked() ? QStringLiteral("synthetic") : m_dataEdit->text();
}

void TrainPage::setDatasetPath(const QString& path)
{
    m_dataEdit->setText(QDir::toNativeSeparators(path));
    if (m_runEdit->text().trimmed().isEmpty() && !path.isEmpty())
        m_runEdit->setText(QDir::toNativeSeparators(
            newRunFolder(QFileInfo(path).absoluteDir().filePath(QStringLiteral("runs")), path)));
}

void TrainPage::setRunDirectory(const QString& runDir)
{
    m_runEdit->setText(QDir::toNativeSeparators(runDir));
}

QString TrainPage::runDirectory() const
{
    return QDir::fromNativeSeparators(m_runEdit->text().trimmed());
}

bool TrainPage::saveConfig(const QString& file)
{
    TrainingConfig config;
    QString error;
    if (!readForm(config, error)) {
        Q_EMIT statusMessage(tr("Config not saved: %1").arg(error), kStatusTimeout);
        return false;
    }
    QSaveFile out(file);
    const QByteArray bytes = QByteArray::fromStdString(config.toJson().dump(2) + "\n");
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        Q_EMIT statusMessage(
            tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(file), out.errorString()),
            kStatusTimeout);
        return false;
    }
    Q_EMIT statusMessage(tr("Config saved to %1").arg(QDir::toNativeSeparators(file)),
                         kStatusTimeout);
    return true;
}

bool TrainPage::loadConfig(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        Q_EMIT statusMessage(
            tr("%1: cannot read: %2").arg(QDir::toNativeSeparators(file), in.errorString()),
            kStatusTimeout);
        return false;
    }
    try {
        const auto json = nlohmann::ordered_json::parse(in.readAll().toStdString());
        setConfig(TrainingConfig::fromJson(json));
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(
            tr("%1: %2").arg(QDir::toNativeSeparators(file), QString::fromStdString(e.what())),
            kStatusTimeout);
        return false;
    }
    Q_EMIT statusMessage(tr("Config loaded from %1").arg(QDir::toNativeSeparators(file)),
                         kStatusTimeout);
    return true;
}

void TrainPage::saveConfigWithDialog()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save training config"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!file.isEmpty())
        saveConfig(file);
}

void TrainPage::loadConfigWithDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Load training config"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!file.isEmpty())
        loadConfig(file);
}

// ---- settings ------------------------------------------------------------------------------

void TrainPage::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("train"));
    TrainingConfig config;
    QString error;
    if (readForm(config, error) || !config.dataDir.empty())
        settings.setValue(QStringLiteral("config"), QString::fromStdString(config.toJson().dump()));
    settings.setValue(QStringLiteral("dataDir"), m_dataEdit->text());
    settings.setValue(QStringLiteral("runDir"), m_runEdit->text());
    settings.setValue(QStringLiteral("processes"), m_processesSpin->value());
    settings.setValue(QStringLiteral("gpus"), m_gpusEdit->text());
    settings.setValue(QStringLiteral("windowState"), saveState());
    settings.endGroup();
}

void TrainPage::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("train"));
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
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    settings.endGroup();
}

// ---- running -------------------------------------------------------------------------------

bool TrainPage::isTraining() const
{
    return m_worker->isRunning() || m_pendingResume || m_process->isRunning();
}

bool TrainPage::stopTrainingAndWait(int msecs)
{
    m_pendingResume = false;
    if (m_process->isRunning()) {
        m_process->stop();
        return m_process->waitForFinished(msecs);
    }
    if (!m_worker->isRunning())
        return true;
    m_worker->stop();
    return m_worker->wait(msecs);
}

void TrainPage::updateButtons()
{
    if (!m_startButton)
        return;
    const bool running = isTraining();
    m_startButton->setEnabled(!running && m_validationLabel->text().isEmpty());
    // The ranks of a process run agree on stops, not on pauses: Stop keeps the run resumable.
    m_pauseButton->setEnabled(running && !m_process->isRunning());
    m_pauseButton->setToolTip(m_process->isRunning()
                                  ? tr("A run with several processes cannot pause: Stop keeps it "
                                       "resumable, with any number of processes.")
                                  : tr("Pause after the current batch; click again to continue."));
    m_stopButton->setEnabled(running && !m_process->isStopping());
    m_resumeButton->setEnabled(!running);
    m_openButton->setEnabled(!running);
    if (!running && m_pauseButton->isChecked()) {
        const QSignalBlocker blocker(m_pauseButton);
        m_pauseButton->setChecked(false);
        m_pauseButton->setText(tr("Pause"));
    }
}

void TrainPage::appendLog(const QString& text)
{
    m_log->appendPlainText(QStringLiteral("[%1] %2").arg(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), text));
}

void TrainPage::setStage(const QString& text)
{
    m_stageLabel->setText(text);
}

void TrainPage::clearRunView()
{
    m_curves->clear();
    m_evolution->pause();
    m_evolution->clear();
    m_snapshotStats.clear();
    m_sampleStems.clear();
    m_sampleImages.clear();
    m_requestedEpochs.clear();
    {
        const QSignalBlocker blocker(m_sampleCombo);
        m_sampleCombo->clear();
    }
    m_evolution->gridView()->setOverlayImage(QImage());
    m_batchBuilder.reset();
    m_epochSeconds.clear();
    m_info = TrainingRunInfo();
    m_epochBar->setRange(0, 1);
    m_epochBar->setValue(0);
    m_batchBar->setRange(0, 1);
    m_batchBar->setValue(0);
    m_rateLabel->clear();
}

bool TrainPage::startTraining()
{
    if (isTraining())
        return false;
    TrainingConfig config;
    QString error;
    if (!readForm(config, error)) {
        Q_EMIT statusMessage(tr("Cannot start: %1").arg(error), kStatusTimeout);
        setStage(tr("Cannot start: %1").arg(error));
        return false;
    }
    const QString runDir = runDirectory();
    if (runDir.isEmpty()) {
        setStage(tr("Cannot start: choose a run folder."));
        Q_EMIT statusMessage(m_stageLabel->text(), kStatusTimeout);
        return false;
    }
    if (RunDirectory(runDir.toStdString()).hasConfig()) {
        setStage(tr("Cannot start: %1 already holds a run; resume it (Resume run…) or choose "
                    "another folder.")
                     .arg(QDir::toNativeSeparators(runDir)));
        Q_EMIT statusMessage(m_stageLabel->text(), kStatusTimeout);
        return false;
    }
    if (!config.dataDir.empty() && !config.syntheticData() &&
        QFileInfo(QString::fromStdString(config.dataDir)).isRelative())
        config.dataDir =
            QFileInfo(QString::fromStdString(config.dataDir)).absoluteFilePath().toStdString();
    m_follower->close();
    clearRunView();
    m_targetSigma = config.model.preprocess.sigma;
    m_evolution->setTargetSigma(m_targetSigma);
    if (multiProcess()) {
        QString error;
        const bool launched = m_process->startNew(config, runDir, m_processesSpin->value(),
                                                  m_gpusEdit->text(), &error);
        return processRunLaunched(
            launched, runDir, tr("Cannot start: %1"), error,
            tr("new run in %1 on %2, %3 processes")
                .arg(QDir::toNativeSeparators(runDir), m_deviceCombo->currentText())
                .arg(m_processesSpin->value()));
    }
    m_follower->attach(runDir, m_targetSigma);
    if (!m_worker->start(config, runDir))
        return false;
    appendLog(tr("new run in %1 on %2")
                  .arg(QDir::toNativeSeparators(runDir), m_deviceCombo->currentText()));
    beginTraining(runDir);
    return true;
}

bool TrainPage::resumeRun(const QString& runDir, int epochs)
{
    if (isTraining())
        return false;
    if (!RunDirectory(runDir.toStdString()).hasConfig()) {
        const QString text =
            tr("%1 is not a training run (no config.json).").arg(QDir::toNativeSeparators(runDir));
        setStage(text);
        Q_EMIT statusMessage(text, kStatusTimeout);
        return false;
    }
    clearRunView();
    if (multiProcess()) {
        QString error;
        const bool launched = m_process->startResume(runDir, m_processesSpin->value(),
                                                     m_gpusEdit->text(), epochs, &error);
        return processRunLaunched(launched, runDir, tr("Cannot resume: %1"), error,
                                  tr("resuming %1 with %2 processes")
                                      .arg(QDir::toNativeSeparators(runDir))
                                      .arg(m_processesSpin->value()));
    }
    // The history first (off the UI thread), then the training: curves continue where they were.
    m_pendingResume = true;
    m_pendingResumeEpochs = epochs;
    m_shownRun = runDir;
    m_runLabel->setText(tr("Run: %1").arg(QDir::toNativeSeparators(runDir)));
    m_follower->open(runDir, false);
    setStage(tr("Reading the run's history…"));
    appendLog(tr("resuming %1").arg(QDir::toNativeSeparators(runDir)));
    updateButtons();
    Q_EMIT trainingStateChanged(true);
    return true;
}

void TrainPage::beginTraining(const QString& runDir)
{
    m_shownRun = runDir;
    m_runLabel->setText(tr("Run: %1").arg(QDir::toNativeSeparators(runDir)));
    setStage(tr("Preparing data…"));
    updateButtons();
    if (!m_pendingResume)
        Q_EMIT trainingStateChanged(true);
    m_pendingResume = false;
}

bool TrainPage::openRun(const QString& runDir)
{
    if (isTraining()) {
        Q_EMIT statusMessage(tr("Stop the training before opening another run."), kStatusTimeout);
        return false;
    }
    if (!RunDirectory(runDir.toStdString()).hasConfig()) {
        const QString text =
            tr("%1 is not a training run (no config.json).").arg(QDir::toNativeSeparators(runDir));
        Q_EMIT statusMessage(text, kStatusTimeout);
        return false;
    }
    clearRunView();
    m_shownRun = runDir;
    m_runLabel->setText(tr("Run: %1").arg(QDir::toNativeSeparators(runDir)));
    // The form shows what the run was trained with (Start then trains a new run like it, in a
    // fresh folder beside it). A run made on another machine keeps this machine's dataset.
    try {
        TrainingConfig config = RunDirectory(runDir.toStdString()).readConfig();
        const QString localData = QDir::fromNativeSeparators(m_dataEdit->text());
        if (!config.syntheticData() && !QFileInfo::exists(QString::fromStdString(config.dataDir)) &&
            !localData.isEmpty())
            config.dataDir = localData.toStdString();
        setConfig(config);
        setRunDirectory(newRunFolder(QFileInfo(runDir).absolutePath(), runNameSource()));
    } catch (const std::exception&) {
        // An unreadable config.json: the follower reports it when it reads the run.
    }
    setStage(tr("Reading the run…"));
    m_follower->open(runDir, true);
    return true;
}

void TrainPage::chooseOpenRun()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Open training run"), m_shownRun);
    if (!dir.isEmpty())
        openRun(dir);
}

void TrainPage::chooseResumeRun()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Resume training run"), m_shownRun);
    if (dir.isEmpty())
        return;
    int epochs = 0;
    try {
        const TrainingConfig config = RunDirectory(dir.toStdString()).readConfig();
        bool ok = false;
        epochs = QInputDialog::getInt(
            this, tr("Resume training run"),
            tr("Epochs of the main phase (raise it to train a finished run further):"),
            config.epochs, 1, 1000000, 1, &ok);
        if (!ok)
            return;
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(QString::fromStdString(e.what()), kStatusTimeout);
        return;
    }
    resumeRun(dir, epochs);
}

// ---- worker signals ------------------------------------------------------------------------

namespace {

QString stageText(const QString& stage, qint64 done, qint64 total)
{
    if (stage == QLatin1String("caching") && total > 0)
        return TrainPage::tr("Caching images %1/%2…").arg(done).arg(total);
    if (stage == QLatin1String("scanning") && total > 0)
        return TrainPage::tr("Scanning the dataset %1/%2…").arg(done).arg(total);
    if (stage == QLatin1String("preparing data"))
        return TrainPage::tr("Preparing data…");
    if (stage == QLatin1String("scanning"))
        return TrainPage::tr("Scanning the dataset…");
    if (stage == QLatin1String("caching"))
        return TrainPage::tr("Caching images…");
    if (stage == QLatin1String("rendering") && total > 0)
        return TrainPage::tr("Rendering synthetic images %1/%2…").arg(done).arg(total);
    if (stage == QLatin1String("rendering"))
        return TrainPage::tr("Rendering synthetic images…");
    if (stage == QLatin1String("fine-tuning"))
        return TrainPage::tr("Fine-tuning the whole network…");
    if (stage == QLatin1String("building model"))
        return TrainPage::tr("Building the model…");
    if (stage == QLatin1String("first batch"))
        return TrainPage::tr("First batch…");
    if (stage == QLatin1String("validating"))
        return TrainPage::tr("Validating…");
    if (stage == QLatin1String("writing"))
        return TrainPage::tr("Writing weights and snapshots…");
    return total > 0 ? QStringLiteral("%1 %2/%3…").arg(stage).arg(done).arg(total)
                     : stage + QStringLiteral("…");
}

} // namespace

void TrainPage::onRunStarted(const TrainingRunInfo& info)
{
    m_info = info;
    m_epochBar->setRange(0, std::max(1, info.totalEpochs));
    m_epochBar->setValue(info.firstEpoch - 1);
    m_batchBar->setRange(0, std::max(1, info.batchesPerEpoch));
    m_batchBar->setValue(0);
    appendLog(
        tr("%1 on %2 (%3 threads): %4 training / %5 validation images, %6 keypoints, batch %7, "
           "epochs %8-%9")
            .arg(info.resumed ? tr("resumed") : tr("training"), QString::fromStdString(info.device))
            .arg(info.threads)
            .arg(info.trainSize)
            .arg(info.valSize)
            .arg(info.keypointCount)
            .arg(info.batchSize)
            .arg(info.firstEpoch)
            .arg(info.totalEpochs));
}

void TrainPage::onStage(const QString& text, qint64 done, qint64 total)
{
    if (m_pauseButton->isChecked())
        return;
    setStage(stageText(text, done, total));
    const bool counted = total > 0;
    if ((!counted && text != QLatin1String("validating") && text != QLatin1String("writing")) ||
        (counted && done == total))
        appendLog(stageText(text, done, total));
}

void TrainPage::onBatch(const BatchProgress& progress)
{
    m_curves->appendBatch(
        m_batchBuilder.add(progress.epoch, progress.batch, progress.batches, progress.runningLoss));
    showBatchProgress(progress);
}

void TrainPage::showBatchProgress(BatchProgress progress)
{
    if (progress.totalEpochs <= 0) // a followed run's events: the bar knows the epoch count
        progress.totalEpochs = std::max(m_epochBar->maximum(), progress.epoch);
    if (m_epochBar->maximum() != progress.totalEpochs)
        m_epochBar->setRange(0, std::max(1, progress.totalEpochs));
    m_epochBar->setValue(progress.epoch - 1);
    if (m_batchBar->maximum() != progress.batches)
        m_batchBar->setRange(0, std::max(1, progress.batches));
    m_batchBar->setValue(progress.batch);
    if (!m_pauseButton->isChecked() && m_worker->batchesDoneAtStopRequest() < 0)
        setStage(tr("Training epoch %1 of %2").arg(progress.epoch).arg(progress.totalEpochs));

    // ETA: the rest of this epoch at the current rate, then whole epochs as long as the last ones.
    const int remainingBatches = progress.batches - progress.batch;
    const int remainingEpochs = progress.totalEpochs - progress.epoch;
    double secondsPerBatch = 0.0;
    if (progress.imagesPerSecond > 0 && m_info.batchSize > 0)
        secondsPerBatch = m_info.batchSize / progress.imagesPerSecond;
    double epochSeconds = secondsPerBatch * progress.batches;
    if (!m_epochSeconds.isEmpty()) {
        const int n = std::min<int>(3, m_epochSeconds.size());
        epochSeconds = std::accumulate(m_epochSeconds.end() - n, m_epochSeconds.end(), 0.0) / n;
    }
    const double eta = remainingBatches * secondsPerBatch + remainingEpochs * epochSeconds;
    m_rateLabel->setText(tr("ETA %1 · %2 img/s · loss %3")
                             .arg(secondsPerBatch > 0 ? QString::fromStdString(formatDuration(eta))
                                                      : QStringLiteral("–"))
                             .arg(progress.imagesPerSecond, 0, 'f', 1)
                             .arg(progress.runningLoss, 0, 'g', 4));
}

void TrainPage::onEpoch(const EpochStats& stats)
{
    m_curves->appendEpoch(toEpochPoint(stats));
    m_epochSeconds.push_back(stats.epochSeconds);
    m_epochBar->setValue(std::min(stats.epoch, m_epochBar->maximum()));
    m_batchBar->setValue(m_batchBar->maximum());
    appendLog(epochLogLine(toEpochPoint(stats), stats.best) +
              tr(" (%1 s)").arg(stats.epochSeconds, 0, 'f', 1));
}

void TrainPage::onStopped(int epoch, int batch)
{
    const QString text =
        tr("Stopped in epoch %1 after batch %2; the run can be resumed (Resume run…).")
            .arg(epoch)
            .arg(batch);
    setStage(text);
    appendLog(text);
}

void TrainPage::onFailed(const QString& message)
{
    const QString text = tr("Training failed: %1").arg(message);
    setStage(text);
    appendLog(text);
    Q_EMIT statusMessage(text, kStatusTimeout * 2);
}

void TrainPage::onEnded(const TrainingSummary& summary)
{
    updateButtons();
    if (m_quitting)
        return;
    const QString runDir = m_worker->runDirectory();
    // The next Start needs a folder without a run: offer a fresh one beside this one.
    if (QDir::cleanPath(runDirectory()) == QDir::cleanPath(runDir))
        setRunDirectory(newRunFolder(QFileInfo(runDir).absolutePath(), runNameSource()));
    switch (summary.outcome) {
    case TrainingSummary::Outcome::Finished: {
        const QString text = tr("Finished: %1; best epoch %2 (validation loss %3).")
                                 .arg(QString::fromStdString(summary.message))
                                 .arg(summary.bestEpoch)
                                 .arg(summary.bestValLoss, 0, 'g', 5);
        setStage(text);
        appendLog(text);
        m_rateLabel->clear();
        Q_EMIT statusMessage(text, kStatusTimeout);
        Q_EMIT runFinished(runDir);
        break;
    }
    case TrainingSummary::Outcome::Stopped:
        Q_EMIT statusMessage(m_stageLabel->text(), kStatusTimeout);
        break;
    case TrainingSummary::Outcome::Failed:
        break;
    }
    Q_EMIT trainingStateChanged(false);
}

// ---- follower signals ----------------------------------------------------------------------

void TrainPage::onHistory(const RunHistory& history)
{
    m_targetSigma = history.targetSigma;
    m_evolution->setTargetSigma(history.targetSigma);
    m_curves->setEpochs(history.epochs);
    m_curves->setBatches(history.batches);
    m_curves->fitToData();
    m_sampleImages = history.sampleImages;
    for (const SnapshotData& snapshot : history.snapshots)
        addSnapshotStatistics(snapshot);
    QVector<int> epochs = m_snapshotStats.keys().toVector();
    m_evolution->setEpochs(epochs);
    if (!epochs.isEmpty())
        m_evolution->setCurrentIndex(epochs.size() - 1);
    showSample(std::max(0, m_sampleCombo->currentIndex()));
    m_batchBar->setRange(0, 1);
    m_batchBar->setValue(history.ended ? 1 : 0);
    m_epochBar->setRange(0, std::max(1, history.totalEpochs));
    m_epochBar->setValue(
        history.epochs.isEmpty() ? 0 : std::min(history.epochs.last().epoch, history.totalEpochs));

    if (m_pendingResume) {
        // The follower stays on this run without tailing it: the worker reports the training.
        const QString runDir = history.runDir;
        if (!m_worker->resume(runDir, m_pendingResumeEpochs)) {
            m_pendingResume = false;
            updateButtons();
            Q_EMIT trainingStateChanged(false);
            return;
        }
        beginTraining(runDir);
        return;
    }
    appendLog(tr("opened run %1: %2 epochs, %3 snapshots")
                  .arg(QDir::toNativeSeparators(history.runDir))
                  .arg(history.epochs.size())
                  .arg(epochs.size()));
    if (history.ended || !m_follower->isFollowing())
        onRunEnded(history.endState, history.endMessage);
    else
        setStage(tr("Following the run live (it is still being written)…"));
}

bool TrainPage::multiProcess() const
{
    return m_processesSpin->value() > 1 || !parseGpuList(m_gpusEdit->text()).isEmpty();
}

bool TrainPage::processRunLaunched(bool launched, const QString& runDir, const QString& cannot,
                                   const QString& error, const QString& logLine)
{
    if (!launched) {
        setStage(cannot.arg(error));
        Q_EMIT statusMessage(m_stageLabel->text(), kStatusTimeout);
        return false;
    }
    appendLog(logLine);
    beginTraining(runDir);
    followProcessRun();
    return true;
}

void TrainPage::followProcessRun()
{
    // Rank 0 writes config.json first: follow the run from then on, like one made elsewhere.
    const QString runDir = m_process->runDirectory();
    if (!m_process->isRunning() || m_shownRun != runDir)
        return;
    // From its session's first event on: before it, a resumed run's events.jsonl ends with the
    // previous session's end, which would end the following at once.
    const RunDirectory run(runDir.toStdString());
    const QFileInfo events(QString::fromStdString(run.eventsFile().string()));
    if (run.hasConfig() && events.exists() && events.size() > m_process->eventsSizeAtLaunch()) {
        m_follower->open(runDir, true);
        return;
    }
    QTimer::singleShot(200, this, &TrainPage::followProcessRun);
}

void TrainPage::onProcessFinished(int exitCode, const QString& failure)
{
    const QString runDir = m_process->runDirectory();
    if (exitCode == 0) {
        appendLog(tr("all processes finished"));
    } else if (exitCode == 130) {
        appendLog(tr("all processes stopped; the run can be resumed with any number of processes"));
    } else {
        const QString text = tr("Training failed: %1").arg(failure);
        appendLog(text);
        setStage(text);
        Q_EMIT statusMessage(text, kStatusTimeout);
    }
    updateButtons();
    if (!m_quitting)
        Q_EMIT trainingStateChanged(false);
    if (exitCode == 0 && !m_quitting)
        Q_EMIT runFinished(runDir);
}

void TrainPage::onRunEnded(const QString& state, const QString& message)
{
    QString text;
    if (state == QLatin1String("finished"))
        text = tr("Run finished: %1").arg(message);
    else if (state == QLatin1String("stopped"))
        text = tr("Run stopped (%1); it can be resumed.").arg(message);
    else if (state == QLatin1String("failed"))
        text = tr("Run failed: %1").arg(message);
    else
        text = tr("Run loaded.");
    setStage(text);
}

void TrainPage::addSnapshotStatistics(const SnapshotData& snapshot)
{
    m_snapshotStats.insert(snapshot.epoch, snapshot.statistics);
    if (m_sampleStems.isEmpty() && !snapshot.stems.isEmpty()) {
        m_sampleStems = snapshot.stems;
        const QSignalBlocker blocker(m_sampleCombo);
        m_sampleCombo->clear();
        for (int i = 0; i < m_sampleStems.size(); ++i)
            m_sampleCombo->addItem(tr("%1 (sample %2)").arg(m_sampleStems[i]).arg(i + 1));
        m_sampleCombo->setCurrentIndex(0);
    }
}

void TrainPage::onSnapshotLoaded(const SnapshotData& snapshot)
{
    const bool fresh = !m_snapshotStats.contains(snapshot.epoch);
    const bool firstImages = m_sampleImages.isEmpty() && !snapshot.sampleImages.isEmpty();
    if (firstImages)
        m_sampleImages = snapshot.sampleImages;
    addSnapshotStatistics(snapshot);
    const int sample = std::max(0, m_sampleCombo->currentIndex());
    if (sample < snapshot.samples.size()) {
        m_evolution->setHeatmaps(snapshot.epoch, snapshot.samples[sample]);
        // The grid picks keypoint 0 silently when maps arrive after a clear: restore the
        // user's keypoint and refresh the statistics plot for it.
        HeatmapGridView* grid = m_evolution->gridView();
        if (m_keypointToRestore >= 0 && m_keypointToRestore < grid->heatmaps().keypoints)
            grid->setSelectedKeypoint(m_keypointToRestore);
        if (grid->heatmaps().isValid())
            m_keypointToRestore = -1;
        if (!fresh)
            updateKeypointStatistics();
    }
    if (firstImages && sample < m_sampleImages.size())
        m_evolution->gridView()->setOverlayImage(m_sampleImages[sample]);
    if (fresh) {
        m_evolution->appendEpoch(snapshot.epoch);
        updateKeypointStatistics();
    }
}

void TrainPage::showSample(int sample)
{
    if (sample < 0)
        return;
    // Heatmaps of another sample: drop the cached sets and load the current epoch's again.
    const int current = m_evolution->currentEpoch();
    if (m_evolution->gridView()->selectedKeypoint() >= 0)
        m_keypointToRestore = m_evolution->gridView()->selectedKeypoint();
    const QVector<int> epochs = m_snapshotStats.keys().toVector();
    {
        const QSignalBlocker blocker(m_evolution);
        m_evolution->clear();
        m_evolution->setEpochs(epochs);
        if (current >= 0)
            m_evolution->setCurrentEpoch(current);
        else if (!epochs.isEmpty())
            m_evolution->setCurrentIndex(epochs.size() - 1);
    }
    m_requestedEpochs.clear();
    m_evolution->gridView()->setOverlayImage(sample < m_sampleImages.size() ? m_sampleImages[sample]
                                                                            : QImage());
    updateKeypointStatistics();
    requestCurrentHeatmaps();
}

void TrainPage::updateKeypointStatistics()
{
    const int sample = std::max(0, m_sampleCombo->currentIndex());
    int keypoints = 0;
    for (const auto& perSample : m_snapshotStats)
        if (sample < perSample.size())
            keypoints = std::max(keypoints, static_cast<int>(perSample[sample].size()));
    QVector<KeypointEvolution> all(keypoints);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (auto it = m_snapshotStats.cbegin(); it != m_snapshotStats.cend(); ++it) {
        if (sample >= it.value().size())
            continue;
        const QVector<SnapshotKeypointStats>& stats = it.value()[sample];
        for (int k = 0; k < keypoints; ++k) {
            all[k].epochs.push_back(it.key());
            all[k].peakHeight.push_back(k < stats.size() ? stats[k].peak : nan);
            all[k].fittedSigma.push_back(k < stats.size() ? stats[k].fittedSigma : nan);
            all[k].multiPeak.push_back(k < stats.size() && stats[k].multiPeak);
        }
    }
    m_evolution->setKeypointStatistics(all);
}

void TrainPage::requestCurrentHeatmaps()
{
    const int epoch = m_evolution->currentEpoch();
    if (epoch < 0 || m_evolution->hasHeatmaps(epoch) || m_requestedEpochs.contains(epoch))
        return;
    m_requestedEpochs.insert(epoch);
    m_follower->loadSnapshot(epoch);
}

} // namespace kps
