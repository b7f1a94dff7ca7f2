#include "run_directory.h"

#include "atomic_file.h"
#include "file_error.h"
#include "npy_array.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace kps {

using Json = nlohmann::ordered_json;

const char* const kLogColumns[17] = {"epoch",
                                     "train_loss",
                                     "train_focal",
                                     "train_l1",
                                     "val_loss",
                                     "val_focal",
                                     "val_l1",
                                     "lr",
                                     "val_pck2",
                                     "val_pck5",
                                     "val_mean_error_px",
                                     "epoch_seconds",
                                     "images_per_second",
                                     "best",
                                     "val_pck2_128px",
                                     "val_pck5_128px",
                                     "val_mean_error_128px"};
constexpr std::size_t kLegacyLogColumns = 14;

namespace {

std::string number(double value)
{
    char text[40];
    std::snprintf(text, sizeof text, "%.9g", value);
    return text;
}

Json parseJsonFile(const std::filesystem::path& file)
{
    const std::string text = readWholeFile(file);
    try {
        return Json::parse(text);
    } catch (const nlohmann::json::parse_error& error) {
        throw FileError(file, std::string("invalid JSON: ") + error.what());
    }
}

std::vector<std::string> stemList(const Json& json, const char* key,
                                  const std::filesystem::path& file)
{
    const auto found = json.find(key);
    if (found == json.end() || !found->is_array())
        throw FileError(file, std::string("\"") + key + "\" must be a list of stems");
    std::vector<std::string> stems;
    for (const auto& item : *found) {
        if (!item.is_string())
            throw FileError(file, std::string("\"") + key + "\" must be a list of stems");
        stems.push_back(item.get<std::string>());
    }
    return stems;
}

std::string epochName(int epoch)
{
    char text[32];
    std::snprintf(text, sizeof text, "epoch_%04d", epoch);
    return text;
}

Json pointList(const std::vector<float>& values, std::size_t first, int count)
{
    Json list = Json::array();
    for (int k = 0; k < count; ++k)
        list.push_back(Json::array({values[first + 2 * static_cast<std::size_t>(k)],
                                    values[first + 2 * static_cast<std::size_t>(k) + 1]}));
    return list;
}

void readPointList(const Json& list, int count, std::vector<float>& out,
                   const std::filesystem::path& file)
{
    if (!list.is_array() || static_cast<int>(list.size()) != count)
        throw FileError(file, "snapshot sample has a wrong number of points");
    for (const auto& point : list) {
        if (!point.is_array() || point.size() != 2 || !point[0].is_number() ||
            !point[1].is_number())
            throw FileError(file, "snapshot point must be [x, y]");
        out.push_back(point[0].get<float>());
        out.push_back(point[1].get<float>());
    }
}

} // namespace

std::string isoTimeNow()
{
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() %
        1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[40];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
    char full[48];
    std::snprintf(full, sizeof full, "%s.%03dZ", text, static_cast<int>(millis));
    return full;
}

Json EpochStats::toJson() const
{
    return Json{{"epoch", epoch},
                {"phase", phase},
                {"train_loss", trainLoss},
                {"train_focal", trainFocal},
                {"train_l1", trainL1},
                {"val_loss", valLoss},
                {"val_focal", valFocal},
                {"val_l1", valL1},
                {"lr", learningRate},
                {"val_pck2", valPck2},
                {"val_pck5", valPck5},
                {"val_mean_error_px", valMeanErrorPx},
                {"epoch_seconds", epochSeconds},
                {"images_per_second", imagesPerSecond},
                {"best", best},
                {"val_pck2_128px", valPck2Seed},
                {"val_pck5_128px", valPck5Seed},
                {"val_mean_error_128px", valMeanErrorSeedPx}};
}

EpochStats EpochStats::fromJson(const Json& json)
{
    EpochStats stats;
    stats.epoch = json.value("epoch", 0);
    stats.phase = json.value("phase", std::string());
    stats.trainLoss = json.value("train_loss", 0.0);
    stats.trainFocal = json.value("train_focal", 0.0);
    stats.trainL1 = json.value("train_l1", 0.0);
    stats.valLoss = json.value("val_loss", 0.0);
    stats.valFocal = json.value("val_focal", 0.0);
    stats.valL1 = json.value("val_l1", 0.0);
    stats.learningRate = json.value("lr", 0.0);
    stats.valPck2 = json.value("val_pck2", 0.0);
    stats.valPck5 = json.value("val_pck5", 0.0);
    stats.valMeanErrorPx = json.value("val_mean_error_px", 0.0);
    stats.epochSeconds = json.value("epoch_seconds", 0.0);
    stats.imagesPerSecond = json.value("images_per_second", 0.0);
    stats.best = json.value("best", false);
    stats.valPck2Seed = json.value("val_pck2_128px", 0.0);
    stats.valPck5Seed = json.value("val_pck5_128px", 0.0);
    stats.valMeanErrorSeedPx = json.value("val_mean_error_128px", 0.0);
    return stats;
}

