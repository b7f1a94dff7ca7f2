#include "evaluation_metrics.h"

#include "atomic_file.h"
#include "file_error.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <stdexcept>
#include <unordered_map>

namespace kps {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double mean(const std::vector<double>& values)
{
    if (values.empty())
        return kNaN;
    double sum = 0.0;
    for (const double v : values)
        sum += v;
    return sum / static_cast<double>(values.size());
}

double rootMeanSquare(const std::vector<double>& values)
{
    if (values.empty())
        return kNaN;
    double sum = 0.0;
    for (const double v : values)
        sum += v * v;
    return std::sqrt(sum / static_cast<double>(values.size()));
}

double maximum(const std::vector<double>& values)
{
    return values.empty() ? kNaN : *std::max_element(values.begin(), values.end());
}

std::vector<double> pckPercentOf(const std::vector<double>& errors,
                                 const std::vector<double>& thresholds)
{
    std::vector<double> out;
    out.reserve(thresholds.size());
    for (const double t : thresholds) {
        if (errors.empty()) {
            out.push_back(kNaN);
            continue;
        }
        // e == t counts as correct, as the seed's "e <= t".
        const auto correct =
            std::count_if(errors.begin(), errors.end(), [t](double e) { return e <= t; });
        out.push_back(100.0 * static_cast<double>(correct) / static_cast<double>(errors.size()));
    }
    return out;
}

// JSON has no NaN: undefined statistics are null.
nlohmann::ordered_json number(double value)
{
    return std::isfinite(value) ? nlohmann::ordered_json(value) : nlohmann::ordered_json(nullptr);
}

double numberFrom(const nlohmann::ordered_json& json, const char* key)
{
    if (!json.contains(key))
        throw std::invalid_argument(std::string("missing key \"") + key + "\"");
    const auto& value = json.at(key);
    if (value.is_null())
        return kNaN;
    if (!value.is_number())
        throw std::invalid_argument(std::string("\"") + key + "\" must be a number or null");
    return value.get<double>();
}

// "2" for 2.0, "2.5" for 2.5: the seed's pck_percent keys.
std::string thresholdKey(double t)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, t);
    return std::string(buffer, result.ptr);
}

// Shortest text that reads back to the same double; empty for NaN (CSV "undefined").
std::string csvNumber(double value)
{
    if (!std::isfinite(value))
        return {};
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string csvText(const std::string& text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

nlohmann::ordered_json pckObject(const std::vector<double>& thresholds,
                                 const std::vector<double>& percent)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < thresholds.size() && i < percent.size(); ++i)
        out[thresholdKey(thresholds[i])] = number(percent[i]);
    return out;
}

std::vector<double> pckFrom(const nlohmann::ordered_json& json,
                            const std::vector<double>& thresholds)
{
    std::vector<double> out;
    for (const double t : thresholds) {
        const std::string key = thresholdKey(t);
        out.push_back(json.is_object() && json.contains(key) ? numberFrom(json, key.c_str())
                                                             : kNaN);
    }
    return out;
}

void statisticsToJson(const ErrorStatistics& s, const std::vector<double>& thresholds,
                      nlohmann::ordered_json& out)
{
    out["visible_keypoints_count"] = s.count;
    out["mae_dx"] = number(s.maeDx);
    out["mae_dy"] = number(s.maeDy);
    out["rmse_dx"] = number(s.rmseDx);
    out["rmse_dy"] = number(s.rmseDy);
    out["euclidean_mean"] = number(s.euclideanMean);
    out["euclidean_median"] = number(s.euclideanMedian);
    out["euclidean_p95"] = number(s.euclideanP95);
    out["euclidean_rmse"] = number(s.euclideanRmse);
    out["euclidean_max"] = number(s.euclideanMax);
    // Whole-pixel thresholds as JSON integers ([2, 5, 10, 15, 20]), as the seed writes them.
    nlohmann::ordered_json thresholdArray = nlohmann::ordered_json::array();
    for (const double t : thresholds) {
        if (std::isfinite(t) && t == std::floor(t) && std::fabs(t) < 1e15)
            thresholdArray.push_back(static_cast<long long>(t));
        else
            thresholdArray.push_back(t);
    }
    out["pck_thresholds_px"] = std::move(thresholdArray);
    out["pck_percent"] = pckObject(thresholds, s.pckPercent);
}

