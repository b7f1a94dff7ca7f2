#include "training_curves_plot.h"

#include "flow_layout.h"

#include "qcustomplot_include.h"

#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <cstdio>
#include <limits>

namespace kps {

namespace {

constexpr int kSeriesCount = static_cast<int>(TrainingCurvesPlot::Series::ValMeanError) + 1;

int index(TrainingCurvesPlot::Series s)
{
    return static_cast<int>(s);
}

bool finite(double v)
{
    return std::isfinite(v);
}

// Okabe-Ito colours: distinguishable for colour-blind users and in greyscale print.
const QColor kTrain(0, 114, 178);
const QColor kVal(213, 94, 0);
const QColor kBatchRaw(190, 190, 190);
const QColor kBatchSmooth(86, 86, 86);
const QColor kLearningRate(0, 158, 115);
const QColor kPck2(204, 121, 167);
const QColor kPck5(0, 114, 178);
const QColor kMeanError(230, 159, 0);
const QColor kBest(0, 158, 115);

} // namespace

TrainingCurvesPlot::TrainingCurvesPlot(QWidget* parent) : QWidget(parent)
{
    // The controls flow into as many rows as the width needs: each stays whole and readable
    // when the plot is narrow (a laptop, or longer translations).
    auto* bar = new QWidget(this);
    auto* controls = new FlowLayout(bar);

    m_batchCheck = new QCheckBox(tr("Batch loss"), bar);
    m_batchCheck->setChecked(m_batchLossVisible);
    m_batchCheck->setToolTip(tr("Show the loss of every logged batch and its smoothed curve"));
    connect(m_batchCheck, &QCheckBox::toggled, this, &TrainingCurvesPlot::setBatchLossVisible);
    controls->addWidget(m_batchCheck);

    auto* smoothing = new QWidget(bar); // the label stays beside its field
    auto* smoothingLayout = new QHBoxLayout(smoothing);
    smoothingLayout->setContentsMargins(0, 0, 0, 0);
    auto* smoothingLabel = new QLabel(tr("Smoothing:"), smoothing);
    smoothingLayout->addWidget(smoothingLabel);
    m_smoothingSpin = new QDoubleSpinBox(smoothing);
    m_smoothingSpin->setRange(0.0, 0.999);
    m_smoothingSpin->setDecimals(3);
    m_smoothingSpin->setSingleStep(0.05);
    m_smoothingSpin->setValue(m_smoothing);
    m_smoothingSpin->setToolTip(
        tr("Exponential moving average factor for the batch loss (0 = no smoothing)"));
    smoothingLabel->setBuddy(m_smoothingSpin);
    connect(m_smoothingSpin, &QDoubleSpinBox::valueChanged, this,
            &TrainingCurvesPlot::setSmoothing);
    smoothingLayout->addWidget(m_smoothingSpin);
    controls->addWidget(smoothing);

    m_partsCheck = new QCheckBox(tr("Focal / L1 parts"), bar);
    m_partsCheck->setToolTip(tr("Show the focal and L1 parts of the train and validation loss"));
    connect(m_partsCheck, &QCheckBox::toggled, this, &TrainingCurvesPlot::setLossPartsVisible);
    controls->addWidget(m_partsCheck);

    m_logCheck = new QCheckBox(tr("Log scale"), bar);
    m_logCheck->setToolTip(tr("Logarithmic loss axis"));
    connect(m_logCheck, &QCheckBox::toggled, this, &TrainingCurvesPlot::setLossLogScale);
    controls->addWidget(m_logCheck);

    auto* fitButton = new QToolButton(bar);
    fitButton->setText(tr("Fit"));
    fitButton->setToolTip(
        tr("Show all data and follow new points again (drag to pan, wheel to zoom)"));
    connect(fitButton, &QToolButton::clicked, this, &TrainingCurvesPlot::fitToData);
    controls->addWidget(fitButton);

    auto* exportButton = new QToolButton(bar);
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the curves as a PNG or PDF figure"));
    connect(exportButton, &QToolButton::clicked, this, &TrainingCurvesPlot::exportWithDialog);
    controls->addWidget(exportButton);

    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(320, 300);
    buildPlot();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_plot, 1);
}