Json BatchProgress::toJson() const
{
    return Json{{"epoch", epoch},
                {"batch", batch},
                {"batches", batches},
                {"loss", runningLoss},
                {"images_per_second", imagesPerSecond},
                {"lr", learningRate}};
}

BatchProgress BatchProgress::fromJson(const Json& json)
{
    BatchProgress progress;
    progress.epoch = json.value("epoch", 0);
    progress.batch = json.value("batch", 0);
    progress.batches = json.value("batches", 1);
    progress.runningLoss = json.value("loss", 0.0);
    progress.imagesPerSecond = json.value("images_per_second", 0.0);
    progress.learningRate = json.value("lr", 0.0);
    return progress;
}

Json DataSplit::toJson() const
{
    return Json{{"seed", seed}, {"train", train}, {"val", val}};
}

DataSplit DataSplit::fromJson(const Json& json, const std::filesystem::path& file)
{
    if (!json.is_object())
        throw FileError(file, "expected a JSON object");
    DataSplit split;
    if (const auto seed = json.find("seed"); seed != json.end() && seed->is_number_integer())
        split.seed = seed->get<unsigned long long>();
    split.train = stemList(json, "train", file);
    split.val = stemList(json, "val", file);
    return split;
}

RunDirectory::RunDirectory(std::filesystem::path root) : m_root(std::move(root)) {}

std::filesystem::path RunDirectory::snapshotFile(int epoch) const
{
    return snapshotsDir() / (epochName(epoch) + ".json");
}

void RunDirectory::create() const
{
    std::error_code error;
    std::filesystem::create_directories(snapshotsDir(), error);
    if (error)
        throw FileError(m_root, "cannot create run directory: " + error.message());
}

bool RunDirectory::hasConfig() const
{
    return std::filesystem::exists(configFile());
}

void RunDirectory::writeConfig(const TrainingConfig& config) const
{
    writeFileAtomically(configFile(), config.toJson().dump(2) + "\n");
}

TrainingConfig RunDirectory::readConfig() const
{
    const Json json = parseJsonFile(configFile());
    try {
        return TrainingConfig::fromJson(json);
    } catch (const std::invalid_argument& error) {
        throw FileError(configFile(), error.what());
    }
}

void RunDirectory::writeSplit(const DataSplit& split) const
{
    writeFileAtomically(splitFile(), split.toJson().dump(1) + "\n");
}

std::optional<DataSplit> RunDirectory::readSplit() const
{
    if (!std::filesystem::exists(splitFile()))
        return std::nullopt;
    return DataSplit::fromJson(parseJsonFile(splitFile()), splitFile());
}

void RunDirectory::appendLogRow(const EpochStats& stats) const
{
    std::string text;
    if (std::filesystem::exists(logFile()))
        text = readWholeFile(logFile());
    if (text.empty()) {
        for (std::size_t i = 0; i < std::size(kLogColumns); ++i)
            text += std::string(i ? "," : "") + kLogColumns[i];
        text += "\n";
    } else if (text.back() != '\n') {
        text += "\n";
    }
    const double values[] = {stats.trainLoss,      stats.trainFocal,   stats.trainL1,
                             stats.valLoss,        stats.valFocal,     stats.valL1,
                             stats.learningRate,   stats.valPck2,      stats.valPck5,
                             stats.valMeanErrorPx, stats.epochSeconds, stats.imagesPerSecond};
    text += std::to_string(stats.epoch);
    for (const double value : values)
        text += "," + number(value);
    text += stats.best ? ",1" : ",0";
    for (const double value : {stats.valPck2Seed, stats.valPck5Seed, stats.valMeanErrorSeedPx})
        text += "," + number(value);
    text += "\n";
    writeFileAtomically(logFile(), text);
}

