// kps_render_icon: renders the SVG application icon to the hicolor PNG sizes at build time, so
// no binary icons live in git. Uses Qt's SVG image plugin (libqt6svg6), no display needed.
//   kps_render_icon ICON.svg OUTDIR SIZE...  ->  OUTDIR/<SIZE>x<SIZE>/apps/keypoint-studio.png

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        QTextStream(stderr) << "usage: kps_render_icon ICON.svg OUTDIR SIZE...\n";
        return 2;
    }
    for (int i = 3; i < arguments.size(); ++i) {
        const int size = arguments[i].toInt();
        QImageReader reader(arguments[1]);
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (size <= 0 || image.isNull()) {
            QTextStream(stderr) << "kps_render_icon: " << arguments[1] << ": "
                                << reader.errorString() << "\n";
            return 1;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(arguments[2]).arg(size);
        QDir().mkpath(dir);
        if (!image.save(dir + QStringLiteral("/keypoint-studio.png"))) {
            QTextStream(stderr) << "kps_render_icon: " << dir << ": cannot write the PNG\n";
            return 1;
        }
    }
    return 0;
}
