#include "dataset_scan.h"

#include "annotation.h"
#include "atomic_file.h"
#include "dataset_layout.h"
#include "file_error.h"
#include "json_file.h"
#include "letterbox_crop.h"
#include "parallel_for.h"
#include "preprocess_config.h"
#include "progress.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <system_error>
#include <utility>

namespace kps {

namespace fs = std::filesystem;

namespace {

// The part of a FileError message after "<file>: " (the problem stores the file separately).
std::string reasonOf(const FileError& error)
{
    const std::string what = error.what();
    const std::string prefix = error.file().string() + ": ";
    if (!error.file().empty() && what.compare(0, prefix.size(), prefix) == 0)
        return what.substr(prefix.size());
    return what;
}

std::string lowerExtension(const fs::path& file)
{
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

std::uint32_t bigEndian32(const unsigned char* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

int bigEndian16(const unsigned char* p)
{
    return (int(p[0]) << 8) | int(p[1]);
}

// The last bytes of the file, where a complete PNG/JPEG has its end marker.
std::string tailBytes(std::ifstream& in, std::uintmax_t fileSize, std::size_t count)
{
    const std::size_t n = static_cast<std::size_t>(std::min<std::uintmax_t>(fileSize, count));
    std::string tail(n, '\0');
    in.clear();
    in.seekg(static_cast<std::streamoff>(fileSize - n));
    in.read(tail.data(), static_cast<std::streamsize>(n));
    if (!in)
        return {};
    return tail;
}

bool fail(std::string* why, const std::string& text)
{
    if (why)
        *why = text;
    return false;
}

bool readPngHeader(std::ifstream& in, std::uintmax_t size, ImageHeader& header, std::string* why)
{
    unsigned char bytes[24];
    in.seekg(0);
    if (size < 24 || !in.read(reinterpret_cast<char*>(bytes), 24))
        return fail(why, "truncated PNG header (" + std::to_string(size) + " bytes)");
    if (std::string(reinterpret_cast<const char*>(bytes + 12), 4) != "IHDR")
        return fail(why, "PNG without IHDR chunk");
    const std::uint32_t width = bigEndian32(bytes + 16);
    const std::uint32_t height = bigEndian32(bytes + 20);
    if (width == 0 || height == 0 || width > 0x7fffffffu || height > 0x7fffffffu)
        return fail(why, "PNG header gives an invalid size " + std::to_string(width) + "x" +
                             std::to_string(height));
    if (tailBytes(in, size, 64).find("IEND") == std::string::npos)
        return fail(why, "truncated PNG: the IEND chunk at the end of the file is missing");
    header.width = static_cast<int>(width);
    header.height = static_cast<int>(height);
    return true;
}

bool isStartOfFrame(int marker)
{
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

bool readJpegHeader(std::ifstream& in, std::uintmax_t size, ImageHeader& header, std::string* why)
{
    std::uintmax_t position = 2;
    auto byteAt = [&](std::uintmax_t at, int& value) {
        if (at >= size)
            return false;
        in.clear();
        in.seekg(static_cast<std::streamoff>(at));
        const int c = in.get();
        if (c == std::char_traits<char>::eof())
            return false;
        value = c;
        return true;
    };
    const std::string truncated = "truncated JPEG: the file ends before the frame header (SOF)";
    for (;;) {
        int c = 0;
        if (!byteAt(position, c))
            return fail(why, truncated);
        if (c != 0xFF)
            return fail(why, "corrupt JPEG: expected a marker at byte " + std::to_string(position));
        int marker = 0xFF;
        while (marker == 0xFF) {
            if (!byteAt(++position, marker))
                return fail(why, truncated);
        }
        ++position;
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // markers without a length
        if (marker == 0xD9 || marker == 0xDA)
            return fail(why, "corrupt JPEG: no frame header (SOF) before the image data");
        unsigned char segment[7];
        in.clear();
        in.seekg(static_cast<std::streamoff>(position));
        const bool isFrame = isStartOfFrame(marker);
        if (position + (isFrame ? 7 : 2) > size ||
            !in.read(reinterpret_cast<char*>(segment), isFrame ? 7 : 2))
            return fail(why, truncated);
        const int length = bigEndian16(segment);
        if (length < 2)
            return fail(why, "corrupt JPEG: segment length " + std::to_string(length) +
                                 " at byte " + std::to_string(position));
        if (isFrame) {
            header.height = bigEndian16(segment + 3);
            header.width = bigEndian16(segment + 5);
            if (header.width == 0 || header.height == 0)
                return fail(why, "JPEG frame header gives an invalid size " +
                                     std::to_string(header.width) + "x" +
                                     std::to_string(header.height));
            break;
        }
        position += static_cast<std::uintmax_t>(length);
    }
    const std::string tail = tailBytes(in, size, 1024);
    if (tail.find("\xFF\xD9") == std::string::npos)
        return fail(why, "truncated JPEG: the end-of-image marker is missing");
    return true;
}

// What one worker finds for one stem; merged into the index in stem order afterwards.
struct SampleResult
{
    std::vector<DatasetProblem> problems;
    bool structureValid = false; // the annotation parsed and has the expected structure
    int maxIndex = -1;
    bool indexBeyondK = false;
};

ProblemKind kindOf(Annotation::Issue::Kind kind)
{
    switch (kind) {
    case Annotation::Issue::Kind::IndexOutOfRange:
        return ProblemKind::VertexIndexOutOfRange;
    case Annotation::Issue::Kind::DuplicateIndex:
        return ProblemKind::DuplicateVertexIndex;
    case Annotation::Issue::Kind::NonFinite:
        return ProblemKind::NonFiniteCoordinate;
    }
    return ProblemKind::InvalidAnnotation;
}

void scanSample(SampleEntry& entry, SampleResult& result, int meshK)
{
    std::optional<ImageHeader> header;
    if (!entry.imagePath.empty()) {
        std::string why;
        header = readImageHeader(entry.imagePath, &why);
        if (header) {
            entry.imageWidth = header->width;
            entry.imageHeight = header->height;
        } else {
            result.problems.push_back({ProblemKind::CorruptImage, ProblemSeverity::Error,
                                       entry.imagePath, "unreadable or corrupt image: " + why});
        }
    }
    if (entry.annotationPath.empty()) {
        result.problems.push_back({ProblemKind::ImageWithoutAnnotation, ProblemSeverity::Info,
                                   entry.imagePath,
                                   "no annotation " + std::string(layout::kAnnotationsDir) + "/" +
                                       entry.stem + ".json: the image is unlabelled"});
        return;
    }
    if (entry.imagePath.empty())
        result.problems.push_back({ProblemKind::AnnotationWithoutImage, ProblemSeverity::Warning,
                                   entry.annotationPath,
                                   "no image " + std::string(layout::kImagesDir) + "/" +
                                       entry.stem + ".png/.jpg for this annotation"});

    nlohmann::ordered_json json;
    try {
        json = readJsonFile(entry.annotationPath);
    } catch (const FileError& error) {
        result.problems.push_back({ProblemKind::InvalidJson, ProblemSeverity::Error,
                                   entry.annotationPath, "invalid JSON: " + reasonOf(error)});
        return;
    }
    Annotation annotation;
    try {
        annotation = Annotation::fromJson(std::move(json), entry.annotationPath);
    } catch (const FileError& error) {
        result.problems.push_back({ProblemKind::InvalidAnnotation, ProblemSeverity::Error,
                                   entry.annotationPath, "invalid annotation: " + reasonOf(error)});
        return;
    }
    result.structureValid = true;
    std::set<int> distinct;
    for (const auto* list : {&annotation.visibleVertices(), &annotation.nonVisibleVertices()})
        for (const auto& record : *list) {
            result.maxIndex = std::max(result.maxIndex, record.index);
            if (record.index >= 0)
                distinct.insert(record.index);
        }
    result.indexBeyondK = meshK > 0 && result.maxIndex >= meshK;

    bool valid = true;
    for (const auto& issue : annotation.validate(meshK)) {
        valid = false;
        std::string message = issue.message;
        if (issue.kind == Annotation::Issue::Kind::IndexOutOfRange && meshK > 0 &&
            static_cast<int>(distinct.size()) > meshK)
            message += "; the file lists " + std::to_string(distinct.size()) +
                       " distinct vertices, the mesh has " + std::to_string(meshK);
        result.problems.push_back(
            {kindOf(issue.kind), ProblemSeverity::Error, entry.annotationPath, message});
    }
    if (!valid)
        return; // ambiguous or out-of-range labels must not reach training
    entry.annotated = true;
    entry.visibleCount = static_cast<int>(annotation.visibleVertices().size());
    std::optional<LetterboxCrop> crop;
    if (header)
        crop.emplace(PreprocessConfig{}, header->width, header->height);
    for (const auto& record : annotation.visibleVertices()) {
        entry.visibleIndices.push_back(record.index);
        if (crop && record.pixel && crop->insideCrop(crop->imageToCrop(*record.pixel)))
            ++entry.visibleInCrop;
    }
}

struct FolderListing
{
    bool exists = false;
    std::vector<fs::path> files; // regular files, sorted by name
};

FolderListing listFolder(const fs::path& folder, ProblemKind missingKind, ProblemSeverity severity,
                         const std::string& missingWhat, std::vector<DatasetProblem>& problems)
{
    FolderListing listing;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        const bool existsAsFile = fs::exists(folder, ec);
        problems.push_back({missingKind, severity, folder,
                            existsAsFile ? "is not a folder; " + missingWhat
                                         : "folder is missing; " + missingWhat});
        return listing;
    }
    listing.exists = true;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        problems.push_back(
            {missingKind, severity, folder, "cannot list the folder: " + ec.message()});
        return listing;
    }
    for (const fs::directory_iterator end; it != end; it.increment(ec)) {
        if (ec)
            break;
        const fs::path& path = it->path();
        const std::string name = path.filename().string();
        if (name.empty() || name[0] == '.') // hidden files, our own temporaries
            continue;
        std::error_code typeError;
        if (it->is_regular_file(typeError))
            listing.files.push_back(path);
    }
    std::sort(listing.files.begin(), listing.files.end());
    return listing;
}

} // namespace

std::optional<ImageHeader> readImageHeader(const std::filesystem::path& file, std::string* why)
{
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(file, ec);
    if (ec) {
        fail(why, "cannot read: " + ec.message());
        return std::nullopt;
    }
    if (size == 0) {
        fail(why, "empty file");
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        fail(why, "cannot open for reading");
        return std::nullopt;
    }
    unsigned char magic[8] = {};
    in.read(reinterpret_cast<char*>(magic),
            static_cast<std::streamsize>(std::min<std::uintmax_t>(size, 8)));
    ImageHeader header;
    static const unsigned char pngMagic[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (size >= 8 && std::equal(magic, magic + 8, pngMagic)) {
        if (readPngHeader(in, size, header, why))
            return header;
        return std::nullopt;
    }
    if (size >= 3 && magic[0] == 0xFF && magic[1] == 0xD8 && magic[2] == 0xFF) {
        if (readJpegHeader(in, size, header, why))
            return header;
        return std::nullopt;
    }
    fail(why, size < 8
                  ? "truncated: only " + std::to_string(size) + " bytes, not a PNG or JPEG file"
                  : "not a PNG or JPEG file (unrecognised header bytes)");
    return std::nullopt;
}

std::string toString(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::MissingFolder:
        return "missing_folder";
    case ProblemKind::MissingMesh:
        return "missing_mesh";
    case ProblemKind::InvalidMesh:
        return "invalid_mesh";
    case ProblemKind::ImageWithoutAnnotation:
        return "image_without_annotation";
    case ProblemKind::AnnotationWithoutImage:
        return "annotation_without_image";
    case ProblemKind::CorruptImage:
        return "corrupt_image";
    case ProblemKind::InvalidJson:
        return "invalid_json";
    case ProblemKind::InvalidAnnotation:
        return "invalid_annotation";
    case ProblemKind::VertexIndexOutOfRange:
        return "vertex_index_out_of_range";
    case ProblemKind::DuplicateVertexIndex:
        return "duplicate_vertex_index";
    case ProblemKind::NonFiniteCoordinate:
        return "non_finite_coordinate";
    case ProblemKind::KeypointCountMismatch:
        return "keypoint_count_mismatch";
    case ProblemKind::AmbiguousImage:
        return "ambiguous_image";
    }
    return "unknown";
}

std::size_t DatasetIndex::annotatedCount() const
{
    return static_cast<std::size_t>(
        std::count_if(samples.begin(), samples.end(),
                      [](const SampleEntry& s) { return s.annotated && !s.imagePath.empty(); }));
}

std::size_t DatasetIndex::unlabelledCount() const
{
    return static_cast<std::size_t>(
        std::count_if(samples.begin(), samples.end(), [](const SampleEntry& s) {
            return !s.imagePath.empty() && s.annotationPath.empty();
        }));
}

bool DatasetIndex::usable() const
{
    return std::any_of(samples.begin(), samples.end(),
                       [](const SampleEntry& s) { return s.imageWidth > 0; });
}

std::vector<std::size_t> DatasetIndex::trainableSamples() const
{
    std::vector<std::size_t> result;
    for (std::size_t i = 0; i < samples.size(); ++i)
        if (samples[i].annotated && samples[i].imageWidth > 0)
            result.push_back(i);
    return result;
}

DatasetIndex scanDataset(const std::filesystem::path& root, const ScanOptions& options,
                         ProgressObserver* observer, const StopToken* stop)
{
    DatasetIndex index;
    index.root = root;
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
        index.problems.push_back(
            {ProblemKind::MissingFolder, ProblemSeverity::Error, root,
             fs::exists(root, ec) ? "is not a folder" : "dataset folder does not exist"});
        return index;
    }