std::vector<EpochStats> RunDirectory::readLog() const
{
    std::vector<EpochStats> rows;
    if (!std::filesystem::exists(logFile()))
        return rows;
    std::istringstream lines(readWholeFile(logFile()));
    std::string line;
    bool header = true;
    int lineNumber = 0;
    while (std::getline(lines, line)) {
        ++lineNumber;
        if (header) {
            header = false;
            continue;
        }
        if (line.empty())
            continue;
        std::vector<double> fields;
        std::istringstream cells(line);
        std::string cell;
        while (std::getline(cells, cell, ',')) {
            try {
                fields.push_back(std::stod(cell));
            } catch (const std::exception&) {
                throw FileError(logFile(),
                                "line " + std::to_string(lineNumber) + ": not a number: " + cell);
            }
        }
        if (fields.size() != std::size(kLogColumns) && fields.size() != kLegacyLogColumns)
            throw FileError(logFile(), "line " + std::to_string(lineNumber) + ": expected " +
                                           std::to_string(std::size(kLogColumns)) + " columns");
        EpochStats stats;
        stats.epoch = static_cast<int>(fields[0]);
        stats.trainLoss = fields[1];
        stats.trainFocal = fields[2];
        stats.trainL1 = fields[3];
        stats.valLoss = fields[4];
        stats.valFocal = fields[5];
        stats.valL1 = fields[6];
        stats.learningRate = fields[7];
        stats.valPck2 = fields[8];
        stats.valPck5 = fields[9];
        stats.valMeanErrorPx = fields[10];
        stats.epochSeconds = fields[11];
        stats.imagesPerSecond = fields[12];
        stats.best = fields[13] != 0.0;
        if (fields.size() > kLegacyLogColumns) {
            stats.valPck2Seed = fields[14];
            stats.valPck5Seed = fields[15];
            stats.valMeanErrorSeedPx = fields[16];
        }
        rows.push_back(stats);
    }
    return rows;
}

void RunDirectory::truncateLog(int lastEpoch) const
{
    if (!std::filesystem::exists(logFile()))
        return;
    const std::vector<EpochStats> rows = readLog();
    if (std::none_of(rows.begin(), rows.end(),
                     [&](const EpochStats& row) { return row.epoch > lastEpoch; }))
        return;
    std::istringstream lines(readWholeFile(logFile()));
    std::string line;
    std::string kept;
    bool header = true;
    while (std::getline(lines, line)) {
        if (!header && !line.empty() && std::stoi(line.substr(0, line.find(','))) > lastEpoch)
            continue;
        header = false;
        kept += line + "\n";
    }
    writeFileAtomically(logFile(), kept);
}

void RunDirectory::appendEvent(Json event) const
{
    if (!event.contains("time"))
        event["time"] = isoTimeNow();
    const std::string line =
        event.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    const int fd = ::open(eventsFile().c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        throw FileError(eventsFile(),
                        std::string("cannot open for appending: ") + std::strerror(errno));
    // One write() of the whole line: with O_APPEND it lands at the end in one piece.
    std::size_t written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(fd, line.data() + written, line.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const std::string why = std::strerror(errno);
            ::close(fd);
            throw FileError(eventsFile(), "cannot append: " + why);
        }
        written += static_cast<std::size_t>(n);
    }
    ::close(fd);
}

std::vector<Json> RunDirectory::readEvents(const std::filesystem::path& file,
                                           std::uintmax_t* offset)
{
    std::vector<Json> events;
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return events;
    const std::uintmax_t start = offset ? *offset : 0;
    in.seekg(static_cast<std::streamoff>(start));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::size_t lastNewline = text.rfind('\n');
    if (lastNewline == std::string::npos)
        return events;
    std::size_t begin = 0;
    while (begin <= lastNewline) {
        const std::size_t end = text.find('\n', begin);
        const std::string line = text.substr(begin, end - begin);
        begin = end + 1;
        if (line.empty())
            continue;
        try {
            events.push_back(Json::parse(line));
        } catch (const nlohmann::json::parse_error&) {
            // a foreign or damaged line: skip it, keep following
        }
    }
    if (offset)
        *offset = start + lastNewline + 1;
    return events;
}

void RunDirectory::writeState(const Json& state) const
{
    writeFileAtomically(stateFile(), state.dump(2) + "\n");
}

std::optional<Json> RunDirectory::readState() const
{
    if (!std::filesystem::exists(stateFile()))
        return std::nullopt;
    return parseJsonFile(stateFile());
}

