#include "synthetic_crops.h"

#include "annotation.h"
#include "keypoint_labels.h"
#include "letterbox_crop.h"
#include "parallel_for.h"
#include "progress.h"
#include "synthetic_generator.h"

#include <cstdio>
#include <cstring>

namespace kps {

namespace {

std::string syntheticStem(std::size_t index)
{
    char text[40];
    std::snprintf(text, sizeof text, "synthetic_%08zu", index);
    return text;
}

GeneratorOptions sceneOptions(const SyntheticCropOptions& options, int width, int height)
{
    GeneratorOptions scene;
    scene.seed = options.seed;
    scene.mesh = options.mesh;
    scene.materials = options.materials;
    scene.width = width;
    scene.height = height;
    return scene;
}

LabelledCrops emptyCrops(const SyntheticCropOptions& options, std::size_t first, std::size_t count)
{
    LabelledCrops result;
    result.keypointCount = options.mesh.keypointCount();
    const int side = options.preprocess.imageSize;
    result.crops.imageSize = side;
    result.crops.pixels.assign(count * static_cast<std::size_t>(side) * side * 3, 0);
    result.crops.valid.assign(count, false);
    result.crops.imageWidths.assign(count, options.preprocess.canvasWidth);
    result.crops.imageHeights.assign(count, options.preprocess.canvasHeight);
    result.crops.errors.assign(count, std::string());
    result.labels.assign(count * static_cast<std::size_t>(result.keypointCount) * 2, -1.0f);
    for (std::size_t i = 0; i < count; ++i)
        result.stems.push_back(syntheticStem(first + i));
    return result;
}

void storeCrop(LabelledCrops& result, std::size_t i, const cv::Mat& crop,
               const std::vector<float>& labels)
{
    const std::size_t bytes = result.crops.bytesPerCrop();
    const cv::Mat continuous = crop.isContinuous() ? crop : crop.clone();
    std::memcpy(result.crops.pixels.data() + i * bytes, continuous.data, bytes);
    std::copy(labels.begin(), labels.end(),
              result.labels.begin() + static_cast<std::ptrdiff_t>(i * labels.size()));
    result.crops.valid[i] = true;
}

} // namespace

PinholeCamera modelCropCamera(const PinholeCamera& frame, const PreprocessConfig& preprocess)
{
    // Frame pixel u -> edge u + 0.5 -> canvas (scale, pad) -> crop (minus its origin) -> IMG
    // edge (x IMG / crop side) -> IMG pixel (- 0.5): an affine map, applied to K.
    const LetterboxCrop geometry(preprocess, frame.width, frame.height);
    const double rx = static_cast<double>(preprocess.imageSize) / preprocess.cropWidth;
    const double ry = static_cast<double>(preprocess.imageSize) / preprocess.cropHeight;
    PinholeCamera crop = frame;
    crop.width = preprocess.imageSize;
    crop.height = preprocess.imageSize;
    crop.fx = frame.fx * geometry.scaleX() * rx;
    crop.fy = frame.fy * geometry.scaleY() * ry;
    crop.cx =
        ((frame.cx + 0.5) * geometry.scaleX() + geometry.padLeft() - geometry.cropLeft()) * rx -
        0.5;
    crop.cy =
        ((frame.cy + 0.5) * geometry.scaleY() + geometry.padTop() - geometry.cropTop()) * ry - 0.5;
    return crop;
}

LabelledCrops renderModelCrops(const SyntheticCropOptions& options, std::size_t first,
                               std::size_t count, const StopToken* stop,
                               const std::vector<std::size_t>* only)
{
    LabelledCrops result = emptyCrops(options, first, count);
    const GeneratorOptions scenes =
        sceneOptions(options, options.preprocess.canvasWidth, options.preprocess.canvasHeight);
    const int keypoints = result.keypointCount;
    const double side = options.preprocess.imageSize;
    parallelFor(
        only ? only->size() : count, options.threads,
        [&](std::size_t job) {
            const std::size_t i = only ? (*only)[job] : job;
            SceneSetup scene = randomScene(options.mesh, scenes, first + i);
            scene.camera = modelCropCamera(scene.camera, options.preprocess);
            const RenderedSample sample =
                renderScene(options.mesh, scene, scenes.visibility, options.supersampling);
            // Visible and inside the crop camera's image = visible and inside the crop (the
            // label rule); the normalised target (lx + 0.5) / cropW is (u + 0.5) / IMG here.
            std::vector<float> labels(static_cast<std::size_t>(keypoints) * 2, -1.0f);
            for (const VertexVisibility& vertex : sample.vertices) {
                if (vertex.status != VertexStatus::Visible || !vertex.pixel ||
                    vertex.index >= keypoints)
                    continue;
                labels[2 * static_cast<std::size_t>(vertex.index)] =
                    static_cast<float>(((*vertex.pixel)[0] + 0.5) / side);
                labels[2 * static_cast<std::size_t>(vertex.index) + 1] =
                    static_cast<float>(((*vertex.pixel)[1] + 0.5) / side);
            }
            storeCrop(result, i, sample.image, labels);
        },
        stop);
    return result;
}

LabelledCrops renderPipelineCrops(const SyntheticCropOptions& options, std::size_t first,
                                  std::size_t count, const StopToken* stop)
{
    LabelledCrops result = emptyCrops(options, first, count);
    GeneratorOptions scenes = sceneOptions(options, options.frameWidth, options.frameHeight);
    scenes.supersampling = options.frameSupersampling;
    const int keypoints = result.keypointCount;
    parallelFor(
        count, options.threads,
        [&](std::size_t i) {
            const RenderedSample sample = renderSample(options.mesh, scenes, first + i);
            const LetterboxCrop geometry(options.preprocess, sample.image.cols, sample.image.rows);
            const Annotation annotation = Annotation::fromJson(sample.annotation);
            result.crops.imageWidths[i] = sample.image.cols;
            result.crops.imageHeights[i] = sample.image.rows;
            storeCrop(result, i, geometry.apply(sample.image),
                      keypointLabels(annotation, geometry, keypoints));
        },
        stop);
    return result;
}

} // namespace kps
