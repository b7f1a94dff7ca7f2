// The keypoint model: SoftArgMax and loss against hand-computed values, architecture (shapes,
// state-dict names, torchvision parity), backbone freezing, the weights file (round trip and
// Python torch.load parity) and the torchvision import on real torchvision files.

#include <torch/csrc/jit/serialization/pickle.h>
#include <torch/torch.h>

#include "file_error.h"
#include "keypoint_loss.h"
#include "keypoint_model.h"
#include "model_config.h"
#include "torch_state_dict_reader.h"
#include "torchvision_import.h"
#include "weights_file.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>

using namespace kps;

namespace {

// A fixed, non-trivial input shared with the Python parity scripts: sin(0, 1, 2, ...).
at::Tensor parityInput(int64_t size)
{
    return torch::sin(torch::arange(3 * size * size, torch::kFloat)).reshape({1, 3, size, size});
}

double tensorSum(const at::Tensor& tensor)
{
    return tensor.to(torch::kDouble).sum().item<double>();
}

bool closeRelative(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance * std::max({1.0, std::abs(a), std::abs(b)});
}

std::map<std::string, at::Tensor>
byName(const std::vector<std::pair<std::string, at::Tensor>>& tensors)
{
    std::map<std::string, at::Tensor> map;
    for (const auto& [name, tensor] : tensors)
        map[name] = tensor;
    return map;
}

std::string errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const FileError& error) {
        return error.what();
    }
    return {};
}

// Writes torchvision ResNets (random init, no download) exactly as torchvision ships them:
// torch.save(model.state_dict()) = an OrderedDict with _metadata. BatchNorm statistics and
// affine terms are randomised so an import that skipped buffers would be caught. Prints, as JSON,
// every tensor's sum and the sums of the taps c1, l1..l4 on parityInput() in eval mode.
const char* kMakeTorchvisionFiles = R"PY(
import json, sys, collections, torch, torchvision
out_dir = sys.argv[1]
torch.manual_seed(0)
report = {}
def taps(m, x):
    m.eval()
    with torch.no_grad():
        c1 = m.relu(m.bn1(m.conv1(x)))
        l1 = m.layer1(m.maxpool(c1)); l2 = m.layer2(l1); l3 = m.layer3(l2); l4 = m.layer4(l3)
    return [float(t.double().sum()) for t in (c1, l1, l2, l3, l4)]
x = torch.sin(torch.arange(3 * 128 * 128, dtype=torch.float32)).reshape(1, 3, 128, 128)
for name in ("resnet18", "resnet50"):
    m = getattr(torchvision.models, name)()
    for mod in m.modules():
        if isinstance(mod, torch.nn.BatchNorm2d):
            mod.running_mean.uniform_(-0.2, 0.2); mod.running_var.uniform_(0.5, 1.5)
            mod.weight.data.uniform_(0.5, 1.5); mod.bias.data.uniform_(-0.1, 0.1)
            mod.num_batches_tracked.fill_(7)
    sd = m.state_dict()
    assert isinstance(sd, collections.OrderedDict) and hasattr(sd, "_metadata")
    torch.save(sd, f"{out_dir}/{name}.pth")
    report[name] = {"sums": {k: float(v.double().sum()) for k, v in sd.items()},
                    "taps": taps(m, x)}
    if name == "resnet18":
        renamed = collections.OrderedDict((k.replace("layer1.0.conv1.", "layer1.0.convX."), v) for k, v in sd.items())
        renamed._metadata = sd._metadata
        torch.save(renamed, f"{out_dir}/resnet18_renamed.pth")
        old = collections.OrderedDict((k, v) for k, v in sd.items() if not k.endswith("num_batches_tracked"))
        old._metadata = sd._metadata
        torch.save(old, f"{out_dir}/resnet18_no_nbt.pth")
        torch.save(sd, f"{out_dir}/resnet18_legacy.pth", _use_new_zipfile_serialization=False)
print(json.dumps(report))
)PY";

// Opens a Keypoint Studio weights file the way a Python user would and reports what it sees.
const char* kReadWeightsFile = R"PY(
import collections, json, sys, torch, torchvision
d = torch.load(sys.argv[1], map_location="cpu", weights_only=True)  # the safe loader accepts it
torch.save(collections.OrderedDict(d), sys.argv[2])  # as a user editing the file in Python would
text = lambda t: bytes(t.tolist()).decode("utf-8")
weights = {k: v for k, v in d.items() if not k.startswith("__")}
m = torchvision.models.resnet18()
res = m.load_state_dict({k[len("backbone."):]: v for k, v in weights.items() if k.startswith("backbone.")}, strict=False)
print(json.dumps({
    "type": type(d).__name__,
    "keys": [[k, list(v.shape), str(v.dtype)] for k, v in d.items()],
    "config": json.loads(text(d["__config__"])),
    "metadata": json.loads(text(d["__metadata__"])),
    "format": json.loads(text(d["__format__"])),
    "sums": {k: float(v.double().sum()) for k, v in weights.items()},
    "torchvision_missing": res.missing_keys,
    "torchvision_unexpected": res.unexpected_keys,
}))
)PY";

} // namespace

