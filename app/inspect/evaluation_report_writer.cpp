#include "evaluation_report_writer.h"

#include "atomic_file.h"
#include "error_histogram_plot.h"
#include "error_scatter_plot.h"
#include "file_error.h"
#include "image_cache.h"
#include "keypoint_bar_plot.h"
#include "pck_curve_plot.h"
#include "prediction_writer.h"
#include "progress.h"

#include <opencv2/imgcodecs.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <map>

namespace kps {

namespace {

QString number(double value, int decimals = 3)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("-");
}

QString escaped(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString pathText(const std::filesystem::path& path)
{
    return QString::fromStdString(path.string());
}

QString thresholdKey(double t)
{
    return QString::number(t, 'g', 6); // 2 -> "2", 2.5 -> "2.5": as the JSON's pck_percent keys
}

std::string pngBytes(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes.toStdString();
}

// Renders an unshown plot widget into a PNG file (atomic) and returns the image for the PDF.
QImage renderPlot(QCustomPlot& plot, const std::filesystem::path& file, int width, int height)
{
    plot.resize(width, height);
    plot.replot();
    // Twice the pixels of the laid-out size: sharp in the PDF and on high-density screens.
    const QImage image = plot.toPixmap(width, height, 2.0).toImage();
    writeFileAtomically(file, pngBytes(image));
    return image;
}

QString tableStart()
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
}

QString row2(const QString& a, const QString& b)
{
    return QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n").arg(a, b);
}

QString heading(const QString& text, bool newPage = false)
{
    return newPage ? QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n").arg(text)
                   : QStringLiteral("<h2>%1</h2>\n").arg(text);
}

} // namespace

// Collects <img> resources for the PDF under the same relative names the HTML uses.
struct EvaluationReportWriter::Rendered
{
    EvaluationReportFiles files;
    std::map<QString, QImage> images;
    std::vector<ImageStatistics> worst;
    std::vector<QString> worstFiles; // per worst image; empty when its image file is unknown
};

QString EvaluationReportWriter::sha256(const std::filesystem::path& file)
{
    QFile in(pathText(file));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&in))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

std::vector<ImageStatistics> EvaluationReportWriter::worstImages(const EvaluationSummary& summary,
                                                                 std::size_t n)
{
    std::vector<ImageStatistics> images;
    for (const ImageStatistics& image : summary.perImage)
        if (image.hasGroundTruth && image.count > 0 && std::isfinite(image.meanError))
            images.push_back(image);
    std::sort(images.begin(), images.end(), [](const ImageStatistics& a, const ImageStatistics& b) {
        return a.meanError != b.meanError ? a.meanError > b.meanError : a.image < b.image;
    });
    if (images.size() > n)
        images.resize(n);
    return images;
}

EvaluationReportFiles EvaluationReportWriter::write(const std::filesystem::path& dir,
                                                    const EvaluationReportInput& input,
                                                    const EvaluationReportOptions& options,
                                                    ProgressObserver* observer)
{
    constexpr std::size_t steps = 5;
    const auto step = [&](std::size_t done) {
        if (observer)
            observer->progress("report", done, steps);
    };
    step(0);
    std::error_code ec;
    for (const char* sub : {reportfiles::kPlotsDir, reportfiles::kWorstDir}) {
        std::filesystem::create_directories(dir / sub, ec);
        if (ec)
            throw FileError(dir / sub, "cannot create folder: " + ec.message());
    }
    writeMetricFiles(dir, input);
    step(1);
    Rendered rendered;
    const EvaluationPlotData plotData = EvaluationPlotData::build(input.summary, input.results);
    writePlots(dir, plotData, options, rendered);
    step(2);
    writeWorstImages(dir, input, options, rendered);
    step(3);
    const QString html = writeHtml(dir, input, plotData, options, rendered);
    rendered.files.html = QString::fromLatin1(reportfiles::kHtml);
    step(4);
    writePdf(dir, html, rendered);
    rendered.files.pdf = QString::fromLatin1(reportfiles::kPdf);
    step(5);
    return rendered.files;
}

void EvaluationReportWriter::writeMetricFiles(const std::filesystem::path& dir,
                                              const EvaluationReportInput& input)
{
    writeEvaluationReport(dir, input.summary, input.results);
    if (input.poseCheck)
        writeFileAtomically(dir / reportfiles::kPoseCheck,
                            input.poseCheck->toJson().dump(2) + "\n");
}

