#include "inspect_image_panel.h"

#include "heatmap_image.h"
#include "inspect_controller.h"
#include "keypoint_image_view.h"
#include "letterbox_crop.h"
#include "flow_layout.h"
#include "prediction_overlay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace kps {

InspectImagePanel::InspectImagePanel(InspectController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The view's controls wrap into rows when the panel is narrow (a laptop, German labels)
    // instead of hiding behind a toolbar's overflow button.
    auto* bar = new QWidget(this);
    auto* controls = new FlowLayout(bar);
    m_spaceCombo = new QComboBox(bar);
    m_spaceCombo->addItem(tr("Original image"));
    m_spaceCombo->addItem(tr("Model crop"));
    m_spaceCombo->setToolTip(tr("Show the original image or the model's input crop"));
    controls->addWidget(m_spaceCombo);
    m_showVectors = new QCheckBox(tr("Error vectors"), bar);
    controls->addWidget(m_showVectors);
    m_showEllipses = new QCheckBox(tr("Uncertainty"), bar);
    m_showEllipses->setToolTip(
        tr("2-sigma ellipse of the heatmap's SoftArgMax distribution; dashed red: multi-peak"));
    controls->addWidget(m_showEllipses);
    auto* overlay = new QWidget(bar); // the opacity slider stays beside its check box
    auto* overlayRow = new QHBoxLayout(overlay);
    overlayRow->setContentsMargins(0, 0, 0, 0);
    m_showHeatmapOverlay = new QCheckBox(tr("Heatmap overlay"), overlay);
    m_showHeatmapOverlay->setToolTip(tr("Overlay the selected keypoint's predicted heatmap"));
    overlayRow->addWidget(m_showHeatmapOverlay);
    m_overlayOpacity = new QSlider(Qt::Horizontal, overlay);
    m_overlayOpacity->setRange(0, 100);
    m_overlayOpacity->setFixedWidth(80);
    m_overlayOpacity->setToolTip(tr("Heatmap overlay opacity"));
    overlayRow->addWidget(m_overlayOpacity);
    controls->addWidget(overlay);
    m_correctButton = new QPushButton(tr("Correct this"), bar);
    m_correctButton->setToolTip(
        tr("Turn the predictions into an editable annotation of this image (undoable)"));
    m_correctButton->setEnabled(false);
    controls->addWidget(m_correctButton);
    layout->addWidget(bar);
    m_view = new KeypointImageView(this);
    m_view->setPlaceholderText(tr("Choose a model and a dataset, then Run"));
    m_view->setMarkerStyle(KeypointImageView::MarkerStyle::Cross); // ground truth x, prediction o
    m_overlay = new PredictionOverlay(m_view);
    layout->addWidget(m_view, 1);
    m_info = new QLabel(this);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setWordWrap(true); // long pose-check messages must not widen the window
    layout->addWidget(m_info);
    reflectOptions();

    // The user's choices go to the controller.
    connect(m_spaceCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        m_controller->setViewSpace(i == 1 ? InspectController::ViewSpace::Crop
                                          : InspectController::ViewSpace::Original);
    });
    const auto editOptions = [this] {
        InspectController::Options options = m_controller->options();
        options.showErrorVectors = m_showVectors->isChecked();
        options.showEllipses = m_showEllipses->isChecked();
        options.showHeatmapOverlay = m_showHeatmapOverlay->isChecked();
        options.overlayOpacity = m_overlayOpacity->value();
        m_controller->setOptions(options);
    };
    for (QCheckBox* box : {m_showVectors, m_showEllipses, m_showHeatmapOverlay})
        connect(box, &QCheckBox::toggled, this, editOptions);
    connect(m_overlayOpacity, &QSlider::valueChanged, this, editOptions);
    connect(m_correctButton, &QPushButton::clicked, m_controller,
            &InspectController::requestCorrection);
    connect(m_view, &KeypointImageView::keypointSelected, m_controller,
            &InspectController::selectKeypoint);

    // What the controller holds comes back here.
    connect(m_controller, &InspectController::imageChanged, this, [this] {
        updateInfo();
        m_correctButton->setEnabled(true);
        updateImageView();
    });
    connect(m_controller, &InspectController::viewSpaceChanged, this, [this] {
        const QSignalBlocker blocker(m_spaceCombo);
        m_spaceCombo->setCurrentIndex(
            m_controller->viewSpace() == InspectController::ViewSpace::Crop ? 1 : 0);
        updateImageView();
        m_view->fitToWindow();
    });
    connect(m_controller, &InspectController::optionsChanged, this, [this] {
        reflectOptions();
        updateHeatmapOverlay();
    });
    connect(m_controller, &InspectController::selectedKeypointChanged, this, [this](int keypoint) {
        if (keypoint >= 0)
            m_view->setSelectedKeypoint(keypoint);
        updateHeatmapOverlay();
    });
}

