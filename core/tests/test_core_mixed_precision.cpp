// bf16 mixed precision (core/nn/mixed_precision.h): which stages run in bf16, that autocast is
// left as found, that a mixed forward and backward stay close to float32 while really computing
// in bf16, and how a run's precision is resolved.

#include <torch/torch.h>

#include "keypoint_model.h"
#include "mixed_precision.h"
#include "model_config.h"
#include "training_config.h"

#include <QtTest>

#include <cmath>
#include <stdexcept>

using namespace kps;

namespace {

KeypointModel tinyModel(int keypoints)
{
    torch::manual_seed(5);
    ModelConfig config = ModelConfig::fromPreset("tiny", keypoints);
    config.preprocess.imageSize = 64;
    config.preprocess.heatmapSize = 32;
    return KeypointModel(config);
}

torch::Tensor fixedInput(int64_t batch)
{
    return torch::sin(torch::arange(batch * 3 * 64 * 64, torch::kFloat) * 0.37)
        .reshape({batch, 3, 64, 64});
}

} // namespace

class TestMixedPrecision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }

    void planPicksStagesBySize()
    {
        const MixedPrecisionPlan off;
        QVERIFY(!off.enabled());
        QVERIFY(!off.lowPrecision(64));
        const torch::Tensor x = torch::ones({1, 2, 8, 8});
        QVERIFY(off.input(x, 8).is_same(x)); // disabled: the very same tensor

        const MixedPrecisionPlan on(true);
        QVERIFY(on.lowPrecision(MixedPrecisionPlan::kMinBFloat16Side));
        QVERIFY(on.lowPrecision(32));
        QVERIFY(!on.lowPrecision(MixedPrecisionPlan::kMinBFloat16Side - 1));
        QCOMPARE(on.input(x, 8).scalar_type(), at::kBFloat16);
        QCOMPARE(on.input(x.to(at::kBFloat16), 4).scalar_type(), at::kFloat);
        QVERIFY(on.input(x, 4).is_same(x)); // already float32
    }

    void autocastScopesRestoreTheThreadState()
    {
        QVERIFY(!cpuAutocastEnabled());
        {
            const AutocastScope bf16(true);
            QVERIFY(cpuAutocastEnabled());
            {
                const AutocastScope float32(false);
                QVERIFY(!cpuAutocastEnabled());
                const StagePrecision stage(MixedPrecisionPlan(true), 16);
                QVERIFY(cpuAutocastEnabled());
            }
            QVERIFY(cpuAutocastEnabled());
            {
                const StagePrecision untouched(MixedPrecisionPlan(false), 16); // disabled: no-op
                QVERIFY(cpuAutocastEnabled());
            }
        }
        QVERIFY(!cpuAutocastEnabled());
    }

    void backboneTapsRunInTheirPrecision()
    {
        KeypointModel model = tinyModel(3);
        model->eval();
        torch::NoGradGuard noGrad;
        const BackboneFeatures mixed =
            model->backbone()->forward(fixedInput(2), MixedPrecisionPlan(true));
        // IMG 64: c1 32x32, l1 16x16, l2 8x8 in bf16; l3 4x4 and l4 2x2 in float32.
        QCOMPARE(mixed.c1.scalar_type(), at::kBFloat16);
        QCOMPARE(mixed.l1.scalar_type(), at::kBFloat16);
        QCOMPARE(mixed.l2.scalar_type(), at::kBFloat16);
        QCOMPARE(mixed.l3.scalar_type(), at::kFloat);
        QCOMPARE(mixed.l4.scalar_type(), at::kFloat);
        const BackboneFeatures plain = model->backbone()->forward(fixedInput(2));
        for (const torch::Tensor& tap : {plain.c1, plain.l1, plain.l2, plain.l3, plain.l4})
            QCOMPARE(tap.scalar_type(), at::kFloat);
        QVERIFY(!cpuAutocastEnabled());
    }

    // Inference (eval mode): bf16 rounding only, about 0.5 % of each tap. Training mode
    // normalises by the batch's statistics, which amplify the rounding of a fresh model's
    // near-random features (9 % at l4 here), so there only the gradients' direction is checked.
    void mixedForwardAndBackwardStayCloseToFloat32()
    {
        KeypointModel model = tinyModel(4);
        const torch::Tensor input = fixedInput(4);
        {
            model->eval();
            torch::NoGradGuard noGrad;
            model->setMixedPrecision(false);
            const ModelOutput plain = model->forward(input);
            model->setMixedPrecision(true);
            const ModelOutput mixed = model->forward(input);
            QVERIFY(!cpuAutocastEnabled());
            // What leaves the model is float32 either way.
            QCOMPARE(mixed.heatmaps.scalar_type(), at::kFloat);
            QCOMPARE(mixed.coordinates.scalar_type(), at::kFloat);
            // Really computed in bf16: not the float32 numbers, but close to them.
            const torch::Tensor difference = (mixed.heatmaps - plain.heatmaps).abs();
            qInfo("heatmap difference in eval mode, mixed vs float32: max %g, mean %g",
                  difference.max().item<double>(), difference.mean().item<double>());
            QVERIFY(difference.max().item<double>() > 0.0);
            QVERIFY(difference.mean().item<double>() < 0.005);
            QVERIFY(torch::isfinite(mixed.coordinates).all().item<bool>());
        }

        model->train();
        torch::manual_seed(9);
        const torch::Tensor batch = torch::randn({16, 3, 64, 64});
        auto gradients = [&](bool mixed) {
            model->setMixedPrecision(mixed);
            model->zero_grad();
            const ModelOutput output = model->forward(batch);
            output.heatmaps.square().mean().backward();
            std::vector<torch::Tensor> all;
            for (const auto& parameter : model->parameters())
                all.push_back(parameter.grad().detach().flatten().clone());
            return torch::cat(all);
        };
        const torch::Tensor plainGradients = gradients(false);
        const torch::Tensor mixedGradients = gradients(true);
        QVERIFY(!cpuAutocastEnabled());
        QCOMPARE(mixedGradients.scalar_type(), at::kFloat);
        QVERIFY(torch::isfinite(mixedGradients).all().item<bool>());
        QVERIFY(!torch::equal(mixedGradients, plainGradients));
        const double cosine = (torch::dot(mixedGradients, plainGradients) /
                               (mixedGradients.norm() * plainGradients.norm()))
                                  .item<double>();
        qInfo("gradient cosine similarity in training mode, mixed vs float32: %g", cosine);
        // 0.82 measured here (a fresh model: batch statistics of near-random features). A stage
        // cut off from the graph, or gradients of another model, would be far lower.
        QVERIFY(cosine > 0.7);
        for (const auto& parameter : model->named_parameters())
            QVERIFY2(parameter.value().grad().abs().sum().item<double>() > 0.0,
                     parameter.key().c_str());
    }

    void resolvedPrecision()
    {
        const torch::Device cpu(torch::kCPU), cuda(torch::kCUDA, 0);
        QVERIFY(resolvePrecision(TrainingPrecision::Auto, cpu) ==
                (cpuHasNativeBFloat16() ? TrainingPrecision::BFloat16Mixed
                                        : TrainingPrecision::Float32));
        QVERIFY(resolvePrecision(TrainingPrecision::Auto, cuda) == TrainingPrecision::Float32);
        QVERIFY(resolvePrecision(TrainingPrecision::Float32, cpu) == TrainingPrecision::Float32);
        QVERIFY(resolvePrecision(TrainingPrecision::BFloat16Mixed, cpu) ==
                TrainingPrecision::BFloat16Mixed);
        try {
            resolvePrecision(TrainingPrecision::BFloat16Mixed, cuda);
            QFAIL("bf16_mixed was accepted on a CUDA device");
        } catch (const std::invalid_argument& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("CPU only")),
                     error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestMixedPrecision)
#include "test_core_mixed_precision.moc"
