#pragma once
// OnnxExportJob runs kps::exportOnnxModel (build, write, verify with OpenCV DNN against LibTorch)
// for File > Export model… off the UI thread (QtConcurrent) and hands back plain values through
// queued signals. An export cannot be interrupted half-way (the file is written atomically and
// only renamed into place once verified); the destructor waits for a running one.

#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace kps {

struct OnnxExportSettings
{
    QString weights;
    QString output;
    QString dataset; // verification crops from here; empty: rendered synthetic images
    int opset = 13;
    int batch = 0; // 0: dynamic
    bool heatmaps = true;
    bool coordinates = true;
    bool includeNormalisation = false;
};

struct OnnxExportOutcome
{
    bool verified = false;
    QString file;    // the verified output, or `<output>.unverified`
    QString summary; // the comparison lines (OnnxVerificationResult::summary)
    QString error;   // non-empty: nothing was exported (bad weights, options, path)
    double maxHeatmapDelta = 0.0;
    double maxCoordinateDeltaPx = 0.0;
};

class OnnxExportJob : public QObject
{
    Q_OBJECT

public:
    explicit OnnxExportJob(QObject* parent = nullptr);
    ~OnnxExportJob() override; // waits for a running export

    // Ignored while an export is in progress.
    void start(const OnnxExportSettings& settings);
    bool isRunning() const;

Q_SIGNALS:
    // step of 3 (loaded, written, verified) and the stage now running, for a progress bar.
    void progressChanged(int step, int steps, const QString& stage);
    void finished(const kps::OnnxExportOutcome& outcome);
    void jobProgress(int step, int steps, const QString& stage, QPrivateSignal);

private:
    QFutureWatcher<OnnxExportOutcome>* m_watcher = nullptr;
};

} // namespace kps

Q_DECLARE_METATYPE(kps::OnnxExportOutcome)
