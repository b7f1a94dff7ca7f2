// kpstudio import-keras MODEL.keras|MODEL.h5 --out model.pt: converts a model trained by the
// seed's Keras scripts into our weights file (resnet50_keras backbone, caffe + bilinear input).
#include "cli_commands.h"
#include "prediction_cli.h"

#include "keras_import.h"
#include "weights_file.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <exception>

namespace kps::cli {

int runImportKeras(const QStringList& args)
{
    const QString command = QStringLiteral("import-keras");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kpstudio", "Convert a Keras model of the seed's network (.keras of Keras 3 or 2.13, or a "
                    "legacy .h5) into a Keypoint Studio weights file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"),
                                 QCoreApplication::translate("kpstudio", "Keras model file"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QCoreApplication::translate("kpstudio", "Weights file to write (.pt)."),
        QStringLiteral("FILE"));
    parser.addOption(outOption);
    if (!parser.parse(args))
        return usageError(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(
            command, QCoreApplication::translate(
                         "kpstudio", "expected one MODEL file (kpstudio import-keras --help)"));
    if (!parser.isSet(outOption))
        return usageError(command,
                          QCoreApplication::translate("kpstudio", "--out FILE is required"));
    try {
        const std::filesystem::path input = toPath(parser.positionalArguments().first());
        const std::filesystem::path output = toPath(parser.value(outOption));
        const KerasWeights weights = readKerasWeights(input);
        KeypointModel model = importKerasModel(input);
        saveWeights(
            output, model,
            {{"imported_from", input.filename().string()}, {"keras_layout", weights.layout}});
        const ModelConfig& config = model->config();
        QTextStream(stdout)
            << QCoreApplication::translate(
                   "kpstudio", "Imported %1 (%2): K = %3, input %4 px, decoder %5 -> %6")
                   .arg(QString::fromStdString(input.filename().string()),
                        QString::fromStdString(weights.layout))
                   .arg(config.keypointCount)
                   .arg(config.preprocess.imageSize)
                   .arg(QString::fromStdString(nlohmann::ordered_json(config.decoderWidths).dump()),
                        QString::fromStdString(output.string()))
            << "\n";
        return 0;
    } catch (const std::exception& error) {
        return runtimeError(command, error);
    }
}

} // namespace kps::cli