QCPGraph* TrainingCurvesPlot::addGraph(QCPAxisRect* rect, bool secondAxis, const QString& name,
                                       const QColor& colour, Qt::PenStyle style, bool scatter,
                                       QCPLegend* legend)
{
    QCPGraph* g = m_plot->addGraph(rect->axis(QCPAxis::atBottom),
                                   rect->axis(secondAxis ? QCPAxis::atRight : QCPAxis::atLeft));
    g->setName(name);
    QPen pen(colour, 1.6, style);
    g->setPen(pen);
    if (scatter)
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 4));
    if (legend)
        g->addToLegend(legend);
    return g;
}

void TrainingCurvesPlot::buildPlot()
{
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->plotLayout()->clear();
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

    auto* margins = new QCPMarginGroup(m_plot);
    auto makeRect = [&](int row, const QString& yLabel, bool secondAxis) {
        auto* rect = new QCPAxisRect(m_plot);
        m_plot->plotLayout()->addElement(row, 0, rect);
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        rect->axis(QCPAxis::atLeft)->setLabel(yLabel);
        rect->axis(QCPAxis::atRight)->setVisible(secondAxis);
        rect->setRangeDrag(Qt::Horizontal | Qt::Vertical);
        rect->setRangeZoom(Qt::Horizontal | Qt::Vertical);
        return rect;
    };
    m_lossRect = makeRect(0, tr("Loss"), false);
    m_lrRect = makeRect(1, tr("Learning rate"), false);
    m_metricsRect = makeRect(2, tr("PCK (%)"), true);
    m_metricsRect->axis(QCPAxis::atRight)->setLabel(tr("Mean error (px)"));
    m_metricsRect->axis(QCPAxis::atRight)->setTickLabels(true);
    m_metricsRect->axis(QCPAxis::atBottom)->setLabel(tr("Epoch"));
    m_plot->plotLayout()->setRowStretchFactor(0, 3.0);
    m_plot->plotLayout()->setRowStretchFactor(1, 1.2);
    m_plot->plotLayout()->setRowStretchFactor(2, 2.0);

    // One epoch axis: moving any panel's x range moves the others.
    const QList<QCPAxisRect*> rects{m_lossRect, m_lrRect, m_metricsRect};
    for (QCPAxisRect* a : rects)
        for (QCPAxisRect* b : rects)
            if (a != b)
                connect(a->axis(QCPAxis::atBottom),
                        qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
                        b->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::setRange));

    m_lrRect->axis(QCPAxis::atLeft)->setScaleType(QCPAxis::stLogarithmic);
    m_lrRect->axis(QCPAxis::atLeft)->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_lrRect->axis(QCPAxis::atLeft)->setNumberFormat(QStringLiteral("eb"));
    m_lrRect->axis(QCPAxis::atLeft)->setNumberPrecision(0);

    auto makeLegend = [&](QCPAxisRect* rect, Qt::Alignment alignment) {
        auto* legend = new QCPLegend;
        rect->insetLayout()->addElement(legend, alignment);
        legend->setLayer(QStringLiteral("legend"));
        legend->setBrush(QColor(255, 255, 255, 210));
        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        legend->setFont(font);
        legend->setRowSpacing(-2);
        return legend;
    };
    // Loss decays away from the top right; PCK saturates high and the error low, so the
    // middle right of the metrics panel is the free corner there.
    QCPLegend* lossLegend = makeLegend(m_lossRect, Qt::AlignTop | Qt::AlignRight);
    QCPLegend* metricsLegend = makeLegend(m_metricsRect, Qt::AlignVCenter | Qt::AlignRight);

    m_graphs.resize(kSeriesCount);
    m_graphs[index(Series::BatchLoss)] =
        addGraph(m_lossRect, false, tr("Batch loss"), kBatchRaw, Qt::SolidLine, false, lossLegend);
    m_graphs[index(Series::BatchLossSmoothed)] =
        addGraph(m_lossRect, false, tr("Batch loss (smoothed)"), kBatchSmooth, Qt::SolidLine, false,
                 lossLegend);
    m_graphs[index(Series::TrainLoss)] =
        addGraph(m_lossRect, false, tr("Train loss"), kTrain, Qt::SolidLine, true, lossLegend);
    m_graphs[index(Series::ValLoss)] =
        addGraph(m_lossRect, false, tr("Validation loss"), kVal, Qt::SolidLine, true, lossLegend);
    m_graphs[index(Series::TrainFocal)] =
        addGraph(m_lossRect, false, tr("Train focal"), kTrain, Qt::DashLine, false, lossLegend);
    m_graphs[index(Series::ValFocal)] =
        addGraph(m_lossRect, false, tr("Validation focal"), kVal, Qt::DashLine, false, lossLegend);
    m_graphs[index(Series::TrainL1)] =
        addGraph(m_lossRect, false, tr("Train L1 (×5)"), kTrain, Qt::DotLine, false, lossLegend);
    m_graphs[index(Series::ValL1)] =
        addGraph(m_lossRect, false, tr("Validation L1 (×5)"), kVal, Qt::DotLine, false, lossLegend);
    m_graphs[index(Series::LearningRate)] =
        addGraph(m_lrRect, false, tr("Learning rate"), kLearningRate, Qt::SolidLine, true, nullptr);
    m_graphs[index(Series::ValPck2)] =
        addGraph(m_metricsRect, false, tr("PCK@2"), kPck2, Qt::SolidLine, true, metricsLegend);
    m_graphs[index(Series::ValPck5)] =
        addGraph(m_metricsRect, false, tr("PCK@5"), kPck5, Qt::SolidLine, true, metricsLegend);
    m_graphs[index(Series::ValMeanError)] = addGraph(m_metricsRect, true, tr("Mean error (px)"),
                                                     kMeanError, Qt::DashLine, true, metricsLegend);
    m_graphs[index(Series::BatchLoss)]->setLineStyle(QCPGraph::lsLine);

    // Best epoch: a vertical line through all three panels, labelled in the loss panel.
    for (QCPAxisRect* rect : rects) {
        auto* line = new QCPItemStraightLine(m_plot);
        line->setClipAxisRect(rect);
        for (QCPItemPosition* p : {line->point1, line->point2}) {
            p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            p->setAxisRect(rect);
            p->setTypeX(QCPItemPosition::ptPlotCoords);
            p->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        line->point1->setCoords(0, 0);
        line->point2->setCoords(0, 1);
        line->setPen(QPen(kBest, 1.2, Qt::DashDotLine));
        line->setVisible(false);
        m_bestLines.push_back(line);
    }
    m_bestLabel = new QCPItemText(m_plot);
    m_bestLabel->setClipAxisRect(m_lossRect);
    m_bestLabel->position->setAxes(m_lossRect->axis(QCPAxis::atBottom),
                                   m_lossRect->axis(QCPAxis::atLeft));
    m_bestLabel->position->setAxisRect(m_lossRect);
    m_bestLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_bestLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_bestLabel->setBrush(QColor(255, 255, 255, 220));
    m_bestLabel->setPadding(QMargins(4, 2, 4, 2));
    m_bestLabel->setColor(kBest.darker(130));
    m_bestLabel->setVisible(false);

    // Any zoom or pan by the user stops auto-fitting until Fit is pressed.
    connect(m_plot, &QCustomPlot::mousePress, this, [this] { m_followData = false; });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_followData = false; });
    updateVisibility();
}

