#pragma once
// AboutDialog is Help > About: the application's version, the Qt, LibTorch and OpenCV versions it
// was built with, the compute device LibTorch finds, and a link to the README shipped with it.

#include <QDialog>
#include <QString>
#include <QUrl>

class QLabel;

namespace kps {

struct AboutInfo
{
    QString applicationVersion; // KPS_VERSION
    QString qtVersion;          // the Qt the program runs with (qVersion())
    QString torchVersion;       // TORCH_VERSION of the LibTorch it was built against
    QString opencvVersion;      // CV_VERSION
    QString device;             // "CUDA: 2 devices" or "CPU (8 threads)"
    QUrl readme;                // the shipped README.md; empty when none was found
};

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // Everything the dialog shows, gathered from the running program.
    static AboutInfo collect();
    // The compute device LibTorch would train on: the CUDA devices when CUDA is available,
    // else the CPU with its torch thread count.
    static QString deviceDescription();
    // The README next to the binaries of an installed or unpacked package
    // (<applicationDir>/../share/doc/keypoint-studio/README.md), else the one of the install
    // prefix the program was built for, else the source tree's; empty when none exists.
    static QUrl readmeUrl(const QString& applicationDir);
    // The dialog's rich text.
    static QString html(const AboutInfo& info);

    QLabel* textLabel() const { return m_text; }

private:
    QLabel* m_text = nullptr;
};

} // namespace kps
