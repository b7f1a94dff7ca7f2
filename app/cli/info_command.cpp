// kpstudio info DATASET [--json]: what a dataset holds (counts, K, visible keypoints per vertex,
// how many fall inside the model's crop) and every problem the scan found.
#include "cli_commands.h"
#include "cli_messages.h"
#include "terminal_progress.h"

#include "dataset_scan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace kps::cli {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

const char* severityName(ProblemSeverity severity)
{
    switch (severity) {
    case ProblemSeverity::Info:
        return "info";
    case ProblemSeverity::Warning:
        return "warning";
    case ProblemSeverity::Error:
        return "error";
    }
    return "error";
}

// The numbers `info` reports, computed once for both output formats.
struct DatasetSummary
{
    std::size_t images = 0;
    std::size_t readableImages = 0;
    std::size_t annotated = 0;
    std::size_t unlabelled = 0;
    std::size_t invalidAnnotations = 0;
    std::size_t annotationsWithoutImage = 0;
    long long visibleTotal = 0;
    long long visibleInCropTotal = 0;
    std::vector<long long> visiblePerVertex;
    std::size_t errors = 0, warnings = 0, infos = 0;
};

DatasetSummary summarise(const DatasetIndex& index)
{
    DatasetSummary summary;
    summary.visiblePerVertex.assign(static_cast<std::size_t>(std::max(0, index.keypointCount)), 0);
    for (const SampleEntry& sample : index.samples) {
        if (!sample.imagePath.empty()) {
            ++summary.images;
            if (sample.imageWidth > 0)
                ++summary.readableImages;
        } else {
            ++summary.annotationsWithoutImage;
        }
        if (!sample.annotationPath.empty() && !sample.annotated)
            ++summary.invalidAnnotations;
        if (!sample.annotated || sample.imagePath.empty())
            continue; // keypoints of an annotation without image cannot be used
        ++summary.annotated;
        summary.visibleTotal += sample.visibleCount;
        summary.visibleInCropTotal += sample.visibleInCrop;
        for (int vertex : sample.visibleIndices)
            if (vertex >= 0 && vertex < index.keypointCount)
                ++summary.visiblePerVertex[static_cast<std::size_t>(vertex)];
    }
    summary.unlabelled = index.unlabelledCount();
    for (const DatasetProblem& problem : index.problems) {
        if (problem.severity == ProblemSeverity::Error)
            ++summary.errors;
        else if (problem.severity == ProblemSeverity::Warning)
            ++summary.warnings;
        else
            ++summary.infos;
    }
    return summary;
}

std::string relativeToRoot(const std::filesystem::path& file, const std::filesystem::path& root)
{
    const std::filesystem::path relative = file.lexically_relative(root);
    if (relative.empty() || *relative.begin() == "..")
        return file.string();
    return relative.string();
}

nlohmann::ordered_json toJson(const DatasetIndex& index, const DatasetSummary& summary)
{
    nlohmann::ordered_json json;
    json["dataset"] = index.root.string();
    json["usable"] = index.usable();
    json["images"] = summary.images;
    json["readable_images"] = summary.readableImages;
    json["annotated"] = summary.annotated;
    json["unlabelled"] = summary.unlabelled;
    json["invalid_annotations"] = summary.invalidAnnotations;
    json["annotations_without_image"] = summary.annotationsWithoutImage;
    json["keypoints"] = index.keypointCount;
    json["keypoints_source"] = index.mesh ? "mesh" : "annotations";
    json["object_name"] = index.mesh ? index.mesh->objectName : std::string();
    json["mesh_file"] = index.mesh ? relativeToRoot(index.meshFile, index.root) : std::string();
    nlohmann::ordered_json meshFiles = nlohmann::ordered_json::array();
    for (const std::filesystem::path& file : index.meshFiles)
        meshFiles.push_back(relativeToRoot(file, index.root));
    json["mesh_files_found"] = std::move(meshFiles);
    json["mesh_edges"] = index.mesh ? index.mesh->totalEdges : 0;
    json["trainable"] = index.trainableSamples().size();
    json["visible_total"] = summary.visibleTotal;
    json["visible_in_crop_total"] = summary.visibleInCropTotal;
    json["visible_per_vertex"] = summary.visiblePerVertex;
    json["problem_counts"] = {
        {"error", summary.errors}, {"warning", summary.warnings}, {"info", summary.infos}};
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const DatasetProblem& problem : index.problems)
        problems.push_back({{"file", problem.file.string()},
                            {"message", problem.message},
                            {"kind", toString(problem.kind)},
                            {"severity", severityName(problem.severity)}});
    json["problems"] = std::move(problems);
    return json;
}

