#pragma once
// The options and messages `kpstudio evaluate` and `kpstudio predict` share.

#include <QCommandLineOption>
#include <QString>

#include <exception>
#include <filesystem>
#include <string>
#include <vector>

class QCommandLineParser;

namespace kps {
struct PredictionJobOptions;
struct PredictionJobResult;
} // namespace kps

namespace kps::cli {

struct PredictionCliOptions
{
    QCommandLineOption batch;
    QCommandLineOption device;
    QCommandLineOption threads;
    QCommandLineOption saveHeatmaps;
    QCommandLineOption noImages;
};

// --model, --data, --out and --split of the commands that evaluate an annotated dataset
// (evaluate, report); outHelp describes what --out receives.
struct EvaluationCliOptions
{
    QCommandLineOption model;
    QCommandLineOption data;
    QCommandLineOption out;
    QCommandLineOption split;
};
EvaluationCliOptions evaluationCliOptions(const QString& outHelp);
// Checks that --model, --data and --out are given and --split is all|val; false with a message.
bool checkEvaluationCliOptions(const QCommandLineParser& parser, const EvaluationCliOptions& cli,
                               QString* error);

// Adds --batch, --device, --threads, --save-heatmaps, --no-images to parser.
PredictionCliOptions addPredictionCliOptions(QCommandLineParser& parser);
// Fills batch size, threads and writer flags; false with a message on a bad value.
bool readPredictionCliOptions(const QCommandLineParser& parser, const PredictionCliOptions& cli,
                              PredictionJobOptions& options, QString* error);

std::filesystem::path toPath(const QString& text);
// The stems of --split: empty for "all"; for "val" the "val" stems of split.json beside the
// model file. Throws kps::FileError when split.json is missing or malformed.
std::vector<std::string> splitStems(const std::filesystem::path& modelFile, const QString& split);
// "kpstudio <cmd>: <message>" on stderr; returns 2.
int usageError(const QString& command, const QString& message);
// "kpstudio <cmd>: <file>: <what is wrong>" on stderr; returns 1.
int runtimeError(const QString& command, const std::exception& error);
// One warning line per skipped image / unreadable annotation (at most 20, then a count).
void printProblems(const QString& command, const PredictionJobResult& result);

} // namespace kps::cli