void RunDirectory::writeSnapshotInputs(const std::vector<std::uint8_t>& crops, std::size_t count,
                                       int imageSize) const
{
    const auto side = static_cast<std::size_t>(imageSize);
    if (crops.size() != count * side * side * 3)
        throw FileError(snapshotInputsFile(), "crop buffer size does not match the sample count");
    NpyArray::fromBytes({count, side, side, 3}, crops.data()).save(snapshotInputsFile());
}

std::filesystem::path RunDirectory::writeSnapshot(const HeatmapSnapshot& snapshot) const
{
    const std::size_t n = snapshot.sampleCount();
    const auto k = static_cast<std::size_t>(snapshot.keypointCount);
    const auto heat = static_cast<std::size_t>(snapshot.heatmapSize);
    if (snapshot.heatmaps.size() != n * k * heat * heat || snapshot.targets.size() != n * k * 2 ||
        snapshot.predictions.size() != n * k * 2)
        throw FileError(snapshotFile(snapshot.epoch), "snapshot buffers do not match their shape");
    const std::string name = epochName(snapshot.epoch);
    NpyArray::fromFloats({n, k, heat, heat}, snapshot.heatmaps.data())
        .save(snapshotsDir() / (name + ".npy"));

    Json header;
    header["format"] = "keypoint-studio-heatmap-snapshot";
    header["version"] = 1;
    header["epoch"] = snapshot.epoch;
    header["heatmaps"] = name + ".npy";
    header["inputs"] = "inputs.npy";
    header["shape"] = {n, k, heat, heat};
    header["image_size"] = snapshot.imageSize;
    header["heatmap_size"] = snapshot.heatmapSize;
    header["keypoint_count"] = snapshot.keypointCount;
    Json samples = Json::array();
    for (std::size_t i = 0; i < n; ++i) {
        samples.push_back(Json{
            {"stem", snapshot.stems[i]},
            {"target", pointList(snapshot.targets, i * k * 2, snapshot.keypointCount)},
            {"predicted", pointList(snapshot.predictions, i * k * 2, snapshot.keypointCount)}});
    }
    header["samples"] = std::move(samples);
    const std::filesystem::path file = snapshotFile(snapshot.epoch);
    writeFileAtomically(file, header.dump(1) + "\n");
    return file;
}

HeatmapSnapshot RunDirectory::readSnapshot(const std::filesystem::path& jsonFile)
{
    const Json header = parseJsonFile(jsonFile);
    if (!header.is_object() ||
        header.value("format", std::string()) != "keypoint-studio-heatmap-snapshot")
        throw FileError(jsonFile, "not a heatmap snapshot");
    HeatmapSnapshot snapshot;
    try {
        snapshot.epoch = header.at("epoch").get<int>();
        snapshot.imageSize = header.at("image_size").get<int>();
        snapshot.heatmapSize = header.at("heatmap_size").get<int>();
        snapshot.keypointCount = header.at("keypoint_count").get<int>();
    } catch (const nlohmann::json::exception& error) {
        throw FileError(jsonFile, error.what());
    }
    const std::filesystem::path dataFile =
        jsonFile.parent_path() / header.value("heatmaps", std::string());
    const NpyArray array = NpyArray::load(dataFile);
    const auto& samples = header.value("samples", Json::array());
    const std::vector<std::size_t> expected{samples.size(),
                                            static_cast<std::size_t>(snapshot.keypointCount),
                                            static_cast<std::size_t>(snapshot.heatmapSize),
                                            static_cast<std::size_t>(snapshot.heatmapSize)};
    if (array.type != NpyArray::Type::Float32 || array.shape != expected)
        throw FileError(dataFile, "heatmap array shape does not match its snapshot header");
    snapshot.heatmaps.assign(array.floats(), array.floats() + array.elementCount());
    for (const auto& sample : samples) {
        snapshot.stems.push_back(sample.value("stem", std::string()));
        readPointList(sample.value("target", Json()), snapshot.keypointCount, snapshot.targets,
                      jsonFile);
        readPointList(sample.value("predicted", Json()), snapshot.keypointCount,
                      snapshot.predictions, jsonFile);
    }
    return snapshot;
}

std::vector<std::filesystem::path> RunDirectory::snapshotFiles() const
{
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(snapshotsDir(), error)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("epoch_", 0) == 0 && entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace kps