void InspectImagePanel::reflectOptions()
{
    const InspectController::Options& options = m_controller->options();
    for (QWidget* widget : std::initializer_list<QWidget*>{m_showVectors, m_showEllipses,
                                                           m_showHeatmapOverlay, m_overlayOpacity})
        widget->blockSignals(true);
    m_showVectors->setChecked(options.showErrorVectors);
    m_showEllipses->setChecked(options.showEllipses);
    m_showHeatmapOverlay->setChecked(options.showHeatmapOverlay);
    m_overlayOpacity->setValue(options.overlayOpacity);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_showVectors, m_showEllipses,
                                                           m_showHeatmapOverlay, m_overlayOpacity})
        widget->blockSignals(false);
    m_overlay->setErrorVectorsVisible(options.showErrorVectors);
    m_overlay->setEllipsesVisible(options.showEllipses);
}

void InspectImagePanel::updateInfo()
{
    const InspectionDataPtr data = m_controller->inspection();
    const int index = m_controller->imageIndex();
    if (!data || index < 0)
        return;
    const InspectedImage& image = data->images[static_cast<std::size_t>(index)];
    const ImageStatistics* stats = nullptr;
    for (const ImageStatistics& s : data->summary.perImage)
        if (s.image == image.stem)
            stats = &s;
    QString info = tr("%1 (%2 of %3), %4 x %5")
                       .arg(m_controller->currentStem())
                       .arg(index + 1)
                       .arg(data->images.size())
                       .arg(image.width)
                       .arg(image.height);
    if (stats && stats->count > 0)
        info += tr("; mean error %1 px (%2 original px), max %3 px")
                    .arg(stats->meanError, 0, 'f', 2)
                    .arg(stats->meanErrorOriginal, 0, 'f', 2)
                    .arg(stats->maxError, 0, 'f', 2);
    else if (!image.hasGroundTruth)
        info += tr("; no ground truth");
    if (data->poseCheck)
        for (const PoseCheckImage& pose : data->poseCheck->perImage)
            if (pose.image == image.stem)
                info += pose.solved
                            ? tr("; pose: rotation error %1°, translation error %2")
                                  .arg(pose.rotationErrorDeg, 0, 'f', 2)
                                  .arg(pose.translationError, 0, 'f', 3)
                            : tr("; pose not solved (%1)").arg(QString::fromStdString(pose.reason));
    m_info->setText(info);
}

