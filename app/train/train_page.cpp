#include "train_page.h"

#include "heatmap_evolution_view.h"
#include "heatmap_grid_view.h"
#include "progress.h"
#include "run_directory.h"
#include "training_config_form.h"
#include "training_curves_plot.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace kps {

namespace {

constexpr int kStatusTimeout = 5000;

} // namespace

TrainPage::TrainPage(QWidget* parent) : QMainWindow(parent)
{
    setWindowFlags(Qt::Widget);
    setObjectName(QStringLiteral("TrainPage"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_controller = new TrainingController(this);

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
    m_form = new TrainingConfigForm;
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
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

    connect(m_form, &TrainingConfigForm::validityChanged, this, &TrainPage::updateButtons);
    connect(m_form, &TrainingConfigForm::statusMessage, this,
            [this](const QString& text) { Q_EMIT statusMessage(text, kStatusTimeout); });
    connectController();
    connect(m_evolution, &HeatmapEvolutionView::epochChanged, this,
            [this](int) { requestCurrentHeatmaps(); });
    connect(m_evolution, &HeatmapEvolutionView::keypointSelected, this,
            [this](int) { updateKeypointStatistics(); });
    connect(m_sampleCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &TrainPage::showSample);

    updateButtons();
    showProgress();
    m_stageLabel->setText(m_controller->stageText());
}

TrainPage::~TrainPage()
{
    // The controller stops a training of this process and waits for it before the widgets go.
    delete m_controller;
}

void TrainPage::connectController()
{
    TrainingController* c = m_controller;
    connect(c, &TrainingController::runCleared, this, &TrainPage::clearRunView);
    connect(c, &TrainingController::shownRunChanged, this, [this](const QString& runDir) {
        m_runLabel->setText(tr("Run: %1").arg(QDir::toNativeSeparators(runDir)));
    });
    connect(c, &TrainingController::historyLoaded, this, &TrainPage::onHistory);
    connect(c, &TrainingController::epochAppended, m_curves, &TrainingCurvesPlot::appendEpoch);
    connect(c, &TrainingController::batchesAppended, this,
            [this](const QVector<BatchPoint>& points) {
                for (const BatchPoint& point : points)
                    m_curves->appendBatch(point);
            });
    connect(c, &TrainingController::snapshotLoaded, this, &TrainPage::onSnapshotLoaded);
    connect(c, &TrainingController::progressChanged, this, &TrainPage::showProgress);
    connect(c, &TrainingController::stageTextChanged, m_stageLabel, &QLabel::setText);
    connect(c, &TrainingController::logLine, this, &TrainPage::appendLog);
    connect(c, &TrainingController::stateChanged, this, &TrainPage::updateButtons);
    connect(c, &TrainingController::statusMessage, this, &TrainPage::statusMessage);
    connect(c, &TrainingController::trainingStateChanged, this, &TrainPage::trainingStateChanged);
    connect(c, &TrainingController::trainingEnded, this, &TrainPage::onTrainingEnded);
    connect(c, &TrainingController::runFinished, this, &TrainPage::runFinished);
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
    connect(m_pauseButton, &QPushButton::toggled, m_controller, &TrainingController::setPaused);
    connect(m_stopButton, &QPushButton::clicked, m_controller, &TrainingController::stop);
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

// ---- settings ------------------------------------------------------------------------------

void TrainPage::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("train"));
    m_form->saveSettings(settings);
    settings.setValue(QStringLiteral("windowState"), saveState());
    settings.endGroup();
}

void TrainPage::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("train"));
    m_form->restoreSettings(settings);
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    settings.endGroup();
    updateButtons();
}

// ---- running -------------------------------------------------------------------------------

void TrainPage::setDatasetPath(const QString& path)
{
    m_form->setDatasetPath(path);
}

bool TrainPage::isTraining() const
{
    return m_controller->isTraining();
}

bool TrainPage::stopTrainingAndWait(int msecs)
{
    return m_controller->stopAndWait(msecs);
}