    // Mesh first: its K is what annotations are checked against.
    const fs::path objectDir = root / layout::kObjectDir;
    index.meshFiles = layout::meshFileCandidates(root);
    const fs::path meshPath =
        index.meshFiles.empty() ? layout::meshFile(root) : index.meshFiles.front();
    if (!fs::is_directory(objectDir, ec)) {
        index.problems.push_back(
            {ProblemKind::MissingFolder, ProblemSeverity::Warning, objectDir,
             "folder is missing; no mesh_information.json, the keypoint count is taken from the "
             "annotations"});
    } else if (index.meshFiles.empty()) {
        index.problems.push_back(
            {ProblemKind::MissingMesh, ProblemSeverity::Warning, meshPath,
             "mesh file is missing (neither mesh_information.json nor the seed's "
             "mesh_information_REF_TANGO.json or other mesh_information*.json); the keypoint "
             "count is taken from the annotations"});
    } else {
        index.meshFile = meshPath;
        try {
            MeshInformation mesh = MeshInformation::load(meshPath);
            if (mesh.totalVertices <= 0)
                index.problems.push_back(
                    {ProblemKind::InvalidMesh, ProblemSeverity::Error, meshPath,
                     "total_vertices: is 0, a mesh needs at least one vertex"});
            else
                index.mesh = std::move(mesh);
        } catch (const FileError& error) {
            index.problems.push_back({ProblemKind::InvalidMesh, ProblemSeverity::Error, meshPath,
                                      "invalid mesh: " + reasonOf(error)});
        }
    }
    const int meshK = index.mesh ? index.mesh->totalVertices : 0;

