// ONNX export options and failures: fixed batch, normalisation in the graph (torchvision and
// caffe), output subsets, opsets 11 and 17 and a head resize all keep OpenCV DNN within tolerance
// of LibTorch; the verifier fails a file checked against another model and names a SHA-256
// mismatch; bad options, a weights file that is not ours and a missing folder throw before any
// file exists.

#include <torch/torch.h>

#include "file_error.h"
#include "keypoint_model.h"
#include "onnx_export.h"
#include "onnx_test_model.h"
#include "onnx_verification.h"
#include "weights_file.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace kps;
using namespace kps::test;

class TestCoreOnnxExportOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }

    void exportOptionsMatchLibTorch_data()
    {
        addExportCaseColumns();
        QTest::newRow("resnet18 batch 1, raw RGB in, opset 11")
            << "resnet18" << 1 << true << "torchvision"
            << "heatmaps,coords" << 32 << 11;
        QTest::newRow("resnet18 batch 2, caffe raw RGB in, coords only, opset 17")
            << "resnet18" << 2 << true << "caffe"
            << "coords" << 32 << 17;
        QTest::newRow("resnet18 heatmap 24 (head resize), heatmaps only")
            << "resnet18" << 0 << false << "torchvision"
            << "heatmaps" << 24 << kOnnxDefaultOpset;
    }

    void exportOptionsMatchLibTorch() { checkFetchedExportCase(QStringLiteral(KPS_PYTHON)); }

    // The comparison must be able to fail: a file checked against other weights is caught.
    void verificationCatchesADifferentModel()
    {
        QTemporaryDir dir;
        const SavedModel saved =
            makeCalibratedWeights(dir, smallOnnxTestConfig(QStringLiteral("resnet18")), "a");
        OnnxExportRequest request;
        request.weights = saved.weights;
        request.output =
            std::filesystem::path(dir.filePath(QStringLiteral("a.onnx")).toStdString());
        QVERIFY(exportOnnxModel(request).verified);

        KeypointModel changed = cloneModel(const_cast<KeypointModel&>(saved.model), torch::kCPU);
        {
            torch::NoGradGuard noGrad;
            changed->named_parameters()["head.bias"].add_(0.01);
        }
        changed->eval();
        const auto crops = verificationCrops(changed->config().preprocess, {}, 2);
        const OnnxVerificationResult v = verifyOnnxModel(request.output, changed, crops);
        QVERIFY2(!v.passed(), v.summary().c_str());
        QVERIFY(v.maxHeatmapDelta() > 1e-4);

        // verify-only with weights that are not the exported ones: named SHA-256 mismatch.
        const std::filesystem::path other = dir.filePath(QStringLiteral("b.pt")).toStdString();
        saveWeights(other, changed);
        try {
            verifyOnnxFile(request.output, other, {}, 2);
            QFAIL("a SHA-256 mismatch was not reported");
        } catch (const FileError& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QLatin1String("SHA-256")),
                     error.what());
        }
        // ... and with the right weights it passes.
        QVERIFY(verifyOnnxFile(request.output, saved.weights, {}, 2).passed());
    }

    void badInputFailsWithoutAFile()
    {
        QTemporaryDir dir;
        const SavedModel saved =
            makeCalibratedWeights(dir, smallOnnxTestConfig(QStringLiteral("resnet18")), "w");
        const auto out =
            std::filesystem::path(dir.filePath(QStringLiteral("x.onnx")).toStdString());
        const auto noFile = [&] {
            return !std::filesystem::exists(out) &&
                   !std::filesystem::exists(out.string() + ".unverified");
        };

        OnnxExportOptions options;
        options.opset = 9;
        QVERIFY_THROWS_EXCEPTION(OnnxExportError, options.validate());
        try {
            options.validate();
        } catch (const OnnxExportError& error) {
            QVERIFY(QString::fromUtf8(error.what()).contains(QLatin1String("opset 9")));
        }
        QVERIFY_THROWS_EXCEPTION(OnnxExportError,
                                 OnnxExportOptions().setOutputs("heatmaps,logits"));
        QVERIFY_THROWS_EXCEPTION(OnnxExportError, OnnxExportOptions().setOutputs(""));

        OnnxExportRequest request;
        request.weights = saved.weights;
        request.output = out;
        request.options.opset = 18;
        QVERIFY_THROWS_EXCEPTION(OnnxExportError, exportOnnxModel(request));
        QVERIFY(noFile());

        // Not our weights file.
        const auto text =
            std::filesystem::path(dir.filePath(QStringLiteral("notes.pt")).toStdString());
        std::ofstream(text) << "not a weights file";
        request.options = OnnxExportOptions();
        request.weights = text;
        QVERIFY_THROWS_EXCEPTION(FileError, exportOnnxModel(request));
        QVERIFY(noFile());

        // A folder that does not exist.
        request.weights = saved.weights;
        request.output =
            std::filesystem::path(dir.filePath(QStringLiteral("missing/x.onnx")).toStdString());
        QVERIFY_THROWS_EXCEPTION(FileError, exportOnnxModel(request));
        QVERIFY(!std::filesystem::exists(request.output.parent_path()));

        // A file that is not one of our exports cannot be verified.
        QVERIFY_THROWS_EXCEPTION(FileError, readOnnxModelInfo(text));
    }
};

QTEST_GUILESS_MAIN(TestCoreOnnxExportOptions)
#include "test_core_onnx_export_options.moc"