void InspectImagePanel::updateImageView()
{
    m_overlay->clear();
    const InspectionDataPtr data = m_controller->inspection();
    const int index = m_controller->imageIndex();
    if (!data || index < 0) {
        m_view->clear();
        return;
    }
    const InspectedImage& image = data->images[static_cast<std::size_t>(index)];
    const int k = data->keypointCount();
    const int heat = data->heatmapSize();
    const KeypointResult* results = data->resultsOf(index);
    const QImage original = m_controller->originalImage();
    const bool crop = m_controller->viewSpace() == InspectController::ViewSpace::Crop;

    m_view->setImage(crop ? m_controller->cropImage(original) : original);
    if (crop) {
        m_view->setCropBox(QRectF());
    } else {
        const LetterboxCrop geometry(data->modelConfig.preprocess, image.width, image.height);
        const cv::Rect2d box = geometry.cropRectInImage();
        m_view->setCropBox(QRectF(box.x, box.y, box.width, box.height));
    }
    const auto scene = [this](QPointF n) { return m_controller->sceneOfNormalised(n); };
    // Ground truth (x markers of the view) of visible keypoints.
    QVector<KeypointMarker> markers;
    for (int c = 0; c < k; ++c)
        if (results[c].record.visible) {
            const QPointF n(image.groundTruth[2 * c], image.groundTruth[2 * c + 1]);
            markers.append({c, scene(n) - QPointF(0.5, 0.5), true});
        }
    m_view->setKeypoints(markers);
    if (m_controller->selectedKeypoint() >= 0) {
        const QSignalBlocker blocker(m_view); // showing the selection is no new selection
        m_view->setSelectedKeypoint(m_controller->selectedKeypoint());
    }

    QVector<PredictionMarker> predictions;
    for (int c = 0; c < k; ++c) {
        const std::size_t i = static_cast<std::size_t>(c);
        PredictionMarker p;
        p.keypoint = c;
        const QPointF n(image.predicted[2 * c], image.predicted[2 * c + 1]);
        p.predicted = scene(n);
        p.peak = image.peaks[i];
        p.predictedVisible = image.peaks[i] >= InspectController::kVisibilityThreshold;
        p.hasGroundTruth = results[c].record.visible;
        if (p.hasGroundTruth)
            p.groundTruth = scene(QPointF(image.groundTruth[2 * c], image.groundTruth[2 * c + 1]));
        // 2-sigma ellipse of the SoftArgMax distribution, mapped from heatmap pixels.
        const KeypointSpread& s = image.spreads[i];
        if (heat > 1 && s.sigmaMajor > 0) {
            const double unit = 2.0 / (heat - 1);
            const QPointF major(std::cos(s.orientation) * s.sigmaMajor * unit,
                                std::sin(s.orientation) * s.sigmaMajor * unit);
            const QPointF minor(-std::sin(s.orientation) * s.sigmaMinor * unit,
                                std::cos(s.orientation) * s.sigmaMinor * unit);
            p.majorAxis = scene(n + major) - p.predicted;
            p.minorAxis = scene(n + minor) - p.predicted;
            p.multiPeak = s.multiPeak;
        }
        predictions.append(p);
    }
    m_overlay->setPredictions(predictions);
    updateHeatmapOverlay();
}

void InspectImagePanel::updateHeatmapOverlay()
{
    const InspectionDataPtr data = m_controller->inspection();
    const int keypoint = m_controller->selectedKeypoint();
    const std::vector<float>& heatmaps = m_controller->heatmaps();
    if (!data || m_controller->imageIndex() < 0 || keypoint < 0 || heatmaps.empty() ||
        !m_controller->options().showHeatmapOverlay) {
        m_overlay->setHeatmap(QImage(), QTransform(), 1.0);
        return;
    }
    const int heat = data->heatmapSize();
    const QImage map = colourise(heatmaps.data() + std::size_t(keypoint) * heat * heat, heat, heat,
                                 ColourMap::Viridis, 0.0f, 1.0f);
    // Heatmap pixel j sits at normalised j / (HEAT-1): map the tile's edges accordingly.
    auto scene = [&](double u, double v) {
        return m_controller->sceneOfNormalised(
            QPointF((u - 0.5) / (heat - 1), (v - 0.5) / (heat - 1)));
    };
    const QPointF o = scene(0, 0), ax = scene(1, 0) - o, ay = scene(0, 1) - o;
    m_overlay->setHeatmap(map, QTransform(ax.x(), ax.y(), ay.x(), ay.y(), o.x(), o.y()),
                          m_controller->options().overlayOpacity / 100.0);
}

} // namespace kps
