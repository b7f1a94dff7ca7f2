#include "model_comparison.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace kps {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void flattenInto(const nlohmann::ordered_json& json, const std::string& prefix,
                 std::vector<std::pair<std::string, double>>& out)
{
    const auto child = [&](const std::string& key) {
        return prefix.empty() ? key : prefix + "." + key;
    };
    if (json.is_object()) {
        for (const auto& [key, value] : json.items())
            flattenInto(value, child(key), out);
    } else if (json.is_array()) {
        for (std::size_t i = 0; i < json.size(); ++i)
            flattenInto(json[i], child(std::to_string(i)), out);
    } else if (json.is_number()) {
        out.emplace_back(prefix, json.get<double>());
    } else if (json.is_null()) {
        out.emplace_back(prefix, kNaN);
    }
}

double difference(double a, double b)
{
    return std::isfinite(a) && std::isfinite(b) ? b - a : kNaN;
}

} // namespace

std::vector<std::pair<std::string, double>> flattenNumbers(const nlohmann::ordered_json& json)
{
    std::vector<std::pair<std::string, double>> out;
    flattenInto(json, {}, out);
    return out;
}

ModelComparison ModelComparison::compare(const EvaluationSummary& a, const EvaluationSummary& b)
{
    ModelComparison comparison;
    const auto numbersA = flattenNumbers(a.toJson());
    const auto numbersB = flattenNumbers(b.toJson());
    std::map<std::string, double> mapB(numbersB.begin(), numbersB.end());
    std::set<std::string> seen;
    for (const auto& [key, value] : numbersA) {
        const auto it = mapB.find(key);
        const double valueB = it == mapB.end() ? kNaN : it->second;
        comparison.metrics.push_back({key, value, valueB, difference(value, valueB)});
        seen.insert(key);
    }
    for (const auto& [key, value] : numbersB)
        if (!seen.count(key))
            comparison.metrics.push_back({key, kNaN, value, kNaN});

    std::map<std::string, const ImageStatistics*> imagesB;
    for (const ImageStatistics& image : b.perImage)
        imagesB.emplace(image.image, &image);
    std::set<std::string> imagesSeen;
    const auto row = [](const std::string& name, const ImageStatistics* x,
                        const ImageStatistics* y) {
        ImageDelta d;
        d.image = name;
        d.countA = x ? x->count : 0;
        d.countB = y ? y->count : 0;
        d.meanErrorA = x && x->count ? x->meanError : kNaN;
        d.meanErrorB = y && y->count ? y->meanError : kNaN;
        d.meanErrorOriginalA = x && x->count ? x->meanErrorOriginal : kNaN;
        d.meanErrorOriginalB = y && y->count ? y->meanErrorOriginal : kNaN;
        d.delta = difference(d.meanErrorA, d.meanErrorB);
        d.deltaOriginal = difference(d.meanErrorOriginalA, d.meanErrorOriginalB);
        return d;
    };
    for (const ImageStatistics& image : a.perImage) {
        if (!imagesSeen.insert(image.image).second)
            continue;
        const auto it = imagesB.find(image.image);
        comparison.images.push_back(
            row(image.image, &image, it == imagesB.end() ? nullptr : it->second));
    }
    for (const ImageStatistics& image : b.perImage)
        if (imagesSeen.insert(image.image).second)
            comparison.images.push_back(row(image.image, nullptr, &image));
    return comparison;
}

const MetricDelta* ModelComparison::metric(const std::string& key) const
{
    const auto it = std::find_if(metrics.begin(), metrics.end(),
                                 [&](const MetricDelta& m) { return m.key == key; });
    return it == metrics.end() ? nullptr : &*it;
}

void sortImageDeltas(std::vector<ImageDelta>& rows, ImageDeltaColumn column, bool descending)
{
    const auto value = [column](const ImageDelta& d) {
        switch (column) {
        case ImageDeltaColumn::MeanErrorA:
            return d.meanErrorA;
        case ImageDeltaColumn::MeanErrorB:
            return d.meanErrorB;
        case ImageDeltaColumn::Delta:
            return d.delta;
        case ImageDeltaColumn::DeltaOriginal:
            return d.deltaOriginal;
        case ImageDeltaColumn::Image:
            break;
        }
        return 0.0;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const ImageDelta& x, const ImageDelta& y) {
        if (column == ImageDeltaColumn::Image)
            return descending ? y.image < x.image : x.image < y.image;
        const double vx = value(x), vy = value(y);
        const bool nx = std::isnan(vx), ny = std::isnan(vy);
        if (nx != ny)
            return ny; // defined values first, whatever the direction
        if (!nx && vx != vy)
            return descending ? vx > vy : vx < vy;
        return x.image < y.image;
    });
}

} // namespace kps
