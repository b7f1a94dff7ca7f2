#include "dataset_layout.h"

#include <algorithm>
#include <cctype>

namespace kps::layout {

bool isImageFile(const std::filesystem::path& file)
{
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".png" || extension == ".jpg" || extension == ".jpeg";
}

} // namespace kps::layout
