#pragma once
// Writes an evaluation report folder for one model on one dataset:
//   evaluation_summary.json/.txt + evaluation_*.csv (kps::writeEvaluationReport, unchanged)
//   pose_check.json                              (when the pose check was available)
//   plots/*.png                                  (QCustomPlot widgets of widgets/, offscreen)
//   worst/NN_<stem>.png                          (crop overlays of the N worst images)
//   report.html                                  (self-contained; <img> = the relative PNGs)
//   report.pdf                                   (same content, A4, QPdfWriter + QTextDocument)
// Renders QWidgets: call it from the GUI thread of a QApplication (the CLI's report command
// makes one on the offscreen platform).

#include "evaluation_metrics.h"
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
};

} // namespace kps
