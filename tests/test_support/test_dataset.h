#pragma once
// Test data made at test time: small synthetic datasets and hand-written files in temp folders.

#include <filesystem>

namespace kps::test {

// Generates a small synthetic 4SP dataset (count images of width x height) into dir.
void generateSmallDataset(const std::filesystem::path& dir, int count, int width = 320,
                          int height = 180, unsigned seed = 7);

} // namespace kps::test
