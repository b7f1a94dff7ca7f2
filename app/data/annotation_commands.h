#pragma once
// The undoable edits of an AnnotationDocument. Each command keeps the annotation before and after
// its edit (an annotation is a few dozen vertices, so a snapshot is cheap and makes undo exact:
// vertex order, unknown per-vertex keys and statuses come back as they were).

#include "annotation.h"

#include <QCoreApplication>
#include <QPointF>
#include <QUndoCommand>

namespace kps {

class AnnotationDocument;

class AnnotationCommand : public QUndoCommand
{
public:
    void undo() override;
    void redo() override;
    // False when the edit changed nothing (the caller then does not push it).
    bool changesSomething() const { return m_changes; }

protected:
    AnnotationCommand(AnnotationDocument* document, const QString& text);
    // Subclasses call this once from their constructor with the edited annotation.
    void setAfter(Annotation after);
    Annotation before() const { return m_before; }

private:
    AnnotationDocument* m_document;
    Annotation m_before;
    Annotation m_after;
    bool m_changes = false;
};

// Drag or typed coordinates: the keypoint becomes visible at `pixel`.
class MoveKeypointCommand : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(kps::MoveKeypointCommand)
public:
    MoveKeypointCommand(AnnotationDocument* document, int index, const QPointF& pixel);
};

// Visible <-> non-visible; the pixel position is kept either way.
class SetKeypointVisibilityCommand : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(kps::SetKeypointVisibilityCommand)
public:
    SetKeypointVisibilityCommand(AnnotationDocument* document, int index, bool visible);
};

// A keypoint missing from the annotation (or without a pixel) is put at `pixel`, visible.
class PlaceKeypointCommand : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(kps::PlaceKeypointCommand)
public:
    PlaceKeypointCommand(AnnotationDocument* document, int index, const QPointF& pixel);
};

// Removes the keypoint from both vertex lists.
class DeleteKeypointCommand : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(kps::DeleteKeypointCommand)
public:
    DeleteKeypointCommand(AnnotationDocument* document, int index);
};

} // namespace kps
