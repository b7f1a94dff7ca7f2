#include "inspection_images.h"

#include "letterbox_crop.h"

#include <QFutureWatcher>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace kps {

namespace {

QString pathOf(const InspectedImage& image)
{
    return QString::fromStdString(image.imagePath.string());
}

} // namespace

InspectionImages::InspectionImages(QObject* parent) : QObject(parent), m_cache(24) {}

void InspectionImages::clear()
{
    m_cache.clear();
}

QImage InspectionImages::original(const InspectedImage& image)
{
    const QString path = pathOf(image);
    if (const QImage* cached = m_cache.object(path))
        return *cached;
    QImage loaded(path);
    if (loaded.isNull()) {
        loaded = QImage(std::max(1, image.width), std::max(1, image.height), QImage::Format_RGB32);
        loaded.fill(Qt::darkGray);
    }
    m_cache.insert(path, new QImage(loaded));
    return loaded;
}

void InspectionImages::prefetch(const InspectedImage& image)
{
    const QString path = pathOf(image);
    if (m_cache.contains(path) || m_prefetching.contains(path))
        return;
    m_prefetching.insert(path, true);
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, path] {
        const QImage decoded = watcher->result();
        m_prefetching.remove(path);
        if (!decoded.isNull() && !m_cache.contains(path))
            m_cache.insert(path, new QImage(decoded));
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path] { return QImage(path); }));
}

QImage InspectionImages::crop(const InspectionData& data, const InspectedImage& image,
                              const QImage& original)
{
    const int size = data.modelConfig.preprocess.imageSize;
    QImage crop(size, size, QImage::Format_RGB32);
    crop.fill(Qt::black);
    if (original.isNull() || image.width <= 0 || image.height <= 0)
        return crop;
    // Original pixel-edge coordinates -> crop pixel-edge coordinates (an affine map).
    const LetterboxCrop geometry(data.modelConfig.preprocess, image.width, image.height);
    const PreprocessConfig& p = data.modelConfig.preprocess;
    auto map = [&](double ex, double ey) {
        const Point2 c = geometry.imageToCrop({ex - 0.5, ey - 0.5});
        return QPointF((c.x + 0.5) * size / p.cropWidth, (c.y + 0.5) * size / p.cropHeight);
    };
    const QPointF o = map(0, 0), ax = map(1, 0) - o, ay = map(0, 1) - o;
    QPainter painter(&crop);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(QTransform(ax.x(), ax.y(), ay.x(), ay.y(), o.x(), o.y()));
    painter.drawImage(QPointF(0, 0), original);
    return crop;
}

} // namespace kps
