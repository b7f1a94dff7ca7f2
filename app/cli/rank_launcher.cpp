#include "rank_launcher.h"
#include "cli_messages.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace kps::cli {

namespace {

// The children's pids for the signal handler (async-signal-safe: a fixed array and kill()).
constexpr int kMaxRanks = 256;
pid_t g_children[kMaxRanks];
std::atomic<int> g_childCount{0};
std::atomic<bool> g_interrupted{false};

extern "C" void forwardInterrupt(int)
{
    g_interrupted.store(true);
    const int count = g_childCount.load();
    for (int i = 0; i < count; ++i)
        if (g_children[i] > 0)
            ::kill(g_children[i], SIGINT);
}

QString describeStatus(int status)
{
    if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        return tr("was killed by signal %1 (%2)")
            .arg(signal)
            .arg(QString::fromLocal8Bit(strsignal(signal)));
    }
    return tr("exited with code %1").arg(WEXITSTATUS(status));
}

bool failedStatus(int status)
{
    return WIFSIGNALED(status) || (WEXITSTATUS(status) != 0 && WEXITSTATUS(status) != 130);
}

} // namespace

QStringList withoutOptions(const QStringList& args, const QStringList& names)
{
    QStringList result;
    for (int i = 0; i < args.size(); ++i) {
        const QString& argument = args[i];
        bool dropped = false;
        for (const QString& name : names) {
            if (argument == "--" + name) {
                ++i; // and its value
                dropped = true;
                break;
            }
            if (argument.startsWith("--" + name + "=")) {
                dropped = true;
                break;
            }
        }
        if (!dropped)
            result << argument;
    }
    return result;
}

int freeLocalPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    int port = 0;
    socklen_t length = sizeof(address);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

