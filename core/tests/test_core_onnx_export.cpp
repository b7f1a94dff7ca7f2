// ONNX export for every backbone (resnet18/34/50 and the Keras-style resnet50_keras): the exported
// graph passes onnx's checker (ours before writing, Debian's python3-onnx after) and OpenCV DNN
// reproduces LibTorch's heatmaps and coordinates within 1e-4 / 1e-3 IMG px at batch 1 and a dynamic
// batch; SHA-256 known vectors. Options, the verifier's ability to fail and bad input:
// test_core_onnx_export_options.

#include <torch/torch.h>

#include "file_error.h"
#include "keypoint_model.h"
#include "model_config.h"
#include "onnx_export.h"
#include "onnx_verification.h"
#include "onnx_test_model.h"
#include "sha256.h"
#include "weights_file.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>

using namespace kps;

using namespace kps::test;

class TestCoreOnnxExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }

    void sha256KnownVectors()
    {
        QCOMPARE(
            QString::fromStdString(sha256Hex("", 0)),
            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(
            QString::fromStdString(sha256Hex("abc", 3)),
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const std::string million(1000000, 'a');
        QCOMPARE(
            QString::fromStdString(sha256Hex(million.data(), million.size())),
            QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void exportMatchesLibTorch_data()
    {
        addExportCaseColumns();
        QTest::newRow("resnet18 dynamic") << "resnet18" << 0 << false << "torchvision"
                                          << "heatmaps,coords" << 32 << kOnnxDefaultOpset;
        QTest::newRow("resnet34 dynamic") << "resnet34" << 0 << false << "torchvision"
                                          << "heatmaps,coords" << 32 << kOnnxDefaultOpset;
        QTest::newRow("resnet50 dynamic") << "resnet50" << 0 << false << "torchvision"
                                          << "heatmaps,coords" << 32 << kOnnxDefaultOpset;
        // The Keras-style ResNet-50 of the seed's models: conv biases, stride on the first 1x1.
        QTest::newRow("resnet50_keras dynamic") << "resnet50_keras" << 0 << false << "caffe"
                                                << "heatmaps,coords" << 32 << kOnnxDefaultOpset;
    }

    void exportMatchesLibTorch() { checkFetchedExportCase(QStringLiteral(KPS_PYTHON)); }
};

QTEST_GUILESS_MAIN(TestCoreOnnxExport)
#include "test_core_onnx_export.moc"
