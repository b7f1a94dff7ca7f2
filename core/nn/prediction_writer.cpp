#include "prediction_writer.h"

#include "npy_array.h"

#include "atomic_file.h"
#include "file_error.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace kps {

namespace {

constexpr int kShift = 4; // sub-pixel drawing: coordinates in 1/16 pixel
constexpr double kShiftScale = 1 << kShift;

cv::Point subPixel(double x, double y)
{
    return {static_cast<int>(std::lround(x * kShiftScale)),
            static_cast<int>(std::lround(y * kShiftScale))};
}

void drawCross(cv::Mat& image, double x, double y, double half, const cv::Scalar& colour,
               int thickness)
{
    cv::line(image, subPixel(x - half, y - half), subPixel(x + half, y + half), colour, thickness,
             cv::LINE_AA, kShift);
    cv::line(image, subPixel(x - half, y + half), subPixel(x + half, y - half), colour, thickness,
             cv::LINE_AA, kShift);
}

void drawRing(cv::Mat& image, double x, double y, double radius, const cv::Scalar& colour,
              int thickness)
{
    cv::circle(image, subPixel(x, y), static_cast<int>(std::lround(radius * kShiftScale)), colour,
               thickness, cv::LINE_AA, kShift);
}

bool visibleLabel(const std::vector<float>& labels, std::size_t k)
{
    return labels.size() >= 2 * (k + 1) && labels[2 * k] >= 0.0f && labels[2 * k + 1] >= 0.0f;
}

void writeImage(const std::filesystem::path& file, const cv::Mat& image,
                const std::vector<int>& parameters = {})
{
    std::vector<std::uint8_t> bytes;
    if (!cv::imencode(file.extension().string(), image, bytes, parameters))
        throw FileError(file, "cannot encode image");
    writeFileAtomically(file, std::string(bytes.begin(), bytes.end()));
}

void makeFolder(const std::filesystem::path& dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        throw FileError(dir, "cannot create folder: " + ec.message());
}

} // namespace

cv::Scalar keypointColour(int index)
{
    // Golden-ratio hue steps keep neighbouring indices far apart for any K.
    const double hue = std::fmod(index * 0.618033988749895, 1.0) * 180.0;
    cv::Mat hsv(1, 1, CV_8UC3, cv::Scalar(hue, 220, 255));
    cv::Mat bgr;
    cv::cvtColor(hsv, bgr, cv::COLOR_HSV2BGR);
    const cv::Vec3b c = bgr.at<cv::Vec3b>(0, 0);
    return {static_cast<double>(c[0]), static_cast<double>(c[1]), static_cast<double>(c[2])};
}

cv::Mat drawCropOverlay(const cv::Mat& crop, const std::vector<float>& predicted,
                        const std::vector<float>& groundTruth, int scale)
{
    scale = std::max(1, scale);
    cv::Mat canvas;
    cv::resize(crop, canvas, cv::Size(crop.cols * scale, crop.rows * scale), 0, 0,
               cv::INTER_LINEAR);
    const double size = crop.cols; // normalised * IMG = IMG pixel edge coordinate
    const std::size_t k = predicted.size() / 2;
    const double mark = 1.5 * scale + 2.0;
    for (std::size_t i = 0; i < k; ++i) {
        const cv::Scalar colour = keypointColour(static_cast<int>(i));
        const double px = predicted[2 * i] * size * scale - 0.5;
        const double py = predicted[2 * i + 1] * size * scale - 0.5;
        if (visibleLabel(groundTruth, i)) {
            const double gx = groundTruth[2 * i] * size * scale - 0.5;
            const double gy = groundTruth[2 * i + 1] * size * scale - 0.5;
            cv::line(canvas, subPixel(gx, gy), subPixel(px, py), colour, 1, cv::LINE_AA, kShift);
            drawCross(canvas, gx, gy, mark, colour, 2);
        }
        drawRing(canvas, px, py, mark, colour, 2);
    }
    return canvas;
}

