#include "preferences_dialog.h"

#include "translation_files.h"
#include "ui_translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace kps {

namespace {

const char* const languageKey = "ui/language";
UiTranslations* liveTranslations = nullptr;

} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QString());
    // Each language is named in itself, so that a user can find theirs whatever the UI shows.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const int current = m_language->findData(storedLanguage());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* note =
        new QLabel(liveTranslations ? tr("The language changes at once; --lang on the command line "
                                         "overrides it.")
                                    : tr("The language changes at the next start; --lang on the "
                                         "command line overrides it."),
                   this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString PreferencesDialog::storedLanguage()
{
    return QSettings().value(QLatin1String(languageKey)).toString();
}

void PreferencesDialog::storeLanguage(const QString& language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(languageKey));
    else
        settings.setValue(QLatin1String(languageKey), language);
}

QString PreferencesDialog::resolveLanguage(const QString& commandLine, const QString& stored,
                                           const QLocale& system)
{
    if (!commandLine.isEmpty())
        return commandLine;
    // A preference naming a language that no longer ships falls back to the system's.
    if (!stored.isEmpty() && translations::availableLanguages().contains(stored))
        return stored;
    return UiTranslations::languageFor(system);
}

void PreferencesDialog::setLiveTranslations(UiTranslations* translations)
{
    liveTranslations = translations;
}

QString PreferencesDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::accept()
{
    const QString language = chosenLanguage();
    storeLanguage(language);
    if (liveTranslations)
        liveTranslations->install(resolveLanguage(QString(), language, QLocale::system()));
    QDialog::accept();
}

} // namespace kps
