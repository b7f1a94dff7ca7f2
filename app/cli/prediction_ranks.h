#pragma once
// `kpstudio evaluate/predict --nproc N`: the images are shared out between N ranks (local
// processes started the torchrun way, or ranks of an outside launcher), each predicts its share
// and writes its images' outputs, and rank 0 merges the keypoint records into the same metrics
// and report as one process (core/prediction_shards.h).

#include "prediction_job.h"

#include <QCommandLineOption>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace kps {
class Predictor;
class ProgressObserver;
} // namespace kps

namespace kps::cli {

QCommandLineOption nprocOption();

// The launching process (--nproc N > 1 and no RANK in the environment): starts N ranks of this
// command with the other arguments, waits for them and returns their exit code (a failed rank is
// named on stderr). Returns -1 when this process is to run the job itself; 2 on a bad --nproc.
int launchPredictionRanks(const QString& command, const QStringList& args,
                          const QCommandLineParser& parser, const QCommandLineOption& nproc);

// In a rank, a device of "cuda" becomes this rank's GPU (cuda:LOCAL_RANK); otherwise unchanged.
QString rankDevice(const QString& device);

struct DistributedPrediction
{
    PredictionJobResult result; // rank 0 (or one process): the whole job's; other ranks: theirs
    bool speaks = true;         // false on ranks other than 0: they print nothing
};

// Runs the job in this process, or this process's share of a data-parallel one (RANK and
// WORLD_SIZE set): rank 0 then waits for the others, merges every share and writes the report
// (when options.writeReport). Throws like runPredictionJob, and DistributedError.
DistributedPrediction runPredictionRanks(const Predictor& predictor, PredictionJobOptions options,
                                         ProgressObserver* observer);

} // namespace kps::cli
