#include "prediction_cli.h"

#include "file_error.h"
#include "prediction_job.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace kps::cli {

PredictionCliOptions addPredictionCliOptions(QCommandLineParser& parser)
{
    PredictionCliOptions cli{
        QCommandLineOption(QStringLiteral("batch"),
                           QCoreApplication::translate("kpstudio", "Images per forward pass."),
                           QStringLiteral("B"), QStringLiteral("16")),
        QCommandLineOption(QStringLiteral("device"),
                           QCoreApplication::translate("kpstudio", "cpu, cuda or cuda:N."),
                           QStringLiteral("D"), QStringLiteral("cpu")),
        QCommandLineOption(
            QStringLiteral("threads"),
            QCoreApplication::translate("kpstudio", "Decoding/writing threads (0 = all cores)."),
            QStringLiteral("N"), QStringLiteral("0")),
        QCommandLineOption(
            QStringLiteral("save-heatmaps"),
            QCoreApplication::translate(
                "kpstudio",
                "Also write raw heatmaps as heatmaps/<stem>.npy (K x HEAT x HEAT float32).")),
        QCommandLineOption(
            QStringLiteral("no-images"),
            QCoreApplication::translate("kpstudio",
                                        "Skip overlay and heatmap pictures (report files only).")),
    };
    parser.addOptions({cli.batch, cli.device, cli.threads, cli.saveHeatmaps, cli.noImages});
    return cli;
}

bool readPredictionCliOptions(const QCommandLineParser& parser, const PredictionCliOptions& cli,
                              PredictionJobOptions& options, QString* error)
{
    bool ok = false;
    options.batchSize = parser.value(cli.batch).toInt(&ok);
    if (!ok || options.batchSize < 1) {
        *error = QCoreApplication::translate("kpstudio", "--batch must be a positive integer");
        return false;
    }
    options.threads = parser.value(cli.threads).toInt(&ok);
    if (!ok || options.threads < 0) {
        *error =
            QCoreApplication::translate("kpstudio", "--threads must be 0 or a positive integer");
        return false;
    }
    const bool images = !parser.isSet(cli.noImages);
    options.writer.overlays = images;
    options.writer.heatmapImages = images;
    options.writer.originalOverlays = images;
    options.writer.rawHeatmaps = parser.isSet(cli.saveHeatmaps);
    return true;
}

std::filesystem::path toPath(const QString& text)
{
    return std::filesystem::path(QFile::encodeName(text).toStdString());
}

EvaluationCliOptions evaluationCliOptions(const QString& outHelp)
{
    return {QCommandLineOption(QStringLiteral("model"),
                               QCoreApplication::translate(
                                   "kpstudio", "Weights file (best.pt, last.pt or exported)."),
                               QStringLiteral("F")),
            QCommandLineOption(QStringLiteral("data"),
                               QCoreApplication::translate(
                                   "kpstudio", "Dataset root (Rendered_Images/, JSON_Data_REF/)."),
                               QStringLiteral("DIR")),
            QCommandLineOption(QStringLiteral("out"), outHelp, QStringLiteral("DIR")),
            QCommandLineOption(
                QStringLiteral("split"),
                QCoreApplication::translate(
                    "kpstudio",
                    "all, or val: only the validation stems of split.json beside the model."),
                QStringLiteral("all|val"), QStringLiteral("all"))};
}

bool checkEvaluationCliOptions(const QCommandLineParser& parser, const EvaluationCliOptions& cli,
                               QString* error)
{
    if (!parser.isSet(cli.model) || !parser.isSet(cli.data) || !parser.isSet(cli.out)) {
        *error = QCoreApplication::translate("kpstudio", "--model, --data and --out are required");
        return false;
    }
    const QString split = parser.value(cli.split);
    if (split != QLatin1String("all") && split != QLatin1String("val")) {
        *error = QCoreApplication::translate("kpstudio", "--split must be 'all' or 'val'");
        return false;
    }
    return true;
}

std::vector<std::string> splitStems(const std::filesystem::path& modelFile, const QString& split)
{
    if (split != QLatin1String("val"))
        return {};
    const std::filesystem::path splitFile = modelFile.parent_path() / "split.json";
    if (!std::filesystem::is_regular_file(splitFile))
        throw FileError(splitFile,
                        "missing: --split val needs the model's run directory with split.json");
    return readSplitStems(splitFile, "val");
}

int usageError(const QString& command, const QString& message)
{
    std::fprintf(stderr, "kpstudio %s: %s\n", qPrintable(command), qPrintable(message));
    return 2;
}

int runtimeError(const QString& command, const std::exception& error)
{
    std::fprintf(stderr, "kpstudio %s: %s\n", qPrintable(command), error.what());
    return 1;
}

void printProblems(const QString& command, const PredictionJobResult& result)
{
    constexpr std::size_t shown = 20;
    for (std::size_t i = 0; i < result.problems.size() && i < shown; ++i)
        std::fprintf(stderr, "kpstudio %s: %s: %s\n", qPrintable(command),
                     qPrintable(QCoreApplication::translate("kpstudio", "warning")),
                     result.problems[i].c_str());
    if (result.problems.size() > shown)
        std::fprintf(stderr, "kpstudio %s: %s\n", qPrintable(command),
                     qPrintable(QCoreApplication::translate("kpstudio", "... and %1 more problems")
                                    .arg(result.problems.size() - shown)));
}

} // namespace kps::cli
