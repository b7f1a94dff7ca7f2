#include "synthetic_dataset_job.h"

#include "mesh_information.h"
#include "progress_relay.h"
#include "synthetic_generator.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace kps {

SyntheticDatasetJob::SyntheticDatasetJob(QObject* parent)
    : QObject(parent), m_watcher(new QFutureWatcher<Outcome>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, &SyntheticDatasetJob::onFinished);
    connect(this, &SyntheticDatasetJob::jobProgress, this, &SyntheticDatasetJob::progressChanged,
            Qt::QueuedConnection);
}

SyntheticDatasetJob::~SyntheticDatasetJob()
{
    if (m_stop)
        m_stop->requestStop();
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

bool SyntheticDatasetJob::isRunning() const
{
    return m_watcher->isRunning();
}

void SyntheticDatasetJob::start(const SyntheticDatasetSettings& settings)
{
    if (isRunning())
        return;
    m_dir = QDir::cleanPath(QFileInfo(settings.outputDir).absoluteFilePath());
    m_stop = std::make_shared<StopToken>();
    const std::shared_ptr<StopToken> stop = m_stop;
    const QString dir = m_dir;
    m_watcher->setFuture(QtConcurrent::run([this, dir, settings, stop]() -> Outcome {
        const bool created = !QFileInfo::exists(dir);
        const auto discard = [&] {
            if (created)
                QDir(dir).removeRecursively();
        };
        ProgressRelay relay(std::chrono::milliseconds(0), [this](int done, int total, double) {
            Q_EMIT jobProgress(done, total, QPrivateSignal());
        });
        Outcome outcome;
        try {
            GeneratorOptions options;
            options.outputDir = dir.toStdString();
            options.count = settings.count;
            options.seed = settings.seed;
            options.width = settings.width;
            options.height = settings.height;
            const auto rule = parseVisibilityRule(settings.visibility.toStdString());
            if (!rule)
                return {tr("Unknown visibility rule \"%1\"").arg(settings.visibility), 0};
            options.visibility = *rule;
            const auto materials = parseMaterialMode(settings.materials.toStdString());
            if (!materials)
                return {tr("Unknown material mode \"%1\"").arg(settings.materials), 0};
            options.materials = *materials;
            if (!settings.meshFile.isEmpty())
                options.mesh = loadMeshFile(settings.meshFile.toStdString());
            const GeneratorResult result = generateDataset(options, &relay, stop.get());
            outcome.imagesWritten = static_cast<int>(result.imagesWritten);
            if (result.stopped || stop->stopRequested())
                discard();
        } catch (const std::exception& error) {
            discard();
            outcome.error = QString::fromStdString(error.what());
        }
        return outcome;
    }));
}

void SyntheticDatasetJob::cancel()
{
    if (m_stop)
        m_stop->requestStop();
}

void SyntheticDatasetJob::onFinished()
{
    const Outcome outcome = m_watcher->future().result();
    const bool cancelled = m_stop && m_stop->stopRequested();
    Q_EMIT finished(outcome.error.isEmpty() && !cancelled, m_dir, outcome.imagesWritten,
                    outcome.error);
}

} // namespace kps
