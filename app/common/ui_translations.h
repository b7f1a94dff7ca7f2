#pragma once
// UiTranslations picks the shipped language for a locale and installs our translator plus Qt's
// own (qtbase: standard dialogs and buttons) on the application.

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace kps {

class UiTranslations
{
public:
    UiTranslations() = default;
    ~UiTranslations(); // removes the translators it installed
    UiTranslations(const UiTranslations&) = delete;
    UiTranslations& operator=(const UiTranslations&) = delete;

    // The shipped language for `locale` ("pt_BR", "de", "en"): exact name first, then the same
    // language (pt_PT -> pt_BR, de_AT -> de); English when nothing matches.
    static QString languageFor(const QLocale& locale);

    // Installs the translators for `locale` (replacing earlier ones); returns the language used.
    QString install(const QLocale& locale);
    // Same, by language name ("pt_BR").
    QString install(const QString& language);
    QString language() const { return m_language; }

private:
    void remove();

    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QString m_language;
};

} // namespace kps
