#pragma once
// Folder and file names of the 4SP dataset layout (DESIGN.md "Dataset").

#include <filesystem>
#include <string>
#include <vector>

namespace kps::layout {

inline const char* const kImagesDir = "Rendered_Images";
inline const char* const kAnnotationsDir = "JSON_Data_REF";
inline const char* const kObjectDir = "Object_Information";
inline const char* const kMeshFile = "mesh_information.json";

inline std::filesystem::path imagesDir(const std::filesystem::path& root)
{
    return root / kImagesDir;
}
inline std::filesystem::path annotationsDir(const std::filesystem::path& root)
{
    return root / kAnnotationsDir;
}
// Where we write the mesh (always our name).
inline std::filesystem::path meshFile(const std::filesystem::path& root)
{
    return root / kObjectDir / kMeshFile;
}
// The mesh files a dataset holds: ours and the seed renderer's names
// (mesh_information_REF_TANGO.json, mesh_information_MASK_TANGO.json, any mesh_information*.json),
// in the order they are preferred: mesh_information.json, then mesh_information_REF_TANGO.json,
// then the others sorted by name. Empty when Object_Information/ holds none.
std::vector<std::filesystem::path> meshFileCandidates(const std::filesystem::path& root);
// The mesh file to read: the first of meshFileCandidates(root), or an empty path.
std::filesystem::path findMeshFile(const std::filesystem::path& root);
inline std::filesystem::path annotationFile(const std::filesystem::path& root,
                                            const std::string& stem)
{
    return annotationsDir(root) / (stem + ".json");
}
// True for .png/.jpg/.jpeg in any letter case.
bool isImageFile(const std::filesystem::path& file);

} // namespace kps::layout
