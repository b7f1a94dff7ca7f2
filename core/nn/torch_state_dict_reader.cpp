#include "torch_state_dict_reader.h"

#include "atomic_file.h"
#include "file_error.h"

#include <ATen/ATen.h>
#include <c10/util/Exception.h>
#include <caffe2/serialize/inline_container.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <sstream>

namespace kps {

namespace {

// A Python value as far as a state_dict needs: containers, scalars, strings, tensors, and
// "opaque" stand-ins for any other class (kept so unrelated checkpoint entries do not fail).
struct PyValue;
using ValuePtr = std::shared_ptr<PyValue>;

struct PyValue
{
    enum class Kind
    {
        None,
        Bool,
        Int,
        Float,
        String,
        Tuple,
        List,
        Dict,
        Tensor,
        Global,
        Object
    };
    Kind kind = Kind::None;
    int64_t integer = 0;
    double real = 0.0;
    std::string text;                                   // String
    std::string module, name;                           // Global, Object (its class)
    std::vector<ValuePtr> items;                        // Tuple, List
    std::vector<std::pair<ValuePtr, ValuePtr>> entries; // Dict (and dict-like Objects)
    at::Tensor tensor;                                  // Tensor (also a storage: 1-D, own dtype)

    static ValuePtr make(Kind kind)
    {
        auto value = std::make_shared<PyValue>();
        value->kind = kind;
        return value;
    }
    bool isGlobal(const char* m, const char* n) const
    {
        return kind == Kind::Global && module == m && name == n;
    }
};

class ParseError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

at::ScalarType storageDtype(const PyValue& storageClass)
{
    static const std::map<std::string, at::ScalarType> types{
        {"FloatStorage", at::kFloat},
        {"DoubleStorage", at::kDouble},
        {"HalfStorage", at::kHalf},
        {"BFloat16Storage", at::kBFloat16},
        {"LongStorage", at::kLong},
        {"IntStorage", at::kInt},
        {"ShortStorage", at::kShort},
        {"CharStorage", at::kChar},
        {"ByteStorage", at::kByte},
        {"BoolStorage", at::kBool},
        {"UntypedStorage", at::kByte},
        {"ComplexFloatStorage", at::kComplexFloat},
        {"ComplexDoubleStorage", at::kComplexDouble}};
    if (storageClass.kind == PyValue::Kind::Global) {
        const auto found = types.find(storageClass.name);
        if (found != types.end())
            return found->second;
    }
    throw ParseError("unsupported storage type " + storageClass.module + "." + storageClass.name);
}

std::vector<int64_t> intTuple(const ValuePtr& value, const char* what)
{
    if (value->kind != PyValue::Kind::Tuple && value->kind != PyValue::Kind::List)
        throw ParseError(std::string("tensor ") + what + " is not a tuple");
    std::vector<int64_t> ints;
    for (const auto& item : value->items) {
        if (item->kind != PyValue::Kind::Int)
            throw ParseError(std::string("tensor ") + what + " holds a non-integer");
        ints.push_back(item->integer);
    }
    return ints;
}

// The pickle machine (protocols 2-5, the opcodes torch.save and Python's pickle produce).
class PickleMachine
{
public:
    // Gives the 1-D tensor of a storage: (key, dtype, numel) -> tensor. For zip files it reads
    // record data/<key>; for legacy files it allocates, and the bytes are filled in afterwards.
    using StorageLoader = std::function<at::Tensor(const std::string&, at::ScalarType, int64_t)>;

    PickleMachine(const std::string& bytes, std::size_t start, StorageLoader loader)
        : m_bytes(bytes), m_pos(start), m_loader(std::move(loader))
    {
    }

    std::size_t position() const { return m_pos; }

    // Runs one pickle (up to STOP) from the current position and returns its value.
    ValuePtr run()
    {
        m_stack.clear();
        m_marks.clear();
        m_memo.clear();
        while (true) {
            const std::size_t at = m_pos;
            const auto op = static_cast<unsigned char>(readByte());
            try {
                if (step(op))
                    return pop();
            } catch (const ParseError& error) {
                throw ParseError(std::string(error.what()) + " (pickle opcode 0x" + hex(op) +
                                 " at byte " + std::to_string(at) + ")");
            }
        }
    }

private:
    static std::string hex(unsigned char byte)
    {
        static const char digits[] = "0123456789abcdef";
        return {digits[byte >> 4], digits[byte & 15]};
    }

