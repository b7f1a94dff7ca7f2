#pragma once
// Keypoint error metrics of DESIGN.md "Evaluation": from per-(image, keypoint) records of ground
// truth and prediction (normalised crop coordinates) compute |dx|, |dy| and the euclidean error in
// IMG-space pixels (the seed's unit: normalised difference * IMG) and in original-image pixels
// (through the exact inverse letterbox/crop map), summarise them over visible keypoints only, and
// write the summary JSON and the per-keypoint / per-image / per-index CSV reports atomically.
// Pure C++ (no torch, no Qt), so the GUI and the CLI share one implementation.

#include "letterbox_crop.h"
#include "preprocess_config.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace kps {

// One keypoint of one image as it comes out of the model (and the labels, when the image has them).
struct KeypointRecord
{
    std::string image;              // image identifier (the stem), also the CSV "image" column
    int keypoint = 0;               // vertex index 0..K-1
    bool hasGroundTruth = false;    // the image is annotated (false: predicted only)
    bool visible = false;           // ground truth visible inside the crop: the only ones evaluated
    Point2 groundTruth{-1.0, -1.0}; // normalised crop coordinates, (-1,-1) when invisible
    Point2 predicted;               // normalised crop coordinates
    double heatmapPeak = 0.0;       // maximum of the keypoint's heatmap (after sigmoid)
    int imageWidth = 0;             // original image size, for the map to original pixels
    int imageHeight = 0;
};

// K records of one image from flat label / prediction arrays (x0,y0,x1,y1,...) as produced by
// kps::keypointLabels and the predictor. groundTruth empty = unlabelled image. Throws
// std::invalid_argument on size mismatch.
std::vector<KeypointRecord> makeKeypointRecords(const std::string& image, int imageWidth,
                                                int imageHeight,
                                                const std::vector<float>& groundTruth,
                                                const std::vector<float>& predicted,
                                                const std::vector<float>& heatmapPeaks);

// A record with its errors; error fields are meaningful only when record.visible.
struct KeypointResult
{
    KeypointRecord record;
    Point2 groundTruthPx; // IMG-space pixels (normalised * IMG)
    Point2 predictedPx;
    Point2 groundTruthOriginal; // original-image pixels (LetterboxCrop::normalisedToImage)
    Point2 predictedOriginal;
    double dx = 0.0, dy = 0.0, error = 0.0; // IMG-space, |dx|, |dy|, euclidean
    double dxOriginal = 0.0, dyOriginal = 0.0, errorOriginal = 0.0; // original pixels
};

// Maps every record to pixels (one LetterboxCrop per distinct image size) and computes errors.
// Throws std::invalid_argument when a record with ground truth has no positive image size.
std::vector<KeypointResult> computeKeypointResults(const std::vector<KeypointRecord>& records,
                                                   const PreprocessConfig& config);

// numpy.percentile(values, percent) with the default 'linear' method; NaN for no values.
double linearPercentile(std::vector<double> values, double percent);

std::vector<double> defaultPckThresholds(); // {2, 5, 10, 15, 20} pixels

// The seed's summary keys over one set of errors (one unit: IMG or original pixels).
// Undefined statistics (no visible keypoint) are NaN and written as JSON null.
struct ErrorStatistics
{
    std::size_t count = 0;
    double maeDx = 0, maeDy = 0, rmseDx = 0, rmseDy = 0;
    double euclideanMean = 0, euclideanMedian = 0, euclideanP95 = 0, euclideanRmse = 0,
           euclideanMax = 0;
    std::vector<double> pckPercent; // one per threshold: 100 * |{e <= t}| / count

    static ErrorStatistics compute(const std::vector<double>& dx, const std::vector<double>& dy,
                                   const std::vector<double>& error,
                                   const std::vector<double>& thresholds);
};

// Error statistics of one keypoint index over all images.
struct KeypointIndexStatistics
{
    int keypoint = 0;
    std::size_t count = 0;                         // visible occurrences
    double mean = 0, median = 0, p95 = 0, max = 0; // IMG pixels
    double meanOriginal = 0, medianOriginal = 0, p95Original = 0;
    std::vector<double> pckPercent; // per threshold, IMG pixels
    double meanHeatmapPeak = 0;     // over visible occurrences
};

