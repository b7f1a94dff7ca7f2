// Placeholder until this command is implemented (its owner replaces this whole file).
#include "cli_commands.h"

#include <cstdio>

namespace kps::cli {

int runPredict(const QStringList&)
{
    std::fprintf(stderr, "kpstudio predict: not available in this build yet\n");
    return 3;
}

} // namespace kps::cli