    const FolderListing images =
        listFolder(layout::imagesDir(root), ProblemKind::MissingFolder, ProblemSeverity::Error,
                   "the dataset has no images", index.problems);
    const FolderListing annotations =
        listFolder(layout::annotationsDir(root), ProblemKind::MissingFolder,
                   ProblemSeverity::Warning, "no image has an annotation", index.problems);

    std::map<std::string, SampleEntry> byStem;
    for (const auto& file : images.files) {
        if (!layout::isImageFile(file))
            continue;
        SampleEntry& entry = byStem[file.stem().string()];
        if (entry.imagePath.empty()) {
            entry.stem = file.stem().string();
            entry.imagePath = file;
        } else {
            index.problems.push_back({ProblemKind::AmbiguousImage, ProblemSeverity::Warning, file,
                                      "another image has the same stem (" +
                                          entry.imagePath.filename().string() +
                                          "); that one is used, this one is ignored"});
        }
    }
    for (const auto& file : annotations.files) {
        if (lowerExtension(file) != ".json")
            continue;
        SampleEntry& entry = byStem[file.stem().string()];
        entry.stem = file.stem().string();
        entry.annotationPath = file;
    }

    index.samples.reserve(byStem.size());
    for (auto& [stem, entry] : byStem)
        index.samples.push_back(std::move(entry));
    std::vector<SampleResult> results(index.samples.size());

