// FusedAdam against LibTorch's own Adam: the same parameters, moments and step counts after
// several steps (to rounding), with weight decay, for the tensors it hands back to torch's
// operations (non-contiguous, amsgrad), independent of the thread count, and with optimizer files
// that move between the two.

#include "fused_adam.h"

#include <ATen/Parallel.h>
#include <torch/serialize.h>
#include <torch/torch.h>

#include <QtTest>

#include <sstream>

using namespace kps;

namespace {

// Parameters of several sizes: one bigger than FusedAdam's parallel grain, a scalar, a conv-like
// 4-d weight and one that is not contiguous (a transposed view's storage).
std::vector<torch::Tensor> makeParameters(std::uint64_t seed)
{
    torch::manual_seed(seed);
    std::vector<torch::Tensor> parameters{torch::randn({300, 257}), torch::randn({1}),
                                          torch::randn({8, 3, 3, 3}), torch::randn({5, 7}).t()};
    for (auto& parameter : parameters)
        parameter.requires_grad_(true);
    return parameters;
}

std::vector<torch::Tensor> cloneParameters(const std::vector<torch::Tensor>& parameters)
{
    std::vector<torch::Tensor> copies;
    for (const auto& parameter : parameters) {
        torch::Tensor copy = parameter.detach().clone();
        if (!parameter.is_contiguous()) // keep the transposed layout
            copy = parameter.detach().t().clone().t();
        copies.push_back(copy.requires_grad_(true));
    }
    return copies;
}

// Gives every parameter of both sets the same gradient (step-dependent), then steps both.
void stepBoth(torch::optim::Optimizer& a, std::vector<torch::Tensor>& pa,
              torch::optim::Optimizer& b, std::vector<torch::Tensor>& pb, int step)
{
    torch::manual_seed(1000 + step);
    for (std::size_t i = 0; i < pa.size(); ++i) {
        const torch::Tensor gradient = torch::randn(pa[i].sizes()) * (1.0 + 0.5 * step);
        pa[i].mutable_grad() = gradient.clone();
        pb[i].mutable_grad() = gradient.clone();
    }
    a.step();
    b.step();
}

// The same parameters and gradients stepped by FusedAdam and by LibTorch's Adam.
struct OptimizerPair
{
    OptimizerPair(std::uint64_t seed, const torch::optim::AdamOptions& options)
        : fusedParameters(makeParameters(seed)), torchParameters(cloneParameters(fusedParameters)),
          fused(fusedParameters, options), reference(torchParameters, options)
    {
    }

    void step(int from, int to)
    {
        for (int step = from; step < to; ++step)
            stepBoth(fused, fusedParameters, reference, torchParameters, step);
    }

    std::vector<torch::Tensor> fusedParameters, torchParameters;
    FusedAdam fused;
    torch::optim::Adam reference;
};

// The parameter's state, found by its key: the TensorImpl's address (as text in LibTorch 1.13).
const torch::optim::AdamParamState& adamState(const torch::optim::Optimizer& optimizer,
                                              const torch::Tensor& parameter)
{
    std::ostringstream address;
    address << parameter.unsafeGetTensorImpl();
    for (const auto& [key, state] : optimizer.state()) {
        std::ostringstream text;
        text << key;
        if (text.str() == address.str())
            return static_cast<const torch::optim::AdamParamState&>(*state);
    }
    throw std::runtime_error("no Adam state for this parameter");
}

// Rounding apart (the update's arithmetic is the same; torch's kernels may fuse a multiply-add),
// the two agree: a wrong bias correction or moment update differs by orders of magnitude more.
void verifyClose(const torch::Tensor& a, const torch::Tensor& b, const QByteArray& what)
{
    const double difference = (a - b).abs().max().item<double>();
    QVERIFY2(torch::allclose(a, b, 1e-5, 1e-6),
             (what + ": largest difference " + QByteArray::number(difference)).constData());
}

void compareClose(const std::vector<torch::Tensor>& pa, const torch::optim::Optimizer& a,
                  const std::vector<torch::Tensor>& pb, const torch::optim::Optimizer& b)
{
    for (std::size_t i = 0; i < pa.size(); ++i) {
        const QByteArray which = QByteArray("parameter ") + QByteArray::number(int(i));
        verifyClose(pa[i], pb[i], which);
        const auto& sa = adamState(a, pa[i]);
        const auto& sb = adamState(b, pb[i]);
        QCOMPARE(sa.step(), sb.step());
        verifyClose(sa.exp_avg(), sb.exp_avg(), which + " exp_avg");
        verifyClose(sa.exp_avg_sq(), sb.exp_avg_sq(), which + " exp_avg_sq");
    }
}

} // namespace

