#pragma once
// AnnotationDocument is the annotation of ONE image being edited: the stem it was loaded for, the
// JSON file it saves to, the kps::Annotation itself and the image's own QUndoStack. Every change
// goes through an AnnotationCommand pushed on that stack (so it can be undone), and the document
// is modified exactly while the stack is away from its clean state. Tying the edits to the stem
// is what keeps labels from landing on the wrong image: the window only forwards an edit to the
// document whose stem is the one on screen.

#include "annotation.h"
#include "keypoint_image_view.h"

#include <QObject>
#include <QPointF>
#include <QString>
#include <QVector>

#include <filesystem>
#include <optional>

class QUndoStack;

namespace kps {

// One keypoint as the editor shows it (table row, marker).
struct KeypointState
{
    int index = -1;
    bool listed = false;  // present in visible_vertices or non_visible_vertices
    bool visible = false; // in visible_vertices
    std::optional<QPointF> pixel;
    QString status; // "Behind camera", "Outside view" or empty
};

class AnnotationDocument : public QObject
{
    Q_OBJECT

public:
    // `annotation` null: the image is unlabelled and saving creates `file` (empty lists + edits).
    AnnotationDocument(const QString& stem, const std::filesystem::path& file,
                       const Annotation* annotation, int keypointCount, QObject* parent = nullptr);
    ~AnnotationDocument() override;

    QString stem() const { return m_stem; }
    std::filesystem::path file() const { return m_file; }
    bool existsOnDisk() const { return m_existsOnDisk; }
    // K: indices 0..K-1 (at least one more than the largest index in the file).
    int keypointCount() const { return m_keypointCount; }
    const Annotation& annotation() const { return m_annotation; }
    QUndoStack* undoStack() const { return m_undoStack; }
    bool isModified() const;

    KeypointState keypoint(int index) const;
    int visibleCount() const;
    // Markers for KeypointImageView: visible ones and non-visible ones that have a position.
    QVector<KeypointMarker> markers() const;

    // Edits, each pushed as one undoable command; they return false (and push nothing) when the
    // edit would change nothing or is impossible (e.g. making visible a keypoint without a pixel).
    bool moveKeypoint(int index, const QPointF& pixel);
    bool setKeypointVisible(int index, bool visible);
    bool placeKeypoint(int index, const QPointF& pixel);
    bool deleteKeypoint(int index);

    // Atomic write through kps::Annotation::save (unknown keys kept); marks the stack clean.
    // Throws kps::FileError.
    void save();

    // For AnnotationCommand only: installs a state and tells the views.
    void setAnnotation(const Annotation& annotation);

Q_SIGNALS:
    void changed();
    void modifiedChanged(bool modified);

private:
    QString m_stem;
    std::filesystem::path m_file;
    Annotation m_annotation;
    int m_keypointCount = 0;
    bool m_existsOnDisk = false;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace kps
