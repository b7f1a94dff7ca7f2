#pragma once
// SamplesPanel is the Images dock of the Data page: a filter row (name filter, subset), the sample
// table with lazy thumbnails, and an "n of m shown" line. It shows a SampleTableModel through its
// own SampleFilterProxyModel and speaks source rows to the outside, so the controller never sees
// the view's sorting or filtering.
//
// Threads: UI thread only.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace kps {

class SampleFilterProxyModel;
class SampleTableModel;

class SamplesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SamplesPanel(SampleTableModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    SampleFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    QComboBox* subsetCombo() const { return m_subsetCombo; }

    // Source row of the table's current row, -1 when none.
    int currentRow() const;
    // Makes source row `row` current (clearing the filters if they hide it) and scrolls to it;
    // -1 clears the current row. Emits nothing.
    void setCurrentRow(int row);
    // The source row `delta` rows from the current one in the view's order (clamped; the first
    // row when none is current); -1 when the list shows nothing.
    int rowAtOffset(int delta) const;

Q_SIGNALS:
    // The user made source row `row` current in the table.
    void currentRowChanged(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateSummary();

    SampleTableModel* m_model = nullptr;
    SampleFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QComboBox* m_subsetCombo = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    bool m_settingRow = false;
};

} // namespace kps
