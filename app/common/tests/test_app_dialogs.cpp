// Help > About (versions, device, README link), Preferences (language setting and its live
// application) and the GUI's language resolution order (--lang > setting > system locale).

#include "about_dialog.h"
#include "preferences_dialog.h"
#include "ui_translations.h"

#include <ATen/Parallel.h>
#include <opencv2/core/version.hpp>
#include <torch/cuda.h>
#include <torch/version.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("KeypointStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_app_dialogs"));
        QSettings().clear();
    }

    void cleanup()
    {
        kps::PreferencesDialog::setLiveTranslations(nullptr);
        QSettings().clear();
    }

    void aboutShowsTheVersions()
    {
        const kps::AboutInfo info = kps::AboutDialog::collect();
        QCOMPARE(info.applicationVersion, QStringLiteral(KPS_VERSION));
        QCOMPARE(info.torchVersion, QStringLiteral(TORCH_VERSION));
        QCOMPARE(info.opencvVersion, QStringLiteral(CV_VERSION));
        QCOMPARE(info.qtVersion, QString::fromLatin1(qVersion()));

        kps::AboutDialog dialog;
        const QString text = dialog.textLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("Keypoint Studio " KPS_VERSION)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(TORCH_VERSION)));
        QVERIFY(text.contains(QStringLiteral(CV_VERSION)));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(info.device.toHtmlEscaped()));
        // This build tree has no installed README next to the test: the source one is linked.
        QVERIFY(text.contains(info.readme.toString().toHtmlEscaped()));
    }

    void deviceNamesWhatTorchSees()
    {
        const QString device = kps::AboutDialog::deviceDescription();
        if (torch::cuda::is_available()) {
            QVERIFY2(device.startsWith(QStringLiteral("CUDA")), qPrintable(device));
            QVERIFY(device.contains(QString::number(torch::cuda::device_count())));
        } else {
            QVERIFY2(device.startsWith(QStringLiteral("CPU (")), qPrintable(device));
            QVERIFY(device.contains(QString::number(at::get_num_threads())));
        }
    }

    void readmeIsTheShippedOneWhenPresent()
    {
        // An unpacked package: <root>/bin and <root>/share/doc/keypoint-studio/README.md.
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("bin")));
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("share/doc/keypoint-studio")));
        const QString shipped =
            root.filePath(QStringLiteral("share/doc/keypoint-studio/README.md"));
        QFile file(shipped);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Keypoint Studio\n");
        file.close();
        QCOMPARE(kps::AboutDialog::readmeUrl(root.filePath(QStringLiteral("bin"))),
                 QUrl::fromLocalFile(QFileInfo(shipped).canonicalFilePath()));

        // Without it (and no system-wide install), the source tree's README.
        QTemporaryDir empty;
        const QString installed = QStringLiteral(KPS_DATA_DIR "/../doc/keypoint-studio/README.md");
        if (!QFileInfo::exists(installed))
            QCOMPARE(
                kps::AboutDialog::readmeUrl(empty.path()),
                QUrl::fromLocalFile(
                    QFileInfo(QStringLiteral(KPS_SOURCE_DIR "/README.md")).canonicalFilePath()));
    }

    void preferencesStoreTheLanguage()
    {
        QCOMPARE(kps::PreferencesDialog::storedLanguage(), QString());
        kps::PreferencesDialog::storeLanguage(QStringLiteral("de"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QCOMPARE(kps::PreferencesDialog::storedLanguage(), QStringLiteral("de"));

        kps::PreferencesDialog dialog;
        QCOMPARE(dialog.chosenLanguage(), QStringLiteral("de")); // preselects the stored one
        QCOMPARE(dialog.languageCombo()->count(), 4);
        dialog.languageCombo()->setCurrentIndex(
            dialog.languageCombo()->findData(QStringLiteral("pt_BR")));
        dialog.accept();
        QCOMPARE(kps::PreferencesDialog::storedLanguage(), QStringLiteral("pt_BR"));

        kps::PreferencesDialog again;
        QCOMPARE(again.chosenLanguage(), QStringLiteral("pt_BR"));
        again.languageCombo()->setCurrentIndex(0); // System default
        again.accept();
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
        QCOMPARE(kps::PreferencesDialog::storedLanguage(), QString());
    }

    void cancelKeepsTheSetting()
    {
        kps::PreferencesDialog::storeLanguage(QStringLiteral("en"));
        kps::PreferencesDialog dialog;
        dialog.languageCombo()->setCurrentIndex(
            dialog.languageCombo()->findData(QStringLiteral("de")));
        dialog.reject();
        QCOMPARE(kps::PreferencesDialog::storedLanguage(), QStringLiteral("en"));
    }

    void acceptingRetranslatesLive()
    {
        kps::UiTranslations translations;
        translations.install(QStringLiteral("en"));
        kps::PreferencesDialog::setLiveTranslations(&translations);
        kps::PreferencesDialog dialog;
        dialog.languageCombo()->setCurrentIndex(
            dialog.languageCombo()->findData(QStringLiteral("de")));
        dialog.accept();
        QCOMPARE(translations.language(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("main", "Open the built-in demo dataset."),
                 QStringLiteral("Den eingebauten Demo-Datensatz öffnen."));
    }

    void languageResolutionOrder()
    {
        using kps::PreferencesDialog;
        const QLocale german(QStringLiteral("de_AT"));
        const QLocale portuguese(QStringLiteral("pt_PT"));
        const QLocale french(QStringLiteral("fr_FR"));
        // --lang beats the setting and the system.
        QCOMPARE(PreferencesDialog::resolveLanguage("pt_BR", "de", german),
                 QStringLiteral("pt_BR"));
        // The setting beats the system.
        QCOMPARE(PreferencesDialog::resolveLanguage("", "en", german), QStringLiteral("en"));
        QCOMPARE(PreferencesDialog::resolveLanguage("", "de", portuguese), QStringLiteral("de"));
        // No setting (or one that does not ship): the system locale's language, else English.
        QCOMPARE(PreferencesDialog::resolveLanguage("", "", german), QStringLiteral("de"));
        QCOMPARE(PreferencesDialog::resolveLanguage("", "xx", portuguese), QStringLiteral("pt_BR"));
        QCOMPARE(PreferencesDialog::resolveLanguage("", "", french), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestDialogs)
#include "test_app_dialogs.moc"
