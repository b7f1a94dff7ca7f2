#include "bench_export.h"
#include "cli_messages.h"
#include "bench_timing.h"

#include "keypoint_model.h"
#include "onnx_export.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <torch/utils.h>

#include <opencv2/core/utility.hpp>
#include <opencv2/dnn.hpp>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <cstring>
#include <thread>

namespace kps::cli {

namespace {

constexpr const char* kCommand = "bench export";

cv::Mat toBlob(const at::Tensor& tensor)
{
    std::vector<int> sizes(tensor.sizes().begin(), tensor.sizes().end());
    cv::Mat blob(static_cast<int>(sizes.size()), sizes.data(), CV_32F);
    std::memcpy(blob.data, tensor.contiguous().data_ptr<float>(),
                static_cast<std::size_t>(tensor.numel()) * sizeof(float));
    return blob;
}

} // namespace

int runBenchExport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kpstudio",
        "Inference latency of the exported ONNX graph in OpenCV DNN against LibTorch (random "
        "weights, the same input), ms per image and the ratio, measured in one run."));
    parser.addHelpOption();
    const QCommandLineOption presetsOption(
        QStringLiteral("presets"),
        QCoreApplication::translate("kpstudio",
                                    "Model presets, comma-separated (default small,seed)."),
        QStringLiteral("LIST"), QStringLiteral("small,seed"));
    const QCommandLineOption batchOption(
        QStringLiteral("batch"),
        QCoreApplication::translate("kpstudio", "Images per forward pass (default 1)."),
        QStringLiteral("B"), QStringLiteral("1"));
    const QCommandLineOption iterationsOption(
        QStringLiteral("iterations"),
        QCoreApplication::translate("kpstudio", "Timed forward passes per runtime (default 5)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"),
        QCoreApplication::translate("kpstudio", "Threads for both runtimes (default: all cores)."),
        QStringLiteral("T"));
    parser.addOptions({presetsOption, batchOption, iterationsOption, threadsOption});
    parser.process(args);

    bool ok = false;
    const int batch = parser.value(batchOption).toInt(&ok);
    if (!ok || batch < 1)
        return fail(
            kCommand,
            QCoreApplication::translate("kpstudio", "--batch must be a positive whole number"), 2);
    const int iterations = parser.value(iterationsOption).toInt(&ok);
    if (!ok || iterations < 1)
        return fail(
            kCommand,
            QCoreApplication::translate("kpstudio", "--iterations must be a positive whole number"),
            2);
    int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (parser.isSet(threadsOption)) {
        threads = parser.value(threadsOption).toInt(&ok);
        if (!ok || threads < 1)
            return fail(kCommand,
                        QCoreApplication::translate("kpstudio",
                                                    "--threads must be a positive whole number"),
                        2);
    }
    // Same width for both, or the ratio measures the thread counts.
    at::set_num_threads(threads);
    cv::setNumThreads(threads);

    QTextStream out(stdout);
    out << QCoreApplication::translate(
               "kpstudio",
               "ONNX inference, OpenCV DNN %1 vs LibTorch, batch %2, %3 threads, %4 iterations")
               .arg(QString::fromLatin1(CV_VERSION))
               .arg(batch)
               .arg(threads)
               .arg(iterations)
        << "\n";
    for (const QString& preset :
         parser.value(presetsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        try {
            torch::manual_seed(1);
            const ModelConfig config = ModelConfig::fromPreset(preset.toStdString(), 11);
            KeypointModel model(config);
            model->eval();
            const std::string bytes = buildOnnxModel(model, OnnxExportOptions(), "bench");
            cv::dnn::Net net = cv::dnn::readNetFromONNX(bytes.data(), bytes.size());
            net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
            net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
            const int size = config.preprocess.imageSize;
            const at::Tensor input = at::randn({batch, 3, size, size});
            const cv::Mat blob = toBlob(input);
            const std::vector<cv::String> names{"heatmaps", "coords"};
            std::vector<cv::Mat> outputs;
            ModelOutput reference;
            torch::NoGradGuard noGrad;
            const auto runTorch = [&] { reference = model->forward(input); };
            const auto runOpenCv = [&] {
                net.setInput(blob, "image");
                net.forward(outputs, names);
            };
            // Blocks in A-B-B-A order rather than alternating passes: right after a pass the other
            // runtime's pool (libgomp for LibTorch, TBB for OpenCV) still spins, and on a small
            // machine that starves the next pass (measured: LibTorch 10x slower when alternated).
            // A pause lets the pool sleep; A-B-B-A cancels a drift in the machine's load.
            double torchSeconds = 0.0, openCvSeconds = 0.0;
            const auto block = [&](bool torchBlock, int passes) {
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                if (torchBlock) {
                    runTorch(); // warm-up: allocations, kernel selection, waking the pool
                    for (int i = 0; i < passes; ++i)
                        torchSeconds += secondsFor(runTorch);
                } else {
                    runOpenCv();
                    for (int i = 0; i < passes; ++i)
                        openCvSeconds += secondsFor(runOpenCv);
                }
            };
            const int first = (iterations + 1) / 2, second = iterations - first;
            block(true, first);
            block(false, first);
            block(false, second);
            block(true, second);
            const at::Tensor heatmaps =
                at::from_blob(outputs[0].data, reference.heatmaps.sizes(), at::kFloat);
            const double delta = (heatmaps - reference.heatmaps).abs().max().item<double>();
            const double torchMs = 1000.0 * torchSeconds / (iterations * batch);
            const double openCvMs = 1000.0 * openCvSeconds / (iterations * batch);
            out << QCoreApplication::translate(
                       "kpstudio",
                       "%1 (%2, %3 px, %4 MB ONNX): LibTorch %5 ms/image, OpenCV DNN %6 ms/image, "
                       "OpenCV/LibTorch time ratio %7 (max |dheatmap| %8)")
                       .arg(preset)
                       .arg(QString::fromStdString(config.backbone))
                       .arg(size)
                       .arg(static_cast<double>(bytes.size()) / 1e6, 0, 'f', 1)
                       .arg(torchMs, 0, 'f', 1)
                       .arg(openCvMs, 0, 'f', 1)
                       .arg(openCvMs / torchMs, 0, 'f', 2)
                       .arg(delta, 0, 'e', 1)
                << "\n";
            out.flush();
        } catch (const std::exception& e) {
            return fail(kCommand, QString::fromUtf8(e.what()));
        }
    }
    return 0;
}

} // namespace kps::cli
