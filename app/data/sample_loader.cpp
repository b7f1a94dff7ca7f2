#include "sample_loader.h"

#include "annotation.h"
#include "letterbox_crop.h"
#include "preprocess_config.h"

#include <QImageReader>

namespace kps {

SampleLoader::SampleLoader(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<LoadedSample>();
    m_pool.setMaxThreadCount(1);
}

SampleLoader::~SampleLoader()
{
    m_jobs.invalidate(); // queued loads are skipped
    m_pool.waitForDone();
}

quint64 SampleLoader::request(const SampleRequest& request)
{
    const LatestJob::Ticket ticket = m_jobs.run(
        &m_pool,
        [request](const LatestJob::Ticket& job) {
            LoadedSample sample = load(request);
            sample.requestId = job.generation();
            return sample;
        },
        [this](LoadedSample sample) {
            m_wantedId = 0;
            Q_EMIT loaded(sample);
        });
    m_wantedId = ticket.generation();
    return m_wantedId;
}

void SampleLoader::cancel()
{
    m_jobs.invalidate();
    m_wantedId = 0;
}

bool SampleLoader::isBusy() const
{
    return m_wantedId != 0 || m_pool.activeThreadCount() > 0;
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
