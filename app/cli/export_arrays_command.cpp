// kpstudio export-arrays DATASET --out DIR: writes the seed's X_data.npy / Y_data.npz (what its
// preprocess_vis.py makes) from a 4SP dataset, for people who keep training with the seed's
// scripts.
#include "cli_commands.h"
#include "cli_messages.h"
#include "terminal_progress.h"

#include "seed_arrays.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <exception>
#include <filesystem>

namespace kps::cli {

namespace {

constexpr const char* kCommand = "export-arrays";

} // namespace

int runExportArrays(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Write the seed's training arrays from a dataset: X_data.npy (float32 N x 128 x 128 x 3, "
        "BGR minus the caffe means) and Y_data.npz (heatmaps N x 64 x 64 x K, coords N x 2K). "
        "Rows follow the sorted image names that have an annotation."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DATASET"), tr("Dataset folder"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("Folder to write (created if needed)."), QStringLiteral("DIR"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           tr("Worker threads (0 = all cores)"),
                                           QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(outOption);
    parser.addOption(threadsOption);
    if (!parser.parse(args))
        return fail(kCommand, parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(kCommand, tr("expected one DATASET folder (kpstudio export-arrays --help)"), 2);
    if (!parser.isSet(outOption))
        return fail(kCommand, tr("--out DIR is required"), 2);
    bool threadsOk = false;
    const int threads = parser.value(threadsOption).toInt(&threadsOk);
    if (!threadsOk || threads < 0)
        return fail(kCommand, tr("--threads: expected a non-negative integer"), 2);

    const std::filesystem::path dataset(QFile::encodeName(positional.first()).toStdString());
    const std::filesystem::path out(QFile::encodeName(parser.value(outOption)).toStdString());
    try {
        TerminalProgress progress("img");
        const SeedArraysExport result =
            exportSeedArrays(dataset, out, PreprocessConfig(), threads, &progress);
        progress.finish();
        QTextStream(stdout)
            << tr("Wrote %1 rows, K = %2 (%3): %4, %5")
                   .arg(result.rows)
                   .arg(result.keypointCount)
                   .arg(result.meshFile.empty()
                            ? tr("from the annotations")
                            : QString::fromStdString(result.meshFile.filename().string()))
                   .arg(QString::fromStdString((out / seed_arrays::kInputsFile).string()),
                        QString::fromStdString((out / seed_arrays::kTargetsFile).string()))
            << "\n";
        return 0;
    } catch (const std::exception& error) {
        return fail(kCommand, QString::fromStdString(error.what()));
    }
}

} // namespace kps::cli
