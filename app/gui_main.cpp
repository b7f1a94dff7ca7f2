// keypoint-studio: the GUI. `keypoint-studio [DATASET]` opens a dataset, `--demo` the built-in
// demo dataset (rendered on first use); without arguments the last dataset reopens.

#include "main_window.h"
#include "resource_paths.h"
#include "torch_threads.h"
#include "ui_translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KeypointStudio"));
    QApplication::setApplicationName(QStringLiteral("KeypointStudio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keypoint Studio"));
    QApplication::setApplicationVersion(QStringLiteral(KPS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("keypoint-studio"));
    QApplication::setWindowIcon(QIcon(kps::resources::applicationIcon()));

    // --lang is read before the parser runs so that --help is translated too.
    QString language;
    const QStringList arguments = QApplication::arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            language = arguments[i].mid(7);
    }
    kps::UiTranslations translations;
    if (language.isEmpty())
        translations.install(QLocale::system());
    else
        translations.install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Annotate, train and inspect heatmap keypoint detectors for spacecraft pose estimation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("main", "Open the built-in demo dataset."));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "User interface language (en, pt_BR, de)."),
        QStringLiteral("language"));
    parser.addOption(demoOption);
    parser.addOption(languageOption);
    parser.addPositionalArgument(
        QStringLiteral("dataset"),
        QApplication::translate("main", "Dataset folder to open (4SP layout)."),
        QStringLiteral("[dataset]"));
    parser.process(app);

    // The GUI's own torch work (inference in Inspect) runs on this thread's pool too.
    kps::useAllHardwareThreadsForTorch();

    kps::MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(demoOption))
        QTimer::singleShot(0, &window, &kps::MainWindow::openDemoDataset);
    else if (!positional.isEmpty())
        window.openDataset(positional.first());
    else
        window.openLastDataset();
    return QApplication::exec();
}