void TrainingCurvesPlot::setEpochs(const QVector<EpochPoint>& epochs)
{
    m_epochs = epochs;
    std::sort(m_epochs.begin(), m_epochs.end(),
              [](const EpochPoint& a, const EpochPoint& b) { return a.epoch < b.epoch; });
    rebuildEpochGraphs();
    dataChanged();
}

void TrainingCurvesPlot::appendEpoch(const EpochPoint& point)
{
    while (!m_epochs.isEmpty() && m_epochs.last().epoch >= point.epoch)
        m_epochs.removeLast();
    m_epochs.push_back(point);
    rebuildEpochGraphs(); // a few hundred points at most: rebuilding keeps resume simple
    dataChanged();
}

void TrainingCurvesPlot::setBatches(const QVector<BatchPoint>& batches)
{
    m_batches = batches;
    std::sort(m_batches.begin(), m_batches.end(),
              [](const BatchPoint& a, const BatchPoint& b) { return a.epoch < b.epoch; });
    rebuildSmoothedBatches();
    dataChanged();
}

void TrainingCurvesPlot::appendBatch(const BatchPoint& point)
{
    if (!m_batches.isEmpty() && point.epoch < m_batches.last().epoch) {
        // Out of order (a resumed run): drop the tail it replaces, then rebuild.
        while (!m_batches.isEmpty() && m_batches.last().epoch >= point.epoch)
            m_batches.removeLast();
        m_batches.push_back(point);
        rebuildSmoothedBatches();
    } else {
        m_batches.push_back(point);
        if (finite(point.loss)) {
            m_ema =
                m_emaStarted ? m_smoothing * m_ema + (1.0 - m_smoothing) * point.loss : point.loss;
            m_emaStarted = true;
            graph(Series::BatchLoss)->addData(point.epoch, point.loss);
            graph(Series::BatchLossSmoothed)->addData(point.epoch, m_ema);
        }
    }
    dataChanged();
}

