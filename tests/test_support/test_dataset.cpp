#include "test_dataset.h"

#include "synthetic_generator.h"

namespace kps::test {

void generateSmallDataset(const std::filesystem::path& dir, int count, int width, int height,
                          unsigned seed)
{
    GeneratorOptions options;
    options.outputDir = dir;
    options.count = count;
    options.width = width;
    options.height = height;
    options.seed = seed;
    options.threads = 2; // the test machines are small; the files do not depend on it
    generateDataset(options);
}

} // namespace kps::test
