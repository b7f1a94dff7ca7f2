// LatestJob: only the latest job's hand-backs run, on the UI thread, and none after the owner is
// gone or the jobs were invalidated.
#include "latest_job.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>

using kps::LatestJob;

class LatestJobTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheLatestResultArrivesOnTheUiThread()
    {
        QObject owner;
        LatestJob jobs(&owner);
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        QSemaphore releaseFirst;
        QVector<int> results;
        QVector<QThread*> threads;
        jobs.run(
            &pool,
            [&](const LatestJob::Ticket&) {
                releaseFirst.acquire(); // still running when the second job starts
                return 1;
            },
            [&](int value) {
                results << value;
                threads << QThread::currentThread();
            });
        const LatestJob::Ticket second = jobs.run(
            &pool, [](const LatestJob::Ticket&) { return 2; },
            [&](int value) {
                results << value;
                threads << QThread::currentThread();
            });
        releaseFirst.release();
        QVERIFY(pool.waitForDone(10000));
        QTRY_COMPARE(results.size(), 1);
        QTest::qWait(50); // the first job's hand-back, queued after, must not run either
        QCOMPARE(results, QVector<int>{2});
        QCOMPARE(threads.first(), QThread::currentThread());
        QVERIFY(second.isCurrent());
        QCOMPARE(second.generation(), jobs.generation());
    }

    void invalidateDropsRunningJobs()
    {
        QObject owner;
        LatestJob jobs(&owner);
        const LatestJob::Ticket ticket = jobs.start();
        QVERIFY(ticket.isCurrent());
        jobs.invalidate();
        QVERIFY(!ticket.isCurrent());
        QVERIFY(!jobs.isCurrent(ticket.generation()));
        bool ran = false;
        ticket.deliver([&] { ran = true; });
        QTest::qWait(50);
        QVERIFY(!ran);
    }

    void noHandBackAfterTheOwnerIsGone()
    {
        auto owner = std::make_unique<QObject>();
        LatestJob jobs(owner.get());
        const LatestJob::Ticket ticket = jobs.start();
        bool ran = false;
        QThread* thread =
            QThread::create([ticket, &ran] { ticket.deliver([&ran] { ran = true; }); });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        owner.reset(); // before the queued hand-back runs
        QTest::qWait(50);
        QVERIFY(!ran);
    }

    void progressFromAWorkerThreadArrivesInOrder()
    {
        QObject owner;
        LatestJob jobs(&owner);
        QThreadPool pool;
        QVector<int> progress;
        int result = 0;
        jobs.run(
            &pool,
            [&progress](const LatestJob::Ticket& ticket) {
                for (int step = 1; step <= 3; ++step)
                    ticket.deliver([&progress, step] { progress << step; });
                return 42;
            },
            [&](int value) { result = value; });
        QTRY_COMPARE(result, 42);
        QCOMPARE(progress, (QVector<int>{1, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(LatestJobTest)
#include "test_app_latest_job.moc"