class TestCoreModel : public QObject
{
    Q_OBJECT

private:
    bool m_havePythonTorch = false;
    QTemporaryDir m_dir;
    QJsonObject m_torchvisionReport; // from kMakeTorchvisionFiles

    QByteArray runPython(const char* script, const QStringList& args)
    {
        QProcess process;
        process.start(QStringLiteral(KPS_PYTHON),
                      QStringList{QStringLiteral("-c"), QString::fromUtf8(script)} + args);
        if (!process.waitForFinished(180000))
            qFatal("python did not finish");
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            qWarning("python failed: %s", process.readAllStandardError().constData());
        return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
    }

    std::string path(const char* name) const
    {
        return m_dir.filePath(QString::fromUtf8(name)).toStdString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        torch::set_num_threads(2);
        torch::manual_seed(1);
        QVERIFY(m_dir.isValid());
        QProcess probe;
        probe.start(QStringLiteral(KPS_PYTHON),
                    {QStringLiteral("-c"), QStringLiteral("import torch, torchvision")});
        m_havePythonTorch = probe.waitForFinished(60000) &&
                            probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
        if (m_havePythonTorch) {
            const QByteArray json = runPython(kMakeTorchvisionFiles, {m_dir.path()});
            m_torchvisionReport = QJsonDocument::fromJson(json).object();
            QVERIFY2(!m_torchvisionReport.isEmpty(), "making torchvision files failed");
        }
    }

    // --- SoftArgMax -------------------------------------------------------------------------

    void softArgMaxHandMade()
    {
        // Channel 0 flat: uniform p, so x = y = mean index / (side-1) = 0.5.
        // Channel 1: 1 at (i=0, j=2), 0 elsewhere, beta 15: peak weight e^15/(e^15+8).
        at::Tensor maps = torch::zeros({1, 2, 3, 3});
        maps[0][1][0][2] = 1.0;
        const at::Tensor xy = softArgMax(maps, 15.0);
        QCOMPARE(xy.sizes(), (at::IntArrayRef{1, 2, 2}));
        const double e = std::exp(15.0);
        // Other cells: j sum = (0+1) + (0+1+2)*2 = 7, i sum = 0*2 + 1*3 + 2*3 = 9.
        const double x1 = (2.0 * e + 7.0) / (e + 8.0) / 2.0;
        const double y1 = 9.0 / (e + 8.0) / 2.0;
        QVERIFY(std::abs(xy[0][0][0].item<double>() - 0.5) < 1e-6);
        QVERIFY(std::abs(xy[0][0][1].item<double>() - 0.5) < 1e-6);
        QVERIFY(std::abs(xy[0][1][0].item<double>() - x1) < 1e-6);
        QVERIFY(std::abs(xy[0][1][1].item<double>() - y1) < 1e-6);

        // Non-square 2x4 map, beta = ln 3: values 1 at j=3 of both rows -> p = 3/(2*3+6) there,
        // 1/12 elsewhere; x = (3*3/12*2 + (0+1+2)/12*2) / 3 = (18+6)/12/3 = 2/3, y = 0.5.
        at::Tensor wide = torch::zeros({1, 1, 2, 4});
        wide[0][0][0][3] = 1.0;
        wide[0][0][1][3] = 1.0;
        const at::Tensor w = softArgMax(wide, std::log(3.0));
        QVERIFY(std::abs(w[0][0][0].item<double>() - 2.0 / 3.0) < 1e-6);
        QVERIFY(std::abs(w[0][0][1].item<double>() - 0.5) < 1e-6);
    }

    // --- Loss ---------------------------------------------------------------------------------

