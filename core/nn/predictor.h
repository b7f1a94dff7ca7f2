#pragma once
// Runs a trained keypoint model on images in batches (inference mode, eval()): decodes and
// preprocesses each batch in parallel, runs the forward pass and hands back per image the
// normalised coordinates, the heatmap peak per keypoint and, when asked, the raw heatmaps and
// the decoded images for drawing. Torch stays behind a pimpl so callers need not include it.

#include <opencv2/core.hpp>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kps {

struct LoadedModel;
struct ModelConfig;
class ProgressObserver;
class StopToken;

struct PredictorOptions
{
    int batchSize = 16;
    bool keepHeatmaps = false; // fill ImagePrediction::heatmaps
    bool keepImages = false;   // fill ImagePrediction::original and ::crop
    int decodeThreads = 0;     // image decoding threads; <= 0: all cores
};

struct ImagePrediction
{
    std::size_t index = 0; // position in the input list
    std::filesystem::path imagePath;
    bool valid = false; // false: the image could not be decoded (error says why)
    std::string error;
    int imageWidth = 0; // original size
    int imageHeight = 0;
    std::vector<float> coordinates;  // K*2 normalised crop coordinates (x0,y0,x1,y1,...)
    std::vector<float> heatmapPeaks; // K: maximum of each heatmap (after sigmoid)
    std::vector<float> heatmaps;     // K*HEAT*HEAT row-major, only with keepHeatmaps
    cv::Mat original;                // BGR original image, only with keepImages
    cv::Mat crop;                    // IMG x IMG BGR model input, only with keepImages
};

class Predictor
{
public:
    // Shares the loaded module (puts it into eval()); runs on the module's device. Give it a
    // module nobody trains at the same time (clone it otherwise).
    explicit Predictor(const LoadedModel& model);
    // Loads a weights file onto device ("cpu", "cuda", "cuda:1"); throws kps::FileError for a
    // bad file and std::invalid_argument for an unusable device.
    Predictor(const std::filesystem::path& weightsFile, const std::string& device);
    ~Predictor();
    Predictor(Predictor&&) noexcept;
    Predictor& operator=(Predictor&&) noexcept;

    const ModelConfig& config() const;
    int keypointCount() const;
    int heatmapSize() const;
    int imageSize() const;
    std::string deviceName() const;

    // One forward pass over IMG x IMG x 3 BGR uint8 crops (any count; batched internally by
    // batchSize). Returned entries are valid, with imagePath/size left empty.
    std::vector<ImagePrediction> predictCrops(const std::vector<cv::Mat>& crops, bool keepHeatmaps,
                                              int batchSize = 16) const;

    // Streams over image files: each batch is decoded, predicted and handed to onBatch in input
    // order (undecodable images come back with valid = false). Reports ("predicting", done,
    // total). Returns false when stopped before the end.
    bool predictFiles(const std::vector<std::filesystem::path>& images,
                      const PredictorOptions& options,
                      const std::function<void(std::vector<ImagePrediction>& batch)>& onBatch,
                      ProgressObserver* observer = nullptr, const StopToken* stop = nullptr) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace kps
