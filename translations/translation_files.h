#pragma once
// Where the embedded .qm files live and which languages ship.
#include <QStringList>
namespace kps::translations {
QStringList availableLanguages();            // {"en", "pt_BR", "de"}
QString qmResourcePath(const QString& lang); // ":/i18n/keypoint-studio_<lang>.qm"
} // namespace kps::translations
