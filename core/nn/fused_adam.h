#pragma once
// Adam whose CPU update is one pass over each parameter: torch::optim::Adam's update in LibTorch
// 1.13 runs seven tensor operations per parameter, each a full pass over memory, and allocates two
// temporaries of the parameter's size; on a 2-core CPU that is a large share of a cpu-fast training
// step (docs/training_study.md). FusedAdam reads each parameter, gradient and moment once and
// writes them once, in parallel over at::parallel_for's threads.
//
// The algorithm, options, state and file format are torch::optim::Adam's (it is one: it derives
// from it), so weights and optimizer files move between the two and a run started with either
// resumes with the other. The results equal torch's to rounding (test_core_fused_adam);
// they do not depend on the number of threads. Parameters that are not dense contiguous float32
// on the CPU (CUDA, half precision), and amsgrad, take torch::optim::Adam's own tensor operations.
// Not thread-safe, like every torch optimizer: one thread steps it.

#include <torch/optim/adam.h>

#include <vector>

namespace kps {

class FusedAdam : public torch::optim::Adam
{
public:
    explicit FusedAdam(std::vector<torch::Tensor> parameters,
                       torch::optim::AdamOptions options = {});

    torch::Tensor step(LossClosure closure = nullptr) override;
};

} // namespace kps
