#pragma once
// The Train page (DESIGN.md "The window"): a form for every training setting, the controls that
// start, pause, stop and resume a training on a TrainingWorker, live curves, the heatmap
// evolution of the run's snapshot samples and a log. It also opens any run directory (e.g. one
// written by `kpstudio train` on a server) and follows it live through a RunFollower.
// Embedded as a widget (a QMainWindow for its docks); settings persist under QSettings "train".

#include "mode_page.h"
#include "run_follower.h"
#include "trainer.h"
#include "training_config.h"

#include <QMainWindow>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace kps {

class HeatmapEvolutionView;
class TrainingCurvesPlot;
class TrainingProcess;
class TrainingWorker;

class TrainPage : public QMainWindow, public ModePage
{
    Q_OBJECT

public:
    explicit TrainPage(QWidget* parent = nullptr);
    // Stops a running training and waits for it (the run stays resumable).
    ~TrainPage() override;

    // Default data folder for a new run.
    void setDatasetPath(const QString& path);
    // Shows a run's curves and heatmap evolution; follows it while it is being written.
    // False (with a statusMessage) when runDir is not a run or a training runs here.
    bool openRun(const QString& runDir);
    bool isTraining() const;
    // Used when the window closes: asks the training to stop and waits for it.
    bool stopTrainingAndWait(int msecs);
    // QSettings group "train": form values and dock state (restored by the constructor).
    void saveSettings() const override;
    void restoreSettings() override;
    QMainWindow* pageWidget() override { return this; }

    // The form as a config; false with a readable message when a value is invalid.
    bool readForm(TrainingConfig& config, QString& error) const;
    void setConfig(const TrainingConfig& config); // fills the form
    void setRunDirectory(const QString& runDir);  // run folder of the next Start
    QString runDirectory() const;
    bool saveConfig(const QString& file); // JSON (TrainingConfig::toJson)
    bool loadConfig(const QString& file);
    // What Start does: validates the form and starts a new run in the run folder.
    bool startTraining();
    // What "Resume run…" does after its dialog: continues runDir (epochs > 0 raises the main
    // phase).
    bool resumeRun(const QString& runDir, int epochs = 0);
    // The run the plots show ("" when none).
    QString shownRunDirectory() const { return m_shownRun; }
    QString validationMessage() const;
    // The CUDA devices are listed in the background; true once the device choice is complete.
    bool devicesKnown() const { return m_devicesKnown; }

    TrainingCurvesPlot* curvesPlot() const { return m_curves; }
    HeatmapEvolutionView* evolutionView() const { return m_evolution; }
    TrainingWorker* worker() const { return m_worker; }
    // Runs with more than one process (Processes > 1, or picked GPUs) train in this child
    // process, `kpstudio train --nproc N`, and the page follows their run directory.
    TrainingProcess* trainingProcess() const { return m_process; }
    QSpinBox* processesSpin() const { return m_processesSpin; }
    QLineEdit* gpusEdit() const { return m_gpusEdit; }
    RunFollower* follower() const { return m_follower; }
    QPushButton* startButton() const { return m_startButton; }
    QPushButton* pauseButton() const { return m_pauseButton; }
    QPushButton* stopButton() const { return m_stopButton; }
    QPushButton* resumeRunButton() const { return m_resumeButton; }
    QPushButton* openRunButton() const { return m_openButton; }
    QComboBox* deviceCombo() const { return m_deviceCombo; }
    QLabel* deviceNote() const { return m_deviceNote; }
    QComboBox* sampleCombo() const { return m_sampleCombo; }
    QLabel* stageLabel() const { return m_stageLabel; }
    QProgressBar* epochProgressBar() const { return m_epochBar; }
    QProgressBar* batchProgressBar() const { return m_batchBar; }
    QLabel* rateLabel() const { return m_rateLabel; }
    QPlainTextEdit* logView() const { return m_log; }

Q_SIGNALS:
    void statusMessage(const QString& text, int timeoutMs);
    void runFinished(const QString& runDir);
    void trainingStateChanged(bool running);

private:
    QWidget* buildForm();
    QWidget* buildControls();
    QWidget* buildEvolution();
    void fillDevices();
    void validateForm();
    void updateButtons();
    void appendLog(const QString& text);
    void setStage(const QString& text);
    void clearRunView();
    void beginTraining(const QString& runDir);
    void chooseResumeRun();
    void chooseOpenRun();
    void saveConfigWithDialog();
    void loadConfigWithDialog();
    void onPresetChanged();
    // Fills the form with a recipe's values, keeping the data, run folder and hardware fields.
    void applyRecipe(const QString& name);
    // What new run folders are named after: the dataset folder, or "synthetic".
    QString runNameSource() const;