cv::Mat drawOriginalOverlay(const cv::Mat& original, const LetterboxCrop& geometry,
                            const std::vector<float>& predicted,
                            const std::vector<float>& groundTruth)
{
    cv::Mat canvas = original.clone();
    const double mark = std::max(4.0, std::max(original.cols, original.rows) / 150.0);
    const int thickness = std::max(1, static_cast<int>(std::lround(mark / 4.0)));
    const cv::Rect2d box = geometry.cropRectInImage();
    cv::rectangle(canvas, subPixel(box.x - 0.5, box.y - 0.5),
                  subPixel(box.x + box.width - 0.5, box.y + box.height - 0.5),
                  cv::Scalar(160, 160, 160), 1, cv::LINE_AA, kShift);
    const std::size_t k = predicted.size() / 2;
    for (std::size_t i = 0; i < k; ++i) {
        const cv::Scalar colour = keypointColour(static_cast<int>(i));
        const Point2 p = geometry.normalisedToImage({predicted[2 * i], predicted[2 * i + 1]});
        if (visibleLabel(groundTruth, i)) {
            const Point2 g =
                geometry.normalisedToImage({groundTruth[2 * i], groundTruth[2 * i + 1]});
            drawCross(canvas, g.x, g.y, mark, colour, thickness);
        }
        drawRing(canvas, p.x, p.y, mark, colour, thickness);
        cv::putText(canvas, std::to_string(i),
                    cv::Point(static_cast<int>(p.x + mark), static_cast<int>(p.y - mark)),
                    cv::FONT_HERSHEY_SIMPLEX, mark / 12.0, colour, thickness, cv::LINE_AA);
    }
    return canvas;
}

cv::Mat heatmapGrid(const std::vector<float>& heatmaps, int keypointCount, int heatmapSize,
                    int cellScale)
{
    const int k = std::max(1, keypointCount);
    const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(k))));
    const int rows = (k + columns - 1) / columns;
    const int cell = heatmapSize * std::max(1, cellScale);
    constexpr int gap = 2;
    cv::Mat grid(rows * (cell + gap) - gap, columns * (cell + gap) - gap, CV_8UC3,
                 cv::Scalar(40, 40, 40));
    const std::size_t mapValues = static_cast<std::size_t>(heatmapSize) * heatmapSize;
    for (int i = 0;
         i < keypointCount && (static_cast<std::size_t>(i) + 1) * mapValues <= heatmaps.size();
         ++i) {
        // A fixed 0..1 scale (not per-map normalisation) so weak maps look weak.
        cv::Mat values(heatmapSize, heatmapSize, CV_32F,
                       const_cast<float*>(heatmaps.data() + i * mapValues));
        cv::Mat bytes;
        values.convertTo(bytes, CV_8U, 255.0);
        cv::Mat coloured;
        cv::applyColorMap(bytes, coloured, cv::COLORMAP_VIRIDIS);
        cv::Mat large;
        cv::resize(coloured, large, cv::Size(cell, cell), 0, 0, cv::INTER_NEAREST);
        const cv::Rect target((i % columns) * (cell + gap), (i / columns) * (cell + gap), cell,
                              cell);
        large.copyTo(grid(target));
        cv::putText(grid, std::to_string(i), target.tl() + cv::Point(4, 14),
                    cv::FONT_HERSHEY_SIMPLEX, 0.4, keypointColour(i), 1, cv::LINE_AA);
    }
    return grid;
}

