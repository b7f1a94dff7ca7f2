#include "material_mode_combo.h"

#include <algorithm>

namespace kps {

MaterialModeCombo::MaterialModeCombo(QWidget* parent) : QComboBox(parent)
{
    addItem(tr("Fixed (every face keeps its colour)"),
            QString::fromLatin1(materialModeName(MaterialMode::Fixed)));
    addItem(tr("Random (new colours in every image)"),
            QString::fromLatin1(materialModeName(MaterialMode::PerImage)));
    setToolTip(tr("Fixed gives the spacecraft one livery, as a real one has, so a model can tell "
                  "its faces (and symmetric corners) apart by colour. Random draws every face's "
                  "colour anew for each image."));
}

MaterialMode MaterialModeCombo::mode() const
{
    return parseMaterialMode(currentData().toString().toStdString()).value_or(MaterialMode::Fixed);
}

void MaterialModeCombo::setMode(MaterialMode mode)
{
    setCurrentIndex(std::max(0, findData(QString::fromLatin1(materialModeName(mode)))));
}

} // namespace kps
