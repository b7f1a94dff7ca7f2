#pragma once
// ThumbnailCache makes small previews of dataset images for the Images panel. Views ask for a
// row's thumbnail as they paint it; a miss queues a decode on a small private thread pool (the UI
// thread never decodes) and thumbnailReady(row) follows, so only the rows on screen are ever
// decoded, and 100 000 images cost nothing until they scroll by. Requests are served newest first
// and the queue is bounded, so fast scrolling does not build up a backlog of rows long gone.
// clear() starts a new LatestJob: decodes asked for before it hand back nothing.
//
// Threads: every method and signal on the owner's (UI) thread except decode() (any thread);
// decodes run on a private pool of two threads. The destructor waits for running decodes.

#include "latest_job.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>
#include <QThreadPool>

#include <deque>

namespace kps {

class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    explicit ThumbnailCache(QObject* parent = nullptr);
    ~ThumbnailCache() override; // waits for running decodes

    // Bounding box of a thumbnail (aspect ratio kept).
    static QSize thumbnailSize() { return {64, 36}; }

    // The cached thumbnail of `path`, or a null image after queueing its decode for `row`.
    QImage thumbnail(int row, const QString& path);
    // Forgets cached images and drops queued and running requests (the dataset changed).
    void clear();
    int cachedCount() const { return m_cache.count(); }

    // The decode itself (any thread): reads at reduced size where the format allows it.
    static QImage decode(const QString& path, const QSize& box);

Q_SIGNALS:
    void thumbnailReady(int row);

private:
    void startNext();

    QCache<QString, QImage> m_cache;
    std::deque<std::pair<int, QString>> m_queue; // newest at the back
    QHash<QString, int> m_queued;                // path -> row, queued or running
    QThreadPool m_pool;
    int m_running = 0; // decodes of the current job running
    LatestJob m_jobs{this};
    LatestJob::Ticket m_job; // the current dataset's: clear() starts another
};

} // namespace kps
