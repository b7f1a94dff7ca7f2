#pragma once
// One rank's membership of a data-parallel training group on torch's c10d: rendezvous through a
// TCPStore (rank 0 hosts it, or every rank is a client of a torchrun agent's store with its
// /worker/attempt_N prefix), then ProcessGroupGloo for CPU tensors or ProcessGroupNCCL for CUDA
// tensors (only in a CUDA LibTorch 2.x build). Collectives block the calling thread until every
// rank has joined them; all ranks must issue the same collectives in the same order.
// Failure contract: every rendezvous or collective problem (a port in use, an unreachable master,
// a world-size mismatch, a dead peer, a peer silent for longer than the timeout) throws
// DistributedError naming this rank, the operation and the cause, within the timeout. After a
// failed collective the group is unusable: the run must be restarted on every rank (and resumed).
// Not thread-safe: one thread uses a group.

#include <ATen/core/Tensor.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kps {

class DistributedError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct RendezvousOptions
{
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;
    std::string masterAddr = "127.0.0.1";
    int masterPort = 29500;
    std::chrono::milliseconds timeout{std::chrono::minutes(5)};
    // torchrun's static rendezvous: its agent already serves the store on MASTER_PORT and every
    // rank is a client, with keys under /worker/attempt_<restartCount>.
    bool agentStore = false;
    int restartCount = 0;
    std::string socketInterface; // GLOO_SOCKET_IFNAME ("" = the address that reaches the master)

    // The torchrun environment (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT,
    // TORCHELASTIC_USE_AGENT_STORE, TORCHELASTIC_RESTART_COUNT, GLOO_SOCKET_IFNAME) from `env`
    // (name -> value); nullopt when RANK and WORLD_SIZE are both absent. Throws
    // std::invalid_argument naming the variable when one is malformed or inconsistent.
    static std::optional<RendezvousOptions>
    fromEnvironment(const std::map<std::string, std::string>& env);
    // The same from this process's environment.
    static std::optional<RendezvousOptions> fromProcessEnvironment();
    std::string describe() const; // "rank 1 of 2 (local 1) via 127.0.0.1:29500"
};

class DistributedGroup
{
public:
    // Rendezvous and connect; blocks until all worldSize ranks joined or options.timeout passed.
    // cuda: use NCCL (throws DistributedError when this build has no NCCL).
    static std::unique_ptr<DistributedGroup> connect(const RendezvousOptions& options, bool cuda);
    ~DistributedGroup();
    DistributedGroup(const DistributedGroup&) = delete;
    DistributedGroup& operator=(const DistributedGroup&) = delete;

    int rank() const { return m_options.rank; }
    int worldSize() const { return m_options.worldSize; }
    const RendezvousOptions& options() const { return m_options; }
    std::string backendName() const;

    // In place: the tensor becomes the sum over ranks. `what` names the data in errors.
    void allreduceSum(at::Tensor& tensor, const std::string& what);
    // Averages `tensors` (any shapes, one dtype) over ranks in place, flattened into buckets of
    // about bucketBytes: every bucket is launched, then all are awaited (SUM then divide: Gloo has
    // no AVG; integer tensors divide exactly only when equal). Undefined tensors are not allowed
    // (zero-fill unused gradients first).
    void averageInPlace(const std::vector<at::Tensor>& tensors, const std::string& what,
                        std::size_t bucketBytes = 25u << 20);
    // In place: every tensor becomes rank `root`'s.
    void broadcast(const std::vector<at::Tensor>& tensors, int root, const std::string& what);
    void barrier(const std::string& what);

    // Seconds spent in collectives since the last reset, all of them and averageInPlace alone
    // (the gradient allreduce: bench's allreduce time per step).
    double collectiveSeconds() const { return m_collectiveSeconds; }
    double averageSeconds() const { return m_averageSeconds; }
    void resetCollectiveSeconds() { m_collectiveSeconds = m_averageSeconds = 0; }

private:
    struct Impl;
    DistributedGroup(RendezvousOptions options, std::unique_ptr<Impl> impl);
    // Flattens consecutive same-dtype tensors into buckets; root < 0: average, else broadcast.
    void bucketed(const std::vector<at::Tensor>& tensors, int root, const std::string& what,
                  std::size_t bucketBytes);
    [[noreturn]] void fail(const std::string& operation, const std::string& cause) const;

    RendezvousOptions m_options;
    std::unique_ptr<Impl> m_impl;
    double m_collectiveSeconds = 0;
    double m_averageSeconds = 0;
};

} // namespace kps