ErrorStatistics statisticsFromJson(const nlohmann::ordered_json& json,
                                   const std::vector<double>& thresholds)
{
    ErrorStatistics s;
    s.count = json.at("visible_keypoints_count").get<std::size_t>();
    s.maeDx = numberFrom(json, "mae_dx");
    s.maeDy = numberFrom(json, "mae_dy");
    s.rmseDx = numberFrom(json, "rmse_dx");
    s.rmseDy = numberFrom(json, "rmse_dy");
    s.euclideanMean = numberFrom(json, "euclidean_mean");
    s.euclideanMedian = numberFrom(json, "euclidean_median");
    s.euclideanP95 = numberFrom(json, "euclidean_p95");
    s.euclideanRmse = numberFrom(json, "euclidean_rmse");
    s.euclideanMax = json.contains("euclidean_max") ? numberFrom(json, "euclidean_max") : kNaN;
    s.pckPercent = pckFrom(json.value("pck_percent", nlohmann::ordered_json::object()), thresholds);
    return s;
}

} // namespace

std::vector<double> defaultPckThresholds()
{
    return {2.0, 5.0, 10.0, 15.0, 20.0};
}

double linearPercentile(std::vector<double> values, double percent)
{
    if (values.empty())
        return kNaN;
    std::sort(values.begin(), values.end());
    // numpy's default: virtual index (n-1) * q, linear between the neighbours.
    const double rank =
        std::clamp(percent, 0.0, 100.0) / 100.0 * static_cast<double>(values.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(rank));
    const std::size_t upper = std::min(lower + 1, values.size() - 1);
    const double fraction = rank - static_cast<double>(lower);
    return values[lower] + (values[upper] - values[lower]) * fraction;
}

std::vector<KeypointRecord> makeKeypointRecords(const std::string& image, int imageWidth,
                                                int imageHeight,
                                                const std::vector<float>& groundTruth,
                                                const std::vector<float>& predicted,
                                                const std::vector<float>& heatmapPeaks)
{
    if (predicted.size() % 2 != 0)
        throw std::invalid_argument(image + ": prediction has an odd number of values");
    const std::size_t k = predicted.size() / 2;
    if (!groundTruth.empty() && groundTruth.size() != predicted.size())
        throw std::invalid_argument(image + ": " + std::to_string(groundTruth.size() / 2) +
                                    " ground-truth keypoints but " + std::to_string(k) +
                                    " predicted");
    if (!heatmapPeaks.empty() && heatmapPeaks.size() != k)
        throw std::invalid_argument(image + ": " + std::to_string(heatmapPeaks.size()) +
                                    " heatmap peaks for " + std::to_string(k) + " keypoints");
    std::vector<KeypointRecord> records(k);
    for (std::size_t i = 0; i < k; ++i) {
        KeypointRecord& r = records[i];
        r.image = image;
        r.keypoint = static_cast<int>(i);
        r.hasGroundTruth = !groundTruth.empty();
        if (r.hasGroundTruth) {
            r.groundTruth = {groundTruth[2 * i], groundTruth[2 * i + 1]};
            r.visible = r.groundTruth.x >= 0.0 && r.groundTruth.y >= 0.0;
            if (!r.visible)
                r.groundTruth = {-1.0, -1.0};
        }
        r.predicted = {predicted[2 * i], predicted[2 * i + 1]};
        r.heatmapPeak = heatmapPeaks.empty() ? 0.0 : heatmapPeaks[i];
        r.imageWidth = imageWidth;
        r.imageHeight = imageHeight;
    }
    return records;
}