QString TrainPage::shownRunDirectory() const
{
    return m_controller->shownRunDirectory();
}

TrainingLaunchOptions TrainPage::launchOptions() const
{
    TrainingLaunchOptions options;
    options.processes = m_form->processes();
    options.gpus = m_form->gpus();
    options.deviceText = m_form->deviceText();
    return options;
}

bool TrainPage::startTraining()
{
    if (m_controller->isTraining())
        return false;
    TrainingConfig config;
    QString error;
    if (!m_form->readForm(config, error)) {
        m_controller->refuse(tr("Cannot start: %1").arg(error));
        return false;
    }
    return m_controller->start(config, m_form->runDirectory(), launchOptions());
}

bool TrainPage::resumeRun(const QString& runDir, int epochs)
{
    return m_controller->resume(runDir, epochs, launchOptions());
}

bool TrainPage::openRun(const QString& runDir)
{
    if (!m_controller->openRun(runDir))
        return false;
    // The form shows what the run was trained with (Start then trains a new run like it, in a
    // fresh folder beside it). A run made on another machine keeps this machine's dataset.
    try {
        TrainingConfig config = RunDirectory(runDir.toStdString()).readConfig();
        const QString localData = QDir::fromNativeSeparators(m_form->datasetPath());
        if (!config.syntheticData() && !QFileInfo::exists(QString::fromStdString(config.dataDir)) &&
            !localData.isEmpty())
            config.dataDir = localData.toStdString();
        m_form->setConfig(config);
        m_form->setRunDirectory(m_form->newRunFolderBeside(runDir));
    } catch (const std::exception&) {
        // An unreadable config.json: the follower reports it when it reads the run.
    }
    return true;
}

void TrainPage::chooseOpenRun()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open training run"),
                                                          m_controller->shownRunDirectory());
    if (!dir.isEmpty())
        openRun(dir);
}

void TrainPage::chooseResumeRun()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Resume training run"),
                                                          m_controller->shownRunDirectory());
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

// ---- reflecting the controller -------------------------------------------------------------

void TrainPage::updateButtons()
{
    const bool running = m_controller->isTraining();
    const bool processRun = m_controller->isProcessRun();
    m_startButton->setEnabled(!running && m_form->validationMessage().isEmpty());
    // The ranks of a process run agree on stops, not on pauses: Stop keeps the run resumable.
    m_pauseButton->setEnabled(running && !processRun);
    m_pauseButton->setToolTip(processRun
                                  ? tr("A run with several processes cannot pause: Stop keeps it "
                                       "resumable, with any number of processes.")
                                  : tr("Pause after the current batch; click again to continue."));
    {
        const QSignalBlocker blocker(m_pauseButton);
        m_pauseButton->setChecked(m_controller->isPaused());
    }
    m_pauseButton->setText(m_controller->isPaused() ? tr("Resume") : tr("Pause"));
    m_stopButton->setEnabled(running && !m_controller->isStopRequested());
    m_resumeButton->setEnabled(!running);
    m_openButton->setEnabled(!running);
}

void TrainPage::showProgress()
{
    const TrainingProgress& progress = m_controller->progress();
    if (m_epochBar->maximum() != progress.totalEpochs)
        m_epochBar->setRange(0, progress.totalEpochs);
    m_epochBar->setValue(progress.epoch);
    if (m_batchBar->maximum() != progress.batches)
        m_batchBar->setRange(0, progress.batches);
    m_batchBar->setValue(progress.batch);
    if (!progress.hasRate) {
        m_rateLabel->clear();
        return;
    }
    m_rateLabel->setText(tr("ETA %1 · %2 img/s · loss %3")
                             .arg(progress.etaSeconds >= 0
                                      ? QString::fromStdString(formatDuration(progress.etaSeconds))
                                      : QStringLiteral("–"))
                             .arg(progress.imagesPerSecond, 0, 'f', 1)
                             .arg(progress.runningLoss, 0, 'g', 4));
}

