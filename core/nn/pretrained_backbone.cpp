#include "pretrained_backbone.h"

#include "keras_import.h"
#include "torchvision_import.h"

namespace kps {

void importPretrainedBackbone(KeypointModel& model, const std::filesystem::path& file)
{
    if (isKerasModelFile(file))
        importKerasBackbone(model, file);
    else
        importTorchvisionBackbone(model, file);
}

InputNormalisation pretrainedNormalisation(const std::filesystem::path& file)
{
    return isKerasModelFile(file) ? InputNormalisation::Caffe : InputNormalisation::Torchvision;
}

} // namespace kps
