#include "inspect_run_panel.h"

#include "inspect_controller.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

#include <utility>

namespace kps {

InspectRunPanel::InspectRunPanel(InspectController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    auto* form = new QFormLayout(this);
    auto pathRow = [this](QLineEdit*& edit, const QString& placeholder) {
        auto* row = new QWidget(this);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        edit = new QLineEdit(row);
        edit->setPlaceholderText(placeholder);
        auto* browse = new QPushButton(tr("Browse…"), row);
        layout->addWidget(edit, 1);
        layout->addWidget(browse);
        return std::make_pair(row, browse);
    };
    auto [modelRow, modelBrowse] =
        pathRow(m_modelEdit, tr("best.pt of a run, or any weights file"));
    auto [dataRow, dataBrowse] = pathRow(m_datasetEdit, tr("dataset folder"));
    form->addRow(tr("Model:"), modelRow);
    form->addRow(tr("Dataset:"), dataRow);
    m_splitCombo = new QComboBox(this);
    m_splitCombo->addItem(tr("All images"), QStringLiteral("all"));
    m_splitCombo->addItem(tr("Validation split of the run"), QStringLiteral("val"));
    form->addRow(tr("Images:"), m_splitCombo);

    auto* buttons = new QWidget(this);
    auto* buttonLayout = new QHBoxLayout(buttons);
    buttonLayout->setContentsMargins(0, 0, 0, 0);
    m_runButton = new QPushButton(tr("Run"), buttons);
    m_runButton->setToolTip(tr("Load the cached results, or run the model when there are none"));
    m_rerunButton = new QPushButton(tr("Re-run"), buttons);
    m_rerunButton->setToolTip(tr("Run the model again, replacing the cached results"));
    m_cancelButton = new QPushButton(tr("Cancel"), buttons);
    m_cancelButton->setEnabled(false);
    m_exportButton = new QPushButton(tr("Export report…"), buttons);
    m_exportButton->setEnabled(false);
    buttonLayout->addWidget(m_runButton);
    buttonLayout->addWidget(m_rerunButton);
    buttonLayout->addWidget(m_cancelButton);
    buttonLayout->addStretch(1);
    buttonLayout->addWidget(m_exportButton);
    form->addRow(buttons);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    form->addRow(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    form->addRow(m_status);

    // The user's edits go to the controller; what it holds comes back into the widgets.
    connect(modelBrowse, &QPushButton::clicked, this, [this] {
        const QString file = chooseWeightsFile(this, tr("Choose a model"),
                                               QFileInfo(m_controller->modelPath()).absolutePath());
        if (!file.isEmpty())
            m_controller->setModelPath(file);
    });
    connect(dataBrowse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a dataset"),
                                                              m_controller->datasetPath());
        if (!dir.isEmpty())
            m_controller->setDatasetPath(dir);
    });
    connect(m_modelEdit, &QLineEdit::editingFinished, this, [this] {
        m_controller->setModelPath(m_modelEdit->text());
        m_modelEdit->setText(m_controller->modelPath()); // a run folder shows as its best.pt
    });
    connect(m_datasetEdit, &QLineEdit::editingFinished, this, [this] {
        m_controller->setDatasetPath(m_datasetEdit->text());
        m_datasetEdit->setText(m_controller->datasetPath());
    });
    connect(m_splitCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_controller->setSplit(m_splitCombo->currentData().toString()); });
    connect(m_runButton, &QPushButton::clicked, this,
            [this] { m_controller->runInspection(false); });
    connect(m_rerunButton, &QPushButton::clicked, this,
            [this] { m_controller->runInspection(true); });
    connect(m_cancelButton, &QPushButton::clicked, m_controller,
            &InspectController::cancelInspection);
    connect(m_exportButton, &QPushButton::clicked, this, &InspectRunPanel::exportRequested);

    connect(m_controller, &InspectController::modelPathChanged, this,
            &InspectRunPanel::reflectModelPath);
    connect(m_controller, &InspectController::datasetPathChanged, m_datasetEdit,
            &QLineEdit::setText);
    connect(m_controller, &InspectController::splitChanged, this, [this](const QString& split) {
        const int index = m_splitCombo->findData(split);
        m_splitCombo->setCurrentIndex(index < 0 ? 0 : index);
    });
    connect(m_controller, &InspectController::runningChanged, this,
            &InspectRunPanel::reflectRunning);
    connect(m_controller, &InspectController::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, total); // 0 of 0: busy until the first progress report
        m_progress->setValue(done);
    });
    connect(m_controller, &InspectController::runStatusChanged, m_status, &QLabel::setText);
    reflectModelPath(m_controller->modelPath());
    m_datasetEdit->setText(m_controller->datasetPath());
}

QString InspectRunPanel::chooseWeightsFile(QWidget* parent, const QString& title,
                                           const QString& dir)
{
    return QFileDialog::getOpenFileName(parent, title, dir,
                                        tr("Weights (*.pt *.pth *.keras *.h5);;All files (*)"));
}

void InspectRunPanel::reflectModelPath(const QString& weightsFile)
{
    m_modelEdit->setText(weightsFile);
    m_splitCombo->setItemData(
        1,
        m_controller->hasSplitFile() ? QVariant() : QVariant(tr("No split.json next to the model")),
        Qt::ToolTipRole);
}

void InspectRunPanel::reflectRunning(bool running)
{
    const bool hasData = m_controller->inspection() != nullptr;
    m_runButton->setEnabled(!running);
    m_rerunButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_exportButton->setEnabled(!running && hasData);
    if (running) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(hasData ? 1 : 0);
    }
}

} // namespace kps
