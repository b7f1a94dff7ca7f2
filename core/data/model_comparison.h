#pragma once
// Compares two evaluations of the same data (model A vs model B, the Inspect page's "compare"):
// the delta B - A of every numeric summary key (the keys of EvaluationSummary::toJson flattened to
// dotted paths such as "euclidean_mean", "pck_percent.2", "original_pixels.mae_dx",
// "per_keypoint.3.mean") and per image the delta of the mean error, as rows a table can sort.

#include "evaluation_metrics.h"

#include <cstddef>
#include <string>
#include <vector>

namespace kps {

struct MetricDelta
{
    std::string key; // dotted path into evaluation_summary.json
    double a = 0;    // NaN when the key is missing or null in A
    double b = 0;
    double delta = 0; // b - a, NaN when either is undefined
};

struct ImageDelta
{
    std::string image;
    std::size_t countA = 0, countB = 0;    // visible keypoints evaluated
    double meanErrorA = 0, meanErrorB = 0; // IMG pixels, NaN when the image is missing / has none
    double delta = 0;                      // B - A (negative: B is better)
    double meanErrorOriginalA = 0, meanErrorOriginalB = 0, deltaOriginal = 0;
};

enum class ImageDeltaColumn
{
    Image,
    MeanErrorA,
    MeanErrorB,
    Delta,
    DeltaOriginal
};

// Sorts rows by column (NaN values always last, ties by image name).
void sortImageDeltas(std::vector<ImageDelta>& rows, ImageDeltaColumn column, bool descending);

struct ModelComparison
{
    std::vector<MetricDelta> metrics; // keys in A's order, then keys only B has
    std::vector<ImageDelta> images;   // A's images in order, then images only B has

    // Per-image rows come from the summaries' perImage (empty after fromJson: then no rows).
    static ModelComparison compare(const EvaluationSummary& a, const EvaluationSummary& b);

    const MetricDelta* metric(const std::string& key) const; // nullptr when absent
};

// The numeric leaves of a JSON document as (dotted path, value); null -> NaN, arrays indexed
// ("pck_thresholds_px.0"), strings and booleans skipped.
std::vector<std::pair<std::string, double>> flattenNumbers(const nlohmann::ordered_json& json);

} // namespace kps