void EvaluationReportWriter::writePlots(const std::filesystem::path& dir,
                                        const EvaluationPlotData& plotData,
                                        const EvaluationReportOptions& options, Rendered& rendered)
{
    const int w = options.plotWidth, h = options.plotHeight;
    const auto render = [&](QCustomPlot& plot, const char* file) {
        const QString name =
            QStringLiteral("%1/%2").arg(QLatin1String(reportfiles::kPlotsDir), QLatin1String(file));
        rendered.files.plots.append(name);
        rendered.images[name] = renderPlot(plot, dir / name.toStdString(), w, h);
    };
    const QString px = tr("IMG px");
    {
        PckCurvePlot plot;
        plot.setUnitLabel(px);
        plot.addCurve(QString(), plotData.curveThresholds, plotData.pckCurve);
        render(plot, "pck_curve.png");
    }
    {
        ErrorHistogramPlot plot;
        plot.setUnitLabel(px);
        plot.setErrors(plotData.errors, EvaluationPlotData::kHistogramBins);
        render(plot, "error_histogram.png");
    }
    {
        KeypointBarPlot plot;
        plot.setValues(plotData.keypointMeanError, tr("Mean error (%1)").arg(px));
        render(plot, "keypoint_mean_error.png");
    }
    {
        // The texts of this report name PCK@2: EvaluationPlotData::kKeypointPckThreshold.
        static_assert(EvaluationPlotData::kKeypointPckThreshold == 2.0);
        KeypointBarPlot plot;
        plot.setValues(plotData.keypointPck, tr("PCK@2 (%)"), 100.0, QColor(44, 160, 44));
        render(plot, "keypoint_pck2.png");
    }
    {
        ErrorScatterPlot plot;
        plot.setPoints(plotData.peaks, plotData.errors, tr("Heatmap peak"),
                       tr("Error (%1)").arg(px), 0.0, 1.0);
        render(plot, "error_vs_peak.png");
    }
}

void EvaluationReportWriter::writeWorstImages(const std::filesystem::path& dir,
                                              const EvaluationReportInput& input,
                                              const EvaluationReportOptions& options,
                                              Rendered& rendered)
{
    // The prediction writer's drawing on the model's crop: coordinates per image.
    const int k = input.summary.keypointCount;
    std::map<std::string, std::pair<std::vector<float>, std::vector<float>>> coordinates;
    for (const KeypointResult& r : input.results) {
        auto& [predicted, truth] = coordinates[r.record.image];
        const std::size_t need = 2 * static_cast<std::size_t>(std::max(k, r.record.keypoint + 1));
        if (predicted.size() < need) {
            predicted.resize(need, -1.0f);
            truth.resize(need, -1.0f);
        }
        predicted[2 * r.record.keypoint] = static_cast<float>(r.record.predicted.x);
        predicted[2 * r.record.keypoint + 1] = static_cast<float>(r.record.predicted.y);
        if (r.record.visible) {
            truth[2 * r.record.keypoint] = static_cast<float>(r.record.groundTruth.x);
            truth[2 * r.record.keypoint + 1] = static_cast<float>(r.record.groundTruth.y);
        }
    }
    rendered.worst =
        worstImages(input.summary, static_cast<std::size_t>(std::max(0, options.worstCount)));
    rendered.worstFiles.assign(rendered.worst.size(), QString());
    for (std::size_t i = 0; i < rendered.worst.size(); ++i) {
        const std::string& stem = rendered.worst[i].image;
        const auto file = input.imageFiles.find(stem);
        if (file == input.imageFiles.end())
            continue;
        const cv::Mat crop = loadPreprocessedImage(file->second, input.modelConfig.preprocess);
        const auto& [predicted, truth] = coordinates[stem];
        const cv::Mat overlay = drawCropOverlay(crop, predicted, truth, 3);
        std::vector<uchar> png;
        cv::imencode(".png", overlay, png);
        const QString name = QStringLiteral("%1/%2_%3.png")
                                 .arg(QLatin1String(reportfiles::kWorstDir))
                                 .arg(i + 1, 2, 10, QLatin1Char('0'))
                                 .arg(QString::fromStdString(stem));
        writeFileAtomically(dir / name.toStdString(), std::string(png.begin(), png.end()));
        rendered.images[name] = QImage::fromData(png.data(), static_cast<int>(png.size()), "PNG");
        rendered.worstFiles[i] = name;
        rendered.files.worstImages.append(name);
    }
}

