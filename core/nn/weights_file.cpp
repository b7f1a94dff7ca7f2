#include "weights_file.h"

#include "keras_import.h"

#include "atomic_file.h"
#include "file_error.h"
#include "torch_state_dict_reader.h"
#include "torch_state_dict_writer.h"

#include <ATen/ATen.h>
#include <c10/util/Exception.h>

#include <cstring>

namespace kps {

namespace {

at::Tensor textTensor(const std::string& text)
{
    at::Tensor bytes =
        at::empty({static_cast<int64_t>(text.size())}, at::TensorOptions().dtype(at::kByte));
    if (!text.empty())
        std::memcpy(bytes.data_ptr(), text.data(), text.size());
    return bytes;
}

std::string tensorText(const at::Tensor& tensor)
{
    const at::Tensor bytes = tensor.to(at::kCPU, at::kByte).contiguous().reshape({-1});
    return std::string(static_cast<const char*>(bytes.data_ptr()),
                       static_cast<std::size_t>(bytes.numel()));
}

bool isReservedKey(const std::string& name)
{
    return name.size() > 4 && name.compare(0, 2, "__") == 0 &&
           name.compare(name.size() - 2, 2, "__") == 0;
}

} // namespace

std::vector<std::pair<std::string, torch::Tensor>> modelStateDict(torch::nn::Module& model)
{
    std::vector<std::pair<std::string, torch::Tensor>> entries;
    for (const auto& item : model.named_modules("", /*include_self=*/true)) {
        const std::string prefix = item.key().empty() ? "" : item.key() + ".";
        for (const auto& parameter : item.value()->named_parameters(/*recurse=*/false))
            entries.emplace_back(prefix + parameter.key(), parameter.value());
        for (const auto& buffer : item.value()->named_buffers(/*recurse=*/false))
            entries.emplace_back(prefix + buffer.key(), buffer.value());
    }
    return entries;
}

void saveWeights(const std::filesystem::path& file, KeypointModel& model,
                 const nlohmann::ordered_json& metadata)
{
    NamedTensors entries;
    for (const auto& [name, tensor] : modelStateDict(*model))
        entries.emplace_back(name, tensor.detach().to(at::kCPU));
    const nlohmann::ordered_json format{
        {"format", "keypoint-studio-weights"},
        {"version", 1},
        {"written_by", std::string("Keypoint Studio ") + KPS_VERSION}};
    entries.emplace_back(kWeightsConfigKey, textTensor(model->config().toJson().dump()));
    entries.emplace_back(kWeightsMetadataKey, textTensor(metadata.dump()));
    entries.emplace_back(kWeightsFormatKey, textTensor(format.dump()));
    std::string bytes;
    try {
        bytes = torchSaveBytes(entries);
    } catch (const c10::Error& error) {
        throw FileError(file, std::string("cannot serialise the weights: ") +
                                  error.what_without_backtrace());
    }
    writeFileAtomically(file, bytes);
}

LoadedModel loadWeights(const std::filesystem::path& file, const torch::Device& device)
{
    // A Keras model of the seed's network opens wherever a model is asked for.
    if (isKerasModelFile(file)) {
        LoadedModel loaded;
        loaded.model = importKerasModel(file);
        loaded.config = loaded.model->config();
        loaded.metadata = {{"imported_from", file.filename().string()}};
        loaded.model->to(device);
        loaded.model->eval();
        return loaded;
    }
    // Our own reader rather than torch::pickle_load: it also takes files re-saved from Python
    // (OrderedDicts, tensors saved on a GPU).
    const NamedTensors tensors = readTorchStateDict(file);
    const at::Tensor* configTensor = nullptr;
    const at::Tensor* metadataTensor = nullptr;
    NamedTensors weights;
    for (const auto& [name, tensor] : tensors) {
        if (name == kWeightsConfigKey)
            configTensor = &tensor;
        else if (name == kWeightsMetadataKey)
            metadataTensor = &tensor;
        else if (!isReservedKey(name))
            weights.emplace_back(name, tensor);
    }
    if (!configTensor)
        throw FileError(
            file, "not a Keypoint Studio weights file (no __config__ entry); ImageNet weights "
                  "from torchvision are imported into a backbone instead");

    LoadedModel loaded;
    try {
        loaded.config =
            ModelConfig::fromJson(nlohmann::ordered_json::parse(tensorText(*configTensor)));
        loaded.metadata = metadataTensor
                              ? nlohmann::ordered_json::parse(tensorText(*metadataTensor))
                              : nlohmann::ordered_json::object();
    } catch (const nlohmann::json::exception& error) {
        throw FileError(file,
                        std::string("the stored configuration is not valid JSON: ") + error.what());
    } catch (const std::invalid_argument& error) {
        throw FileError(file, std::string("the stored configuration is invalid: ") + error.what());
    }

    loaded.model = KeypointModel(loaded.config);
    assignStateDict(modelStateDict(*loaded.model), weights, file,
                    "a " + loaded.config.backbone +
                        " keypoint model with its stored configuration");
    loaded.model->to(device);
    loaded.model->eval();
    return loaded;
}

} // namespace kps
