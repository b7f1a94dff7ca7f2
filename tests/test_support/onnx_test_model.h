#pragma once
// Shared by the ONNX export tests: small random keypoint models whose BatchNorm statistics are
// real (not fresh), saved as weights files, the python3-onnx checker run on a file, and the
// data-driven export-and-compare check.

#include "keypoint_model.h"
#include "model_config.h"

#include <QString>
#include <QTemporaryDir>

#include <filesystem>

namespace kps::test {

// resnet18/34/50 with decoder widths {32,16,16,8,8}, K 5, IMG 64, HEAT heatmapSize.
ModelConfig smallOnnxTestConfig(const QString& backbone, int heatmapSize = 32);

struct SavedModel
{
    std::filesystem::path weights;
    KeypointModel model{nullptr};
};

// A seeded random model with calibrated BatchNorm (see the .cpp), saved as <dir>/<name>.pt.
SavedModel makeCalibratedWeights(const QTemporaryDir& dir, const ModelConfig& config,
                                 const QString& name);

// Empty when KPS_PYTHON's onnx loads the file, and its checker and strict shape inference
// pass; else the error. *output: what the script printed (weights SHA-256, output names).
QString pythonOnnxCheck(const QString& python, const std::filesystem::path& onnxFile,
                        QString* output);
bool pythonHasOnnx(const QString& python);

// The data-driven export check shared by the ONNX tests. Columns: backbone, batch (0 =
// dynamic), normalisationInGraph, normalisation ("torchvision"/"caffe"), outputs, heatmapSize,
// opset. The check exports a calibrated model through exportOnnxModel and asserts: verified and
// renamed into place, the runs (batch 1 and 3, or the fixed batch), OpenCV DNN vs LibTorch within
// 1e-4 (heatmaps) and 1e-3 IMG px (coords), the metadata read back, and python3-onnx's checker.
void addExportCaseColumns();
void checkFetchedExportCase(const QString& python);

} // namespace kps::test
