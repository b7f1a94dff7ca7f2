#include "onnx_export.h"

#include "atomic_file.h"
#include "file_error.h"
#include "letterbox_crop.h"

#include <ATen/ATen.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/utils.h>
#include <torch/version.h>

#include <onnx/checker.h>
#include <onnx/defs/schema.h>
#include <onnx/onnx_pb.h>
#include <onnx/shape_inference/implementation.h>

#include <cmath>
#include <optional>
#include <sstream>

namespace kps {

namespace {

// LibTorch 1.13 keeps module options in c10::variant; 2.x uses std::variant.
template <typename T, typename Variant> const T* variantGetIf(const Variant* v)
{
#if TORCH_VERSION_MAJOR >= 2
    return std::get_if<T>(v);
#else
    return c10::get_if<T>(v);
#endif
}

constexpr const char* kFormatKey = "keypoint_studio.format";
constexpr const char* kFormatValue = "keypoint-studio-onnx 1";

// IR version that goes with each opset (the oldest that defines it), so older runtimes load it.
int irVersionFor(int opset)
{
    return opset <= 11 ? 6 : (opset <= 14 ? 7 : 8);
}

// Appends nodes and initializers to one GraphProto; names are unique by construction (module
// paths plus a suffix), so the graph reads like the module tree in Netron.
class GraphWriter
{
public:
    explicit GraphWriter(onnx::GraphProto& graph) : m_graph(graph) {}

    std::string floatInitializer(const std::string& name, const at::Tensor& values)
    {
        const at::Tensor t = values.detach().to(at::kCPU, at::kFloat).contiguous();
        onnx::TensorProto* tensor = m_graph.add_initializer();
        tensor->set_name(name);
        tensor->set_data_type(onnx::TensorProto::FLOAT);
        for (const int64_t d : t.sizes())
            tensor->add_dims(d);
        tensor->set_raw_data(t.data_ptr<float>(), static_cast<std::size_t>(t.numel()) * 4);
        return name;
    }

    std::string int64Initializer(const std::string& name, const std::vector<int64_t>& values)
    {
        onnx::TensorProto* tensor = m_graph.add_initializer();
        tensor->set_name(name);
        tensor->set_data_type(onnx::TensorProto::INT64);
        tensor->add_dims(static_cast<int64_t>(values.size()));
        for (const int64_t v : values)
            tensor->add_int64_data(v);
        return name;
    }

    onnx::NodeProto& node(const std::string& op, const std::vector<std::string>& inputs,
                          const std::string& output)
    {
        onnx::NodeProto* n = m_graph.add_node();
        n->set_op_type(op);
        n->set_name(output);
        for (const auto& input : inputs)
            n->add_input(input);
        n->add_output(output);
        return *n;
    }

    static void attribute(onnx::NodeProto& n, const std::string& name, int64_t value)
    {
        auto* a = n.add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INT);
        a->set_i(value);
    }
    static void attribute(onnx::NodeProto& n, const std::string& name, float value)
    {
        auto* a = n.add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::FLOAT);
        a->set_f(value);
    }
    static void attribute(onnx::NodeProto& n, const std::string& name, const std::string& value)
    {
        auto* a = n.add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::STRING);
        a->set_s(value);
    }
    static void attribute(onnx::NodeProto& n, const std::string& name,
                          const std::vector<int64_t>& values)
    {
        auto* a = n.add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INTS);
        for (const int64_t v : values)
            a->add_ints(v);
    }

private:
    onnx::GraphProto& m_graph;
};

// Builds the graph by walking the model's modules by their state-dict names (the weights-file
// contract), reading each convolution's geometry from its options rather than assuming it.
class KeypointGraphBuilder
{
public:
    KeypointGraphBuilder(KeypointModel& model, GraphWriter& writer) : m_writer(writer)
    {
        for (const auto& item : model->named_modules("", /*include_self=*/false))
            m_modules.emplace(item.key(), item.value());
    }

