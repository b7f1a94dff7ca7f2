// Data-parallel building blocks, in one process: the torchrun environment parser, the batch
// sharding (the union of the shards is the unsharded batch, for ranks x accumulation steps), the
// loss sums (K micro-batches give exactly the union batch's gradient), and a real c10d group of
// two ranks on 127.0.0.1 (two threads): allreduce, bucketed averaging, broadcast, and the clear
// rendezvous errors (world-size mismatch, port in use).
#include "batch_pipeline.h"
#include "distributed_group.h"
#include "keypoint_loss.h"
#include "keypoint_model.h"
#include "training_config.h"
#include "training_step.h"

#include <torch/torch.h>

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <future>
#include <numeric>
#include <set>

using namespace kps;

namespace {

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address));
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

RendezvousOptions loopback(int rank, int world, int port, int timeoutSeconds = 20)
{
    RendezvousOptions options;
    options.rank = rank;
    options.worldSize = world;
    options.localRank = rank;
    options.masterAddr = "127.0.0.1";
    options.masterPort = port;
    options.timeout = std::chrono::seconds(timeoutSeconds);
    return options;
}

} // namespace

class TestDistributed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environment_data();
    void environment();
    void shardsPartitionEachStep_data();
    void shardsPartitionEachStep();
    void accumulatedStepEqualsUnionBatch();
    void twoRanksAllreduceAverageBroadcast();
    void worldSizeMismatchIsAnError();
    void portInUseIsAnError();
};

void TestDistributed::environment_data()
{
    using Env = std::map<std::string, std::string>;
    QTest::addColumn<Env>("env");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("error"); // part of the message, "" = valid
    QTest::addColumn<int>("rank");
    QTest::addColumn<int>("world");
    QTest::addColumn<bool>("agent");

    QTest::newRow("none") << Env{} << false << "" << 0 << 1 << false;
    QTest::newRow("torchrun") << Env{{"RANK", "3"},
                                     {"WORLD_SIZE", "4"},
                                     {"LOCAL_RANK", "1"},
                                     {"MASTER_ADDR", "node0"},
                                     {"MASTER_PORT", "29400"},
                                     {"TORCHELASTIC_USE_AGENT_STORE", "True"},
                                     {"TORCHELASTIC_RESTART_COUNT", "2"}}
                              << true << "" << 3 << 4 << true;
    QTest::newRow("rank too big") << Env{{"RANK", "2"}, {"WORLD_SIZE", "2"}} << true << "RANK=2"
                                  << 0 << 0 << false;
    QTest::newRow("bad port") << Env{{"RANK", "0"}, {"WORLD_SIZE", "2"}, {"MASTER_PORT", "http"}}
                              << true << "MASTER_PORT" << 0 << 0 << false;
    QTest::newRow("half set") << Env{{"RANK", "0"}} << true << "together" << 0 << 0 << false;
}

void TestDistributed::environment()
{
    using Env = std::map<std::string, std::string>;
    QFETCH(Env, env);
    QFETCH(bool, present);
    QFETCH(QString, error);
    QFETCH(int, rank);
    QFETCH(int, world);
    QFETCH(bool, agent);
    try {
        const std::optional<RendezvousOptions> options = RendezvousOptions::fromEnvironment(env);
        QVERIFY2(error.isEmpty(), "expected an error");
        QCOMPARE(options.has_value(), present);
        if (!options)
            return;
        QCOMPARE(options->rank, rank);
        QCOMPARE(options->worldSize, world);
        QCOMPARE(options->agentStore, agent);
        if (agent) {
            QCOMPARE(options->restartCount, 2);
            QCOMPARE(options->masterAddr, std::string("node0"));
            QCOMPARE(options->masterPort, 29400);
            QCOMPARE(options->localRank, 1);
        }
    } catch (const std::invalid_argument& e) {
        QVERIFY2(!error.isEmpty() && QString(e.what()).contains(error), e.what());
    }
}

