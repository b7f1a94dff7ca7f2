// keypoint-studio: the GUI. `keypoint-studio [DATASET]` opens a dataset, `--demo` the built-in
// demo dataset (rendered on first use); without arguments the last dataset reopens. `--run DIR`
// shows a training run on the Train page (followed live while it is written).
// `--screenshots OUTDIR` walks the window through the README's screenshots and quits
// (tools/make_screenshots.sh runs it offscreen).

#include "main_window.h"
#include "data_page.h"
#include "dataset_controller.h"
#include "preferences_dialog.h"
#include "resource_paths.h"
#include "screenshot_tour.h"
#include "train_page.h"
#include "inspect_page.h"
#include "training_curves_plot.h"
#include "thumbnail_cache.h"
#include "torch_threads.h"
#include "ui_translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

// The README's screenshots, one step per mode that exists: Data shows the opened dataset with its
// first image. A step waits on the window's own signals (the dataset scan and the image load run
// off the UI thread).
std::unique_ptr<kps::ScreenshotTour>
makeScreenshotTour(kps::MainWindow& window, const QString& outputDir, const QString& runDir)
{
    auto tour = std::make_unique<kps::ScreenshotTour>(&window, outputDir);
    tour->setQuitWhenDone(true);
    tour->setSettleMs(5000); // the Images table repaints decoded thumbnails in batches
    kps::DatasetController* data = window.dataPage()->controller();
    auto opened = std::make_shared<bool>(false);
    auto shown = std::make_shared<bool>(false);
    auto sampleCount = std::make_shared<int>(0);
    QObject::connect(data, &kps::DatasetController::datasetOpened, &window,
                     [data, opened, sampleCount](const QString&, int count) {
                         *opened = true;
                         *sampleCount = count;
                         if (count > 0)
                             data->selectSample(0);
                     });
    QObject::connect(data, &kps::DatasetController::sampleShown, &window,
                     [shown](int) { *shown = true; });
    QObject::connect(data, &kps::DatasetController::datasetFailed, &window,
                     [](const QString& path, const QString& message) {
                         QTextStream(stderr)
                             << "keypoint-studio: " << path << ": " << message << "\n";
                         QCoreApplication::exit(1);
                     });
    // Thumbnails decode lazily: wait for the first screenful (at most 20 s after the image).
    auto sinceShown = std::make_shared<QElapsedTimer>();
    tour->addStep(QStringLiteral("data"), {}, [data, opened, shown, sampleCount, sinceShown] {
        if (!*opened || !*shown)
            return false;
        if (!sinceShown->isValid())
            sinceShown->start();
        return data->thumbnailCache()->cachedCount() >= std::min(*sampleCount, 10) ||
               sinceShown->elapsed() > 20000;
    });
    if (!runDir.isEmpty()) {
        // Train: the run's curves and heatmap evolution; Inspect: its best.pt over the dataset.
        tour->addStep(
            QStringLiteral("train"), [&window, runDir] { window.openRun(runDir); },
            [&window] {
                return window.trainPage()->curvesPlot()->pointCount(
                           kps::TrainingCurvesPlot::Series::TrainLoss) > 0;
            });
        auto inspected = std::make_shared<bool>(false);
        QObject::connect(window.inspectPage(), &kps::InspectPage::inspectionReady, &window,
                         [inspected] { *inspected = true; });
        tour->addStep(
            QStringLiteral("inspect"),
            [&window, runDir] {
                window.setMode(kps::MainWindow::Mode::Inspect);
                window.inspectPage()->setModelPath(runDir);
                window.inspectPage()->runInspection();
            },
            [inspected] { return *inspected; });
    }
    kps::ScreenshotTour* raw = tour.get();
    QObject::connect(raw, &kps::ScreenshotTour::finished, raw, [&window, raw](bool) {
        for (const QString& error : raw->errors())
            QTextStream(stderr) << "keypoint-studio: " << error << "\n";
        for (const QString& file : raw->savedFiles())
            QTextStream(stdout) << file << "\n";
        window.close();
    });
    return tour;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KeypointStudio"));
    QApplication::setApplicationName(QStringLiteral("KeypointStudio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keypoint Studio"));
    QApplication::setApplicationVersion(QStringLiteral(KPS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.keypointstudio.KeypointStudio"));
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
    // --lang, else Preferences' choice, else the system locale.
    kps::UiTranslations translations;
    translations.install(kps::PreferencesDialog::resolveLanguage(
        language, kps::PreferencesDialog::storedLanguage(), QLocale::system()));
    kps::PreferencesDialog::setLiveTranslations(&translations);

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
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QApplication::translate("main",
                                "Save screenshots of the window into the folder, then quit."),
        QStringLiteral("folder"));
    parser.addOption(demoOption);
    parser.addOption(languageOption);
    const QCommandLineOption runOption(
        QStringLiteral("run"),
        QApplication::translate("main",
                                "Training run folder to show on the Train page (followed live "
                                "while it is being written)."),
        QStringLiteral("folder"));
    const QCommandLineOption windowSizeOption(
        QStringLiteral("window-size"),
        QApplication::translate("main", "Window size for --screenshots (default 1280x800)."),
        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    parser.addOption(screenshotsOption);
    parser.addOption(windowSizeOption);
    parser.addOption(runOption);
    parser.addPositionalArgument(
        QStringLiteral("dataset"),
        QApplication::translate("main", "Dataset folder to open (4SP layout)."),
        QStringLiteral("[dataset]"));
    parser.process(app);

    // The GUI's own torch work (inference in Inspect) runs on this thread's pool too.
    kps::useAllHardwareThreadsForTorch();

    kps::MainWindow window;
    std::unique_ptr<kps::ScreenshotTour> tour;
    if (parser.isSet(screenshotsOption)) {
        const QStringList size = parser.value(windowSizeOption).split(QLatin1Char('x'));
        const int width = size.value(0).toInt(), height = size.value(1).toInt();
        if (size.size() != 2 || width < 320 || height < 240) {
            QTextStream(stderr) << "keypoint-studio: --window-size: "
                                << QApplication::translate("main", "expected WxH, e.g. 1366x768")
                                << "\n";
            return 2;
        }
        window.resize(width, height);
        tour = makeScreenshotTour(window, parser.value(screenshotsOption), parser.value(runOption));
    }
    window.show();
    const QStringList positional = parser.positionalArguments();
    kps::DatasetController* data = window.dataPage()->controller();
    if (parser.isSet(demoOption))
        QTimer::singleShot(0, data, &kps::DatasetController::openDemoDataset);
    else if (!positional.isEmpty())
        data->openDataset(positional.first());
    else
        data->openLastDataset();
    if (parser.isSet(runOption) && !tour)
        window.openRun(parser.value(runOption));
    if (tour)
        tour->start();
    return QApplication::exec();
}
