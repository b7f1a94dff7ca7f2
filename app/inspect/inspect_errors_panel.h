#pragma once
// InspectErrorsPanel is the Inspect page's "Errors" dock: the image x keypoint error grid, sorted
// and filtered (one keypoint, errors above a threshold) by its proxy model, which holds the
// filter. A click on a row shows that image, on a keypoint cell also selects that keypoint; the
// shown image stays the grid's current row.
//
// Threads: UI thread only.

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QModelIndex;
class QTableView;

namespace kps {

class ImageErrorFilterProxyModel;
class ImageErrorTableModel;
class InspectController;

class InspectErrorsPanel : public QWidget
{
    Q_OBJECT

public:
    InspectErrorsPanel(InspectController* controller, QWidget* parent = nullptr);

    QTableView* tableView() const { return m_view; }
    ImageErrorTableModel* tableModel() const { return m_model; }
    ImageErrorFilterProxyModel* proxyModel() const { return m_proxy; }
    // In IMG pixels; 0 shows every image.
    void setErrorThreshold(double pixels);
    double errorThreshold() const;

private:
    void fill();
    void followImage();
    void open(const QModelIndex& proxyIndex);

    InspectController* m_controller;
    QComboBox* m_keypointCombo = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QTableView* m_view = nullptr;
    ImageErrorTableModel* m_model = nullptr;
    ImageErrorFilterProxyModel* m_proxy = nullptr;
};

} // namespace kps
