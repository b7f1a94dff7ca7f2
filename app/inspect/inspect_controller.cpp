#include "inspect_controller.h"

#include "evaluation_report_writer.h"
#include "keypoint_image_view.h"
#include "letterbox_crop.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <utility>

namespace kps {

namespace {

std::filesystem::path toPath(const QString& text)
{
    return std::filesystem::path(text.toStdString());
}

QString weightsFileOf(const QString& weightsOrRunDir)
{
    const QFileInfo info(weightsOrRunDir);
    if (info.isDir())
        return QDir(info.absoluteFilePath()).filePath(QStringLiteral("best.pt"));
    return weightsOrRunDir.isEmpty() ? QString() : info.absoluteFilePath();
}

} // namespace

InspectController::InspectController(QObject* parent) : QObject(parent), m_images(this)
{
    qRegisterMetaType<kps::InspectController::ViewSpace>();
    m_worker = new InspectionWorker(this);
    m_compareWorker = new InspectionWorker(this);

    connect(m_worker, &InspectionWorker::started, this, [this](bool runsModel) {
        Q_EMIT runningChanged(true);
        Q_EMIT progressChanged(0, 0);
        setRunStatus(runsModel ? tr("Running the model…") : tr("Loading cached results…"));
    });
    connect(m_worker, &InspectionWorker::progressChanged, this,
            [this](int done, int total, double eta) {
                Q_EMIT progressChanged(done, std::max(1, total));
                setRunStatus(eta >= 0 ? tr("%1 of %2 images, about %3 s left")
                                            .arg(done)
                                            .arg(total)
                                            .arg(std::ceil(eta), 0, 'f', 0)
                                      : tr("%1 of %2 images").arg(done).arg(total));
            });
    connect(m_worker, &InspectionWorker::finished, this, &InspectController::onInspectionFinished);
    connect(m_worker, &InspectionWorker::failed, this, [this](const QString& message) {
        Q_EMIT runningChanged(false);
        setRunStatus(tr("Failed: %1").arg(message));
        Q_EMIT statusMessage(tr("Inspection failed: %1").arg(message), 0);
    });
    connect(m_worker, &InspectionWorker::cancelled, this, [this] {
        Q_EMIT runningChanged(false);
        setRunStatus(tr("Cancelled; nothing was cached."));
        Q_EMIT statusMessage(tr("Inspection cancelled"), 3000);
    });

    connect(m_compareWorker, &InspectionWorker::started, this, [this](bool runsModel) {
        Q_EMIT comparisonRunningChanged(true);
        setComparisonStatus(runsModel ? tr("Running model B…")
                                      : tr("Loading model B's cached results…"));
    });
    connect(m_compareWorker, &InspectionWorker::progressChanged, this,
            [this](int done, int total, double) {
                setComparisonStatus(tr("Model B: %1 of %2 images").arg(done).arg(total));
            });
    connect(m_compareWorker, &InspectionWorker::finished, this,
            [this](InspectionDataPtr data, bool) { onComparisonFinished(std::move(data)); });
    connect(m_compareWorker, &InspectionWorker::failed, this, [this](const QString& message) {
        Q_EMIT comparisonRunningChanged(false);
        setComparisonStatus(tr("Failed: %1").arg(message));
    });
    connect(m_compareWorker, &InspectionWorker::cancelled, this, [this] {
        Q_EMIT comparisonRunningChanged(false);
        setComparisonStatus(tr("Cancelled"));
    });
}

InspectController::~InspectController()
{
    m_worker->cancel();
    m_compareWorker->cancel();
}

void InspectController::setRunStatus(const QString& text)
{
    m_runStatus = text;
    Q_EMIT runStatusChanged(text);
}

void InspectController::setComparisonStatus(const QString& text)
{
    m_comparisonStatus = text;
    Q_EMIT comparisonStatusChanged(text);
}

InspectionRequest InspectController::request(const QString& weights) const
{
    InspectionRequest r;
    r.weightsFile = toPath(weights);
    r.datasetRoot = toPath(m_datasetPath);
    r.split = m_split.toStdString();
    return r;
}

void InspectController::loadCompleteCache()
{
    // Instant reopening: a complete cache of the choice loads off-thread; nothing runs the model.
    if (!m_modelPath.isEmpty() && !m_datasetPath.isEmpty() &&
        InspectionCache::isComplete(InspectionCache::directory(request(m_modelPath))))
        runInspection(false);
}

void InspectController::setDatasetPath(const QString& path)
{
    const QString clean =
        path.trimmed().isEmpty() ? QString() : QFileInfo(path.trimmed()).absoluteFilePath();
    if (clean == m_datasetPath)
        return;
    m_datasetPath = clean;
    Q_EMIT datasetPathChanged(clean);
    loadCompleteCache();
}

void InspectController::setModelPath(const QString& weightsOrRunDir)
{
    const QString file = weightsFileOf(weightsOrRunDir.trimmed());
    if (file == m_modelPath)
        return;
    m_modelPath = file;
    Q_EMIT modelPathChanged(file);
    loadCompleteCache();
}

void InspectController::setSplit(const QString& split)
{
    const QString value = split == QLatin1String("val") ? split : QStringLiteral("all");
    if (value == m_split)
        return;
    m_split = value;
    Q_EMIT splitChanged(value);
}

bool InspectController::hasSplitFile() const
{
    return QFileInfo::exists(
        QFileInfo(m_modelPath).absoluteDir().filePath(QStringLiteral("split.json")));
}

void InspectController::restoreInputs(const QString& model, const QString& dataset,
                                      const QString& split)
{
    setSplit(split);
    m_modelPath = weightsFileOf(model.trimmed());
    m_datasetPath =
        dataset.trimmed().isEmpty() ? QString() : QFileInfo(dataset.trimmed()).absoluteFilePath();
    Q_EMIT modelPathChanged(m_modelPath);
    Q_EMIT datasetPathChanged(m_datasetPath);
    loadCompleteCache();
}

bool InspectController::runInspection(bool forceRun)
{
    if (m_modelPath.isEmpty() || m_datasetPath.isEmpty()) {
        Q_EMIT statusMessage(tr("Choose a model and a dataset first"), 4000);
        setRunStatus(tr("Choose a model and a dataset first"));
        return false;
    }
    if (!QFileInfo::exists(m_modelPath)) {
        setRunStatus(tr("No such model file: %1").arg(m_modelPath));
        return false;
    }
    m_worker->start(request(m_modelPath), forceRun);
    return true;
}

void InspectController::cancelInspection()
{
    m_worker->cancel();
    setRunStatus(tr("Cancelling…"));
}

void InspectController::onInspectionFinished(InspectionDataPtr data, bool fromCache)
{
    m_data = std::move(data);
    m_imageIndex = -1;
    m_images.clear();
    Q_EMIT runningChanged(false);
    const QString status = fromCache
                               ? tr("Loaded cached results: %1 images").arg(m_data->images.size())
                               : tr("Inspection finished: %1 images").arg(m_data->images.size());
    setRunStatus(status + (m_data->problems.empty()
                               ? QString()
                               : tr(" (%1 problems)").arg(m_data->problems.size())));
    Q_EMIT statusMessage(status, 4000);
    Q_EMIT inspectionChanged();
    if (m_compareData)
        updateComparison();

    int index = m_data->imageIndex(m_currentStem.toStdString());
    if (index < 0 && !m_data->images.empty())
        index = 0;
    if (index >= 0) {
        const bool changed = QString::fromStdString(m_data->images[index].stem) != m_currentStem;
        showImageIndex(index);
        if (changed)
            Q_EMIT imageSelected(m_currentStem);
    }
    Q_EMIT inspectionReady();
}

void InspectController::setComparisonModelPath(const QString& weightsOrRunDir)
{
    const QString file = weightsFileOf(weightsOrRunDir.trimmed());
    if (file == m_comparisonModelPath)
        return;
    m_comparisonModelPath = file;
    Q_EMIT comparisonModelPathChanged(file);
}

bool InspectController::runComparison()
{
    if (m_comparisonModelPath.isEmpty() || m_datasetPath.isEmpty() ||
        !QFileInfo::exists(m_comparisonModelPath)) {
        setComparisonStatus(tr("Choose model B (a weights file) and a dataset first"));
        return false;
    }
    m_compareWorker->start(request(m_comparisonModelPath), false);
    return true;
}

void InspectController::onComparisonFinished(InspectionDataPtr data)
{
    m_compareData = std::move(data);
    Q_EMIT comparisonRunningChanged(false);
    if (m_data)
        updateComparison();
    else
        setComparisonStatus(tr("Model B is ready; run model A to compare"));
    Q_EMIT comparisonReady();
}

void InspectController::updateComparison()
{
    m_comparisonResult = ModelComparison::compare(m_data->summary, m_compareData->summary);
    const MetricDelta* mean = m_comparisonResult.metric("euclidean_mean");
    const auto fileName = [](const std::filesystem::path& path) {
        return QString::fromStdString(path.filename().string());
    };
    setComparisonStatus(mean ? tr("A: %1, B: %2; euclidean mean %3 -> %4 px (B - A = %5)")
                                   .arg(fileName(m_data->request.weightsFile),
                                        fileName(m_compareData->request.weightsFile))
                                   .arg(mean->a, 0, 'f', 3)
                                   .arg(mean->b, 0, 'f', 3)
                                   .arg(mean->delta, 0, 'f', 3)
                             : tr("Compared"));
    Q_EMIT comparisonChanged();
}

bool InspectController::showImage(const QString& stem)
{
    if (!m_data) {
        m_currentStem = stem;
        return false;
    }
    const int index = m_data->imageIndex(stem.toStdString());
    if (index < 0)
        return false;
    if (index == m_imageIndex)
        return true;
    showImageIndex(index);
    Q_EMIT imageSelected(m_currentStem);
    return true;
}

bool InspectController::showNextImage()
{
    if (!m_data || m_imageIndex + 1 >= static_cast<int>(m_data->images.size()))
        return false;
    return showImage(QString::fromStdString(m_data->images[m_imageIndex + 1].stem));
}

bool InspectController::showPreviousImage()
{
    if (!m_data || m_imageIndex <= 0)
        return false;
    return showImage(QString::fromStdString(m_data->images[m_imageIndex - 1].stem));
}

void InspectController::showImageIndex(int index)
{
    m_imageIndex = index;
    const InspectedImage& image = m_data->images[static_cast<std::size_t>(index)];
    m_currentStem = QString::fromStdString(image.stem);
    try {
        m_heatmaps = m_data->loadHeatmaps(index);
    } catch (const std::exception& error) {
        m_heatmaps.clear();
        Q_EMIT statusMessage(QString::fromStdString(error.what()), 5000);
    }
    if (m_selectedKeypoint >= m_data->keypointCount())
        m_selectedKeypoint = -1;
    Q_EMIT imageChanged();
    for (int neighbour : {index + 1, index - 1})
        if (neighbour >= 0 && neighbour < static_cast<int>(m_data->images.size()))
            m_images.prefetch(m_data->images[static_cast<std::size_t>(neighbour)]);
}

void InspectController::selectKeypoint(int keypoint)
{
    if (m_selectingKeypoint)
        return;
    m_selectingKeypoint = true;
    m_selectedKeypoint = keypoint;
    Q_EMIT selectedKeypointChanged(keypoint);
    m_selectingKeypoint = false;
}

void InspectController::setViewSpace(ViewSpace space)
{
    if (space == m_viewSpace)
        return;
    m_viewSpace = space;
    Q_EMIT viewSpaceChanged(space);
}

void InspectController::setOptions(const Options& options)
{
    m_options = options;
    Q_EMIT optionsChanged();
}

QPointF InspectController::sceneOfNormalised(QPointF n) const
{
    if (m_viewSpace == ViewSpace::Crop) {
        const int size = m_data->modelConfig.preprocess.imageSize;
        return n * size; // pixel n*IMG - 0.5 is drawn at scene n*IMG
    }
    const InspectedImage& image = m_data->images[static_cast<std::size_t>(m_imageIndex)];
    const LetterboxCrop geometry(m_data->modelConfig.preprocess, image.width, image.height);
    const Point2 p = geometry.normalisedToImage({n.x(), n.y()});
    return KeypointImageView::scenePosition(QPointF(p.x, p.y));
}

QImage InspectController::originalImage()
{
    if (!m_data || m_imageIndex < 0)
        return {};
    return m_images.original(m_data->images[static_cast<std::size_t>(m_imageIndex)]);
}

QImage InspectController::cropImage(const QImage& original) const
{
    if (!m_data || m_imageIndex < 0)
        return {};
    return InspectionImages::crop(*m_data, m_data->images[static_cast<std::size_t>(m_imageIndex)],
                                  original);
}

void InspectController::requestCorrection()
{
    if (!m_data || m_imageIndex < 0)
        return;
    const InspectedImage& image = m_data->images[static_cast<std::size_t>(m_imageIndex)];
    const KeypointResult* results = m_data->resultsOf(m_imageIndex);
    QVector<QPointF> pixels;
    QVector<bool> visible;
    for (int c = 0; c < m_data->keypointCount(); ++c) {
        const QPointF p(results[c].predictedOriginal.x, results[c].predictedOriginal.y);
        pixels.append(p);
        const bool inside = p.x() >= 0 && p.y() >= 0 && p.x() < image.width && p.y() < image.height;
        visible.append(inside && image.peaks[static_cast<std::size_t>(c)] >= kVisibilityThreshold);
    }
    Q_EMIT correctionRequested(m_currentStem, pixels, visible);
    Q_EMIT statusMessage(tr("Predictions of %1 sent to the annotation editor").arg(m_currentStem),
                         3000);
}

bool InspectController::reportInput(EvaluationReportInput* input) const
{
    if (!m_data)
        return false;
    input->summary = m_data->summary;
    input->results = m_data->results;
    input->modelConfig = m_data->modelConfig;
    input->weightsFile = m_data->request.weightsFile;
    input->datasetRoot = m_data->request.datasetRoot;
    input->datasetImages = m_data->images.size();
    input->datasetAnnotated = static_cast<std::size_t>(
        std::count_if(m_data->images.begin(), m_data->images.end(),
                      [](const InspectedImage& i) { return i.hasGroundTruth; }));
    input->split = QString::fromStdString(m_data->request.split);
    input->poseCheck = m_data->poseCheck;
    input->problems = m_data->problems;
    for (const InspectedImage& image : m_data->images)
        input->imageFiles.emplace(image.stem, image.imagePath);
    return true;
}

} // namespace kps