    void lossHandMade()
    {
        // (B=2,K=2,1x2 maps). Visible channels: (0,0) and (1,0); (0,1) and (1,1) have zero targets.
        ModelOutput out;
        out.heatmaps =
            torch::tensor({0.5f, 0.9f, 0.3f, 0.7f, 0.5f, 0.2f, 0.99f, 0.01f}).reshape({2, 2, 1, 2});
        const at::Tensor targetMaps =
            torch::tensor({1.0f, 0.0f, 0.0f, 0.0f, 0.5f, 0.0f, 0.0f, 0.0f}).reshape({2, 2, 1, 2});
        out.coordinates =
            torch::tensor({0.1f, 0.2f, 0.9f, 0.9f, 0.5f, 0.5f, 0.3f, 0.3f}).reshape({2, 2, 2});
        const at::Tensor targetXY =
            torch::tensor({0.3f, 0.5f, -1.0f, -1.0f, 0.5f, 0.4f, -1.0f, -1.0f}).reshape({2, 2, 2});

        // focal = a_t (1-p_t)^2 bce per pixel, by hand:
        const double px1 = 0.25 * 0.25 * -std::log(0.5);    // p .5, y 1
        const double px2 = 0.75 * 0.81 * -std::log(0.1);    // p .9, y 0
        const double px3 = 0.5 * 0.25 * -std::log(0.5);     // p .5, y .5 (p_t .5, a_t .5)
        const double px4 = 0.75 * 0.04 * -std::log(0.8);    // p .2, y 0
        const double focal = (px1 + px2 + px3 + px4) / 2.0; // two visible channels
        const double l1 = (0.2 + 0.3 + 0.0 + 0.1) / 4.0;    // four visible coordinates
        const LossParts loss = keypointLoss(out, targetMaps, targetXY);
        QVERIFY2(std::abs(loss.focal.item<double>() - focal) < 1e-5,
                 qPrintable(QString::number(loss.focal.item<double>()) + " vs " +
                            QString::number(focal)));
        QVERIFY(std::abs(loss.l1.item<double>() - l1) < 1e-6);
        QVERIFY(std::abs(loss.total.item<double>() - (focal + 5.0 * l1)) < 1e-5);
        QCOMPARE(loss.total.dim(), 0);

        // Other lambda / alpha / gamma are honoured: gamma 0, alpha .5 = half the plain BCE.
        const LossParts plain = keypointLoss(out, targetMaps, targetXY, 1.0, 0.5, 0.0);
        const double bce =
            (-std::log(0.5) - std::log(0.1) - std::log(0.5) - std::log(0.8)) * 0.5 / 2.0;
        QVERIFY(std::abs(plain.focal.item<double>() - bce) < 1e-5);
        QVERIFY(std::abs(plain.total.item<double>() - (bce + l1)) < 1e-5);
    }

    void lossAllInvisibleIsZeroAndFinite()
    {
        // Predictions at exactly 0 and 1 too: the clamp must keep the logs finite.
        at::Tensor maps = torch::rand({2, 3, 8, 8});
        maps.index_put_({0, 0, 0, 0}, 1.0);
        maps.index_put_({0, 0, 0, 1}, 0.0);
        maps.requires_grad_(true);
        ModelOutput out;
        out.heatmaps = maps;
        out.coordinates = softArgMax(maps, 15.0);
        const LossParts loss =
            keypointLoss(out, torch::zeros({2, 3, 8, 8}), torch::full({2, 3, 2}, -1.0));
        QCOMPARE(loss.total.item<double>(), 0.0);
        QCOMPARE(loss.focal.item<double>(), 0.0);
        QCOMPARE(loss.l1.item<double>(), 0.0);
        loss.total.backward();
        QVERIFY(maps.grad().defined());
        QVERIFY(torch::isfinite(maps.grad()).all().item<bool>());
        QCOMPARE(maps.grad().abs().sum().item<double>(), 0.0);

        // One visible keypoint with saturated predictions: still finite.
        at::Tensor target = torch::zeros({2, 3, 8, 8});
        target.index_put_({0, 0, 0, 0}, 1.0);
        at::Tensor xy = torch::full({2, 3, 2}, -1.0);
        xy.index_put_({0, 0}, torch::tensor({0.0f, 0.0f}));
        const LossParts some = keypointLoss(out, target, xy);
        QVERIFY(std::isfinite(some.total.item<double>()));
        QVERIFY(some.total.item<double>() > 0.0);
    }

    // --- Architecture -------------------------------------------------------------------------

    void forwardShapesAndNames_data()
    {
        QTest::addColumn<QString>("backbone");
        QTest::addColumn<int>("f0");
        QTest::addColumn<qlonglong>("backboneParameters"); // torchvision's count minus fc
        QTest::addColumn<qlonglong>("l3Channels");
        QTest::newRow("resnet18 (small)") << "resnet18" << 256 << 11176512LL << 256LL;
        QTest::newRow("resnet34 (small widths)") << "resnet34" << 256 << 21284672LL << 256LL;
        QTest::newRow("resnet50 (seed)") << "resnet50" << 1024 << 23508032LL << 1024LL;
    }

