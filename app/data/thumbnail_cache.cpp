#include "thumbnail_cache.h"

#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace kps {

namespace {

constexpr int kCacheCost = 4000;  // thumbnails kept (about 9 KB each)
constexpr int kMaxQueued = 200;   // older requests are dropped: their rows scrolled away
constexpr int kDecodeThreads = 2; // leave cores to the sample loader and training

} // namespace

ThumbnailCache::ThumbnailCache(QObject* parent) : QObject(parent), m_cache(kCacheCost)
{
    m_pool.setMaxThreadCount(kDecodeThreads);
}

ThumbnailCache::~ThumbnailCache()
{
    m_queue.clear();
    m_pool.waitForDone();
}

QImage ThumbnailCache::decode(const QString& path, const QSize& box)
{
    QImageReader reader(path);
    reader.setAutoTransform(false);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > box.width() || image.height() > box.height())
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image.convertToFormat(QImage::Format_RGB32);
}

QImage ThumbnailCache::thumbnail(int row, const QString& path)
{
    if (path.isEmpty())
        return {};
    if (const QImage* cached = m_cache.object(path))
        return *cached;
    if (!m_queued.contains(path)) {
        m_queued.insert(path, row);
        m_queue.emplace_back(row, path);
        while (static_cast<int>(m_queue.size()) > kMaxQueued) {
            m_queued.remove(m_queue.front().second);
            m_queue.pop_front();
        }
        startNext();
    }
    return {};
}

void ThumbnailCache::clear()
{
    ++m_generation;
    m_cache.clear();
    m_queue.clear();
    m_queued.clear();
}

void ThumbnailCache::startNext()
{
    while (m_running < kDecodeThreads && !m_queue.empty()) {
        const auto [row, path] = m_queue.back(); // newest first: the rows on screen now
        m_queue.pop_back();
        ++m_running;
        const quint64 generation = m_generation;
        QtConcurrent::run(&m_pool, [path = path, box = thumbnailSize()] {
            return decode(path, box);
        }).then(this, [this, row = row, path = path, generation](const QImage& image) {
            --m_running;
            if (generation == m_generation) {
                m_queued.remove(path);
                // An unreadable image caches as a null image: asked again, it is not retried.
                m_cache.insert(path, new QImage(image), 1);
                Q_EMIT thumbnailReady(row);
            }
            startNext();
        });
    }
}

} // namespace kps
