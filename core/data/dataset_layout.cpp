#include "dataset_layout.h"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace kps::layout {

bool isImageFile(const std::filesystem::path& file)
{
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".png" || extension == ".jpg" || extension == ".jpeg";
}

std::vector<std::filesystem::path> meshFileCandidates(const std::filesystem::path& root)
{
    namespace fs = std::filesystem;
    const std::string preferred[] = {kMeshFile, "mesh_information_REF_TANGO.json"};
    const std::string prefix = "mesh_information";
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(root / kObjectDir, ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() >= prefix.size() + 5 && name.compare(0, prefix.size(), prefix) == 0 &&
            name.compare(name.size() - 5, 5, ".json") == 0 && it->is_regular_file(ec))
            names.push_back(name);
    }
    const auto rank = [&](const std::string& name) {
        for (std::size_t i = 0; i < std::size(preferred); ++i)
            if (name == preferred[i])
                return i;
        return std::size(preferred);
    };
    std::sort(names.begin(), names.end(), [&](const std::string& a, const std::string& b) {
        const std::size_t ra = rank(a), rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
    std::vector<fs::path> files;
    for (const std::string& name : names)
        files.push_back(root / kObjectDir / name);
    return files;
}

std::filesystem::path findMeshFile(const std::filesystem::path& root)
{
    const std::vector<std::filesystem::path> files = meshFileCandidates(root);
    return files.empty() ? std::filesystem::path() : files.front();
}

} // namespace kps::layout
