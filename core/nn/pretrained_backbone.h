#pragma once
// ImageNet backbone weights by file type: torchvision .pth/.pt files (importTorchvisionBackbone)
// or Keras ResNet50 .h5 weights such as Keras's resnet50_..._notop.h5 (importKerasBackbone, for the
// resnet50_keras backbone), and the input normalisation each kind was trained with.

#include "keypoint_model.h"

#include <filesystem>

namespace kps {

// Throws kps::FileError naming the file and the first name or shape that does not fit.
void importPretrainedBackbone(KeypointModel& model, const std::filesystem::path& file);
// Caffe for Keras weights, torchvision otherwise.
InputNormalisation pretrainedNormalisation(const std::filesystem::path& file);

} // namespace kps