std::vector<KeypointResult> computeKeypointResults(const std::vector<KeypointRecord>& records,
                                                   const PreprocessConfig& config)
{
    std::map<std::pair<int, int>, LetterboxCrop> geometries;
    std::vector<KeypointResult> results;
    results.reserve(records.size());
    for (const KeypointRecord& record : records) {
        KeypointResult r;
        r.record = record;
        const double img = config.imageSize;
        r.predictedPx = {record.predicted.x * img, record.predicted.y * img};
        const bool hasSize = record.imageWidth > 0 && record.imageHeight > 0;
        if (record.visible && !hasSize)
            throw std::invalid_argument(record.image +
                                        ": image size unknown, cannot map keypoint " +
                                        std::to_string(record.keypoint) + " to original pixels");
        const LetterboxCrop* geometry = nullptr;
        if (hasSize) {
            const auto key = std::make_pair(record.imageWidth, record.imageHeight);
            auto it = geometries.find(key);
            if (it == geometries.end())
                it = geometries
                         .emplace(key, LetterboxCrop(config, record.imageWidth, record.imageHeight))
                         .first;
            geometry = &it->second;
            r.predictedOriginal = geometry->normalisedToImage(record.predicted);
        }
        if (record.visible) {
            r.groundTruthPx = {record.groundTruth.x * img, record.groundTruth.y * img};
            r.groundTruthOriginal = geometry->normalisedToImage(record.groundTruth);
            // The seed's unit: |normalised difference| * IMG.
            r.dx = std::abs(record.predicted.x - record.groundTruth.x) * img;
            r.dy = std::abs(record.predicted.y - record.groundTruth.y) * img;
            r.error = std::hypot(r.dx, r.dy);
            r.dxOriginal = std::abs(r.predictedOriginal.x - r.groundTruthOriginal.x);
            r.dyOriginal = std::abs(r.predictedOriginal.y - r.groundTruthOriginal.y);
            r.errorOriginal = std::hypot(r.dxOriginal, r.dyOriginal);
        } else {
            r.groundTruthPx = r.groundTruthOriginal = {kNaN, kNaN};
            r.dx = r.dy = r.error = r.dxOriginal = r.dyOriginal = r.errorOriginal = kNaN;
        }
        results.push_back(std::move(r));
    }
    return results;
}

ErrorStatistics ErrorStatistics::compute(const std::vector<double>& dx,
                                         const std::vector<double>& dy,
                                         const std::vector<double>& error,
                                         const std::vector<double>& thresholds)
{
    ErrorStatistics s;
    s.count = error.size();
    s.maeDx = mean(dx);
    s.maeDy = mean(dy);
    s.rmseDx = rootMeanSquare(dx);
    s.rmseDy = rootMeanSquare(dy);
    s.euclideanMean = mean(error);
    s.euclideanMedian = linearPercentile(error, 50.0);
    s.euclideanP95 = linearPercentile(error, 95.0);
    s.euclideanRmse = rootMeanSquare(error);
    s.euclideanMax = maximum(error);
    s.pckPercent = pckPercentOf(error, thresholds);
    return s;
}

