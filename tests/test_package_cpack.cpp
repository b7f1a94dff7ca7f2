// The packages as a user gets them: cpack builds the .deb and the .tar.gz from this build tree;
// the .deb's Depends name runtime packages only; the tarball, unpacked into a temporary root,
// holds the desktop integration files and its kpstudio runs (--version, generate, info).

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

namespace {

const QString appId = QStringLiteral("io.github.keypointstudio.KeypointStudio");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments, const QString& workingDir = {},
        int timeoutMs = 240000)
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 timed out").arg(program);
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

} // namespace

class TestPackageCpack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void debDependsOnRuntimePackages();
    void debHoldsTheInstallTree();
    void tarballHoldsDesktopIntegration();
    void metainfoValidates();
    void unpackedCliRuns();

private:
    QTemporaryDir m_temp;
    QString m_deb;
    QString m_root; // the unpacked tarball
};

void TestPackageCpack::initTestCase()
{
    QVERIFY(m_temp.isValid());
    const QString out = m_temp.filePath(QStringLiteral("packages"));
    // cpack first brings the build tree up to date (its preinstall step), then packs.
    const Run cpack =
        run(QStringLiteral(KPS_CPACK),
            {QStringLiteral("-G"), QStringLiteral("DEB;TGZ"), QStringLiteral("--config"),
             QStringLiteral(KPS_BINARY_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out});
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));

    m_deb = QDir(out).filePath(QStringLiteral("keypoint-studio_" KPS_VERSION "_amd64.deb"));
    const QString tarball =
        QDir(out).filePath(QStringLiteral("keypoint-studio-" KPS_VERSION "-Linux.tar.gz"));
    QVERIFY2(QFileInfo::exists(m_deb), qPrintable(QDir(out).entryList().join(QLatin1Char(' '))));
    QVERIFY(QFileInfo::exists(tarball));

    const QString unpack = m_temp.filePath(QStringLiteral("root"));
    QVERIFY(QDir().mkpath(unpack));
    const Run tar =
        run(QStringLiteral("tar"), {QStringLiteral("-xzf"), tarball, QStringLiteral("-C"), unpack});
    QVERIFY2(tar.exitCode == 0, qPrintable(tar.err));
    m_root = QDir(unpack).filePath(QStringLiteral("keypoint-studio-" KPS_VERSION "-Linux"));
    QVERIFY(QFileInfo(m_root).isDir());
}

void TestPackageCpack::debDependsOnRuntimePackages()
{
    const Run field =
        run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
    QCOMPARE(field.exitCode, 0);
    const QString depends = field.out.trimmed();
    QStringList packages;
    for (const QString& alternative : depends.split(QRegularExpression(QStringLiteral("[,|]"))))
        packages << alternative.trimmed().section(QLatin1Char(' '), 0, 0);
    // The libraries the binaries link and the plugins they load, as runtime packages.
    for (const char* expected :
         {"libtorch1.13", "libqt6widgets6", "libqt6gui6", "libqt6core6", "libopencv-core406",
          "libopencv-imgcodecs406", "libqcustomplot2.1-qt6", "libtinyobjloader2rc10", "libqt6svg6"})
        QVERIFY2(packages.contains(QString::fromLatin1(expected)),
                 qPrintable(QStringLiteral("%1 missing from Depends: %2").arg(expected, depends)));
    for (const QString& package : packages)
        QVERIFY2(!package.endsWith(QStringLiteral("-dev")),
                 qPrintable(QStringLiteral("development package in Depends: ") + depends));
    QCOMPARE(
        run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Version")})
            .out.trimmed(),
        QStringLiteral(KPS_VERSION));
}

void TestPackageCpack::debHoldsTheInstallTree()
{
    const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
    QCOMPARE(contents.exitCode, 0);
    for (const QString& path :
         {QStringLiteral("./usr/bin/keypoint-studio"), QStringLiteral("./usr/bin/kpstudio"),
          QStringLiteral("./usr/share/applications/") + appId + QStringLiteral(".desktop"),
          QStringLiteral("./usr/share/metainfo/") + appId + QStringLiteral(".metainfo.xml"),
          QStringLiteral("./usr/share/icons/hicolor/scalable/apps/keypoint-studio.svg"),
          QStringLiteral("./usr/share/icons/hicolor/48x48/apps/keypoint-studio.png"),
          QStringLiteral("./usr/share/keypoint-studio/translations/keypoint-studio_de.qm"),
          QStringLiteral("./usr/share/keypoint-studio/meshes/tango_like.json"),
          QStringLiteral("./usr/share/doc/keypoint-studio/README.md")})
        QVERIFY2(contents.out.contains(QLatin1Char(' ') + path + QLatin1Char('\n')),
                 qPrintable(path));
}

