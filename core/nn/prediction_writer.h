#pragma once
// Writes the per-image prediction outputs of DESIGN.md into an output folder:
//   overlays/<stem>.png           the IMG crop (upscaled) with ground truth "x" and prediction "o"
//                                 per keypoint in the keypoint's index colour
//   heatmaps/<stem>.png           a colour-mapped grid of the K heatmaps (fixed 0..1 scale)
//   heatmaps/<stem>.npy           raw K x HEAT x HEAT float32 heatmaps (optional; numpy.load)
//   original_overlays/<stem>.jpg  predictions mapped back onto the original image
//   JSON_Data_REF/<stem>.json     predicted 4SP annotation (optional, for unlabelled images)
// Every file goes through an atomic write; write() is thread-safe (one image per call).

#include "letterbox_crop.h"
#include "predictor.h"
#include "preprocess_config.h"

#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace kps {

struct PredictionWriterOptions
{
    bool overlays = true;
    bool heatmapImages = true;        // needs ImagePrediction::heatmaps
    bool originalOverlays = true;     // needs ImagePrediction::original
    bool rawHeatmaps = false;         // .npy, needs ImagePrediction::heatmaps
    bool annotations = false;         // 4SP JSON for images without ground truth
    double visibilityThreshold = 0.5; // heatmap peak needed to call a predicted keypoint visible
};

namespace outputs {
inline const char* const kOverlaysDir = "overlays";
inline const char* const kHeatmapsDir = "heatmaps";
inline const char* const kOriginalOverlaysDir = "original_overlays";
inline const char* const kAnnotationsDir = "JSON_Data_REF";
} // namespace outputs

class PredictionWriter
{
public:
    // Creates the folders the options need; throws kps::FileError.
    PredictionWriter(std::filesystem::path outDir, PreprocessConfig config, int keypointCount,
                     PredictionWriterOptions options);

    // groundTruth: K*2 normalised labels (-1 invisible), empty for an unlabelled image.
    // Throws kps::FileError when a file cannot be written.
    void write(const ImagePrediction& prediction, const std::string& stem,
               const std::vector<float>& groundTruth) const;

    const std::filesystem::path& outDir() const { return m_outDir; }
    const PredictionWriterOptions& options() const { return m_options; }

private:
    std::filesystem::path m_outDir;
    PreprocessConfig m_config;
    int m_keypointCount;
    PredictionWriterOptions m_options;
};

// A distinct BGR colour per keypoint index (same hue sequence for every view).
cv::Scalar keypointColour(int index);

// Crop upscaled by `scale` with ground truth (x) and predictions (o). Coordinates normalised K*2.
cv::Mat drawCropOverlay(const cv::Mat& crop, const std::vector<float>& predicted,
                        const std::vector<float>& groundTruth, int scale = 4);
// Original image with predictions (and ground truth when given) in original pixels and the crop
// box.
cv::Mat drawOriginalOverlay(const cv::Mat& original, const LetterboxCrop& geometry,
                            const std::vector<float>& predicted,
                            const std::vector<float>& groundTruth);
// Grid of K heatmaps (K*heat*heat values in [0,1]) colour-mapped, each cell upscaled by cellScale.
cv::Mat heatmapGrid(const std::vector<float>& heatmaps, int keypointCount, int heatmapSize,
                    int cellScale = 2);

// Predicted 4SP annotation: keypoints whose heatmap peak >= threshold and whose position maps
// inside the original image go to visible_vertices with pixel_coordinates (original pixels); the
// rest to non_visible_vertices without pixel_coordinates ("Outside view" when they map outside
// the image). Each vertex carries "heatmap_peak"; a top-level "prediction" block records the
// threshold (unknown keys survive the annotation editor's round trip).
nlohmann::ordered_json predictedAnnotationJson(const std::vector<float>& predicted,
                                               const std::vector<float>& heatmapPeaks,
                                               const LetterboxCrop& geometry, double threshold);

} // namespace kps
