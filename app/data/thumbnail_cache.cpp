#include "thumbnail_cache.h"

#include <QImageReader>

namespace kps {

namespace {

constexpr int kCacheCost = 4000;  // thumbnails kept (about 9 KB each)
constexpr int kMaxQueued = 200;   // older requests are dropped: their rows scrolled away
constexpr int kDecodeThreads = 2; // leave cores to the sample loader and training

} // namespace

ThumbnailCache::ThumbnailCache(QObject* parent) : QObject(parent), m_cache(kCacheCost)
{
    m_pool.setMaxThreadCount(kDecodeThreads);
    m_job = m_jobs.start();
}

ThumbnailCache::~ThumbnailCache()
{
    m_queue.clear();
    m_jobs.invalidate();
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
    m_job = m_jobs.start(); // running decodes are stale: they hand back nothing
    m_running = 0;
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
        m_pool.start([this, job = m_job, row = row, path = path, box = thumbnailSize()] {
            if (!job.isCurrent())
                return; // the dataset changed before it began
            const QImage image = decode(path, box);
            // `this` is used only in the hand-back: on the UI thread, while the cache lives.
            job.deliver([this, row, path, image] {
                --m_running;
                m_queued.remove(path);
                // An unreadable image caches as a null image: asked again, it is not retried.
                m_cache.insert(path, new QImage(image), 1);
                Q_EMIT thumbnailReady(row);
                startNext();
            });
        });
    }
}

} // namespace kps