EvaluationSummary EvaluationSummary::compute(const std::vector<KeypointResult>& results,
                                             const PreprocessConfig& config, int keypointCount,
                                             const std::vector<double>& pckThresholds)
{
    EvaluationSummary summary;
    summary.imageSize = config.imageSize;
    summary.pckThresholds = pckThresholds;

    int k = keypointCount;
    if (k <= 0)
        for (const KeypointResult& r : results)
            k = std::max(k, r.record.keypoint + 1);
    summary.keypointCount = k;

    struct Errors
    {
        std::vector<double> dx, dy, e, dxOriginal, dyOriginal, eOriginal, peak;
        void add(const KeypointResult& r)
        {
            dx.push_back(r.dx);
            dy.push_back(r.dy);
            e.push_back(r.error);
            dxOriginal.push_back(r.dxOriginal);
            dyOriginal.push_back(r.dyOriginal);
            eOriginal.push_back(r.errorOriginal);
            peak.push_back(r.record.heatmapPeak);
        }
    };
    Errors all;
    std::vector<Errors> perIndex(static_cast<std::size_t>(k));
    std::vector<Errors> perImage;
    std::unordered_map<std::string, std::size_t> imageSlot;

    for (const KeypointResult& r : results) {
        auto [it, inserted] = imageSlot.emplace(r.record.image, summary.perImage.size());
        if (inserted) {
            ImageStatistics image;
            image.image = r.record.image;
            image.imageWidth = r.record.imageWidth;
            image.imageHeight = r.record.imageHeight;
            summary.perImage.push_back(image);
            perImage.emplace_back();
        }
        ImageStatistics& image = summary.perImage[it->second];
        image.hasGroundTruth = image.hasGroundTruth || r.record.hasGroundTruth;
        if (!r.record.visible)
            continue;
        all.add(r);
        perImage[it->second].add(r);
        if (r.record.keypoint >= 0 && r.record.keypoint < k)
            perIndex[static_cast<std::size_t>(r.record.keypoint)].add(r);
    }

    summary.processedSamples = summary.perImage.size();
    summary.samplesWithGt = static_cast<std::size_t>(
        std::count_if(summary.perImage.begin(), summary.perImage.end(),
                      [](const ImageStatistics& s) { return s.hasGroundTruth; }));
    summary.imagePixels = ErrorStatistics::compute(all.dx, all.dy, all.e, pckThresholds);
    summary.originalPixels =
        ErrorStatistics::compute(all.dxOriginal, all.dyOriginal, all.eOriginal, pckThresholds);
    const double toSeed = 128.0 / summary.imageSize;
    const auto scaled = [toSeed](std::vector<double> values) {
        for (double& value : values)
            value *= toSeed;
        return values;
    };
    summary.seedSpacePixels =
        ErrorStatistics::compute(scaled(all.dx), scaled(all.dy), scaled(all.e), pckThresholds);

    for (std::size_t i = 0; i < summary.perImage.size(); ++i) {
        ImageStatistics& image = summary.perImage[i];
        const Errors& errors = perImage[i];
        image.count = errors.e.size();
        image.meanError = mean(errors.e);
        image.maxError = maximum(errors.e);
        image.meanErrorOriginal = mean(errors.eOriginal);
        image.maxErrorOriginal = maximum(errors.eOriginal);
    }
    for (int index = 0; index < k; ++index) {
        const Errors& errors = perIndex[static_cast<std::size_t>(index)];
        KeypointIndexStatistics s;
        s.keypoint = index;
        s.count = errors.e.size();
        s.mean = mean(errors.e);
        s.median = linearPercentile(errors.e, 50.0);
        s.p95 = linearPercentile(errors.e, 95.0);
        s.max = maximum(errors.e);
        s.meanOriginal = mean(errors.eOriginal);
        s.medianOriginal = linearPercentile(errors.eOriginal, 50.0);
        s.p95Original = linearPercentile(errors.eOriginal, 95.0);
        s.pckPercent = pckPercentOf(errors.e, pckThresholds);
        s.meanHeatmapPeak = mean(errors.peak);
        summary.perKeypoint.push_back(std::move(s));
    }
    return summary;
}

nlohmann::ordered_json EvaluationSummary::toJson() const
{
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    json["img_size_px"] = imageSize;
    json["processed_samples"] = processedSamples;
    json["samples_with_gt"] = samplesWithGt;
    statisticsToJson(imagePixels, pckThresholds, json);
    json["keypoint_count"] = keypointCount;

    nlohmann::ordered_json original = nlohmann::ordered_json::object();
    statisticsToJson(originalPixels, pckThresholds, original);
    json["original_pixels"] = std::move(original);
    if (imageSize != 128) {
        nlohmann::ordered_json seed = nlohmann::ordered_json::object();
        seed["img_size_px"] = 128;
        statisticsToJson(seedSpacePixels, pckThresholds, seed);
        json["seed_space_128px"] = std::move(seed);
    }

    nlohmann::ordered_json indices = nlohmann::ordered_json::object();
    for (const KeypointIndexStatistics& s : perKeypoint) {
        nlohmann::ordered_json entry = nlohmann::ordered_json::object();
        entry["count"] = s.count;
        entry["mean"] = number(s.mean);
        entry["median"] = number(s.median);
        entry["p95"] = number(s.p95);
        entry["max"] = number(s.max);
        entry["pck_percent"] = pckObject(pckThresholds, s.pckPercent);
        entry["mean_orig"] = number(s.meanOriginal);
        entry["median_orig"] = number(s.medianOriginal);
        entry["p95_orig"] = number(s.p95Original);
        entry["mean_heatmap_peak"] = number(s.meanHeatmapPeak);
        indices[std::to_string(s.keypoint)] = std::move(entry);
    }
    json["per_keypoint"] = std::move(indices);
    return json;
}