RankLaunchResult launchRanks(const RankLaunchOptions& options)
{
    RankLaunchResult result;
    const int ranks = std::min(options.localRanks, kMaxRanks);
    const int world = ranks * options.nodes;
    result.masterPort = options.masterPort > 0 ? options.masterPort : freeLocalPort();
    if (result.masterPort <= 0) {
        result.exitCode = 1;
        result.failure =
            tr("no free TCP port on 127.0.0.1 for the rendezvous (give one with --master-port)");
        return result;
    }

    // argv and envp are built before fork(): the child only calls async-signal-safe functions.
    std::vector<std::string> argumentStrings{options.program.toStdString()};
    for (const QString& argument : options.arguments)
        argumentStrings.push_back(argument.toStdString());
    std::vector<char*> argv;
    for (std::string& argument : argumentStrings)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    std::vector<std::string> inherited;
    for (char** entry = environ; entry && *entry; ++entry) {
        const std::string text = *entry;
        const std::string name = text.substr(0, text.find('='));
        if (name == "RANK" || name == "WORLD_SIZE" || name == "LOCAL_RANK" ||
            name == "LOCAL_WORLD_SIZE" || name == "MASTER_ADDR" || name == "MASTER_PORT" ||
            name == "GROUP_RANK" || name == "TORCHELASTIC_USE_AGENT_STORE")
            continue;
        inherited.push_back(text);
    }
    std::vector<std::vector<std::string>> environments(static_cast<std::size_t>(ranks), inherited);
    std::vector<std::vector<char*>> envps(static_cast<std::size_t>(ranks));
    for (int local = 0; local < ranks; ++local) {
        auto& env = environments[static_cast<std::size_t>(local)];
        env.push_back("RANK=" + std::to_string(options.nodeRank * ranks + local));
        env.push_back("WORLD_SIZE=" + std::to_string(world));
        env.push_back("LOCAL_RANK=" + std::to_string(local));
        env.push_back("LOCAL_WORLD_SIZE=" + std::to_string(ranks));
        env.push_back("GROUP_RANK=" + std::to_string(options.nodeRank));
        env.push_back("MASTER_ADDR=" + options.masterAddr.toStdString());
        env.push_back("MASTER_PORT=" + std::to_string(result.masterPort));
        for (std::string& entry : env)
            envps[static_cast<std::size_t>(local)].push_back(entry.data());
        envps[static_cast<std::size_t>(local)].push_back(nullptr);
    }

    g_interrupted.store(false);
    g_childCount.store(0);
    auto previousInt = std::signal(SIGINT, forwardInterrupt);
    auto previousTerm = std::signal(SIGTERM, forwardInterrupt);
    std::fflush(stdout);
    std::fflush(stderr);

    std::vector<pid_t> pids(static_cast<std::size_t>(ranks), -1);
    const pid_t launcher = ::getpid();
    for (int local = 0; local < ranks; ++local) {
        const pid_t pid = ::fork();
        if (pid == 0) {
            // A process group of its own: a terminal's Ctrl+C reaches the launcher alone, which
            // forwards it once (a rank that got it twice would be killed, not stopped). A rank
            // whose launcher dies (kill -9) is asked to stop.
            ::setpgid(0, 0);
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (::getppid() != launcher)
                ::raise(SIGTERM);
            if (local != 0 || options.nodeRank != 0) {
                const int null = ::open("/dev/null", O_WRONLY);
                if (null >= 0)
                    ::dup2(null, STDOUT_FILENO);
            }
            ::execve(argv[0], argv.data(), envps[static_cast<std::size_t>(local)].data());
            ::_exit(127);
        }
        pids[static_cast<std::size_t>(local)] = pid;
        if (pid > 0) {
            g_children[local] = pid;
            g_childCount.store(local + 1);
        }
    }

    std::vector<int> statuses(static_cast<std::size_t>(ranks), 0);
    std::vector<bool> done(static_cast<std::size_t>(ranks), false);
    for (int local = 0; local < ranks; ++local) {
        if (pids[static_cast<std::size_t>(local)] < 0) {
            done[static_cast<std::size_t>(local)] = true;
            statuses[static_cast<std::size_t>(local)] = 127 << 8;
        }
    }
    int firstFailed = -1;
    std::chrono::steady_clock::time_point failedAt;
    bool killedHung = false;
    QStringList hung;
    const auto rankOf = [&](int local) { return options.nodeRank * ranks + local; };
    for (;;) {
        int remaining = 0;
        int failedNow = -1; // the cause among the ranks that ended in this sweep: a signal first
        for (int local = 0; local < ranks; ++local) {
            const auto i = static_cast<std::size_t>(local);
            if (done[i])
                continue;
            int status = 0;
            const pid_t ended = ::waitpid(pids[i], &status, WNOHANG);
            if (ended == pids[i]) {
                done[i] = true;
                statuses[i] = status;
                g_children[local] = -1;
                if (failedStatus(status) &&
                    (failedNow < 0 ||
                     (WIFSIGNALED(status) &&
                      !WIFSIGNALED(statuses[static_cast<std::size_t>(failedNow)]))))
                    failedNow = local;
            } else {
                ++remaining;
            }
        }
        if (firstFailed < 0 && failedNow >= 0) {
            firstFailed = failedNow;
            failedAt = std::chrono::steady_clock::now();
        }
        if (firstFailed < 0) {
            for (int local = 0; local < ranks; ++local)
                if (done[static_cast<std::size_t>(local)] &&
                    statuses[static_cast<std::size_t>(local)] == (127 << 8) &&
                    pids[static_cast<std::size_t>(local)] < 0)
                    firstFailed = local, failedAt = std::chrono::steady_clock::now();
        }
        if (remaining == 0)
            break;
        if (firstFailed >= 0 && !killedHung &&
            std::chrono::steady_clock::now() - failedAt >
                std::chrono::seconds(options.graceSeconds)) {
            // Still running well after a peer failed: blocked in a collective or hung.
            for (int local = 0; local < ranks; ++local) {
                const auto i = static_cast<std::size_t>(local);
                if (!done[i]) {
                    ::kill(pids[i], SIGKILL);
                    hung << QString::number(rankOf(local));
                }
            }
            killedHung = true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    g_childCount.store(0);
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);

    if (firstFailed >= 0) {
        const auto i = static_cast<std::size_t>(firstFailed);
        result.exitCode = 1;
        result.failure = pids[i] < 0 ? tr("rank %1 could not be started: %2")
                                           .arg(rankOf(firstFailed))
                                           .arg(QString::fromLocal8Bit(std::strerror(errno)))
                                     : tr("rank %1 (pid %2) %3")
                                           .arg(rankOf(firstFailed))
                                           .arg(pids[i])
                                           .arg(describeStatus(statuses[i]));
        if (!hung.isEmpty() && pids[i] >= 0 && !WIFSIGNALED(statuses[i])) {
            // The first to end gave up on a peer (its collective timed out): the cause is the
            // rank that was still there, not answering.
            result.failure =
                tr("rank(s) %1 stopped responding: rank %2 gave up waiting for it (%3) and it was "
                   "still running %4 s later, so it was killed")
                    .arg(hung.join(QStringLiteral(", ")))
                    .arg(rankOf(firstFailed))
                    .arg(describeStatus(statuses[i]))
                    .arg(options.graceSeconds);
        } else if (!hung.isEmpty()) {
            result.failure += tr("; rank(s) %1 still running %2 s later were killed")
                                  .arg(hung.join(QStringLiteral(", ")))
                                  .arg(options.graceSeconds);
        }
        return result;
    }
    result.exitCode = WEXITSTATUS(statuses[0]) == 130 || g_interrupted.load() ? 130 : 0;
    for (std::size_t i = 0; i < statuses.size(); ++i)
        if (WEXITSTATUS(statuses[i]) == 130)
            result.exitCode = 130;
    return result;
}

} // namespace kps::cli
