#include "letterbox_crop.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace kps {

LetterboxCrop::LetterboxCrop(const PreprocessConfig& config, int imageWidth, int imageHeight)
    : m_config(config), m_imageWidth(imageWidth), m_imageHeight(imageHeight)
{
    config.validate();
    if (imageWidth <= 0 || imageHeight <= 0)
        throw std::invalid_argument("image size must be positive, got " +
                                    std::to_string(imageWidth) + "x" + std::to_string(imageHeight));
    const double scale = std::min(static_cast<double>(config.canvasWidth) / imageWidth,
                                  static_cast<double>(config.canvasHeight) / imageHeight);
    m_resizedWidth =
        std::clamp(static_cast<int>(std::lround(imageWidth * scale)), 1, config.canvasWidth);
    m_resizedHeight =
        std::clamp(static_cast<int>(std::lround(imageHeight * scale)), 1, config.canvasHeight);
    // The effective scale per axis is the one the resized image really has after rounding.
    m_scaleX = static_cast<double>(m_resizedWidth) / imageWidth;
    m_scaleY = static_cast<double>(m_resizedHeight) / imageHeight;
    m_padLeft = (config.canvasWidth - m_resizedWidth) / 2;
    m_padTop = (config.canvasHeight - m_resizedHeight) / 2;
    m_cropLeft = (config.canvasWidth - config.cropWidth) / 2;
    m_cropTop = (config.canvasHeight - config.cropHeight) / 2;
}

Point2 LetterboxCrop::imageToCrop(Point2 p) const
{
    return {(p.x + 0.5) * m_scaleX + m_padLeft - m_cropLeft - 0.5,
            (p.y + 0.5) * m_scaleY + m_padTop - m_cropTop - 0.5};
}

Point2 LetterboxCrop::cropToImage(Point2 c) const
{
    return {(c.x + 0.5 - m_padLeft + m_cropLeft) / m_scaleX - 0.5,
            (c.y + 0.5 - m_padTop + m_cropTop) / m_scaleY - 0.5};
}

Point2 LetterboxCrop::cropToNormalised(Point2 c) const
{
    return {(c.x + 0.5) / m_config.cropWidth, (c.y + 0.5) / m_config.cropHeight};
}

Point2 LetterboxCrop::normalisedToCrop(Point2 n) const
{
    return {n.x * m_config.cropWidth - 0.5, n.y * m_config.cropHeight - 0.5};
}

Point2 LetterboxCrop::normalisedToModelPixels(Point2 n) const
{
    return {n.x * m_config.imageSize, n.y * m_config.imageSize};
}

bool LetterboxCrop::insideCrop(Point2 c) const
{
    return c.x >= 0.0 && c.x < m_config.cropWidth && c.y >= 0.0 && c.y < m_config.cropHeight;
}

cv::Rect2d LetterboxCrop::cropRectInImage() const
{
    const Point2 topLeft = cropToImage({-0.5, -0.5});
    const Point2 bottomRight = cropToImage({m_config.cropWidth - 0.5, m_config.cropHeight - 0.5});
    return {topLeft.x + 0.5, topLeft.y + 0.5, bottomRight.x - topLeft.x, bottomRight.y - topLeft.y};
}

cv::Mat LetterboxCrop::apply(const cv::Mat& bgr) const
{
    if (bgr.cols != m_imageWidth || bgr.rows != m_imageHeight)
        throw std::invalid_argument("image is " + std::to_string(bgr.cols) + "x" +
                                    std::to_string(bgr.rows) + ", geometry was made for " +
                                    std::to_string(m_imageWidth) + "x" +
                                    std::to_string(m_imageHeight));
    cv::Mat resized;
    if (m_resizedWidth == bgr.cols && m_resizedHeight == bgr.rows) {
        resized = bgr;
    } else {
        const bool shrinking = m_resizedWidth < bgr.cols;
        cv::resize(bgr, resized, cv::Size(m_resizedWidth, m_resizedHeight), 0, 0,
                   shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
    }
    // Only the part of the letterboxed canvas inside the crop is ever built.
    cv::Mat crop(m_config.cropHeight, m_config.cropWidth, CV_8UC3, cv::Scalar(0, 0, 0));
    const cv::Rect placed(m_padLeft - m_cropLeft, m_padTop - m_cropTop, m_resizedWidth,
                          m_resizedHeight);
    const cv::Rect visible = placed & cv::Rect(0, 0, m_config.cropWidth, m_config.cropHeight);
    if (visible.area() > 0)
        resized(visible - placed.tl()).copyTo(crop(visible));
    cv::Mat out;
    cv::resize(crop, out, cv::Size(m_config.imageSize, m_config.imageSize), 0, 0,
               m_config.interpolation == ResizeInterpolation::Area ? cv::INTER_AREA
                                                                   : cv::INTER_LINEAR);
    return out;
}

} // namespace kps