    void forwardShapesAndNames()
    {
        QFETCH(QString, backbone);
        QFETCH(int, f0);
        QFETCH(qlonglong, backboneParameters);
        QFETCH(qlonglong, l3Channels);
        ModelConfig config = ModelConfig::fromPreset(backbone == "resnet50" ? "seed" : "small", 5);
        config.backbone = backbone.toStdString();
        QCOMPARE(config.decoderWidths.front(), f0);
        KeypointModel model(config);
        model->eval();
        ModelOutput out;
        {
            torch::NoGradGuard noGrad;
            out = model->forward(torch::randn({1, 3, 128, 128}));
        }
        QCOMPARE(out.heatmaps.sizes(), (at::IntArrayRef{1, 5, 64, 64}));
        QCOMPARE(out.coordinates.sizes(), (at::IntArrayRef{1, 5, 2}));
        QVERIFY(out.heatmaps.min().item<float>() >= 0.0f &&
                out.heatmaps.max().item<float>() <= 1.0f);
        QVERIFY(out.coordinates.min().item<float>() >= 0.0f &&
                out.coordinates.max().item<float>() <= 1.0f);

        int64_t count = 0;
        for (const auto& p : model->backbone()->parameters())
            count += p.numel();
        QCOMPARE(static_cast<qlonglong>(count), backboneParameters);

        const auto state = byName(modelStateDict(*model));
        const auto f = config.decoderWidths;
        const std::map<std::string, std::vector<int64_t>> expected{
            {"backbone.conv1.weight", {64, 3, 7, 7}},
            {"backbone.bn1.running_mean", {64}},
            {"backbone.bn1.num_batches_tracked", {}},
            {"backbone.layer1.0.conv1.weight", backbone == "resnet50"
                                                   ? std::vector<int64_t>{64, 64, 1, 1}
                                                   : std::vector<int64_t>{64, 64, 3, 3}},
            {"backbone.layer2.0.downsample.0.weight",
             {backbone == "resnet50" ? 512 : 128, backbone == "resnet50" ? 256 : 64, 1, 1}},
            {"backbone.layer2.0.downsample.1.running_var", {backbone == "resnet50" ? 512 : 128}},
            {"backbone.layer4.1.bn2.weight", {512}},
            {"decoder.d1.skip.weight", {f[0] / 2, l3Channels, 1, 1}},
            {"decoder.d1.skip.bias", {f[0] / 2}},
            {"decoder.d1.conv1.weight",
             {f[0], (backbone == "resnet50" ? 2048 : 512) + f[0] / 2, 3, 3}},
            {"decoder.d1.bn1.running_mean", {f[0]}},
            {"decoder.d2.conv2.weight", {f[1], f[1], 3, 3}},
            {"decoder.d3.skip.weight", {f[2] / 2, backbone == "resnet50" ? 256 : 64, 1, 1}},
            {"decoder.d4.skip.weight", {f[3] / 2, 64, 1, 1}},
            {"decoder.d4.conv1.weight", {f[3], f[2] + f[3] / 2, 3, 3}},
            {"decoder.d4.conv2.weight", {f[4], f[3], 3, 3}},
            {"decoder.d4.bn2.running_var", {f[4]}},
            {"head.weight", {5, f[4], 1, 1}},
            {"head.bias", {5}},
        };
        for (const auto& [name, shape] : expected) {
            QVERIFY2(state.count(name), name.c_str());
            QVERIFY2(state.at(name).sizes() == at::IntArrayRef(shape), name.c_str());
        }
        if (backbone == "resnet50")
            QVERIFY(state.count("backbone.layer1.0.downsample.0.weight") &&
                    state.count("backbone.layer4.2.conv3.weight"));
        for (const auto& [name, tensor] : state) {
            QVERIFY2(name.rfind("backbone.", 0) == 0 || name.rfind("decoder.d", 0) == 0 ||
                         name.rfind("head.", 0) == 0,
                     name.c_str());
            QVERIFY2(name.find("fc.") == std::string::npos, name.c_str());
        }
        // Decoder BatchNorm: Keras defaults.
        for (const auto& item : model->named_modules()) {
            if (item.key().rfind("decoder.", 0) != 0)
                continue;
            if (const auto* bn = item.value()->as<torch::nn::BatchNorm2d>()) {
                QCOMPARE(bn->options.eps(), 1e-3);
                QCOMPARE(bn->options.momentum().value(), 0.01);
            }
        }
    }

