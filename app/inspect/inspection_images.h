#pragma once
// InspectionImages: the original pictures of an inspection's images, decoded once and kept in a
// small cache, with the neighbours of the shown image decoded ahead off the UI thread; and the
// model's crop of a picture (letterbox + crop + resize, as the model saw it).
//
// Threads: UI thread; prefetches decode on the global thread pool and land on the UI thread.

#include "inspection_cache.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QString>

namespace kps {

class InspectionImages : public QObject
{
    Q_OBJECT

public:
    explicit InspectionImages(QObject* parent = nullptr);

    // A missing file (moved dataset) gives a grey canvas of the image's size, which keeps the
    // overlays in place.
    QImage original(const InspectedImage& image);
    void prefetch(const InspectedImage& image);
    void clear();
    // The model's IMG x IMG input crop of `original`.
    static QImage crop(const InspectionData& data, const InspectedImage& image,
                       const QImage& original);

private:
    QCache<QString, QImage> m_cache;
    QHash<QString, bool> m_prefetching;
};

} // namespace kps
