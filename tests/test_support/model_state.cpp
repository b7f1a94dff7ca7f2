#include "model_state.h"

#include <algorithm>

namespace kps::test {

std::map<std::string, torch::Tensor> modelState(KeypointModel model)
{
    std::map<std::string, torch::Tensor> state;
    for (const auto& item : model->named_parameters(true))
        state[item.key()] = item.value().detach().clone();
    for (const auto& item : model->named_buffers(true))
        state[item.key()] = item.value().detach().clone();
    return state;
}

double maxStateDifference(const std::map<std::string, torch::Tensor>& a,
                          const std::map<std::string, torch::Tensor>& b)
{
    double largest = 0;
    for (const auto& [name, value] : a)
        if (value.is_floating_point())
            largest = std::max(largest, (value - b.at(name)).abs().max().item<double>());
    return largest;
}

} // namespace kps::test
