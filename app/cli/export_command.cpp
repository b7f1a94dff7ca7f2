// kpstudio export: writes a trained model as ONNX and verifies the file with OpenCV DNN against
// LibTorch before keeping it (or re-runs that check with --verify-only).
#include "cli_commands.h"
#include "prediction_cli.h"
#include "terminal_progress.h"

#include "onnx_verification.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace kps::cli {

namespace {

void printVerification(const OnnxVerificationResult& result)
{
    std::fputs(result.summary().c_str(), stdout);
    std::fflush(stdout);
}

} // namespace

int runExport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kpstudio",
        "Export a trained model as ONNX (input `image`, outputs `heatmaps` and `coords`) and "
        "verify it with OpenCV DNN against LibTorch; a file that fails is kept as "
        "<out>.unverified."));
    parser.addHelpOption();
    const QCommandLineOption modelOption(
        QStringLiteral("model"),
        QCoreApplication::translate("kpstudio", "Weights file (best.pt, last.pt)."),
        QStringLiteral("F"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), QCoreApplication::translate("kpstudio", "Export format: onnx."),
        QStringLiteral("FMT"), QStringLiteral("onnx"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QCoreApplication::translate("kpstudio", "Output file (model.onnx)."),
        QStringLiteral("F"));
    const QCommandLineOption opsetOption(
        QStringLiteral("opset"),
        QCoreApplication::translate("kpstudio", "ONNX opset, %1..%2 (default %3).")
            .arg(kOnnxMinOpset)
            .arg(kOnnxMaxOpset)
            .arg(kOnnxDefaultOpset),
        QStringLiteral("N"), QString::number(kOnnxDefaultOpset));
    const QCommandLineOption batchOption(
        QStringLiteral("batch"),
        QCoreApplication::translate("kpstudio", "Batch dimension: dynamic or a fixed size N."),
        QStringLiteral("dynamic|N"), QStringLiteral("dynamic"));
    const QCommandLineOption outputsOption(
        QStringLiteral("outputs"),
        QCoreApplication::translate("kpstudio", "Graph outputs: heatmaps, coords or both."),
        QStringLiteral("LIST"), QStringLiteral("heatmaps,coords"));
    const QCommandLineOption normalisationOption(
        QStringLiteral("include-normalisation"),
        QCoreApplication::translate(
            "kpstudio",
            "Put the input normalisation into the graph: it then takes raw 0-255 RGB crops."));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QCoreApplication::translate(
            "kpstudio",
            "Dataset whose first images are the verification crops (default: rendered synthetic "
            "images)."),
        QStringLiteral("DIR"));
    const QCommandLineOption cropsOption(
        QStringLiteral("crops"),
        QCoreApplication::translate("kpstudio", "Number of verification crops (default 4)."),
        QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption verifyOnlyOption(
        QStringLiteral("verify-only"),
        QCoreApplication::translate("kpstudio",
                                    "Only verify an exported file against --model (no export)."),
        QStringLiteral("F"));
    parser.addOptions({modelOption, formatOption, outOption, opsetOption, batchOption,
                       outputsOption, normalisationOption, dataOption, cropsOption,
                       verifyOnlyOption});
    parser.process(args);

    const QString command = QStringLiteral("export");
    if (!parser.isSet(modelOption))
        return usageError(command, QCoreApplication::translate("kpstudio", "--model is required"));
    bool ok = false;
    const int crops = parser.value(cropsOption).toInt(&ok);
    if (!ok || crops < 1 || crops > 64)
        return usageError(command, QCoreApplication::translate(
                                       "kpstudio", "--crops must be a whole number in [1, 64]"));
    const std::filesystem::path weights = toPath(parser.value(modelOption));
    const std::filesystem::path dataset =
        parser.isSet(dataOption) ? toPath(parser.value(dataOption)) : std::filesystem::path();

    if (parser.isSet(verifyOnlyOption)) {
        try {
            const OnnxVerificationResult result =
                verifyOnnxFile(toPath(parser.value(verifyOnlyOption)), weights, dataset, crops);
            printVerification(result);
            if (!result.passed()) {
                std::fprintf(
                    stderr, "kpstudio export: %s\n",
                    qPrintable(QCoreApplication::translate("kpstudio", "%1 failed the verification")
                                   .arg(parser.value(verifyOnlyOption))));
                return 1;
            }
            return 0;
        } catch (const std::exception& e) {
            return runtimeError(command, e);
        }
    }

    if (parser.value(formatOption) != QLatin1String("onnx"))
        return usageError(
            command, QCoreApplication::translate("kpstudio", "unknown format '%1' (known: onnx)")
                         .arg(parser.value(formatOption)));
    if (!parser.isSet(outOption))
        return usageError(command, QCoreApplication::translate("kpstudio", "--out is required"));
    OnnxExportRequest request;
    request.weights = weights;
    request.output = toPath(parser.value(outOption));
    request.dataset = dataset;
    request.verificationCropCount = crops;
    request.options.opset = parser.value(opsetOption).toInt(&ok);
    if (!ok)
        return usageError(command, QCoreApplication::translate(
                                       "kpstudio", "--opset must be a whole number, got '%1'")
                                       .arg(parser.value(opsetOption)));
    const QString batch = parser.value(batchOption);
    if (batch != QLatin1String("dynamic")) {
        request.options.batch = batch.toInt(&ok);
        if (!ok || request.options.batch < 1)
            return usageError(
                command,
                QCoreApplication::translate(
                    "kpstudio", "--batch must be 'dynamic' or a positive whole number, got '%1'")
                    .arg(batch));
    }
    request.options.includeNormalisation = parser.isSet(normalisationOption);
    try {
        request.options.setOutputs(parser.value(outputsOption).toStdString());
        request.options.validate();
    } catch (const std::exception& e) {
        return usageError(command, QString::fromUtf8(e.what()));
    }

    try {
        TerminalProgress progress("step");
        const OnnxExportReport report = exportOnnxModel(request, &progress);
        progress.finish();
        std::printf("%s\n",
                    qPrintable(QCoreApplication::translate(
                                   "kpstudio",
                                   "Exported %1 (%2 MB, opset %3, batch %4, outputs %5); weights "
                                   "SHA-256 %6")
                                   .arg(QString::fromStdString(report.file.string()))
                                   .arg(static_cast<double>(report.bytes) / 1e6, 0, 'f', 1)
                                   .arg(request.options.opset)
                                   .arg(batch)
                                   .arg(QString::fromStdString(request.options.outputsText()))
                                   .arg(QString::fromStdString(report.weightsSha256))));
        printVerification(report.verification);
        if (!report.verified) {
            std::fprintf(stderr, "kpstudio export: %s\n",
                         qPrintable(QCoreApplication::translate(
                                        "kpstudio", "verification failed; the file is kept as %1")
                                        .arg(QString::fromStdString(report.file.string()))));
            return 1;
        }
        return 0;
    } catch (const std::exception& e) {
        return runtimeError(command, e);
    }
}

} // namespace kps::cli
