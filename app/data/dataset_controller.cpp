#include "dataset_controller.h"

#include "annotation_document.h"
#include "apply_predictions_command.h"
#include "dataset_layout.h"
#include "dataset_scan_worker.h"
#include "letterbox_crop.h"
#include "preprocess_config.h"
#include "problem_table_model.h"
#include "sample_table_model.h"
#include "thumbnail_cache.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUndoStack>

namespace kps {

namespace {

constexpr int kMaxRecentDatasets = 10;
const char* const kRecentKey = "datasets/recent";
const char* const kLastKey = "datasets/last";

QString toQString(const std::filesystem::path& path)
{
    return path.empty() ? QString() : QString::fromStdString(path.string());
}

// Visible keypoints of `annotation` inside the model's default crop of a w x h image.
int visibleInCrop(const Annotation& annotation, int width, int height)
{
    if (width <= 0 || height <= 0)
        return 0;
    int inCrop = 0;
    try {
        const LetterboxCrop crop(PreprocessConfig{}, width, height);
        const cv::Rect2d box = crop.cropRectInImage();
        for (const VertexRecord& vertex : annotation.visibleVertices())
            if (vertex.pixel && vertex.pixel->x >= box.x && vertex.pixel->y >= box.y &&
                vertex.pixel->x < box.x + box.width && vertex.pixel->y < box.y + box.height)
                ++inCrop;
    } catch (const std::exception&) {
        // Degenerate size: no crop statistics.
    }
    return inCrop;
}

} // namespace

DatasetController::DatasetController(QObject* parent)
    : QObject(parent), m_scanWorker(new DatasetScanWorker(this)), m_loader(new SampleLoader(this)),
      m_demoJob(new DemoDatasetJob(this)), m_sampleModel(new SampleTableModel(this)),
      m_problemModel(new ProblemTableModel(this)), m_thumbnails(new ThumbnailCache(this)),
      m_demoDir(DemoDatasetJob::defaultLocation())
{
    m_sampleModel->setThumbnailCache(m_thumbnails);
    connect(m_scanWorker, &DatasetScanWorker::started, this, [this](const QString& root) {
        m_scanning = true;
        Q_EMIT scanStarted(root);
        Q_EMIT datasetChanged();
    });
    connect(m_scanWorker, &DatasetScanWorker::progressChanged, this,
            &DatasetController::scanProgress);
    connect(m_scanWorker, &DatasetScanWorker::finished, this, &DatasetController::onScanFinished);
    connect(m_scanWorker, &DatasetScanWorker::failed, this, &DatasetController::onScanFailed);
    connect(m_loader, &SampleLoader::loaded, this, &DatasetController::onSampleLoaded);
    connect(m_demoJob, &DemoDatasetJob::finished, this, &DatasetController::onDemoFinished);
}

DatasetController::~DatasetController()
{
    // The document's undo stack may sit in a page's QUndoGroup: leave it before the page goes.
    delete m_document;
    m_document = nullptr;
}

// ---- Dataset ---------------------------------------------------------------------------------

bool DatasetController::openDataset(const QString& path)
{
    if (!maybeSaveChanges())
        return false;
    setDocument(nullptr);
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    m_datasetPath = absolute;
    m_scanError.clear();
    m_keypointCount = 0;
    m_edges.clear();
    m_currentRow = -1;
    m_shownRow = -1;
    m_shownStem.clear();
    m_shown = LoadedSample();
    m_shownErrors.clear();
    m_loader->cancel();
    m_sampleModel->clear();
    m_problemModel->clear();
    Q_EMIT sampleCleared();
    Q_EMIT currentSampleChanged(-1);
    m_scanWorker->start(absolute); // scanStarted and datasetChanged follow
    return true;
}

bool DatasetController::openLastDataset()
{
    const QString last = QSettings().value(QLatin1String(kLastKey)).toString();
    if (last.isEmpty() || !QFileInfo(last).isDir())
        return false;
    openDataset(last);
    return true;
}

void DatasetController::setDemoDataset(const QString& dir, const DemoDatasetSettings& settings)
{
    m_demoDir = dir;
    m_demoSettings = settings;
}

void DatasetController::openDemoDataset()
{
    if (DemoDatasetJob::isComplete(m_demoDir)) {
        openDataset(m_demoDir);
        return;
    }
    if (m_demoJob->isRunning())
        return;
    Q_EMIT demoStarted(m_demoSettings.count);
    m_demoJob->start(m_demoDir, m_demoSettings);
}

void DatasetController::cancelDemo()
{
    if (m_demoJob->isRunning())
        m_demoJob->cancel();
}

void DatasetController::onDemoFinished(bool ok, const QString& dir, const QString& error)
{
    Q_EMIT demoFinished(ok, error);
    if (ok)
        openDataset(dir);
}

int DatasetController::annotatedCount() const
{
    int annotated = 0;
    for (const SampleEntry& entry : m_sampleModel->samples())
        annotated += entry.annotated ? 1 : 0;
    return annotated;
}

void DatasetController::onScanFinished(const DatasetIndex& index)
{
    m_scanning = false;
    m_keypointCount = index.keypointCount;
    m_edges.clear();
    if (index.mesh)
        for (const auto& edge : index.mesh->wireframeEdges())
            m_edges.append({edge[0], edge[1]});
    m_sampleModel->setSamples(index.samples);
    m_problemModel->setProblems(index.root, index.problems);
    if (index.usable()) {
        QSettings().setValue(QLatin1String(kLastKey), m_datasetPath);
        addRecentDataset(m_datasetPath);
    }
    Q_EMIT datasetChanged();
    // The page selects the first image of its list here.
    Q_EMIT datasetOpened(m_datasetPath, m_sampleModel->rowCount());
}

void DatasetController::onScanFailed(const QString& root, const QString& message)
{
    m_scanning = false;
    m_scanError = message;
    Q_EMIT datasetChanged();
    Q_EMIT datasetFailed(root, message);
}

QStringList DatasetController::recentDatasets()
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void DatasetController::clearRecentDatasets()
{
    QSettings().remove(QLatin1String(kRecentKey));
    Q_EMIT recentDatasetsChanged();
}

void DatasetController::addRecentDataset(const QString& path)
{
    QStringList recent = recentDatasets();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentDatasets)
        recent.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), recent);
    Q_EMIT recentDatasetsChanged();
}

