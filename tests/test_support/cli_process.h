#pragma once
// Runs the built kpstudio (KPS_CLI) as a child process, as a user would, and collects its output.

#include <QString>
#include <QStringList>

namespace kps::test {

struct CliRun
{
    int exitCode = -1; // -1 when it crashed or timed out
    QString out;
    QString err;
};

CliRun runCli(const QString& program, const QStringList& arguments, int timeoutMs = 300000);

} // namespace kps::test
