#include "about_dialog.h"

#include <ATen/Parallel.h>
#include <opencv2/core/version.hpp>
#include <torch/cuda.h>
#include <torch/version.h>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace kps {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Keypoint Studio"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/keypoint-studio.svg")).pixmap(64, 64));
    m_text = new QLabel(html(collect()), this);
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true); // the README opens in the desktop's viewer
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
}

AboutInfo AboutDialog::collect()
{
    AboutInfo info;
    info.applicationVersion = QStringLiteral(KPS_VERSION);
    info.qtVersion = QString::fromLatin1(qVersion());
    info.torchVersion = QStringLiteral(TORCH_VERSION);
    info.opencvVersion = QStringLiteral(CV_VERSION);
    info.device = deviceDescription();
    info.readme = readmeUrl(QCoreApplication::applicationDirPath());
    return info;
}

QString AboutDialog::deviceDescription()
{
    if (torch::cuda::is_available()) {
        const int count = static_cast<int>(torch::cuda::device_count());
        return tr("CUDA: %n GPU(s)", nullptr, count);
    }
    return tr("CPU (%n thread(s))", nullptr, at::get_num_threads());
}

QUrl AboutDialog::readmeUrl(const QString& applicationDir)
{
    const QStringList candidates = {
        applicationDir + QStringLiteral("/../share/doc/keypoint-studio/README.md"),
        QStringLiteral(KPS_DATA_DIR "/../doc/keypoint-studio/README.md"),
        QStringLiteral(KPS_SOURCE_README),
    };
    for (const QString& candidate : candidates) {
        const QFileInfo file(candidate);
        if (file.isFile())
            return QUrl::fromLocalFile(file.canonicalFilePath());
    }
    return {};
}

QString AboutDialog::html(const AboutInfo& info)
{
    QString text =
        tr("<h3>Keypoint Studio %1</h3>"
           "<p>Annotate, train and inspect heatmap keypoint detectors for spacecraft pose "
           "estimation.</p>")
            .arg(info.applicationVersion.toHtmlEscaped());
    text += QStringLiteral("<table>");
    const auto row = [&text](const QString& label, const QString& value) {
        text += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Qt"), info.qtVersion);
    row(tr("LibTorch"), info.torchVersion);
    row(tr("OpenCV"), info.opencvVersion);
    row(tr("Compute device"), info.device);
    text += QStringLiteral("</table>");
    if (info.readme.isValid())
        text += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(info.readme.toString().toHtmlEscaped(),
                         tr("README: installation, GPU training, command line").toHtmlEscaped());
    return text;
}

} // namespace kps