    char readByte()
    {
        if (m_pos >= m_bytes.size())
            throw ParseError("data.pkl ends early");
        return m_bytes[m_pos++];
    }
    std::string readBytes(uint64_t count)
    {
        if (count > m_bytes.size() - m_pos)
            throw ParseError("data.pkl ends early");
        std::string out = m_bytes.substr(m_pos, count);
        m_pos += count;
        return out;
    }
    template <typename T> T readLittle()
    {
        const std::string raw = readBytes(sizeof(T));
        T value;
        std::memcpy(&value, raw.data(),
                    sizeof(T)); // pickle integers are little-endian, as is x86/arm
        return value;
    }
    std::string readLine()
    {
        const std::size_t end = m_bytes.find('\n', m_pos);
        if (end == std::string::npos)
            throw ParseError("data.pkl ends early");
        std::string line = m_bytes.substr(m_pos, end - m_pos);
        m_pos = end + 1;
        return line;
    }

    void push(ValuePtr value) { m_stack.push_back(std::move(value)); }
    ValuePtr pop()
    {
        if (m_stack.empty() || (!m_marks.empty() && m_stack.size() <= m_marks.back()))
            throw ParseError("stack underflow");
        ValuePtr value = std::move(m_stack.back());
        m_stack.pop_back();
        return value;
    }
    ValuePtr& top()
    {
        if (m_stack.empty())
            throw ParseError("stack underflow");
        return m_stack.back();
    }
    std::vector<ValuePtr> popMark()
    {
        if (m_marks.empty())
            throw ParseError("no MARK");
        const std::size_t mark = m_marks.back();
        m_marks.pop_back();
        std::vector<ValuePtr> items(m_stack.begin() + static_cast<std::ptrdiff_t>(mark),
                                    m_stack.end());
        m_stack.resize(mark);
        return items;
    }
    void memoize(uint64_t index) { m_memo[index] = top(); }
    ValuePtr memo(uint64_t index)
    {
        const auto found = m_memo.find(index);
        if (found == m_memo.end())
            throw ParseError("memo entry " + std::to_string(index) + " missing");
        return found->second;
    }

    ValuePtr makeString(std::string text)
    {
        auto value = PyValue::make(PyValue::Kind::String);
        value->text = std::move(text);
        return value;
    }
    ValuePtr makeInt(int64_t integer)
    {
        auto value = PyValue::make(PyValue::Kind::Int);
        value->integer = integer;
        return value;
    }
    ValuePtr makeTuple(std::vector<ValuePtr> items)
    {
        auto value = PyValue::make(PyValue::Kind::Tuple);
        value->items = std::move(items);
        return value;
    }
    ValuePtr makeGlobal(std::string module, std::string name)
    {
        auto value = PyValue::make(PyValue::Kind::Global);
        value->module = std::move(module);
        value->name = std::move(name);
        return value;
    }

    void setItems(const ValuePtr& target, const std::vector<ValuePtr>& items)
    {
        if (target->kind != PyValue::Kind::Dict && target->kind != PyValue::Kind::Object)
            throw ParseError("SETITEM(S) on a value that is not a dict");
        if (items.size() % 2 != 0)
            throw ParseError("odd number of dict items");
        for (std::size_t i = 0; i < items.size(); i += 2) {
            bool replaced = false;
            if (items[i]->kind == PyValue::Kind::String)
                for (auto& entry : target->entries)
                    if (entry.first->kind == PyValue::Kind::String &&
                        entry.first->text == items[i]->text) {
                        entry.second = items[i + 1];
                        replaced = true;
                    }
            if (!replaced)
                target->entries.emplace_back(items[i], items[i + 1]);
        }
    }

