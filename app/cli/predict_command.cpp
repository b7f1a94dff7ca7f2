// kpstudio predict: runs a model over a folder of images (or a dataset root), writes overlays,
// heatmaps and, for images without annotation, predicted 4SP JSONs that the annotation editor
// can open and correct. Annotated images (dataset root) are also evaluated.
#include "cli_commands.h"
#include "prediction_cli.h"
#include "prediction_ranks.h"
#include "terminal_progress.h"

#include "prediction_job.h"
#include "predictor.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace kps::cli {

int runPredict(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kpstudio",
        "Predict keypoints for a folder of images; unlabelled images get 4SP annotation JSONs."));
    parser.addHelpOption();
    const QCommandLineOption modelOption(
        QStringLiteral("model"),
        QCoreApplication::translate("kpstudio", "Weights file (best.pt, last.pt or exported)."),
        QStringLiteral("F"));
    const QCommandLineOption imagesOption(
        QStringLiteral("images"),
        QCoreApplication::translate("kpstudio", "Image folder or dataset root."),
        QStringLiteral("DIR"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QCoreApplication::translate("kpstudio",
                                    "Output folder (overlays/, heatmaps/, original_overlays/, "
                                    "JSON_Data_REF/, evaluation_summary.json)."),
        QStringLiteral("DIR"));
    const QCommandLineOption thresholdOption(
        QStringLiteral("threshold"),
        QCoreApplication::translate("kpstudio",
                                    "Heatmap peak needed to write a keypoint as visible (0..1)."),
        QStringLiteral("T"), QStringLiteral("0.5"));
    const QCommandLineOption nproc = nprocOption();
    parser.addOptions({modelOption, imagesOption, outOption, thresholdOption, nproc});
    const PredictionCliOptions common = addPredictionCliOptions(parser);
    parser.process(args);

    const QString command = QStringLiteral("predict");
    if (!parser.isSet(modelOption) || !parser.isSet(imagesOption) || !parser.isSet(outOption))
        return usageError(command, QCoreApplication::translate(
                                       "kpstudio", "--model, --images and --out are required"));
    bool ok = false;
    const double threshold = parser.value(thresholdOption).toDouble(&ok);
    if (!ok || threshold < 0.0 || threshold > 1.0)
        return usageError(command, QCoreApplication::translate(
                                       "kpstudio", "--threshold must be a number in [0, 1]"));

    PredictionJobOptions options;
    options.input = toPath(parser.value(imagesOption));
    options.outDir = toPath(parser.value(outOption));
    QString error;
    if (!readPredictionCliOptions(parser, common, options, &error))
        return usageError(command, error);
    options.writer.annotations = true;
    options.writer.visibilityThreshold = threshold;

    try {
        const int launched = launchPredictionRanks(command, args, parser, nproc);
        if (launched >= 0)
            return launched;
        const Predictor predictor(toPath(parser.value(modelOption)),
                                  rankDevice(parser.value(common.device)).toStdString());
        TerminalProgress progress("img");
        const DistributedPrediction run = runPredictionRanks(predictor, options, &progress);
        progress.finish();
        if (!run.speaks)
            return 0; // rank 0 reports for the whole job
        const PredictionJobResult& result = run.result;
        printProblems(command, result);
        const std::size_t predicted = result.summary.processedSamples;
        std::printf("%s\n",
                    qPrintable(QCoreApplication::translate(
                                   "kpstudio",
                                   "Predicted %1 images (%2 annotated, %3 new annotations in %4)")
                                   .arg(predicted)
                                   .arg(result.summary.samplesWithGt)
                                   .arg(predicted - result.summary.samplesWithGt)
                                   .arg(QString::fromStdString(
                                       (options.outDir / outputs::kAnnotationsDir).string()))));
        if (result.summary.samplesWithGt > 0)
            std::fputs(result.summary.formatTable().c_str(), stdout);
        return result.failed > 0 ? 1 : 0;
    } catch (const std::exception& e) {
        return runtimeError(command, e);
    }
}

} // namespace kps::cli
