#include "ui_translations.h"

#include "translation_files.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace kps {

UiTranslations::~UiTranslations()
{
    remove();
}

QString UiTranslations::languageFor(const QLocale& locale)
{
    const QStringList available = translations::availableLanguages();
    for (const QString& name : locale.uiLanguages()) {
        const QString underscored = QString(name).replace(QLatin1Char('-'), QLatin1Char('_'));
        if (available.contains(underscored))
            return underscored;
    }
    if (available.contains(locale.name()))
        return locale.name();
    const QString language = locale.name().section(QLatin1Char('_'), 0, 0);
    for (const QString& candidate : available) {
        if (candidate.section(QLatin1Char('_'), 0, 0) == language)
            return candidate;
    }
    return QStringLiteral("en");
}

QString UiTranslations::install(const QLocale& locale)
{
    return install(languageFor(locale));
}

QString UiTranslations::install(const QString& language)
{
    remove();
    m_language = QStringLiteral("en");
    if (m_app.load(translations::qmResourcePath(language))) {
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
        m_language = language;
    }
    // English needs no Qt catalogue; a missing qt6-translations package only loses Qt's strings.
    if (language != QLatin1String("en") &&
        m_qt.load(QStringLiteral("qtbase_") + language,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    return m_language;
}

void UiTranslations::remove()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = m_qtInstalled = false;
}

} // namespace kps