    // Raw 0-255 RGB -> what the network was trained on, as one 1x1 convolution (exact: a single
    // non-zero weight per output channel; no padding involved). Caffe mode also swaps R and B.
    std::string normalisation(const std::string& input, InputNormalisation normalisation)
    {
        at::Tensor weight = at::zeros({3, 3, 1, 1}, at::kDouble);
        at::Tensor bias = at::zeros({3}, at::kDouble);
        if (normalisation == InputNormalisation::Torchvision) {
            const double mean[3] = {0.485, 0.456, 0.406}, stdDev[3] = {0.229, 0.224, 0.225};
            for (int c = 0; c < 3; ++c) {
                weight[c][c][0][0] = 1.0 / (255.0 * stdDev[c]);
                bias[c] = -mean[c] / stdDev[c];
            }
        } else {
            const double bgrMean[3] = {103.939, 116.779, 123.68};
            for (int c = 0; c < 3; ++c) {
                weight[c][2 - c][0][0] = 1.0; // output B,G,R from input R,G,B
                bias[c] = -bgrMean[c];
            }
        }
        const std::string name = "normalisation";
        auto& n = m_writer.node("Conv",
                                {input, m_writer.floatInitializer(name + ".weight", weight),
                                 m_writer.floatInitializer(name + ".bias", bias)},
                                name);
        GraphWriter::attribute(n, "kernel_shape", std::vector<int64_t>{1, 1});
        return name;
    }

    std::string backboneAndDecoder(const std::string& input)
    {
        const std::string c1 = relu(conv(input, "backbone.conv1", "backbone.bn1"));
        auto& pool = m_writer.node("MaxPool", {c1}, "backbone.maxpool");
        GraphWriter::attribute(pool, "kernel_shape", std::vector<int64_t>{3, 3});
        GraphWriter::attribute(pool, "strides", std::vector<int64_t>{2, 2});
        GraphWriter::attribute(pool, "pads", std::vector<int64_t>{1, 1, 1, 1});
        std::string x = "backbone.maxpool";
        std::array<std::string, 4> layers;
        for (int i = 0; i < 4; ++i) {
            const std::string layer = "backbone.layer" + std::to_string(i + 1);
            const auto& sequential = module<torch::nn::SequentialImpl>(layer);
            for (std::size_t b = 0; b < sequential.size(); ++b)
                x = residualBlock(x, layer + "." + std::to_string(b));
            layers[i] = x;
        }
        x = decoderStage(layers[3], layers[2], "decoder.d1");
        x = decoderStage(x, layers[1], "decoder.d2");
        x = decoderStage(x, layers[0], "decoder.d3");
        x = decoderStage(x, c1, "decoder.d4");
        return conv(x, "head", "");
    }

    std::string resize(const std::string& input, const std::string& name, float scale, bool nearest)
    {
        if (!m_roi)
            m_roi = m_writer.floatInitializer("resize.roi", at::zeros({0}, at::kFloat));
        const std::string scales =
            m_writer.floatInitializer(name + ".scales", at::tensor({1.0f, 1.0f, scale, scale}));
        auto& n = m_writer.node("Resize", {input, *m_roi, scales}, name);
        if (nearest) {
            // torch's "nearest": source index = floor(dst * in/out).
            GraphWriter::attribute(n, "mode", std::string("nearest"));
            GraphWriter::attribute(n, "coordinate_transformation_mode", std::string("asymmetric"));
            GraphWriter::attribute(n, "nearest_mode", std::string("floor"));
        } else {
            // torch's bilinear with align_corners=false (no antialiasing).
            GraphWriter::attribute(n, "mode", std::string("linear"));
            GraphWriter::attribute(n, "coordinate_transformation_mode", std::string("half_pixel"));
        }
        return name;
    }

private:
    template <typename T> T& module(const std::string& name) const
    {
        const auto found = m_modules.find(name);
        T* typed = found == m_modules.end() ? nullptr : found->second->as<T>();
        if (!typed)
            throw OnnxExportError("ONNX export: the model has no module \"" + name +
                                  "\" of the expected type; its structure is not one the exporter "
                                  "knows");
        return *typed;
    }
    bool has(const std::string& name) const { return m_modules.count(name) > 0; }

    std::string relu(const std::string& input)
    {
        m_writer.node("Relu", {input}, input + ".relu");
        return input + ".relu";
    }

