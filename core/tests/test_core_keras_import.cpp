// Keras import: fixtures of a small seed-shaped network written at test time by
// tests/python/keras_fixture.py (h5py + zipfile, in the layouts Keras writes: Keras 3 .keras with
// and without name attributes, Keras 2.13's prefix, legacy .h5 with ":0" names and with chunked
// attributes). The imported model's heatmaps and coordinates must match the fixture's independent
// NumPy NHWC forward pass to 1e-4; a wrong shape is reported by layer name.
#include "file_error.h"
#include "keras_import.h"
#include "npy_array.h"
#include "pretrained_backbone.h"
#include "weights_file.h"

#include <torch/torch.h>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace kps;

namespace {

torch::Tensor tensorOf(const NpyArray& array)
{
    std::vector<std::int64_t> shape(array.shape.begin(), array.shape.end());
    return torch::from_blob(const_cast<float*>(array.floats()), shape, torch::kFloat32).clone();
}

double maxDifference(const torch::Tensor& a, const torch::Tensor& b)
{
    return (a - b).abs().max().item<double>();
}

} // namespace

class TestKerasImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    fs::path m_dir;
    bool m_ready = false;
    QString m_skipReason;

    // The fixture's input (NCHW) and expected outputs (heatmaps NCHW, coordinates (N,K,2)).
    torch::Tensor input() const
    {
        return tensorOf(NpyArray::load(m_dir / "input.npy")).permute({0, 3, 1, 2});
    }
    torch::Tensor expectedHeatmaps() const
    {
        return tensorOf(NpyArray::load(m_dir / "heatmaps.npy")).permute({0, 3, 1, 2});
    }
    torch::Tensor expectedCoordinates() const
    {
        return tensorOf(NpyArray::load(m_dir / "coords.npy"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        torch::set_num_threads(2);
        const QString python = QStringLiteral(KPS_PYTHON);
        if (python.isEmpty() || !QFileInfo::exists(python)) {
            m_skipReason = "no Debian python3 for the Keras fixtures";
            return;
        }
        m_dir = fs::path(m_tmp.path().toStdString());
        QProcess process;
        process.start(python, {QStringLiteral(KPS_SOURCE_DIR "/tests/python/keras_fixture.py"),
                               QString::fromStdString(m_dir.string())});
        QVERIFY(process.waitForFinished(240000));
        if (process.exitCode() != 0) {
            m_skipReason =
                "h5py/numpy not usable: " + QString::fromUtf8(process.readAllStandardError());
            return;
        }
        qInfo("fixture: %s", process.readAllStandardOutput().trimmed().constData());
        m_ready = true;
    }

    void importMatchesNumpyForward_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("layout");
        QTest::newRow("Keras 3 .keras") << "keras3.keras"
                                        << "keras3";
        QTest::newRow("Keras 3.6 .keras, name attributes") << "keras3_named.keras"
                                                           << "keras3-named";
        QTest::newRow("Keras 2.13 .keras") << "keras213.keras"
                                           << "keras2.13";
        QTest::newRow("legacy .h5, Keras 2 names") << "legacy_k2.h5"
                                                   << "legacy-h5";
        QTest::newRow("legacy .h5, chunked attributes") << "legacy_k3_chunked.h5"
                                                        << "legacy-h5";
    }

    void importMatchesNumpyForward()
    {
        if (!m_ready)
            QSKIP(qPrintable(m_skipReason));
        QFETCH(QString, file);
        QFETCH(QString, layout);
        const fs::path path = m_dir / file.toStdString();
        QCOMPARE(QString::fromStdString(readKerasWeights(path).layout), layout);

        KeypointModel model = importKerasModel(path);
        const ModelConfig& config = model->config();
        QCOMPARE(config.backbone, std::string("resnet50_keras"));
        QCOMPARE(config.keypointCount, 3);
        QCOMPARE(config.decoderWidths, (std::vector<int>{32, 16, 16, 8, 8}));
        QCOMPARE(config.preprocess.imageSize, 64);
        QCOMPARE(config.preprocess.heatmapSize, 32);
        QVERIFY(config.preprocess.normalisation == InputNormalisation::Caffe);
        QVERIFY(config.preprocess.interpolation == ResizeInterpolation::Bilinear);

        torch::NoGradGuard noGrad;
        model->eval();
        const ModelOutput out = model->forward(input());
        const double heat = maxDifference(out.heatmaps, expectedHeatmaps());
        const double coords = maxDifference(out.coordinates, expectedCoordinates());
        qInfo("%s: max |heatmap - numpy| = %.3g, max |coordinate - numpy| = %.3g", qPrintable(file),
              heat, coords);
        QVERIFY2(heat < 1e-4, qPrintable(QString::number(heat)));
        QVERIFY2(coords < 1e-4, qPrintable(QString::number(coords)));
    }

    // Anywhere a model is asked for (loadWeights), and after saving in our weights format.
    void opensAsWeightsAndSavesInOurFormat()
    {
        if (!m_ready)
            QSKIP(qPrintable(m_skipReason));
        LoadedModel keras = loadWeights(m_dir / "keras3_named.keras", torch::kCPU);
        QCOMPARE(keras.config.backbone, std::string("resnet50_keras"));
        const fs::path saved = m_dir / "imported.pt";
        saveWeights(saved, keras.model);
        LoadedModel ours = loadWeights(saved, torch::kCPU);
        QCOMPARE(ours.config.toJson().dump(), keras.config.toJson().dump());
        torch::NoGradGuard noGrad;
        const ModelOutput a = ours.model->forward(input());
        QVERIFY(maxDifference(a.heatmaps, expectedHeatmaps()) < 1e-4);
        QVERIFY(maxDifference(a.coordinates, expectedCoordinates()) < 1e-4);
    }

    void backboneFromNotopWeights()
    {
        if (!m_ready)
            QSKIP(qPrintable(m_skipReason));
        // A bare weights file (layer_names at the root), as Keras's ImageNet ..._notop.h5.
        KeypointModel reference = importKerasModel(m_dir / "legacy_k2.h5");
        ModelConfig config = reference->config();
        KeypointModel model(config);
        // Through the trainer's --pretrained entry point, which dispatches .h5 files to Keras.
        importPretrainedBackbone(model, m_dir / "notop.h5");
        QVERIFY(pretrainedNormalisation(m_dir / "notop.h5") == InputNormalisation::Caffe);
        QVERIFY(pretrainedNormalisation("resnet50.pth") == InputNormalisation::Torchvision);
        torch::NoGradGuard noGrad;
        model->eval();
        const auto a = reference->named_parameters(true);
        const auto b = model->named_parameters(true);
        int compared = 0;
        for (const auto& item : a) {
            if (item.key().rfind("backbone.", 0) != 0)
                continue;
            QVERIFY2(torch::equal(item.value(), b[item.key()]), item.key().c_str());
            ++compared;
        }
        QCOMPARE(compared, 53 * 2 + 53 * 2); // 53 convs (weight, bias) and 53 BNs (weight, bias)
        // A notop file is not a whole model.
        try {
            importKerasModel(m_dir / "notop.h5");
            QFAIL("a backbone-only file was imported as a model");
        } catch (const FileError& error) {
            QVERIFY2(QString(error.what()).contains("heatmaps"), error.what());
        }
        ModelConfig torchvision = config;
        torchvision.backbone = "resnet50";
        KeypointModel other(torchvision);
        QVERIFY_EXCEPTION_THROWN(importKerasBackbone(other, m_dir / "notop.h5"), FileError);
    }

    void firstMismatchIsNamed()
    {
        if (!m_ready)
            QSKIP(qPrintable(m_skipReason));
        try {
            importKerasModel(m_dir / "bad_shape.h5");
            QFAIL("a wrongly shaped kernel was imported");
        } catch (const FileError& error) {
            const QString what = QString::fromUtf8(error.what());
            QVERIFY2(what.contains("bad_shape.h5") &&
                         what.contains("layer \"d2_conv2\" kernel: shape [3,3,15,16]") &&
                         what.contains("decoder.d2.conv2.weight [16,16,3,3]"),
                     qPrintable(what));
        }
        QTemporaryDir other;
        const fs::path text = fs::path(other.path().toStdString()) / "model.keras";
        std::ofstream(text) << "not a zip";
        QVERIFY_EXCEPTION_THROWN(importKerasModel(text), FileError);
    }
};

QTEST_GUILESS_MAIN(TestKerasImport)
#include "test_core_keras_import.moc"
