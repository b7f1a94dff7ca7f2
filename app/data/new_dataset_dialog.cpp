#include "new_dataset_dialog.h"

#include "material_mode_combo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kps {

NewDatasetDialog::NewDatasetDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New synthetic dataset"));
    m_job = new SyntheticDatasetJob(this);

    m_count = new QSpinBox(this);
    m_count->setRange(1, 1000000);
    m_count->setValue(100);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 2147483647);
    m_mesh = new QComboBox(this);
    m_mesh->addItem(tr("Built-in spacecraft"));
    m_mesh->addItem(tr("From file (mesh_information.json or .obj)"));
    m_meshFile = new QLineEdit(this);
    m_meshBrowse = new QPushButton(tr("Browse…"), this);
    auto* meshRow = new QHBoxLayout;
    meshRow->addWidget(m_meshFile, 1);
    meshRow->addWidget(m_meshBrowse);
    m_width = new QSpinBox(this);
    m_width->setRange(16, 8192);
    m_width->setValue(1920);
    m_width->setSuffix(tr(" px"));
    m_height = new QSpinBox(this);
    m_height->setRange(16, 8192);
    m_height->setValue(1080);
    m_height->setSuffix(tr(" px"));
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    m_visibility = new QComboBox(this);
    m_visibility->addItem(tr("Occlusion (ray test against every face)"),
                          QStringLiteral("occlusion"));
    m_visibility->addItem(tr("4SP (faces turned toward the camera)"), QStringLiteral("4sp"));
    m_materials = new MaterialModeCombo(this);
    m_output = new QLineEdit(this);
    m_outputBrowse = new QPushButton(tr("Browse…"), this);
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_outputBrowse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Images:"), m_count);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(tr("&Mesh:"), m_mesh);
    form->addRow(QString(), meshRow);
    // Rows whose field is a layout name their first widget as the buddy, so the label's
    // mnemonic works (and is drawn as one, not as a literal "&").
    auto* resolutionLabel = new QLabel(tr("&Resolution:"), this);
    resolutionLabel->setBuddy(m_width);
    form->addRow(resolutionLabel, sizeRow);
    form->addRow(tr("&Visibility rule:"), m_visibility);
    form->addRow(tr("M&aterials:"), m_materials);
    auto* outputLabel = new QLabel(tr("&Output folder:"), this);
    outputLabel->setBuddy(m_output);
    form->addRow(outputLabel, outputRow);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_generateButton = m_buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewDatasetDialog::generate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewDatasetDialog::reject);
    connect(m_meshBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Mesh file"), QString(), tr("Meshes (*.json *.obj);;All files (*)"));
        if (!file.isEmpty()) {
            m_meshFile->setText(file);
            m_mesh->setCurrentIndex(1);
        }
    });
    connect(m_outputBrowse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Output folder"));
        if (!dir.isEmpty())
            m_output->setText(dir);
    });
    for (QLineEdit* edit : {m_meshFile, m_output})
        connect(edit, &QLineEdit::textChanged, this, &NewDatasetDialog::updateState);
    connect(m_mesh, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &NewDatasetDialog::updateState);
    connect(m_job, &SyntheticDatasetJob::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_job, &SyntheticDatasetJob::finished, this, &NewDatasetDialog::onFinished);
    updateState();
}

NewDatasetDialog::~NewDatasetDialog() = default;

SyntheticDatasetSettings NewDatasetDialog::settings() const
{
    SyntheticDatasetSettings settings;
    settings.outputDir = m_output->text().trimmed();
    settings.count = m_count->value();
    settings.seed = static_cast<quint64>(m_seed->value());
    settings.meshFile = m_mesh->currentIndex() == 1 ? m_meshFile->text().trimmed() : QString();
    settings.width = m_width->value();
    settings.height = m_height->value();
    settings.visibility = m_visibility->currentData().toString();
    settings.materials = QString::fromLatin1(materialModeName(m_materials->mode()));
    return settings;
}

void NewDatasetDialog::setSettings(const SyntheticDatasetSettings& settings)
{
    m_output->setText(settings.outputDir);
    m_count->setValue(settings.count);
    m_seed->setValue(static_cast<int>(settings.seed));
    m_mesh->setCurrentIndex(settings.meshFile.isEmpty() ? 0 : 1);
    m_meshFile->setText(settings.meshFile);
    m_width->setValue(settings.width);
    m_height->setValue(settings.height);
    const int rule = m_visibility->findData(settings.visibility);
    m_visibility->setCurrentIndex(std::max(rule, 0));
    m_materials->setMode(
        parseMaterialMode(settings.materials.toStdString()).value_or(MaterialMode::Fixed));
}

QString NewDatasetDialog::validationError() const
{
    const SyntheticDatasetSettings current = settings();
    if (current.outputDir.isEmpty())
        return tr("Choose an output folder.");
    const QFileInfo output(current.outputDir);
    if (output.exists() && !output.isDir())
        return tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(current.outputDir));
    if (output.isDir() && !QDir(current.outputDir).isEmpty())
        return tr("The output folder must be new or empty.");
    if (m_mesh->currentIndex() == 1 && !QFileInfo(current.meshFile).isFile())
        return tr("Choose a mesh file.");
    return {};
}

void NewDatasetDialog::updateState()
{
    const bool running = m_job->isRunning();
    m_meshFile->setEnabled(m_mesh->currentIndex() == 1 && !running);
    m_meshBrowse->setEnabled(m_mesh->currentIndex() == 1 && !running);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_count, m_seed, m_mesh, m_width, m_height, m_visibility,
                                         m_materials, m_output, m_outputBrowse})
        widget->setEnabled(!running);
    if (!running)
        m_message->setText(validationError());
    m_generateButton->setEnabled(!running && validationError().isEmpty());
}

bool NewDatasetDialog::generate()
{
    if (m_job->isRunning() || !validationError().isEmpty())
        return false;
    m_progress->setRange(0, m_count->value());
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_message->setText(tr("Rendering %n image(s)…", nullptr, m_count->value()));
    m_job->start(settings());
    updateState();
    return true;
}

void NewDatasetDialog::reject()
{
    if (m_job->isRunning()) {
        m_message->setText(tr("Cancelling…"));
        m_job->cancel();
        return; // closes or stays when the job reports
    }
    QDialog::reject();
}

void NewDatasetDialog::onFinished(bool ok, const QString& dir, int imagesWritten,
                                  const QString& error)
{
    m_progress->setVisible(false);
    updateState();
    if (ok) {
        m_message->setText(tr("%n image(s) written.", nullptr, imagesWritten));
        Q_EMIT datasetCreated(dir);
        accept();
    } else if (!error.isEmpty()) {
        m_message->setText(tr("The dataset could not be created: %1").arg(error));
    } else {
        m_message->setText(tr("Cancelled; nothing was kept."));
    }
}

} // namespace kps
