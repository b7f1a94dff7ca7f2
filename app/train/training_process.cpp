#include "training_process.h"

#include <QCoreApplication>
#include "run_directory.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace kps {

namespace {

TrainingLaunch withRanks(QStringList arguments, int processes, const QString& gpus)
{
    TrainingLaunch launch;
    const QList<int> devices = parseGpuList(gpus);
    if (!devices.isEmpty()) {
        QStringList indices;
        for (int device : devices)
            indices << QString::number(device);
        launch.cudaVisibleDevices = indices.join(QLatin1Char(','));
        processes = static_cast<int>(devices.size());
    }
    // Epoch lines only: the page shows the run from its directory; stderr brings the errors.
    arguments << QStringLiteral("--nproc") << QString::number(std::max(1, processes))
              << QStringLiteral("--quiet");
    launch.arguments = arguments;
    return launch;
}

} // namespace

QList<int> parseGpuList(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*\\d+(\\s*,\\s*\\d+)*\\s*$"));
    QList<int> devices;
    if (!pattern.match(text).hasMatch())
        return devices;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const int device = part.trimmed().toInt();
        if (!devices.contains(device))
            devices << device;
    }
    return devices;
}

TrainingLaunch newRunLaunch(const QString& configFile, const QString& runDir, int processes,
                            const QString& gpus)
{
    return withRanks({QStringLiteral("train"), QStringLiteral("--config"), configFile,
                      QStringLiteral("--run"), runDir},
                     processes, gpus);
}

TrainingLaunch resumeLaunch(const QString& runDir, int processes, const QString& gpus, int epochs)
{
    QStringList arguments{QStringLiteral("train"), QStringLiteral("--run"), runDir,
                          QStringLiteral("--resume")};
    if (epochs > 0)
        arguments << QStringLiteral("--epochs") << QString::number(epochs);
    return withRanks(arguments, processes, gpus);
}

TrainingProcess::TrainingProcess(QObject* parent)
    : QObject(parent),
      m_program(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("kpstudio")))
{
}

TrainingProcess::~TrainingProcess()
{
    if (isRunning()) {
        stop();
        if (!m_process->waitForFinished(120000))
            m_process->kill();
    }
}

bool TrainingProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool TrainingProcess::startNew(const TrainingConfig& config, const QString& runDir, int processes,
                               const QString& gpus, QString* error)
{
    if (isRunning()) {
        *error = tr("a training runs already");
        return false;
    }
    // The ranks read the config while they start; the file lives until the process ends.
    auto file = std::make_unique<QTemporaryFile>(
        QDir::temp().filePath(QStringLiteral("kpstudio-config-XXXXXX.json")));
    const QByteArray bytes = QByteArray::fromStdString(config.toJson().dump(2) + "\n");
    if (!file->open() || file->write(bytes) != bytes.size() || !file->flush()) {
        *error = tr("%1: cannot write: %2")
                     .arg(QDir::toNativeSeparators(file->fileName()), file->errorString());
        return false;
    }
    const TrainingLaunch launch = newRunLaunch(file->fileName(), runDir, processes, gpus);
    m_configFile = std::move(file);
    return this->launch(launch, runDir, error);
}

bool TrainingProcess::startResume(const QString& runDir, int processes, const QString& gpus,
                                  int epochs, QString* error)
{
    if (isRunning()) {
        *error = tr("a training runs already");
        return false;
    }
    m_configFile.reset();
    return launch(resumeLaunch(runDir, processes, gpus, epochs), runDir, error);
}

bool TrainingProcess::launch(const TrainingLaunch& launch, const QString& runDir, QString* error)
{
    delete m_process;
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(launch.arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!launch.cudaVisibleDevices.isEmpty())
        environment.insert(QStringLiteral("CUDA_VISIBLE_DEVICES"), launch.cudaVisibleDevices);
    m_process->setProcessEnvironment(environment);
    m_runDir = runDir;
    const QFileInfo events(
        QString::fromStdString(RunDirectory(runDir.toStdString()).eventsFile().string()));
    m_eventsSizeAtLaunch = events.exists() ? events.size() : -1;
    m_lastError.clear();
    m_partial[0].clear();
    m_partial[1].clear();
    m_stopping = false;
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readOutput(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { readOutput(QProcess::StandardError); });
    connect(
        m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            readOutput(QProcess::StandardOutput);
            readOutput(QProcess::StandardError);
            m_configFile.reset();
            if (status != QProcess::NormalExit) {
                exitCode = -1;
                if (m_lastError.isEmpty())
                    m_lastError = tr("kpstudio train crashed");
            }
            Q_EMIT finished(exitCode, exitCode == 0 || exitCode == 130 ? QString() : m_lastError);
        });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        *error = tr("%1: cannot start: %2")
                     .arg(QDir::toNativeSeparators(m_program), m_process->errorString());
        m_configFile.reset();
        return false;
    }
    return true;
}

void TrainingProcess::readOutput(QProcess::ProcessChannel channel)
{
    if (!m_process)
        return;
    m_process->setReadChannel(channel);
    QByteArray& partial = m_partial[channel == QProcess::StandardError ? 1 : 0];
    partial += m_process->readAll();
    // Progress bars redraw with '\r': only whole lines go to the log.
    qsizetype end;
    while ((end = partial.indexOf('\n')) >= 0) {
        QByteArray line = partial.left(end);
        partial.remove(0, end + 1);
        const qsizetype carriage = line.lastIndexOf('\r');
        if (carriage >= 0)
            line = line.mid(carriage + 1);
        const QString text = QString::fromLocal8Bit(line).trimmed();
        if (text.isEmpty())
            continue;
        // stdout holds the epoch lines, which the page has from the run directory already.
        if (channel == QProcess::StandardError) {
            m_lastError = text;
            Q_EMIT outputLine(text);
        }
    }
}

void TrainingProcess::stop()
{
    if (!isRunning())
        return;
    m_stopping = true;
    m_process->terminate(); // SIGTERM: the launcher forwards one stop request to every rank
}

bool TrainingProcess::waitForFinished(int msecs)
{
    return !isRunning() || m_process->waitForFinished(msecs);
}

} // namespace kps
