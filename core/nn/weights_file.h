#pragma once
// The Keypoint Studio weights file (best.pt, last.pt, exported models): one dict written exactly
// as Python's torch.save writes it (see torch_state_dict_writer.h), so torch.load opens it, also
// with weights_only=True, and it carries what is needed to rebuild the model. Layout (all values
// are CPU tensors):
//   "<parameter or buffer name>" -> tensor, names exactly as KeypointModel's state dict
//                                    (backbone.*, decoder.d1..d4.*, head.*), in PyTorch's order
//   "__config__"   -> uint8 tensor: UTF-8 JSON of ModelConfig::toJson()
//   "__metadata__" -> uint8 tensor: UTF-8 JSON object given by the caller (epoch, metrics, ...)
//   "__format__"   -> uint8 tensor: {"format": "keypoint-studio-weights", "version": 1, ...}
// Python: json.loads(bytes(d["__config__"].tolist())), and load_state_dict of the other keys.

#include "keypoint_model.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace kps {

inline constexpr const char* kWeightsConfigKey = "__config__";
inline constexpr const char* kWeightsMetadataKey = "__metadata__";
inline constexpr const char* kWeightsFormatKey = "__format__";

// Written atomically (temp + rename); throws kps::FileError when it cannot be written.
void saveWeights(const std::filesystem::path& file, KeypointModel& model,
                 const nlohmann::ordered_json& metadata = nlohmann::ordered_json::object());

struct LoadedModel
{
    ModelConfig config;
    KeypointModel model{nullptr};
    nlohmann::ordered_json metadata;
};

// Rebuilds the model from the file's config and loads every tensor (names and shapes checked;
// a missing num_batches_tracked is tolerated). The model is on `device`, in eval() mode, with
// its backbone not frozen. Throws kps::FileError naming the file and what is wrong (not a weights
// file, bad config, first missing / unexpected / wrongly-shaped names). A .keras / .h5 file of the
// seed's Keras network is imported (importKerasModel) instead.
LoadedModel loadWeights(const std::filesystem::path& file, const torch::Device& device);

// The (name, tensor) pairs a weights file holds for `model`, in PyTorch state_dict order
// (per module: own parameters, own buffers, then children). Shared with the import and tests.
std::vector<std::pair<std::string, torch::Tensor>> modelStateDict(torch::nn::Module& model);

} // namespace kps
