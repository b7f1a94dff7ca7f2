#include "heatmap_evolution_view.h"

#include "heatmap_grid_view.h"
#include "qcustomplot_include.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kps {

namespace {

const QColor kPeak(0, 114, 178);
const QColor kSigma(213, 94, 0);
const QColor kMultiPeak(204, 0, 0);
const QColor kTargetSigma(120, 120, 120);
const QColor kCurrent(0, 158, 115);

} // namespace

HeatmapEvolutionView::HeatmapEvolutionView(QWidget* parent) : QWidget(parent)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &HeatmapEvolutionView::stepForward);

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    m_playButton = new QToolButton(this);
    m_playButton->setCheckable(true);
    m_playButton->setText(tr("Play"));
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_playButton->setToolTip(tr("Step through the epochs automatically"));
    connect(m_playButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            play();
        else
            pause();
    });
    controls->addWidget(m_playButton);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, 0);
    m_slider->setEnabled(false);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setToolTip(tr("Epoch whose heatmaps are shown"));
    connect(m_slider, &QSlider::valueChanged, this, &HeatmapEvolutionView::setCurrentIndex);
    controls->addWidget(m_slider, 1);

    m_epochLabel = new QLabel(this);
    m_epochLabel->setMinimumWidth(
        m_epochLabel->fontMetrics().horizontalAdvance(tr("Epoch %1 of %2").arg(9999).arg(9999)));
    controls->addWidget(m_epochLabel);

    m_grid = new HeatmapGridView(this);
    connect(m_grid, &HeatmapGridView::keypointSelected, this, [this](int k) {
        updateStatisticsPlot();
        Q_EMIT keypointSelected(k);
    });

    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(190);
    m_plot->setToolTip(tr("Selected keypoint over the epochs: peak height, fitted sigma against "
                          "the target's sigma, and epochs with a second peak"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->xAxis->setLabel(tr("Epoch"));
    m_plot->yAxis->setLabel(tr("Peak height"));
    m_plot->yAxis2->setVisible(true);
    m_plot->yAxis2->setLabel(tr("Sigma (px)"));
    m_plot->setAutoAddPlottableToLegend(false);

    m_peakGraph = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    m_peakGraph->setName(tr("Peak height"));
    m_peakGraph->setPen(QPen(kPeak, 1.6));
    m_peakGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kPeak, kPeak, 4));
    m_sigmaGraph = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    m_sigmaGraph->setName(tr("Fitted sigma"));
    m_sigmaGraph->setPen(QPen(kSigma, 1.6));
    m_sigmaGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, kSigma, kSigma, 5));
    m_multiPeakGraph = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    m_multiPeakGraph->setName(tr("Second peak"));
    m_multiPeakGraph->setLineStyle(QCPGraph::lsNone);
    m_multiPeakGraph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCrossSquare, QPen(kMultiPeak, 1.4), Qt::NoBrush, 8));

    m_targetSigmaLine = new QCPItemStraightLine(m_plot);
    m_targetSigmaLine->point1->setAxes(m_plot->xAxis, m_plot->yAxis2);
    m_targetSigmaLine->point2->setAxes(m_plot->xAxis, m_plot->yAxis2);
    m_targetSigmaLine->setPen(QPen(kTargetSigma, 1.2, Qt::DashLine));
    m_currentEpochLine = new QCPItemStraightLine(m_plot);
    for (QCPItemPosition* p : {m_currentEpochLine->point1, m_currentEpochLine->point2}) {
        p->setTypeX(QCPItemPosition::ptPlotCoords);
        p->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    m_currentEpochLine->setPen(QPen(kCurrent, 1.2));
    m_currentEpochLine->setVisible(false);

    // A legend entry for the dashed target line: a two-point helper graph is simpler than a
    // custom legend item and stays out of the data (it is never given data).
    auto* targetLegend = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    targetLegend->setName(tr("Target sigma"));
    targetLegend->setPen(m_targetSigmaLine->pen());
    for (QCPGraph* g : {m_peakGraph, m_sigmaGraph, targetLegend, m_multiPeakGraph})
        g->addToLegend();
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setBorderPen(Qt::NoPen);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    m_plot->legend->setFont(font);
    m_plot->legend->setRowSpacing(-2);
    // Two rows of two, readable in a narrow panel too (setFillOrder rearranges with the wrap).
    m_plot->legend->setWrap(2);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    // Above the plot rather than over the curves.
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, legendRow);
    legendRow->addElement(0, 0, m_plot->legend);
    legendRow->setMargins(QMargins(4, 2, 4, 0));
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_grid);
    splitter->addWidget(m_plot);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    setTargetSigma(m_targetSigma);
    updateEpochLabel();
}

