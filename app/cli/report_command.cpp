// kpstudio report: runs a model over an annotated dataset (the same prediction job as evaluate),
// then writes the evaluation report folder: JSON/CSV metrics, plots, worst-image overlays, pose
// check, report.html and report.pdf (EvaluationReportWriter).
#include "cli_commands.h"
#include "prediction_cli.h"
#include "terminal_progress.h"

#include "evaluation_report_writer.h"
#include "file_error.h"
#include "model_config.h"
#include "pose_check.h"
#include "prediction_job.h"
#include "predictor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>

namespace kps::cli {

int runReport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kpstudio", "Evaluate a model on an annotated dataset and write a report folder "
                    "(report.html, report.pdf, plots, CSV and JSON metrics)."));
    parser.addHelpOption();
    const EvaluationCliOptions cli = evaluationCliOptions(
        QCoreApplication::translate("kpstudio", "Report folder (created when missing)."));
    const QCommandLineOption worstOption(
        QStringLiteral("worst"),
        QCoreApplication::translate("kpstudio", "Number of worst images shown with overlays."),
        QStringLiteral("N"), QStringLiteral("8"));
    parser.addOptions({cli.model, cli.data, cli.out, worstOption, cli.split});
    const PredictionCliOptions common = addPredictionCliOptions(parser);
    parser.process(args);

    const QString command = QStringLiteral("report");
    QString error;
    if (!checkEvaluationCliOptions(parser, cli, &error))
        return usageError(command, error);
    const QString split = parser.value(cli.split);
    bool ok = false;
    const int worst = parser.value(worstOption).toInt(&ok);
    if (!ok || worst < 0)
        return usageError(command, QCoreApplication::translate(
                                       "kpstudio", "--worst must be 0 or a positive integer"));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return usageError(command, QCoreApplication::translate(
                                       "kpstudio", "needs a QApplication (internal error)"));

    PredictionJobOptions options;
    options.input = toPath(parser.value(cli.data));
    const std::filesystem::path outDir = toPath(parser.value(cli.out));
    // The per-image prediction pictures go beside the report, as `kpstudio evaluate` writes
    // them; the metric files are written once, by the report writer.
    options.outDir = outDir / "predictions";
    options.writeReport = false;
    if (!readPredictionCliOptions(parser, common, options, &error))
        return usageError(command, error);
    options.writer.annotations = false;

    try {
        const std::filesystem::path modelFile = toPath(parser.value(cli.model));
        options.stems = splitStems(modelFile, split);
        const auto inputs = listPredictionInputs(options.input, options.stems);
        const auto annotated = static_cast<std::size_t>(
            std::count_if(inputs.begin(), inputs.end(),
                          [](const PredictionInput& i) { return !i.annotation.empty(); }));
        if (annotated == 0)
            throw FileError(options.input, "no annotated images to evaluate");

        const Predictor predictor(modelFile, parser.value(common.device).toStdString());
        TerminalProgress progress("img");
        const PredictionJobResult result = runPredictionJob(predictor, options, &progress);
        progress.finish();
        if (result.stopped)
            throw FileError(options.input, "prediction stopped before the end");

        EvaluationReportInput input;
        input.summary = result.summary;
        input.results = result.results;
        input.modelConfig = predictor.config();
        input.weightsFile = std::filesystem::absolute(modelFile);
        input.datasetRoot = std::filesystem::absolute(options.input);
        input.datasetImages = inputs.size();
        input.datasetAnnotated = annotated;
        input.split = split;
        input.problems = result.problems;
        for (const PredictionInput& i : inputs)
            input.imageFiles.emplace(i.stem, i.image);
        input.poseCheck = runPoseCheck(options.input, result.results);

        EvaluationReportOptions reportOptions;
        reportOptions.worstCount = worst;
        TerminalProgress reportProgress("step");
        EvaluationReportWriter::write(outDir, input, reportOptions, &reportProgress);
        reportProgress.finish();

        printProblems(command, result);
        std::fputs(result.summary.formatTable().c_str(), stdout);
        if (input.poseCheck)
            std::printf("\n%s\n",
                        qPrintable(QCoreApplication::translate(
                                       "kpstudio", "Pose check: %1 of %2 images solved, "
                                                   "median rotation error %3 deg")
                                       .arg(input.poseCheck->solved)
                                       .arg(input.poseCheck->images)
                                       .arg(input.poseCheck->medianRotationDeg, 0, 'f', 3)));
        std::printf(
            "\n%s\n",
            qPrintable(QCoreApplication::translate("kpstudio", "Report: %1")
                           .arg(QString::fromStdString((outDir / reportfiles::kHtml).string()))));
        return result.failed > 0 ? 1 : 0;
    } catch (const std::exception& e) {
        return runtimeError(command, e);
    }
}

} // namespace kps::cli
