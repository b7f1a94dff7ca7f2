#include "demo_dataset_job.h"

#include "dataset_layout.h"
#include "progress_relay.h"
#include "synthetic_generator.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace kps {

DemoDatasetJob::DemoDatasetJob(QObject* parent)
    : QObject(parent), m_watcher(new QFutureWatcher<QString>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, &DemoDatasetJob::onFinished);
    connect(this, &DemoDatasetJob::jobProgress, this, &DemoDatasetJob::progressChanged,
            Qt::QueuedConnection);
}

DemoDatasetJob::~DemoDatasetJob()
{
    if (m_stop)
        m_stop->requestStop();
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

QString DemoDatasetJob::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/demo");
}

bool DemoDatasetJob::isComplete(const QString& dir)
{
    const std::filesystem::path root = dir.toStdString();
    return QFileInfo::exists(QString::fromStdString(layout::meshFile(root).string())) &&
           !QDir(QString::fromStdString(layout::imagesDir(root).string())).isEmpty(QDir::Files);
}

bool DemoDatasetJob::isRunning() const
{
    return m_watcher->isRunning();
}

void DemoDatasetJob::start(const QString& dir, const DemoDatasetSettings& settings)
{
    if (isRunning())
        return;
    m_dir = dir;
    m_stop = std::make_shared<StopToken>();
    const std::shared_ptr<StopToken> stop = m_stop;
    m_watcher->setFuture(QtConcurrent::run([this, dir, settings, stop]() -> QString {
        const QString partial = dir + QStringLiteral(".partial");
        QDir(partial).removeRecursively(); // leftovers of an interrupted run
        ProgressRelay relay(std::chrono::milliseconds(0), [this](int done, int total, double) {
            Q_EMIT jobProgress(done, total, QPrivateSignal());
        });
        try {
            GeneratorOptions options;
            options.outputDir = partial.toStdString();
            options.count = settings.count;
            options.width = settings.width;
            options.height = settings.height;
            options.seed = settings.seed;
            const GeneratorResult result = generateDataset(options, &relay, stop.get());
            if (result.stopped || stop->stopRequested()) {
                QDir(partial).removeRecursively();
                return {};
            }
        } catch (const std::exception& error) {
            QDir(partial).removeRecursively();
            return QString::fromStdString(error.what());
        }
        QDir(dir).removeRecursively();
        if (!QDir().rename(partial, dir))
            return DemoDatasetJob::tr("Could not move %1 to %2").arg(partial, dir);
        return {};
    }));
}

void DemoDatasetJob::cancel()
{
    if (m_stop)
        m_stop->requestStop();
}

void DemoDatasetJob::onFinished()
{
    const QString error = m_watcher->future().result();
    const bool cancelled = m_stop && m_stop->stopRequested();
    Q_EMIT finished(error.isEmpty() && !cancelled, m_dir, error);
}

} // namespace kps
