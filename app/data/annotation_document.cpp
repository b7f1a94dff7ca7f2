#include "annotation_document.h"

#include "annotation_commands.h"

#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace kps {

namespace {

Annotation emptyAnnotation()
{
    // The 4SP lists exist even when empty, so readers of the new file find both keys.
    nlohmann::ordered_json document = nlohmann::ordered_json::object();
    document["visible_vertices"] = nlohmann::ordered_json::array();
    document["non_visible_vertices"] = nlohmann::ordered_json::array();
    return Annotation::fromJson(std::move(document));
}

const VertexRecord* findRecord(const std::vector<VertexRecord>& records, int index)
{
    const auto it = std::find_if(records.begin(), records.end(),
                                 [index](const VertexRecord& r) { return r.index == index; });
    return it == records.end() ? nullptr : &*it;
}

template <typename Command, typename... Args>
bool push(AnnotationDocument* document, Args&&... args)
{
    auto command = std::make_unique<Command>(document, std::forward<Args>(args)...);
    if (!command->changesSomething())
        return false;
    document->undoStack()->push(command.release());
    return true;
}

} // namespace

AnnotationDocument::AnnotationDocument(const QString& stem, const std::filesystem::path& file,
                                       const Annotation* annotation, int keypointCount,
                                       QObject* parent)
    : QObject(parent), m_stem(stem), m_file(file),
      m_annotation(annotation ? *annotation : emptyAnnotation()),
      m_existsOnDisk(annotation != nullptr), m_undoStack(new QUndoStack(this))
{
    int largest = -1;
    for (const auto* list : {&m_annotation.visibleVertices(), &m_annotation.nonVisibleVertices()})
        for (const VertexRecord& record : *list)
            largest = std::max(largest, record.index);
    m_keypointCount = std::max(keypointCount, largest + 1);
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

AnnotationDocument::~AnnotationDocument() = default;

bool AnnotationDocument::isModified() const
{
    return !m_undoStack->isClean();
}

KeypointState AnnotationDocument::keypoint(int index) const
{
    KeypointState state;
    state.index = index;
    const VertexRecord* record = findRecord(m_annotation.visibleVertices(), index);
    state.visible = record != nullptr;
    if (!record)
        record = findRecord(m_annotation.nonVisibleVertices(), index);
    if (!record)
        return state;
    state.listed = true;
    if (record->pixel)
        state.pixel = QPointF(record->pixel->x, record->pixel->y);
    state.status = QString::fromStdString(record->status);
    return state;
}

int AnnotationDocument::visibleCount() const
{
    return static_cast<int>(m_annotation.visibleVertices().size());
}

QVector<KeypointMarker> AnnotationDocument::markers() const
{
    QVector<KeypointMarker> markers;
    for (const VertexRecord& vertex : m_annotation.visibleVertices())
        if (vertex.pixel)
            markers.append({vertex.index, QPointF(vertex.pixel->x, vertex.pixel->y), true});
    for (const VertexRecord& vertex : m_annotation.nonVisibleVertices())
        if (vertex.pixel)
            markers.append({vertex.index, QPointF(vertex.pixel->x, vertex.pixel->y), false});
    return markers;
}

bool AnnotationDocument::moveKeypoint(int index, const QPointF& pixel)
{
    if (index < 0 || index >= m_keypointCount)
        return false;
    return push<MoveKeypointCommand>(this, index, pixel);
}

bool AnnotationDocument::setKeypointVisible(int index, bool visible)
{
    if (index < 0 || index >= m_keypointCount)
        return false;
    return push<SetKeypointVisibilityCommand>(this, index, visible);
}

bool AnnotationDocument::placeKeypoint(int index, const QPointF& pixel)
{
    if (index < 0 || index >= m_keypointCount)
        return false;
    return push<PlaceKeypointCommand>(this, index, pixel);
}

bool AnnotationDocument::deleteKeypoint(int index)
{
    return push<DeleteKeypointCommand>(this, index);
}

void AnnotationDocument::save()
{
    // A dataset of unlabelled images may not have JSON_Data_REF/ yet.
    std::error_code ignored;
    std::filesystem::create_directories(m_file.parent_path(), ignored);
    m_annotation.save(m_file);
    m_existsOnDisk = true;
    m_undoStack->setClean();
}

void AnnotationDocument::setAnnotation(const Annotation& annotation)
{
    m_annotation = annotation;
    Q_EMIT changed();
}

} // namespace kps
