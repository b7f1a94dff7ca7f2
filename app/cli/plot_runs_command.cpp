// kpstudio plot-runs: one validation metric of several training runs against wall-clock minutes
// (or epochs) as a PNG, drawn with the GUI's plotting code, plus a table of each run's numbers.
#include "cli_commands.h"
#include "cli_messages.h"

#include "file_error.h"
#include "run_comparison_plot.h"
#include "run_directory.h"
#include "training_config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <map>

namespace kps::cli {

namespace {

constexpr const char* kCommand = "plot-runs";

using Getter = double (*)(const EpochStats&);

// The plottable columns of training_log.csv, with whether higher is better.
const std::map<QString, std::pair<Getter, bool>>& metrics()
{
    static const std::map<QString, std::pair<Getter, bool>> table = {
        {"val_pck2_128px", {[](const EpochStats& s) { return s.valPck2Seed; }, true}},
        {"val_pck5_128px", {[](const EpochStats& s) { return s.valPck5Seed; }, true}},
        {"val_mean_error_128px", {[](const EpochStats& s) { return s.valMeanErrorSeedPx; }, false}},
        {"val_pck2", {[](const EpochStats& s) { return s.valPck2; }, true}},
        {"val_pck5", {[](const EpochStats& s) { return s.valPck5; }, true}},
        {"val_mean_error_px", {[](const EpochStats& s) { return s.valMeanErrorPx; }, false}},
        {"val_loss", {[](const EpochStats& s) { return s.valLoss; }, false}},
        {"train_loss", {[](const EpochStats& s) { return s.trainLoss; }, false}},
        {"lr", {[](const EpochStats& s) { return s.learningRate; }, false}},
    };
    return table;
}

} // namespace

int runPlotRuns(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Plot one validation metric of several training runs against wall-clock "
           "minutes, images seen or epochs (PNG) and print each run's numbers."));
    parser.addHelpOption();
    parser.addPositionalArgument("RUN", tr("Training run directories."), "RUN...");
    QStringList names;
    for (const auto& entry : metrics())
        names << entry.first;
    parser.addOptions({
        {"metric",
         tr("Column of training_log.csv: %1 (default val_pck5_128px).").arg(names.join(", ")),
         "NAME", "val_pck5_128px"},
        {"x",
         tr("Horizontal axis: minutes (training wall-clock, default), images (training images "
            "seen, in "
            "thousands) or epochs."),
         "AXIS", "minutes"},
        {"labels", tr("Comma-separated legend names, one per run (default: the folder names)."),
         "LIST"},
        {"title", tr("Plot title."), "TEXT"},
        {"out", tr("PNG file to write (optional)."), "FILE"},
        {"size", tr("Picture size WIDTHxHEIGHT (default 900x500)."), "WxH", "900x500"},
    });
    if (!parser.parse(args))
        return fail(kCommand, parser.errorText(), 2);
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList runs = parser.positionalArguments();
    if (runs.isEmpty())
        return fail(kCommand, tr("name at least one run directory"), 2);
    const auto metric = metrics().find(parser.value("metric"));
    if (metric == metrics().end())
        return fail(kCommand, tr("--metric: expected one of %1").arg(names.join(", ")), 2);
    const QString axis = parser.value("x");
    if (axis != "minutes" && axis != "epochs" && axis != "images")
        return fail(kCommand, tr("--x: expected minutes, images or epochs"), 2);
    QStringList labels = parser.isSet("labels") ? parser.value("labels").split(',') : QStringList();
    if (!labels.isEmpty() && labels.size() != runs.size())
        return fail(kCommand,
                    tr("--labels: %1 names for %2 runs").arg(labels.size()).arg(runs.size()), 2);
    const QStringList size = parser.value("size").split('x');
    const int width = size.size() == 2 ? size[0].toInt() : 0,
              height = size.size() == 2 ? size[1].toInt() : 0;
    if (width < 100 || height < 100)
        return fail(kCommand, tr("--size: expected WIDTHxHEIGHT of at least 100x100"), 2);

    const auto [value, higherIsBetter] = metric->second;
    RunComparisonPlot plot;
    plot.setAxisLabels(axis == "minutes"  ? tr("Training wall-clock (minutes)")
                       : axis == "images" ? tr("Training images seen (thousands)")
                                          : tr("Epoch"),
                       metric->first);
    if (metric->first.contains("pck"))
        plot.setValueRange(0, 100);
    // Learning curves rise steeply and level off (PCK), or fall and level off (errors, losses):
    // the legend goes in the corner they leave empty.
    plot.setLegendCorner(higherIsBetter ? (Qt::AlignBottom | Qt::AlignRight)
                                        : (Qt::AlignTop | Qt::AlignRight));
    if (parser.isSet("title")) {
        plot.plotLayout()->insertRow(0);
        plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, parser.value("title")));
    }
    std::printf("%-28s %7s %9s %9s %12s %12s %12s\n", "run", "epochs", "minutes", "k-images",
                "last", "best", "best@min");
    for (int i = 0; i < runs.size(); ++i) {
        std::vector<EpochStats> rows;
        double imagesPerEpoch = 0;
        try {
            const RunDirectory run(runs[i].toStdString());
            rows = run.readLog();
            const TrainingConfig config = run.readConfig();
            const std::optional<DataSplit> split = run.readSplit();
            imagesPerEpoch = config.syntheticData() ? config.synthetic.imagesPerEpoch
                             : split                ? static_cast<double>(split->train.size())
                                                    : 0.0;
        } catch (const std::exception& error) {
            return fail(kCommand, QString::fromStdString(error.what()));
        }
        if (rows.empty())
            return fail(kCommand, tr("%1: no finished epoch in training_log.csv").arg(runs[i]));
        QVector<double> x, y;
        double minutes = 0, best = value(rows.front()), bestMinutes = 0;
        for (const EpochStats& row : rows) {
            minutes += row.epochSeconds / 60.0;
            const double v = value(row);
            x.append(axis == "minutes"  ? minutes
                     : axis == "images" ? row.epoch * imagesPerEpoch / 1000.0
                                        : row.epoch);
            y.append(v);
            if (higherIsBetter ? v > best : v < best) {
                best = v;
                bestMinutes = minutes;
            }
        }
        const QString label =
            labels.isEmpty() ? QFileInfo(QDir::cleanPath(runs[i])).fileName() : labels[i];
        plot.addRun(label, x, y);
        std::printf("%-28s %7zu %9.2f %9.1f %12.4g %12.4g %12.2f\n",
                    label.toLocal8Bit().constData(), rows.size(), minutes,
                    rows.back().epoch * imagesPerEpoch / 1000.0, y.back(), best, bestMinutes);
    }
    if (parser.isSet("out") && !plot.savePicture(parser.value("out"), width, height))
        return fail(kCommand, tr("%1: cannot write the picture").arg(parser.value("out")));
    return 0;
}

} // namespace kps::cli
