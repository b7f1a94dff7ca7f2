#pragma once
// Shows a training run on the terminal for `kpstudio train` and `kpstudio demo`: data-preparation
// bars, a per-epoch progress bar with img/s and ETA (stderr), one summary line per epoch
// (stdout), and Ctrl+C as a clean, resumable stop.

#include "terminal_progress.h"
#include "trainer.h"

#include <QCoreApplication>

#include <string>

namespace kps {
class StopToken;
}

namespace kps::cli {

class TrainingPrinter : public TrainingObserver
{
    Q_DECLARE_TR_FUNCTIONS(kps::cli) // the context of the command line's other strings

public:
    // quiet: epoch lines only (no bars, no stage lines).
    explicit TrainingPrinter(bool quiet = false);

    void runStarted(const TrainingRunInfo& info) override;
    void stage(TrainingStage stage, std::size_t done, std::size_t total) override;
    void batchProgress(const BatchProgress& progress) override;
    void epochFinished(const EpochStats& stats) override;
    void finished(const TrainingSummary& summary) override;
    void stopped(int epoch, int batch) override;

    // One line for an epoch, e.g. "epoch  3/20  loss 0.1234 | val 0.1301  PCK@2 41.2%  ...".
    static std::string epochLine(const EpochStats& stats, int totalEpochs);

private:
    bool m_quiet;
    TerminalProgress m_progress{"img"};
    int m_totalEpochs = 0;
    int m_batchSize = 0;
    std::size_t m_trainSize = 0;
};

// Routes SIGINT/SIGTERM to token->requestStop() while alive (a second Ctrl+C kills as usual).
class InterruptToStop
{
public:
    explicit InterruptToStop(StopToken* token);
    ~InterruptToStop();
    InterruptToStop(const InterruptToStop&) = delete;
    InterruptToStop& operator=(const InterruptToStop&) = delete;
};

} // namespace kps::cli
