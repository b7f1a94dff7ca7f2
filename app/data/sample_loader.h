#pragma once
// SampleLoader decodes a sample's image and reads its annotation JSON off the UI thread and hands
// back plain values for KeypointImageView. Only the latest request matters (LatestJob): loads run
// one at a time on a private pool, a superseded request is skipped before it starts and its result
// dropped if it already ran, so paging quickly through a dataset never queues up decodes.
//
// Threads: every method and signal on the owner's (UI) thread except load(), which is a pure
// function (any thread). The destructor waits for a running load.

#include "keypoint_image_view.h"
#include "latest_job.h"

#include <QImage>
#include <QObject>
#include <QRectF>
#include <QString>
#include <QThreadPool>
#include <QVector>

#include <memory>

namespace kps {

class Annotation;

struct SampleRequest
{
    int row = -1;           // caller's identifier (row in SampleTableModel)
    QString imagePath;      // may be empty (annotation without image)
    QString annotationPath; // may be empty (unlabelled image)
};

struct LoadedSample
{
    quint64 requestId = 0;
    int row = -1;
    QString imagePath;
    QImage image;                      // null when missing or unreadable
    QVector<KeypointMarker> keypoints; // visible ones and non-visible ones that have a pixel
    int visibleCount = 0;
    QRectF cropBox; // the model's default crop, in pixel-edge coordinates
    std::shared_ptr<const Annotation> annotation; // null when unlabelled or unreadable
    QString imageError;
    QString annotationError;
};

class SampleLoader : public QObject
{
    Q_OBJECT

public:
    explicit SampleLoader(QObject* parent = nullptr);
    ~SampleLoader() override; // waits for a running load

    // Returns the id the matching `loaded` signal will carry.
    quint64 request(const SampleRequest& request);
    // Drops the running and pending loads (e.g. the dataset closed).
    void cancel();
    bool isBusy() const;

    // The work itself, synchronous; public for tests and other workers.
    static LoadedSample load(const SampleRequest& request);

Q_SIGNALS:
    void loaded(const kps::LoadedSample& sample);

private:
    LatestJob m_jobs{this};
    quint64 m_wantedId = 0; // the request whose result is still to come, 0 when none
    QThreadPool m_pool;     // one thread: loads never run side by side
};

} // namespace kps

Q_DECLARE_METATYPE(kps::LoadedSample)