// ---- Selection -------------------------------------------------------------------------------

bool DatasetController::selectSample(int row)
{
    if (row < 0 || row >= m_sampleModel->rowCount())
        return false;
    if (row != m_shownRow) {
        if (!maybeSaveChanges()) {
            // Cancel: the edited image stays selected and shown.
            Q_EMIT currentSampleChanged(m_currentRow);
            return false;
        }
        showSample(row);
    }
    if (m_currentRow != row) {
        m_currentRow = row;
        Q_EMIT currentSampleChanged(row);
    }
    return true;
}

void DatasetController::showSample(int row)
{
    // From here until the new image arrives nothing is editable: an edit must never reach the
    // previous image's document while the list already points at the next one.
    setDocument(nullptr);
    m_shownStem.clear();
    m_shownRow = row;
    Q_EMIT sampleCleared();
    const SampleEntry& entry = m_sampleModel->sample(row);
    SampleRequest request;
    request.row = row;
    request.imagePath = toQString(entry.imagePath);
    request.annotationPath = toQString(entry.annotationPath);
    m_loader->request(request);
}

void DatasetController::onSampleLoaded(const LoadedSample& sample)
{
    if (sample.row != m_shownRow || sample.row < 0 || sample.row >= m_sampleModel->rowCount())
        return;
    const SampleEntry& entry = m_sampleModel->sample(sample.row);
    if (sample.imagePath != toQString(entry.imagePath))
        return; // a result for another image (the list changed meanwhile): never show it here
    const QString stem = QString::fromStdString(entry.stem);
    m_shownStem = stem;
    m_shown = sample;
    m_shownErrors.clear();
    if (entry.imagePath.empty())
        m_shownErrors << tr("%1 has an annotation but no image.").arg(stem);
    if (!sample.imageError.isEmpty())
        m_shownErrors << tr("The image could not be read: %1").arg(sample.imageError);
    if (!sample.annotationError.isEmpty())
        m_shownErrors << tr("The annotation could not be read: %1").arg(sample.annotationError);

    // A fresh document (and undo stack) for this stem. An unreadable annotation is not
    // editable: saving over it would lose whatever the user may still repair by hand.
    AnnotationDocument* document = nullptr;
    if (!sample.image.isNull() && sample.annotationError.isEmpty()) {
        const std::filesystem::path file =
            entry.annotationPath.empty()
                ? layout::annotationFile(m_datasetPath.toStdString(), entry.stem)
                : entry.annotationPath;
        document =
            new AnnotationDocument(stem, file, sample.annotation.get(), m_keypointCount, this);
    }
    setDocument(document);
    Q_EMIT sampleShown(sample.row);
    // After the image is on screen: the correction is an edit of what the user sees.
    applyPendingCorrection();
}

