#pragma once
// InspectComparePanel is the Inspect page's "Compare" dock: model B's path, Compare (run or load
// model B on the same images), the comparison's status, and the metric and per-image delta tables
// (B - A) of the InspectController's comparison. A click on an image row shows that image.
//
// Threads: UI thread only.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kps {

class ImageDeltaTableModel;
class InspectController;
class MetricDeltaTableModel;
class NanLastSortProxyModel;

class InspectComparePanel : public QWidget
{
    Q_OBJECT

public:
    InspectComparePanel(InspectController* controller, QWidget* parent = nullptr);

    QTableView* imageDeltaView() const { return m_imageDeltaView; }
    ImageDeltaTableModel* imageDeltaModel() const { return m_imageDeltaModel; }
    MetricDeltaTableModel* metricDeltaModel() const { return m_metricDeltaModel; }

private:
    void fill();

    InspectController* m_controller;
    QLineEdit* m_edit = nullptr;
    QPushButton* m_compareButton = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_metricDeltaView = nullptr;
    MetricDeltaTableModel* m_metricDeltaModel = nullptr;
    NanLastSortProxyModel* m_metricDeltaProxy = nullptr;
    QTableView* m_imageDeltaView = nullptr;
    ImageDeltaTableModel* m_imageDeltaModel = nullptr;
    NanLastSortProxyModel* m_imageDeltaProxy = nullptr;
};

} // namespace kps
