#pragma once
// MaterialModeCombo chooses how the generator colours the spacecraft (MaterialMode: a fixed livery
// or new colours in every image), with the same items and tooltip wherever it appears (the New
// synthetic dataset dialog, the Train page's synthetic data).

#include "material_mode.h"

#include <QComboBox>

namespace kps {

class MaterialModeCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit MaterialModeCombo(QWidget* parent = nullptr); // starts at MaterialMode::Fixed

    MaterialMode mode() const;
    void setMode(MaterialMode mode);
};

} // namespace kps
