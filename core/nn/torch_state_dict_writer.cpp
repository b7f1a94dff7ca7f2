#include "torch_state_dict_writer.h"

#include <ATen/ATen.h>
#include <caffe2/serialize/inline_container.h>

#include <cstring>
#include <limits>
#include <stdexcept>

namespace kps {

namespace {

const char* storageClass(at::ScalarType dtype)
{
    switch (dtype) {
    case at::kFloat:
        return "FloatStorage";
    case at::kDouble:
        return "DoubleStorage";
    case at::kHalf:
        return "HalfStorage";
    case at::kBFloat16:
        return "BFloat16Storage";
    case at::kLong:
        return "LongStorage";
    case at::kInt:
        return "IntStorage";
    case at::kShort:
        return "ShortStorage";
    case at::kChar:
        return "CharStorage";
    case at::kByte:
        return "ByteStorage";
    case at::kBool:
        return "BoolStorage";
    default:
        throw std::invalid_argument(std::string("torchSaveBytes: unsupported dtype ") +
                                    at::toString(dtype));
    }
}

// Emits pickle protocol 2 opcodes; only what a flat dict of tensors needs.
class PickleWriter
{
public:
    const std::string& bytes() const { return m_out; }

    void op(char opcode) { m_out.push_back(opcode); }
    void op(unsigned char opcode) { m_out.push_back(static_cast<char>(opcode)); }

    void string(const std::string& text)
    {
        op('X'); // BINUNICODE
        const auto length = static_cast<uint32_t>(text.size());
        little(length);
        m_out += text;
    }

    void integer(int64_t value)
    {
        if (value >= 0 && value < 256) {
            op('K');
            m_out.push_back(static_cast<char>(value));
        } else if (value >= 0 && value < 65536) {
            op('M');
            little(static_cast<uint16_t>(value));
        } else if (value >= std::numeric_limits<int32_t>::min() &&
                   value <= std::numeric_limits<int32_t>::max()) {
            op('J');
            little(static_cast<int32_t>(value));
        } else {
            op(static_cast<unsigned char>(0x8a)); // LONG1, 8 bytes two's complement
            m_out.push_back(8);
            little(value);
        }
    }

    void global(const char* module, const char* name)
    {
        op('c');
        m_out += module;
        m_out += '\n';
        m_out += name;
        m_out += '\n';
    }

    void intTuple(at::IntArrayRef values)
    {
        if (values.empty()) {
            op(')');
            return;
        }
        op('(');
        for (const int64_t v : values)
            integer(v);
        op('t');
    }

private:
    template <typename T> void little(T value)
    {
        char raw[sizeof(T)];
        std::memcpy(raw, &value, sizeof(T)); // x86/arm are little-endian, as pickle wants
        m_out.append(raw, sizeof(T));
    }

    std::string m_out;
};

} // namespace

std::string torchSaveBytes(const NamedTensors& tensors)
{
    std::vector<at::Tensor> storages;
    PickleWriter pickle;
    pickle.op(static_cast<unsigned char>(0x80)); // PROTO 2
    pickle.op(static_cast<unsigned char>(2));
    pickle.op('}'); // EMPTY_DICT
    pickle.op('('); // MARK
    for (const auto& [name, source] : tensors) {
        const at::Tensor tensor = source.detach().to(at::kCPU).contiguous();
        const std::string key = std::to_string(storages.size());
        storages.push_back(tensor);
        pickle.string(name);
        // torch._utils._rebuild_tensor_v2(storage, offset, size, stride, requires_grad, hooks)
        pickle.global("torch._utils", "_rebuild_tensor_v2");
        pickle.op('(');
        pickle.op('('); // persistent id ('storage', torch.XStorage, key, 'cpu', numel)
        pickle.string("storage");
        pickle.global("torch", storageClass(tensor.scalar_type()));
        pickle.string(key);
        pickle.string("cpu");
        pickle.integer(tensor.numel());
        pickle.op('t');
        pickle.op('Q'); // BINPERSID
        pickle.integer(0);
        pickle.intTuple(tensor.sizes());
        pickle.intTuple(tensor.strides());
        pickle.op(static_cast<unsigned char>(0x89)); // NEWFALSE: requires_grad
        pickle.global("collections", "OrderedDict"); // backward hooks: OrderedDict()
        pickle.op(')');
        pickle.op('R');
        pickle.op('t');
        pickle.op('R');
    }
    pickle.op('u'); // SETITEMS
    pickle.op('.'); // STOP

    std::string archive;
    {
        caffe2::serialize::PyTorchStreamWriter writer([&](const void* data, size_t size) -> size_t {
            archive.append(static_cast<const char*>(data), size);
            return size;
        });
        writer.writeRecord("data.pkl", pickle.bytes().data(), pickle.bytes().size());
        static const char kLittle[] = "little";
        writer.writeRecord("byteorder", kLittle, sizeof(kLittle) - 1);
        for (std::size_t i = 0; i < storages.size(); ++i)
            writer.writeRecord("data/" + std::to_string(i), storages[i].data_ptr(),
                               static_cast<std::size_t>(storages[i].numel()) *
                                   storages[i].element_size());
        writer.writeEndOfFile();
    }
    return archive;
}

} // namespace kps