    void otherSizes()
    {
        // A heatmap size other than IMG/2 is produced by resizing the head's output.
        ModelConfig config = ModelConfig::fromPreset("tiny", 2);
        config.preprocess.heatmapSize = 32;
        KeypointModel model(config);
        torch::NoGradGuard noGrad;
        QCOMPARE(model->forward(torch::randn({1, 3, 128, 128})).heatmaps.sizes(),
                 (at::IntArrayRef{1, 2, 32, 32}));
        config.preprocess.heatmapSize = 64;
        config.preprocess.imageSize = 100;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, KeypointModel{config});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ModelConfig::fromPreset("huge", 2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 model->forward(torch::randn({1, 3, 64, 64})));
        // Config JSON round trip.
        const ModelConfig seed = ModelConfig::fromPreset("seed", 11);
        QCOMPARE(seed.backbone, std::string("resnet50"));
        QCOMPARE(seed.decoderWidths, (std::vector<int>{1024, 512, 256, 128, 64}));
        QCOMPARE(ModelConfig::fromJson(seed.toJson()).toJson(), seed.toJson());
    }

    void cropsToInputNormalises()
    {
        // One pixel B=10, G=20, R=30.
        at::Tensor crop = torch::tensor({10, 20, 30}, torch::kUInt8).reshape({1, 1, 1, 3});
        const at::Tensor tv = cropsToInput(crop, InputNormalisation::Torchvision);
        QCOMPARE(tv.sizes(), (at::IntArrayRef{1, 3, 1, 1}));
        QVERIFY(std::abs(tv[0][0][0][0].item<double>() - (30 / 255.0 - 0.485) / 0.229) <
                1e-5); // R first
        QVERIFY(std::abs(tv[0][2][0][0].item<double>() - (10 / 255.0 - 0.406) / 0.225) < 1e-5);
        const at::Tensor caffe = cropsToInput(crop, InputNormalisation::Caffe);
        QVERIFY(std::abs(caffe[0][0][0][0].item<double>() - (10 - 103.939)) < 1e-4); // B first
        QVERIFY(std::abs(caffe[0][2][0][0].item<double>() - (30 - 123.68)) < 1e-4);
    }

    // --- Freezing -----------------------------------------------------------------------------

    void frozenBackboneStaysBitIdentical()
    {
        KeypointModel model(ModelConfig::fromPreset("tiny", 2));
        model->setBackboneFrozen(true);
        model->train();
        QVERIFY(model->is_training());
        QVERIFY(!model->backbone()->is_training());
        for (const auto& item : model->backbone()->named_modules())
            QVERIFY2(!item.value()->is_training(), item.key().c_str());

        std::map<std::string, at::Tensor> before;
        for (const auto& [name, tensor] : modelStateDict(*model))
            before[name] = tensor.detach().clone();
        const auto trainable = model->trainableParameters();
        int64_t trainableCount = 0, expectedCount = 0;
        for (const auto& p : trainable)
            trainableCount += p.numel();
        for (const auto& item : model->named_parameters())
            if (item.key().rfind("backbone.", 0) != 0)
                expectedCount += item.value().numel();
        QCOMPARE(trainableCount, expectedCount);

        torch::optim::Adam optimizer(trainable, torch::optim::AdamOptions(1e-2));
        const at::Tensor xy =
            torch::tensor({0.25f, 0.5f, -1.0f, -1.0f, 0.7f, 0.1f, 0.5f, 0.5f}).reshape({2, 2, 2});
        const at::Tensor maps = torch::rand({2, 2, 64, 64}) *
                                (xy.select(2, 0) >= 0).to(torch::kFloat).view({2, 2, 1, 1});
        for (int step = 0; step < 3; ++step) {
            optimizer.zero_grad();
            const LossParts loss =
                keypointLoss(model->forward(torch::randn({2, 3, 128, 128})), maps, xy);
            loss.total.backward();
            optimizer.step();
            model->train(); // as a training loop would after an eval pass
        }
        for (const auto& [name, tensor] : modelStateDict(*model)) {
            const bool isBackbone = name.rfind("backbone.", 0) == 0;
            if (isBackbone)
                QVERIFY2(torch::equal(tensor, before[name]), name.c_str());
        }
        const auto after = byName(modelStateDict(*model));
        QVERIFY(
            !torch::equal(after.at("decoder.d1.conv1.weight"), before["decoder.d1.conv1.weight"]));
        QVERIFY(!torch::equal(after.at("head.weight"), before["head.weight"]));
        QVERIFY(!torch::equal(after.at("decoder.d2.bn1.running_mean"),
                              before["decoder.d2.bn1.running_mean"]));
        QCOMPARE(after.at("decoder.d2.bn1.num_batches_tracked").item<int64_t>(), int64_t(3));
        QCOMPARE(after.at("backbone.bn1.num_batches_tracked").item<int64_t>(), int64_t(0));

        model->setBackboneFrozen(false);
        QVERIFY(model->backbone()->is_training());
        QVERIFY(model->backbone()->parameters().front().requires_grad());
        QCOMPARE(model->trainableParameters().size(), model->parameters().size());
    }

    // --- Weights file -------------------------------------------------------------------------

    void weightsRoundTrip()
    {
        KeypointModel model(ModelConfig::fromPreset("tiny", 3));
        {
            torch::NoGradGuard noGrad; // non-default statistics, so buffers are really compared
            for (auto& buffer : model->buffers())
                if (buffer.is_floating_point())
                    buffer.uniform_(0.5, 1.5);
                else
                    buffer.fill_(5);
        }
        model->eval();
        const std::string file = path("round_trip.pt");
        const nlohmann::ordered_json metadata{{"epoch", 7}, {"val_loss", 0.125}};
        saveWeights(file, model, metadata);
        LoadedModel loaded = loadWeights(file, torch::kCPU);
        QCOMPARE(loaded.config.toJson(), model->config().toJson());
        QCOMPARE(loaded.metadata, metadata);
        QVERIFY(!loaded.model->is_training());
        const auto original = modelStateDict(*model);
        const auto copy = byName(modelStateDict(*loaded.model));
        QCOMPARE(copy.size(), original.size());
        for (const auto& [name, tensor] : original)
            QVERIFY2(torch::equal(tensor, copy.at(name)), name.c_str());
        const at::Tensor input = torch::randn({2, 3, 128, 128});
        torch::NoGradGuard noGrad;
        KeypointModel loadedModel = loaded.model;
        QVERIFY(torch::equal(model->forward(input).heatmaps, loadedModel->forward(input).heatmaps));

        // Only the file itself in the folder: the atomic write left no temporary behind.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("round_trip*")}, QDir::Files).size(),
                 1);
    }

    void weightsErrors()
    {
        // A file whose config disagrees with its tensors (K=4 declared, head has 3).
        KeypointModel model(ModelConfig::fromPreset("tiny", 3));
        c10::Dict<std::string, at::Tensor> dict;
        for (const auto& [name, tensor] : modelStateDict(*model))
            dict.insert(name, tensor.detach());
        const std::string config = ModelConfig::fromPreset("tiny", 4).toJson().dump();
        dict.insert("__config__", torch::from_blob(const_cast<char*>(config.data()),
                                                   {int64_t(config.size())}, torch::kUInt8)
                                      .clone());
        const std::vector<char> bytes = torch::jit::pickle_save(dict);
        const std::string mismatched = path("mismatched.pt");
        {
            QFile out(QString::fromStdString(mismatched));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes.data(), static_cast<qint64>(bytes.size()));
        }
        const std::string message = errorOf([&] { loadWeights(mismatched, torch::kCPU); });
        QVERIFY2(message.find("head.weight") != std::string::npos &&
                     message.find("wrongly shaped") != std::string::npos,
                 message.c_str());
        QVERIFY(message.find(mismatched) != std::string::npos);

        const std::string garbage = path("garbage.pt");
        {
            QFile out(QString::fromStdString(garbage));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("not a model");
        }
        QVERIFY(!errorOf([&] { loadWeights(garbage, torch::kCPU); }).empty());
        QVERIFY(!errorOf([&] { loadWeights(path("does_not_exist.pt"), torch::kCPU); }).empty());
        if (m_havePythonTorch) {
            const std::string notOurs =
                errorOf([&] { loadWeights(path("resnet18.pth"), torch::kCPU); });
            QVERIFY2(notOurs.find("__config__") != std::string::npos, notOurs.c_str());
        }
    }

    void weightsReadableFromPython()
    {
        if (!m_havePythonTorch)
            QSKIP("KPS_PYTHON has no torch/torchvision: Python parity not checked");
        KeypointModel model(ModelConfig::fromPreset("tiny", 3));
        const std::string file = path("python.pt");
        const nlohmann::ordered_json metadata{{"epoch", 2}, {"note", "d\u00e9j\u00e0 vu"}};
        saveWeights(file, model, metadata);
        const std::string resaved = path("python_resaved.pt");
        const QJsonObject seen =
            QJsonDocument::fromJson(runPython(kReadWeightsFile, {QString::fromStdString(file),
                                                                 QString::fromStdString(resaved)}))
                .object();
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.value("type").toString(), QStringLiteral("dict"));

        const auto state = modelStateDict(*model);
        const QJsonArray keys = seen.value("keys").toArray();
        QCOMPARE(keys.size(), static_cast<int>(state.size()) + 3);
        for (std::size_t i = 0; i < state.size(); ++i) {
            const QJsonArray entry = keys.at(static_cast<int>(i)).toArray();
            QCOMPARE(entry.at(0).toString().toStdString(),
                     state[i].first); // same names, same order
            QJsonArray shape;
            for (const int64_t dim : state[i].second.sizes())
                shape.append(static_cast<qint64>(dim));
            QCOMPARE(entry.at(1).toArray(), shape);
            const bool isCounter = state[i].first.find("num_batches_tracked") != std::string::npos;
            QCOMPARE(entry.at(2).toString(),
                     isCounter ? QStringLiteral("torch.int64") : QStringLiteral("torch.float32"));
            const double pythonSum =
                seen.value("sums").toObject().value(entry.at(0).toString()).toDouble();
            QVERIFY2(closeRelative(pythonSum, tensorSum(state[i].second), 1e-9),
                     state[i].first.c_str());
        }
        QCOMPARE(keys.at(static_cast<int>(state.size())).toArray().at(0).toString(),
                 QStringLiteral("__config__"));
        const QJsonObject config = seen.value("config").toObject();
        // Compared as JSON values (Qt reorders keys and writes 15.0 as 15).
        QCOMPARE(nlohmann::json::parse(
                     QJsonDocument(config).toJson(QJsonDocument::Compact).toStdString()),
                 nlohmann::json(model->config().toJson()));
        QCOMPARE(config.value("backbone").toString(), QStringLiteral("resnet18"));
        QCOMPARE(config.value("preprocess").toObject().value("heatmap_size").toInt(), 64);
        QCOMPARE(seen.value("metadata").toObject().value("note").toString(),
                 QString::fromUtf8("d\u00e9j\u00e0 vu"));
        QCOMPARE(seen.value("format").toObject().value("format").toString(),
                 QStringLiteral("keypoint-studio-weights"));
        // torchvision accepts our backbone.* tensors as they are: only its classifier is missing.
        QCOMPARE(seen.value("torchvision_unexpected").toArray().size(), 0);
        QCOMPARE(seen.value("torchvision_missing").toArray(), (QJsonArray{"fc.weight", "fc.bias"}));

        // A file re-saved by Python (an OrderedDict now) loads back to the same model.
        LoadedModel loaded = loadWeights(resaved, torch::kCPU);
        QCOMPARE(loaded.metadata, metadata);
        const auto reloaded = byName(modelStateDict(*loaded.model));
        for (const auto& [name, tensor] : state)
            QVERIFY2(torch::equal(tensor, reloaded.at(name)), name.c_str());
    }

    // --- torchvision import ---------------------------------------------------------------------

    void torchvisionImport_data()
    {
        QTest::addColumn<QString>("backbone");
        QTest::newRow("resnet18") << "resnet18";
        QTest::newRow("resnet50") << "resnet50";
    }

    void torchvisionImport()
    {
        if (!m_havePythonTorch)
            QSKIP("KPS_PYTHON has no torch/torchvision: cannot make a real torchvision file");
        QFETCH(QString, backbone);
        const std::string file = path((backbone + ".pth").toUtf8().constData());
        ModelConfig config = ModelConfig::fromPreset("tiny", 2);
        config.backbone = backbone.toStdString();
        KeypointModel model(config);
        const at::Tensor headBefore = model->named_parameters()["head.weight"].clone();
        importTorchvisionBackbone(model, file);

        // Every backbone tensor equals the file's: checked against Python's own sums, and bit for
        // bit against the tensors as read back.
        const QJsonObject report = m_torchvisionReport.value(backbone).toObject();
        const QJsonObject sums = report.value("sums").toObject();
        const auto backboneState = modelStateDict(*model->backbone());
        QCOMPARE(static_cast<int>(backboneState.size()),
                 sums.size() - 2); // minus fc.weight, fc.bias
        for (const auto& [name, tensor] : backboneState) {
            const QString key = QString::fromStdString(name);
            QVERIFY2(sums.contains(key), name.c_str());
            QVERIFY2(closeRelative(sums.value(key).toDouble(), tensorSum(tensor), 1e-9),
                     name.c_str());
        }
        const auto fileTensors = byName(readTorchStateDict(file));
        for (const auto& [name, tensor] : backboneState)
            QVERIFY2(torch::equal(tensor, fileTensors.at(name)), name.c_str());
        QCOMPARE(byName(backboneState).at("bn1.num_batches_tracked").item<int64_t>(), int64_t(7));
        QVERIFY(torch::equal(model->named_parameters()["head.weight"],
                             headBefore)); // nothing else touched

        // Forward parity with torchvision: the taps on the same input agree with Python's.
        model->eval();
        torch::NoGradGuard noGrad;
        const BackboneFeatures f = model->backbone()->forward(parityInput(128));
        QCOMPARE(f.c1.sizes(), (at::IntArrayRef{1, 64, 64, 64}));
        QCOMPARE(f.l1.size(2), int64_t(32));
        QCOMPARE(f.l2.size(2), int64_t(16));
        QCOMPARE(f.l3.size(2), int64_t(8));
        QCOMPARE(f.l4.size(2), int64_t(4));
        const QJsonArray taps = report.value("taps").toArray();
        const std::vector<at::Tensor> ours{f.c1, f.l1, f.l2, f.l3, f.l4};
        for (int i = 0; i < 5; ++i)
            QVERIFY2(closeRelative(taps.at(i).toDouble(), tensorSum(ours[i]), 1e-4),
                     qPrintable(QStringLiteral("tap %1: python %2, ours %3")
                                    .arg(i)
                                    .arg(taps.at(i).toDouble())
                                    .arg(tensorSum(ours[i]))));
    }

    void torchvisionImportErrors()
    {
        if (!m_havePythonTorch)
            QSKIP("KPS_PYTHON has no torch/torchvision: cannot make a real torchvision file");
        // resnet18 weights into a resnet34 model: missing blocks named, file recognised.
        ModelConfig config = ModelConfig::fromPreset("tiny", 2);
        config.backbone = "resnet34";
        KeypointModel r34(config);
        std::string message =
            errorOf([&] { importTorchvisionBackbone(r34, path("resnet18.pth")); });
        QVERIFY2(message.find("missing: layer1.2.conv1.weight") != std::string::npos,
                 message.c_str());
        QVERIFY2(message.find("looks like resnet18") != std::string::npos, message.c_str());
        QVERIFY2(message.find("resnet18.pth") != std::string::npos, message.c_str());

        // resnet50 weights into a resnet18 model: unexpected and wrongly-shaped names.
        KeypointModel r18(ModelConfig::fromPreset("tiny", 2));
        const at::Tensor conv1Before = r18->backbone()->named_parameters()["conv1.weight"].clone();
        message = errorOf([&] { importTorchvisionBackbone(r18, path("resnet50.pth")); });
        QVERIFY2(message.find("layer1.0.conv3.weight") != std::string::npos, message.c_str());
        QVERIFY2(message.find("wrongly shaped: layer1.0.conv1.weight (file [64, 64, 1, 1], "
                              "expected [64, 64, 3, 3])") != std::string::npos,
                 message.c_str());
        // Nothing was copied on failure (conv1 has the same shape in both files).
        QVERIFY(torch::equal(r18->backbone()->named_parameters()["conv1.weight"], conv1Before));

        // Renamed keys: the missing and the unexpected name are both reported.
        message = errorOf([&] { importTorchvisionBackbone(r18, path("resnet18_renamed.pth")); });
        QVERIFY2(message.find("missing: layer1.0.conv1.weight") != std::string::npos,
                 message.c_str());
        QVERIFY2(message.find("unexpected: layer1.0.convX.weight") != std::string::npos,
                 message.c_str());

        // Old files without num_batches_tracked import fine.
        importTorchvisionBackbone(r18, path("resnet18_no_nbt.pth"));
        const QJsonObject sums =
            m_torchvisionReport.value("resnet18").toObject().value("sums").toObject();
        QVERIFY(closeRelative(
            sums.value("layer3.1.bn2.running_var").toDouble(),
            tensorSum(r18->backbone()->named_buffers()["layer3.1.bn2.running_var"]), 1e-9));

        // The legacy (pre-1.6, non-zip) torch.save format reads the same tensors.
        KeypointModel legacy(ModelConfig::fromPreset("tiny", 2));
        importTorchvisionBackbone(legacy, path("resnet18_legacy.pth"));
        for (const auto& [name, tensor] : modelStateDict(*legacy->backbone()))
            QVERIFY2(closeRelative(sums.value(QString::fromStdString(name)).toDouble(),
                                   tensorSum(tensor), 1e-9),
                     name.c_str());

        // Not a PyTorch file at all.
        const std::string text = path("text.pth");
        {
            QFile out(QString::fromStdString(text));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("hello");
        }
        message = errorOf([&] { importTorchvisionBackbone(r18, text); });
        QVERIFY2(message.find("not a PyTorch file") != std::string::npos, message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCoreModel)
#include "test_core_model.moc"
