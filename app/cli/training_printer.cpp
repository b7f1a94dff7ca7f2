#include "training_printer.h"
#include "cli_messages.h"
#include "run_follower.h"

#include "progress.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace kps::cli {

namespace {

std::atomic<StopToken*> g_interruptToken{nullptr};

extern "C" void onInterrupt(int signal)
{
    if (StopToken* token = g_interruptToken.load())
        token->requestStop();
    static const char message[] = "\nstopping after the current batch (the run stays resumable); "
                                  "press Ctrl+C again to abort\n";
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, message, sizeof message - 1);
    std::signal(signal, SIG_DFL);
}

} // namespace

InterruptToStop::InterruptToStop(StopToken* token)
{
    g_interruptToken.store(token);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

InterruptToStop::~InterruptToStop()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_interruptToken.store(nullptr);
}

TrainingPrinter::TrainingPrinter(bool quiet) : m_quiet(quiet) {}

void TrainingPrinter::runStarted(const TrainingRunInfo& info)
{
    m_totalEpochs = info.totalEpochs;
    m_batchSize = info.batchSize;
    m_trainSize = info.trainSize;
    m_progress.finish();
    if (m_quiet)
        return;
    std::printf("%s\n", runStartedLogLine(info).toLocal8Bit().constData());
    std::fflush(stdout);
}

void TrainingPrinter::stage(TrainingStage stage, std::size_t done, std::size_t total)
{
    if (m_quiet)
        return;
    const char* text = toString(stage);
    if (total > 0) {
        m_progress.progress(text, done, total);
        return;
    }
    if (stage == TrainingStage::Writing || stage == TrainingStage::Validating)
        return; // every epoch: the epoch line says enough
    m_progress.finish();
    std::fprintf(stderr, "%s...\n", text);
    std::fflush(stderr);
}

void TrainingPrinter::batchProgress(const BatchProgress& progress)
{
    if (m_quiet)
        return;
    char stage[64];
    std::snprintf(stage, sizeof stage, "epoch %d/%d", progress.epoch, progress.totalEpochs);
    const std::size_t images =
        std::min(m_trainSize, static_cast<std::size_t>(progress.batch) *
                                  static_cast<std::size_t>(std::max(1, m_batchSize)));
    m_progress.progress(stage, images, m_trainSize);
}

std::string TrainingPrinter::epochLine(const EpochStats& stats, int totalEpochs)
{
    char line[512];
    std::snprintf(
        line, sizeof line,
        "epoch %3d/%d  loss %.4f (focal %.4f, l1 %.4f) | val %.4f  PCK@2 %5.1f%%  PCK@5 %5.1f%%  "
        "err %.2f px | lr %.2g  %.1f s  %.0f img/s%s",
        stats.epoch, totalEpochs, stats.trainLoss, stats.trainFocal, stats.trainL1, stats.valLoss,
        stats.valPck2, stats.valPck5, stats.valMeanErrorPx, stats.learningRate, stats.epochSeconds,
        stats.imagesPerSecond, stats.best ? "  *best" : "");
    return line;
}

void TrainingPrinter::epochFinished(const EpochStats& stats)
{
    m_progress.finish();
    std::printf("%s\n", epochLine(stats, m_totalEpochs).c_str());
    std::fflush(stdout);
}

void TrainingPrinter::finished(const TrainingSummary& summary)
{
    m_progress.finish();
    if (m_quiet)
        return;
    const QString line = tr("finished: %1; best epoch %2 (val loss %3)")
                             .arg(QString::fromStdString(summary.message))
                             .arg(summary.bestEpoch)
                             .arg(summary.bestValLoss, 0, 'g', 5);
    std::printf("%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

void TrainingPrinter::stopped(int epoch, int batch)
{
    m_progress.finish();
    const QString line = tr("stopped in epoch %1 after batch %2").arg(epoch).arg(batch);
    std::printf("%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

} // namespace kps::cli
