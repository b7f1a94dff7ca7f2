#include "prediction_ranks.h"
#include "cli_messages.h"

#include "prediction_cli.h"
#include "rank_launcher.h"

#include "distributed_group.h"
#include "evaluation_metrics.h"
#include "model_config.h"
#include "parallel_for.h"
#include "prediction_shards.h"
#include "predictor.h"

#include <torch/torch.h>

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

namespace kps::cli {

QCommandLineOption nprocOption()
{
    return QCommandLineOption(
        QStringLiteral("nproc"),
        tr("Processes sharing the images (data-parallel; same outputs as one process)."),
        QStringLiteral("N"), QStringLiteral("1"));
}

int launchPredictionRanks(const QString& command, const QStringList& args,
                          const QCommandLineParser& parser, const QCommandLineOption& nproc)
{
    bool ok = false;
    const int ranks = parser.value(nproc).toInt(&ok);
    if (!ok || ranks < 1)
        return usageError(command, tr("--nproc must be a positive integer"));
    if (ranks == 1 || std::getenv("RANK"))
        return -1;
    RankLaunchOptions launch;
    launch.program = QCoreApplication::applicationFilePath();
    launch.arguments =
        QStringList{command} + withoutOptions(args.mid(1), {QStringLiteral("nproc")});
    launch.localRanks = ranks;
    const RankLaunchResult launched = launchRanks(launch);
    if (launched.exitCode == 1)
        return fail(qPrintable(command), launched.failure);
    return launched.exitCode;
}

QString rankDevice(const QString& device)
{
    const char* localRank = std::getenv("LOCAL_RANK");
    if (device == QLatin1String("cuda") && localRank && std::getenv("RANK"))
        return QStringLiteral("cuda:%1").arg(QString::fromLatin1(localRank));
    return device;
}

DistributedPrediction runPredictionRanks(const Predictor& predictor, PredictionJobOptions options,
                                         ProgressObserver* observer)
{
    const std::optional<RendezvousOptions> rendezvous = RendezvousOptions::fromProcessEnvironment();
    if (!rendezvous || rendezvous->worldSize <= 1)
        return {runPredictionJob(predictor, options, observer), true};

    // Only a barrier is needed: Gloo over TCP, whatever the device.
    const std::unique_ptr<DistributedGroup> group = DistributedGroup::connect(*rendezvous, false);
    const int rank = group->rank(), world = group->worldSize();
    const char* localWorld = std::getenv("LOCAL_WORLD_SIZE");
    const int localRanks = localWorld ? std::max(1, std::atoi(localWorld)) : 1;
    const int threads = std::max(1, hardwareThreads() / localRanks); // ranks share the cores
    torch::set_num_threads(threads);
    if (options.threads <= 0)
        options.threads = threads;

    const bool report = options.writeReport;
    const std::vector<PredictionInput> inputs = listPredictionInputs(options.input, options.stems);
    options.stems = shardStems(inputs, rank, world);
    options.writeReport = false;
    PredictionJobResult mine;
    if (!options.stems.empty()) // empty stems mean "every image": a rank without images idles
        mine = runPredictionJob(predictor, options, rank == 0 ? observer : nullptr);

    const std::filesystem::path shards = options.outDir / ".kpstudio-shards";
    const auto shardFile = [&](int r) { return shards / ("rank_" + std::to_string(r) + ".json"); };
    std::filesystem::create_directories(shards);
    writePredictionShard(shardFile(rank), mine);
    group->barrier("the prediction shards");
    if (rank != 0)
        return {std::move(mine), false};

    std::vector<std::filesystem::path> files;
    for (int r = 0; r < world; ++r)
        files.push_back(shardFile(r));
    DistributedPrediction merged{mergePredictionShards(files, predictor.config().preprocess,
                                                       predictor.config().keypointCount),
                                 true};
    if (report)
        writeEvaluationReport(options.outDir, merged.result.summary, merged.result.results);
    std::error_code ignored;
    std::filesystem::remove_all(shards, ignored);
    return merged;
}

} // namespace kps::cli