void TrainingCurvesPlot::clear()
{
    m_epochs.clear();
    m_batches.clear();
    rebuildEpochGraphs();
    rebuildSmoothedBatches();
    m_followData = true;
    dataChanged();
}

void TrainingCurvesPlot::setSmoothing(double factor)
{
    factor = std::clamp(factor, 0.0, 0.999);
    if (factor == m_smoothing)
        return;
    m_smoothing = factor;
    if (m_smoothingSpin->value() != factor)
        m_smoothingSpin->setValue(factor);
    rebuildSmoothedBatches();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingCurvesPlot::setLossLogScale(bool on)
{
    QCPAxis* axis = m_lossRect->axis(QCPAxis::atLeft);
    if (on) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    } else {
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    if (m_logCheck->isChecked() != on)
        m_logCheck->setChecked(on);
    if (m_followData)
        fitToData();
    else
        m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool TrainingCurvesPlot::lossLogScale() const
{
    return m_lossRect->axis(QCPAxis::atLeft)->scaleType() == QCPAxis::stLogarithmic;
}

void TrainingCurvesPlot::setLossPartsVisible(bool on)
{
    m_lossPartsVisible = on;
    if (m_partsCheck->isChecked() != on)
        m_partsCheck->setChecked(on);
    updateVisibility();
    dataChanged();
}

void TrainingCurvesPlot::setBatchLossVisible(bool on)
{
    m_batchLossVisible = on;
    if (m_batchCheck->isChecked() != on)
        m_batchCheck->setChecked(on);
    updateVisibility();
    dataChanged();
}

void TrainingCurvesPlot::updateVisibility()
{
    for (Series s : {Series::TrainFocal, Series::ValFocal, Series::TrainL1, Series::ValL1})
        graph(s)->setVisible(m_lossPartsVisible);
    graph(Series::BatchLoss)->setVisible(m_batchLossVisible);
    graph(Series::BatchLossSmoothed)->setVisible(m_batchLossVisible);
    // QCPLegend lays out hidden items too: rebuild the legends from the visible graphs only.
    for (QCPAxisRect* rect : {m_lossRect, m_metricsRect}) {
        const auto elements = rect->insetLayout()->elements(false);
        for (QCPLayoutElement* e : elements) {
            auto* legend = qobject_cast<QCPLegend*>(e);
            if (!legend)
                continue;
            legend->clearItems();
            for (QCPGraph* g : m_graphs)
                if (g->keyAxis()->axisRect() == rect && g->visible() &&
                    g != graph(Series::LearningRate))
                    g->addToLegend(legend);
        }
    }
}

void TrainingCurvesPlot::rebuildEpochGraphs()
{
    auto fill = [this](Series s, auto member) {
        QVector<double> k, v;
        for (const EpochPoint& p : m_epochs) {
            const double value = p.*member;
            if (!finite(value) || (s == Series::LearningRate && value <= 0.0))
                continue;
            k.push_back(p.epoch);
            v.push_back(value);
        }
        graph(s)->setData(k, v, true);
    };
    fill(Series::TrainLoss, &EpochPoint::trainLoss);
    fill(Series::ValLoss, &EpochPoint::valLoss);
    fill(Series::TrainFocal, &EpochPoint::trainFocal);
    fill(Series::ValFocal, &EpochPoint::valFocal);
    fill(Series::TrainL1, &EpochPoint::trainL1);
    fill(Series::ValL1, &EpochPoint::valL1);
    fill(Series::LearningRate, &EpochPoint::lr);
    fill(Series::ValPck2, &EpochPoint::valPck2);
    fill(Series::ValPck5, &EpochPoint::valPck5);
    fill(Series::ValMeanError, &EpochPoint::valMeanError);

    m_bestEpoch = -1;
    double best = std::numeric_limits<double>::infinity();
    for (const EpochPoint& p : m_epochs)
        if (finite(p.valLoss) && p.valLoss < best) {
            best = p.valLoss;
            m_bestEpoch = p.epoch;
        }
    updateBestEpochMarker();
}

void TrainingCurvesPlot::rebuildSmoothedBatches()
{
    QVector<double> k, raw, smooth;
    m_emaStarted = false;
    m_ema = 0.0;
    for (const BatchPoint& p : m_batches) {
        if (!finite(p.loss))
            continue;
        m_ema = m_emaStarted ? m_smoothing * m_ema + (1.0 - m_smoothing) * p.loss : p.loss;
        m_emaStarted = true;
        k.push_back(p.epoch);
        raw.push_back(p.loss);
        smooth.push_back(m_ema);
    }
    graph(Series::BatchLoss)->setData(k, raw, true);
    graph(Series::BatchLossSmoothed)->setData(k, smooth, true);
}

void TrainingCurvesPlot::updateBestEpochMarker()
{
    const bool show = m_bestEpoch >= 0;
    for (QCPItemStraightLine* line : m_bestLines) {
        line->setVisible(show);
        line->point1->setCoords(m_bestEpoch, 0);
        line->point2->setCoords(m_bestEpoch, 1);
    }
    m_bestLabel->setVisible(show);
    if (show) {
        // Beside the line, on the side with more room, low in the panel: the legend fills the
        // top right and converged losses hug the bottom.
        const int lastEpoch = m_epochs.isEmpty() ? m_bestEpoch : m_epochs.last().epoch;
        const bool textLeft = m_bestEpoch > lastEpoch / 2;
        m_bestLabel->setPositionAlignment((textLeft ? Qt::AlignRight : Qt::AlignLeft) |
                                          Qt::AlignVCenter);
        m_bestLabel->position->setCoords(m_bestEpoch, 0.78);
        m_bestLabel->setText(tr("best: epoch %1").arg(m_bestEpoch));
    }
}

void TrainingCurvesPlot::dataChanged()
{
    if (m_followData)
        fitToData();
    else
        m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingCurvesPlot::fitToData()
{
    m_followData = true;
    for (QCPAxisRect* rect : {m_lossRect, m_lrRect, m_metricsRect}) {
        for (QCPAxis* axis : rect->axes()) {
            bool any = false;
            QCPRange range;
            for (QCPGraph* g : m_graphs) {
                if (!g->visible() || g->dataCount() == 0 ||
                    (g->keyAxis() != axis && g->valueAxis() != axis))
                    continue;
                bool found = false;
                const QCP::SignDomain domain =
                    axis->scaleType() == QCPAxis::stLogarithmic ? QCP::sdPositive : QCP::sdBoth;
                const QCPRange r = g->keyAxis() == axis ? g->getKeyRange(found, domain)
                                                        : g->getValueRange(found, domain);
                if (!found)
                    continue;
                if (!any)
                    range = r;
                else
                    range.expand(r);
                any = true;
            }
            if (!any)
                continue;
            if (axis->orientation() == Qt::Horizontal) {
                range.lower = std::min(range.lower, 0.0);
                range.upper = std::max(range.upper, range.lower + 1.0);
            } else if (axis->scaleType() == QCPAxis::stLogarithmic) {
                range = QCPRange(range.lower / 1.3, range.upper * 1.3);
            } else {
                const double pad = std::max(0.05 * range.size(), 1e-9);
                range = QCPRange(range.lower - pad, range.upper + pad);
            }
            axis->setRange(range);
        }
    }
    // Percentages read best on their natural scale.
    if (graph(Series::ValPck2)->dataCount() + graph(Series::ValPck5)->dataCount() > 0)
        m_metricsRect->axis(QCPAxis::atLeft)->setRange(0, 100);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool TrainingCurvesPlot::exportPng(const QString& path, int width, int height)
{
    const int w = width > 0 ? width : std::max(m_plot->width(), 800);
    const int h = height > 0 ? height : std::max(m_plot->height(), 600);
    const QPixmap pixmap = m_plot->toPixmap(w, h);
    QSaveFile file(path);
    if (pixmap.isNull() || !file.open(QIODevice::WriteOnly))
        return false;
    if (!pixmap.save(&file, "PNG")) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

bool TrainingCurvesPlot::exportPdf(const QString& path, int width, int height)
{
    // QCustomPlot writes the PDF itself; write beside the target and rename so a reader
    // never sees a half-written file.
    const QString partial = path + QStringLiteral(".part");
    const int w = width > 0 ? width : std::max(m_plot->width(), 800);
    const int h = height > 0 ? height : std::max(m_plot->height(), 600);
    if (!m_plot->savePdf(partial, w, h, QCP::epNoCosmetic, QString(), tr("Training curves"))) {
        QFile::remove(partial);
        return false;
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) !=
        0) {
        QFile::remove(partial);
        return false;
    }
    return true;
}

void TrainingCurvesPlot::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export training curves"), QStringLiteral("training_curves.png"),
        tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const bool pdf =
        QFileInfo(path).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0;
    if (!(pdf ? exportPdf(path) : exportPng(path)))
        QMessageBox::warning(this, tr("Export training curves"),
                             tr("%1: could not be written").arg(QDir::toNativeSeparators(path)));
}

int TrainingCurvesPlot::pointCount(Series series) const
{
    return graph(series)->dataCount();
}

QVector<double> TrainingCurvesPlot::keys(Series series) const
{
    QVector<double> result;
    for (auto it = graph(series)->data()->constBegin(); it != graph(series)->data()->constEnd();
         ++it)
        result.push_back(it->key);
    return result;
}

QVector<double> TrainingCurvesPlot::values(Series series) const
{
    QVector<double> result;
    for (auto it = graph(series)->data()->constBegin(); it != graph(series)->data()->constEnd();
         ++it)
        result.push_back(it->value);
    return result;
}

QCPGraph* TrainingCurvesPlot::graph(Series series) const
{
    return m_graphs.at(index(series));
}

} // namespace kps