    const std::size_t total = index.samples.size();
    std::atomic<std::size_t> done{0};
    if (observer)
        observer->progress("scanning", 0, total);
    parallelFor(
        total, options.threads,
        [&](std::size_t i) {
            scanSample(index.samples[i], results[i], meshK);
            const std::size_t finished = done.fetch_add(1) + 1;
            if (observer && (finished % 256 == 0 || finished == total))
                observer->progress("scanning", finished, total);
        },
        stop);

    // Merge in stem order so problems come out in a stable order.
    std::vector<DatasetProblem> sampleProblems;
    int maxIndex = -1;
    std::size_t filesBeyondK = 0;
    fs::path firstBeyondK;
    bool anyStructureValid = false;
    for (std::size_t i = 0; i < total; ++i) {
        SampleResult& result = results[i];
        for (auto& problem : result.problems) {
            if (problem.severity != ProblemSeverity::Info)
                ++index.samples[i].problemCount;
            sampleProblems.push_back(std::move(problem));
        }
        if (result.structureValid) {
            anyStructureValid = true;
            maxIndex = std::max(maxIndex, result.maxIndex);
            if (result.indexBeyondK && filesBeyondK++ == 0)
                firstBeyondK = index.samples[i].annotationPath;
        }
    }
    // Images sharing a stem count against the sample that uses their stem.
    for (const auto& problem : index.problems)
        if (problem.kind == ProblemKind::AmbiguousImage) {
            const std::string stem = problem.file.stem().string();
            auto it = std::lower_bound(
                index.samples.begin(), index.samples.end(), stem,
                [](const SampleEntry& s, const std::string& key) { return s.stem < key; });
            if (it != index.samples.end() && it->stem == stem)
                ++it->problemCount;
        }

    if (index.mesh) {
        index.keypointCount = meshK;
        if (filesBeyondK > 0)
            index.problems.push_back(
                {ProblemKind::KeypointCountMismatch, ProblemSeverity::Error, meshPath,
                 "total_vertices is " + std::to_string(meshK) +
                     " but annotations use vertex indices up to " + std::to_string(maxIndex) +
                     " (" + std::to_string(maxIndex + 1) + " keypoints) in " +
                     std::to_string(filesBeyondK) + " file(s), e.g. " +
                     firstBeyondK.filename().string()});
        else if (anyStructureValid && maxIndex >= 0 && maxIndex + 1 < meshK)
            index.problems.push_back(
                {ProblemKind::KeypointCountMismatch, ProblemSeverity::Warning, meshPath,
                 "total_vertices is " + std::to_string(meshK) +
                     " but no annotation uses a vertex index above " + std::to_string(maxIndex)});
    } else {
        index.keypointCount = maxIndex + 1;
    }
    index.problems.insert(index.problems.end(), std::make_move_iterator(sampleProblems.begin()),
                          std::make_move_iterator(sampleProblems.end()));
    return index;
}

} // namespace kps