    void appendItems(const ValuePtr& target, const std::vector<ValuePtr>& items)
    {
        if (target->kind != PyValue::Kind::List && target->kind != PyValue::Kind::Object)
            throw ParseError("APPEND(S) on a value that is not a list");
        target->items.insert(target->items.end(), items.begin(), items.end());
    }

    ValuePtr loadStorage(const ValuePtr& pid)
    {
        // zip: ('storage', torch.<Type>Storage, key, location, numel)
        // legacy: ('storage', torch.<Type>Storage, key, location, numel, view_metadata)
        if (pid->kind != PyValue::Kind::Tuple || pid->items.size() < 5 ||
            pid->items[0]->kind != PyValue::Kind::String || pid->items[0]->text != "storage" ||
            pid->items[2]->kind != PyValue::Kind::String ||
            pid->items[4]->kind != PyValue::Kind::Int)
            throw ParseError("unsupported persistent id (not a torch storage)");
        const std::string& key = pid->items[2]->text;
        auto cached = m_storages.find(key);
        if (cached == m_storages.end()) {
            auto value = PyValue::make(PyValue::Kind::Tensor);
            // The location (items[3]) is ignored on purpose: everything is loaded to the CPU.
            value->tensor = m_loader(key, storageDtype(*pid->items[1]), pid->items[4]->integer);
            cached = m_storages.emplace(key, value).first;
        }
        if (pid->items.size() >= 6 && pid->items[5]->kind == PyValue::Kind::Tuple) {
            // Legacy view of a storage: (view_key, offset, size) in elements.
            const auto& view = pid->items[5]->items;
            if (view.size() != 3 || view[1]->kind != PyValue::Kind::Int ||
                view[2]->kind != PyValue::Kind::Int)
                throw ParseError("malformed storage view");
            auto value = PyValue::make(PyValue::Kind::Tensor);
            value->tensor = cached->second->tensor.narrow(0, view[1]->integer, view[2]->integer);
            return value;
        }
        return cached->second;
    }

    ValuePtr rebuildTensor(const std::vector<ValuePtr>& args)
    {
        // _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, hooks, ...)
        if (args.size() < 4 || args[0]->kind != PyValue::Kind::Tensor ||
            args[1]->kind != PyValue::Kind::Int)
            throw ParseError("unexpected arguments to torch._utils._rebuild_tensor_v2");
        auto value = PyValue::make(PyValue::Kind::Tensor);
        value->tensor = args[0]->tensor.as_strided(intTuple(args[2], "size"),
                                                   intTuple(args[3], "stride"), args[1]->integer);
        return value;
    }

    ValuePtr apply(const ValuePtr& callable, const ValuePtr& argsValue)
    {
        const std::vector<ValuePtr> noArgs;
        const std::vector<ValuePtr>& args =
            argsValue->kind == PyValue::Kind::Tuple ? argsValue->items : noArgs;
        if (callable->isGlobal("collections", "OrderedDict")) {
            // The very case pickle_load maps to None: here it is a plain (ordered) dict.
            auto dict = PyValue::make(PyValue::Kind::Dict);
            if (!args.empty() &&
                (args[0]->kind == PyValue::Kind::List || args[0]->kind == PyValue::Kind::Tuple))
                for (const auto& pair : args[0]->items)
                    if (pair->kind == PyValue::Kind::Tuple && pair->items.size() == 2)
                        setItems(dict, pair->items);
            return dict;
        }
        if (callable->isGlobal("torch._utils", "_rebuild_tensor_v2") ||
            callable->isGlobal("torch._utils", "_rebuild_tensor"))
            return rebuildTensor(args);
        if (callable->isGlobal("torch._utils", "_rebuild_parameter") ||
            callable->isGlobal("torch._utils", "_rebuild_parameter_with_state")) {
            if (args.empty() || args[0]->kind != PyValue::Kind::Tensor)
                throw ParseError("unexpected arguments to torch._utils._rebuild_parameter");
            return args[0];
        }
        if (callable->isGlobal("torch.jit._pickle", "restore_type_tag")) {
            // LibTorch's pickler wraps typed containers as restore_type_tag(value, "Dict[str,
            // Tensor]").
            if (args.empty())
                throw ParseError("unexpected arguments to torch.jit._pickle.restore_type_tag");
            return args[0];
        }
        if (callable->isGlobal("torch._tensor", "_rebuild_from_type_v2")) {
            // (func, type, func_args, state): a tensor subclass; rebuild the plain tensor.
            if (args.size() < 3)
                throw ParseError("unexpected arguments to torch._tensor._rebuild_from_type_v2");
            return apply(args[0], args[2]);
        }
        auto object = PyValue::make(PyValue::Kind::Object);
        object->module = callable->module;
        object->name = callable->name;
        return object;
    }

