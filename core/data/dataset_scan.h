#pragma once
// Scans a dataset folder in the 4SP layout: pairs images and annotation JSONs by stem, reads the
// mesh, validates every annotation (in parallel) and collects every problem instead of stopping
// at the first. Never decodes images: their size and integrity come from the file header.

#include "mesh_information.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kps {

class ProgressObserver;
class StopToken;

enum class ProblemKind
{
    MissingFolder,
    MissingMesh,
    InvalidMesh,
    ImageWithoutAnnotation, // informational: the image is simply unlabelled
    AnnotationWithoutImage,
    CorruptImage,
    InvalidJson,
    InvalidAnnotation,
    VertexIndexOutOfRange,
    DuplicateVertexIndex,
    NonFiniteCoordinate,
    KeypointCountMismatch,
    AmbiguousImage, // two images share a stem (e.g. a.png and a.jpg); the first by name is used
};
enum class ProblemSeverity
{
    Info,
    Warning,
    Error
};

struct DatasetProblem
{
    ProblemKind kind;
    ProblemSeverity severity;
    std::filesystem::path file;
    std::string message; // what is wrong (English); the file is separate
};

struct SampleEntry
{
    std::string stem;
    std::filesystem::path imagePath;      // empty when only the JSON exists
    std::filesystem::path annotationPath; // empty when unlabelled
    int imageWidth = 0;                   // from the header, 0 when unreadable
    int imageHeight = 0;
    bool annotated = false;          // a valid annotation was read
    int visibleCount = 0;            // entries in visible_vertices
    int visibleInCrop = 0;           // ... that fall inside the model's crop (default config)
    int problemCount = 0;            // Warning/Error problems naming this sample's files
    std::vector<int> visibleIndices; // for per-vertex statistics
};

struct DatasetIndex
{
    std::filesystem::path root;
    std::optional<MeshInformation> mesh;
    // Every mesh_information*.json found, preferred first (layout::meshFileCandidates), and the
    // one read (the first; empty when there is none).
    std::vector<std::filesystem::path> meshFiles;
    std::filesystem::path meshFile;
    int keypointCount = 0;            // from the mesh, else the largest index seen + 1
    std::vector<SampleEntry> samples; // sorted by stem
    std::vector<DatasetProblem> problems;

    // Images (readable or not) with a valid annotation; an annotation without image is not counted.
    std::size_t annotatedCount() const;
    std::size_t unlabelledCount() const;
    // Usable: at least one sample with a readable image (annotated or not).
    bool usable() const;
    // Samples usable for training/evaluation: annotated, with a readable image.
    std::vector<std::size_t> trainableSamples() const;
};

struct ScanOptions
{
    int threads = 0; // 0 = all cores
};

DatasetIndex scanDataset(const std::filesystem::path& root, const ScanOptions& options = {},
                         ProgressObserver* observer = nullptr, const StopToken* stop = nullptr);

// Reads width/height from a PNG or JPEG header without decoding; nullopt when the header is
// missing, truncated or not an image. Also used to detect corrupt images during the scan.
struct ImageHeader
{
    int width = 0;
    int height = 0;
};
std::optional<ImageHeader> readImageHeader(const std::filesystem::path& file,
                                           std::string* why = nullptr);

std::string toString(ProblemKind kind);

} // namespace kps