    // Convolution, with the following BatchNorm folded in when bnName is given (exact in real
    // arithmetic: BN is affine per output channel and nothing lies between the two).
    std::string conv(const std::string& input, const std::string& convName,
                     const std::string& bnName)
    {
        auto& c = module<torch::nn::Conv2dImpl>(convName);
        const auto& options = c.options;
        if (!variantGetIf<torch::enumtype::kZeros>(&options.padding_mode()))
            throw OnnxExportError("ONNX export: " + convName +
                                  " pads with a mode other than zeros");
        const auto* padding = variantGetIf<torch::ExpandingArray<2>>(&options.padding());
        if (!padding)
            throw OnnxExportError("ONNX export: " + convName +
                                  " uses 'same'/'valid' padding, which the exporter does not map");
        torch::NoGradGuard noGrad;
        at::Tensor weight = c.weight.detach().to(at::kCPU, at::kDouble);
        const int64_t outChannels = weight.size(0);
        at::Tensor bias = c.bias.defined() ? c.bias.detach().to(at::kCPU, at::kDouble)
                                           : at::zeros({outChannels}, at::kDouble);
        if (!bnName.empty()) {
            auto& bn = module<torch::nn::BatchNorm2dImpl>(bnName);
            if (!bn.running_mean.defined() || !bn.running_var.defined())
                throw OnnxExportError("ONNX export: " + bnName + " has no running statistics");
            const at::Tensor mean = bn.running_mean.detach().to(at::kCPU, at::kDouble);
            const at::Tensor var = bn.running_var.detach().to(at::kCPU, at::kDouble);
            at::Tensor scale = at::rsqrt(var + bn.options.eps());
            at::Tensor shift = -mean * scale;
            if (bn.weight.defined()) {
                const at::Tensor gamma = bn.weight.detach().to(at::kCPU, at::kDouble);
                scale = scale * gamma;
                shift = shift * gamma;
            }
            if (bn.bias.defined())
                shift = shift + bn.bias.detach().to(at::kCPU, at::kDouble);
            weight = weight * scale.view({-1, 1, 1, 1});
            bias = bias * scale + shift;
        }
        const std::string output = convName;
        auto& n = m_writer.node("Conv",
                                {input, m_writer.floatInitializer(convName + ".weight", weight),
                                 m_writer.floatInitializer(convName + ".bias", bias)},
                                output);
        const auto& kernel = *options.kernel_size();
        const auto& stride = *options.stride();
        const auto& dilation = *options.dilation();
        const auto& pad = **padding;
        GraphWriter::attribute(n, "kernel_shape", std::vector<int64_t>{kernel[0], kernel[1]});
        GraphWriter::attribute(n, "strides", std::vector<int64_t>{stride[0], stride[1]});
        GraphWriter::attribute(n, "dilations", std::vector<int64_t>{dilation[0], dilation[1]});
        GraphWriter::attribute(n, "pads", std::vector<int64_t>{pad[0], pad[1], pad[0], pad[1]});
        GraphWriter::attribute(n, "group", static_cast<int64_t>(options.groups()));
        return output;
    }

    // BatchNorm after an activation cannot fold into the preceding convolution, nor exactly into
    // the next one (zero padding sees the un-normalised border): kept as its own node.
    std::string batchNorm(const std::string& input, const std::string& bnName)
    {
        auto& bn = module<torch::nn::BatchNorm2dImpl>(bnName);
        const int64_t channels = bn.running_mean.size(0);
        const at::Tensor gamma =
            bn.weight.defined() ? bn.weight : at::ones({channels}, bn.running_mean.options());
        const at::Tensor beta =
            bn.bias.defined() ? bn.bias : at::zeros({channels}, bn.running_mean.options());
        auto& n =
            m_writer.node("BatchNormalization",
                          {input, m_writer.floatInitializer(bnName + ".weight", gamma),
                           m_writer.floatInitializer(bnName + ".bias", beta),
                           m_writer.floatInitializer(bnName + ".running_mean", bn.running_mean),
                           m_writer.floatInitializer(bnName + ".running_var", bn.running_var)},
                          bnName);
        GraphWriter::attribute(n, "epsilon", static_cast<float>(bn.options.eps()));
        return bnName;
    }

    std::string add(const std::string& a, const std::string& b, const std::string& name)
    {
        m_writer.node("Add", {a, b}, name);
        return name;
    }