    // Worker signals.
    void onRunStarted(const TrainingRunInfo& info);
    void onStage(const QString& text, qint64 done, qint64 total);
    void onBatch(const BatchProgress& progress);
    // Epoch and batch bars, stage, ETA and img/s (training here, or a followed live run).
    void showBatchProgress(BatchProgress progress);
    void onEpoch(const EpochStats& stats);
    void onStopped(int epoch, int batch);
    void onFailed(const QString& message);
    void onEnded(const TrainingSummary& summary);
    // Follower signals.
    void onHistory(const RunHistory& history);
    void onSnapshotLoaded(const SnapshotData& snapshot);
    void onRunEnded(const QString& state, const QString& message);
    // Process runs: true when the form asks for several processes or picked GPUs.
    bool multiProcess() const;
    // After a process run's launch (launched false: it could not start, error says why):
    // reports it and follows the run, or shows `cannot` with the error.
    bool processRunLaunched(bool launched, const QString& runDir, const QString& cannot,
                            const QString& error, const QString& logLine);
    void followProcessRun();
    void onProcessFinished(int exitCode, const QString& failure);

    void addSnapshotStatistics(const SnapshotData& snapshot);
    void showSample(int sample);
    void updateKeypointStatistics();
    void requestCurrentHeatmaps();

    TrainingConfig
        m_base; // fields the form does not show come from here (defaults or a loaded file)
    TrainingWorker* m_worker = nullptr;
    TrainingProcess* m_process = nullptr;
    RunFollower* m_follower = nullptr;
    QString m_shownRun;
    bool m_pendingResume = false;
    int m_pendingResumeEpochs = 0;
    TrainingRunInfo m_info;
    BatchPointBuilder m_batchBuilder;
    QVector<double> m_epochSeconds;
    bool m_quitting = false;
    bool m_devicesKnown = false;
    bool m_defaultsShown = false; // no saved settings: the form shows the defaults

    // Heatmap evolution.
    QMap<int, QVector<QVector<SnapshotKeypointStats>>>
        m_snapshotStats; // epoch -> [sample][keypoint]
    QStringList m_sampleStems;
    QVector<QImage> m_sampleImages;
    QSet<int> m_requestedEpochs;
    double m_targetSigma = 2.0;
    int m_keypointToRestore = -1; // selected keypoint across a change of sample

    // Form.
    QComboBox* m_recipeCombo = nullptr;
    QCheckBox* m_syntheticCheck = nullptr;
    QSpinBox* m_syntheticImagesSpin = nullptr;
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
    QSpinBox* m_processesSpin = nullptr;
    QLineEdit* m_gpusEdit = nullptr;
    QSpinBox* m_snapshotSamplesSpin = nullptr;
    QSpinBox* m_snapshotEverySpin = nullptr;
    QLineEdit* m_cacheEdit = nullptr;
    QLabel* m_validationLabel = nullptr;

    // Controls.
    QPushButton* m_startButton = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_resumeButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QLabel* m_runLabel = nullptr;
    QLabel* m_stageLabel = nullptr;
    QProgressBar* m_epochBar = nullptr;
    QProgressBar* m_batchBar = nullptr;
    QLabel* m_rateLabel = nullptr;

    TrainingCurvesPlot* m_curves = nullptr;
    HeatmapEvolutionView* m_evolution = nullptr;
    QComboBox* m_sampleCombo = nullptr;
    QPlainTextEdit* m_log = nullptr;
};

} // namespace kps
