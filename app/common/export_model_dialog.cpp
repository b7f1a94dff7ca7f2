#include "export_model_dialog.h"

#include "onnx_export.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace kps {

namespace {

QWidget* withBrowseButton(QLineEdit* edit, QPushButton* button)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

ExportModelDialog::ExportModelDialog(QWidget* parent)
    : QDialog(parent), m_job(new OnnxExportJob(this))
{
    setWindowTitle(tr("Export model"));
    m_weights = new QLineEdit;
    m_weights->setObjectName(QStringLiteral("weightsEdit"));
    auto* weightsBrowse = new QPushButton(tr("Browse…"));
    connect(weightsBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Weights file"), m_weights->text(), tr("Weights (*.pt);;All files (*)"));
        if (!file.isEmpty())
            setWeightsPath(file);
    });
    m_output = new QLineEdit;
    m_output->setObjectName(QStringLiteral("outputEdit"));
    auto* outputBrowse = new QPushButton(tr("Browse…"));
    connect(outputBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("ONNX file"), m_output->text(),
                                                          tr("ONNX models (*.onnx)"));
        if (!file.isEmpty())
            m_output->setText(file);
    });
    m_opset = new QSpinBox;
    m_opset->setRange(kOnnxMinOpset, kOnnxMaxOpset);
    m_opset->setValue(kOnnxDefaultOpset);
    m_batchMode = new QComboBox;
    m_batchMode->addItem(tr("Dynamic"));
    m_batchMode->addItem(tr("Fixed"));
    m_batch = new QSpinBox;
    m_batch->setRange(1, 1024);
    auto* batchRow = new QWidget;
    auto* batchLayout = new QHBoxLayout(batchRow);
    batchLayout->setContentsMargins(0, 0, 0, 0);
    batchLayout->addWidget(m_batchMode);
    batchLayout->addWidget(m_batch, 1);
    m_heatmaps = new QCheckBox(tr("Heatmaps (N,K,HEAT,HEAT)"));
    m_heatmaps->setChecked(true);
    m_coordinates = new QCheckBox(tr("Coordinates (N,K,2), normalised"));
    m_coordinates->setChecked(true);
    m_normalisation = new QCheckBox(tr("Include the input normalisation (raw 0-255 RGB input)"));

    auto* form = new QFormLayout;
    form->addRow(tr("Weights:"), withBrowseButton(m_weights, weightsBrowse));
    form->addRow(tr("Output:"), withBrowseButton(m_output, outputBrowse));
    form->addRow(tr("Opset:"), m_opset);
    form->addRow(tr("Batch:"), batchRow);
    form->addRow(tr("Outputs:"), m_heatmaps);
    form->addRow(QString(), m_coordinates);
    form->addRow(QString(), m_normalisation);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 3);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result = new QPlainTextEdit;
    m_result->setReadOnly(true);
    m_result->setVisible(false);
    m_result->setMinimumHeight(80);

    auto* buttons = new QDialogButtonBox;
    m_exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportModelDialog::exportModel);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportModelDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_verdict);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_weights, m_output})
        connect(edit, &QLineEdit::textChanged, this, &ExportModelDialog::updateState);
    for (QCheckBox* box : {m_heatmaps, m_coordinates})
        connect(box, &QCheckBox::toggled, this, &ExportModelDialog::updateState);
    connect(m_batchMode, &QComboBox::currentIndexChanged, this, &ExportModelDialog::updateState);
    connect(m_job, &OnnxExportJob::progressChanged, this,
            [this](int step, int steps, const QString& stage) {
                m_progress->setRange(0, steps);
                m_progress->setValue(step);
                m_progress->setFormat(stage);
            });
    connect(m_job, &OnnxExportJob::finished, this, &ExportModelDialog::onFinished);
    updateState();
}

ExportModelDialog::~ExportModelDialog() = default;

