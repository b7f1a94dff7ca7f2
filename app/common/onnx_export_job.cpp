#include "onnx_export_job.h"

#include "onnx_verification.h"
#include "progress.h"
#include "torch_threads.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace kps {

namespace {

// Turns the core's stage reports into the job's 3-step progress (called on the worker thread).
class ExportProgress : public ProgressObserver
{
public:
    explicit ExportProgress(std::function<void(int, const QString&)> deliver)
        : m_deliver(std::move(deliver))
    {
    }
    void progress(const std::string& stage, std::size_t done, std::size_t) override
    {
        if (stage == "loading")
            m_deliver(1, OnnxExportJob::tr("Writing the ONNX graph…"));
        else if (stage == "exporting" && done > 0)
            m_deliver(2, OnnxExportJob::tr("Verifying with OpenCV DNN against LibTorch…"));
        else if (stage == "verifying" && done > 0)
            m_deliver(3, OnnxExportJob::tr("Done"));
    }

private:
    std::function<void(int, const QString&)> m_deliver;
};

} // namespace

OnnxExportJob::OnnxExportJob(QObject* parent)
    : QObject(parent), m_watcher(new QFutureWatcher<OnnxExportOutcome>(this))
{
    qRegisterMetaType<kps::OnnxExportOutcome>();
    connect(m_watcher, &QFutureWatcherBase::finished, this,
            [this] { Q_EMIT finished(m_watcher->result()); });
    connect(this, &OnnxExportJob::jobProgress, this, &OnnxExportJob::progressChanged,
            Qt::QueuedConnection);
}

OnnxExportJob::~OnnxExportJob()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

bool OnnxExportJob::isRunning() const
{
    return m_watcher->isRunning();
}

void OnnxExportJob::start(const OnnxExportSettings& settings)
{
    if (isRunning())
        return;
    Q_EMIT progressChanged(0, 3, tr("Loading the weights…"));
    m_watcher->setFuture(QtConcurrent::run([this, settings]() -> OnnxExportOutcome {
        // Torch's thread count is per thread; half the cores leave room for a running training.
        setTorchThreads(std::max(1, QThread::idealThreadCount() / 2));
        ExportProgress progress([this](int step, const QString& stage) {
            Q_EMIT jobProgress(step, 3, stage, QPrivateSignal());
        });
        OnnxExportOutcome outcome;
        try {
            OnnxExportRequest request;
            request.weights = settings.weights.toStdString();
            request.output = settings.output.toStdString();
            request.dataset = settings.dataset.toStdString();
            request.options.opset = settings.opset;
            request.options.batch = settings.batch;
            request.options.heatmaps = settings.heatmaps;
            request.options.coordinates = settings.coordinates;
            request.options.includeNormalisation = settings.includeNormalisation;
            const OnnxExportReport report = exportOnnxModel(request, &progress);
            outcome.verified = report.verified;
            outcome.file = QString::fromStdString(report.file.string());
            outcome.summary = QString::fromStdString(report.verification.summary()).trimmed();
            outcome.maxHeatmapDelta = report.verification.maxHeatmapDelta();
            outcome.maxCoordinateDeltaPx = report.verification.maxCoordinateDeltaPx();
        } catch (const std::exception& error) {
            outcome.error = QString::fromUtf8(error.what());
        }
        return outcome;
    }));
}

} // namespace kps