void TrainPage::appendLog(const QString& text)
{
    m_log->appendPlainText(QStringLiteral("[%1] %2").arg(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), text));
}

void TrainPage::clearRunView()
{
    m_curves->clear();
    m_evolution->pause();
    m_evolution->clear();
    m_evolutionModel.clear();
    {
        const QSignalBlocker blocker(m_sampleCombo);
        m_sampleCombo->clear();
    }
    m_evolution->gridView()->setOverlayImage(QImage());
    m_evolution->setTargetSigma(m_controller->targetSigma());
}

void TrainPage::onTrainingEnded(const QString& runDir)
{
    // The next Start needs a folder without a run: offer a fresh one beside this one.
    if (QDir::cleanPath(m_form->runDirectory()) == QDir::cleanPath(runDir))
        m_form->setRunDirectory(m_form->newRunFolderBeside(runDir));
}

void TrainPage::onHistory(const RunHistory& history)
{
    m_evolution->setTargetSigma(history.targetSigma);
    m_curves->setEpochs(history.epochs);
    m_curves->setBatches(history.batches);
    m_curves->fitToData();
    m_evolutionModel.setSampleImages(history.sampleImages);
    for (const SnapshotData& snapshot : history.snapshots)
        addSnapshotStatistics(snapshot);
    const QVector<int> epochs = m_evolutionModel.epochs();
    m_evolution->setEpochs(epochs);
    if (!epochs.isEmpty())
        m_evolution->setCurrentIndex(epochs.size() - 1);
    showSample(std::max(0, m_sampleCombo->currentIndex()));
}

// ---- heatmap evolution ---------------------------------------------------------------------

void TrainPage::addSnapshotStatistics(const SnapshotData& snapshot)
{
    if (!m_evolutionModel.addSnapshot(snapshot))
        return;
    const QStringList& stems = m_evolutionModel.sampleStems();
    const QSignalBlocker blocker(m_sampleCombo);
    m_sampleCombo->clear();
    for (int i = 0; i < stems.size(); ++i)
        m_sampleCombo->addItem(tr("%1 (sample %2)").arg(stems[i]).arg(i + 1));
    m_sampleCombo->setCurrentIndex(0);
}

void TrainPage::onSnapshotLoaded(const SnapshotData& snapshot)
{
    const bool fresh = !m_evolutionModel.hasEpoch(snapshot.epoch);
    const bool firstImages =
        !m_evolutionModel.hasSampleImages() && !snapshot.sampleImages.isEmpty();
    if (firstImages)
        m_evolutionModel.setSampleImages(snapshot.sampleImages);
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
    if (firstImages && !m_evolutionModel.sampleImage(sample).isNull())
        m_evolution->gridView()->setOverlayImage(m_evolutionModel.sampleImage(sample));
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
    const QVector<int> epochs = m_evolutionModel.epochs();
    {
        const QSignalBlocker blocker(m_evolution);
        m_evolution->clear();
        m_evolution->setEpochs(epochs);
        if (current >= 0)
            m_evolution->setCurrentEpoch(current);
        else if (!epochs.isEmpty())
            m_evolution->setCurrentIndex(epochs.size() - 1);
    }
    m_evolutionModel.forgetRequests();
    m_evolution->gridView()->setOverlayImage(m_evolutionModel.sampleImage(sample));
    updateKeypointStatistics();
    requestCurrentHeatmaps();
}

void TrainPage::updateKeypointStatistics()
{
    m_evolution->setKeypointStatistics(
        m_evolutionModel.keypointEvolution(std::max(0, m_sampleCombo->currentIndex())));
}

void TrainPage::requestCurrentHeatmaps()
{
    const int epoch = m_evolution->currentEpoch();
    if (epoch < 0 || m_evolution->hasHeatmaps(epoch) || !m_evolutionModel.markRequested(epoch))
        return;
    m_controller->loadSnapshot(epoch);
}

} // namespace kps
