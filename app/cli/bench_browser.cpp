// kpstudio bench browser: what the Images panel costs on a very large dataset, without the disk:
// N in-memory sample entries go through the same table and proxy models the GUI uses (set,
// natural sort by name, text filter, subset filter, stem lookups, one screen of rows fetched
// as a view does while scrolling), plus the memory each row holds.
#include "bench_browser.h"
#include "cli_messages.h"
#include "bench_timing.h"

#include "sample_filter_proxy_model.h"
#include "sample_table_model.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <random>
#include <unistd.h>

namespace kps::cli {

namespace {

// Resident set size from /proc/self/statm (0 where unavailable).
double residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * static_cast<double>(sysconf(_SC_PAGESIZE))
                             : 0;
}

std::vector<SampleEntry> makeEntries(int count)
{
    std::mt19937 rng(11);
    std::vector<SampleEntry> samples(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        SampleEntry& entry = samples[static_cast<std::size_t>(i)];
        entry.stem = "img_" + std::to_string(i);
        entry.imagePath = "/data/set/Rendered_Images/" + entry.stem + ".png";
        const bool annotated = i % 10 != 0;
        if (annotated)
            entry.annotationPath = "/data/set/JSON_Data_REF/" + entry.stem + ".json";
        entry.imageWidth = 1920;
        entry.imageHeight = 1080;
        entry.annotated = annotated;
        entry.visibleCount = annotated ? static_cast<int>(rng() % 17) : 0;
        entry.visibleInCrop = entry.visibleCount;
        entry.problemCount = i % 97 == 0 ? 1 : 0;
        for (int k = 0; k < entry.visibleCount; ++k)
            entry.visibleIndices.push_back(k);
    }
    // The scan hands them over sorted by stem as plain text; the view sorts naturally.
    std::sort(samples.begin(), samples.end(),
              [](const SampleEntry& a, const SampleEntry& b) { return a.stem < b.stem; });
    return samples;
}

} // namespace

int runBenchBrowser(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measures the Images panel's models on N in-memory samples: set, natural sort, filters, "
           "stem lookup, one screen of rows, and bytes per row."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("images"),
                                         tr("Number of samples (default 100000)."), tr("N"),
                                         QStringLiteral("100000"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print one JSON object instead of a table."));
    parser.addOptions({countOption, jsonOption});
    parser.process(args);
    bool ok = false;
    const int count = parser.value(countOption).toInt(&ok);
    if (!ok || count < 1) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("kpstudio bench browser: --images must be a positive integer")));
        return 2;
    }

    const double rssBefore = residentBytes();
    std::vector<SampleEntry> entries = makeEntries(count);
    SampleTableModel model;
    SampleFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SampleTableModel::SortRole);

    const double setSeconds = secondsFor([&] { model.setSamples(std::move(entries)); });
    const double rssAfter = residentBytes();
    const double sortSeconds =
        secondsFor([&] { proxy.sort(SampleTableModel::StemColumn, Qt::AscendingOrder); });
    const double resortSeconds =
        secondsFor([&] { proxy.sort(SampleTableModel::VisibleColumn, Qt::DescendingOrder); });
    proxy.sort(SampleTableModel::StemColumn, Qt::AscendingOrder);
    int filtered = 0;
    const double filterSeconds = secondsFor([&] {
        proxy.setFilterText(QStringLiteral("img_99"));
        filtered = proxy.rowCount();
    });
    const double clearSeconds = secondsFor([&] { proxy.setFilterText(QString()); });
    int unlabelled = 0;
    const double subsetSeconds = secondsFor([&] {
        proxy.setSubset(SampleFilterProxyModel::Subset::Unlabelled);
        unlabelled = proxy.rowCount();
    });
    proxy.setSubset(SampleFilterProxyModel::Subset::All);

    std::mt19937 rng(5);
    constexpr int kLookups = 1000;
    int found = 0;
    const double lookupSeconds = secondsFor([&] {
        for (int i = 0; i < kLookups; ++i)
            found += model.rowForStem(QStringLiteral("img_%1").arg(rng() % count)) >= 0;
    });
    // What a view asks for one screen (40 rows) in the middle of the sorted list.
    constexpr int kScreenRows = 40;
    const int first = std::max(0, proxy.rowCount() / 2 - kScreenRows / 2);
    const double screenSeconds = secondsFor([&] {
        for (int row = first; row < std::min(proxy.rowCount(), first + kScreenRows); ++row)
            for (int column = 0; column < SampleTableModel::ColumnCount; ++column)
                for (int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::TextAlignmentRole)})
                    (void)proxy.index(row, column).data(role);
    });

    const double frameSeconds = 1.0 / 60.0;
    const double bytesPerRow = rssAfter > rssBefore ? (rssAfter - rssBefore) / count : 0;
    if (parser.isSet(jsonOption)) {
        const nlohmann::ordered_json result = {
            {"images", count},
            {"set_s", setSeconds},
            {"natural_sort_s", sortSeconds},
            {"numeric_sort_s", resortSeconds},
            {"text_filter_s", filterSeconds},
            {"text_filter_rows", filtered},
            {"clear_filter_s", clearSeconds},
            {"subset_filter_s", subsetSeconds},
            {"subset_filter_rows", unlabelled},
            {"stem_lookup_us", lookupSeconds / kLookups * 1e6},
            {"screen_of_rows_ms", screenSeconds * 1e3},
            {"screen_over_frame_budget", screenSeconds / frameSeconds},
            {"bytes_per_row", bytesPerRow},
        };
        std::cout << result.dump(2) << "\n";
    } else {
        std::printf("samples                     : %10d\n", count);
        std::printf("set rows                    : %10.3f s\n", setSeconds);
        std::printf("natural sort by name        : %10.3f s\n", sortSeconds);
        std::printf("sort by visible count       : %10.3f s\n", resortSeconds);
        std::printf("text filter (%6d rows)    : %10.3f s\n", filtered, filterSeconds);
        std::printf("clear filter                : %10.3f s\n", clearSeconds);
        std::printf("unlabelled (%6d rows)     : %10.3f s\n", unlabelled, subsetSeconds);
        std::printf("stem lookup                 : %10.2f us  (%d of %d found)\n",
                    lookupSeconds / kLookups * 1e6, found, kLookups);
        std::printf("one screen of %d rows       : %10.3f ms  (%.3f of a 60 Hz frame)\n",
                    kScreenRows, screenSeconds * 1e3, screenSeconds / frameSeconds);
        std::printf("memory per row              : %10.0f bytes\n", bytesPerRow);
    }
    return found == kLookups ? 0 : 1;
}

} // namespace kps::cli