// ---- Editing ---------------------------------------------------------------------------------

bool DatasetController::editable() const
{
    return m_document && m_document->stem() == m_shownStem;
}

void DatasetController::setDocument(AnnotationDocument* document)
{
    if (m_document) {
        AnnotationDocument* old = m_document;
        m_document = nullptr;
        m_sampleModel->setModified(m_sampleModel->rowForStem(old->stem()), false);
        old->disconnect(this);
        Q_EMIT documentChanged(nullptr); // views let go of it before it goes
        delete old;                      // its undo stack leaves any group with it
    }
    m_document = document;
    if (document) {
        connect(document, &AnnotationDocument::changed, this, &DatasetController::documentEdited);
        connect(document, &AnnotationDocument::modifiedChanged, this, [this](bool modified) {
            if (!m_document)
                return;
            m_sampleModel->setModified(m_sampleModel->rowForStem(m_document->stem()), modified);
            Q_EMIT modifiedChanged(modified);
        });
    }
    Q_EMIT documentChanged(document);
}

bool DatasetController::moveKeypoint(int index, const QPointF& pixel)
{
    return editable() && m_document->moveKeypoint(index, pixel);
}

bool DatasetController::placeKeypoint(int index, const QPointF& pixel)
{
    return editable() && m_document->placeKeypoint(index, pixel);
}

bool DatasetController::saveAnnotation()
{
    if (!m_document)
        return false;
    try {
        m_document->save();
    } catch (const std::exception& error) {
        Q_EMIT saveFailed(QString::fromUtf8(error.what()));
        return false;
    }
    const int row = m_sampleModel->rowForStem(m_document->stem());
    if (row >= 0) {
        const SampleEntry& entry = m_sampleModel->sample(row);
        m_sampleModel->updateAnnotation(
            row, m_document->file(), m_document->visibleCount(),
            visibleInCrop(m_document->annotation(), entry.imageWidth, entry.imageHeight));
        Q_EMIT datasetChanged();
    }
    Q_EMIT saved(toQString(m_document->file()));
    return true;
}

void DatasetController::setUnsavedChangesPrompt(UnsavedChangesPrompt prompt)
{
    m_unsavedPrompt = std::move(prompt);
}

bool DatasetController::maybeSaveChanges()
{
    if (!m_document || !m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer =
        m_unsavedPrompt ? m_unsavedPrompt(m_document->stem()) : QMessageBox::Cancel;
    switch (answer) {
    case QMessageBox::Save:
        return saveAnnotation();
    case QMessageBox::Discard:
        // Nothing is written; the stack goes with the document when the next image loads.
        m_document->undoStack()->setClean();
        return true;
    default:
        return false;
    }
}

bool DatasetController::applyCorrection(const QString& stem, const QVector<QPointF>& pixels,
                                        const QVector<bool>& visible)
{
    const int row = m_sampleModel->rowForStem(stem);
    if (row < 0) {
        Q_EMIT correctionRefused(stem);
        return false;
    }
    m_pendingCorrection = PendingCorrection{stem, pixels, visible};
    if (row == m_shownRow && m_document && m_document->stem() == stem)
        applyPendingCorrection();
    else
        selectSample(row); // applied once the image and its document are loaded
    return true;
}

void DatasetController::applyPendingCorrection()
{
    if (!m_pendingCorrection || !m_document || m_document->stem() != m_pendingCorrection->stem)
        return;
    const PendingCorrection correction = *m_pendingCorrection;
    m_pendingCorrection.reset();
    m_document->undoStack()->push(
        new ApplyPredictionsCommand(m_document, correction.pixels, correction.visible));
    Q_EMIT correctionApplied(correction.stem);
}

} // namespace kps
