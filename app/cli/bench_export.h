#pragma once
#include <QStringList>
namespace kps::cli {
// kpstudio bench export [--presets small,seed] [--batch B] [--iterations N] [--threads T]:
// OpenCV DNN inference of the exported ONNX graph against LibTorch, ms per image and their ratio,
// measured in one run (A-B-B-A blocks) on random weights.
int runBenchExport(const QStringList& args);
} // namespace kps::cli