    // Executes one opcode; true at STOP.
    bool step(unsigned char op)
    {
        using K = PyValue::Kind;
        switch (op) {
        case 0x80: // PROTO
            if (static_cast<unsigned char>(readByte()) > 5)
                throw ParseError("pickle protocol newer than 5");
            break;
        case 0x95:
            readBytes(8);
            break; // FRAME: only a read-ahead hint
        case '.':
            return true; // STOP
        case '(':
            m_marks.push_back(m_stack.size());
            break;
        case '0':
            pop();
            break;
        case '1':
            popMark();
            break;
        case '2':
            push(top());
            break;
        case 'N':
            push(PyValue::make(K::None));
            break;
        case 0x88:
        case 0x89: {
            auto value = PyValue::make(K::Bool);
            value->integer = op == 0x88;
            push(value);
            break;
        }
        case 'J':
            push(makeInt(readLittle<int32_t>()));
            break;
        case 'K':
            push(makeInt(static_cast<unsigned char>(readByte())));
            break;
        case 'M':
            push(makeInt(readLittle<uint16_t>()));
            break;
        case 0x8a: { // LONG1: little-endian two's complement of n bytes
            const auto count = static_cast<unsigned char>(readByte());
            const std::string raw = readBytes(count);
            if (count > 8) { // only the legacy format's magic number; kept opaque
                auto big = PyValue::make(K::Object);
                big->module = "builtins";
                big->name = "int";
                big->text = raw;
                push(big);
                break;
            }
            uint64_t bits = 0;
            for (int i = count - 1; i >= 0; --i)
                bits = (bits << 8) | static_cast<unsigned char>(raw[i]);
            if (count > 0 && count < 8 && (static_cast<unsigned char>(raw[count - 1]) & 0x80))
                bits |= ~uint64_t(0) << (8 * count);
            push(makeInt(static_cast<int64_t>(bits)));
            break;
        }
        case 'I': { // INT (text): also the protocol-0 booleans
            const std::string line = readLine();
            if (line == "00" || line == "01") {
                auto value = PyValue::make(K::Bool);
                value->integer = line == "01";
                push(value);
            } else {
                push(makeInt(std::stoll(line)));
            }
            break;
        }
        case 'L': { // LONG (text)
            std::string line = readLine();
            if (!line.empty() && line.back() == 'L')
                line.pop_back();
            push(makeInt(std::stoll(line)));
            break;
        }
        case 'G': { // BINFLOAT: big-endian double
            const std::string raw = readBytes(8);
            uint64_t bits = 0;
            for (unsigned char byte : raw)
                bits = (bits << 8) | byte;
            auto value = PyValue::make(K::Float);
            std::memcpy(&value->real, &bits, 8);
            push(value);
            break;
        }
        case 'X':
            push(makeString(readBytes(readLittle<uint32_t>())));
            break; // BINUNICODE
        case 0x8c:
            push(makeString(readBytes(static_cast<unsigned char>(readByte()))));
            break; // SHORT_BINUNICODE
        case 0x8d:
            push(makeString(readBytes(readLittle<uint64_t>())));
            break; // BINUNICODE8
        case 'T':
            push(makeString(readBytes(readLittle<uint32_t>())));
            break; // BINSTRING
        case 'U':
            push(makeString(readBytes(static_cast<unsigned char>(readByte()))));
            break; // SHORT_BINSTRING
        case 'B':
            push(makeString(readBytes(readLittle<uint32_t>())));
            break; // BINBYTES
        case 'C':
            push(makeString(readBytes(static_cast<unsigned char>(readByte()))));
            break; // SHORT_BINBYTES
        case 0x8e:
            push(makeString(readBytes(readLittle<uint64_t>())));
            break; // BINBYTES8
        case ')':
            push(makeTuple({}));
            break;
        case 't':
            push(makeTuple(popMark()));
            break;
        case 0x85: {
            auto a = pop();
            push(makeTuple({a}));
            break;
        }
        case 0x86: {
            auto b = pop();
            auto a = pop();
            push(makeTuple({a, b}));
            break;
        }
        case 0x87: {
            auto c = pop();
            auto b = pop();
            auto a = pop();
            push(makeTuple({a, b, c}));
            break;
        }
        case ']':
        case 0x8f:
            push(PyValue::make(K::List));
            break; // EMPTY_LIST, EMPTY_SET (as a list)
        case 'l':
        case 0x91: { // LIST, FROZENSET
            auto list = PyValue::make(K::List);
            list->items = popMark();
            push(list);
            break;
        }
        case 'a': {
            auto item = pop();
            appendItems(top(), {item});
            break;
        }
        case 'e':
        case 0x90: { // APPENDS, ADDITEMS
            auto items = popMark();
            appendItems(top(), items);
            break;
        }
        case '}':
            push(PyValue::make(K::Dict));
            break;
        case 'd': {
            auto dict = PyValue::make(K::Dict);
            setItems(dict, popMark());
            push(dict);
            break;
        }
        case 's': {
            auto value = pop();
            auto key = pop();
            setItems(top(), {key, value});
            break;
        }
        case 'u': {
            auto items = popMark();
            setItems(top(), items);
            break;
        }
        case 'c': { // GLOBAL
            std::string module = readLine();
            std::string name = readLine();
            push(makeGlobal(std::move(module), std::move(name)));
            break;
        }
        case 0x93: { // STACK_GLOBAL
            auto name = pop();
            auto module = pop();
            if (module->kind != K::String || name->kind != K::String)
                throw ParseError("STACK_GLOBAL needs two strings");
            push(makeGlobal(module->text, name->text));
            break;
        }
        case 'R': { // REDUCE
            auto args = pop();
            auto callable = pop();
            push(apply(callable, args));
            break;
        }
        case 0x81: { // NEWOBJ: cls.__new__(cls, *args) -> an opaque object (dict-like if needed)
            pop();
            auto cls = pop();
            if (cls->isGlobal("collections", "OrderedDict")) {
                push(PyValue::make(K::Dict));
            } else {
                auto object = PyValue::make(K::Object);
                object->module = cls->module;
                object->name = cls->name;
                push(object);
            }
            break;
        }
        case 'b': // BUILD: instance state (e.g. an OrderedDict's _metadata): not needed
            pop();
            top();
            break;
        case 'Q':
            push(loadStorage(pop()));
            break; // BINPERSID
        case 'q':
            memoize(static_cast<unsigned char>(readByte()));
            break;
        case 'r':
            memoize(readLittle<uint32_t>());
            break;
        case 'p':
            memoize(std::stoull(readLine()));
            break;
        case 0x94:
            memoize(m_memo.size());
            break; // MEMOIZE
        case 'h':
            push(memo(static_cast<unsigned char>(readByte())));
            break;
        case 'j':
            push(memo(readLittle<uint32_t>()));
            break;
        case 'g':
            push(memo(std::stoull(readLine())));
            break;
        default:
            throw ParseError("unsupported pickle opcode");
        }
        return false;
    }

