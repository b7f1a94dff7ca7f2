// The dataset browser's models: SampleTableModel, SampleFilterProxyModel and ProblemTableModel
// pass QAbstractItemModelTester, show the right values, filter by text and subset, sort stems in
// natural order and map problems back to samples.

#include "problem_table_model.h"
#include "sample_filter_proxy_model.h"
#include "sample_table_model.h"

#include <algorithm>
#include <QAbstractItemModelTester>
#include <QTest>

using kps::ProblemTableModel;
using kps::SampleEntry;
using kps::SampleFilterProxyModel;
using kps::SampleTableModel;
using Subset = kps::SampleFilterProxyModel::Subset;

namespace {

SampleEntry entry(const std::string& stem, bool annotated, int visible, int problems)
{
    SampleEntry e;
    e.stem = stem;
    e.imagePath = "/data/Rendered_Images/" + stem + ".png";
    if (annotated)
        e.annotationPath = "/data/JSON_Data_REF/" + stem + ".json";
    e.imageWidth = 1920;
    e.imageHeight = 1080;
    e.annotated = annotated;
    e.visibleCount = visible;
    e.visibleInCrop = visible;
    e.problemCount = problems;
    return e;
}

std::vector<SampleEntry> sampleSet()
{
    return {entry("img_10", true, 7, 0), entry("img_2", true, 11, 0), entry("img_1", false, 0, 0),
            entry("other_3", true, 4, 2), entry("IMG_20", false, 0, 1)};
}

QStringList stems(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, SampleTableModel::StemColumn).data().toString();
    return out;
}

} // namespace

class TestSampleModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleModelValues();
    void proxyFilters_data();
    void proxyFilters();
    void naturalSort();
    void naturalCompare_data();
    void naturalCompare();
    void numericSort();
    void rowForFile();
    void rowForStem();
    void problemModel();
};

void TestSampleModels::sampleModelValues()
{
    SampleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setSamples(sampleSet());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(SampleTableModel::ColumnCount));
    QCOMPARE(model.index(0, SampleTableModel::StemColumn).data().toString(),
             QStringLiteral("img_10"));
    QCOMPARE(model.index(0, SampleTableModel::AnnotatedColumn).data().toString(),
             QStringLiteral("yes"));
    QCOMPARE(model.index(2, SampleTableModel::AnnotatedColumn).data().toString(),
             QStringLiteral("no"));
    QCOMPARE(model.index(1, SampleTableModel::VisibleColumn).data().toInt(), 11);
    QVERIFY(!model.index(2, SampleTableModel::VisibleColumn).data().isValid()); // unlabelled: blank
    QCOMPARE(model.index(3, SampleTableModel::ProblemsColumn).data().toInt(), 2);
    QVERIFY(!model.index(0, SampleTableModel::ProblemsColumn).data().isValid());
    QCOMPARE(model.index(3, 0).data(SampleTableModel::ProblemCountRole).toInt(), 2);
    QVERIFY(
        model.index(3, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("1920 x 1080")));
    QCOMPARE(model.headerData(SampleTableModel::ProblemsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Problems"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSampleModels::proxyFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("subset");
    QTest::addColumn<QStringList>("expected"); // in natural stem order

    QTest::newRow("all") << QString() << int(Subset::All)
                         << QStringList{"img_1", "img_2", "img_10", "IMG_20", "other_3"};
    QTest::newRow("text, any case") << QStringLiteral("img") << int(Subset::All)
                                    << QStringList{"img_1", "img_2", "img_10", "IMG_20"};
    QTest::newRow("text in the middle")
        << QStringLiteral("_2") << int(Subset::All) << QStringList{"img_2", "IMG_20"};
    QTest::newRow("annotated") << QString() << int(Subset::Annotated)
                               << QStringList{"img_2", "img_10", "other_3"};
    QTest::newRow("unlabelled") << QString() << int(Subset::Unlabelled)
                                << QStringList{"img_1", "IMG_20"};
    QTest::newRow("with problems")
        << QString() << int(Subset::WithProblems) << QStringList{"IMG_20", "other_3"};
    QTest::newRow("text and subset")
        << QStringLiteral("IMG") << int(Subset::Annotated) << QStringList{"img_2", "img_10"};
    QTest::newRow("nothing") << QStringLiteral("zzz") << int(Subset::All) << QStringList{};
}

void TestSampleModels::proxyFilters()
{
    QFETCH(QString, text);
    QFETCH(int, subset);
    QFETCH(QStringList, expected);
    SampleTableModel model;
    SampleFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSamples(sampleSet());
    proxy.sort(SampleTableModel::StemColumn, Qt::AscendingOrder);
    proxy.setFilterText(text);
    proxy.setSubset(static_cast<Subset>(subset));
    QCOMPARE(stems(proxy), expected);
    // Back to everything.
    proxy.setFilterText(QString());
    proxy.setSubset(Subset::All);
    QCOMPARE(proxy.rowCount(), 5);
}

void TestSampleModels::naturalSort()
{
    SampleTableModel model;
    SampleFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setSamples(sampleSet());
    proxy.sort(SampleTableModel::StemColumn, Qt::DescendingOrder);
    QCOMPARE(stems(proxy), (QStringList{"other_3", "IMG_20", "img_10", "img_2", "img_1"}));
}

void TestSampleModels::naturalCompare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("numbers by value") << "img_2"
                                      << "img_10" << -1;
    QTest::newRow("reverse") << "img_10"
                             << "img_2" << 1;
    QTest::newRow("leading zeros") << "img_0009"
                                   << "img_10" << -1;
    QTest::newRow("case ignored") << "IMG_3"
                                  << "img_20" << -1;
    QTest::newRow("prefix first") << "img"
                                  << "img_1" << -1;
    QTest::newRow("text before digits") << "a1"
                                        << "b0" << -1;
    QTest::newRow("identical") << "img_1"
                               << "img_1" << 0;
    QTest::newRow("huge numbers") << "f_123456789012345678901"
                                  << "f_99999999999999999999" << 1;
}