EvaluationSummary EvaluationSummary::fromJson(const nlohmann::ordered_json& json)
{
    if (!json.is_object())
        throw std::invalid_argument("evaluation summary must be a JSON object");
    try {
        EvaluationSummary s;
        s.imageSize = json.at("img_size_px").get<int>();
        s.processedSamples = json.at("processed_samples").get<std::size_t>();
        s.samplesWithGt = json.at("samples_with_gt").get<std::size_t>();
        s.pckThresholds = json.at("pck_thresholds_px").get<std::vector<double>>();
        s.imagePixels = statisticsFromJson(json, s.pckThresholds);
        if (json.contains("original_pixels"))
            s.originalPixels = statisticsFromJson(json.at("original_pixels"), s.pckThresholds);
        s.seedSpacePixels = json.contains("seed_space_128px")
                                ? statisticsFromJson(json.at("seed_space_128px"), s.pckThresholds)
                                : s.imagePixels;
        if (json.contains("per_keypoint")) {
            for (const auto& [key, entry] : json.at("per_keypoint").items()) {
                KeypointIndexStatistics k;
                k.keypoint = std::stoi(key);
                k.count = entry.at("count").get<std::size_t>();
                k.mean = numberFrom(entry, "mean");
                k.median = numberFrom(entry, "median");
                k.p95 = numberFrom(entry, "p95");
                k.max = entry.contains("max") ? numberFrom(entry, "max") : kNaN;
                k.pckPercent = pckFrom(entry.value("pck_percent", nlohmann::ordered_json::object()),
                                       s.pckThresholds);
                k.meanOriginal =
                    entry.contains("mean_orig") ? numberFrom(entry, "mean_orig") : kNaN;
                k.medianOriginal =
                    entry.contains("median_orig") ? numberFrom(entry, "median_orig") : kNaN;
                k.p95Original = entry.contains("p95_orig") ? numberFrom(entry, "p95_orig") : kNaN;
                k.meanHeatmapPeak = entry.contains("mean_heatmap_peak")
                                        ? numberFrom(entry, "mean_heatmap_peak")
                                        : kNaN;
                s.perKeypoint.push_back(std::move(k));
            }
        }
        s.keypointCount = json.contains("keypoint_count") ? json.at("keypoint_count").get<int>()
                                                          : static_cast<int>(s.perKeypoint.size());
        return s;
    } catch (const nlohmann::json::exception& error) {
        throw std::invalid_argument(std::string("evaluation summary: ") + error.what());
    }
}

std::string EvaluationSummary::formatTable() const
{
    auto value = [](double v) {
        char text[32];
        if (std::isfinite(v))
            std::snprintf(text, sizeof text, "%.2f", v);
        else
            std::snprintf(text, sizeof text, "-");
        return std::string(text);
    };
    auto pair = [&](double a, double b) { return "(" + value(a) + ", " + value(b) + ") px"; };
    std::string out;
    char line[256];
    std::snprintf(line, sizeof line,
                  "Processed %zu images (%zu with ground truth), %zu visible keypoints\n",
                  processedSamples, samplesWithGt, imagePixels.count);
    out += line;
    const auto block = [&](const char* title, const ErrorStatistics& s) {
        std::string text;
        char row[256];
        std::snprintf(row, sizeof row, "\n%-20s | %-22s\n", title, "Value");
        text += row;
        text += std::string(21, '-') + "|" + std::string(24, '-') + "\n";
        const std::pair<const char*, std::string> rows[] = {
            {"MAE (dx, dy)", pair(s.maeDx, s.maeDy)},
            {"RMSE (dx, dy)", pair(s.rmseDx, s.rmseDy)},
            {"Euclidean Mean", value(s.euclideanMean) + " px"},
            {"Euclidean Median", value(s.euclideanMedian) + " px"},
            {"Euclidean P95", value(s.euclideanP95) + " px"},
            {"Euclidean RMSE", value(s.euclideanRmse) + " px"},
        };
        for (const auto& [name, v] : rows) {
            std::snprintf(row, sizeof row, "%-20s | %s\n", name, v.c_str());
            text += row;
        }
        for (std::size_t i = 0; i < pckThresholds.size() && i < s.pckPercent.size(); ++i) {
            const std::string percent =
                std::isfinite(s.pckPercent[i]) ? value(s.pckPercent[i]) + "%" : "-";
            std::snprintf(row, sizeof row, "PCK <= %-13s | %s\n",
                          (thresholdKey(pckThresholds[i]) + " px").c_str(), percent.c_str());
            text += row;
        }
        return text;
    };
    std::snprintf(line, sizeof line, "IMG space (%d px)", imageSize);
    out += block(line, imagePixels);
    if (imageSize != 128)
        out += block("Seed space (128 px)", seedSpacePixels);
    out += block("Original pixels", originalPixels);
    return out;
}

