#pragma once
// InspectionWorker runs InspectionCache off the UI thread (one QThread per job): it loads the
// request's complete cache when there is one (no forward pass) and runs the model otherwise,
// reporting progress with an ETA and honouring cancel(). Starting a new job cancels the previous
// one; progress and results of a superseded job (older generation) are dropped, and a cancelled
// job reports cancelled() only, never a partial result.

#include "inspection_cache.h"

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
    quint64 generation() const { return m_generation; }

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
    void onProgress(quint64 generation, int done, int total, double eta);
    void onJobDone(quint64 generation, InspectionDataPtr data, bool fromCache,
                   const QString& error);

    quint64 m_generation = 0;
    std::vector<Job> m_jobs;
};

} // namespace kps

Q_DECLARE_METATYPE(kps::InspectionDataPtr)
