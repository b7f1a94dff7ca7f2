#pragma once
// SampleLoader decodes a sample's image and reads its annotation JSON off the UI thread
// (QtConcurrent) and hands back plain values for KeypointImageView. Only the latest request
// matters: while one load runs, newer requests replace each other and superseded results are
// dropped, so paging quickly through a dataset never queues up decodes.

#include "keypoint_image_view.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QRectF>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

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
    void startNext();
    void onFinished();

    QFutureWatcher<LoadedSample>* m_watcher = nullptr;
    quint64 m_nextId = 0;
    quint64 m_runningId = 0; // 0 when idle
    std::optional<std::pair<quint64, SampleRequest>> m_pending;
    quint64 m_wantedId = 0; // the only id whose result is delivered
};

} // namespace kps

Q_DECLARE_METATYPE(kps::LoadedSample)