std::string keypointResultsCsv(const std::vector<KeypointResult>& results)
{
    std::string csv = "image,keypoint,visible,gt_x,gt_y,pred_x,pred_y,gt_x_orig,gt_y_orig,pred_x_"
                      "orig,pred_y_orig,"
                      "error_px,error_orig_px,heatmap_peak\n";
    for (const KeypointResult& r : results) {
        const bool hasSize = r.record.imageWidth > 0 && r.record.imageHeight > 0;
        csv += csvText(r.record.image) + ',' + std::to_string(r.record.keypoint) + ',' +
               (r.record.visible ? "1" : "0") + ',' + csvNumber(r.groundTruthPx.x) + ',' +
               csvNumber(r.groundTruthPx.y) + ',' + csvNumber(r.predictedPx.x) + ',' +
               csvNumber(r.predictedPx.y) + ',' + csvNumber(r.groundTruthOriginal.x) + ',' +
               csvNumber(r.groundTruthOriginal.y) + ',' +
               (hasSize ? csvNumber(r.predictedOriginal.x) : std::string()) + ',' +
               (hasSize ? csvNumber(r.predictedOriginal.y) : std::string()) + ',' +
               csvNumber(r.error) + ',' + csvNumber(r.errorOriginal) + ',' +
               csvNumber(r.record.heatmapPeak) + '\n';
    }
    return csv;
}

std::string imageStatisticsCsv(const std::vector<ImageStatistics>& images)
{
    std::string csv =
        "image,has_gt,width,height,visible_keypoints,mean_error_px,max_error_px,mean_error_orig_px,"
        "max_error_orig_px\n";
    for (const ImageStatistics& s : images)
        csv += csvText(s.image) + ',' + (s.hasGroundTruth ? "1" : "0") + ',' +
               std::to_string(s.imageWidth) + ',' + std::to_string(s.imageHeight) + ',' +
               std::to_string(s.count) + ',' + csvNumber(s.meanError) + ',' +
               csvNumber(s.maxError) + ',' + csvNumber(s.meanErrorOriginal) + ',' +
               csvNumber(s.maxErrorOriginal) + '\n';
    return csv;
}

std::string keypointIndexStatisticsCsv(const EvaluationSummary& summary)
{
    std::string csv =
        "keypoint,count,mean_px,median_px,p95_px,max_px,mean_orig_px,median_orig_px,p95_orig_px,"
        "mean_heatmap_peak";
    for (const double t : summary.pckThresholds)
        csv += ",pck_" + thresholdKey(t) + "px";
    csv += '\n';
    for (const KeypointIndexStatistics& s : summary.perKeypoint) {
        csv += std::to_string(s.keypoint) + ',' + std::to_string(s.count) + ',' +
               csvNumber(s.mean) + ',' + csvNumber(s.median) + ',' + csvNumber(s.p95) + ',' +
               csvNumber(s.max) + ',' + csvNumber(s.meanOriginal) + ',' +
               csvNumber(s.medianOriginal) + ',' + csvNumber(s.p95Original) + ',' +
               csvNumber(s.meanHeatmapPeak);
        for (std::size_t i = 0; i < summary.pckThresholds.size(); ++i)
            csv += ',' + (i < s.pckPercent.size() ? csvNumber(s.pckPercent[i]) : std::string());
        csv += '\n';
    }
    return csv;
}

void writeEvaluationReport(const std::filesystem::path& dir, const EvaluationSummary& summary,
                           const std::vector<KeypointResult>& results)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        throw FileError(dir, "cannot create folder: " + ec.message());
    writeFileAtomically(dir / report::kSummaryFile, summary.toJson().dump(2) + "\n");
    writeFileAtomically(dir / report::kSummaryText, summary.formatTable());
    writeFileAtomically(dir / report::kKeypointsCsv, keypointResultsCsv(results));
    writeFileAtomically(dir / report::kImagesCsv, imageStatisticsCsv(summary.perImage));
    writeFileAtomically(dir / report::kPerKeypointCsv, keypointIndexStatisticsCsv(summary));
}

} // namespace kps
