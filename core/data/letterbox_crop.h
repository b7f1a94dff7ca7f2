#pragma once
// The geometric half of preprocessing: letterbox an image of any size into the canvas, take the
// centre crop, resize it to IMG x IMG; and the exact maps of points between original-image
// pixels, crop pixels and normalised model coordinates (both directions).
//
// Pixel convention: integer coordinates are pixel centres, origin top-left (as pixel_coordinates
// in the 4SP JSON). A point p maps through the continuous "edge" coordinate p + 0.5, so the
// forward and inverse maps are exact affine inverses for any input size.

#include "preprocess_config.h"

#include <opencv2/core.hpp>

namespace kps {

struct Point2
{
    double x = 0.0;
    double y = 0.0;
};

class LetterboxCrop
{
public:
    LetterboxCrop(const PreprocessConfig& config, int imageWidth, int imageHeight);

    int imageWidth() const { return m_imageWidth; }
    int imageHeight() const { return m_imageHeight; }
    double scaleX() const { return m_scaleX; } // resized width / original width
    double scaleY() const { return m_scaleY; }
    int resizedWidth() const { return m_resizedWidth; }
    int resizedHeight() const { return m_resizedHeight; }
    int padLeft() const { return m_padLeft; }
    int padTop() const { return m_padTop; }
    int cropLeft() const { return m_cropLeft; } // crop origin in canvas pixels
    int cropTop() const { return m_cropTop; }

    // Original-image pixel -> crop pixel (lx, ly), may lie outside [0, crop).
    Point2 imageToCrop(Point2 p) const;
    Point2 cropToImage(Point2 c) const;
    // Crop pixel -> normalised target ((lx+0.5)/cropW, (ly+0.5)/cropH) and back.
    Point2 cropToNormalised(Point2 c) const;
    Point2 normalisedToCrop(Point2 n) const;
    Point2 imageToNormalised(Point2 p) const { return cropToNormalised(imageToCrop(p)); }
    Point2 normalisedToImage(Point2 n) const { return cropToImage(normalisedToCrop(n)); }
    // Normalised -> IMG-space pixels (the seed's evaluation unit): x * IMG - 0.5 convention is
    // not used; the seed measures n * IMG, which we follow for comparable numbers.
    Point2 normalisedToModelPixels(Point2 n) const;

    // DESIGN.md's visibility rule on the crop: 0 <= lx < cropW and 0 <= ly < cropH.
    bool insideCrop(Point2 c) const;

    // The crop rectangle in original-image pixel-edge coordinates (for drawing the crop box).
    cv::Rect2d cropRectInImage() const;

    // BGR uint8 image of this object's size -> IMG x IMG x 3 BGR uint8.
    cv::Mat apply(const cv::Mat& bgr) const;

private:
    PreprocessConfig m_config;
    int m_imageWidth;
    int m_imageHeight;
    int m_resizedWidth;
    int m_resizedHeight;
    double m_scaleX;
    double m_scaleY;
    int m_padLeft;
    int m_padTop;
    int m_cropLeft;
    int m_cropTop;
};

} // namespace kps
