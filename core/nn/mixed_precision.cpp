#include "mixed_precision.h"

#include <ATen/autocast_mode.h>
#include <torch/version.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace kps {

namespace {

// LibTorch 2.4 replaced the per-device autocast functions with ones taking the device type.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
#define KPS_AUTOCAST_BY_DEVICE_TYPE 1
#else
#define KPS_AUTOCAST_BY_DEVICE_TYPE 0
#endif

void setCpuAutocastEnabled(bool on)
{
#if KPS_AUTOCAST_BY_DEVICE_TYPE
    at::autocast::set_autocast_enabled(at::kCPU, on);
#else
    at::autocast::set_cpu_enabled(on);
#endif
}

c10::ScalarType cpuAutocastType()
{
#if KPS_AUTOCAST_BY_DEVICE_TYPE
    return at::autocast::get_autocast_dtype(at::kCPU);
#else
    return at::autocast::get_autocast_cpu_dtype();
#endif
}

void setCpuAutocastType(c10::ScalarType type)
{
#if KPS_AUTOCAST_BY_DEVICE_TYPE
    at::autocast::set_autocast_dtype(at::kCPU, type);
#else
    at::autocast::set_autocast_cpu_dtype(type);
#endif
}

bool readCpuHasNativeBFloat16()
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line)) {
        if (line.rfind("flags", 0) != 0)
            continue;
        std::istringstream flags(line.substr(line.find(':') + 1));
        std::string flag;
        while (flags >> flag)
            if (flag == "avx512_bf16" || flag == "amx_bf16")
                return true;
        return false; // every core lists the same flags
    }
    return false;
}

} // namespace

bool cpuAutocastEnabled()
{
#if KPS_AUTOCAST_BY_DEVICE_TYPE
    return at::autocast::is_autocast_enabled(at::kCPU);
#else
    return at::autocast::is_cpu_enabled();
#endif
}

bool cpuHasNativeBFloat16()
{
    static const bool has = readCpuHasNativeBFloat16();
    return has;
}

TrainingPrecision resolvePrecision(TrainingPrecision requested, const c10::Device& device)
{
    if (requested == TrainingPrecision::Auto)
        return device.is_cpu() && cpuHasNativeBFloat16() ? TrainingPrecision::BFloat16Mixed
                                                         : TrainingPrecision::Float32;
    if (requested == TrainingPrecision::BFloat16Mixed && !device.is_cpu())
        throw std::invalid_argument("precision bf16_mixed runs on the CPU only (device " +
                                    device.str() + "); use fp32 or auto");
    return requested;
}

AutocastScope::AutocastScope(bool bfloat16)
    : m_previousEnabled(cpuAutocastEnabled()), m_previousType(cpuAutocastType())
{
    setCpuAutocastType(at::kBFloat16);
    setCpuAutocastEnabled(bfloat16);
}

AutocastScope::~AutocastScope()
{
    setCpuAutocastEnabled(m_previousEnabled);
    setCpuAutocastType(m_previousType);
}

at::Tensor MixedPrecisionPlan::input(const at::Tensor& x, int64_t side) const
{
    if (!m_enabled)
        return x;
    const c10::ScalarType type = lowPrecision(side) ? at::kBFloat16 : at::kFloat;
    return x.scalar_type() == type ? x : x.to(type);
}

StagePrecision::StagePrecision(const MixedPrecisionPlan& plan, int64_t side)
{
    if (plan.enabled())
        m_scope.emplace(plan.lowPrecision(side));
}

void clearAutocastCache()
{
    at::autocast::clear_cache();
}

} // namespace kps
