#include "translation_files.h"
namespace kps::translations {
QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("pt_BR"), QStringLiteral("de")};
}
QString qmResourcePath(const QString& lang)
{
    return QStringLiteral(":/i18n/keypoint-studio_%1.qm").arg(lang);
}
} // namespace kps::translations
