#pragma once
// InspectionWorker runs InspectionCache off the UI thread (one QThread per job): it loads the
// request's complete cache when there is one (no forward pass) and runs the model otherwise,
// reporting progress with an ETA and honouring cancel(). Starting a new job cancels the previous
// one; progress and results of a superseded job are dropped (LatestJob: the latest request
// wins), and a cancelled job reports cancelled() only, never a partial result.
//
// Threads: every method and signal on the UI thread; each job runs InspectionCache on its own
// QThread and hands progress and its result back through its LatestJob ticket.

#include "inspection_cache.h"
#include "latest_job.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <filesystem>
#include <memory>
#include <vector>

class QThread;

namespace kps {

class StopToken;

using InspectionDataPtr = std::shared_ptr<const InspectionData>;

class InspectionWorker : public QObject
{
    Q_OBJECT

public:
    explicit InspectionWorker(QObject* parent = nullptr);
    // Cancels running jobs and waits for their threads.
    ~InspectionWorker() override;

    // Loads the cache of `request` when complete (forceRun false), else runs the model and
    // writes it. Returns the job's generation.
    quint64 start(const InspectionRequest& request, bool forceRun = false);
    void cancel();
    bool isRunning() const;
    // Blocks until every job thread ended (tests, shutdown); false on timeout.
    bool waitForIdle(int timeoutMs);
    quint64 generation() const { return m_latest.generation(); }

Q_SIGNALS:
    void started(bool runsModel);
    // done of total images; etaSeconds < 0 while unknown.
    void progressChanged(int done, int total, double etaSeconds);
    void finished(kps::InspectionDataPtr data, bool fromCache);
    void failed(const QString& message);
    void cancelled();

private:
    struct Job
    {
        quint64 generation = 0;
        QPointer<QThread> thread;
        std::shared_ptr<StopToken> stop;
    };
    void onJobDone(InspectionDataPtr data, bool fromCache, bool stopped, const QString& error);
    void forgetJob(quint64 generation);

    LatestJob m_latest{this};
    bool m_running = false;  // the latest job has not reported its end yet
    std::vector<Job> m_jobs; // every job whose thread has not finished
};

} // namespace kps

Q_DECLARE_METATYPE(kps::InspectionDataPtr)
