#pragma once
// Writes an evaluation report folder for one model on one dataset:
//   evaluation_summary.json/.txt + evaluation_*.csv (kps::writeEvaluationReport, unchanged)
//   pose_check.json                              (when the pose check was available)
//   plots/*.png                                  (QCustomPlot widgets of widgets/, offscreen,
//                                                 from EvaluationPlotData as the Inspect page)
//   worst/NN_<stem>.png                          (crop overlays of the N worst images)
//   report.html                                  (self-contained; <img> = the relative PNGs)
//   report.pdf                                   (same content, A4, QPdfWriter + QTextDocument)
// Renders QWidgets: call it from the GUI thread of a QApplication (the CLI's report command
// makes one on the offscreen platform).

#include "evaluation_metrics.h"
#include "evaluation_plot_data.h"
#include "model_config.h"
#include "pose_check.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kps {

class ProgressObserver;

struct EvaluationReportInput
{
    EvaluationSummary summary;
    std::vector<KeypointResult> results;
    ModelConfig modelConfig;
    std::filesystem::path weightsFile;
    std::filesystem::path datasetRoot;
    std::size_t datasetImages = 0;    // images evaluated (after the split selection)
    std::size_t datasetAnnotated = 0; // ... of which annotated
    QString split = QStringLiteral("all");
    std::optional<PoseCheckSummary> poseCheck;
    std::map<std::string, std::filesystem::path> imageFiles; // stem -> image, for the overlays
    std::vector<std::string> problems;
    QDateTime date = QDateTime::currentDateTime();
};

struct EvaluationReportOptions
{
    int worstCount = 8;
    int plotWidth = 600; // laid-out size in the HTML/PDF; the PNGs have twice the pixels
    int plotHeight = 340;
};

struct EvaluationReportFiles
{
    QString html;
    QString pdf;
    QStringList plots;       // relative to the folder
    QStringList worstImages; // relative, worst first
};

namespace reportfiles {
inline const char* const kHtml = "report.html";
inline const char* const kPdf = "report.pdf";
inline const char* const kPoseCheck = "pose_check.json";
inline const char* const kPlotsDir = "plots";
inline const char* const kWorstDir = "worst";
} // namespace reportfiles

class EvaluationReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(kps::EvaluationReportWriter)

public:
    // Throws kps::FileError when a file cannot be written. Reports ("report", step, steps).
    static EvaluationReportFiles write(const std::filesystem::path& dir,
                                       const EvaluationReportInput& input,
                                       const EvaluationReportOptions& options = {},
                                       ProgressObserver* observer = nullptr);

    // Hex SHA-256 of a file's bytes; empty when it cannot be read.
    static QString sha256(const std::filesystem::path& file);
    // Annotated images with at least one visible keypoint, largest mean error first (ties by
    // name), at most n.
    static std::vector<ImageStatistics> worstImages(const EvaluationSummary& summary,
                                                    std::size_t n);

private:
    // What sections 2 and 3 rendered, for the HTML and the PDF (defined in the .cpp).
    struct Rendered;

    // The numbered sections of write(), in order.
    // 1. Machine-readable files: exactly what `kpstudio evaluate` writes, plus the pose check.
    static void writeMetricFiles(const std::filesystem::path& dir,
                                 const EvaluationReportInput& input);
    // 2. Plots (PNG), from the plot data the Inspect page shows.
    static void writePlots(const std::filesystem::path& dir, const EvaluationPlotData& plotData,
                           const EvaluationReportOptions& options, Rendered& rendered);
    // 3. Overlays of the worst images on the model's crop.
    static void writeWorstImages(const std::filesystem::path& dir,
                                 const EvaluationReportInput& input,
                                 const EvaluationReportOptions& options, Rendered& rendered);
    // 4. report.html, made of the sections below.
    static QString writeHtml(const std::filesystem::path& dir, const EvaluationReportInput& input,
                             const EvaluationPlotData& plotData,
                             const EvaluationReportOptions& options, const Rendered& rendered);
    // 5. report.pdf: the same HTML on A4 pages.
    static void writePdf(const std::filesystem::path& dir, const QString& html,
                         const Rendered& rendered);

    static QString htmlModelAndDataset(const EvaluationReportInput& input);
    static QString htmlSummary(const EvaluationSummary& summary);
    static QString htmlPlots(const EvaluationReportOptions& options, const Rendered& rendered);
    static QString htmlPerKeypoint(const EvaluationSummary& summary,
                                   const EvaluationPlotData& plotData);
    static QString htmlWorstImages(const EvaluationReportOptions& options,
                                   const Rendered& rendered);
    static QString htmlPoseCheck(const EvaluationReportInput& input);
    static QString htmlProblemsAndConfig(const EvaluationReportInput& input);
};

} // namespace kps
