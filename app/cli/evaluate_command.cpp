// kpstudio evaluate: runs a model over an annotated dataset, writes the prediction outputs and the
// evaluation report (evaluation_summary.json + CSVs) and prints the seed-style summary table.
#include "cli_commands.h"
#include "prediction_cli.h"
#include "terminal_progress.h"

#include "file_error.h"
#include "prediction_job.h"
#include "predictor.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

namespace kps::cli {

int runEvaluate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kpstudio", "Evaluate a model on an annotated dataset (visible keypoints only)."));
    parser.addHelpOption();
    const QCommandLineOption modelOption(
        QStringLiteral("model"),
        QCoreApplication::translate("kpstudio", "Weights file (best.pt, last.pt or exported)."),
        QStringLiteral("F"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QCoreApplication::translate("kpstudio", "Dataset root (Rendered_Images/, JSON_Data_REF/)."),
        QStringLiteral("DIR"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QCoreApplication::translate(
            "kpstudio",
            "Output folder (overlays/, heatmaps/, original_overlays/, evaluation_summary.json)."),
        QStringLiteral("DIR"));
    const QCommandLineOption splitOption(
        QStringLiteral("split"),
        QCoreApplication::translate(
            "kpstudio", "all, or val: only the validation stems of split.json beside the model."),
        QStringLiteral("all|val"), QStringLiteral("all"));
    parser.addOptions({modelOption, dataOption, outOption, splitOption});
    const PredictionCliOptions common = addPredictionCliOptions(parser);
    parser.process(args);

    const QString command = QStringLiteral("evaluate");
    if (!parser.isSet(modelOption) || !parser.isSet(dataOption) || !parser.isSet(outOption))
        return usageError(command, QCoreApplication::translate(
                                       "kpstudio", "--model, --data and --out are required"));
    const QString split = parser.value(splitOption);
    if (split != QLatin1String("all") && split != QLatin1String("val"))
        return usageError(
            command, QCoreApplication::translate("kpstudio", "--split must be 'all' or 'val'"));

    PredictionJobOptions options;
    options.input = toPath(parser.value(dataOption));
    options.outDir = toPath(parser.value(outOption));
    QString error;
    if (!readPredictionCliOptions(parser, common, options, &error))
        return usageError(command, error);
    options.writer.annotations = false;

    try {
        const std::filesystem::path modelFile = toPath(parser.value(modelOption));
        if (split == QLatin1String("val")) {
            const std::filesystem::path splitFile = modelFile.parent_path() / "split.json";
            if (!std::filesystem::is_regular_file(splitFile))
                throw FileError(
                    splitFile,
                    "missing: --split val needs the model's run directory with split.json");
            options.stems = readSplitStems(splitFile, "val");
        }
        const auto inputs = listPredictionInputs(options.input, options.stems);
        if (std::none_of(inputs.begin(), inputs.end(),
                         [](const PredictionInput& i) { return !i.annotation.empty(); }))
            throw FileError(
                options.input,
                "no annotated images to evaluate (use kpstudio predict for unlabelled images)");

        const Predictor predictor(modelFile, parser.value(common.device).toStdString());
        TerminalProgress progress("img");
        const PredictionJobResult result = runPredictionJob(predictor, options, &progress);
        progress.finish();
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
