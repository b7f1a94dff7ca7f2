#pragma once
// SyntheticDatasetJob runs kps::generateDataset for File > New synthetic dataset off the UI
// thread (QtConcurrent), relays its progress through queued signals and stops on cancel() at the
// next image. A cancelled or failed run removes the output folder when the job created it, so
// the user is never left with a half dataset that looks complete.

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

namespace kps {

class StopToken;

struct SyntheticDatasetSettings
{
    QString outputDir;
    int count = 100;
    quint64 seed = 0;
    QString meshFile; // mesh_information.json or .obj; empty: the built-in spacecraft
    int width = 1920;
    int height = 1080;
    QString visibility = QStringLiteral("occlusion"); // "occlusion" or "4sp"
    QString materials = QStringLiteral("fixed");      // "fixed" or "random"
};

class SyntheticDatasetJob : public QObject
{
    Q_OBJECT

public:
    explicit SyntheticDatasetJob(QObject* parent = nullptr);
    ~SyntheticDatasetJob() override; // stops and waits

    // Ignored while a run is in progress.
    void start(const SyntheticDatasetSettings& settings);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progressChanged(int done, int total);
    // ok: `dir` holds `imagesWritten` images; otherwise `error` says why (empty when cancelled).
    void finished(bool ok, const QString& dir, int imagesWritten, const QString& error);
    void jobProgress(int done, int total, QPrivateSignal);

private:
    struct Outcome
    {
        QString error;
        int imagesWritten = 0;
    };
    void onFinished();

    QString m_dir;
    std::shared_ptr<StopToken> m_stop;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
};

} // namespace kps
