// File > Export model…: the dialog validates its form, exports and verifies off the UI thread
// (the UI stays responsive: the result arrives through the event loop) and shows the verdict
// with the comparison; the main window offers the action in Train and Inspect, not in Data.

#include "export_model_dialog.h"
#include "main_window.h"

#include "keypoint_model.h"
#include "model_config.h"
#include "weights_file.h"

#include <torch/torch.h>

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace kps;

namespace {

QString tinyWeights(const QTemporaryDir& dir)
{
    ModelConfig config = ModelConfig::fromPreset("tiny", 3);
    config.preprocess.imageSize = 64;
    config.preprocess.heatmapSize = 32;
    torch::manual_seed(5);
    KeypointModel model(config);
    const QString file = dir.filePath(QStringLiteral("best.pt"));
    saveWeights(file.toStdString(), model);
    return file;
}

} // namespace

class TestAppExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KeypointStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_app_export_dialog"));
        QSettings().clear();
    }

    void formNeedsAWeightsFile()
    {
        ExportModelDialog dialog;
        QVERIFY(!dialog.validationError().isEmpty());
        QVERIFY(!dialog.exportModel());
        QVERIFY(!dialog.job()->isRunning());
    }

    void exportsAndShowsTheVerification()
    {
        QTemporaryDir dir;
        ExportModelDialog dialog;
        dialog.setWeightsPath(tinyWeights(dir));
        QCOMPARE(dialog.settings().output, dir.filePath(QStringLiteral("model.onnx")));
        QVERIFY2(dialog.validationError().isEmpty(), qPrintable(dialog.validationError()));
        QSignalSpy finished(&dialog, &ExportModelDialog::exportFinished);
        QVERIFY(dialog.exportModel());
        QVERIFY(dialog.job()->isRunning()); // the work is not on this thread
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.front().at(0).toBool(), true);
        QCOMPARE(finished.front().at(1).toString(), dir.filePath(QStringLiteral("model.onnx")));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("model.onnx"))));
        QVERIFY2(dialog.verdictLabel()->text().contains(QLatin1String("verified")),
                 qPrintable(dialog.verdictLabel()->text()));
        QVERIFY(dialog.resultView()->toPlainText().contains(QLatin1String("PASSED")));
    }

    void mainWindowOffersExportOutsideData()
    {
        MainWindow window;
        QAction* exportAction = nullptr;
        for (QAction* action : window.menuBar()->actions().front()->menu()->actions())
            if (action->text().contains(QLatin1String("Export model")))
                exportAction = action;
        QVERIFY(exportAction);
        window.setMode(MainWindow::Mode::Data);
        QVERIFY(!exportAction->isEnabled());
        window.setMode(MainWindow::Mode::Train);
        QVERIFY(exportAction->isEnabled());
        window.setMode(MainWindow::Mode::Inspect);
        QVERIFY(exportAction->isEnabled());
        ExportModelDialog* dialog = window.showExportModelDialog();
        QVERIFY(dialog && dialog->isVisible());
        dialog->close();
    }
};

QTEST_MAIN(TestAppExportDialog)
#include "test_app_export_dialog.moc"
