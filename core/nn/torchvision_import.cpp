#include "torchvision_import.h"

#include "file_error.h"
#include "torch_state_dict_reader.h"
#include "weights_file.h"

namespace kps {

namespace {

bool hasName(const NamedTensors& tensors, const std::string& name)
{
    for (const auto& item : tensors)
        if (item.first == name)
            return true;
    return false;
}

// Which torchvision ResNet a state_dict belongs to, from block names only ("" if none).
std::string guessResNet(const NamedTensors& tensors)
{
    if (!hasName(tensors, "layer1.0.conv1.weight"))
        return "";
    if (hasName(tensors, "layer1.0.conv3.weight"))
        return hasName(tensors, "layer3.6.conv1.weight") ? "a deeper bottleneck ResNet"
                                                         : "resnet50";
    if (hasName(tensors, "layer3.5.conv1.weight"))
        return "resnet34";
    return "resnet18";
}

} // namespace

void importTorchvisionBackbone(KeypointModel& model, const std::filesystem::path& file)
{
    NamedTensors tensors;
    for (auto& item : readTorchStateDict(file))
        if (item.first.compare(0, 3, "fc.") != 0)
            tensors.push_back(std::move(item));
    if (tensors.empty())
        throw FileError(file, "holds no backbone tensors");

    const std::string& depth = model->config().backbone;
    std::string what = "a torchvision " + depth;
    const std::string guess = guessResNet(tensors);
    if (!guess.empty() && guess != depth)
        what += " (the file looks like " + guess + ")";
    assignStateDict(modelStateDict(*model->backbone()), tensors, file, what);
}

} // namespace kps