void HeatmapEvolutionView::setEpochs(const QVector<int>& epochs)
{
    const int previous = currentEpoch();
    m_epochs = epochs;
    std::sort(m_epochs.begin(), m_epochs.end());
    m_epochs.erase(std::unique(m_epochs.begin(), m_epochs.end()), m_epochs.end());
    int index = m_epochs.indexOf(previous);
    if (index < 0)
        index = m_epochs.isEmpty() ? -1 : 0;
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, std::max<int>(0, m_epochs.size() - 1));
        m_slider->setEnabled(m_epochs.size() > 1);
    }
    m_index = -2; // force showCurrent and the signal when the epoch differs
    if (index >= 0 && m_epochs[index] == previous) {
        m_index = index;
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(index);
        showCurrent();
    } else {
        setCurrentIndex(index);
    }
}

void HeatmapEvolutionView::appendEpoch(int epoch)
{
    if (m_epochs.contains(epoch))
        return;
    const bool atEnd = m_epochs.isEmpty() || m_index == m_epochs.size() - 1;
    const bool ascending = m_epochs.isEmpty() || epoch > m_epochs.last();
    if (!ascending) {
        QVector<int> all = m_epochs;
        all.push_back(epoch);
        setEpochs(all);
        return;
    }
    m_epochs.push_back(epoch);
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, m_epochs.size() - 1);
        m_slider->setEnabled(m_epochs.size() > 1);
    }
    if ((m_followLatest && atEnd && !isPlaying()) || m_index < 0)
        setCurrentIndex(m_epochs.size() - 1);
    else
        updateEpochLabel();
}

void HeatmapEvolutionView::setHeatmaps(int epoch, const HeatmapSet& set)
{
    m_sets.insert(epoch, set);
    if (epoch == currentEpoch())
        m_grid->setHeatmaps(set);
}

void HeatmapEvolutionView::clear()
{
    pause();
    m_sets.clear();
    m_statistics.clear();
    setEpochs({});
    m_grid->clear();
    updateStatisticsPlot();
}

int HeatmapEvolutionView::currentEpoch() const
{
    return m_index >= 0 && m_index < m_epochs.size() ? m_epochs[m_index] : -1;
}

void HeatmapEvolutionView::setCurrentEpoch(int epoch)
{
    const int index = m_epochs.indexOf(epoch);
    if (index >= 0)
        setCurrentIndex(index);
}

void HeatmapEvolutionView::setCurrentIndex(int index)
{
    if (index < -1 || index >= m_epochs.size() || index == m_index)
        return;
    m_index = index;
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(std::max(0, index));
    }
    showCurrent();
    if (index >= 0)
        Q_EMIT epochChanged(m_epochs[index]);
}

