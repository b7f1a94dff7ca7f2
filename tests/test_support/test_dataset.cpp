// Placeholder: implemented together with the synthetic generator.
#include "test_dataset.h"
#include <stdexcept>
namespace kps::test {
void generateSmallDataset(const std::filesystem::path&, int, int, int, unsigned)
{
    throw std::logic_error("generator not available yet");
}
} // namespace kps::test
