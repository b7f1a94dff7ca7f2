#pragma once
// Synthetic training data made in memory, for training on an endless stream of unseen images
// (TrainingConfig "synthetic:..." data): scenes from the dataset generator (same poses, lighting,
// colours and starfield statistics as `kpstudio generate`), returned as the trainer's labelled
// crops. Two ways:
//  - renderModelCrops: the camera is narrowed to the model's centre crop and rendered straight at
//    IMG x IMG (supersampled), about 500x fewer pixels than a full 1920x1080 frame: fast enough to
//    make new images every epoch at training speed;
//  - renderPipelineCrops: a full frame, then the real preprocessing (letterbox, centre crop,
//    resize) and the real label code, exactly what a generated dataset on disk would give (used
//    for validation, so its numbers are those of a real held-out set).
// Both are pure functions of (mesh, options, seed, index range) whatever the thread count, and run
// in parallel in the calling thread's pool.

#include "labelled_crops.h"
#include "material_mode.h"
#include "mesh_information.h"
#include "pinhole_camera.h"
#include "preprocess_config.h"

#include <cstddef>
#include <cstdint>

namespace kps {

class StopToken;

struct SyntheticCropOptions
{
    MeshInformation mesh;        // needs vertexCoordinates
    PreprocessConfig preprocess; // IMG, crop geometry
    std::uint64_t seed = 0;
    MaterialMode materials = MaterialMode::Fixed;
    int supersampling = 4; // renderModelCrops: samples per crop pixel side
    int frameWidth = 480;  // renderPipelineCrops: the rendered frame (then preprocessed)
    int frameHeight = 270;
    int frameSupersampling = 2;
    int threads = 0; // <= 0: all cores
};

// The camera whose image is exactly the model's IMG x IMG crop of `frame` (same pixel-centre
// convention as LetterboxCrop: a point's crop-space pixel is what the preprocessing maps its
// frame pixel to).
PinholeCamera modelCropCamera(const PinholeCamera& frame, const PreprocessConfig& preprocess);

// Images [first, first + count) of the stream `options.seed`; stems "synthetic_<index>".
// On a stop the result is incomplete: check the token. `only` (offsets in [0, count)): render just
// those (a rank's shard of an epoch); the others stay black, invalid, with no visible keypoint.
LabelledCrops renderModelCrops(const SyntheticCropOptions& options, std::size_t first,
                               std::size_t count, const StopToken* stop = nullptr,
                               const std::vector<std::size_t>* only = nullptr);
LabelledCrops renderPipelineCrops(const SyntheticCropOptions& options, std::size_t first,
                                  std::size_t count, const StopToken* stop = nullptr);

} // namespace kps