nlohmann::ordered_json predictedAnnotationJson(const std::vector<float>& predicted,
                                               const std::vector<float>& heatmapPeaks,
                                               const LetterboxCrop& geometry, double threshold)
{
    nlohmann::ordered_json visible = nlohmann::ordered_json::array();
    nlohmann::ordered_json hidden = nlohmann::ordered_json::array();
    const std::size_t k = predicted.size() / 2;
    for (std::size_t i = 0; i < k; ++i) {
        const double peak = i < heatmapPeaks.size() ? heatmapPeaks[i] : 0.0;
        const Point2 p = geometry.normalisedToImage({predicted[2 * i], predicted[2 * i + 1]});
        const bool insideImage = p.x >= -0.5 && p.y >= -0.5 && p.x < geometry.imageWidth() - 0.5 &&
                                 p.y < geometry.imageHeight() - 0.5;
        nlohmann::ordered_json vertex = nlohmann::ordered_json::object();
        vertex["index"] = i;
        if (peak >= threshold && insideImage) {
            vertex["pixel_coordinates"] = {p.x, p.y};
            vertex["heatmap_peak"] = peak;
            visible.push_back(std::move(vertex));
        } else {
            if (!insideImage)
                vertex["status"] = "Outside view";
            vertex["heatmap_peak"] = peak;
            hidden.push_back(std::move(vertex));
        }
    }
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    json["visible_vertices"] = std::move(visible);
    json["non_visible_vertices"] = std::move(hidden);
    json["prediction"] = {{"source", "kpstudio predict"}, {"visibility_threshold", threshold}};
    return json;
}

PredictionWriter::PredictionWriter(std::filesystem::path outDir, PreprocessConfig config,
                                   int keypointCount, PredictionWriterOptions options)
    : m_outDir(std::move(outDir)), m_config(config), m_keypointCount(keypointCount),
      m_options(options)
{
    makeFolder(m_outDir);
    if (m_options.overlays)
        makeFolder(m_outDir / outputs::kOverlaysDir);
    if (m_options.heatmapImages || m_options.rawHeatmaps)
        makeFolder(m_outDir / outputs::kHeatmapsDir);
    if (m_options.originalOverlays)
        makeFolder(m_outDir / outputs::kOriginalOverlaysDir);
    if (m_options.annotations)
        makeFolder(m_outDir / outputs::kAnnotationsDir);
}

void PredictionWriter::write(const ImagePrediction& prediction, const std::string& stem,
                             const std::vector<float>& groundTruth) const
{
    if (!prediction.valid)
        return;
    const int heat = m_config.heatmapSize;
    const bool haveHeatmaps =
        prediction.heatmaps.size() == static_cast<std::size_t>(m_keypointCount) * heat * heat &&
        m_keypointCount > 0;
    if (m_options.overlays && !prediction.crop.empty())
        writeImage(m_outDir / outputs::kOverlaysDir / (stem + ".png"),
                   drawCropOverlay(prediction.crop, prediction.coordinates, groundTruth));
    if (m_options.heatmapImages && haveHeatmaps)
        writeImage(m_outDir / outputs::kHeatmapsDir / (stem + ".png"),
                   heatmapGrid(prediction.heatmaps, m_keypointCount, heat));
    if (m_options.rawHeatmaps && haveHeatmaps)
        NpyArray::fromFloats({static_cast<std::size_t>(m_keypointCount),
                              static_cast<std::size_t>(heat), static_cast<std::size_t>(heat)},
                             prediction.heatmaps.data())
            .save(m_outDir / outputs::kHeatmapsDir / (stem + ".npy"));
    const LetterboxCrop geometry(m_config, prediction.imageWidth, prediction.imageHeight);
    if (m_options.originalOverlays && !prediction.original.empty())
        writeImage(
            m_outDir / outputs::kOriginalOverlaysDir / (stem + ".jpg"),
            drawOriginalOverlay(prediction.original, geometry, prediction.coordinates, groundTruth),
            {cv::IMWRITE_JPEG_QUALITY, 90});
    if (m_options.annotations && groundTruth.empty())
        writeFileAtomically(m_outDir / outputs::kAnnotationsDir / (stem + ".json"),
                            predictedAnnotationJson(prediction.coordinates, prediction.heatmapPeaks,
                                                    geometry, m_options.visibilityThreshold)
                                    .dump(4) +
                                "\n");
}

} // namespace kps
