#pragma once
// DataStatusWidgets is the Data page's part of the window's status bar: the dataset summary and
// the scan progress on the left; the shown image (stem, size, visible keypoints), the cursor
// position in image pixels and the zoom on the right. It reflects the DatasetController and the
// image view; the window places the widgets (as Tiled's editors hand theirs to the main window).
//
// Threads: UI thread only.

#include <QList>
#include <QObject>

class QLabel;
class QProgressBar;
class QWidget;

namespace kps {

class DatasetController;
class KeypointImageView;

class DataStatusWidgets : public QObject
{
    Q_OBJECT

public:
    // The widgets are children of `parent` until the window's status bar takes them.
    DataStatusWidgets(DatasetController* controller, KeypointImageView* view, QWidget* parent);

    QList<QWidget*> widgets() const;          // left: dataset summary, scan progress
    QList<QWidget*> permanentWidgets() const; // right: image, cursor, zoom
    QLabel* datasetLabel() const { return m_datasetLabel; }
    QLabel* imageLabel() const { return m_imageLabel; }

    // The right-hand widgets describe the Data page's view: shown only while the page is.
    void setViewInfoShown(bool shown);

    void retranslateUi();

private:
    void updateDatasetSummary();
    void updateImageInfo();
    void updateZoom();

    DatasetController* m_controller = nullptr;
    KeypointImageView* m_view = nullptr;
    QLabel* m_datasetLabel = nullptr;
    QProgressBar* m_scanProgress = nullptr;
    QLabel* m_imageLabel = nullptr;
    QLabel* m_cursorLabel = nullptr;
    QLabel* m_zoomLabel = nullptr;
};

} // namespace kps
