#pragma once
// KeypointImageView shows one image with its keypoint overlays (markers, index labels, mesh
// wireframe, crop box) and lets the user zoom and pan. It takes plain value types only, so Data,
// Train and Inspect modes can all feed it. Markers and labels keep a constant screen size at any
// zoom; the image is drawn without smoothing once a pixel covers more than one screen pixel.
//
// Editing (off by default): with setEditable(true) a left drag on a marker moves it (sub-pixel:
// the position follows the mouse in scene coordinates) and keypointMoved is emitted once, on
// release; a click in place mode (setPlacementIndex) asks to put that keypoint there. The view
// never changes the annotation itself: its owner applies the edit (as an undoable command) and
// calls setKeypoints again, so the view stays a pure Qt widget.
//
// Coordinates: keypoint positions follow the 4SP convention (integer = pixel centre, origin top
// left); the image item covers the scene rectangle [0,w] x [0,h], so pixel (px,py) is drawn at
// scene point (px + 0.5, py + 0.5). The crop box is given in pixel-edge (scene) coordinates.

#include <QColor>
#include <QGraphicsView>
#include <QHash>
#include <QImage>
#include <QPair>
#include <QPointF>
#include <QRectF>
#include <QVector>

class QGraphicsLineItem;
class QGraphicsPixmapItem;
class QGraphicsRectItem;

namespace kps {

struct KeypointMarker
{
    int index = -1;
    QPointF position;    // pixel coordinates, 4SP convention
    bool visible = true; // false: non-visible keypoint that still has a projected position
};

class KeypointImageView : public QGraphicsView
{
    Q_OBJECT

public:
    enum class Overlay
    {
        Keypoints,       // markers of visible keypoints
        Labels,          // index labels next to markers
        Edges,           // mesh wireframe between visible keypoints
        CropBox,         // the model's crop rectangle
        HiddenKeypoints, // hollow markers of non-visible keypoints that have a position
    };

    explicit KeypointImageView(QWidget* parent = nullptr);
    ~KeypointImageView() override;

    // A null image clears the view (and shows the placeholder text).
    void setImage(const QImage& image);
    QImage image() const { return m_image; }
    void setKeypoints(const QVector<KeypointMarker>& keypoints);
    QVector<KeypointMarker> keypoints() const { return m_keypoints; }
    // Pairs of keypoint indices (mesh edges); drawn only where both ends are visible markers.
    void setEdges(const QVector<QPair<int, int>>& edges);
    // Pixel-edge rectangle; a null rectangle removes the crop box.
    void setCropBox(const QRectF& box);
    // Clears image and overlays at once (e.g. when a dataset closes).
    void clear();

    // Ring (default: annotation markers) or Cross (ground truth "x" beside the predicted "o"
    // rings of a PredictionOverlay).
    enum class MarkerStyle
    {
        Ring,
        Cross
    };
    void setMarkerStyle(MarkerStyle style);
    MarkerStyle markerStyle() const { return m_markerStyle; }

    void setOverlayVisible(Overlay overlay, bool visible);
    bool isOverlayVisible(Overlay overlay) const;

    // Text shown centred while there is no image.
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholderText; }

    // Current scale: screen pixels per image pixel.
    double zoomFactor() const;
    // True while the view refits the image whenever it is resized or a new image arrives.
    bool isFitToWindow() const { return m_fitToWindow; }

    // Scene point where a keypoint given in pixel coordinates is drawn.
    static QPointF scenePosition(const QPointF& pixel) { return pixel + QPointF(0.5, 0.5); }
    // A distinct, stable colour for keypoint `index` (any K).
    static QColor keypointColor(int index);

    // The one keypoint hit test of the view: the keypoint whose marker (or its label) or whose
    // tagged overlay item (tagKeypointItem, e.g. a PredictionOverlay ring) is under a viewport
    // point, topmost first; hidden items do not count; -1 when none. A left click on such an
    // item selects that keypoint (setSelectedKeypoint), and in edit mode a click on a marker
    // drags it.
    int keypointAt(const QPoint& viewportPoint) const;
    // Makes `item` (any item in this view's scene) stand for `keypoint` in keypointAt.
    static void tagKeypointItem(QGraphicsItem* item, int keypoint);

    // Scene items, for tests and for overlays.
    QGraphicsItem* markerItem(int index) const;
    QGraphicsItem* labelItem(int index) const;
    QVector<QGraphicsLineItem*> edgeItems() const { return m_edgeItems; }
    QGraphicsRectItem* cropBoxItem() const { return m_cropBoxItem; }
    QGraphicsPixmapItem* imageItem() const { return m_imageItem; }

    // Editing: drag markers, click to place (see the class comment).
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // Keypoint the next left click in the image places; -1 leaves place mode.
    void setPlacementIndex(int index);
    int placementIndex() const { return m_placementIndex; }
    // Highlighted keypoint (ring around its marker); -1 for none. Emits keypointSelected.
    void setSelectedKeypoint(int index);
    int selectedKeypoint() const { return m_selectedIndex; }
    bool isDragging() const { return m_dragIndex >= 0; }

public Q_SLOTS:
    void fitToWindow();
    void zoomToActualSize();
    void zoomIn();
    void zoomOut();
    // Sets an absolute zoom (clamped), keeping the viewport centre fixed.
    void setZoomFactor(double factor);

Q_SIGNALS:
    void zoomFactorChanged(double factor);
    // Pixel under the mouse (4SP convention), or an invalid point when it leaves the image.
    void cursorPixelChanged(const QPointF& pixel, bool insideImage);
    // A drag of keypoint `index` ended away from where it began (pixel coordinates).
    void keypointMoved(int index, const QPointF& oldPosition, const QPointF& newPosition);
    // In place mode, the user clicked at `position` (pixel coordinates) inside the image.
    void keypointPlacementRequested(int index, const QPointF& position);
    void keypointSelected(int index);
    void placementIndexChanged(int index);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void rebuildKeypointItems();
    void rebuildEdgeItems();
    void applyOverlayVisibility();
    // Multiplies the zoom by `factor` (clamped), keeping the viewport centre (the default anchor).
    void scaleBy(double factor);
    void updateImageSmoothing();
    QPointF sceneAt(const QPointF& viewportPoint) const;

    QImage m_image;
    QVector<KeypointMarker> m_keypoints;
    QVector<QPair<int, int>> m_edges;
    QRectF m_cropBox;
    QString m_placeholderText;
    bool m_fitToWindow = true;
    QHash<int, bool> m_overlayVisible; // keyed by Overlay

    QGraphicsPixmapItem* m_imageItem = nullptr;
    QHash<int, QGraphicsItem*> m_markerItems; // keypoint index -> marker
    QHash<int, QGraphicsItem*> m_labelItems;  // keypoint index -> label (child of its marker)
    QVector<QGraphicsLineItem*> m_edgeItems;
    QGraphicsRectItem* m_cropBoxItem = nullptr;

    MarkerStyle m_markerStyle = MarkerStyle::Ring;
    bool m_editable = false;
    int m_placementIndex = -1;
    int m_selectedIndex = -1;
    int m_dragIndex = -1;     // keypoint being dragged, -1 when none
    QPointF m_dragStart;      // its pixel position when the drag began
    QPointF m_dragGrabOffset; // marker scene position minus the scene point grabbed
};

} // namespace kps
