// kpstudio train: trains a model into a run directory (or resumes one), headless.
#include "cli_commands.h"
#include "cli_messages.h"
#include "rank_launcher.h"
#include "training_printer.h"

#include "distributed_group.h"
#include "json_file.h"
#include "parallel_for.h"
#include "progress.h"
#include "run_directory.h"
#include "trainer.h"
#include "training_config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>

namespace kps::cli {

namespace {

constexpr const char* kCommand = "train";

// Parses option `name` as a number; sets ok=false and prints an error when it is not one.
template <typename T>
bool readNumber(const QCommandLineParser& parser, const QString& name, T& value, T minimum)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const QString text = parser.value(name);
    double parsed = 0;
    if constexpr (std::is_integral_v<T>) {
        const qlonglong number = text.toLongLong(&ok);
        parsed = static_cast<double>(number);
        if (ok)
            value = static_cast<T>(number);
    } else {
        parsed = text.toDouble(&ok);
        if (ok)
            value = static_cast<T>(parsed);
    }
    if (!ok || parsed < static_cast<double>(minimum)) {
        fail(kCommand,
             tr("--%1: expected a number >= %2, got \"%3\"")
                 .arg(name)
                 .arg(static_cast<double>(minimum))
                 .arg(text),
             2);
        return false;
    }
    return true;
}

// A dataset folder or "synthetic:MESH" with its path made absolute ("synthetic:builtin" as is), so
// the run's config.json still works from another working directory.
std::string absoluteDataSource(const std::string& data)
{
    const std::string prefix = TrainingConfig::kSyntheticPrefix;
    if (data.rfind(prefix, 0) != 0)
        return std::filesystem::absolute(data).string();
    const std::string mesh = data.substr(prefix.size());
    return mesh == "builtin" ? data : prefix + std::filesystem::absolute(mesh).string();
}

// A rank other than 0 reports nothing on stdout (rank 0 speaks for the run); errors still go to
// stderr through the command's own failure line.
class SilentObserver : public TrainingObserver
{
};

// The options that launch ranks; the ranks themselves get the rest (and the environment).
const QStringList kLaunchOptions = {"nproc", "nnodes", "node-rank", "master-addr", "master-port"};

} // namespace