void TestDistributed::shardsPartitionEachStep_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("batch"); // images per step (all ranks, all micro-batches)
    QTest::addColumn<int>("ranks");
    QTest::addColumn<int>("micro");
    QTest::newRow("2 ranks") << 20 << 8 << 2 << 1;
    QTest::newRow("accumulate 2") << 20 << 8 << 1 << 2;
    QTest::newRow("3 ranks x 2, ragged") << 23 << 10 << 3 << 2;
    QTest::newRow("more shards than images") << 5 << 4 << 3 << 2;
}

void TestDistributed::shardsPartitionEachStep()
{
    QFETCH(int, samples);
    QFETCH(int, batch);
    QFETCH(int, ranks);
    QFETCH(int, micro);
    std::vector<std::size_t> all(static_cast<std::size_t>(samples));
    std::iota(all.begin(), all.end(), 0);
    BatchPipelineOptions options;
    options.batchSize = batch;
    options.seed = 11;
    options.shardCount = 1;
    const std::vector<std::size_t> order = BatchPipeline::epochOrder(all, options, 3);
    std::vector<std::size_t> joined;
    for (int rank = 0; rank < ranks; ++rank) {
        BatchPipelineOptions shard = options;
        shard.shardIndex = rank;
        shard.shardCount = ranks;
        shard.microBatches = micro;
        const std::vector<std::size_t> mine = BatchPipeline::shardSamples(all, shard, 3);
        joined.insert(joined.end(), mine.begin(), mine.end());
    }
    // Every sample exactly once, and each step's shards are that step's images.
    QCOMPARE(std::set<std::size_t>(joined.begin(), joined.end()).size(), all.size());
    QCOMPARE(joined.size(), all.size());
    for (std::size_t stepBegin = 0; stepBegin < order.size();
         stepBegin += static_cast<std::size_t>(batch)) {
        const std::size_t images =
            std::min<std::size_t>(static_cast<std::size_t>(batch), order.size() - stepBegin);
        std::size_t covered = 0;
        for (int group = 0; group < ranks * micro; ++group)
            covered += shardGroupStart(images, ranks * micro, group + 1) -
                       shardGroupStart(images, ranks * micro, group);
        QCOMPARE(covered, images);
    }
}

void TestDistributed::accumulatedStepEqualsUnionBatch()
{
    torch::manual_seed(3);
    at::set_num_threads(1);
    ModelConfig config = TrainingConfig::presetModel("tiny");
    config.preprocess.imageSize = 64;
    config.preprocess.heatmapSize = 32;
    config.keypointCount = 5;
    KeypointModel a(config);
    KeypointModel b(config);
    {
        torch::NoGradGuard noGrad;
        auto pa = a->parameters(), pb = b->parameters();
        for (std::size_t i = 0; i < pa.size(); ++i)
            pb[i].copy_(pa[i]);
    }
    const torch::Tensor crops = torch::randint(0, 255, {6, 64, 64, 3}, torch::kByte);
    torch::Tensor coordinates = torch::rand({6, 5, 2});
    coordinates.index_put_({1, 2}, -1.0f); // an invisible keypoint
    coordinates.index_put_({4}, -1.0f);    // an image without any
    const DeviceBatch whole = toDeviceBatch(crops, coordinates, torch::kCPU, config.preprocess);
    std::vector<DeviceBatch> parts;
    for (const auto& [begin, size] :
         std::initializer_list<std::pair<int, int>>{{0, 2}, {2, 0}, {2, 4}})
        parts.push_back(size ? toDeviceBatch(crops.narrow(0, begin, size),
                                             coordinates.narrow(0, begin, size), torch::kCPU,
                                             config.preprocess)
                             : DeviceBatch{});
    // Plain SGD with lr 1 makes the update the gradient itself; eval mode keeps BatchNorm out of
    // it.
    a->eval();
    b->eval();
    torch::optim::SGD sgdA(a->parameters(), torch::optim::SGDOptions(1.0));
    torch::optim::SGD sgdB(b->parameters(), torch::optim::SGDOptions(1.0));
    const LossWeights weights;
    const LossParts one = trainingStep(a, sgdA, whole, weights);
    const LossParts accumulated = accumulatedTrainingStep(b, sgdB, parts, weights);
    QVERIFY(std::abs(one.total.item<double>() - accumulated.total.item<double>()) <=
            1e-5 * one.total.item<double>());
    double difference = 0, norm = 0;
    auto pa = a->parameters(), pb = b->parameters();
    for (std::size_t i = 0; i < pa.size(); ++i) {
        difference += (pa[i] - pb[i]).pow(2).sum().item<double>();
        norm += pa[i].pow(2).sum().item<double>();
    }
    QVERIFY2(std::sqrt(difference / norm) < 1e-6,
             qPrintable(QString::number(std::sqrt(difference / norm))));
}