    const std::string& m_bytes;
    std::size_t m_pos = 0;
    StorageLoader m_loader;
    std::vector<ValuePtr> m_stack;
    std::vector<std::size_t> m_marks;
    std::map<uint64_t, ValuePtr> m_memo;
    std::map<std::string, ValuePtr> m_storages;
};

NamedTensors tensorsOf(const PyValue& dict)
{
    NamedTensors tensors;
    for (const auto& [key, value] : dict.entries)
        if (key->kind == PyValue::Kind::String && value->kind == PyValue::Kind::Tensor)
            tensors.emplace_back(key->text, value->tensor);
    return tensors;
}

} // namespace

namespace {

ValuePtr readZipArchive(const std::filesystem::path& file)
{
    caffe2::serialize::PyTorchStreamReader archive(file.string());
    if (archive.hasRecord("byteorder")) {
        auto [data, size] = archive.getRecord("byteorder");
        const std::string order(static_cast<const char*>(data.get()), size);
        if (order != "little")
            throw FileError(file, "tensors are stored " + order +
                                      "-endian; only little-endian is supported");
    }
    if (!archive.hasRecord("data.pkl"))
        throw FileError(file,
                        "the archive has no data.pkl (a TorchScript file? use a state_dict saved "
                        "with torch.save)");
    auto [data, size] = archive.getRecord("data.pkl");
    const std::string pickle(static_cast<const char*>(data.get()), size);
    PickleMachine machine(
        pickle, 0, [&](const std::string& key, at::ScalarType dtype, int64_t numel) {
            at::Tensor storage = at::empty({numel}, at::TensorOptions().dtype(dtype));
            const std::size_t bytes = static_cast<std::size_t>(numel) * storage.element_size();
            if (bytes > 0) {
                const std::string record = "data/" + key;
                if (!archive.hasRecord(record))
                    throw ParseError("record " + record + " is missing");
                auto [recordData, recordSize] = archive.getRecord(record);
                if (recordSize < bytes)
                    throw ParseError("record " + record + " holds " + std::to_string(recordSize) +
                                     " bytes, " + std::to_string(bytes) + " expected");
                std::memcpy(storage.data_ptr(), recordData.get(), bytes);
            }
            return storage;
        });
    return machine.run();
}

// torch.save before 1.6 (and _use_new_zipfile_serialization=False): pickles of the magic number,
// protocol version, system info, the object and its storage keys, then each storage's raw bytes
// as int64 element count + data, in key order.
ValuePtr readLegacyFile(const std::filesystem::path& file)
{
    const std::string bytes = readWholeFile(file);
    std::map<std::string, at::Tensor> storages;
    PickleMachine machine(
        bytes, 0, [&](const std::string& key, at::ScalarType dtype, int64_t numel) {
            at::Tensor storage = at::empty({numel}, at::TensorOptions().dtype(dtype));
            storages[key] = storage;
            return storage;
        });
    const ValuePtr magic = machine.run();
    static const std::string kMagic("\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19",
                                    10); // 0x1950a86a20f9469cfc6c
    if (magic->kind != PyValue::Kind::Object || magic->text != kMagic)
        throw ParseError("not a PyTorch file (neither a zip archive nor the legacy format)");
    const ValuePtr protocol = machine.run();
    if (protocol->kind != PyValue::Kind::Int || protocol->integer != 1001)
        throw ParseError("unsupported legacy protocol version");
    const ValuePtr systemInfo = machine.run();
    for (const auto& [key, value] : systemInfo->entries)
        if (key->kind == PyValue::Kind::String && key->text == "little_endian" &&
            value->kind == PyValue::Kind::Bool && value->integer == 0)
            throw ParseError("the file was written big-endian; only little-endian is supported");
    const ValuePtr root = machine.run();
    const ValuePtr keys = machine.run();
    if (keys->kind != PyValue::Kind::List)
        throw ParseError("the storage key list is missing");
    std::size_t pos = machine.position();
    for (const auto& key : keys->items) {
        const auto found =
            key->kind == PyValue::Kind::String ? storages.find(key->text) : storages.end();
        if (found == storages.end())
            throw ParseError("storage key list names an unknown storage");
        int64_t numel = 0;
        if (bytes.size() - pos < sizeof(numel))
            throw ParseError("the file ends inside the storage data");
        std::memcpy(&numel, bytes.data() + pos, sizeof(numel));
        pos += sizeof(numel);
        at::Tensor& storage = found->second;
        const std::size_t count =
            static_cast<std::size_t>(storage.numel()) * storage.element_size();
        if (numel != storage.numel() || bytes.size() - pos < count)
            throw ParseError("storage " + key->text + " has the wrong size");
        if (count > 0)
            std::memcpy(storage.data_ptr(), bytes.data() + pos, count);
        pos += count;
    }
    return root;
}

} // namespace

NamedTensors readTorchStateDict(const std::filesystem::path& file)
{
    bool zip = false;
    {
        std::ifstream in(file, std::ios::binary);
        if (!in)
            throw FileError(file, "cannot open the file");
        char magic[2] = {0, 0};
        in.read(magic, 2);
        zip = magic[0] == 'P' && magic[1] == 'K';
        if (!zip && static_cast<unsigned char>(magic[0]) != 0x80)
            throw FileError(
                file, "not a PyTorch file (a torch.save zip archive or legacy pickle expected)");
    }
    try {
        const ValuePtr root = zip ? readZipArchive(file) : readLegacyFile(file);
        if (root->kind != PyValue::Kind::Dict)
            throw FileError(file, "the saved object is not a dict of tensors (a state_dict)");
        NamedTensors tensors = tensorsOf(*root);
        if (tensors.empty())
            for (const auto& [key, value] : root->entries)
                if (key->kind == PyValue::Kind::String && value->kind == PyValue::Kind::Dict &&
                    (key->text == "state_dict" || key->text == "model" ||
                     key->text == "model_state_dict"))
                    return tensorsOf(*value);
        return tensors;
    } catch (const ParseError& error) {
        throw FileError(file, std::string("cannot read the pickled state_dict: ") + error.what());
    } catch (const c10::Error& error) {
        throw FileError(file, std::string("cannot read the PyTorch archive: ") +
                                  error.what_without_backtrace());
    } catch (const std::invalid_argument&) {
        throw FileError(file, "cannot read the pickled state_dict: malformed number");
    } catch (const std::out_of_range&) {
        throw FileError(file, "cannot read the pickled state_dict: number out of range");
    }
}

} // namespace kps