void ExportModelDialog::setWeightsPath(const QString& weights)
{
    m_weights->setText(QDir::toNativeSeparators(weights));
    if (!weights.isEmpty())
        m_output->setText(QDir::toNativeSeparators(
            QFileInfo(weights).absoluteDir().filePath(QStringLiteral("model.onnx"))));
}

void ExportModelDialog::setDatasetPath(const QString& dataset)
{
    m_dataset = dataset;
}

OnnxExportSettings ExportModelDialog::settings() const
{
    OnnxExportSettings settings;
    settings.weights = QDir::fromNativeSeparators(m_weights->text().trimmed());
    settings.output = QDir::fromNativeSeparators(m_output->text().trimmed());
    settings.dataset = m_dataset;
    settings.opset = m_opset->value();
    settings.batch = m_batchMode->currentIndex() == 0 ? 0 : m_batch->value();
    settings.heatmaps = m_heatmaps->isChecked();
    settings.coordinates = m_coordinates->isChecked();
    settings.includeNormalisation = m_normalisation->isChecked();
    return settings;
}

QString ExportModelDialog::validationError() const
{
    const OnnxExportSettings s = settings();
    if (s.weights.isEmpty() || !QFileInfo(s.weights).isFile())
        return tr("Choose a weights file (best.pt or last.pt).");
    if (s.output.isEmpty())
        return tr("Choose where to write the ONNX file.");
    if (!QFileInfo(QFileInfo(s.output).absolutePath()).isDir())
        return tr("The output folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(QFileInfo(s.output).absolutePath()));
    if (!s.heatmaps && !s.coordinates)
        return tr("Choose at least one output.");
    return {};
}

bool ExportModelDialog::exportModel()
{
    if (m_job->isRunning() || !validationError().isEmpty())
        return false;
    m_verdict->clear();
    m_result->clear();
    m_result->setVisible(false);
    m_progress->setVisible(true);
    m_job->start(settings());
    updateState();
    return true;
}

void ExportModelDialog::reject()
{
    if (m_job->isRunning())
        return;
    QDialog::reject();
}

void ExportModelDialog::onFinished(const OnnxExportOutcome& outcome)
{
    m_progress->setVisible(false);
    const QString file = QDir::toNativeSeparators(outcome.file);
    if (!outcome.error.isEmpty()) {
        m_verdict->setText(tr("Export failed: %1").arg(outcome.error));
    } else if (outcome.verified) {
        m_verdict->setText(
            tr("Exported and verified: %1\nOpenCV DNN vs LibTorch: max |Δheatmap| %2, max "
               "|Δcoord| %3 px (IMG space).")
                .arg(file)
                .arg(std::isnan(outcome.maxHeatmapDelta)
                         ? QStringLiteral("-")
                         : QString::number(outcome.maxHeatmapDelta, 'e', 2))
                .arg(std::isnan(outcome.maxCoordinateDeltaPx)
                         ? QStringLiteral("-")
                         : QString::number(outcome.maxCoordinateDeltaPx, 'e', 2)));
    } else {
        m_verdict->setText(
            tr("Verification FAILED: OpenCV DNN and LibTorch disagree beyond the tolerance. The "
               "file is kept as %1 for inspection.")
                .arg(file));
    }
    if (!outcome.summary.isEmpty()) {
        m_result->setPlainText(outcome.summary);
        m_result->setVisible(true);
    }
    updateState();
    Q_EMIT exportFinished(outcome.verified, outcome.file);
}

void ExportModelDialog::updateState()
{
    const bool running = m_job->isRunning();
    const QString error = validationError();
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty() && !running);
    m_exportButton->setEnabled(!running && error.isEmpty());
    m_closeButton->setEnabled(!running);
    for (QWidget* w : std::initializer_list<QWidget*>{m_weights, m_output, m_opset, m_batchMode,
                                                      m_heatmaps, m_coordinates, m_normalisation})
        w->setEnabled(!running);
    m_batch->setEnabled(!running && m_batchMode->currentIndex() == 1);
}

} // namespace kps