QString EvaluationReportWriter::writeHtml(const std::filesystem::path& dir,
                                          const EvaluationReportInput& input,
                                          const EvaluationPlotData& plotData,
                                          const EvaluationReportOptions& options,
                                          const Rendered& rendered)
{
    QString html;
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n")
            .arg(tr("Keypoint evaluation report"));
    html += QStringLiteral(
        "<style>body{font-family:sans-serif;font-size:10pt}"
        "table{border-collapse:collapse;margin:6px 0}td,th{border:1px solid #999;padding:3px 6px}"
        "th{background:#e8e8e8}td.num{text-align:right}pre{font-size:8pt;background:#f4f4f4}"
        "h2{margin-top:18px}table.plain td{border:none}</style>\n</head><body>\n");
    html += QStringLiteral("<h1>%1</h1>\n").arg(tr("Keypoint evaluation report"));
    html += htmlModelAndDataset(input);
    html += htmlSummary(input.summary);
    html += htmlPlots(options, rendered);
    html += htmlPerKeypoint(input.summary, plotData);
    html += htmlWorstImages(options, rendered);
    html += htmlPoseCheck(input);
    html += htmlProblemsAndConfig(input);
    html += QStringLiteral("</body></html>\n");
    writeFileAtomically(dir / reportfiles::kHtml, html.toStdString());
    return html;
}

QString EvaluationReportWriter::htmlModelAndDataset(const EvaluationReportInput& input)
{
    // Identity of what was evaluated.
    QString html = heading(tr("Model and dataset"));
    html += tableStart();
    const ModelConfig& config = input.modelConfig;
    html += row2(tr("Model file"), pathText(input.weightsFile).toHtmlEscaped());
    html += row2(tr("Weights SHA-256"),
                 QStringLiteral("<code>%1</code>").arg(sha256(input.weightsFile)));
    html +=
        row2(tr("Model"), tr("preset %1, backbone %2, %3 keypoints, input %4 px, heatmaps %5 px")
                              .arg(escaped(config.preset), escaped(config.backbone))
                              .arg(config.keypointCount)
                              .arg(config.preprocess.imageSize)
                              .arg(config.preprocess.heatmapSize));
    html += row2(tr("Dataset"), pathText(input.datasetRoot).toHtmlEscaped());
    html += row2(tr("Images"), tr("%1 evaluated (%2 annotated), split: %3")
                                   .arg(input.datasetImages)
                                   .arg(input.datasetAnnotated)
                                   .arg(input.split.toHtmlEscaped()));
    html += row2(tr("Date"), input.date.toString(Qt::ISODate));
    html += row2(tr("Keypoint Studio version"), QStringLiteral(KPS_VERSION));
    html += QStringLiteral("</table>\n");
    return html;
}

QString EvaluationReportWriter::htmlSummary(const EvaluationSummary& summary)
{
    // The seed's metrics in IMG pixels and in original-image pixels. Table cells carry data-key =
    // the JSON key they show.
    QString html = heading(tr("Summary"));
    html +=
        QStringLiteral("<p>%1</p>\n")
            .arg(tr("%1 images processed, %2 with ground truth, %3 visible keypoints evaluated.")
                     .arg(summary.processedSamples)
                     .arg(summary.samplesWithGt)
                     .arg(summary.imagePixels.count));
    html += tableStart();
    html +=
        QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
            .arg(tr("Metric"), tr("IMG px (%1 x %1)").arg(summary.imageSize), tr("Original px"));
    const auto metricRow = [&](const QString& label, const char* key, double img, double orig,
                               int decimals) {
        return QStringLiteral("<tr><th align=\"left\">%1</th><td class=\"num\" align=\"right\" "
                              "data-key=\"%2\">%3</td><td class=\"num\" align=\"right\" "
                              "data-key=\"original_pixels.%2\">%4</td></tr>\n")
            .arg(label.toHtmlEscaped(), QLatin1String(key), number(img, decimals),
                 number(orig, decimals));
    };
    const ErrorStatistics& a = summary.imagePixels;
    const ErrorStatistics& b = summary.originalPixels;
    html += metricRow(tr("Visible keypoints"), "visible_keypoints_count", double(a.count),
                      double(b.count), 0);
    html += metricRow(tr("MAE dx"), "mae_dx", a.maeDx, b.maeDx, 3);
    html += metricRow(tr("MAE dy"), "mae_dy", a.maeDy, b.maeDy, 3);
    html += metricRow(tr("RMSE dx"), "rmse_dx", a.rmseDx, b.rmseDx, 3);
    html += metricRow(tr("RMSE dy"), "rmse_dy", a.rmseDy, b.rmseDy, 3);
    html += metricRow(tr("Euclidean mean"), "euclidean_mean", a.euclideanMean, b.euclideanMean, 3);
    html += metricRow(tr("Euclidean median"), "euclidean_median", a.euclideanMedian,
                      b.euclideanMedian, 3);
    html += metricRow(tr("Euclidean P95"), "euclidean_p95", a.euclideanP95, b.euclideanP95, 3);
    html += metricRow(tr("Euclidean RMSE"), "euclidean_rmse", a.euclideanRmse, b.euclideanRmse, 3);
    html += metricRow(tr("Euclidean max"), "euclidean_max", a.euclideanMax, b.euclideanMax, 3);
    for (std::size_t i = 0; i < summary.pckThresholds.size(); ++i) {
        const QString t = thresholdKey(summary.pckThresholds[i]);
        const std::string key = "pck_percent." + t.toStdString();
        html += metricRow(tr("PCK <= %1 px (%)").arg(t), key.c_str(),
                          i < a.pckPercent.size() ? a.pckPercent[i] : std::nan(""),
                          i < b.pckPercent.size() ? b.pckPercent[i] : std::nan(""), 2);
    }
    html += QStringLiteral("</table>\n");
    return html;
}

