// The Inspect page on the offscreen platform with a tiny untrained model on a small generated
// dataset: the statistics widgets show the numbers of evaluation_summary.json, sorting the
// error grid puts the largest error first, clicking a row opens that image, filters work,
// switching images with cached results is fast (median < 50 ms, worst < 250 ms, printed), reopening
// loads the cache, "Correct this" hands over the predictions in original pixels, the crop view maps
// predictions to the model input, the comparison's deltas are B - A, the report exports, and a
// cancelled run leaves nothing that is later taken for complete.

#include "atomic_file.h"
#include "error_histogram_plot.h"
#include "heatmap_grid_view.h"
#include "image_delta_table_model.h"
#include "evaluation_plot_data.h"
#include "image_error_table_model.h"
#include "inspect_compare_panel.h"
#include "inspect_errors_panel.h"
#include "inspect_test_support.h"
#include "inspect_heatmap_panel.h"
#include "inspect_keypoint_panel.h"
#include "inspect_page.h"
#include "inspect_run_panel.h"
#include "inspect_statistics_panel.h"
#include "keypoint_bar_plot.h"
#include "keypoint_image_view.h"
#include "keypoint_model.h"
#include "model_config.h"
#include "pck_curve_plot.h"
#include "prediction_keypoint_table_model.h"
#include "prediction_overlay.h"
#include "test_dataset.h"
#include "weights_file.h"

#include <torch/torch.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace kps;
using kps::test::q;
using kps::test::saveTinyModel;
using kps::test::waitFor;
namespace fs = std::filesystem;

namespace {

double jsonAt(const nlohmann::ordered_json& json, const QString& dotted)
{
    const nlohmann::ordered_json* node = &json;
    for (const QString& part : dotted.split(QLatin1Char('.'))) {
        if (!node->is_object() || !node->contains(part.toStdString()))
            return std::nan("");
        node = &node->at(part.toStdString());
    }
    return node->is_number() ? node->get<double>() : std::nan("");
}

// image -> column of evaluation_images.csv
std::map<QString, double> csvColumn(const fs::path& csv, const QString& name)
{
    std::map<QString, double> values;
    const QStringList lines =
        QString::fromStdString(readWholeFile(csv)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const int column = lines.value(0).split(QLatin1Char(',')).indexOf(name);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(QLatin1Char(','));
        bool ok = false;
        const double v = fields.value(column).toDouble(&ok);
        if (ok)
            values[fields.value(0)] = v;
    }
    return values;
}

} // namespace

class TestInspectPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    fs::path m_data, m_run, m_otherModel;
    int m_k = 0;
    std::unique_ptr<InspectPage> m_page;
    InspectController* m_inspect = nullptr; // the page's controller

    fs::path cacheDir() const { return m_inspect->inspection()->cacheDir; }
    nlohmann::ordered_json summaryJson() const
    {
        return nlohmann::ordered_json::parse(readWholeFile(cacheDir() / "evaluation_summary.json"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("KeypointStudioTest"));
        QApplication::setApplicationName(QStringLiteral("TestInspectPage"));
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
        const fs::path base = m_tmp.path().toStdString();
        m_data = base / "data";
        m_run = base / "run";
        m_k = test::makeDatasetAndModel(m_data, m_run, 8, 5);
        m_otherModel = base / "other" / "model.pt";
        fs::create_directories(m_otherModel.parent_path());
        saveTinyModel(m_otherModel, m_k, 9);

        m_page = std::make_unique<InspectPage>();
        m_inspect = m_page->controller();
        m_page->resize(1400, 900);
        m_page->show();
        m_page->setDatasetPath(q(m_data));
        m_page->setModelPath(q(m_run)); // a run dir means its best.pt
        QCOMPARE(m_page->modelPath(), q(fs::absolute(m_run / "best.pt")));
        QCOMPARE(m_inspect->modelPath(), m_page->modelPath());
        QSignalSpy ready(m_page.get(), &InspectPage::inspectionReady);
        QSignalSpy started(m_inspect->worker(), &InspectionWorker::started);
        QVERIFY(m_inspect->runInspection());
        QCOMPARE(started.at(0).at(0).toBool(), true); // no cache yet: runs the model
        QVERIFY(waitFor(ready, 120000));
        QVERIFY(m_inspect->inspection());
        QCOMPARE(m_inspect->inspection()->images.size(), std::size_t(8));
        QVERIFY(!m_page->currentStem().isEmpty());
        for (QAbstractItemModel* model :
             {static_cast<QAbstractItemModel*>(m_page->errorsPanel()->proxyModel()),
              static_cast<QAbstractItemModel*>(m_page->keypointPanel()->tableModel()),
              static_cast<QAbstractItemModel*>(m_page->comparePanel()->imageDeltaModel()),
              static_cast<QAbstractItemModel*>(m_page->comparePanel()->metricDeltaModel())})
            new QAbstractItemModelTester(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void statisticsEqualTheSummaryJson()
    {
        const auto json = summaryJson();
        QTableWidget* table = m_page->statisticsPanel()->summaryTable();
        QCOMPARE(table->rowCount(), 17); // images, annotated, count, 9 error rows, 5 PCK rows
        int checked = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString key =
                table->item(row, 0)->data(InspectStatisticsPanel::kSummaryKeyRole).toString();
            QVERIFY(!key.isEmpty());
            const double img = jsonAt(json, key);
            const double shown = table->item(row, 1)->data(Qt::UserRole).toDouble();
            QVERIFY2(std::isnan(img) ? std::isnan(shown) : shown == img, qPrintable(key));
            if (!std::isnan(img) && key != QLatin1String("processed_samples") &&
                key != QLatin1String("samples_with_gt") &&
                key != QLatin1String("visible_keypoints_count"))
                QCOMPARE(table->item(row, 1)->text(), QString::number(img, 'f', 3));
            if (key == QLatin1String("processed_samples") ||
                key == QLatin1String("samples_with_gt"))
                continue;
            const double orig = jsonAt(json, QStringLiteral("original_pixels.") + key);
            const double shownOrig = table->item(row, 2)->data(Qt::UserRole).toDouble();
            QVERIFY2(std::isnan(orig) ? std::isnan(shownOrig) : shownOrig == orig, qPrintable(key));
            ++checked;
        }
        for (const char* key :
             {"mae_dx", "mae_dy", "rmse_dx", "rmse_dy", "euclidean_mean", "euclidean_median",
              "euclidean_p95", "euclidean_rmse", "pck_percent.2", "pck_percent.5", "pck_percent.10",
              "pck_percent.15", "pck_percent.20"}) {
            bool present = false;
            for (int row = 0; row < table->rowCount(); ++row)
                present |=
                    table->item(row, 0)->data(InspectStatisticsPanel::kSummaryKeyRole).toString() ==
                    QLatin1String(key);
            QVERIFY2(present, key);
        }
        QCOMPARE(checked, 15);
        QCOMPARE(table->item(0, 1)->data(Qt::UserRole).toDouble(), 8.0);

        // PCK curve: at 2/5/10/15/20 px it passes through pck_percent (IMG and original).
        for (int curve = 0; curve < 2; ++curve) {
            const auto data = m_page->statisticsPanel()->pckPlot()->graph(curve)->data();
            for (const char* t : {"2", "5", "10", "15", "20"}) {
                const double threshold = QString(t).toDouble();
                const auto it = data->findBegin(threshold, false);
                QVERIFY(it != data->constEnd());
                QCOMPARE(it->key, threshold);
                const QString key = (curve == 0 ? QString() : QStringLiteral("original_pixels.")) +
                                    QStringLiteral("pck_percent.") + t;
                QVERIFY2(std::abs(it->value - jsonAt(json, key)) < 1e-9, qPrintable(key));
            }
        }
        // Per-keypoint bars: mean error of each keypoint.
        auto* bars =
            qobject_cast<QCPBars*>(m_page->statisticsPanel()->keypointErrorPlot()->plottable(0));
        QVERIFY(bars);
        QCOMPARE(bars->data()->size(), m_k);
        for (int k = 0; k < m_k; ++k) {
            const double expected = jsonAt(json, QStringLiteral("per_keypoint.%1.mean").arg(k));
            const double shown = (bars->data()->constBegin() + k)->value;
            QVERIFY(std::isnan(expected) ? (shown == 0 || std::isnan(shown))
                                         : std::abs(shown - expected) < 1e-9);
        }
        // Histogram: every visible keypoint counted once.
        auto* histogram =
            qobject_cast<QCPBars*>(m_page->statisticsPanel()->histogramPlot()->plottable(0));
        QVERIFY(histogram);
        double total = 0;
        for (auto it = histogram->data()->constBegin(); it != histogram->data()->constEnd(); ++it)
            total += it->value;
        QCOMPARE(total, jsonAt(json, QStringLiteral("visible_keypoints_count")));
        // Pose check summary is shown (the generator writes cameras and vertex coordinates).
        QVERIFY(m_inspect->inspection()->poseCheck.has_value());
        QVERIFY(m_page->statisticsPanel()->poseSummaryLabel()->text().contains(
            QString::number(m_inspect->inspection()->poseCheck->solved)));
    }

    void sortingPutsTheLargestErrorFirst()
    {
        const auto meanErrors =
            csvColumn(cacheDir() / "evaluation_images.csv", QStringLiteral("mean_error_px"));
        const auto maxErrors =
            csvColumn(cacheDir() / "evaluation_images.csv", QStringLiteral("max_error_px"));
        QCOMPARE(meanErrors.size(), std::size_t(8));
        auto largest = [](const std::map<QString, double>& values) {
            return std::max_element(
                       values.begin(), values.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; })
                ->first;
        };
        QTableView* view = m_page->errorsPanel()->tableView();
        QAbstractItemModel* model = view->model();
        view->sortByColumn(ImageErrorTableModel::MeanError, Qt::DescendingOrder);
        QCOMPARE(model->index(0, 0).data().toString(), largest(meanErrors));
        double previous = std::numeric_limits<double>::infinity();
        for (int row = 0; row < model->rowCount(); ++row) {
            const double v = model->index(row, ImageErrorTableModel::MeanError)
                                 .data(NanLastSortProxyModel::kSortRole)
                                 .toDouble();
            QVERIFY(v <= previous);
            QVERIFY(std::abs(v - meanErrors.at(model->index(row, 0).data().toString())) < 1e-9);
            previous = v;
        }
        view->sortByColumn(ImageErrorTableModel::MaxError, Qt::DescendingOrder);
        QCOMPARE(model->index(0, 0).data().toString(), largest(maxErrors));
        view->sortByColumn(ImageErrorTableModel::MeanError, Qt::AscendingOrder);
        QCOMPARE(model->index(model->rowCount() - 1, 0).data().toString(), largest(meanErrors));
        view->sortByColumn(ImageErrorTableModel::MeanError, Qt::DescendingOrder);
    }

    void clickingARowOpensThatImage()
    {
        QTableView* view = m_page->errorsPanel()->tableView();
        QAbstractItemModel* model = view->model();
        int row = 0;
        while (model->index(row, 0).data().toString() == m_page->currentStem())
            ++row;
        const QString stem = model->index(row, 0).data().toString();
        QSignalSpy selected(m_page.get(), &InspectPage::imageSelected);
        const QRect rect = view->visualRect(model->index(row, 0));
        QVERIFY(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_page->currentStem(), stem);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), stem);
        // The keypoint table shows that image's predictions (original pixels).
        const auto data = m_inspect->inspection();
        const KeypointResult* results = data->resultsOf(data->imageIndex(stem.toStdString()));
        QCOMPARE(m_page->keypointPanel()->tableModel()->rowCount(), m_k);
        for (int k = 0; k < m_k; ++k) {
            const PredictionKeypointRow& r = m_page->keypointPanel()->tableModel()->rows()[k];
            QCOMPARE(r.predicted.x(), results[k].predictedOriginal.x);
            QCOMPARE(r.groundTruthVisible, results[k].record.visible);
            if (r.groundTruthVisible)
                QCOMPARE(r.error, results[k].error);
        }

        // A keypoint cell opens the image and that keypoint's heatmap, large.
        const int kpColumn = ImageErrorTableModel::FirstKeypoint + 1;
        const QRect cell = view->visualRect(model->index(0, kpColumn));
        view->scrollTo(model->index(0, kpColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(model->index(0, kpColumn)).center());
        Q_UNUSED(cell)
        QCOMPARE(m_page->currentStem(), model->index(0, 0).data().toString());
        QCOMPARE(m_inspect->selectedKeypoint(), 1);
        QCOMPARE(m_page->heatmapPanel()->selectedKeypoint(), 1);
        QCOMPARE(m_page->heatmapPanel()->mode(), HeatmapGridView::Mode::Single);
        QVERIFY(m_page->heatmapPanel()->heatmaps().isValid());
        QVERIFY(m_page->heatmapPanel()->heatmaps().hasTarget());
    }

    void filtersByKeypointAndThreshold()
    {
        ImageErrorFilterProxyModel* proxy = m_page->errorsPanel()->proxyModel();
        ImageErrorTableModel* source = m_page->errorsPanel()->tableModel();
        const int keypoint = 0;
        // A threshold in the middle of keypoint 0's errors.
        std::vector<double> errors;
        for (const ImageErrorRow& row : source->rows())
            if (!std::isnan(row.keypointErrors[keypoint]))
                errors.push_back(row.keypointErrors[keypoint]);
        QVERIFY(!errors.empty());
        std::sort(errors.begin(), errors.end());
        const double threshold = errors[errors.size() / 2];
        proxy->setKeypointFilter(keypoint);
        proxy->setErrorThreshold(threshold);
        QCOMPARE(proxy->columnCount(), ImageErrorTableModel::FirstKeypoint + 1);
        const auto expected =
            std::count_if(errors.begin(), errors.end(), [&](double e) { return e > threshold; });
        QCOMPARE(proxy->rowCount(), int(expected));
        for (int row = 0; row < proxy->rowCount(); ++row)
            QVERIFY(proxy->index(row, ImageErrorTableModel::FirstKeypoint)
                        .data(NanLastSortProxyModel::kSortRole)
                        .toDouble() > threshold);
        proxy->setKeypointFilter(-1);
        proxy->setErrorThreshold(0);
        QCOMPARE(proxy->rowCount(), 8);
        QCOMPARE(proxy->columnCount(), ImageErrorTableModel::FirstKeypoint + m_k);
    }

    void overlaysAndCropView()
    {
        const auto data = m_inspect->inspection();
        const int index = data->imageIndex(m_page->currentStem().toStdString());
        const InspectedImage& image = data->images[index];
        const KeypointResult* results = data->resultsOf(index);
        m_inspect->setViewSpace(InspectController::ViewSpace::Original);
        QCOMPARE(m_page->imageView()->markerStyle(), KeypointImageView::MarkerStyle::Cross);
        QCOMPARE(m_page->imageView()->image().size(), QSize(image.width, image.height));
        for (int k = 0; k < m_k; ++k) {
            QGraphicsItem* o = m_page->predictionOverlay()->predictionItem(k);
            QVERIFY(o);
            const QPointF expected = KeypointImageView::scenePosition(
                {results[k].predictedOriginal.x, results[k].predictedOriginal.y});
            QVERIFY(QLineF(o->pos(), expected).length() < 1e-6);
            QCOMPARE(m_page->predictionOverlay()->errorVectorItem(k) != nullptr,
                     results[k].record.visible);
            // Ground truth "x": a view marker exactly where the label is.
            QGraphicsItem* x = m_page->imageView()->markerItem(k);
            QCOMPARE(x != nullptr, results[k].record.visible);
            if (x)
                QVERIFY(QLineF(x->pos(),
                               KeypointImageView::scenePosition({results[k].groundTruthOriginal.x,
                                                                 results[k].groundTruthOriginal.y}))
                            .length() < 1e-6);
            QVERIFY(m_page->predictionOverlay()->ellipseItem(k));
        }
        // A click on a prediction ring selects its keypoint through the view's one hit test (the
        // page has none of its own); the heatmap follows.
        KeypointImageView* view = m_page->imageView();
        int clicked = -1;
        QPoint at;
        for (int k = 0; k < m_k && clicked < 0; ++k) {
            at = view->mapFromScene(m_page->predictionOverlay()->predictionItem(k)->pos());
            if (view->viewport()->rect().contains(at) && view->keypointAt(at) == k &&
                k != m_inspect->selectedKeypoint())
                clicked = k;
        }
        QVERIFY2(clicked >= 0, "no ring on top anywhere");
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_inspect->selectedKeypoint(), clicked);
        QCOMPARE(view->selectedKeypoint(), clicked);
        QCOMPARE(m_page->heatmapPanel()->selectedKeypoint(), clicked);
        QCOMPARE(m_page->keypointPanel()->currentIndex().row(), clicked);

        m_inspect->setViewSpace(InspectController::ViewSpace::Crop);
        const int size = data->modelConfig.preprocess.imageSize;
        QCOMPARE(m_page->imageView()->image().size(), QSize(size, size));
        for (int k = 0; k < m_k; ++k) {
            const QPointF expected(image.predicted[2 * k] * size,
                                   image.predicted[2 * k + 1] * size);
            QVERIFY(
                QLineF(m_page->predictionOverlay()->predictionItem(k)->pos(), expected).length() <
                1e-4);
        }
        m_inspect->setViewSpace(InspectController::ViewSpace::Original);
    }

    void switchingImagesIsFast()
    {
        // A switch that does its work on the GUI thread (decoding the full image, a forward pass,
        // a cache read) takes far over 50 ms every time: the median catches it. The worst switch
        // only has to stay clear of a stall, since a shared machine can pause any one of them.
        const auto data = m_inspect->inspection();
        QElapsedTimer timer;
        std::vector<qint64> times;
        for (int round = 0; round < 2; ++round)
            for (const InspectedImage& image : data->images) {
                const QString stem = QString::fromStdString(image.stem);
                if (stem == m_page->currentStem())
                    continue;
                timer.start();
                QVERIFY(m_page->showImage(stem));
                times.push_back(timer.nsecsElapsed());
                QCoreApplication::processEvents(); // let prefetches land, as between user clicks
            }
        QVERIFY(times.size() >= 10);
        std::sort(times.begin(), times.end());
        const double medianMs = times[times.size() / 2] / 1e6, worstMs = times.back() / 1e6;
        double totalMs = 0;
        for (const qint64 ns : times)
            totalMs += ns / 1e6;
        std::printf("Inspect: switching images with cached results: mean %.2f ms, median %.2f ms, "
                    "worst %.2f ms over %zu switches\n",
                    totalMs / times.size(), medianMs, worstMs, times.size());
        std::fflush(stdout);
        QVERIFY2(medianMs < 50, qPrintable(QStringLiteral("median %1 ms").arg(medianMs)));
        QVERIFY2(worstMs < 250, qPrintable(QStringLiteral("worst %1 ms").arg(worstMs)));
        QVERIFY(!m_page->showImage(QStringLiteral("no_such_image")));
    }

    void correctThisSendsOriginalPixels()
    {
        QSignalSpy spy(m_page.get(), &InspectPage::correctionRequested);
        m_inspect->requestCorrection(); // the page forwards the controller's signal
        QCOMPARE(spy.count(), 1);
        const auto data = m_inspect->inspection();
        const QString stem = spy.at(0).at(0).toString();
        QCOMPARE(stem, m_page->currentStem());
        const auto pixels = spy.at(0).at(1).value<QVector<QPointF>>();
        const auto visible = spy.at(0).at(2).value<QVector<bool>>();
        QCOMPARE(pixels.size(), m_k);
        QCOMPARE(visible.size(), m_k);
        const int index = data->imageIndex(stem.toStdString());
        const KeypointResult* results = data->resultsOf(index);
        for (int k = 0; k < m_k; ++k) {
            QCOMPARE(pixels[k].x(), results[k].predictedOriginal.x);
            QCOMPARE(pixels[k].y(), results[k].predictedOriginal.y);
            QCOMPARE(visible[k], data->images[index].peaks[k] >= 0.5f && pixels[k].x() >= 0 &&
                                     pixels[k].y() >= 0 &&
                                     pixels[k].x() < data->images[index].width &&
                                     pixels[k].y() < data->images[index].height);
        }
    }

    void compareTwoModels()
    {
        QSignalSpy ready(m_inspect, &InspectController::comparisonReady);
        m_inspect->setComparisonModelPath(q(m_otherModel));
        QVERIFY(m_inspect->runComparison());
        QVERIFY(waitFor(ready, 120000));
        const auto a = m_inspect->inspection()->summary.toJson();
        const auto b = m_inspect->comparison()->summary.toJson();
        bool found = false;
        for (const MetricDelta& d : m_page->comparePanel()->metricDeltaModel()->rows())
            if (d.key == "euclidean_mean") {
                found = true;
                QCOMPARE(d.a, a.at("euclidean_mean").get<double>());
                QCOMPARE(d.b, b.at("euclidean_mean").get<double>());
                QCOMPARE(d.delta, d.b - d.a);
            }
        QVERIFY(found);
        QCOMPARE(m_page->comparePanel()->imageDeltaModel()->rowCount(), 8);
        QTableView* view = m_page->comparePanel()->imageDeltaView();
        view->sortByColumn(ImageDeltaTableModel::Delta, Qt::DescendingOrder);
        double largest = -std::numeric_limits<double>::infinity();
        for (const ImageDelta& d : m_page->comparePanel()->imageDeltaModel()->rows())
            if (!std::isnan(d.delta))
                largest = std::max(largest, d.delta);
        QCOMPARE(view->model()
                     ->index(0, ImageDeltaTableModel::Delta)
                     .data(NanLastSortProxyModel::kSortRole)
                     .toDouble(),
                 largest);
        // Clicking a comparison row opens the image too.
        const QString stem = view->model()->index(3, 0).data().toString();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(3, 0)).center());
        QCOMPARE(m_page->currentStem(), stem);
    }

    void exportsTheReport()
    {
        const fs::path out = fs::path(m_tmp.path().toStdString()) / "report";
        QString error;
        QVERIFY2(m_page->exportReport(q(out), &error), qPrintable(error));
        QVERIFY(fs::is_regular_file(out / "report.html"));
        QVERIFY(fs::is_regular_file(out / "report.pdf"));
        const auto written =
            nlohmann::ordered_json::parse(readWholeFile(out / "evaluation_summary.json"));
        QVERIFY(written == summaryJson());

        // One plot-data builder: the report's per-keypoint PCK column is exactly what the page's
        // per-keypoint PCK bars show (same threshold, 2 px), for every keypoint.
        const auto data = m_inspect->inspection();
        const EvaluationPlotData plots = EvaluationPlotData::build(data->summary, data->results);
        QCOMPARE(EvaluationPlotData::kKeypointPckThreshold, 2.0);
        auto* bars =
            qobject_cast<QCPBars*>(m_page->statisticsPanel()->keypointPckPlot()->plottable(0));
        QVERIFY(bars);
        std::map<int, double> shown; // keypoint -> bar (keypoints never visible have none)
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            shown[int(it->key)] = it->value;
        const QString html = QString::fromStdString(readWholeFile(out / "report.html"));
        const QRegularExpression cell(QStringLiteral("data-keypoint-pck=\"([^\"]+)\""));
        int keypoint = 0, compared = 0;
        for (auto it = cell.globalMatch(html); it.hasNext(); ++keypoint) {
            const QString text = it.next().captured(1);
            const double reported = text.toDouble();
            QCOMPARE(QString::number(plots.keypointPck[keypoint], 'g', 17), text);
            if (std::isnan(plots.keypointPck[keypoint])) {
                QVERIFY(!shown.count(keypoint));
                continue;
            }
            QVERIFY2(shown.count(keypoint), qPrintable(QString::number(keypoint)));
            QCOMPARE(shown.at(keypoint), reported);
            // And it is the summary's own per-keypoint PCK@2.
            const double json = jsonAt(
                summaryJson(), QStringLiteral("per_keypoint.%1.pck_percent.2").arg(keypoint));
            if (!std::isnan(json))
                QVERIFY(std::abs(json - reported) < 1e-9);
            ++compared;
        }
        QCOMPARE(keypoint, m_k);
        QVERIFY(compared > 0);
        // The page's PCK curve has the builder's thresholds (0.25 px steps up to 20 px).
        const auto curve = m_page->statisticsPanel()->pckPlot()->graph(0)->data();
        QCOMPARE(curve->size(), plots.curveThresholds.size());
        QCOMPARE((curve->constBegin() + 1)->key, EvaluationPlotData::kCurveStep);
        QCOMPARE((curve->constEnd() - 1)->key, EvaluationPlotData::kCurveMaxThreshold);
    }

    void reopeningLoadsTheCache()
    {
        m_page->saveSettings();
        const QString stem = m_page->currentStem();
        // A new page restores model, dataset and image from QSettings and loads the cache.
        InspectPage reopened;
        QSignalSpy ready(&reopened, &InspectPage::inspectionReady);
        reopened.restoreSettings();
        QVERIFY(reopened.controller()->isInspectionRunning() ||
                reopened.controller()->inspection());
        QVERIFY(waitFor(ready, 60000));
        QCOMPARE(reopened.modelPath(), m_page->modelPath());
        QCOMPARE(reopened.datasetPath(), m_page->datasetPath());
        QCOMPARE(reopened.currentStem(), stem);
        QVERIFY(reopened.controller()->inspection()->summary.toJson() == summaryJson());
    }

    void cancelledRunLeavesNoCompleteCache()
    {
        // A forced re-run that is cancelled keeps the previous complete cache as it was.
        const fs::path dir = cacheDir();
        const auto before = summaryJson();
        QSignalSpy cancelled(m_inspect->worker(), &InspectionWorker::cancelled);
        QSignalSpy finished(m_inspect->worker(), &InspectionWorker::finished);
        QVERIFY(m_inspect->runInspection(/*forceRun=*/true));
        m_inspect->cancelInspection();
        QVERIFY(waitFor(cancelled, 60000));
        QCOMPARE(finished.count(), 0);
        QVERIFY(InspectionCache::isComplete(dir));
        QVERIFY(summaryJson() == before);
        QCOMPARE(m_page->runPanel()->progressBar()->value(),
                 1); // still showing the earlier inspection
        QVERIFY(!m_inspect->inspection()->loadHeatmaps(0).empty());

        // A first run of a new model that is cancelled leaves nothing that counts as a cache.
        const fs::path third = fs::path(m_tmp.path().toStdString()) / "third" / "model.pt";
        fs::create_directories(third.parent_path());
        saveTinyModel(third, m_k, 13);
        m_page->setModelPath(q(third));
        QVERIFY(m_inspect->runInspection());
        m_inspect->cancelInspection();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 2, 60000);
        QCOMPARE(finished.count(), 0);
        InspectionRequest request;
        request.weightsFile = third;
        request.datasetRoot = m_data;
        QVERIFY(!InspectionCache::isComplete(InspectionCache::directory(request)));
        std::error_code ec;
        for (fs::directory_iterator it(third.parent_path() / "inspect", ec), end; !ec && it != end;
             ++it)
            QFAIL(qPrintable(QString::fromStdString("left behind: " + it->path().string())));

        // A new page with the same choices does not load anything: it shows nothing until the
        // user runs the model, which then really runs it.
        m_page->saveSettings();
        InspectPage reopened;
        reopened.restoreSettings();
        QCOMPARE(reopened.modelPath(), q(fs::absolute(third)));
        QVERIFY(!reopened.controller()->isInspectionRunning());
        QVERIFY(!reopened.controller()->inspection());
        QSignalSpy started(reopened.controller()->worker(), &InspectionWorker::started);
        QSignalSpy ready(&reopened, &InspectPage::inspectionReady);
        QVERIFY(reopened.runInspection());
        QCOMPARE(started.at(0).at(0).toBool(), true); // runs the model
        QVERIFY(waitFor(ready, 120000));
        QVERIFY(InspectionCache::isComplete(InspectionCache::directory(request)));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        QSettings().clear();
    }
};

QTEST_MAIN(TestInspectPage)
#include "test_app_inspect_page.moc"
