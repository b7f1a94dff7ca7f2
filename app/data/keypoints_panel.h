#pragma once
// KeypointsPanel is the Keypoints dock of the Data page: the table editor of the shown
// annotation (KeypointTableModel: typed coordinates and the visible check box are undoable
// edits), with one selected keypoint that the image view mirrors.
//
// Threads: UI thread only.

#include <QTableView>

namespace kps {

class AnnotationDocument;
class KeypointTableModel;

class KeypointsPanel : public QTableView
{
    Q_OBJECT

public:
    explicit KeypointsPanel(QWidget* parent = nullptr);

    KeypointTableModel* keypointModel() const { return m_model; }
    void setDocument(AnnotationDocument* document);
    // The selected keypoint (its index is its row), -1 when none.
    int selectedKeypoint() const;
    // Selects keypoint `index` and scrolls to it, without selectedKeypointChanged.
    void selectKeypoint(int index);

Q_SIGNALS:
    // The user selected another keypoint (-1: none).
    void selectedKeypointChanged(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    KeypointTableModel* m_model = nullptr;
    bool m_selecting = false;
};

} // namespace kps
