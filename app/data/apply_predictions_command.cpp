#include "apply_predictions_command.h"

#include "annotation_document.h"

#include <algorithm>

namespace kps {

ApplyPredictionsCommand::ApplyPredictionsCommand(AnnotationDocument* document,
                                                 const QVector<QPointF>& pixels,
                                                 const QVector<bool>& visible)
    : AnnotationCommand(document, tr("Apply model predictions"))
{
    Annotation after = before();
    const int count = std::min(pixels.size(), visible.size());
    for (int index = 0; index < count; ++index) {
        if (visible[index]) {
            after.setVisiblePixel(index, Point2{pixels[index].x(), pixels[index].y()});
            continue;
        }
        const auto& hidden = after.nonVisibleVertices();
        const bool alreadyHidden =
            std::any_of(hidden.begin(), hidden.end(),
                        [index](const VertexRecord& r) { return r.index == index; });
        if (!alreadyHidden)
            after.setNonVisible(index);
    }
    setAfter(std::move(after));
}

} // namespace kps
