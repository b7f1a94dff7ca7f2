#pragma once
// Progress for the CLI: a redrawn bar with rate and ETA on a terminal, plain periodic lines
// otherwise (logs of a server run stay readable).

#include "progress.h"

#include <chrono>
#include <mutex>
#include <string>

namespace kps::cli {

class TerminalProgress : public ProgressObserver
{
public:
    // unit: what is counted ("img", "file"); shown in the rate.
    explicit TerminalProgress(std::string unit = "it");
    ~TerminalProgress() override;

    void progress(const std::string& stage, std::size_t done, std::size_t total) override;
    // Ends the current bar line (on a terminal) so following output starts on a new line.
    void finish();

private:
    std::string m_unit;
    bool m_isTerminal;
    std::mutex m_mutex;
    std::string m_stage;
    std::chrono::steady_clock::time_point m_stageStart;
    std::chrono::steady_clock::time_point m_lastDraw;
    bool m_lineOpen = false;
};

} // namespace kps::cli