QString EvaluationReportWriter::htmlPlots(const EvaluationReportOptions& options,
                                          const Rendered& rendered)
{
    QString html = heading(tr("Plots"), true);
    const QStringList captions = {
        tr("PCK curve: percent of visible keypoints within a threshold (IMG px)."),
        tr("Histogram of keypoint errors (IMG px)."),
        tr("Mean error per keypoint (IMG px)."),
        tr("PCK@2 per keypoint."),
        tr("Error against the heatmap peak of each visible keypoint."),
    };
    const QStringList& plots = rendered.files.plots;
    for (int i = 0; i < plots.size(); ++i)
        html += QStringLiteral("<p><img src=\"%1\" width=\"%3\" alt=\"%2\"><br>%2</p>\n")
                    .arg(plots[i], captions.value(i).toHtmlEscaped())
                    .arg(options.plotWidth);
    return html;
}

QString EvaluationReportWriter::htmlPerKeypoint(const EvaluationSummary& summary,
                                                const EvaluationPlotData& plotData)
{
    // The PCK@2 column is the per-keypoint bar of the plots (and of the Inspect page); each cell
    // carries it exactly in data-keypoint-pck.
    QString html = heading(tr("Per keypoint"), true);
    html += QStringLiteral("<p>%1</p>\n")
                .arg(tr("Errors in IMG px unless marked as original px; PCK@2 counts errors "
                        "<= 2 IMG px.")
                         .toHtmlEscaped());
    html +=
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n");
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th>"
                           "<th>%7</th><th>%8</th><th>%9</th></tr>\n")
                .arg(tr("Keypoint"), tr("Visible"), tr("Mean"), tr("Median"), tr("P95"), tr("Max"),
                     tr("Mean (original px)"), tr("PCK@2 (%)"), tr("Mean heatmap peak"));
    for (const KeypointIndexStatistics& s : summary.perKeypoint) {
        const double pck = s.keypoint >= 0 && s.keypoint < plotData.keypointPck.size()
                               ? plotData.keypointPck[s.keypoint]
                               : std::nan("");
        html += QStringLiteral("<tr><td align=\"right\">%1</td><td align=\"right\">%2</td>"
                               "<td align=\"right\">%3</td><td align=\"right\">%4</td>"
                               "<td align=\"right\">%5</td><td align=\"right\">%6</td>"
                               "<td align=\"right\">%7</td><td align=\"right\" "
                               "data-keypoint-pck=\"%10\">%8</td>"
                               "<td align=\"right\">%9</td></tr>\n")
                    .arg(s.keypoint)
                    .arg(s.count)
                    .arg(number(s.mean), number(s.median), number(s.p95), number(s.max),
                         number(s.meanOriginal), number(pck, 2), number(s.meanHeatmapPeak),
                         QString::number(pck, 'g', 17));
    }
    html += QStringLiteral("</table>\n");
    return html;
}