void TestPackageCpack::tarballHoldsDesktopIntegration()
{
    const QDir root(m_root);
    QVERIFY(QFileInfo(root.filePath(QStringLiteral("bin/keypoint-studio"))).isExecutable());
    QVERIFY(QFileInfo(root.filePath(QStringLiteral("bin/kpstudio"))).isExecutable());

    // The desktop entry starts the GUI with the icon the package ships.
    const QString desktopPath =
        root.filePath(QStringLiteral("share/applications/") + appId + QStringLiteral(".desktop"));
    QSettings desktop(desktopPath, QSettings::IniFormat);
    desktop.beginGroup(QStringLiteral("Desktop Entry"));
    QCOMPARE(desktop.value(QStringLiteral("Type")).toString(), QStringLiteral("Application"));
    QCOMPARE(desktop.value(QStringLiteral("Exec")).toString().section(QLatin1Char(' '), 0, 0),
             QStringLiteral("keypoint-studio"));
    const QString icon = desktop.value(QStringLiteral("Icon")).toString();
    QCOMPARE(icon, QStringLiteral("keypoint-studio"));

    QVERIFY(QFileInfo::exists(root.filePath(QStringLiteral("share/icons/hicolor/scalable/apps/") +
                                            icon + QStringLiteral(".svg"))));
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString png = root.filePath(
            QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(icon));
        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.pixelColor(size / 2, size / 2).alpha() > 0); // rendered, not empty
    }

    // Every shipped language's catalogue loads.
    for (const char* language : {"en", "pt_BR", "de"}) {
        QTranslator translator;
        QVERIFY2(translator.load(root.filePath(
                     QStringLiteral("share/keypoint-studio/translations/keypoint-studio_%1.qm")
                         .arg(QLatin1String(language)))),
                 language);
    }
    QFile mesh(root.filePath(QStringLiteral("share/keypoint-studio/meshes/tango_like.json")));
    QVERIFY(mesh.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(mesh.readAll())
                 .object()
                 .value(QStringLiteral("object_name"))
                 .toString(),
             QStringLiteral("tango_like"));
    QFile readme(root.filePath(QStringLiteral("share/doc/keypoint-studio/README.md")));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    QVERIFY(readme.readLine().startsWith("# Keypoint Studio"));
}

void TestPackageCpack::metainfoValidates()
{
    const QString metainfo = QDir(m_root).filePath(QStringLiteral("share/metainfo/") + appId +
                                                   QStringLiteral(".metainfo.xml"));
    QFile file(metainfo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    QVERIFY(xml.contains(QStringLiteral("<id>") + appId + QStringLiteral("</id>")));
    QVERIFY(xml.contains(QStringLiteral("<launchable type=\"desktop-id\">") + appId +
                         QStringLiteral(".desktop</launchable>")));
    QVERIFY(xml.contains(QStringLiteral("<release version=\"" KPS_VERSION "\"")));
    // appstream is one of installer/install-deps.sh's packages.
    const Run validate = run(QStringLiteral("appstreamcli"),
                             {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
}

void TestPackageCpack::unpackedCliRuns()
{
    const QString cli = QDir(m_root).filePath(QStringLiteral("bin/kpstudio"));
    const Run version = run(cli, {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("kpstudio " KPS_VERSION));

    // The packaged CLI renders with its built-in mesh and reads the result back.
    const QString dataset = m_temp.filePath(QStringLiteral("dataset"));
    const Run generate =
        run(cli, {QStringLiteral("generate"), QStringLiteral("--out"), dataset,
                  QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--width"),
                  QStringLiteral("320"), QStringLiteral("--height"), QStringLiteral("180"),
                  QStringLiteral("--threads"), QStringLiteral("2")});
    QVERIFY2(generate.exitCode == 0, qPrintable(generate.err));
    const Run info = run(cli, {QStringLiteral("info"), dataset, QStringLiteral("--json")});
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    const QJsonObject summary = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("images")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("annotated")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("keypoints")).toInt(), 16);
    QCOMPARE(summary.value(QStringLiteral("object_name")).toString(), QStringLiteral("tango_like"));
    QCOMPARE(summary.value(QStringLiteral("usable")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestPackageCpack)
#include "test_package_cpack.moc"