    // torchvision BasicBlock (conv1, conv2) or Bottleneck (conv1..conv3), optional downsample.
    std::string residualBlock(const std::string& input, const std::string& block)
    {
        const bool bottleneck = has(block + ".conv3");
        std::string out = relu(conv(input, block + ".conv1", block + ".bn1"));
        if (bottleneck) {
            out = relu(conv(out, block + ".conv2", block + ".bn2"));
            out = conv(out, block + ".conv3", block + ".bn3");
        } else {
            out = conv(out, block + ".conv2", block + ".bn2");
        }
        const std::string identity =
            has(block + ".downsample")
                ? conv(input, block + ".downsample.0", block + ".downsample.1")
                : input;
        return relu(add(out, identity, block + ".add"));
    }

    // bn2(relu(conv2(bn1(relu(conv1(concat[up2(previous), relu(skip(tap))]))))))
    std::string decoderStage(const std::string& previous, const std::string& tap,
                             const std::string& stage)
    {
        const std::string up = resize(previous, stage + ".up", 2.0f, /*nearest=*/true);
        const std::string skip = relu(conv(tap, stage + ".skip", ""));
        auto& cat = m_writer.node("Concat", {up, skip}, stage + ".concat");
        GraphWriter::attribute(cat, "axis", int64_t{1});
        std::string x =
            batchNorm(relu(conv(stage + ".concat", stage + ".conv1", "")), stage + ".bn1");
        return batchNorm(relu(conv(x, stage + ".conv2", "")), stage + ".bn2");
    }

    GraphWriter& m_writer;
    std::map<std::string, std::shared_ptr<torch::nn::Module>> m_modules;
    std::optional<std::string> m_roi;
};

void setTensorType(onnx::ValueInfoProto& value, const std::vector<int64_t>& dims, int batch)
{
    auto* type = value.mutable_type()->mutable_tensor_type();
    type->set_elem_type(onnx::TensorProto::FLOAT);
    auto* shape = type->mutable_shape();
    auto* first = shape->add_dim();
    if (batch > 0)
        first->set_dim_value(batch);
    else
        first->set_dim_param("N");
    for (const int64_t d : dims)
        shape->add_dim()->set_dim_value(d);
}

void addMetadata(onnx::ModelProto& model, const std::string& key, const std::string& value)
{
    auto* entry = model.add_metadata_props();
    entry->set_key(key);
    entry->set_value(value);
}

std::string cropGeometryJson(const PreprocessConfig& p)
{
    // A canvas-sized image is not padded, so its crop origin is the canvas crop origin.
    const LetterboxCrop crop(p, p.canvasWidth, p.canvasHeight);
    nlohmann::ordered_json json;
    json["canvas_width"] = p.canvasWidth;
    json["canvas_height"] = p.canvasHeight;
    json["crop_left"] = crop.cropLeft();
    json["crop_top"] = crop.cropTop();
    json["crop_width"] = p.cropWidth;
    json["crop_height"] = p.cropHeight;
    json["image_size"] = p.imageSize;
    json["heatmap_size"] = p.heatmapSize;
    json["interpolation"] = toString(p.interpolation);
    return json.dump();
}

std::string inputFormatText(const PreprocessConfig& p, bool inGraph)
{
    if (inGraph)
        return "float32 NCHW, RGB, raw 0-255 (normalisation is part of the graph)";
    if (p.normalisation == InputNormalisation::Torchvision)
        return "float32 NCHW, RGB/255 minus mean (0.485,0.456,0.406) divided by std "
               "(0.229,0.224,0.225)";
    return "float32 NCHW, BGR 0-255 minus mean (103.939,116.779,123.68)";
}

} // namespace

void OnnxExportOptions::validate() const
{
    if (opset < kOnnxMinOpset || opset > kOnnxMaxOpset)
        throw OnnxExportError("ONNX export: opset " + std::to_string(opset) +
                              " is not supported (supported: " + std::to_string(kOnnxMinOpset) +
                              ".." + std::to_string(kOnnxMaxOpset) +
                              "; Resize with coordinate_transformation_mode needs opset 11)");
    if (batch < 0)
        throw OnnxExportError("ONNX export: batch size must be positive or dynamic, got " +
                              std::to_string(batch));
    if (!heatmaps && !coordinates)
        throw OnnxExportError("ONNX export: no outputs selected (choose heatmaps and/or coords)");
}

