#include "distributed_group.h"

#include <ATen/ATen.h>
#include <ATen/core/grad_mode.h>
#include <torch/csrc/api/include/torch/version.h>
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

// NCCL only in CUDA builds of LibTorch 2.x (Debian's 1.13 is CPU-only and has no such header).
#if defined(USE_C10D_NCCL) && TORCH_VERSION_MAJOR >= 2
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#define KPS_HAVE_NCCL 1
#endif

#include <chrono>
#include <cstdlib>
#include <sstream>
#include <thread>

extern char** environ;

namespace kps {

namespace {

#if TORCH_VERSION_MAJOR >= 2
using CollectiveBackend = c10d::Backend;
#else
using CollectiveBackend = c10d::ProcessGroup;
#endif

using Clock = std::chrono::steady_clock;

int parseInt(const std::map<std::string, std::string>& env, const char* name, int fallback,
             int minimum)
{
    const auto found = env.find(name);
    if (found == env.end() || found->second.empty())
        return fallback;
    try {
        std::size_t used = 0;
        const int value = std::stoi(found->second, &used);
        if (used == found->second.size() && value >= minimum)
            return value;
    } catch (const std::exception&) {
    }
    throw std::invalid_argument(std::string("environment variable ") + name + "=\"" +
                                found->second +
                                "\": expected an integer >= " + std::to_string(minimum));
}

std::string valueOr(const std::map<std::string, std::string>& env, const char* name,
                    const std::string& fallback)
{
    const auto found = env.find(name);
    return found == env.end() || found->second.empty() ? fallback : found->second;
}

std::vector<std::uint8_t> bytesOf(const std::string& text)
{
    return {text.begin(), text.end()};
}
std::string textOf(const std::vector<std::uint8_t>& bytes)
{
    return {bytes.begin(), bytes.end()};
}

bool isLoopback(const std::string& host)
{
    return host == "127.0.0.1" || host == "localhost" || host == "::1";
}

double seconds(std::chrono::milliseconds timeout)
{
    return static_cast<double>(timeout.count()) / 1000.0;
}

} // namespace

std::optional<RendezvousOptions>
RendezvousOptions::fromEnvironment(const std::map<std::string, std::string>& env)
{
    if (env.find("RANK") == env.end() && env.find("WORLD_SIZE") == env.end())
        return std::nullopt;
    if (env.find("RANK") == env.end() || env.find("WORLD_SIZE") == env.end())
        throw std::invalid_argument("environment: RANK and WORLD_SIZE must be set together");
    RendezvousOptions options;
    options.worldSize = parseInt(env, "WORLD_SIZE", 1, 1);
    options.rank = parseInt(env, "RANK", 0, 0);
    if (options.rank >= options.worldSize)
        throw std::invalid_argument(
            "environment: RANK=" + std::to_string(options.rank) +
            " is not below WORLD_SIZE=" + std::to_string(options.worldSize));
    options.localRank = parseInt(env, "LOCAL_RANK", options.rank, 0);
    options.masterAddr = valueOr(env, "MASTER_ADDR", options.masterAddr);
    options.masterPort = parseInt(env, "MASTER_PORT", options.masterPort, 1);
    if (options.masterPort > 65535)
        throw std::invalid_argument("environment: MASTER_PORT=" +
                                    std::to_string(options.masterPort) + " is not a TCP port");
    const std::string agent = valueOr(env, "TORCHELASTIC_USE_AGENT_STORE", "");
    options.agentStore = agent == "True" || agent == "true" || agent == "1";
    options.restartCount = parseInt(env, "TORCHELASTIC_RESTART_COUNT", 0, 0);
    options.socketInterface = valueOr(env, "GLOO_SOCKET_IFNAME", "");
    return options;
}

std::optional<RendezvousOptions> RendezvousOptions::fromProcessEnvironment()
{
    std::map<std::string, std::string> env;
    for (char** entry = environ; entry && *entry; ++entry) {
        const std::string text = *entry;
        const std::size_t equals = text.find('=');
        if (equals != std::string::npos)
            env.emplace(text.substr(0, equals), text.substr(equals + 1));
    }
    return fromEnvironment(env);
}

std::string RendezvousOptions::describe() const
{
    std::ostringstream text;
    text << "rank " << rank << " of " << worldSize << " (local " << localRank << ") via "
         << masterAddr << ':' << masterPort;
    if (agentStore)
        text << " (torchrun agent store, attempt " << restartCount << ')';
    return text.str();
}

struct DistributedGroup::Impl
{
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<CollectiveBackend> backend;
    std::string backendName;
};

DistributedGroup::DistributedGroup(RendezvousOptions options, std::unique_ptr<Impl> impl)
    : m_options(std::move(options)), m_impl(std::move(impl))
{
}

DistributedGroup::~DistributedGroup() = default;

std::string DistributedGroup::backendName() const
{
    return m_impl->backendName;
}

void DistributedGroup::fail(const std::string& operation, const std::string& cause) const
{
    throw DistributedError("rank " + std::to_string(m_options.rank) + " of " +
                           std::to_string(m_options.worldSize) + ": " + operation +
                           " failed (a peer rank died, stopped responding for longer than " +
                           std::to_string(static_cast<int>(seconds(m_options.timeout))) +
                           " s, or left the run): " + cause);
}

std::unique_ptr<DistributedGroup> DistributedGroup::connect(const RendezvousOptions& options,
                                                            bool cuda)
{
    const std::string self =
        "rank " + std::to_string(options.rank) + " of " + std::to_string(options.worldSize);
    const std::string master = options.masterAddr + ":" + std::to_string(options.masterPort);
    if (options.rank < 0 || options.rank >= options.worldSize)
        throw DistributedError(self + ": the rank must be in [0, world size)");
    auto impl = std::make_unique<Impl>();

    // 1. The store: rank 0 serves it, unless a torchrun agent already does.
    c10d::TCPStoreOptions storeOptions;
    storeOptions.port = static_cast<std::uint16_t>(options.masterPort);
    storeOptions.isServer = options.rank == 0 && !options.agentStore;
    storeOptions.waitWorkers = false; // the join below reports who is missing
    storeOptions.timeout = options.timeout;
    try {
        c10::intrusive_ptr<c10d::Store> store =
            c10::make_intrusive<c10d::TCPStore>(options.masterAddr, storeOptions);
        if (options.agentStore)
            store = c10::make_intrusive<c10d::PrefixStore>(
                "/worker/attempt_" + std::to_string(options.restartCount), store);
        impl->store = c10::make_intrusive<c10d::PrefixStore>("keypoint-studio", store);
    } catch (const std::exception& error) {
        const std::string cause = error.what();
        if (storeOptions.isServer)
            throw DistributedError(
                self + ": cannot serve the rendezvous store on " + master +
                " (is the port in use? choose another with --master-port): " + cause);
        throw DistributedError(
            self + ": cannot reach the master's rendezvous store at " + master + " within " +
            std::to_string(static_cast<int>(seconds(options.timeout))) + " s: " + cause);
    }

    // 2. Join: every rank checks the world size against rank 0's and that its rank is unique;
    // a problem is posted under "error" so the other ranks stop waiting and report it too.
    c10d::Store& store = *impl->store;
    const auto deadline = Clock::now() + options.timeout;
    try {
        if (options.rank == 0)
            store.set("world_size", bytesOf(std::to_string(options.worldSize)));
        std::string problem;
        const std::string masterWorld = textOf(store.get("world_size"));
        if (masterWorld != std::to_string(options.worldSize))
            problem = self + ": world size mismatch: this rank was started for " +
                      std::to_string(options.worldSize) + " ranks but rank 0 for " + masterWorld;
        else if (store.add("rank_" + std::to_string(options.rank), 1) > 1)
            problem =
                self + ": another process already joined as rank " + std::to_string(options.rank);
        if (!problem.empty()) {
            store.set("error", bytesOf(problem));
            throw DistributedError(problem);
        }
        store.add("joined", 1);
        for (;;) {
            if (store.check({"error"}))
                throw DistributedError(self +
                                       ": rendezvous aborted: " + textOf(store.get("error")));
            const std::int64_t joined = store.add("joined", 0);
            if (joined >= options.worldSize)
                break;
            if (Clock::now() > deadline)
                throw DistributedError(
                    self + ": only " + std::to_string(joined) + " of " +
                    std::to_string(options.worldSize) + " ranks joined at " + master + " within " +
                    std::to_string(static_cast<int>(seconds(options.timeout))) + " s");
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    } catch (const DistributedError&) {
        throw;
    } catch (const std::exception& error) {
        throw DistributedError(self + ": rendezvous at " + master + " failed: " + error.what());
    }

    // 3. The collective backend (its own full-mesh connection through the store).
    try {
        if (cuda) {
#ifdef KPS_HAVE_NCCL
            auto ncclOptions = c10d::ProcessGroupNCCL::Options::create();
            ncclOptions->timeout = options.timeout;
            impl->backend = c10::make_intrusive<c10d::ProcessGroupNCCL>(
                impl->store, options.rank, options.worldSize, ncclOptions);
            impl->backendName = "nccl";
#else
            throw DistributedError(
                self + ": CUDA training across ranks needs NCCL, and this LibTorch build has "
                       "none (use a CUDA LibTorch 2.x, or --device cpu)");
#endif
        } else {
            auto glooOptions = c10d::ProcessGroupGloo::Options::create(options.timeout);
            if (!options.socketInterface.empty())
                glooOptions->devices.push_back(
                    c10d::ProcessGroupGloo::createDeviceForInterface(options.socketInterface));
            else if (isLoopback(options.masterAddr))
                glooOptions->devices.push_back(
                    c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
            else
                glooOptions->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
            glooOptions->threads = 2;
            impl->backend = c10::make_intrusive<c10d::ProcessGroupGloo>(
                impl->store, options.rank, options.worldSize, glooOptions);
            impl->backendName = "gloo";
        }
    } catch (const DistributedError&) {
        throw;
    } catch (const std::exception& error) {
        throw DistributedError(self + ": connecting the " + std::string(cuda ? "NCCL" : "Gloo") +
                               " process group failed" +
                               (options.socketInterface.empty()
                                    ? std::string()
                                    : " (GLOO_SOCKET_IFNAME=" + options.socketInterface + ")") +
                               ": " + error.what());
    }
    return std::unique_ptr<DistributedGroup>(new DistributedGroup(options, std::move(impl)));
}

void DistributedGroup::allreduceSum(at::Tensor& tensor, const std::string& what)
{
    const auto start = Clock::now();
    try {
        c10d::AllreduceOptions reduce;
        reduce.reduceOp = c10d::ReduceOp::SUM;
        // One tensor per call: c10d's tensor lists mean "one per device", not a batch of tensors.
        std::vector<at::Tensor> tensors{tensor};
        m_impl->backend->allreduce(tensors, reduce)->wait();
    } catch (const std::exception& error) {
        fail("allreduce of " + what, error.what());
    }
    m_collectiveSeconds += std::chrono::duration<double>(Clock::now() - start).count();
}

void DistributedGroup::bucketed(const std::vector<at::Tensor>& tensors, int root,
                                const std::string& what, std::size_t bucketBytes)
{
    if (tensors.empty())
        return;
    const auto start = Clock::now();
    // Buckets of consecutive tensors of one dtype, the same layout on every rank (same model,
    // same order).
    std::vector<std::pair<std::size_t, std::size_t>> buckets;
    std::size_t first = 0, bytes = 0;
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        if (!tensors[i].defined())
            throw std::logic_error("undefined tensor in the collective over " + what);
        const std::size_t size =
            static_cast<std::size_t>(tensors[i].numel()) * tensors[i].element_size();
        if (i > first && (bytes + size > bucketBytes ||
                          tensors[i].scalar_type() != tensors[first].scalar_type())) {
            buckets.emplace_back(first, i);
            first = i;
            bytes = 0;
        }
        bytes += size;
    }
    buckets.emplace_back(first, tensors.size());

    std::vector<at::Tensor> flats;
    std::vector<c10::intrusive_ptr<c10d::Work>> works;
    try {
        for (const auto& [begin, end] : buckets) {
            std::vector<at::Tensor> pieces;
            for (std::size_t i = begin; i < end; ++i)
                pieces.push_back(tensors[i].reshape({-1}));
            std::vector<at::Tensor> flat{at::cat(pieces)};
            if (root < 0) {
                c10d::AllreduceOptions reduce;
                reduce.reduceOp = c10d::ReduceOp::SUM;
                works.push_back(m_impl->backend->allreduce(flat, reduce));
            } else {
                c10d::BroadcastOptions options;
                options.rootRank = root;
                works.push_back(m_impl->backend->broadcast(flat, options));
            }
            flats.push_back(flat.front());
        }
        for (auto& work : works)
            work->wait();
    } catch (const std::exception& error) {
        fail((root < 0 ? "allreduce of " : "broadcast of ") + what, error.what());
    }
    at::NoGradGuard noGrad; // parameters are written in place
    for (std::size_t b = 0; b < buckets.size(); ++b) {
        if (root < 0)
            flats[b].div_(static_cast<double>(m_options.worldSize));
        std::int64_t offset = 0;
        for (std::size_t i = buckets[b].first; i < buckets[b].second; ++i) {
            const std::int64_t count = tensors[i].numel();
            tensors[i].copy_(flats[b].narrow(0, offset, count).view_as(tensors[i]));
            offset += count;
        }
    }
    m_collectiveSeconds += std::chrono::duration<double>(Clock::now() - start).count();
}

void DistributedGroup::averageInPlace(const std::vector<at::Tensor>& tensors,
                                      const std::string& what, std::size_t bucketBytes)
{
    const auto start = Clock::now();
    bucketed(tensors, -1, what, bucketBytes);
    m_averageSeconds += std::chrono::duration<double>(Clock::now() - start).count();
}

void DistributedGroup::broadcast(const std::vector<at::Tensor>& tensors, int root,
                                 const std::string& what)
{
    bucketed(tensors, root, what, 25u << 20);
}

void DistributedGroup::barrier(const std::string& what)
{
    try {
        m_impl->backend->barrier()->wait();
    } catch (const std::exception& error) {
        fail("barrier (" + what + ")", error.what());
    }
}

} // namespace kps
