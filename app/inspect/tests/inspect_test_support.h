#pragma once
// Small helpers shared by the Inspect tests (header only; each test program includes it).

#include "keypoint_model.h"
#include "model_config.h"
#include "weights_file.h"

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

// True once `spy` has a signal (already, or within the time).
inline bool waitFor(QSignalSpy& spy, int timeoutMs)
{
    return spy.count() > 0 || spy.wait(timeoutMs);
}

} // namespace kps::test