int runTrain(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Train a keypoint model into a run directory (config.json, training_log.csv, "
           "events.jsonl, best.pt, last.pt, snapshots/)."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options = {
        {"data",
         tr("Dataset folder (4SP layout), or synthetic:builtin / synthetic:MESH.json for an "
            "endless stream "
            "of generated images."),
         "DIR"},
        {"arrays", tr("Train on the seed's arrays instead (X_data.npy, Y_data.npz in DIR)."),
         "DIR"},
        {"run", tr("Run directory to create (or to resume with --resume)."), "DIR"},
        {"resume", tr("Continue a stopped run in --run (same split, log appended).")},
        {"config",
         tr("Start from a saved training config (the Train page's Save config, or a run's "
            "config.json); "
            "the other options override its values."),
         "FILE"},
        {"recipe",
         tr("Training recipe: seed (the seed's train_vis.py; GPU default) or cpu-fast (CPU "
            "default)."),
         "R"},
        {"preset", tr("Model preset: seed, small, tiny (default: the recipe's)."), "P"},
        {"epochs", tr("Epochs of the main phase (default: the recipe's; with --resume: raise it)."),
         "E"},
        {"batch", tr("Batch size (default: the recipe's)."), "B"},
        {"device", tr("auto, cpu, cuda or cuda:N (default auto)."), "D", "auto"},
        {"pretrained",
         tr("ImageNet weights for the backbone: torchvision ResNet (.pth) or Keras ResNet50 "
            "(.h5)."),
         "FILE"},
        {"freeze-backbone", tr("auto (frozen with --pretrained), frozen or trainable."), "MODE",
         "auto"},
        {"image-size", tr("Network input side IMG (multiple of 32; default 128)."), "N"},
        {"heatmap-size", tr("Heatmap side HEAT (default 64)."), "N"},
        {"lr", tr("Learning rate (peak rate with warmup_cosine; default: the recipe's)."), "X"},
        {"schedule", tr("Learning-rate schedule: plateau or warmup_cosine."), "S"},
        {"warmup-epochs", tr("Warm-up epochs of warmup_cosine."), "E"},
        {"focal", tr("Heatmap focal loss form: seed or bce."), "F"},
        {"lambda-l1", tr("Weight of the coordinate L1 loss (the seed's: 5)."), "X"},
        {"beta",
         tr("SoftArgMax temperature beta (default: the recipe's, 15 for seed and 30 for "
            "cpu-fast)."),
         "X"},
        {"head-prior", tr("Initial heatmap value of a fresh model (0 = off)."), "P"},
        {"best", tr("best.pt criterion: mean_error, val_loss or pck@N (N in 128-px pixels)."), "C"},
        {"precision",
         tr("Arithmetic: auto (bf16 mixed on a CPU with native bf16, else float32; the cpu-fast "
            "recipe's), fp32 (the seed's) or bf16_mixed."),
         "P"},
        {"bn-momentum",
         tr("Decoder BatchNorm momentum (PyTorch convention; the seed's Keras default is 0.01)."),
         "M"},
        {"bn-recalibration",
         tr("Re-estimate BatchNorm statistics on N training batches before each validation "
            "(0 = off)."),
         "N"},
        {"synthetic-images", tr("Synthetic data: training images per epoch."), "N"},
        {"synthetic-validation", tr("Synthetic data: validation images."), "N"},
        {"synthetic-fixed",
         tr("Synthetic data: the same training images every epoch instead of new ones.")},
        {"synthetic-materials",
         tr("Synthetic data: face colours, fixed (default; every face keeps its colour) or "
            "random (new colours in every image)."),
         "MODE"},
        {"fine-tune-epochs",
         tr("Epochs of a second phase with the backbone unfrozen (default 0 = none)."), "N"},
        {"fine-tune-lr", tr("Learning rate of the fine-tune phase (default 2e-6)."), "X"},
        {"early-stopping",
         tr("Stop a phase after N epochs without val-loss improvement (0 = off)."), "N"},
        {"seed", tr("Random seed (split, init, shuffling, augmentation; default 42)."), "S"},
        {"threads", tr("CPU threads for training (default: all cores)."), "T"},
        {"snapshot-samples", tr("Validation images in each heatmap snapshot (default 4)."), "N"},
        {"cache-dir", tr("Preprocessed-image cache folder (default ~/.cache/keypoint-studio)."),
         "DIR"},
        {"quiet", tr("Print only one line per epoch.")},
        {"accumulate",
         tr("Forward passes per optimizer step (gradient accumulation): a step trains on "
            "batch x K images (default 1)."),
         "K"},
        {"nproc",
         tr("Data-parallel ranks to start on this machine: one per GPU, or CPU processes sharing "
            "the "
            "cores (default 1)."),
         "N"},
        {"nnodes", tr("Machines of a data-parallel run (default 1)."), "M"},
        {"node-rank", tr("This machine's index among --nnodes (default 0)."), "R"},
        {"master-addr", tr("Address of the machine running rank 0 (default 127.0.0.1)."), "HOST"},
        {"master-port",
         tr("TCP port of the rendezvous on the master (default: a free port on one machine, "
            "29500 on several)."),
         "P"},
        {"dist-timeout",
         tr("Seconds a rank waits for the others (rendezvous, each collective) before the run "
            "fails (default 300)."),
         "S"},
    };
    parser.addOptions(options);
    if (!parser.parse(args))
        return fail(kCommand, parser.errorText(), 2);
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(kCommand,
                    tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()), 2);
    if (!parser.isSet("run"))
        return fail(kCommand, tr("--run DIR is required"), 2);
    const std::filesystem::path runDir = parser.value("run").toStdString();

    int nproc = 1, nnodes = 1, nodeRank = 0, masterPort = 0, accumulate = 1, distTimeout = 300;
    if (!readNumber(parser, "nproc", nproc, 1) || !readNumber(parser, "nnodes", nnodes, 1) ||
        !readNumber(parser, "node-rank", nodeRank, 0) ||
        !readNumber(parser, "master-port", masterPort, 1) ||
        !readNumber(parser, "accumulate", accumulate, 1) ||
        !readNumber(parser, "dist-timeout", distTimeout, 1))
        return 2;
    if (masterPort > 65535)
        return fail(kCommand, tr("--master-port: %1 is not a TCP port").arg(masterPort), 2);
    if (nodeRank >= nnodes)
        return fail(kCommand,
                    tr("--node-rank %1 must be below --nnodes %2").arg(nodeRank).arg(nnodes), 2);
    if (nproc > 1 || nnodes > 1) {
        if (std::getenv("RANK"))
            return fail(kCommand,
                        tr("--nproc/--nnodes inside a launched rank (RANK is set): give either a "
                           "launcher or "
                           "--nproc, not both"),
                        2);
        RankLaunchOptions launch;
        launch.program = QCoreApplication::applicationFilePath();
        launch.arguments = QStringList{"train"} + withoutOptions(args.mid(1), kLaunchOptions);
        // CPU ranks share the cores instead of each taking all of them.
        if (!parser.isSet("threads"))
            launch.arguments << "--threads"
                             << QString::number(std::max(1, hardwareThreads() / nproc));
        launch.localRanks = nproc;
        launch.nodes = nnodes;
        launch.nodeRank = nodeRank;
        if (parser.isSet("master-addr"))
            launch.masterAddr = parser.value("master-addr");
        launch.masterPort = masterPort > 0 ? masterPort : (nnodes > 1 ? 29500 : 0);
        const RankLaunchResult launched = launchRanks(launch);
        if (launched.exitCode == 1) {
            return fail(kCommand,
                        tr("%1; the run stays resumable from its last completed epoch: kpstudio "
                           "train --run %2 "
                           "--resume --nproc %3")
                            .arg(launched.failure, QString::fromStdString(runDir.string()))
                            .arg(nproc));
        }
        return launched.exitCode;
    }

    // A rank of a data-parallel run (started by --nproc, torchrun, srun...): join the group.
    std::unique_ptr<DistributedGroup> group;
    try {
        std::optional<RendezvousOptions> rendezvous = RendezvousOptions::fromProcessEnvironment();
        if (rendezvous && rendezvous->worldSize > 1) {
            rendezvous->timeout = std::chrono::seconds(distTimeout);
            const std::string device = parser.isSet("resume")
                                           ? RunDirectory(runDir).readConfig().device
                                           : parser.value("device").toStdString();
            // CUDA ranks use NCCL; the device itself is picked per LOCAL_RANK by the trainer.
            const bool cuda = resolveDeviceName(device) != "cpu";
            group = DistributedGroup::connect(*rendezvous, cuda);
        }
    } catch (const std::exception& error) {
        return fail(kCommand, QString::fromStdString(error.what()));
    }

    StopToken stop;
    InterruptToStop interrupt(&stop);
    TrainingPrinter printer(parser.isSet("quiet"));
    SilentObserver silent;
    TrainingObserver* observer =
        group && group->rank() != 0 ? static_cast<TrainingObserver*>(&silent) : &printer;
    Trainer trainer;
    trainer.setDistributedGroup(group.get());
    TrainingSummary summary;

    if (parser.isSet("resume")) {
        int epochs = 0;
        if (!readNumber(parser, "epochs", epochs, 1))
            return 2;
        for (const char* ignored :
             {"data", "arrays", "config", "recipe", "preset", "batch", "pretrained", "lr", "seed",
              "focal", "schedule", "accumulate", "precision"})
            if (parser.isSet(ignored))
                QTextStream(stderr) << tr("kpstudio train: --%1 is ignored with --resume (the "
                                          "run's config.json is used)")
                                           .arg(ignored)
                                    << "\n";
        summary = trainer.resume(runDir, observer, &stop, epochs);
    } else {
        const bool fromFile = parser.isSet("config");
        if (!fromFile && !parser.isSet("data") && !parser.isSet("arrays"))
            return fail(kCommand,
                        tr("--data DIR is required (or --arrays DIR, --config FILE or --resume)"),
                        2);
        if (parser.isSet("data") && parser.isSet("arrays"))
            return fail(kCommand, tr("--data and --arrays exclude each other"), 2);
        TrainingConfig config;
        const std::string device = parser.value("device").toStdString();
        try {
            const bool cuda = resolveDeviceName(device) != "cpu";
            if (fromFile) {
                const std::filesystem::path file = parser.value("config").toStdString();
                try {
                    config = TrainingConfig::fromJson(readJsonFile(file));
                } catch (const std::exception& error) {
                    return fail(kCommand,
                                tr("--config %1: %2")
                                    .arg(QString::fromStdString(file.string()),
                                         QString::fromStdString(error.what())),
                                2);
                }
                if (parser.isSet("recipe"))
                    return fail(kCommand, tr("--config and --recipe exclude each other"), 2);
            } else {
                config = TrainingConfig::fromRecipe(parser.isSet("recipe")
                                                        ? parser.value("recipe").toStdString()
                                                        : TrainingConfig::defaultRecipe(cuda));
            }
            if (parser.isSet("preset"))
                config.model = TrainingConfig::presetModel(parser.value("preset").toStdString());
            if (!fromFile || parser.isSet("freeze-backbone"))
                config.freezeBackbone =
                    backboneFreezeFromString(parser.value("freeze-backbone").toStdString());
            if (parser.isSet("schedule"))
                config.schedule =
                    learningRateScheduleFromString(parser.value("schedule").toStdString());
            if (parser.isSet("focal"))
                config.focalForm = focalFormFromString(parser.value("focal").toStdString());
            if (parser.isSet("best"))
                config.bestCriterion =
                    BestCheckpointCriterion::fromString(parser.value("best").toStdString());
            if (parser.isSet("precision"))
                config.precision =
                    trainingPrecisionFromString(parser.value("precision").toStdString());
        } catch (const std::invalid_argument& error) {
            return fail(kCommand, QString::fromStdString(error.what()), 2);
        }
        if (parser.isSet("synthetic-materials")) {
            const QString text = parser.value("synthetic-materials");
            const auto mode = parseMaterialMode(text.toStdString());
            if (!mode)
                return fail(kCommand,
                            QStringLiteral("--synthetic-materials: ") +
                                tr("expected 'fixed' or 'random', got '%1'").arg(text),
                            2);
            config.synthetic.materials = *mode;
        }
        if (!fromFile || parser.isSet("device"))
            config.device = device;
        if (parser.isSet("data")) {
            config.dataDir = absoluteDataSource(parser.value("data").toStdString());
            config.arraysDir.clear();
        } else if (parser.isSet("arrays")) {
            config.arraysDir =
                std::filesystem::absolute(parser.value("arrays").toStdString()).string();
            config.dataDir.clear();
        }
        if (!fromFile || parser.isSet("synthetic-fixed"))
            config.synthetic.freshEachEpoch = !parser.isSet("synthetic-fixed");
        int fineTuneEpochs = config.fineTune ? config.fineTuneEpochs : 0;
        if (!readNumber(parser, "epochs", config.epochs, 1) ||
            !readNumber(parser, "batch", config.batchSize, 1) ||
            !readNumber(parser, "lr", config.learningRate, 0.0) ||
            !readNumber(parser, "fine-tune-epochs", fineTuneEpochs, 0) ||
            !readNumber(parser, "fine-tune-lr", config.fineTuneLearningRate, 0.0) ||
            !readNumber(parser, "early-stopping", config.earlyStoppingPatience, 0) ||
            !readNumber(parser, "seed", config.seed, 0ull) ||
            !readNumber(parser, "threads", config.threads, 0) ||
            !readNumber(parser, "snapshot-samples", config.snapshotSamples, 0) ||
            !readNumber(parser, "image-size", config.model.preprocess.imageSize, 32) ||
            !readNumber(parser, "heatmap-size", config.model.preprocess.heatmapSize, 4) ||
            !readNumber(parser, "warmup-epochs", config.warmupEpochs, 0.0) ||
            !readNumber(parser, "lambda-l1", config.lambdaL1, 0.0) ||
            !readNumber(parser, "beta", config.model.softArgMaxBeta, 0.0) ||
            !readNumber(parser, "head-prior", config.headPrior, 0.0) ||
            !readNumber(parser, "bn-momentum", config.decoderBatchNormMomentum, 0.0) ||
            !readNumber(parser, "bn-recalibration", config.batchNormRecalibrationBatches, 0) ||
            !readNumber(parser, "synthetic-images", config.synthetic.imagesPerEpoch, 1) ||
            !readNumber(parser, "synthetic-validation", config.synthetic.validationImages, 1))
            return 2;
        if (!fromFile || parser.isSet("accumulate"))
            config.accumulateSteps = accumulate;
        config.fineTune = fineTuneEpochs > 0;
        if (config.fineTune)
            config.fineTuneEpochs = fineTuneEpochs;
        if (parser.isSet("pretrained"))
            config.pretrained =
                std::filesystem::absolute(parser.value("pretrained").toStdString()).string();
        if (parser.isSet("cache-dir"))
            config.cacheDir =
                std::filesystem::absolute(parser.value("cache-dir").toStdString()).string();
        try {
            ModelConfig checked = config.model;
            checked.keypointCount = 1;
            checked.validate();
            config.validate();
        } catch (const std::invalid_argument& error) {
            return fail(kCommand, QString::fromStdString(error.what()), 2);
        }
        summary = trainer.run(config, runDir, observer, &stop);
    }

    if (group && summary.outcome == TrainingSummary::Outcome::Failed) {
        // A process group with a dead or hung peer can block in its destructor: report and leave.
        fail(kCommand, QString::fromStdString(summary.message));
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(1);
    }
    if (group && group->rank() != 0)
        return summary.outcome == TrainingSummary::Outcome::Stopped ? 130 : 0;
    switch (summary.outcome) {
    case TrainingSummary::Outcome::Finished:
        std::printf("%s\n", tr("run directory: %1")
                                .arg(QString::fromStdString(runDir.string()))
                                .toLocal8Bit()
                                .constData());
        return 0;
    case TrainingSummary::Outcome::Stopped:
        std::printf("%s\n", tr("resume with: kpstudio train --run %1 --resume")
                                .arg(QString::fromStdString(runDir.string()))
                                .toLocal8Bit()
                                .constData());
        return 130;
    case TrainingSummary::Outcome::Failed:
        break;
    }
    return fail(kCommand, QString::fromStdString(summary.message));
}

} // namespace kps::cli
