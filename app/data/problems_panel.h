#pragma once
// ProblemsPanel is the Problems dock of the Data page: what the dataset scan found wrong
// (severity, file, message), most severe first. Activating a row (double click, Enter) asks to
// show the image that file belongs to.
//
// Threads: UI thread only.

#include <QTableView>

class QSortFilterProxyModel;

namespace kps {

class ProblemTableModel;

class ProblemsPanel : public QTableView
{
    Q_OBJECT

public:
    explicit ProblemsPanel(ProblemTableModel* model, QWidget* parent = nullptr);

Q_SIGNALS:
    // The user activated a problem about `file` (absolute path).
    void fileActivated(const QString& file);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onActivated(const QModelIndex& proxyIndex);

    ProblemTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};

} // namespace kps