void HeatmapEvolutionView::showCurrent()
{
    const int epoch = currentEpoch();
    const auto it = m_sets.constFind(epoch);
    if (it != m_sets.constEnd())
        m_grid->setHeatmaps(*it);
    // Otherwise keep the previous maps until the caller answers epochChanged: a blank flash
    // between epochs would make playback flicker.
    updateEpochLabel();
    if (epoch >= 0) {
        m_currentEpochLine->point1->setCoords(epoch, 0);
        m_currentEpochLine->point2->setCoords(epoch, 1);
    }
    m_currentEpochLine->setVisible(epoch >= 0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapEvolutionView::updateEpochLabel()
{
    m_epochLabel->setText(m_epochs.isEmpty()
                              ? tr("No snapshots")
                              : tr("Epoch %1 of %2").arg(currentEpoch()).arg(m_epochs.last()));
}

bool HeatmapEvolutionView::isPlaying() const
{
    return m_timer->isActive();
}

void HeatmapEvolutionView::setPlayInterval(int milliseconds)
{
    m_timer->setInterval(std::max(10, milliseconds));
}

int HeatmapEvolutionView::playInterval() const
{
    return m_timer->interval();
}

void HeatmapEvolutionView::play()
{
    if (m_epochs.size() < 2) {
        pause();
        return;
    }
    if (m_index >= m_epochs.size() - 1)
        setCurrentIndex(0); // Play at the end starts over
    m_timer->start();
    const QSignalBlocker blocker(m_playButton);
    m_playButton->setChecked(true);
    m_playButton->setText(tr("Pause"));
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
}

void HeatmapEvolutionView::pause()
{
    m_timer->stop();
    const QSignalBlocker blocker(m_playButton);
    m_playButton->setChecked(false);
    m_playButton->setText(tr("Play"));
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
}

void HeatmapEvolutionView::stepForward()
{
    if (m_index + 1 < m_epochs.size())
        setCurrentIndex(m_index + 1);
    if (m_index >= m_epochs.size() - 1)
        pause();
}

void HeatmapEvolutionView::setKeypointStatistics(const QVector<KeypointEvolution>& perKeypoint)
{
    m_statistics = perKeypoint;
    updateStatisticsPlot();
}

void HeatmapEvolutionView::setTargetSigma(double sigma)
{
    m_targetSigma = sigma;
    m_targetSigmaLine->point1->setCoords(0, sigma);
    m_targetSigmaLine->point2->setCoords(1, sigma);
    updateStatisticsPlot();
}

QCPGraph* HeatmapEvolutionView::statisticsGraph(int which) const
{
    switch (which) {
    case 0:
        return m_peakGraph;
    case 1:
        return m_sigmaGraph;
    default:
        return m_multiPeakGraph;
    }
}

void HeatmapEvolutionView::updateStatisticsPlot()
{
    const int k = m_grid->selectedKeypoint();
    QVector<double> e, peak, se, sigma, me, multi;
    if (k >= 0 && k < m_statistics.size()) {
        const KeypointEvolution& s = m_statistics[k];
        for (int i = 0; i < s.epochs.size(); ++i) {
            const double p = i < s.peakHeight.size() ? s.peakHeight[i] : std::nan("");
            if (std::isfinite(p)) {
                e.push_back(s.epochs[i]);
                peak.push_back(p);
            }
            if (i < s.fittedSigma.size() && std::isfinite(s.fittedSigma[i])) {
                se.push_back(s.epochs[i]);
                sigma.push_back(s.fittedSigma[i]);
            }
            if (i < s.multiPeak.size() && s.multiPeak[i]) {
                me.push_back(s.epochs[i]);
                multi.push_back(std::isfinite(p) ? p : 0.0);
            }
        }
    }
    m_peakGraph->setData(e, peak, true);
    m_sigmaGraph->setData(se, sigma, true);
    m_multiPeakGraph->setData(me, multi, true);

    double lo = 0.0, hi = 1.0;
    if (!e.isEmpty() || !se.isEmpty()) {
        lo = std::numeric_limits<double>::max();
        hi = std::numeric_limits<double>::lowest();
        for (const QVector<double>* v : {&e, &se})
            if (!v->isEmpty()) {
                lo = std::min(lo, v->first());
                hi = std::max(hi, v->last());
            }
    } else if (!m_epochs.isEmpty()) {
        lo = m_epochs.first();
        hi = m_epochs.last();
    }
    m_plot->xAxis->setRange(lo - 0.5, std::max(hi, lo + 1.0) + 0.5);
    m_plot->yAxis->setRange(0.0, 1.05);
    double sigmaMax = 2.0 * m_targetSigma;
    for (double s : sigma)
        sigmaMax = std::max(sigmaMax, s);
    m_plot->yAxis2->setRange(0.0, sigmaMax * 1.1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace kps
