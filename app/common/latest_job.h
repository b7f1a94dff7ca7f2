#pragma once
// LatestJob: "the latest request wins" for work that runs off the UI thread. Each start() makes
// a new job and every earlier one stale; a job hands its progress and result back through its
// Ticket, which runs the hand-back on the UI thread, queued, and only when by then the owner still
// exists and the job is still the latest. invalidate() makes every running job stale (a cancel,
// a reset). One class for every worker that supersedes its own jobs: the dataset scan, the
// sample loader, the thumbnail cache, the inspection worker and the run follower.
//
// Threads: start(), invalidate(), isCurrent() and run() on the owner's (UI) thread; a Ticket may
// be copied to and used from any thread.

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <utility>

namespace kps {

class LatestJob
{
public:
    class Ticket
    {
    public:
        Ticket() = default;
        quint64 generation() const { return m_generation; }
        // Whether no newer job started and nothing invalidated this one (any thread).
        bool isCurrent() const { return m_latest && m_latest->load() == m_generation; }
        // Runs `handBack` on the UI thread, queued, if the owner still exists and this job is still
        // the latest when it runs there. Safe from any thread, also after the owner is gone.
        template <typename Function> void deliver(Function handBack) const
        {
            if (!m_latest)
                return;
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [owner = m_owner, latest = m_latest, generation = m_generation,
                 handBack = std::move(handBack)]() mutable {
                    if (owner && latest->load() == generation)
                        handBack();
                },
                Qt::QueuedConnection);
        }

    private:
        friend class LatestJob;
        QPointer<QObject> m_owner;
        std::shared_ptr<std::atomic<quint64>> m_latest;
        quint64 m_generation = 0;
    };

    // `owner` lives on the UI thread; hand-backs stop when it is destroyed.
    explicit LatestJob(QObject* owner) : m_owner(owner) {}

    // A new job; every earlier ticket is stale from now on.
    Ticket start()
    {
        Ticket ticket;
        ticket.m_owner = m_owner;
        ticket.m_latest = m_latest;
        ticket.m_generation = ++*m_latest;
        return ticket;
    }
    // Every running job is stale: none of their hand-backs runs any more.
    void invalidate() { ++*m_latest; }
    quint64 generation() const { return m_latest->load(); }
    bool isCurrent(quint64 generation) const { return m_latest->load() == generation; }

    // Starts a job: `work(ticket)` runs on `pool`, then `done(result)` on the UI thread if the job
    // is still the latest. Returns the job's ticket (for progress hand-backs and tests).
    template <typename Work, typename Done> Ticket run(QThreadPool* pool, Work work, Done done)
    {
        const Ticket ticket = start();
        pool->start([ticket, work = std::move(work), done = std::move(done)]() mutable {
            if (!ticket.isCurrent())
                return; // superseded before it began
            auto result = work(ticket);
            ticket.deliver([done = std::move(done), result = std::move(result)]() mutable {
                done(std::move(result));
            });
        });
        return ticket;
    }

private:
    QPointer<QObject> m_owner;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace kps