void TestSampleModels::naturalCompare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const int result = SampleFilterProxyModel::naturalCompare(a, b);
    QCOMPARE((result > 0) - (result < 0), sign);
    const int reverse = SampleFilterProxyModel::naturalCompare(b, a);
    QCOMPARE((reverse > 0) - (reverse < 0), -sign);
}

void TestSampleModels::numericSort()
{
    SampleTableModel model;
    SampleFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setSamples(sampleSet());
    proxy.sort(SampleTableModel::VisibleColumn, Qt::DescendingOrder);
    // 11 > 7 > 4 > 0 = 0 (numbers, not text: "7" would beat "11" as text)
    QCOMPARE(stems(proxy).mid(0, 3), (QStringList{"img_2", "img_10", "other_3"}));
    proxy.sort(SampleTableModel::ProblemsColumn, Qt::DescendingOrder);
    QCOMPARE(stems(proxy).first(), QStringLiteral("other_3"));
}

void TestSampleModels::rowForFile()
{
    SampleTableModel model;
    model.setSamples(sampleSet());
    QCOMPARE(model.rowForFile("/data/Rendered_Images/img_2.png"), 1);
    QCOMPARE(model.rowForFile("/data/JSON_Data_REF/other_3.json"), 3);
    QCOMPARE(model.rowForFile("/data/./JSON_Data_REF/../JSON_Data_REF/img_10.json"), 0);
    QCOMPARE(model.rowForFile("/data/Object_Information/mesh_information.json"), -1);
    QCOMPARE(model.rowForFile({}), -1);
    QCOMPARE(model.rowForStem(QStringLiteral("IMG_20")), 4);
    QCOMPARE(model.rowForStem(QStringLiteral("nope")), -1);
}

void TestSampleModels::rowForStem()
{
    // In the scan's order (binary search) and in any other order (linear): same answers.
    for (const bool sorted : {true, false}) {
        std::vector<SampleEntry> samples;
        for (const char* stem : {"a", "b10", "b2", "c", "img_1", "img_10", "img_2"})
            samples.push_back(entry(stem, true, 1, 0));
        if (!sorted)
            std::reverse(samples.begin(), samples.end());
        SampleTableModel model;
        model.setSamples(samples);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowForStem(QString::fromStdString(samples[row].stem)), row);
        QCOMPARE(model.rowForStem(QStringLiteral("img_3")), -1);
        QCOMPARE(model.rowForStem(QStringLiteral("zzz")), -1);
        QCOMPARE(model.rowForStem(QString()), -1);
    }
}

void TestSampleModels::problemModel()
{
    ProblemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<kps::DatasetProblem> problems = {
        {kps::ProblemKind::InvalidJson, kps::ProblemSeverity::Error, "/data/JSON_Data_REF/a.json",
         "line 1, column 3: bad"},
        {kps::ProblemKind::ImageWithoutAnnotation, kps::ProblemSeverity::Info,
         "/data/Rendered_Images/b.png", "no annotation"},
        {kps::ProblemKind::MissingFolder, kps::ProblemSeverity::Warning, "/elsewhere/x", "outside"},
    };
    model.setProblems("/data", problems);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.count(kps::ProblemSeverity::Error), 1);
    QCOMPARE(model.count(kps::ProblemSeverity::Warning), 1);
    QCOMPARE(model.index(0, ProblemTableModel::SeverityColumn).data().toString(),
             QStringLiteral("Error"));
    QCOMPARE(model.index(0, ProblemTableModel::FileColumn).data().toString(),
             QStringLiteral("JSON_Data_REF/a.json"));
    QCOMPARE(model.index(0, ProblemTableModel::MessageColumn).data().toString(),
             QStringLiteral("line 1, column 3: bad"));
    QCOMPARE(model.index(0, 0).data(ProblemTableModel::FilePathRole).toString(),
             QStringLiteral("/data/JSON_Data_REF/a.json"));
    // Outside the dataset root: shown as given.
    QCOMPARE(model.index(2, ProblemTableModel::FileColumn).data().toString(),
             QStringLiteral("/elsewhere/x"));
    // Severity sorts by rank, not by its translated name.
    QVERIFY(model.index(0, 0).data(ProblemTableModel::SortRole).toInt() >
            model.index(2, 0).data(ProblemTableModel::SortRole).toInt());
    QVERIFY(model.index(2, 0).data(ProblemTableModel::SortRole).toInt() >
            model.index(1, 0).data(ProblemTableModel::SortRole).toInt());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestSampleModels)
#include "test_app_sample_models.moc"
