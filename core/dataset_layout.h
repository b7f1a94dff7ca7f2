#pragma once
// Folder and file names of the 4SP dataset layout (DESIGN.md "Dataset").

#include <filesystem>
#include <string>

namespace kps::layout {

inline const char* const kImagesDir = "Rendered_Images";
inline const char* const kAnnotationsDir = "JSON_Data_REF";
inline const char* const kObjectDir = "Object_Information";
inline const char* const kMeshFile = "mesh_information.json";

inline std::filesystem::path imagesDir(const std::filesystem::path& root) { return root / kImagesDir; }
inline std::filesystem::path annotationsDir(const std::filesystem::path& root) { return root / kAnnotationsDir; }
inline std::filesystem::path meshFile(const std::filesystem::path& root) { return root / kObjectDir / kMeshFile; }
inline std::filesystem::path annotationFile(const std::filesystem::path& root, const std::string& stem)
{
    return annotationsDir(root) / (stem + ".json");
}
// True for .png/.jpg/.jpeg in any letter case.
bool isImageFile(const std::filesystem::path& file);

} // namespace kps::layout
