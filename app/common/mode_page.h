#pragma once
// ModePage is what every mode of the window implements (Data, Train, Inspect). A page is a
// QMainWindow of its own, so it keeps its docks and their layout; MainWindow stacks the pages,
// offers the shown page's docks in View > Panels, enables the page's actions only while it shows,
// and saves and restores every page's settings with its own.

#include <QList>

class QAction;
class QDockWidget;
class QMainWindow;
class QToolBar;

namespace kps {

class ModePage
{
public:
    virtual ~ModePage() = default;

    // The page itself (what the window's stack shows).
    virtual QMainWindow* pageWidget() = 0;
    // The page's panels, for View > Panels. Default: every dock of pageWidget().
    virtual QList<QDockWidget*> docks();
    // The page's toolbars. Default: every toolbar of pageWidget().
    virtual QList<QToolBar*> toolBars();
    // Window actions (menus, shortcuts) that act on this page only: enabled while it shows.
    virtual QList<QAction*> modeActions() const { return {}; }

    // The page is now shown, or is about to be hidden.
    virtual void activate() {}
    virtual void deactivate() {}

    // Form values, options and dock layout, in the page's own QSettings group. (Not saveState():
    // that name is QMainWindow's dock state, which these settings include.) The page's owner
    // calls restoreSettings() once after construction; a constructor does not restore.
    virtual void saveSettings() const = 0;
    virtual void restoreSettings() = 0;
};

} // namespace kps
