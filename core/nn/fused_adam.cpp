#include "fused_adam.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <cmath>
#include <memory>
#include <sstream>
#include <string>
#include <tuple>
#include <type_traits>

namespace kps {

namespace {

using StateMap = std::decay_t<decltype(std::declval<torch::optim::Optimizer&>().state())>;

// The key of a parameter's state: the TensorImpl's address as text in LibTorch 1.13 (what its
// c10::guts::to_string writes), the address itself in later versions (a template, so that only
// the matching branch is compiled).
template <typename Key> Key stateKeyOf(const torch::Tensor& parameter)
{
    if constexpr (std::is_same_v<Key, std::string>) {
        std::ostringstream address;
        address << parameter.unsafeGetTensorImpl();
        return address.str();
    } else {
        return static_cast<Key>(parameter.unsafeGetTensorImpl());
    }
}

bool fusable(const torch::Tensor& parameter, const torch::Tensor& gradient,
             const torch::optim::AdamParamState& state, bool amsgrad)
{
    const auto dense = [](const torch::Tensor& t) {
        return t.device().is_cpu() && t.scalar_type() == torch::kFloat && t.is_contiguous() &&
               t.layout() == torch::kStrided;
    };
    return !amsgrad && dense(parameter) && dense(gradient) && dense(state.exp_avg()) &&
           dense(state.exp_avg_sq()) && gradient.numel() == parameter.numel();
}

struct Coefficients
{
    float beta1, oneMinusBeta1, beta2, oneMinusBeta2, weightDecay, sqrtBiasCorrection2, eps,
        stepSize;
};

// One pass: the same arithmetic, in the same order, as torch::optim::Adam's seven operations.
void fusedUpdate(float* parameter, const float* gradient, float* expAvg, float* expAvgSq,
                 std::int64_t count, const Coefficients& c)
{
    constexpr std::int64_t kGrain = 32768;
    at::parallel_for(0, count, kGrain, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            const float g =
                c.weightDecay != 0.0f ? gradient[i] + c.weightDecay * parameter[i] : gradient[i];
            const float m = expAvg[i] * c.beta1 + c.oneMinusBeta1 * g;
            const float v = expAvgSq[i] * c.beta2 + c.oneMinusBeta2 * (g * g);
            expAvg[i] = m;
            expAvgSq[i] = v;
            const float denominator = std::sqrt(v) / c.sqrtBiasCorrection2 + c.eps;
            parameter[i] += c.stepSize * (m / denominator);
        }
    });
}

// torch::optim::Adam's update of one parameter, for what fusedUpdate does not take.
void tensorUpdate(torch::Tensor& parameter, torch::Tensor gradient,
                  torch::optim::AdamParamState& state, const torch::optim::AdamOptions& options,
                  double biasCorrection1, double biasCorrection2)
{
    const auto [beta1, beta2] = options.betas();
    if (options.weight_decay() != 0)
        gradient = gradient.add(parameter, options.weight_decay());
    state.exp_avg().mul_(beta1).add_(gradient, 1 - beta1);
    state.exp_avg_sq().mul_(beta2).addcmul_(gradient, gradient, 1 - beta2);
    torch::Tensor denominator;
    if (options.amsgrad()) {
        torch::max_out(state.max_exp_avg_sq(), state.max_exp_avg_sq(), state.exp_avg_sq());
        denominator =
            (state.max_exp_avg_sq().sqrt() / std::sqrt(biasCorrection2)).add_(options.eps());
    } else {
        denominator = (state.exp_avg_sq().sqrt() / std::sqrt(biasCorrection2)).add_(options.eps());
    }
    parameter.addcdiv_(state.exp_avg(), denominator, -options.lr() / biasCorrection1);
}

} // namespace

FusedAdam::FusedAdam(std::vector<torch::Tensor> parameters, torch::optim::AdamOptions options)
    : torch::optim::Adam(std::move(parameters), options)
{
}

torch::Tensor FusedAdam::step(LossClosure closure)
{
    torch::NoGradGuard noGrad;
    torch::Tensor loss;
    if (closure) {
        at::AutoGradMode enableGrad(true);
        loss = closure();
    }
    for (auto& group : param_groups_) {
        const auto& options = static_cast<const torch::optim::AdamOptions&>(group.options());
        for (auto& parameter : group.params()) {
            const torch::Tensor gradient = parameter.grad();
            if (!gradient.defined())
                continue;
            TORCH_CHECK(!gradient.is_sparse(), "Adam does not support sparse gradients");
            auto& slot = state_[stateKeyOf<StateMap::key_type>(parameter)];
            if (!slot) {
                auto fresh = std::make_unique<torch::optim::AdamParamState>();
                fresh->step(0);
                fresh->exp_avg(torch::zeros_like(parameter, torch::MemoryFormat::Preserve));
                fresh->exp_avg_sq(torch::zeros_like(parameter, torch::MemoryFormat::Preserve));
                if (options.amsgrad())
                    fresh->max_exp_avg_sq(
                        torch::zeros_like(parameter, torch::MemoryFormat::Preserve));
                slot = std::move(fresh);
            }
            auto& state = static_cast<torch::optim::AdamParamState&>(*slot);
            state.step(state.step() + 1);
            const auto [beta1, beta2] = options.betas();
            const double biasCorrection1 = 1 - std::pow(beta1, state.step());
            const double biasCorrection2 = 1 - std::pow(beta2, state.step());
            if (!fusable(parameter, gradient, state, options.amsgrad())) {
                tensorUpdate(parameter, gradient, state, options, biasCorrection1, biasCorrection2);
                continue;
            }
            const Coefficients coefficients{static_cast<float>(beta1),
                                            static_cast<float>(1 - beta1),
                                            static_cast<float>(beta2),
                                            static_cast<float>(1 - beta2),
                                            static_cast<float>(options.weight_decay()),
                                            static_cast<float>(std::sqrt(biasCorrection2)),
                                            static_cast<float>(options.eps()),
                                            static_cast<float>(-options.lr() / biasCorrection1)};
            fusedUpdate(parameter.data_ptr<float>(), gradient.data_ptr<float>(),
                        state.exp_avg().data_ptr<float>(), state.exp_avg_sq().data_ptr<float>(),
                        parameter.numel(), coefficients);
        }
    }
    return loss;
}

} // namespace kps