void OnnxExportOptions::setOutputs(const std::string& commaSeparated)
{
    bool wantHeatmaps = false, wantCoordinates = false;
    std::stringstream stream(commaSeparated);
    std::string item;
    while (std::getline(stream, item, ',')) {
        if (item == "heatmaps")
            wantHeatmaps = true;
        else if (item == "coords")
            wantCoordinates = true;
        else
            throw OnnxExportError("ONNX export: unknown output \"" + item +
                                  "\" (known: heatmaps, coords)");
    }
    if (!wantHeatmaps && !wantCoordinates)
        throw OnnxExportError("ONNX export: no outputs selected (choose heatmaps and/or coords)");
    heatmaps = wantHeatmaps;
    coordinates = wantCoordinates;
}

std::string OnnxExportOptions::outputsText() const
{
    if (heatmaps && coordinates)
        return "heatmaps,coords";
    return heatmaps ? "heatmaps" : "coords";
}

std::string buildOnnxModel(KeypointModel& model, const OnnxExportOptions& options,
                           const std::string& weightsSha256)
{
    options.validate();
    const ModelConfig& config = model->config();
    const PreprocessConfig& p = config.preprocess;
    const int64_t image = p.imageSize, heat = p.heatmapSize, natural = p.imageSize / 2;
    const int64_t keypoints = config.keypointCount;

    onnx::ModelProto proto;
    proto.set_ir_version(irVersionFor(options.opset));
    proto.set_producer_name("Keypoint Studio");
    proto.set_producer_version(KPS_VERSION);
    proto.set_model_version(1);
    proto.set_doc_string("Keypoint heatmaps and SoftArgMax coordinates (" + config.preset + ", " +
                         config.backbone + ")");
    auto* opset = proto.add_opset_import();
    opset->set_domain("");
    opset->set_version(options.opset);

    onnx::GraphProto& graph = *proto.mutable_graph();
    graph.set_name("keypoint_model");
    GraphWriter writer(graph);
    KeypointGraphBuilder builder(model, writer);

    setTensorType(*graph.add_input(), {3, image, image}, options.batch);
    graph.mutable_input(0)->set_name("image");

    std::string x = "image";
    if (options.includeNormalisation)
        x = builder.normalisation(x, p.normalisation);
    std::string logits = builder.backboneAndDecoder(x);
    if (heat != natural) {
        // float(heat/natural) * natural must floor to heat, as ONNX computes the output size.
        float scale = static_cast<float>(static_cast<double>(heat) / static_cast<double>(natural));
        while (static_cast<int64_t>(std::floor(static_cast<double>(scale) * natural)) < heat)
            scale = std::nextafter(scale, 2.0f * scale);
        logits = builder.resize(logits, "head.resize", scale, /*nearest=*/false);
    }
    const std::string heatmaps = options.heatmaps ? "heatmaps" : "heatmaps.internal";
    writer.node("Sigmoid", {logits}, heatmaps);

    if (options.coordinates) {
        // SoftArgMax: softmax(beta*H) over each flattened map, then one MatMul with the
        // (HEAT*HEAT, 2) table of normalised (column, row) positions gives E[x], E[y].
        const std::string beta = writer.floatInitializer(
            "soft_argmax.beta", at::tensor({static_cast<float>(config.softArgMaxBeta)}));
        writer.node("Mul", {heatmaps, beta}, "soft_argmax.scaled");
        writer.node("Reshape",
                    {"soft_argmax.scaled", writer.int64Initializer("soft_argmax.flat_shape",
                                                                   {-1, keypoints, heat * heat})},
                    "soft_argmax.flat");
        auto& softmax = writer.node("Softmax", {"soft_argmax.flat"}, "soft_argmax.p");
        GraphWriter::attribute(softmax, "axis", int64_t{2});
        at::Tensor positions = at::empty({heat * heat, 2}, at::kDouble);
        const double denominator = static_cast<double>(std::max<int64_t>(heat - 1, 1));
        auto table = positions.accessor<double, 2>();
        for (int64_t i = 0; i < heat; ++i)
            for (int64_t j = 0; j < heat; ++j) {
                table[i * heat + j][0] = static_cast<double>(j) / denominator;
                table[i * heat + j][1] = static_cast<double>(i) / denominator;
            }
        writer.node("MatMul",
                    {"soft_argmax.p", writer.floatInitializer("soft_argmax.positions", positions)},
                    "coords");
    }

    if (options.heatmaps)
        setTensorType(*graph.add_output(), {keypoints, heat, heat}, options.batch);
    if (options.heatmaps)
        graph.mutable_output(graph.output_size() - 1)->set_name("heatmaps");
    if (options.coordinates) {
        setTensorType(*graph.add_output(), {keypoints, 2}, options.batch);
        graph.mutable_output(graph.output_size() - 1)->set_name("coords");
    }

    addMetadata(proto, kFormatKey, kFormatValue);
    addMetadata(proto, "model_config", config.toJson().dump());
    addMetadata(proto, "crop_geometry", cropGeometryJson(p));
    addMetadata(proto, "input_normalisation", toString(p.normalisation));
    addMetadata(proto, "normalisation_in_graph", options.includeNormalisation ? "true" : "false");
    addMetadata(proto, "input_format", inputFormatText(p, options.includeNormalisation));
    std::ostringstream beta;
    beta.precision(17);
    beta << config.softArgMaxBeta;
    addMetadata(proto, "soft_argmax_beta", beta.str());
    addMetadata(proto, "coords_convention",
                "normalised crop coordinates: x = sum p*j/(HEAT-1), y = sum p*i/(HEAT-1), "
                "p = softmax(beta*heatmap); IMG pixels = coords*IMG");
    addMetadata(proto, "outputs", options.outputsText());
    addMetadata(proto, "batch", options.batch > 0 ? std::to_string(options.batch) : "dynamic");
    addMetadata(proto, "weights_sha256", weightsSha256);

    try {
        onnx::checker::check_model(proto);
        onnx::shape_inference::InferShapes(proto, onnx::OpSchemaRegistry::Instance(),
                                           onnx::ShapeInferenceOptions(true, 1, false));
        onnx::checker::check_model(proto);
    } catch (const std::exception& error) {
        throw OnnxExportError(std::string("ONNX export: the graph failed onnx's checks (opset ") +
                              std::to_string(options.opset) + "): " + error.what());
    }
    std::string bytes;
    if (!proto.SerializeToString(&bytes))
        throw OnnxExportError("ONNX export: the model could not be serialised (over 2 GB?)");
    return bytes;
}

