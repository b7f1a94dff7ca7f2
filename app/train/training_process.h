#pragma once
// TrainingProcess runs a data-parallel training from the Train page: `kpstudio train --nproc N`
// as a child process, which starts N local ranks (CPU processes sharing the cores, or one per
// picked GPU). Rank 0 writes the run directory, which the page follows like any run. This class
// owns the process: its start (a new run from a config, or a resume), its error lines for the
// Log panel, and Stop, which asks every rank to stop at the next agreed step (the run stays
// resumable with any number of processes). One run at a time; lives on the UI thread.

#include "training_config.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryFile;

namespace kps {

// What one launch runs: kpstudio's arguments and the GPUs it may see.
struct TrainingLaunch
{
    QStringList arguments;
    QString cudaVisibleDevices; // "" = leave the environment's choice
};

// A new run of `config` in runDir (configFile holds config as JSON), or a resume of runDir
// (epochs > 0 raises its main phase). gpus: CUDA device indices ("0,2"); when given, one rank
// runs per listed GPU and processes is ignored.
TrainingLaunch newRunLaunch(const QString& configFile, const QString& runDir, int processes,
                            const QString& gpus);
TrainingLaunch resumeLaunch(const QString& runDir, int processes, const QString& gpus, int epochs);
// "0, 2,3" -> {0, 2, 3}; empty when the text is not such a list (or empty).
QList<int> parseGpuList(const QString& text);

class TrainingProcess : public QObject
{
    Q_OBJECT

public:
    explicit TrainingProcess(QObject* parent = nullptr);
    // Stops a running training and waits for it (the run stays resumable).
    ~TrainingProcess() override;

    // The kpstudio executable; default: the one beside this program.
    void setProgram(const QString& program) { m_program = program; }
    QString program() const { return m_program; }

    // False with *error when the process cannot start (or one runs already).
    bool startNew(const TrainingConfig& config, const QString& runDir, int processes,
                  const QString& gpus, QString* error);
    bool startResume(const QString& runDir, int processes, const QString& gpus, int epochs,
                     QString* error);
    // Every rank stops before its next step; finished() follows.
    void stop();
    bool isRunning() const;
    bool isStopping() const { return m_stopping; }
    bool waitForFinished(int msecs);
    QString runDirectory() const { return m_runDir; }
    // The size of the run's events.jsonl when the process started (-1: none yet). Its new
    // session begins past it: a resumed run's file ends with the previous session's end until then.
    qint64 eventsSizeAtLaunch() const { return m_eventsSizeAtLaunch; }
    // The launcher's pid (its children are the ranks); 0 when none runs.
    qint64 processId() const { return isRunning() ? m_process->processId() : 0; }

Q_SIGNALS:
    // A line the ranks wrote to stderr (warnings, errors).
    void outputLine(const QString& line);
    // exitCode 0: finished; 130: stopped; otherwise failed, with the process's last error line.
    void finished(int exitCode, const QString& failure);

private:
    bool launch(const TrainingLaunch& launch, const QString& runDir, QString* error);
    void readOutput(QProcess::ProcessChannel channel);

    QString m_program;
    QString m_runDir;
    QProcess* m_process = nullptr;
    std::unique_ptr<QTemporaryFile> m_configFile;
    QString m_lastError;
    QByteArray m_partial[2];
    bool m_stopping = false;
    qint64 m_eventsSizeAtLaunch = -1;
};

} // namespace kps
