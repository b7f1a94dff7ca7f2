#include "bench_data.h"
#include "cli_messages.h"
#include "bench_timing.h"

#include "image_cache.h"
#include "letterbox_crop.h"
#include "parallel_for.h"
#include "synthetic_generator.h"

#include <opencv2/imgcodecs.hpp>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace kps::cli {

int runBenchData(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Measures, in one run: generator images/s, decode-only and decode + preprocess images/s of "
        "1920x1080 PNGs on all cores, their ratio, and cache bytes per sample."));
    parser.addHelpOption();
    const QCommandLineOption countOption(
        QStringLiteral("images"), tr("Number of 1920x1080 images to render and read (default 48)."),
        tr("N"), QStringLiteral("48"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           tr("Threads (default: all cores)."), tr("T"),
                                           QStringLiteral("0"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print one JSON object instead of a table."));
    parser.addOptions({countOption, threadsOption, jsonOption});
    parser.process(args);
    bool ok = false;
    const int count = parser.value(countOption).toInt(&ok);
    if (!ok || count < 1) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("kpstudio bench data: --images must be a positive integer")));
        return 2;
    }
    const int threads = parser.value(threadsOption).toInt();
    const int usedThreads = threads > 0 ? threads : hardwareThreads();

    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("kpstudio bench data: cannot create a temporary folder")));
        return 1;
    }
    const std::filesystem::path root = scratch.path().toStdString();
    try {
        GeneratorOptions options;
        options.outputDir = root / "set";
        options.count = count;
        options.seed = 1;
        options.threads = threads;
        const double generateSeconds = secondsFor([&] { generateDataset(options); });

        std::vector<std::filesystem::path> images;
        for (int i = 0; i < count; ++i)
            images.push_back(options.outputDir / "Rendered_Images" /
                             (sampleStem(static_cast<std::size_t>(i)) + ".png"));

        const PreprocessConfig config;
        // Warm the page cache so both passes read from memory, then time each pass.
        parallelFor(images.size(), threads,
                    [&](std::size_t i) { (void)cv::imread(images[i].string(), cv::IMREAD_COLOR); });
        const double decodeSeconds = secondsFor([&] {
            parallelFor(images.size(), threads, [&](std::size_t i) {
                if (cv::imread(images[i].string(), cv::IMREAD_COLOR).empty())
                    throw std::runtime_error(images[i].string() + ": cannot decode");
            });
        });
        const double preprocessSeconds = secondsFor([&] {
            parallelFor(images.size(), threads,
                        [&](std::size_t i) { (void)loadPreprocessedImage(images[i], config); });
        });

        ImageCache cache(root / "cache", config);
        const double fillSeconds =
            secondsFor([&] { cache.load(images, nullptr, nullptr, threads); });
        ImageCache reread(root / "cache", config);
        const double hitSeconds =
            secondsFor([&] { reread.load(images, nullptr, nullptr, threads); });
        const auto cacheBytes =
            std::filesystem::file_size(cache.cacheFile(options.outputDir / "Rendered_Images"));

        const double generateRate = count / generateSeconds;
        const double decodeRate = count / decodeSeconds;
        const double preprocessRate = count / preprocessSeconds;
        const double fillRate = count / fillSeconds;
        const double hitRate = count / hitSeconds;
        const double bytesPerSample = static_cast<double>(cacheBytes) / count;

        if (parser.isSet(jsonOption)) {
            const nlohmann::ordered_json result = {
                {"images", count},
                {"threads", usedThreads},
                {"generator_images_per_second", generateRate},
                {"decode_images_per_second", decodeRate},
                {"decode_preprocess_images_per_second", preprocessRate},
                {"preprocess_to_decode_ratio", preprocessRate / decodeRate},
                {"cache_fill_images_per_second", fillRate},
                {"cache_hit_images_per_second", hitRate},
                {"cache_bytes_per_sample", bytesPerSample},
                {"crop_bytes", config.imageSize * config.imageSize * 3}};
            std::cout << result.dump(2) << std::endl;
            return 0;
        }
        std::printf("%s\n",
                    qPrintable(tr("Data pipeline benchmark: %1 images of 1920x1080, %2 threads")
                                   .arg(count)
                                   .arg(usedThreads)));
        std::printf("  %-40s %10.1f img/s\n", qPrintable(tr("generator (render + PNG + JSON)")),
                    generateRate);
        std::printf("  %-40s %10.1f img/s\n", qPrintable(tr("decode only")), decodeRate);
        std::printf("  %-40s %10.1f img/s\n", qPrintable(tr("decode + letterbox/crop/resize")),
                    preprocessRate);
        std::printf("  %-40s %10.3f\n", qPrintable(tr("ratio (decode+preprocess / decode)")),
                    preprocessRate / decodeRate);
        std::printf("  %-40s %10.1f img/s\n",
                    qPrintable(tr("cache fill (decode + preprocess + write)")), fillRate);
        std::printf("  %-40s %10.1f img/s\n", qPrintable(tr("cache hit (read crops from disk)")),
                    hitRate);
        std::printf("  %-40s %10.0f bytes (crop %d)\n", qPrintable(tr("cache per sample")),
                    bytesPerSample, config.imageSize * config.imageSize * 3);
        return 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "kpstudio bench data: %s\n", error.what());
        return 1;
    }
}

} // namespace kps::cli
