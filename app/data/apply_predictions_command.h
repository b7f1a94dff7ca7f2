#pragma once
// "Correct this" (model-assisted labelling): puts a model's predictions into an annotation in one
// undoable step. Every keypoint predicted visible gets its predicted pixel and moves to
// visible_vertices; every keypoint predicted not visible moves to non_visible_vertices (a vertex
// already hidden keeps its record and status). Unknown keys survive as with any edit.

#include "annotation_commands.h"

#include <QCoreApplication>
#include <QPointF>
#include <QVector>

namespace kps {

class ApplyPredictionsCommand : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(kps::ApplyPredictionsCommand)
public:
    // pixels / visible: one entry per keypoint index (original-image pixels); sizes must match.
    ApplyPredictionsCommand(AnnotationDocument* document, const QVector<QPointF>& pixels,
                            const QVector<bool>& visible);
};

} // namespace kps
