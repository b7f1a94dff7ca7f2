#pragma once
// Small helpers shared by the Inspect tests (header only; each test program includes it).

#include "atomic_file.h"
#include "keypoint_model.h"
#include "model_config.h"
#include "test_dataset.h"
#include "weights_file.h"

#include <nlohmann/json.hpp>

#include <torch/torch.h>

#include <QSignalSpy>
#include <QString>

#include <filesystem>

namespace kps::test {

inline QString q(const std::filesystem::path& path)
{
    return QString::fromStdString(path.string());
}

// An untrained "tiny" model of `keypoints` keypoints, the same for the same seed.
inline void saveTinyModel(const std::filesystem::path& file, int keypoints, int seed)
{
    torch::manual_seed(seed);
    KeypointModel model(ModelConfig::fromPreset("tiny", keypoints));
    saveWeights(file, model);
}

// A generated dataset of `images` 320x180 images in `data`, and an untrained tiny model for it
// in `run`/best.pt (seed `modelSeed`). Returns the dataset's keypoint count.
inline int makeDatasetAndModel(const std::filesystem::path& data, const std::filesystem::path& run,
                               int images, int modelSeed)
{
    generateSmallDataset(data, images, 320, 180);
    const int keypoints = nlohmann::ordered_json::parse(
                              readWholeFile(data / "Object_Information" / "mesh_information.json"))
                              .at("total_vertices")
                              .get<int>();
    std::filesystem::create_directories(run);
    saveTinyModel(run / "best.pt", keypoints, modelSeed);
    return keypoints;
}

// True once `spy` has a signal (already, or within the time).
inline bool waitFor(QSignalSpy& spy, int timeoutMs)
{
    return spy.count() > 0 || spy.wait(timeoutMs);
}

} // namespace kps::test
