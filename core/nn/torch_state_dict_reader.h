#pragma once
// Reads the tensors of a file written by Python's torch.save (the zip format of torch >= 1.6, or
// the legacy format of older files), such as a torchvision state_dict: an OrderedDict with a
// _metadata attribute. LibTorch's own torch::pickle_load turns collections.OrderedDict into None
// (pytorch/pytorch#100741), so this reader runs its own small pickle machine over data.pkl: it
// builds values only (dicts, lists, tuples, numbers, strings, tensors), never calls anything, and
// treats unknown classes as opaque.

#include <ATen/core/Tensor.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace kps {

using NamedTensors = std::vector<std::pair<std::string, at::Tensor>>;

// The {name: tensor} entries of the file's top-level dict (or of its "state_dict" / "model"
// entry when the top level holds no tensors, as in common checkpoints), in file order, as CPU
// tensors whatever device they were saved from. Non-tensor entries are skipped. Throws
// kps::FileError naming the file and what is wrong (not a zip, not a dict, unsupported opcode...).
NamedTensors readTorchStateDict(const std::filesystem::path& file);

} // namespace kps

namespace kps {

// Copies `source` into `destination` (name -> tensor of a module, e.g. from named_parameters and
// named_buffers) under NoGradGuard with dst.copy_(src), so tensor identity (and any optimizer
// bound to it) is kept. Every destination name must be in source with the same shape, except
// "...num_batches_tracked" (older files lack it); every source name must be in destination.
// Otherwise nothing is copied and kps::FileError says "<file>: does not match <what>: " followed
// by the first missing / unexpected / wrongly-shaped names (and how many there are in all).
void assignStateDict(const NamedTensors& destination, const NamedTensors& source,
                     const std::filesystem::path& file, const std::string& what);

} // namespace kps
