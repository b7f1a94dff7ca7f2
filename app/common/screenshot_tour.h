#pragma once
// ScreenshotTour walks a window through named steps for the README's screenshots: for each step
// it runs `prepare`, waits until `ready` holds (events keep flowing: workers finish, views
// repaint) plus a short settle time, then saves window->grab() as OUTDIR/<name>.png. It emits
// finished() after the last step (and quits the application when asked to).

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class QWidget;
class QTimer;

namespace kps {

class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        QString name;                  // file name without .png
        std::function<void()> prepare; // may be empty
        std::function<bool()> ready;   // empty = ready at once
    };

    ScreenshotTour(QWidget* window, const QString& outputDir, QObject* parent = nullptr);

    void addStep(const QString& name, std::function<void()> prepare,
                 std::function<bool()> ready = {});
    // Time to let the window settle once a step is ready (default 1500 ms).
    void setSettleMs(int ms) { m_settleMs = ms; }
    // Longest wait for a step's `ready` (default 10 minutes: the demo dataset renders once).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setQuitWhenDone(bool quit) { m_quitWhenDone = quit; }

    // Starts the tour from the event loop.
    void start();

    QStringList savedFiles() const { return m_saved; }
    QStringList errors() const { return m_errors; }

Q_SIGNALS:
    // ok: every step saved its PNG.
    void finished(bool ok);

private:
    void runStep();
    void poll();
    void capture();
    void finish();

    QPointer<QWidget> m_window;
    QString m_outputDir;
    QVector<Step> m_steps;
    int m_current = -1;
    int m_settleMs = 1500;
    int m_timeoutMs = 10 * 60 * 1000;
    int m_waitedMs = 0;
    bool m_quitWhenDone = false;
    QTimer* m_timer = nullptr;
    QStringList m_saved;
    QStringList m_errors;
};

} // namespace kps
