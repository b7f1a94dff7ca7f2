#include "data_status_widgets.h"

#include "dataset_controller.h"
#include "keypoint_image_view.h"
#include "problem_table_model.h"
#include "sample_table_model.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>

#include <algorithm>

namespace kps {

DataStatusWidgets::DataStatusWidgets(DatasetController* controller, KeypointImageView* view,
                                     QWidget* parent)
    : QObject(parent), m_controller(controller), m_view(view)
{
    m_scanProgress = new QProgressBar(parent);
    m_scanProgress->setMaximumWidth(160);
    m_scanProgress->setTextVisible(true);
    m_scanProgress->hide();
    m_datasetLabel = new QLabel(parent);
    m_imageLabel = new QLabel(parent);
    m_cursorLabel = new QLabel(parent);
    m_cursorLabel->setMinimumWidth(
        m_cursorLabel->fontMetrics().horizontalAdvance(QStringLiteral("x 0000.0  y 0000.0")));
    m_zoomLabel = new QLabel(parent);
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    connect(controller, &DatasetController::scanStarted, this, [this](const QString& root) {
        m_scanProgress->setRange(0, 0); // busy until the first progress report
        m_scanProgress->show();
        m_datasetLabel->setText(tr("Scanning %1…").arg(QDir::toNativeSeparators(root)));
    });
    connect(controller, &DatasetController::scanProgress, this, [this](int done, int total) {
        m_scanProgress->setRange(0, std::max(total, 1));
        m_scanProgress->setValue(done);
    });
    connect(controller, &DatasetController::datasetChanged, this, [this] {
        if (!m_controller->isScanning())
            m_scanProgress->hide();
        updateDatasetSummary();
    });
    connect(controller, &DatasetController::datasetFailed, this, [this](const QString& root) {
        m_datasetLabel->setText(tr("Could not open %1").arg(QDir::toNativeSeparators(root)));
    });
    connect(controller, &DatasetController::sampleCleared, this, [this] {
        if (m_controller->shownRow() < 0) // the dataset closed
            m_imageLabel->clear();
    });
    connect(controller, &DatasetController::sampleShown, this, [this] {
        updateImageInfo();
        updateZoom();
    });
    connect(view, &KeypointImageView::zoomFactorChanged, this, &DataStatusWidgets::updateZoom);
    connect(view, &KeypointImageView::cursorPixelChanged, this,
            [this](const QPointF& pixel, bool inside) {
                m_cursorLabel->setText(
                    inside ? tr("x %1  y %2").arg(pixel.x(), 0, 'f', 1).arg(pixel.y(), 0, 'f', 1)
                           : QString());
            });
}

QList<QWidget*> DataStatusWidgets::widgets() const
{
    return {m_datasetLabel, m_scanProgress};
}

QList<QWidget*> DataStatusWidgets::permanentWidgets() const
{
    return {m_imageLabel, m_cursorLabel, m_zoomLabel};
}

void DataStatusWidgets::setViewInfoShown(bool shown)
{
    for (QWidget* widget : permanentWidgets())
        widget->setVisible(shown);
}

void DataStatusWidgets::retranslateUi()
{
    updateDatasetSummary();
    if (m_controller->shownRow() >= 0 && !m_controller->shownStem().isEmpty())
        updateImageInfo();
}

void DataStatusWidgets::updateDatasetSummary()
{
    const DatasetController* controller = m_controller;
    if (controller->isScanning())
        return;
    if (controller->datasetPath().isEmpty() || !controller->scanError().isEmpty()) {
        if (controller->datasetPath().isEmpty())
            m_datasetLabel->clear();
        return;
    }
    const ProblemTableModel* problemModel = controller->problemModel();
    const int problems =
        problemModel->count(ProblemSeverity::Warning) + problemModel->count(ProblemSeverity::Error);
    m_datasetLabel->setText(
        tr("%n image(s)", nullptr, controller->sampleModel()->rowCount()) + QStringLiteral(" · ") +
        tr("%n annotated", nullptr, controller->annotatedCount()) + QStringLiteral(" · ") +
        tr("%n keypoint(s) per image", nullptr, controller->keypointCount()) +
        QStringLiteral(" · ") + tr("%n problem(s)", nullptr, problems));
}

void DataStatusWidgets::updateImageInfo()
{
    const LoadedSample& sample = m_controller->shownSample();
    if (sample.row < 0 || sample.row >= m_controller->sampleModel()->rowCount())
        return;
    const SampleEntry& entry = m_controller->sampleModel()->sample(sample.row);
    QString info = m_controller->shownStem();
    if (!sample.image.isNull())
        info += QStringLiteral(" · ") +
                tr("%1 × %2 px").arg(sample.image.width()).arg(sample.image.height());
    if (sample.annotation)
        info += QStringLiteral(" · ") + tr("%n visible", nullptr, sample.visibleCount);
    else if (entry.annotationPath.empty())
        info += QStringLiteral(" · ") + tr("not annotated");
    m_imageLabel->setText(info);
}

void DataStatusWidgets::updateZoom()
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_view->zoomFactor() * 100)));
}

} // namespace kps
