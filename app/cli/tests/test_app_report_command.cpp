// kpstudio report end to end through the real executable on a tiny generated dataset and an
// untrained tiny model: the PDF has several pages, every <img> of report.html exists, the summary
// table shows the JSON's numbers, the worst images are the largest mean errors in order, and the
// pose check is there (the generator writes cameras and vertex coordinates).

#include "atomic_file.h"
#include "cli_process.h"
#include "keypoint_model.h"
#include "model_config.h"
#include "test_dataset.h"
#include "weights_file.h"

#include <torch/torch.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>

using namespace kps;
namespace fs = std::filesystem;

namespace {

QString q(const fs::path& path)
{
    return QString::fromStdString(path.string());
}

QString readText(const fs::path& file)
{
    return QString::fromStdString(readWholeFile(file));
}

// Value at a dotted path ("original_pixels.pck_percent.2") of the summary JSON.
const nlohmann::ordered_json* valueAt(const nlohmann::ordered_json& json, const QString& path)
{
    const nlohmann::ordered_json* node = &json;
    for (const QString& part : path.split(QLatin1Char('.'))) {
        if (!node->is_object() || !node->contains(part.toStdString()))
            return nullptr;
        node = &node->at(part.toStdString());
    }
    return node;
}

// image -> mean_error_px of evaluation_images.csv
std::map<QString, double> imageMeanErrors(const fs::path& csv)
{
    std::map<QString, double> errors;
    const QStringList lines = readText(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).split(QLatin1Char(','));
    const int column = header.indexOf(QStringLiteral("mean_error_px"));
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(QLatin1Char(','));
        bool ok = false;
        const double value = fields.value(column).toDouble(&ok);
        if (ok)
            errors[fields.value(0)] = value;
    }
    return errors;
}

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    fs::path m_base, m_data, m_model, m_out;
    int m_exitCode = -1;
    QString m_stdout, m_stderr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_base = m_tmp.path().toStdString();
        m_data = m_base / "data";
        test::generateSmallDataset(m_data, 6, 320, 180);
        torch::manual_seed(5);
        // K of the built-in mesh, as the generated dataset's mesh_information.json says.
        const auto mesh = nlohmann::ordered_json::parse(
            readWholeFile(m_data / "Object_Information" / "mesh_information.json"));
        KeypointModel model(ModelConfig::fromPreset("tiny", mesh.at("total_vertices").get<int>()));
        m_model = m_base / "model.pt";
        saveWeights(m_model, model);
        m_out = m_base / "report";

        const kps::test::CliRun run = kps::test::runCli(
            QStringLiteral(KPS_CLI), {"report", "--model", q(m_model), "--data", q(m_data), "--out",
                                      q(m_out), "--worst", "4", "--batch", "3"});
        m_exitCode = run.exitCode;
        m_stdout = run.out;
        m_stderr = run.err;
        QVERIFY2(m_exitCode == 0, qPrintable(m_stderr));
    }

    void writesTheFiles()
    {
        for (const char* file :
             {"evaluation_summary.json", "evaluation_keypoints.csv", "evaluation_images.csv",
              "evaluation_per_keypoint.csv", "pose_check.json", "report.html", "report.pdf"})
            QVERIFY2(fs::is_regular_file(m_out / file), file);
        QVERIFY(fs::is_directory(m_out / "predictions" / "overlays"));
        QVERIFY(m_stdout.contains(QStringLiteral("Euclidean P95")));
        QVERIFY(m_stdout.contains(QStringLiteral("report.html")));
    }

    void pdfHasSeveralPages()
    {
        const QByteArray pdf = QByteArray::fromStdString(readWholeFile(m_out / "report.pdf"));
        QVERIFY(pdf.startsWith("%PDF-"));
        // Page objects, not the /Pages tree node.
        const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
        int pages = 0;
        for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
            ++pages;
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
        // Embedded images: plots and overlays.
        QVERIFY(pdf.count("/Subtype /Image") >= 5);
    }

    void everyImageOfTheHtmlExists()
    {
        const QString html = readText(m_out / "report.html");
        const QRegularExpression img(QStringLiteral("<img[^>]*\\ssrc=\"([^\"]+)\""));
        int count = 0;
        for (auto it = img.globalMatch(html); it.hasNext();) {
            const QString src = it.next().captured(1);
            QVERIFY2(!src.startsWith(QLatin1Char('/')) && !src.contains(QLatin1String(":")),
                     qPrintable(src)); // relative to the folder
            QVERIFY2(fs::is_regular_file(m_out / src.toStdString()), qPrintable(src));
            QVERIFY(fs::file_size(m_out / src.toStdString()) > 1000);
            ++count;
        }
        QCOMPARE(count, 5 + 4); // five plots, four worst images
        for (const char* needle : {"SHA-256", "Pose check", KPS_VERSION})
            QVERIFY2(html.contains(QLatin1String(needle)), needle);
        // The SHA-256 shown is the weights file's.
        QProcess sha;
        sha.start(QStringLiteral("sha256sum"), {q(m_model)});
        QVERIFY(sha.waitForFinished());
        const QString digest = QString::fromLatin1(sha.readAllStandardOutput()).section(' ', 0, 0);
        QCOMPARE(digest.size(), 64);
        QVERIFY(html.contains(digest));
    }

    void summaryTableShowsTheJsonNumbers()
    {
        const QString html = readText(m_out / "report.html");
        const auto json =
            nlohmann::ordered_json::parse(readWholeFile(m_out / "evaluation_summary.json"));
        const QRegularExpression cell(QStringLiteral("data-key=\"([^\"]+)\">([^<]*)<"));
        int checked = 0;
        for (auto it = cell.globalMatch(html); it.hasNext();) {
            const auto match = it.next();
            const QString key = match.captured(1);
            const QString shown = match.captured(2);
            const nlohmann::ordered_json* value = valueAt(json, key);
            QVERIFY2(value, qPrintable(key));
            if (value->is_null()) {
                QCOMPARE(shown, QStringLiteral("-"));
                continue;
            }
            bool ok = false;
            const double number = shown.toDouble(&ok);
            QVERIFY2(ok, qPrintable(key + " " + shown));
            // Shown rounded to its decimals: equal within half a unit of the last digit.
            const int decimals =
                shown.contains(QLatin1Char('.')) ? shown.section('.', 1).size() : 0;
            const double tolerance = 0.5 * std::pow(10.0, -decimals) + 1e-9;
            QVERIFY2(std::abs(number - value->get<double>()) <= tolerance,
                     qPrintable(key + " " + shown));
            ++checked;
        }
        // Both units, the seed's keys and five PCK thresholds each.
        QVERIFY2(checked >= 2 * 15, qPrintable(QString::number(checked)));
        QVERIFY(html.contains(QLatin1String("data-key=\"euclidean_p95\"")));
        QVERIFY(html.contains(QLatin1String("data-key=\"original_pixels.pck_percent.20\"")));
    }

    void perKeypointPckIsTheSummarys()
    {
        // The per-keypoint PCK column (EvaluationPlotData, as the Inspect page's bars) is the
        // percent of each keypoint's errors within 2 IMG px: the summary's own pck_percent.2.
        const QString html = readText(m_out / "report.html");
        const auto json =
            nlohmann::ordered_json::parse(readWholeFile(m_out / "evaluation_summary.json"));
        const QRegularExpression cell(QStringLiteral("data-keypoint-pck=\"([^\"]+)\">([^<]*)<"));
        int keypoint = 0, checked = 0;
        for (auto it = cell.globalMatch(html); it.hasNext(); ++keypoint) {
            const auto match = it.next();
            const nlohmann::ordered_json* value =
                valueAt(json, QStringLiteral("per_keypoint.%1.pck_percent.2").arg(keypoint));
            QVERIFY(value);
            if (value->is_null()) {
                QCOMPARE(match.captured(2), QStringLiteral("-"));
                continue;
            }
            QVERIFY(std::abs(match.captured(1).toDouble() - value->get<double>()) < 1e-9);
            QCOMPARE(match.captured(2), QString::number(value->get<double>(), 'f', 2));
            ++checked;
        }
        QCOMPARE(keypoint, int(json.at("per_keypoint").size()));
        QVERIFY(checked > 0);
    }

    void worstImagesAreOrderedByError()
    {
        const QString html = readText(m_out / "report.html");
        const std::map<QString, double> errors = imageMeanErrors(m_out / "evaluation_images.csv");
        QVERIFY(errors.size() >= 4);
        std::vector<double> sorted;
        for (const auto& [image, error] : errors)
            sorted.push_back(error);
        std::sort(sorted.rbegin(), sorted.rend());

        const QRegularExpression entry(QStringLiteral(
            "data-worst-rank=\"(\\d+)\" data-image=\"([^\"]+)\" data-mean-error=\"([^\"]+)\""));
        int rank = 0;
        for (auto it = entry.globalMatch(html); it.hasNext();) {
            const auto match = it.next();
            QCOMPARE(match.captured(1).toInt(), rank + 1);
            const QString image = match.captured(2);
            QVERIFY(errors.count(image));
            // The rank-th largest mean error of the per-image CSV, in order.
            QVERIFY(std::abs(errors.at(image) - sorted[rank]) < 1e-6);
            QVERIFY(std::abs(match.captured(3).toDouble() - errors.at(image)) < 1e-6);
            const QString file =
                QStringLiteral("worst/%1_%2.png").arg(rank + 1, 2, 10, QLatin1Char('0')).arg(image);
            QVERIFY2(html.contains(QStringLiteral("src=\"%1\"").arg(file)), qPrintable(file));
            ++rank;
        }
        QCOMPARE(rank, 4);
    }

    void poseCheckJson()
    {
        const auto pose = nlohmann::ordered_json::parse(readWholeFile(m_out / "pose_check.json"));
        QCOMPARE(pose.at("images").get<int>(), 6);
        QCOMPARE(pose.at("per_image").size(), std::size_t(6));
        int solved = 0;
        for (const auto& row : pose.at("per_image")) {
            if (row.at("solved").get<bool>()) {
                ++solved;
                QVERIFY(row.at("rotation_error_deg").get<double>() >= 0);
            } else {
                QVERIFY(row.at("rotation_error_deg").is_null());
            }
        }
        QCOMPARE(pose.at("solved").get<int>(), solved);
    }

    void badArgumentsAreOneLine()
    {
        const kps::test::CliRun run =
            kps::test::runCli(QStringLiteral(KPS_CLI),
                              {"report", "--model", q(m_base / "missing.pt"), "--data", q(m_data),
                               "--out", q(m_base / "r2")},
                              60000);
        QVERIFY(run.exitCode > 0);
        const QString err = run.err.trimmed();
        QVERIFY2(err.startsWith(QLatin1String("kpstudio report: ")), qPrintable(err));
        QVERIFY(err.contains(QLatin1String("missing.pt")));
        QVERIFY(!err.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "test_app_report_command.moc"
