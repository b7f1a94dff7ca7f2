#include "screenshot_tour.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace kps {

namespace {
constexpr int pollMs = 100;
}

ScreenshotTour::ScreenshotTour(QWidget* window, const QString& outputDir, QObject* parent)
    : QObject(parent), m_window(window), m_outputDir(outputDir), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

void ScreenshotTour::addStep(const QString& name, std::function<void()> prepare,
                             std::function<bool()> ready)
{
    m_steps.push_back({name, std::move(prepare), std::move(ready)});
}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_outputDir))
        m_errors << tr("%1: cannot create the folder").arg(m_outputDir);
    m_current = -1;
    QTimer::singleShot(0, this, [this] {
        ++m_current;
        runStep();
    });
}

void ScreenshotTour::runStep()
{
    if (!m_errors.isEmpty() || m_current >= m_steps.size() || !m_window) {
        finish();
        return;
    }
    const Step& step = m_steps[m_current];
    if (step.prepare)
        step.prepare();
    m_waitedMs = 0;
    poll();
}

void ScreenshotTour::poll()
{
    const Step& step = m_steps[m_current];
    if (!step.ready || step.ready()) {
        // Ready: give queued work (thumbnails, repaints) the settle time, then grab.
        m_timer->disconnect();
        connect(m_timer, &QTimer::timeout, this, &ScreenshotTour::capture);
        m_timer->start(m_settleMs);
        return;
    }
    if (m_waitedMs >= m_timeoutMs) {
        m_errors << tr("%1: not ready after %2 s").arg(step.name).arg(m_timeoutMs / 1000);
        finish();
        return;
    }
    m_waitedMs += pollMs;
    m_timer->disconnect();
    connect(m_timer, &QTimer::timeout, this, &ScreenshotTour::poll);
    m_timer->start(pollMs);
}

void ScreenshotTour::capture()
{
    if (!m_window) {
        finish();
        return;
    }
    const QString path =
        QDir(m_outputDir).filePath(m_steps[m_current].name + QStringLiteral(".png"));
    if (m_window->grab().save(path))
        m_saved << path;
    else
        m_errors << tr("%1: cannot write the screenshot").arg(path);
    ++m_current;
    runStep();
}

void ScreenshotTour::finish()
{
    m_timer->stop();
    const bool ok = m_errors.isEmpty() && m_saved.size() == m_steps.size();
    Q_EMIT finished(ok);
    if (m_quitWhenDone)
        QCoreApplication::exit(ok ? 0 : 1);
}

} // namespace kps
