#pragma once
// What every kpstudio command says the same way: its translated strings and its one-line errors.

#include <QString>

namespace kps::cli {

// The command line's own strings. lupdate files a tr() call in a kps::cli function under the
// context "kps::cli", so they are looked up there (main() installs the translator of the
// system's language).
QString tr(const char* text);

// "kpstudio <command>: <message>" on stderr (line breaks folded into spaces); returns code.
int fail(const char* command, const QString& message, int code = 1);

} // namespace kps::cli
