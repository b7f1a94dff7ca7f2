#pragma once
// Writes a KeypointModel as an ONNX graph (opset 11..17) built node by node from our own module
// tree with libonnx's protobuf classes (LibTorch's C++ frontend has no ONNX exporter):
//   image (N,3,IMG,IMG) -> [normalisation] -> ResNet (conv->BN folded) -> U-Net decoder
//   (post-activation BN kept as BatchNormalization) -> head -> [bilinear resize] -> sigmoid
//   -> `heatmaps` (N,K,HEAT,HEAT) -> SoftArgMax (Softmax + MatMul) -> `coords` (N,K,2).
// Only ops that onnx's checker, ONNX Runtime and OpenCV 4.6's DNN importer all accept are used.
// The model config, crop geometry, normalisation, beta and the weights' SHA-256 go into
// metadata_props. Synchronous, any thread; the module is only read (eval-mode values).

#include "keypoint_model.h"

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>

namespace kps {

inline constexpr int kOnnxMinOpset = 11;
inline constexpr int kOnnxMaxOpset = 17;
inline constexpr int kOnnxDefaultOpset = 13;

// Bad export options or a model the exporter cannot express (the message says which and why).
class OnnxExportError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct OnnxExportOptions
{
    int opset = kOnnxDefaultOpset;
    int batch = 0;                     // 0: dynamic batch dimension "N"; > 0: fixed
    bool heatmaps = true;              // output `heatmaps`
    bool coordinates = true;           // output `coords`
    bool includeNormalisation = false; // input raw 0-255 RGB instead of the normalised tensor

    // Throws OnnxExportError naming the bad value.
    void validate() const;
    // "heatmaps,coords" / "coords" / ...; throws OnnxExportError on an unknown or empty list.
    void setOutputs(const std::string& commaSeparated);
    std::string outputsText() const;
};

// What an exported file says about itself (read back from its metadata_props and graph).
struct OnnxModelInfo
{
    int opset = 0;
    int batch = 0; // 0: dynamic
    bool heatmaps = false;
    bool coordinates = false;
    bool includeNormalisation = false;
    std::string weightsSha256;
    ModelConfig config;
    std::map<std::string, std::string> metadata;
};

// The serialised ModelProto, after onnx::checker::check_model and strict shape inference
// passed. Throws OnnxExportError (options, unsupported structure, checker or inference failure).
std::string buildOnnxModel(KeypointModel& model, const OnnxExportOptions& options,
                           const std::string& weightsSha256);

// Atomic write of bytes from buildOnnxModel; throws kps::FileError naming the path.
void writeOnnxFile(const std::filesystem::path& file, const std::string& bytes);

// Parses an exported file's graph and metadata; throws kps::FileError naming the file when it is
// not an ONNX model written by Keypoint Studio.
OnnxModelInfo readOnnxModelInfo(const std::filesystem::path& file);

} // namespace kps
