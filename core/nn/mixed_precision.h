#pragma once
// bf16 mixed precision on the CPU (docs/training_study.md, sixth session): convolutions whose
// output is at least kMinBFloat16Side pixels square run in bfloat16 under autocast, the rest in
// float32. On this project's 2-core AMX CPU the large, memory-bound maps gain 2-3x per
// convolution in bf16, while the small deep ones (512 channels at 2x2) lose up to 2x, so a whole
// bf16 model gains nothing; the split gains. Weights, gradients, the optimizer, the head, the
// sigmoid, SoftArgMax and the loss stay float32.

#include "training_config.h"

#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>

#include <cstdint>
#include <optional>

namespace kps {

// True when this CPU has native bfloat16 arithmetic (AVX512_BF16 or AMX-BF16): bf16 convolutions
// are then fast. Without it bf16 is emulated, and Auto keeps float32 (not measured: every
// machine of this project has AMX).
bool cpuHasNativeBFloat16();

// The precision a run computes in: Auto becomes BFloat16Mixed on a CPU device with native bf16
// and Float32 elsewhere. Throws std::invalid_argument for BFloat16Mixed on a CUDA device (the
// split above is measured on the CPU only).
TrainingPrecision resolvePrecision(TrainingPrecision requested, const c10::Device& device);

// Is CPU autocast on in this thread (whatever its type)?
bool cpuAutocastEnabled();

// RAII: CPU autocast to bfloat16 on (or off) for this scope, the thread's previous autocast
// state restored on exit. Autocast state is thread-local.
class AutocastScope
{
public:
    explicit AutocastScope(bool bfloat16);
    ~AutocastScope();
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

private:
    bool m_previousEnabled;
    c10::ScalarType m_previousType;
};

// Which stages of a forward pass run in bf16. Disabled (the default) = float32 throughout, and
// every call is a no-op.
class MixedPrecisionPlan
{
public:
    static constexpr int64_t kMinBFloat16Side = 8;

    MixedPrecisionPlan() = default;
    explicit MixedPrecisionPlan(bool enabled) : m_enabled(enabled) {}

    bool enabled() const { return m_enabled; }
    // Does a stage whose output is `side` x `side` run in bf16?
    bool lowPrecision(int64_t side) const { return m_enabled && side >= kMinBFloat16Side; }
    // A stage input in the dtype that stage runs in (bf16 or float32); unchanged when disabled.
    at::Tensor input(const at::Tensor& x, int64_t side) const;

private:
    bool m_enabled = false;
};

// Autocast on or off for a stage of the plan; when the plan is disabled, leaves the state alone.
class StagePrecision
{
public:
    StagePrecision(const MixedPrecisionPlan& plan, int64_t side);

private:
    std::optional<AutocastScope> m_scope;
};

// Drops autocast's cached bf16 copies of the weights. Call after every mixed forward pass: the
// optimizer updates the weights in place, and a stale copy would be used otherwise.
void clearAutocastCache();

} // namespace kps
