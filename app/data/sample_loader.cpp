#include "sample_loader.h"

#include "annotation.h"
#include "letterbox_crop.h"
#include "preprocess_config.h"

#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace kps {

SampleLoader::SampleLoader(QObject* parent)
    : QObject(parent), m_watcher(new QFutureWatcher<LoadedSample>(this))
{
    qRegisterMetaType<LoadedSample>();
    connect(m_watcher, &QFutureWatcherBase::finished, this, &SampleLoader::onFinished);
}

SampleLoader::~SampleLoader()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

quint64 SampleLoader::request(const SampleRequest& request)
{
    const quint64 id = ++m_nextId;
    m_wantedId = id;
    m_pending = std::make_pair(id, request);
    if (m_runningId == 0)
        startNext();
    return id;
}

void SampleLoader::cancel()
{
    m_pending.reset();
    m_wantedId = 0;
}

bool SampleLoader::isBusy() const
{
    return m_runningId != 0 || m_pending.has_value();
}

void SampleLoader::startNext()
{
    if (!m_pending)
        return;
    auto [id, request] = *m_pending;
    m_pending.reset();
    m_runningId = id;
    m_watcher->setFuture(QtConcurrent::run([id = id, request = request]() {
        LoadedSample sample = load(request);
        sample.requestId = id;
        return sample;
    }));
}

void SampleLoader::onFinished()
{
    LoadedSample sample = m_watcher->future().result();
    m_runningId = 0;
    if (m_pending)
        startNext(); // a newer request arrived meanwhile: this result is already stale
    else if (sample.requestId == m_wantedId)
        Q_EMIT loaded(sample);
}

LoadedSample SampleLoader::load(const SampleRequest& request)
{
    LoadedSample sample;
    sample.row = request.row;
    sample.imagePath = request.imagePath;

    if (!request.imagePath.isEmpty()) {
        QImageReader reader(request.imagePath);
        reader.setAutoTransform(false); // keypoints refer to the stored pixel grid
        QImage image = reader.read();
        if (image.isNull()) {
            sample.imageError =
                QStringLiteral("%1: %2").arg(request.imagePath, reader.errorString());
        } else {
            // The format QPixmap uses on every platform, so the UI thread only wraps it.
            sample.image =
                image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                              : QImage::Format_RGB32);
            try {
                const LetterboxCrop crop(PreprocessConfig{}, image.width(), image.height());
                const cv::Rect2d box = crop.cropRectInImage();
                sample.cropBox = QRectF(box.x, box.y, box.width, box.height);
            } catch (const std::exception&) {
                // No crop box for a degenerate size; the image still shows.
            }
        }
    }

    if (!request.annotationPath.isEmpty()) {
        try {
            auto annotation = std::make_shared<Annotation>(
                Annotation::load(request.annotationPath.toStdString()));
            for (const VertexRecord& vertex : annotation->visibleVertices()) {
                if (!vertex.pixel)
                    continue;
                sample.keypoints.append(
                    {vertex.index, QPointF(vertex.pixel->x, vertex.pixel->y), true});
                ++sample.visibleCount;
            }
            for (const VertexRecord& vertex : annotation->nonVisibleVertices()) {
                if (vertex.pixel)
                    sample.keypoints.append(
                        {vertex.index, QPointF(vertex.pixel->x, vertex.pixel->y), false});
            }
            sample.annotation = std::move(annotation);
        } catch (const std::exception& error) {
            sample.annotationError = QString::fromStdString(error.what());
        }
    }
    return sample;
}

} // namespace kps
