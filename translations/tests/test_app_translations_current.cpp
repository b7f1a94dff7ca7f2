// Fails when a committed translations/*.ts is out of date with the sources: lupdate (the same
// command as the kps_translations_update target) runs into temporary copies, and the set of live
// messages (context, source, comment; obsolete and vanished ones left out, line numbers ignored)
// must equal the committed one. Fix: cmake --build build --target kps_translations_update.
// Also: the English file spells out its plural forms.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

// "context\x1fsource\x1fcomment" of every message a translator still has to care about.
QSet<QString> liveMessages(const QString& tsPath, QString* error)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tsPath + QStringLiteral(": cannot be read");
        return {};
    }
    QSet<QString> messages;
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    bool live = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
                live = true;
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                live = type != QLatin1String("obsolete") && type != QLatin1String("vanished");
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (live)
                messages.insert(context + QChar(0x1f) + source + QChar(0x1f) + comment);
        }
    }
    if (xml.hasError())
        *error = tsPath + QStringLiteral(": ") + xml.errorString();
    return messages;
}

QString describe(const QSet<QString>& messages)
{
    QStringList lines;
    for (const QString& message : messages) {
        const QStringList parts = message.split(QChar(0x1f));
        lines << QStringLiteral("  [%1] %2").arg(parts.value(0), parts.value(1).left(100));
    }
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestTranslationsCurrent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFilesMatchTheSources()
    {
        const QDir translations(QStringLiteral(KPS_SOURCE_DIR "/translations"));
        const QStringList tsFiles = translations.entryList({QStringLiteral("*.ts")}, QDir::Files);
        QVERIFY(tsFiles.contains(QStringLiteral("keypoint-studio_de.ts")));
        QVERIFY(tsFiles.contains(QStringLiteral("keypoint-studio_pt_BR.ts")));

        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        QStringList copies;
        for (const QString& ts : tsFiles) {
            copies << temp.filePath(ts);
            QVERIFY(QFile::copy(translations.filePath(ts), copies.last()));
        }
        // Same arguments as the kps_translations_update target (translations/CMakeLists.txt).
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(KPS_SOURCE_DIR));
        lupdate.start(QStringLiteral(KPS_LUPDATE),
                      QStringList{QStringLiteral("-locations"), QStringLiteral("none"),
                                  QStringLiteral("-no-obsolete"),
                                  QStringLiteral("@" KPS_LUPDATE_SOURCES), QStringLiteral("-ts")} +
                          copies);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());

        for (const QString& ts : tsFiles) {
            QString error;
            const QSet<QString> committed = liveMessages(translations.filePath(ts), &error);
            const QSet<QString> current = liveMessages(temp.filePath(ts), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(!current.isEmpty(), qPrintable(ts));
            const QSet<QString> missing = current - committed;
            const QSet<QString> stale = committed - current;
            if (!missing.isEmpty() || !stale.isEmpty())
                qWarning().noquote() << QStringLiteral("translations/%1: not in the .ts:\n%2\nno "
                                                       "longer in the sources:\n%3")
                                            .arg(ts, describe(missing), describe(stale));
            QVERIFY2(missing.isEmpty() && stale.isEmpty(),
                     qPrintable(QStringLiteral("translations/%1 is out of date: %2 new, %3 gone "
                                               "(cmake --build build --target "
                                               "kps_translations_update)")
                                    .arg(ts)
                                    .arg(missing.size())
                                    .arg(stale.size())));
        }
    }

    // English plural forms are spelt out: "%n image(s)" shows as "1 image" / "60 images", never
    // with "(s)" (a message moved to another class once came back with the source in both forms).
    // Fix: python3 tools/ts_fill_english.py.
    void englishPluralsAreSpeltOut()
    {
        QFile file(QStringLiteral(KPS_SOURCE_DIR "/translations/keypoint-studio_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        QStringList unspelt;
        int numerusForms = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("numerusform")) {
                ++numerusForms;
                if (xml.readElementText().contains(QLatin1String("(s)")))
                    unspelt << source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(numerusForms >= 20); // the check reads the plural messages
        unspelt.removeDuplicates();
        QVERIFY2(unspelt.isEmpty(), qPrintable(unspelt.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationsCurrent)
#include "test_app_translations_current.moc"