// Error statistics of one image.
struct ImageStatistics
{
    std::string image;
    bool hasGroundTruth = false;
    int imageWidth = 0, imageHeight = 0;
    std::size_t count = 0;                              // visible keypoints evaluated
    double meanError = 0, maxError = 0;                 // IMG pixels (NaN when count == 0)
    double meanErrorOriginal = 0, maxErrorOriginal = 0; // original pixels
};

class EvaluationSummary
{
public:
    int imageSize = 128; // img_size_px
    int keypointCount = 0;
    std::size_t processedSamples = 0; // distinct images
    std::size_t samplesWithGt = 0;    // distinct annotated images
    std::vector<double> pckThresholds = defaultPckThresholds();
    ErrorStatistics imagePixels;    // IMG-space (top-level keys, seed-comparable)
    ErrorStatistics originalPixels; // "original_pixels" block
    // IMG-space errors scaled to a 128-px input (the seed's): comparable across input sizes.
    // Written as the "seed_space_128px" block when imageSize is not 128 (else it equals the top).
    ErrorStatistics seedSpacePixels;
    std::vector<KeypointIndexStatistics> perKeypoint; // index 0..K-1
    std::vector<ImageStatistics> perImage;            // in order of first appearance

    // keypointCount <= 0: the largest index seen + 1.
    static EvaluationSummary
    compute(const std::vector<KeypointResult>& results, const PreprocessConfig& config,
            int keypointCount = 0,
            const std::vector<double>& pckThresholds = defaultPckThresholds());

    // Seed keys at top level + "original_pixels" + "per_keypoint" (object keyed by index) blocks.
    // Per-image statistics are not in the JSON (they go to the per-image CSV).
    nlohmann::ordered_json toJson() const;
    // Reads what toJson wrote (per-image statistics stay empty); throws std::invalid_argument.
    static EvaluationSummary fromJson(const nlohmann::ordered_json& json);

    // A human-readable table like the seed README's (metrics + PCK).
    std::string formatTable() const;
};

// File names written by writeEvaluationReport inside its folder.
namespace report {
inline const char* const kSummaryFile = "evaluation_summary.json";
inline const char* const kSummaryText = "evaluation_summary.txt"; // formatTable(), as the seed
inline const char* const kKeypointsCsv =
    "evaluation_keypoints.csv";                                // one row per (image, keypoint)
inline const char* const kImagesCsv = "evaluation_images.csv"; // one row per image
inline const char* const kPerKeypointCsv = "evaluation_per_keypoint.csv"; // one row per index
} // namespace report

// CSV texts (header + rows, '\n' line ends, numbers with full precision, empty field = undefined).
// Keypoints: image,keypoint,visible,gt_x,gt_y,pred_x,pred_y,gt_x_orig,gt_y_orig,pred_x_orig,
//            pred_y_orig,error_px,error_orig_px,heatmap_peak  (coordinates in IMG/original pixels;
//            gt and errors empty when the keypoint has no visible ground truth)
std::string keypointResultsCsv(const std::vector<KeypointResult>& results);
// Images: image,has_gt,width,height,visible_keypoints,mean_error_px,max_error_px,
//         mean_error_orig_px,max_error_orig_px
std::string imageStatisticsCsv(const std::vector<ImageStatistics>& images);
// Per keypoint index: keypoint,count,mean_px,median_px,p95_px,max_px,mean_orig_px,median_orig_px,
//         p95_orig_px,mean_heatmap_peak,pck_<t>px...
std::string keypointIndexStatisticsCsv(const EvaluationSummary& summary);

// Writes the five report files (summary JSON and text, three CSVs) into dir (created when missing),
// each atomically.
void writeEvaluationReport(const std::filesystem::path& dir, const EvaluationSummary& summary,
                           const std::vector<KeypointResult>& results);

} // namespace kps
