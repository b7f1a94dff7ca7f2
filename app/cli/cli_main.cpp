// kpstudio: the headless command line over kps_data and kps_nn (same work as the GUI, for
// servers and scripts).
#include "cli/cli_commands.h"
#include "torch_threads.h"
#include "ui_translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>

namespace {

struct Command
{
    std::function<int(const QStringList&)> run;
    const char* summary;
};

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("info"),
         {kps::cli::runInfo,
          QT_TRANSLATE_NOOP("kpstudio", "Summarise a dataset and list its problems")}},
        {QStringLiteral("generate"),
         {kps::cli::runGenerate,
          QT_TRANSLATE_NOOP("kpstudio", "Render a synthetic spacecraft dataset")}},
        {QStringLiteral("train"),
         {kps::cli::runTrain,
          QT_TRANSLATE_NOOP("kpstudio", "Train a keypoint model into a run directory")}},
        {QStringLiteral("evaluate"),
         {kps::cli::runEvaluate,
          QT_TRANSLATE_NOOP("kpstudio", "Evaluate a model on an annotated dataset")}},
        {QStringLiteral("predict"),
         {kps::cli::runPredict,
          QT_TRANSLATE_NOOP("kpstudio", "Predict keypoints for a folder of images")}},
        {QStringLiteral("report"),
         {kps::cli::runReport,
          QT_TRANSLATE_NOOP("kpstudio",
                            "Evaluate a model and write an HTML/PDF report with plots")}},
        {QStringLiteral("demo"),
         {kps::cli::runDemo,
          QT_TRANSLATE_NOOP("kpstudio",
                            "Generate, train, evaluate: the whole pipeline in minutes")}},
        {QStringLiteral("export"),
         {kps::cli::runExport,
          QT_TRANSLATE_NOOP("kpstudio",
                            "Export a model as ONNX, verified with OpenCV DNN against LibTorch")}},
        {QStringLiteral("bench"),
         {kps::cli::runBench,
          QT_TRANSLATE_NOOP("kpstudio", "Measure data and training throughput")}},
        {QStringLiteral("plot-runs"),
         {kps::cli::runPlotRuns,
          QT_TRANSLATE_NOOP("kpstudio", "Plot a validation metric of several runs against time")}},
        {QStringLiteral("export-arrays"),
         {kps::cli::runExportArrays,
          QT_TRANSLATE_NOOP("kpstudio",
                            "Write the seed's X_data.npy / Y_data.npz arrays from a dataset")}},
        {QStringLiteral("import-keras"),
         {kps::cli::runImportKeras,
          QT_TRANSLATE_NOOP(
              "kpstudio", "Convert a Keras model of the seed (.keras, .h5) into a weights file")}},
    };
    return table;
}

void printUsage(FILE* out)
{
    QTextStream stream(out);
    stream << QCoreApplication::translate(
                  "kpstudio",
                  "Usage: kpstudio COMMAND [OPTIONS]  (kpstudio COMMAND --help for details)")
           << "\n\n"
           << QCoreApplication::translate("kpstudio", "Commands:") << "\n";
    for (const auto& [name, command] : commands())
        stream << "  " << name.leftJustified(14)
               << QCoreApplication::translate("kpstudio", command.summary) << "\n";
}

} // namespace

int main(int argc, char* argv[])
{
    // The report and plot-runs render plots (QWidget painting): they alone get a QApplication,
    // always on the offscreen platform so it runs on servers without a display. A private
    // XDG_RUNTIME_DIR (when none is set) keeps Qt's warning about it off stderr.
    std::unique_ptr<QTemporaryDir> runtimeDir; // outlives the application
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "plot-runs") == 0)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtimeDir = std::make_unique<QTemporaryDir>();
            if (runtimeDir->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("kpstudio"));
    QCoreApplication::setOrganizationName(QStringLiteral("KeypointStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KPS_VERSION));
    kps::useAllHardwareThreadsForTorch();
    // Messages in the system's language (LANG / LC_ALL / LC_MESSAGES) when it is shipped.
    kps::UiTranslations translations;
    translations.install(QLocale::system());

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments[1] == QLatin1String("--help") ||
        arguments[1] == QLatin1String("-h")) {
        printUsage(arguments.size() < 2 ? stderr : stdout);
        return arguments.size() < 2 ? 2 : 0;
    }
    if (arguments[1] == QLatin1String("--version") || arguments[1] == QLatin1String("-v")) {
        QTextStream(stdout) << "kpstudio " << KPS_VERSION << "\n";
        return 0;
    }
    const auto found = commands().find(arguments[1]);
    if (found == commands().end()) {
        QTextStream(stderr) << QCoreApplication::translate("kpstudio",
                                                           "kpstudio: unknown command '%1'")
                                   .arg(arguments[1])
                            << "\n";
        printUsage(stderr);
        return 2;
    }
    return found->second.run(arguments.mid(1));
}
