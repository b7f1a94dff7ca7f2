#pragma once
// Turns an annotation into the model's labels: for keypoint k, the normalised crop coordinates
// ((lx+0.5)/cropW, (ly+0.5)/cropH) when it is in visible_vertices and inside the crop, (-1,-1)
// otherwise (DESIGN.md "Preprocessing").

#include "letterbox_crop.h"

#include <vector>

namespace kps {

class Annotation;

// K*2 floats (x0,y0,x1,y1,...).
std::vector<float> keypointLabels(const Annotation& annotation, const LetterboxCrop& geometry,
                                  int keypointCount);

} // namespace kps
