// kpstudio evaluate: runs a model over an annotated dataset, writes the prediction outputs and the
// evaluation report (evaluation_summary.json + CSVs) and prints the seed-style summary table.
#include "cli_commands.h"
#include "prediction_cli.h"
#include "prediction_ranks.h"
#include "terminal_progress.h"

#include "file_error.h"
#include "prediction_job.h"
#include "predictor.h"
#include "seed_arrays.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

namespace kps::cli {

namespace {

// evaluate --arrays DIR: the seed's arrays hold crops and labels only, so only the report is
// written (no overlays); "original pixels" are the 1920x1080 canvas's.
int evaluateArrays(const QCommandLineParser& parser, const EvaluationCliOptions& cli,
                   const PredictionCliOptions& common, const QCommandLineOption& arrays)
{
    const QString command = QStringLiteral("evaluate");
    if (parser.isSet(cli.data))
        return usageError(command, QCoreApplication::translate(
                                       "kpstudio", "--arrays and --data exclude each other"));
    if (!parser.isSet(cli.model) || !parser.isSet(cli.out))
        return usageError(command, QCoreApplication::translate(
                                       "kpstudio", "--model, --arrays and --out are required"));
    const QString split = parser.value(cli.split);
    if (split != QLatin1String("all") && split != QLatin1String("val"))
        return usageError(
            command, QCoreApplication::translate("kpstudio", "--split must be 'all' or 'val'"));
    PredictionJobOptions options;
    QString error;
    if (!readPredictionCliOptions(parser, common, options, &error))
        return usageError(command, error);
    try {
        const std::filesystem::path modelFile = toPath(parser.value(cli.model));
        const std::filesystem::path outDir = toPath(parser.value(cli.out));
        const Predictor predictor(modelFile, parser.value(common.device).toStdString());
        TerminalProgress progress("img");
        const PredictionJobResult result =
            evaluateSeedArrays(predictor, toPath(parser.value(arrays)), outDir,
                               splitStems(modelFile, split), options.batchSize, &progress);
        progress.finish();
        std::fputs(result.summary.formatTable().c_str(), stdout);
        std::printf(
            "\n%s\n",
            qPrintable(QCoreApplication::translate("kpstudio", "Report: %1")
                           .arg(QString::fromStdString((outDir / report::kSummaryFile).string()))));
        return 0;
    } catch (const std::exception& e) {
        return runtimeError(command, e);
    }
}

} // namespace

int runEvaluate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kpstudio", "Evaluate a model on an annotated dataset (visible keypoints only)."));
    parser.addHelpOption();
    const EvaluationCliOptions cli = evaluationCliOptions(QCoreApplication::translate(
        "kpstudio",
        "Output folder (overlays/, heatmaps/, original_overlays/, evaluation_summary.json)."));
    parser.addOptions({cli.model, cli.data, cli.out, cli.split});
    const QCommandLineOption arrays(
        QStringLiteral("arrays"),
        QCoreApplication::translate("kpstudio", "Evaluate on the seed's arrays (X_data.npy, "
                                                "Y_data.npz in DIR) instead of --data."),
        QStringLiteral("DIR"));
    parser.addOption(arrays);
    const QCommandLineOption nproc = nprocOption();
    parser.addOption(nproc);
    const PredictionCliOptions common = addPredictionCliOptions(parser);
    parser.process(args);

    const QString command = QStringLiteral("evaluate");
    QString error;
    if (parser.isSet(arrays)) {
        if (parser.isSet(nproc))
            return usageError(command, QCoreApplication::translate(
                                           "kpstudio", "--nproc does not apply to --arrays"));
        return evaluateArrays(parser, cli, common, arrays);
    }
    if (!checkEvaluationCliOptions(parser, cli, &error))
        return usageError(command, error);
    const QString split = parser.value(cli.split);

    PredictionJobOptions options;
    options.input = toPath(parser.value(cli.data));
    options.outDir = toPath(parser.value(cli.out));
    if (!readPredictionCliOptions(parser, common, options, &error))
        return usageError(command, error);
    options.writer.annotations = false;

    try {
        const std::filesystem::path modelFile = toPath(parser.value(cli.model));
        options.stems = splitStems(modelFile, split);
        const auto inputs = listPredictionInputs(options.input, options.stems);
        if (std::none_of(inputs.begin(), inputs.end(),
                         [](const PredictionInput& i) { return !i.annotation.empty(); }))
            throw FileError(
                options.input,
                "no annotated images to evaluate (use kpstudio predict for unlabelled images)");

        const int launched = launchPredictionRanks(command, args, parser, nproc);
        if (launched >= 0)
            return launched;
        const Predictor predictor(modelFile, rankDevice(parser.value(common.device)).toStdString());
        TerminalProgress progress("img");
        const DistributedPrediction run = runPredictionRanks(predictor, options, &progress);
        progress.finish();
        if (!run.speaks)
            return 0; // rank 0 reports for the whole job
        const PredictionJobResult& result = run.result;
        printProblems(command, result);
        std::fputs(result.summary.formatTable().c_str(), stdout);
        std::printf("\n%s\n",
                    qPrintable(QCoreApplication::translate("kpstudio", "Report: %1")
                                   .arg(QString::fromStdString(
                                       (options.outDir / report::kSummaryFile).string()))));
        return result.failed > 0 ? 1 : 0;
    } catch (const std::exception& e) {
        return runtimeError(command, e);
    }
}

} // namespace kps::cli
