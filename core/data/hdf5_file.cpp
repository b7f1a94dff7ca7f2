#include "hdf5_file.h"

#include "file_error.h"

#include <hdf5.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace kps {

namespace {

// Closes an HDF5 identifier with the right function when it leaves scope.
class Handle
{
public:
    explicit Handle(hid_t id = -1) : m_id(id) {}
    ~Handle()
    {
        if (m_id < 0)
            return;
        switch (H5Iget_type(m_id)) {
        case H5I_FILE:
            H5Fclose(m_id);
            break;
        case H5I_GROUP:
            H5Gclose(m_id);
            break;
        case H5I_DATASET:
            H5Dclose(m_id);
            break;
        case H5I_ATTR:
            H5Aclose(m_id);
            break;
        case H5I_DATATYPE:
            H5Tclose(m_id);
            break;
        case H5I_DATASPACE:
            H5Sclose(m_id);
            break;
        case H5I_GENPROP_LST:
            H5Pclose(m_id);
            break;
        default:
            H5Oclose(m_id);
            break;
        }
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    hid_t get() const { return m_id; }
    bool valid() const { return m_id >= 0; }

private:
    hid_t m_id;
};

// HDF5 prints its error stack to stderr by default; we report errors ourselves.
void silenceErrors()
{
    static const bool done = [] {
        H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
        return true;
    }();
    (void)done;
}

std::string normalised(const std::string& path)
{
    std::string out = path;
    while (!out.empty() && out.front() == '/')
        out.erase(out.begin());
    while (!out.empty() && out.back() == '/')
        out.pop_back();
    return out.empty() ? std::string(".") : out;
}

// H5Lexists needs every intermediate link to exist: check them one by one.
bool linkExists(hid_t file, const std::string& path)
{
    if (path == ".")
        return true;
    std::size_t pos = 0;
    while (true) {
        const std::size_t slash = path.find('/', pos);
        const std::string prefix = path.substr(0, slash);
        if (H5Lexists(file, prefix.c_str(), H5P_DEFAULT) <= 0)
            return false;
        if (slash == std::string::npos)
            return true;
        pos = slash + 1;
    }
}

H5I_type_t objectType(hid_t file, const std::string& path)
{
    const std::string p = normalised(path);
    if (!linkExists(file, p))
        return H5I_BADID;
    const Handle object(H5Oopen(file, p.c_str(), H5P_DEFAULT));
    if (!object.valid())
        return H5I_BADID;
    return H5Iget_type(object.get());
}

herr_t collectName(hid_t, const char* name, const H5L_info_t*, void* data)
{
    static_cast<std::vector<std::string>*>(data)->emplace_back(name);
    return 0;
}

} // namespace

Hdf5File::Hdf5File(std::int64_t handle, std::filesystem::path name)
    : m_file(handle), m_name(std::move(name))
{
}

Hdf5File Hdf5File::open(const std::filesystem::path& file)
{
    silenceErrors();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw FileError(file, "file does not exist");
    if (H5Fis_hdf5(file.c_str()) <= 0)
        throw FileError(file, "not an HDF5 file");
    const hid_t id = H5Fopen(file.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
    if (id < 0)
        throw FileError(file, "cannot open the HDF5 file");
    return Hdf5File(id, file);
}

Hdf5File Hdf5File::fromImage(const std::string& bytes, const std::filesystem::path& name)
{
    silenceErrors();
    if (bytes.size() < 8 || std::memcmp(bytes.data(), "\x89HDF\r\n\x1a\n", 8) != 0)
        throw FileError(name, "not an HDF5 file");
    // The core (memory) driver opened on a copy of the image, without a backing file.
    const Handle access(H5Pcreate(H5P_FILE_ACCESS));
    if (!access.valid() || H5Pset_fapl_core(access.get(), bytes.size(), 0) < 0 ||
        H5Pset_file_image(access.get(), const_cast<char*>(bytes.data()), bytes.size()) < 0)
        throw FileError(name, "cannot prepare the HDF5 image");
    const hid_t id = H5Fopen(name.filename().c_str(), H5F_ACC_RDONLY, access.get());
    if (id < 0)
        throw FileError(name, "cannot open the HDF5 image");
    return Hdf5File(id, name);
}

Hdf5File::~Hdf5File()
{
    if (m_file >= 0)
        H5Fclose(m_file);
}

Hdf5File::Hdf5File(Hdf5File&& other) noexcept
    : m_file(std::exchange(other.m_file, -1)), m_name(std::move(other.m_name))
{
}

Hdf5File& Hdf5File::operator=(Hdf5File&& other) noexcept
{
    if (this != &other) {
        if (m_file >= 0)
            H5Fclose(m_file);
        m_file = std::exchange(other.m_file, -1);
        m_name = std::move(other.m_name);
    }
    return *this;
}

bool Hdf5File::isGroup(const std::string& path) const
{
    return objectType(m_file, path) == H5I_GROUP;
}

bool Hdf5File::isDataset(const std::string& path) const
{
    return objectType(m_file, path) == H5I_DATASET;
}

std::vector<std::string> Hdf5File::children(const std::string& group) const
{
    if (!isGroup(group))
        throw FileError(m_name, normalised(group) + ": no such group");
    const Handle handle(H5Gopen2(m_file, normalised(group).c_str(), H5P_DEFAULT));
    std::vector<std::string> names;
    hsize_t index = 0;
    if (H5Literate(handle.get(), H5_INDEX_NAME, H5_ITER_INC, &index, collectName, &names) < 0)
        throw FileError(m_name, normalised(group) + ": cannot list the group");
    std::sort(names.begin(), names.end());
    return names;
}

bool Hdf5File::hasAttribute(const std::string& path, const std::string& attribute) const
{
    const std::string p = normalised(path);
    if (!linkExists(m_file, p))
        return false;
    return H5Aexists_by_name(m_file, p.c_str(), attribute.c_str(), H5P_DEFAULT) > 0;
}

std::vector<std::string> Hdf5File::stringsAttribute(const std::string& path,
                                                    const std::string& attribute) const
{
    const std::string p = normalised(path);
    const std::string what = p + " attribute \"" + attribute + "\"";
    if (!hasAttribute(path, attribute))
        throw FileError(m_name, what + ": missing");
    const Handle attr(
        H5Aopen_by_name(m_file, p.c_str(), attribute.c_str(), H5P_DEFAULT, H5P_DEFAULT));
    const Handle type(H5Aget_type(attr.get()));
    const Handle space(H5Aget_space(attr.get()));
    if (!attr.valid() || !type.valid() || !space.valid())
        throw FileError(m_name, what + ": cannot be opened");
    const hssize_t count = H5Sget_simple_extent_npoints(space.get());
    if (count < 0)
        throw FileError(m_name, what + ": bad shape");
    if (count == 0)
        return {}; // an empty list (h5py stores [] as an empty float array)
    if (H5Tget_class(type.get()) != H5T_STRING)
        throw FileError(m_name, what + ": not a string");
    std::vector<std::string> out;
    if (H5Tis_variable_str(type.get()) > 0) {
        const Handle memory(H5Tcopy(H5T_C_S1));
        H5Tset_size(memory.get(), H5T_VARIABLE);
        H5Tset_cset(memory.get(), H5Tget_cset(type.get()));
        std::vector<char*> pointers(static_cast<std::size_t>(count), nullptr);
        if (H5Aread(attr.get(), memory.get(), pointers.data()) < 0)
            throw FileError(m_name, what + ": cannot be read");
        for (char* text : pointers)
            out.emplace_back(text ? text : "");
        H5Dvlen_reclaim(memory.get(), space.get(), H5P_DEFAULT, pointers.data());
    } else {
        const std::size_t size = H5Tget_size(type.get());
        std::vector<char> buffer(static_cast<std::size_t>(count) * size);
        if (count > 0 && H5Aread(attr.get(), type.get(), buffer.data()) < 0)
            throw FileError(m_name, what + ": cannot be read");
        for (hssize_t i = 0; i < count; ++i) {
            std::string text(buffer.data() + static_cast<std::size_t>(i) * size, size);
            const std::size_t end = text.find('\0');
            if (end != std::string::npos)
                text.resize(end);
            out.push_back(std::move(text));
        }
    }
    return out;
}

Hdf5Dataset Hdf5File::readFloats(const std::string& path) const
{
    const std::string p = normalised(path);
    if (!isDataset(p))
        throw FileError(m_name, p + ": no such dataset");
    const Handle dataset(H5Dopen2(m_file, p.c_str(), H5P_DEFAULT));
    const Handle type(H5Dget_type(dataset.get()));
    const Handle space(H5Dget_space(dataset.get()));
    if (!dataset.valid() || !type.valid() || !space.valid())
        throw FileError(m_name, p + ": cannot open the dataset");
    const H5T_class_t kind = H5Tget_class(type.get());
    if (kind != H5T_FLOAT && kind != H5T_INTEGER)
        throw FileError(m_name, p + ": not a numeric dataset");
    const int rank = H5Sget_simple_extent_ndims(space.get());
    if (rank < 0)
        throw FileError(m_name, p + ": bad shape");
    std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
    H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);
    Hdf5Dataset out;
    std::size_t count = 1;
    for (const hsize_t d : dims) {
        out.shape.push_back(static_cast<std::int64_t>(d));
        count *= static_cast<std::size_t>(d);
    }
    out.values.resize(count);
    if (count > 0 && H5Dread(dataset.get(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT,
                             out.values.data()) < 0)
        throw FileError(m_name, p + ": cannot read the values as float");
    return out;
}

} // namespace kps