QString EvaluationReportWriter::htmlWorstImages(const EvaluationReportOptions& options,
                                                const Rendered& rendered)
{
    // Two per row; no section for --worst 0.
    if (options.worstCount <= 0)
        return {};
    QString html = heading(tr("Worst images"), true);
    const std::vector<ImageStatistics>& worst = rendered.worst;
    if (worst.empty())
        return html +
               QStringLiteral("<p>%1</p>\n").arg(tr("No annotated image with visible keypoints."));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(tr("The %1 images with the largest mean error; x = ground truth, "
                        "o = prediction, on the model's input crop.")
                         .arg(worst.size()));
    html += QStringLiteral("<table class=\"plain\" border=\"0\" cellpadding=\"4\">\n");
    for (std::size_t i = 0; i < worst.size(); ++i) {
        if (i % 2 == 0)
            html += QStringLiteral("<tr>");
        const ImageStatistics& s = worst[i];
        html += QStringLiteral("<td valign=\"top\" data-worst-rank=\"%1\" data-image=\"%2\" "
                               "data-mean-error=\"%3\">")
                    .arg(i + 1)
                    .arg(escaped(s.image))
                    .arg(QString::number(s.meanError, 'g', 10));
        if (!rendered.worstFiles[i].isEmpty())
            html += QStringLiteral("<img src=\"%1\" width=\"288\" alt=\"%2\"><br>")
                        .arg(rendered.worstFiles[i], escaped(s.image));
        html += tr("#%1 %2: mean %3 IMG px (%4 original px), max %5 IMG px, %6 keypoints")
                    .arg(i + 1)
                    .arg(escaped(s.image), number(s.meanError, 2), number(s.meanErrorOriginal, 1),
                         number(s.maxError, 2))
                    .arg(s.count);
        html += QStringLiteral("</td>");
        if (i % 2 == 1 || i + 1 == worst.size())
            html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n");
    return html;
}

QString EvaluationReportWriter::htmlPoseCheck(const EvaluationReportInput& input)
{
    QString html = heading(tr("Pose check"));
    if (!input.poseCheck)
        return html + QStringLiteral("<p>%1</p>\n")
                          .arg(tr("Not available: needs vertex_coordinates in the mesh and a "
                                  "camera block in the annotations."));
    const PoseCheckSummary& p = *input.poseCheck;
    html += QStringLiteral("<p>%1</p>\n")
                .arg(tr("Pose solved by PnP (SQPnP + Levenberg-Marquardt) from the predicted "
                        "visible keypoints in original pixels, compared with the annotated "
                        "camera pose."));
    html += tableStart();
    html += row2(tr("Images solved"), tr("%1 of %2").arg(p.solved).arg(p.images));
    html += row2(tr("Rotation error mean / median"),
                 tr("%1 / %2 deg").arg(number(p.meanRotationDeg), number(p.medianRotationDeg)));
    html += row2(tr("Translation error mean / median"),
                 tr("%1 / %2 m").arg(number(p.meanTranslation, 4), number(p.medianTranslation, 4)));
    html += row2(tr("Relative translation error mean / median"),
                 tr("%1 / %2 %")
                     .arg(number(100 * p.meanRelativeTranslation, 2),
                          number(100 * p.medianRelativeTranslation, 2)));
    html += QStringLiteral("</table>\n");
    html += tableStart();
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                .arg(tr("Image"), tr("Points"), tr("Rotation (deg)"), tr("Translation (m)"),
                     tr("Reprojection (px)"));
    for (const PoseCheckImage& image : p.perImage)
        html +=
            QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td>%3</tr>\n")
                .arg(escaped(image.image))
                .arg(image.points)
                .arg(image.solved
                         ? QStringLiteral("<td align=\"right\">%1</td><td align=\"right\">"
                                          "%2</td><td align=\"right\">%3</td>")
                               .arg(number(image.rotationErrorDeg),
                                    number(image.translationError, 4),
                                    number(image.reprojectionErrorPx, 2))
                         : QStringLiteral("<td colspan=\"3\">%1</td>")
                               .arg(image.reason == "not enough points" ? tr("not enough points")
                                                                        : escaped(image.reason)));
    html += QStringLiteral("</table>\n");
    return html;
}

QString EvaluationReportWriter::htmlProblemsAndConfig(const EvaluationReportInput& input)
{
    QString html;
    if (!input.problems.empty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(tr("Problems"));
        for (const std::string& problem : input.problems)
            html += QStringLiteral("<li>%1</li>\n").arg(escaped(problem));
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("<h2>%1</h2>\n<pre>%2</pre>\n")
                .arg(tr("Model configuration"),
                     QString::fromStdString(input.modelConfig.toJson().dump(2)).toHtmlEscaped());
    return html;
}

void EvaluationReportWriter::writePdf(const std::filesystem::path& dir, const QString& html,
                                      const Rendered& rendered)
{
    // Images from memory under their relative names.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print adds its own 2 cm margins around the page.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Keypoint evaluation report"));
        writer.setCreator(QStringLiteral("Keypoint Studio " KPS_VERSION));
        QTextDocument document;
        for (const auto& [name, image] : rendered.images)
            document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        document.setHtml(html);
        document.print(&writer);
    }
    writeFileAtomically(dir / reportfiles::kPdf, pdf.toStdString());
}

} // namespace kps
