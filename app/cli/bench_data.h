#pragma once
#include <QStringList>
namespace kps::cli {
// kpstudio bench data [--images N] [--threads T]: data-pipeline throughput, measured in one run.
int runBenchData(const QStringList& args);
} // namespace kps::cli
