#pragma once
// A read-only view of an HDF5 file through the HDF5 C API, as much as reading Keras weights needs:
// groups and their children, string-list attributes (fixed or variable length) and float datasets
// (any stored float type or layout, converted to float32). Opens a file on disk or an in-memory
// image (model.weights.h5 inside a .keras zip). Errors throw kps::FileError naming the file and
// the object path. Not thread-safe (Debian's HDF5 is built without thread safety): callers
// serialise its use (readKerasWeights does).

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kps {

struct Hdf5Dataset
{
    std::vector<std::int64_t> shape;
    std::vector<float> values; // C order
};

class Hdf5File
{
public:
    static Hdf5File open(const std::filesystem::path& file);
    // `name` is what errors call the image (e.g. "model.keras/model.weights.h5").
    static Hdf5File fromImage(const std::string& bytes, const std::filesystem::path& name);
    ~Hdf5File();
    Hdf5File(Hdf5File&& other) noexcept;
    Hdf5File& operator=(Hdf5File&& other) noexcept;
    Hdf5File(const Hdf5File&) = delete;
    Hdf5File& operator=(const Hdf5File&) = delete;

    const std::filesystem::path& name() const { return m_name; }

    // Paths are '/'-separated from the root ("layers/conv2d/vars"); "" or "/" is the root.
    bool isGroup(const std::string& path) const;
    bool isDataset(const std::string& path) const;
    std::vector<std::string> children(const std::string& group) const; // names, sorted
    bool hasAttribute(const std::string& path, const std::string& attribute) const;
    // A string or array-of-strings attribute, trailing NULs removed; an empty array of any type
    // gives no strings. Throws when missing or not a string.
    std::vector<std::string> stringsAttribute(const std::string& path,
                                              const std::string& attribute) const;
    Hdf5Dataset readFloats(const std::string& path) const;

private:
    Hdf5File(std::int64_t handle, std::filesystem::path name);
    std::int64_t m_file = -1; // hid_t
    std::filesystem::path m_name;
};

} // namespace kps