void printHuman(const DatasetIndex& index, const DatasetSummary& summary)
{
    QTextStream out(stdout);
    auto row = [&](const QString& label, const QString& value) {
        out << "  " << label.leftJustified(28) << value << "\n";
    };
    out << tr("Dataset %1").arg(fromStd(index.root.string())) << "\n";
    row(tr("Images"), QString::number(summary.images));
    row(tr("Annotated"), QString::number(summary.annotated));
    row(tr("Unlabelled"), QString::number(summary.unlabelled));
    if (summary.invalidAnnotations > 0)
        row(tr("Invalid annotations"), QString::number(summary.invalidAnnotations));
    if (summary.annotationsWithoutImage > 0)
        row(tr("Annotations without image"), QString::number(summary.annotationsWithoutImage));
    row(tr("Trainable samples"), QString::number(index.trainableSamples().size()));
    row(tr("Keypoints (K)"),
        index.mesh
            ? tr("%1 (mesh \"%2\")").arg(index.keypointCount).arg(fromStd(index.mesh->objectName))
            : tr("%1 (from the annotations, no mesh)").arg(index.keypointCount));
    if (index.mesh) {
        row(tr("Mesh file"), fromStd(relativeToRoot(index.meshFile, index.root)));
        row(tr("Mesh edges"), QString::number(index.mesh->totalEdges));
    }
    if (index.meshFiles.size() > 1) {
        QStringList others;
        for (std::size_t i = 1; i < index.meshFiles.size(); ++i)
            others << fromStd(index.meshFiles[i].filename().string());
        row(tr("Other mesh files (unused)"), others.join(QStringLiteral(", ")));
    }
    row(tr("Visible keypoints"), QString::number(summary.visibleTotal));
    row(tr("... inside the model crop"),
        summary.visibleTotal > 0
            ? tr("%1 (%2%)")
                  .arg(summary.visibleInCropTotal)
                  .arg(100.0 * double(summary.visibleInCropTotal) / double(summary.visibleTotal), 0,
                       'f', 1)
            : QString::number(summary.visibleInCropTotal));

    if (!summary.visiblePerVertex.empty()) {
        out << "\n  " << tr("Vertex").rightJustified(6) << "  " << tr("Visible").rightJustified(9)
            << "  " << tr("of annotated").rightJustified(12) << "\n";
        for (std::size_t v = 0; v < summary.visiblePerVertex.size(); ++v) {
            const long long count = summary.visiblePerVertex[v];
            const QString share =
                summary.annotated > 0
                    ? QString::number(100.0 * double(count) / double(summary.annotated), 'f', 1) +
                          "%"
                    : QStringLiteral("-");
            out << "  " << QString::number(v).rightJustified(6) << "  "
                << QString::number(count).rightJustified(9) << "  " << share.rightJustified(12)
                << "\n";
        }
    }

    out << "\n"
        << tr("Problems: %1 errors, %2 warnings, %3 unlabelled/info")
               .arg(summary.errors)
               .arg(summary.warnings)
               .arg(summary.infos)
        << "\n";
    // Unlabelled images are counted above; listing each would drown the real problems.
    std::size_t listedInfos = 0;
    for (const DatasetProblem& problem : index.problems) {
        if (problem.severity == ProblemSeverity::Info && ++listedInfos > 5)
            continue;
        out << "  " << QString::fromLatin1(severityName(problem.severity)).leftJustified(8)
            << fromStd(toString(problem.kind)).leftJustified(26)
            << fromStd(relativeToRoot(problem.file, index.root)) << ": " << fromStd(problem.message)
            << "\n";
    }
    if (listedInfos > 5)
        out << "  " << tr("... and %1 more unlabelled images").arg(listedInfos - 5) << "\n";
}

} // namespace

int runInfo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Summarise a 4SP dataset (Rendered_Images, JSON_Data_REF, "
                                        "Object_Information) and list its problems."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DATASET"), tr("Dataset folder"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print one JSON object on stdout"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           tr("Worker threads (0 = all cores)"),
                                           QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(jsonOption);
    parser.addOption(threadsOption);
    if (!parser.parse(args)) {
        QTextStream(stderr) << "kpstudio info: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        QTextStream(stderr) << "kpstudio info: "
                            << tr("expected one DATASET folder (kpstudio info --help)") << "\n";
        return 2;
    }
    bool threadsOk = false;
    const int threads = parser.value(threadsOption).toInt(&threadsOk);
    if (!threadsOk || threads < 0) {
        QTextStream(stderr) << "kpstudio info: " << tr("--threads: expected a non-negative integer")
                            << "\n";
        return 2;
    }

    const std::filesystem::path root(QFile::encodeName(positional.first()).toStdString());
    const bool json = parser.isSet(jsonOption);
    ScanOptions options;
    options.threads = threads;
    DatasetIndex index;
    if (json) {
        index = scanDataset(root, options);
    } else {
        TerminalProgress progress("file");
        index = scanDataset(root, options, &progress);
        progress.finish();
    }
    const DatasetSummary summary = summarise(index);

    if (json) {
        const std::string text =
            toJson(index, summary)
                .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
            "\n";
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
    } else {
        printHuman(index, summary);
    }
    if (index.usable())
        return 0;

    // One line saying why nothing is usable: the first error names the file.
    const auto firstError =
        std::find_if(index.problems.begin(), index.problems.end(),
                     [](const DatasetProblem& p) { return p.severity == ProblemSeverity::Error; });
    if (firstError != index.problems.end())
        QTextStream(stderr) << "kpstudio info: " << fromStd(firstError->file.string()) << ": "
                            << fromStd(firstError->message) << "\n";
    else
        QTextStream(stderr) << "kpstudio info: " << fromStd(index.root.string()) << ": "
                            << tr("no readable images found") << "\n";
    return 1;
}

} // namespace kps::cli