class TestFusedAdam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTorchAdam_data()
    {
        QTest::addColumn<double>("weightDecay");
        QTest::addColumn<bool>("amsgrad");
        QTest::newRow("plain") << 0.0 << false;
        QTest::newRow("weight decay") << 0.01 << false;
        QTest::newRow("amsgrad (torch's operations)") << 0.0 << true;
    }

    void matchesTorchAdam()
    {
        QFETCH(double, weightDecay);
        QFETCH(bool, amsgrad);
        OptimizerPair pair(
            7, torch::optim::AdamOptions(4e-3).weight_decay(weightDecay).amsgrad(amsgrad));
        QVERIFY(!pair.fusedParameters[3].is_contiguous() &&
                !pair.torchParameters[3].is_contiguous());
        const std::vector<torch::Tensor> initial = cloneParameters(pair.fusedParameters);
        pair.step(0, 6);
        compareClose(pair.fusedParameters, pair.fused, pair.torchParameters, pair.reference);
        // The steps did move every parameter (by about lr per step, Adam's scale).
        for (std::size_t i = 0; i < initial.size(); ++i) {
            const double moved = (pair.fusedParameters[i] - initial[i]).abs().max().item<double>();
            QVERIFY2(moved > 5e-3 && moved < 0.05, qPrintable(QString::number(moved)));
        }
    }

    void resultDoesNotDependOnThreads()
    {
        const int threads = at::get_num_threads();
        std::vector<torch::Tensor> results[2];
        for (int run = 0; run < 2; ++run) {
            at::set_num_threads(run == 0 ? 1 : 2);
            OptimizerPair pair(3, torch::optim::AdamOptions(1e-2));
            pair.step(0, 3);
            results[run] = pair.fusedParameters;
        }
        at::set_num_threads(threads);
        for (std::size_t i = 0; i < results[0].size(); ++i)
            QVERIFY(torch::equal(results[0][i], results[1][i]));
    }

    // A run's last_optimizer.pt from either optimizer resumes in the other.
    void optimizerFileMovesBetweenTheTwo()
    {
        OptimizerPair pair(11, torch::optim::AdamOptions(2e-3));
        pair.step(0, 3);

        // Swap: each one's state is loaded into an optimizer of the other kind.
        std::vector<torch::Tensor> fromFused = cloneParameters(pair.fusedParameters);
        std::vector<torch::Tensor> fromTorch = cloneParameters(pair.torchParameters);
        torch::optim::Adam resumedTorch(fromFused, torch::optim::AdamOptions(2e-3));
        FusedAdam resumedFused(fromTorch, torch::optim::AdamOptions(2e-3));
        {
            std::stringstream bytes;
            torch::save(pair.fused, bytes);
            torch::load(resumedTorch, bytes);
        }
        {
            std::stringstream bytes;
            torch::save(pair.reference, bytes);
            torch::load(resumedFused, bytes);
        }
        for (int step = 3; step < 6; ++step)
            stepBoth(resumedFused, fromTorch, resumedTorch, fromFused, step);
        QCOMPARE(adamState(resumedFused, fromTorch[0]).step(), std::int64_t(6));
        compareClose(fromTorch, resumedFused, fromFused, resumedTorch);
    }
};

QTEST_GUILESS_MAIN(TestFusedAdam)
#include "test_core_fused_adam.moc"
