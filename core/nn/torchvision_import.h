#pragma once
// Imports torchvision ResNet ImageNet weights (a real torchvision .pth: torch.save of an
// OrderedDict state_dict with _metadata, as downloaded by torchvision) into a model's backbone.

#include "keypoint_model.h"

#include <filesystem>

namespace kps {

// Drops the classifier ("fc.*"), maps every other name to backbone.<name>, checks names and
// shapes against model->backbone() (a missing num_batches_tracked is tolerated) and copies under
// NoGradGuard. Throws kps::FileError listing the first missing / unexpected / wrongly-shaped
// names (and which ResNet the file looks like when it is another one); then nothing is changed.
// Sets nothing else: the caller sets preprocess.normalisation = Torchvision.
void importTorchvisionBackbone(KeypointModel& model, const std::filesystem::path& file);

} // namespace kps