namespace kps {

namespace {

std::string shapeText(const at::Tensor& tensor)
{
    std::ostringstream text;
    text << tensor.sizes();
    return text.str();
}

void appendList(std::string& message, const std::vector<std::string>& names, const char* what)
{
    if (names.empty())
        return;
    constexpr std::size_t shown = 5;
    message += message.empty() ? "" : "; ";
    message += std::to_string(names.size()) + " " + what + ": ";
    for (std::size_t i = 0; i < names.size() && i < shown; ++i)
        message += (i ? ", " : "") + names[i];
    if (names.size() > shown)
        message += ", ... (" + std::to_string(names.size() - shown) + " more)";
}

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

void assignStateDict(const NamedTensors& destination, const NamedTensors& source,
                     const std::filesystem::path& file, const std::string& what)
{
    std::map<std::string, const at::Tensor*> sourceByName;
    for (const auto& [name, tensor] : source)
        sourceByName[name] = &tensor;
    std::map<std::string, bool> destinationNames;
    for (const auto& item : destination)
        destinationNames[item.first] = true;

    std::vector<std::string> missing, unexpected, wrongShape;
    for (const auto& [name, tensor] : destination) {
        const auto found = sourceByName.find(name);
        if (found == sourceByName.end()) {
            if (!endsWith(name, "num_batches_tracked"))
                missing.push_back(name);
        } else if (found->second->sizes() != tensor.sizes()) {
            wrongShape.push_back(name + " (file " + shapeText(*found->second) + ", expected " +
                                 shapeText(tensor) + ")");
        }
    }
    for (const auto& item : source)
        if (!destinationNames.count(item.first))
            unexpected.push_back(item.first);

    std::string problems;
    appendList(problems, missing, "missing");
    appendList(problems, unexpected, "unexpected");
    appendList(problems, wrongShape, "wrongly shaped");
    if (!problems.empty())
        throw FileError(file, "does not match " + what + ": " + problems);

    at::NoGradGuard noGrad;
    for (const auto& [name, tensor] : destination) {
        const auto found = sourceByName.find(name);
        if (found != sourceByName.end()) {
            at::Tensor target = tensor; // shares storage with the module's tensor
            target.copy_(*found->second);
        }
    }
}

} // namespace kps
