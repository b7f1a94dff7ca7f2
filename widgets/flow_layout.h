#pragma once
// FlowLayout places its items left to right and starts a new row when the next one does not fit,
// like words in a paragraph: a panel's controls stay whole (none is cut or squeezed below its
// size hint) however narrow the panel gets, and take one row when there is room. Each row is
// as tall as its tallest item, whose items are centred on it vertically.

#include <QLayout>
#include <QList>

namespace kps {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override; // the widest item (plus margins)
    QSize sizeHint() const override;    // every item on one row
    void setGeometry(const QRect& rect) override;

private:
    // Lays the items out in rect (or only measures, when apply is false); returns the height.
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_spacing;
};

} // namespace kps
