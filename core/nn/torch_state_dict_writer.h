#pragma once
// Writes {name: tensor} exactly as Python's torch.save(dict) does (zip archive, pickle protocol 2,
// torch._utils._rebuild_tensor_v2 per tensor), using only the globals that
// torch.load(..., weights_only=True) allows -- the default since PyTorch 2.6. LibTorch's
// torch::pickle_save wraps dicts in torch.jit._pickle.restore_type_tag, which weights_only
// loading rejects, hence this writer.

#include "torch_state_dict_reader.h"

#include <string>

namespace kps {

// The bytes of the file (write them with kps::writeFileAtomically). Tensors are copied to
// contiguous CPU memory; supported dtypes: float32/64, float16, bfloat16, int8/16/32/64, uint8,
// bool (std::invalid_argument otherwise).
std::string torchSaveBytes(const NamedTensors& tensors);

} // namespace kps
