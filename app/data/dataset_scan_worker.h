#pragma once
// DatasetScanWorker runs kps::scanDataset off the UI thread and hands the DatasetIndex back as a
// value. Starting a new scan stops the previous one; results and progress of a superseded scan are
// dropped (LatestJob), so the UI only ever sees the latest.
//
// Threads: every method and signal on the owner's (UI) thread; the scan runs on a private pool
// and never touches this object (it reports through a LatestJob ticket). The destructor stops
// running scans and waits for them.

#include "dataset_scan.h"
#include "latest_job.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace kps {

class StopToken;

struct DatasetScanResult
{
    quint64 generation = 0;
    QString root;
    DatasetIndex index;
    QString error; // non-empty when the scan itself failed (not for problems it found)
};

class DatasetScanWorker : public QObject
{
    Q_OBJECT

public:
    explicit DatasetScanWorker(QObject* parent = nullptr);
    ~DatasetScanWorker() override;

    // Starts scanning `root`; returns the generation id of this scan.
    quint64 start(const QString& root);
    // Stops the current scan; it reports nothing.
    void cancel();
    bool isRunning() const { return m_running != 0; }
    quint64 generation() const { return m_jobs.generation(); }

Q_SIGNALS:
    void started(const QString& root);
    void progressChanged(int done, int total);
    void finished(const kps::DatasetIndex& index);
    void failed(const QString& root, const QString& message);

private:
    LatestJob m_jobs{this};
    std::shared_ptr<StopToken> m_stop; // the current scan's
    quint64 m_running = 0;             // generation of the scan still to report, 0 when none
    QThreadPool m_pool;
};

} // namespace kps

Q_DECLARE_METATYPE(kps::DatasetIndex)
