#pragma once
// Starts the local ranks of a data-parallel command (`kpstudio train --nproc N`) the torchrun way:
// N copies of this executable with RANK, WORLD_SIZE, LOCAL_RANK, LOCAL_WORLD_SIZE, MASTER_ADDR
// and MASTER_PORT set, rank 0's stdout passed through (the others' discarded), every stderr
// passed through. Blocks until all ranks ended. SIGINT/SIGTERM to the launcher reach every rank as
// SIGINT (a graceful stop agreed on by the ranks).
// Failure contract: when a rank dies (signal) or fails (non-zero exit), the others get a short
// grace period to end on their own (a dead peer fails their next collective at once), then are
// killed; the result names the first failed rank and its cause in one line, and names ranks that
// had to be killed as hung. POSIX only; not thread-safe (one launch per process at a time).

#include <QString>
#include <QStringList>

namespace kps::cli {

struct RankLaunchOptions
{
    QString program;       // this executable
    QStringList arguments; // the command and its options, without the launch options
    int localRanks = 1;    // --nproc
    int nodes = 1;         // --nnodes
    int nodeRank = 0;      // --node-rank
    QString masterAddr = QStringLiteral("127.0.0.1");
    int masterPort = 0;   // 0: a free local port (single node only)
    int graceSeconds = 5; // after a failure, before the remaining ranks are killed
};

struct RankLaunchResult
{
    int exitCode = 0;   // 0 all finished, 130 stopped, 1 failed
    QString failure;    // one line: which rank, what happened ("" when none failed)
    int masterPort = 0; // the port used
};

RankLaunchResult launchRanks(const RankLaunchOptions& options);

// args without the options named (given as "--name VALUE" or "--name=VALUE"): what the launcher
// passes on to its ranks.
QStringList withoutOptions(const QStringList& args, const QStringList& names);

// A TCP port free on 127.0.0.1 right now (0 when none could be found).
int freeLocalPort();

} // namespace kps::cli
