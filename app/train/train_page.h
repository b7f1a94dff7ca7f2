#pragma once
// The Train page (DESIGN.md "The window"): the settings form (TrainingConfigForm), the controls
// that start, pause, stop and resume a training, live curves, the heatmap evolution of the run's
// snapshot samples and a log. It also opens any run directory (e.g. one written by `kpstudio
// train` on a server) and follows it live. The trainings and the shown run are the
// TrainingController's; this page lays out the docks, wires them to the controller and reflects
// its state. Embedded as a widget (a QMainWindow for its docks); settings persist under QSettings
// "train". Threads: UI thread only.

#include "heatmap_evolution_model.h"
#include "mode_page.h"
#include "run_follower.h"
#include "training_controller.h"

#include <QMainWindow>
#include <QString>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace kps {

class HeatmapEvolutionView;
class TrainingConfigForm;
class TrainingCurvesPlot;

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

    // What Start does: validates the form and starts a new run in the form's run folder.
    bool startTraining();
    // What "Resume run…" does after its dialog: continues runDir (epochs > 0 raises the main
    // phase).
    bool resumeRun(const QString& runDir, int epochs = 0);
    // The run the plots show ("" when none).
    QString shownRunDirectory() const;

    TrainingConfigForm* form() const { return m_form; }
    TrainingController* controller() const { return m_controller; }
    const HeatmapEvolutionModel& evolutionModel() const { return m_evolutionModel; }
    TrainingCurvesPlot* curvesPlot() const { return m_curves; }
    HeatmapEvolutionView* evolutionView() const { return m_evolution; }
    QPushButton* startButton() const { return m_startButton; }
    QPushButton* pauseButton() const { return m_pauseButton; }
    QPushButton* stopButton() const { return m_stopButton; }
    QPushButton* resumeRunButton() const { return m_resumeButton; }
    QPushButton* openRunButton() const { return m_openButton; }
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
    QWidget* buildControls();
    QWidget* buildEvolution();
    void connectController();
    void chooseResumeRun();
    void chooseOpenRun();
    TrainingLaunchOptions launchOptions() const;

    // Reflecting the controller.
    void updateButtons();
    void showProgress();
    void appendLog(const QString& text);
    void clearRunView();
    void onHistory(const RunHistory& history);
    void onTrainingEnded(const QString& runDir);

    // Heatmap evolution.
    void onSnapshotLoaded(const SnapshotData& snapshot);
    void addSnapshotStatistics(const SnapshotData& snapshot);
    void showSample(int sample);
    void updateKeypointStatistics();
    void requestCurrentHeatmaps();

    TrainingController* m_controller = nullptr;
    TrainingConfigForm* m_form = nullptr;
    HeatmapEvolutionModel m_evolutionModel;
    int m_keypointToRestore = -1; // selected keypoint across a change of sample

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
