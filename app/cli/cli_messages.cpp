#include "cli_messages.h"

#include <QCoreApplication>
#include <QTextStream>

namespace kps::cli {

QString tr(const char* text)
{
    return QCoreApplication::translate("kps::cli", text);
}

int fail(const char* command, const QString& message, int code)
{
    QTextStream(stderr) << "kpstudio " << command << ": "
                        << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << "\n";
    return code;
}

} // namespace kps::cli
