#include "annotation_commands.h"

#include "annotation_document.h"

#include <algorithm>

namespace kps {

AnnotationCommand::AnnotationCommand(AnnotationDocument* document, const QString& text)
    : QUndoCommand(text), m_document(document), m_before(document->annotation()),
      m_after(document->annotation())
{
}

void AnnotationCommand::setAfter(Annotation after)
{
    m_changes = after.toJson() != m_before.toJson();
    m_after = std::move(after);
}

void AnnotationCommand::undo()
{
    m_document->setAnnotation(m_before);
}

void AnnotationCommand::redo()
{
    m_document->setAnnotation(m_after);
}

MoveKeypointCommand::MoveKeypointCommand(AnnotationDocument* document, int index,
                                         const QPointF& pixel)
    : AnnotationCommand(document, tr("Move keypoint %1 to (%2, %3)")
                                      .arg(index)
                                      .arg(pixel.x(), 0, 'f', 2)
                                      .arg(pixel.y(), 0, 'f', 2))
{
    Annotation after = before();
    // A hidden keypoint keeps its list (and status): moving it changes its position only.
    auto& hidden = after.nonVisibleVertices();
    const auto it = std::find_if(hidden.begin(), hidden.end(),
                                 [index](const VertexRecord& r) { return r.index == index; });
    if (it != hidden.end() && it->pixel && !document->keypoint(index).visible)
        it->pixel = Point2{pixel.x(), pixel.y()};
    else
        after.setVisiblePixel(index, Point2{pixel.x(), pixel.y()});
    setAfter(std::move(after));
}

SetKeypointVisibilityCommand::SetKeypointVisibilityCommand(AnnotationDocument* document, int index,
                                                           bool visible)
    : AnnotationCommand(document, visible ? tr("Mark keypoint %1 visible").arg(index)
                                          : tr("Mark keypoint %1 not visible").arg(index))
{
    Annotation after = before();
    const KeypointState state = document->keypoint(index);
    if (visible && state.pixel)
        after.setVisiblePixel(index, Point2{state.pixel->x(), state.pixel->y()});
    else if (!visible && state.listed)
        after.setNonVisible(index);
    setAfter(std::move(after));
}

PlaceKeypointCommand::PlaceKeypointCommand(AnnotationDocument* document, int index,
                                           const QPointF& pixel)
    : AnnotationCommand(document, tr("Place keypoint %1 at (%2, %3)")
                                      .arg(index)
                                      .arg(pixel.x(), 0, 'f', 2)
                                      .arg(pixel.y(), 0, 'f', 2))
{
    Annotation after = before();
    after.setVisiblePixel(index, Point2{pixel.x(), pixel.y()});
    setAfter(std::move(after));
}

DeleteKeypointCommand::DeleteKeypointCommand(AnnotationDocument* document, int index)
    : AnnotationCommand(document, tr("Delete keypoint %1").arg(index))
{
    Annotation after = before();
    after.removeVertex(index);
    setAfter(std::move(after));
}

} // namespace kps
