#include "mode_page.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QToolBar>

namespace kps {

QList<QDockWidget*> ModePage::docks()
{
    return pageWidget()->findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly);
}

QList<QToolBar*> ModePage::toolBars()
{
    return pageWidget()->findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly);
}

} // namespace kps
