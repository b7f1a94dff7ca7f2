// kpstudio generate: renders a synthetic spacecraft dataset (4SP layout) with the CPU generator.
#include "cli_commands.h"
#include "cli_messages.h"
#include "terminal_progress.h"

#include "file_error.h"
#include "mesh_information.h"
#include "synthetic_generator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <exception>

namespace kps::cli {

namespace {

constexpr const char* kCommand = "generate";

// Reads an integer option in [minimum, maximum]; on error returns false and sets `error`.
bool integerOption(const QCommandLineParser& parser, const QString& name, long long minimum,
                   long long maximum, long long& value, QString& error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const QString text = parser.value(name);
    const long long parsed = text.toLongLong(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        error =
            QStringLiteral("--%1: ").arg(name) +
            tr("expected an integer from %1 to %2, got '%3'").arg(minimum).arg(maximum).arg(text);
        return false;
    }
    value = parsed;
    return true;
}

bool realOption(const QCommandLineParser& parser, const QString& name, double& value,
                QString& error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const QString text = parser.value(name);
    const double parsed = text.toDouble(&ok);
    if (!ok || !(parsed > 0) || parsed > 1e6) {
        error = QStringLiteral("--%1: ").arg(name) +
                tr("expected a positive number, got '%1'").arg(text);
        return false;
    }
    value = parsed;
    return true;
}

} // namespace

int runGenerate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Render a synthetic spacecraft dataset (Rendered_Images/, JSON_Data_REF/, "
           "Object_Information/) with random poses, lighting and stars."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("out"), tr("Dataset folder to write (created if needed)."),
         QStringLiteral("DIR")},
        {QStringLiteral("count"), tr("Number of images."), QStringLiteral("N")},
        {QStringLiteral("seed"), tr("Random seed (default 0): same arguments, same files."),
         QStringLiteral("S")},
        {QStringLiteral("mesh"),
         tr("Mesh to render: mesh_information.json with vertex_coordinates, or .obj "
            "(default: the built-in Tango-like spacecraft)."),
         QStringLiteral("FILE")},
        {QStringLiteral("width"), tr("Image width in pixels (default 1920)."), QStringLiteral("W")},
        {QStringLiteral("height"), tr("Image height in pixels (default 1080)."),
         QStringLiteral("H")},
        {QStringLiteral("visibility"),
         tr("Visibility rule: occlusion (default; exact ray test) or 4sp (vertices "
            "of camera-facing faces)."),
         QStringLiteral("RULE")},
        {QStringLiteral("materials"),
         tr("Face colours: fixed (default; one livery, every face keeps its colour in every "
            "image, as on a real spacecraft) or random (drawn anew for every image)."),
         QStringLiteral("MODE")},
        {QStringLiteral("threads"),
         tr("Worker threads (default: all cores); the files do not depend on it."),
         QStringLiteral("T")},
        {QStringLiteral("supersampling"), tr("Anti-aliasing samples per pixel side (default 3)."),
         QStringLiteral("S")},
        {QStringLiteral("focal-mm"), tr("Lens focal length in mm (default 50)."),
         QStringLiteral("MM")},
        {QStringLiteral("sensor-mm"), tr("Sensor width in mm (default 36)."), QStringLiteral("MM")},
    });
    if (!parser.parse(args))
        return fail(kCommand, parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(kCommand,
                    tr("unexpected argument '%1'").arg(parser.positionalArguments().first()), 2);
    if (!parser.isSet(QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty())
        return fail(kCommand, tr("--out DIR is required"), 2);
    if (!parser.isSet(QStringLiteral("count")))
        return fail(kCommand, tr("--count N is required"), 2);

    GeneratorOptions options;
    options.outputDir = parser.value(QStringLiteral("out")).toStdString();
    long long count = 0, seed = 0, width = options.width, height = options.height, threads = 0,
              supersampling = options.supersampling;
    QString error;
    if (!integerOption(parser, QStringLiteral("count"), 1, 100000000, count, error) ||
        !integerOption(parser, QStringLiteral("seed"), 0, 9007199254740991LL, seed, error) ||
        !integerOption(parser, QStringLiteral("width"), 16, 16384, width, error) ||
        !integerOption(parser, QStringLiteral("height"), 16, 16384, height, error) ||
        !integerOption(parser, QStringLiteral("threads"), 0, 1024, threads, error) ||
        !integerOption(parser, QStringLiteral("supersampling"), 1, 8, supersampling, error) ||
        !realOption(parser, QStringLiteral("focal-mm"), options.focalLengthMm, error) ||
        !realOption(parser, QStringLiteral("sensor-mm"), options.sensorWidthMm, error))
        return fail(kCommand, error, 2);
    options.count = static_cast<int>(count);
    options.seed = static_cast<std::uint64_t>(seed);
    options.width = static_cast<int>(width);
    options.height = static_cast<int>(height);
    options.threads = static_cast<int>(threads);
    options.supersampling = static_cast<int>(supersampling);
    if (parser.isSet(QStringLiteral("visibility"))) {
        const auto rule =
            parseVisibilityRule(parser.value(QStringLiteral("visibility")).toStdString());
        if (!rule)
            return fail(kCommand,
                        QStringLiteral("--visibility: ") +
                            tr("expected 'occlusion' or '4sp', got '%1'")
                                .arg(parser.value(QStringLiteral("visibility"))),
                        2);
        options.visibility = *rule;
    }
    if (parser.isSet(QStringLiteral("materials"))) {
        const auto mode =
            parseMaterialMode(parser.value(QStringLiteral("materials")).toStdString());
        if (!mode)
            return fail(kCommand,
                        QStringLiteral("--materials: ") +
                            tr("expected 'fixed' or 'random', got '%1'")
                                .arg(parser.value(QStringLiteral("materials"))),
                        2);
        options.materials = *mode;
    }

    try {
        if (parser.isSet(QStringLiteral("mesh"))) {
            const std::filesystem::path meshPath =
                parser.value(QStringLiteral("mesh")).toStdString();
            options.mesh = loadMeshFile(meshPath);
            if (options.mesh->vertexCoordinates.empty())
                throw FileError(
                    meshPath,
                    "no vertex_coordinates: the generator needs vertex positions to render");
        }
        TerminalProgress progress(QCoreApplication::translate("kpstudio", "img").toStdString());
        const auto start = std::chrono::steady_clock::now();
        const GeneratorResult result = generateDataset(options, &progress);
        progress.finish();
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        QTextStream(stdout)
            << tr("Wrote %1 images (%2x%3, seed %4, %5 visibility, %6 materials) to %7 in %8 s "
                  "(%9 img/s)")
                   .arg(result.imagesWritten)
                   .arg(options.width)
                   .arg(options.height)
                   .arg(static_cast<qulonglong>(options.seed))
                   .arg(QString::fromLatin1(visibilityRuleName(options.visibility)),
                        QString::fromLatin1(materialModeName(options.materials)),
                        QString::fromStdString(options.outputDir.string()))
                   .arg(seconds, 0, 'f', 2)
                   .arg(seconds > 0 ? result.imagesWritten / seconds : 0.0, 0, 'f', 2)
            << "\n";
    } catch (const std::exception& exception) {
        return fail(kCommand, QString::fromStdString(exception.what()));
    }
    return 0;
}

} // namespace kps::cli
