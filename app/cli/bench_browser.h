#pragma once
#include <QStringList>
namespace kps::cli {
// kpstudio bench browser [--images N]: the Images panel's models on N in-memory samples.
int runBenchBrowser(const QStringList& args);
} // namespace kps::cli
