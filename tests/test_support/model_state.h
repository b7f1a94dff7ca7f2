#pragma once
// Comparing the weights of two models, for the tests of resumed and reproduced training runs.

#include "keypoint_model.h"

#include <map>
#include <string>

namespace kps::test {

// Every parameter and buffer by name, cloned.
std::map<std::string, torch::Tensor> modelState(KeypointModel model);

// The largest absolute difference over the floating-point tensors of two states with the same
// names (integer buffers such as num_batches_tracked are left out).
double maxStateDifference(const std::map<std::string, torch::Tensor>& a,
                          const std::map<std::string, torch::Tensor>& b);

} // namespace kps::test