void writeOnnxFile(const std::filesystem::path& file, const std::string& bytes)
{
    writeFileAtomically(file, bytes);
}

OnnxModelInfo readOnnxModelInfo(const std::filesystem::path& file)
{
    const std::string bytes = readWholeFile(file);
    onnx::ModelProto proto;
    if (!proto.ParseFromString(bytes))
        throw FileError(file, "not an ONNX model (the protobuf does not parse)");
    OnnxModelInfo info;
    for (const auto& entry : proto.metadata_props())
        info.metadata[entry.key()] = entry.value();
    const auto format = info.metadata.find(kFormatKey);
    if (format == info.metadata.end() || format->second != kFormatValue)
        throw FileError(file, "not an ONNX model exported by Keypoint Studio (no \"" +
                                  std::string(kFormatKey) + "\" metadata)");
    for (const auto& opset : proto.opset_import())
        if (opset.domain().empty() || opset.domain() == "ai.onnx")
            info.opset = static_cast<int>(opset.version());
    try {
        info.config =
            ModelConfig::fromJson(nlohmann::ordered_json::parse(info.metadata["model_config"]));
        info.config.validate();
    } catch (const std::exception& error) {
        throw FileError(file, std::string("bad model_config metadata: ") + error.what());
    }
    info.weightsSha256 = info.metadata["weights_sha256"];
    info.includeNormalisation = info.metadata["normalisation_in_graph"] == "true";
    for (const auto& output : proto.graph().output()) {
        info.heatmaps = info.heatmaps || output.name() == "heatmaps";
        info.coordinates = info.coordinates || output.name() == "coords";
    }
    if (proto.graph().input_size() != 1 || proto.graph().input(0).name() != "image")
        throw FileError(file, "the graph's input is not `image`");
    const auto& firstDim = proto.graph().input(0).type().tensor_type().shape().dim(0);
    info.batch = firstDim.has_dim_value() ? static_cast<int>(firstDim.dim_value()) : 0;
    return info;
}

} // namespace kps
