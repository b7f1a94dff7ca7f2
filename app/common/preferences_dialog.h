#pragma once
// PreferencesDialog is Edit > Preferences: the user-interface language (system default or one of
// the shipped ones), stored in QSettings "ui/language" and applied at once when the running
// program registered its translators, otherwise at the next start.

#include <QDialog>
#include <QLocale>
#include <QString>

class QComboBox;

namespace kps {

class UiTranslations;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // The stored language ("en", "pt_BR", "de"); empty = follow the system locale.
    static QString storedLanguage();
    static void storeLanguage(const QString& language);
    // The language the GUI starts in: --lang when given, else the stored preference when it is a
    // shipped language, else the one matching the system locale.
    static QString resolveLanguage(const QString& commandLine, const QString& stored,
                                   const QLocale& system);
    // The running program's translators (gui_main); accepting the dialog reinstalls them so the
    // whole UI retranslates at once (QEvent::LanguageChange). Null: applied at the next start.
    static void setLiveTranslations(UiTranslations* translations);

    QComboBox* languageCombo() const { return m_language; }
    // The language chosen in the combo box ("" = system default).
    QString chosenLanguage() const;

public Q_SLOTS:
    void accept() override;

private:
    QComboBox* m_language = nullptr;
};

} // namespace kps
