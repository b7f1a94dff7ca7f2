#pragma once
// DatasetScanWorker runs kps::scanDataset off the UI thread (QtConcurrent) and hands the
// DatasetIndex back as a value. Starting a new scan stops the previous one; results and progress
// of a superseded scan (older generation) are dropped, so the UI only ever sees the latest.

#include "dataset_scan.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace kps {

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
    // Stops running scans and waits for them: their threads use this object.
    ~DatasetScanWorker() override;

    // Starts scanning `root`; returns the generation id of this scan.
    quint64 start(const QString& root);
    // Stops the current scan; it reports nothing.
    void cancel();
    bool isRunning() const;
    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void started(const QString& root);
    void progressChanged(int done, int total);
    void finished(const kps::DatasetIndex& index);
    void failed(const QString& root, const QString& message);
    // Internal: progress from a worker thread, delivered queued and filtered by generation.
    void jobProgress(quint64 generation, int done, int total, QPrivateSignal);

private:
    struct Job;
    void onJobFinished(Job* job);
    void onJobProgress(quint64 generation, int done, int total);

    quint64 m_generation = 0;
    std::vector<std::unique_ptr<Job>> m_jobs; // running jobs, the current one last
};

} // namespace kps

Q_DECLARE_METATYPE(kps::DatasetIndex)
