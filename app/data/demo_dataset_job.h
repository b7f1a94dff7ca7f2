#pragma once
// DemoDatasetJob builds the built-in demo dataset (synthetic spacecraft renders) off the UI
// thread: it generates into "<dir>.partial" and renames that to <dir> only when complete, so a
// cancelled or failed run never leaves a half dataset where the app looks for the demo.

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

namespace kps {

class StopToken;

struct DemoDatasetSettings
{
    int count = 60;
    int width = 1920;
    int height = 1080;
    quint64 seed = 1;
};

class DemoDatasetJob : public QObject
{
    Q_OBJECT

public:
    explicit DemoDatasetJob(QObject* parent = nullptr);
    ~DemoDatasetJob() override; // stops and waits

    // <AppLocalDataLocation>/demo
    static QString defaultLocation();
    // True when `dir` holds a finished dataset (images and mesh present).
    static bool isComplete(const QString& dir);

    void start(const QString& dir, const DemoDatasetSettings& settings = {});
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progressChanged(int done, int total);
    // ok: the dataset is at `dir`; otherwise `error` says why (empty when cancelled).
    void finished(bool ok, const QString& dir, const QString& error);
    void jobProgress(int done, int total, QPrivateSignal);

private:
    void onFinished();

    QString m_dir;
    std::shared_ptr<StopToken> m_stop;
    QFutureWatcher<QString>* m_watcher = nullptr; // result: error text, empty on success
};

} // namespace kps
