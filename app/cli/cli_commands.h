#pragma once
// The kpstudio sub-commands. Each takes the arguments after its name (args[0] is the command
// name, as QCommandLineParser expects), prints to stdout/stderr and returns the exit code.
// Errors are one line naming the file and what is wrong, exit code non-zero.

#include <QStringList>

namespace kps::cli {

int runInfo(const QStringList& args);         // kpstudio info DATASET [--json]
int runGenerate(const QStringList& args);     // kpstudio generate --out DIR --count N ...
int runBench(const QStringList& args);        // kpstudio bench data|train|browser|export ...
int runTrain(const QStringList& args);        // kpstudio train --data DIR --run DIR ...
int runEvaluate(const QStringList& args);     // kpstudio evaluate --model F --data DIR --out DIR
int runPredict(const QStringList& args);      // kpstudio predict --model F --images DIR --out DIR
int runReport(const QStringList& args);       // kpstudio report --model F --data DIR --out DIR
int runDemo(const QStringList& args);         // kpstudio demo
int runPlotRuns(const QStringList& args);     // kpstudio plot-runs RUN... --metric M --out F.png
int runExportArrays(const QStringList& args); // kpstudio export-arrays DATASET --out DIR
int runImportKeras(const QStringList& args);  // kpstudio import-keras MODEL --out FILE
int runExport(const QStringList& args);       // kpstudio export --model F --format onnx --out F ...

} // namespace kps::cli
