#pragma once
// InspectImagePanel is the Inspect page's central widget: the shown image (original or model
// crop) in a KeypointImageView with the ground truth "x" markers and a PredictionOverlay
// (prediction "o", error vectors, 2-sigma ellipses, the selected keypoint's heatmap), a small
// toolbar for the view space and display options, "Correct this", and a line about the image.
// It reflects an InspectController; clicks on a keypoint select it there.
//
// Threads: UI thread only.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;

namespace kps {

class InspectController;
class KeypointImageView;
class PredictionOverlay;

class InspectImagePanel : public QWidget
{
    Q_OBJECT

public:
    InspectImagePanel(InspectController* controller, QWidget* parent = nullptr);

    KeypointImageView* imageView() const { return m_view; }
    PredictionOverlay* overlay() const { return m_overlay; }
    QLabel* infoLabel() const { return m_info; }

private:
    void reflectOptions();
    void updateInfo();
    void updateImageView();
    void updateHeatmapOverlay();

    InspectController* m_controller;
    KeypointImageView* m_view = nullptr;
    PredictionOverlay* m_overlay = nullptr;
    QComboBox* m_spaceCombo = nullptr;
    QCheckBox* m_showVectors = nullptr;
    QCheckBox* m_showEllipses = nullptr;
    QCheckBox* m_showHeatmapOverlay = nullptr;
    QSlider* m_overlayOpacity = nullptr;
    QPushButton* m_correctButton = nullptr;
    QLabel* m_info = nullptr;
};

} // namespace kps