void TestDistributed::twoRanksAllreduceAverageBroadcast()
{
    const int port = freePort();
    auto runRank = [port](int rank) {
        std::unique_ptr<DistributedGroup> group =
            DistributedGroup::connect(loopback(rank, 2, port), false);
        torch::Tensor sum = torch::full({3}, static_cast<float>(rank + 1));
        group->allreduceSum(sum, "test sums");
        // Two dtypes and more than one bucket (bucket of 64 bytes).
        std::vector<torch::Tensor> averaged{torch::full({20}, rank == 0 ? 2.0f : 4.0f),
                                            torch::full({2, 3}, rank == 0 ? 1.0f : 0.0f)};
        group->averageInPlace(averaged, "test tensors", 64);
        std::vector<torch::Tensor> broadcast{torch::full({4}, static_cast<double>(rank + 10)),
                                             torch::full({1}, static_cast<std::int64_t>(rank + 7))};
        group->broadcast(broadcast, 0, "test state");
        return std::vector<double>{sum[0].item<double>(), averaged[0][19].item<double>(),
                                   averaged[1][1][2].item<double>(), broadcast[0][3].item<double>(),
                                   broadcast[1][0].item<double>()};
    };
    auto rank1 = std::async(std::launch::async, runRank, 1);
    const std::vector<double> values0 = runRank(0);
    const std::vector<double> values1 = rank1.get();
    const std::vector<double> expected{3.0, 3.0, 0.5, 10.0, 7.0};
    QCOMPARE(values0, expected);
    QCOMPARE(values1, expected);
}

void TestDistributed::worldSizeMismatchIsAnError()
{
    const int port = freePort();
    auto rank1 = std::async(std::launch::async, [port] {
        try {
            DistributedGroup::connect(loopback(1, 3, port, 10), false);
        } catch (const DistributedError& error) {
            return std::string(error.what());
        }
        return std::string();
    });
    QString master;
    try {
        DistributedGroup::connect(loopback(0, 2, port, 10), false);
    } catch (const DistributedError& error) {
        master = error.what();
    }
    const QString other = QString::fromStdString(rank1.get());
    QVERIFY2(other.contains("world size mismatch") && other.contains("rank 1 of 3"),
             qPrintable(other));
    QVERIFY2(master.contains("world size mismatch"), qPrintable(master)); // told, not left waiting
}

void TestDistributed::portInUseIsAnError()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_ANY);
    socklen_t length = sizeof(address);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    QCOMPARE(::listen(fd, 1), 0);
    const int port = ntohs(address.sin_port);
    QString message;
    try {
        DistributedGroup::connect(loopback(0, 2, port, 5), false);
    } catch (const DistributedError& error) {
        message = error.what();
    }
    ::close(fd);
    QVERIFY2(message.contains("port in use") && message.contains(QString::number(port)),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(TestDistributed)
#include "test_core_distributed.moc"
