// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "tests/support/prometheusprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace appclacks::tests {

PrometheusProcess::PrometheusProcess() = default;

PrometheusProcess::~PrometheusProcess()
{
    stop();
}

QString PrometheusProcess::testPassword()
{
    return QStringLiteral("correct horse battery staple");
}

QByteArray PrometheusProcess::basicAuthWebConfig(const QString &certificateFile, const QString &keyFile)
{
    // `htpasswd -nbBC 10 prometheus 'correct horse battery staple'` (Debian's apache2-utils), made
    // once: Prometheus takes bcrypt hashes only.
    QByteArray config
        = "basic_auth_users:\n  prometheus: $2y$10$kZ7JHaTSaNv3qG1jkqK9buKs3lw.6t.VEwNytqVT3EAoUcW4ioHcu\n";
    if (!certificateFile.isEmpty()) {
        config += "tls_server_config:\n  cert_file: " + certificateFile.toUtf8() + "\n  key_file: " + keyFile.toUtf8()
            + "\n";
    }
    return config;
}

quint16 PrometheusProcess::freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

void PrometheusProcess::dieWithParent(QProcess &process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#else
    Q_UNUSED(process)
#endif
}

bool PrometheusProcess::run(const QString &program, const QStringList &arguments, int timeoutMs, QString *error)
{
    QProcess process;
    dieWithParent(process);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *error = program + QStringLiteral(": ") + process.errorString();
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        *error = program + QStringLiteral(" took longer than %1 s").arg(timeoutMs / 1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ") + QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}

QString PrometheusProcess::storagePath() const
{
    return m_storagePath.isEmpty() ? m_directory.filePath(QStringLiteral("data")) : m_storagePath;
}

QUrl PrometheusProcess::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_https ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port));
}

bool PrometheusProcess::backfill(const QString &openMetricsFile, QString *error, int timeoutMs)
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty()) {
        *error = QStringLiteral("promtool is not installed (scripts/debian-packages.txt: prometheus)");
        return false;
    }
    return run(promtool,
        // One block for all of it: promtool reads the whole input again for every block it
        // writes, a minute for a week of two-hour blocks.
        { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"),
            QStringLiteral("--max-block-duration=1000h"), openMetricsFile, storagePath() },
        timeoutMs, error);
}

bool PrometheusProcess::start(const Options &options, QString *error)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
    if (program.isEmpty() || !m_directory.isValid()) {
        *error = QStringLiteral("prometheus is not installed (scripts/debian-packages.txt)");
        return false;
    }
    m_https = options.https;
    const QString configPath = m_directory.filePath(QStringLiteral("prometheus.yml"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly)) {
        *error = configPath + QStringLiteral(": ") + config.errorString();
        return false;
    }
    config.write("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n");
    if (!options.scrapeConfigs.isEmpty()) {
        config.write("scrape_configs:\n" + options.scrapeConfigs);
    }
    config.close();
    QStringList arguments { QStringLiteral("--config.file=") + configPath,
        QStringLiteral("--storage.tsdb.path=") + storagePath(), QStringLiteral("--storage.tsdb.retention.time=3650d"),
        QStringLiteral("--log.level=info") };
    arguments << options.extraArguments;
    if (!options.webConfig.isEmpty()) {
        const QString webPath = m_directory.filePath(QStringLiteral("web.yml"));
        QFile web(webPath);
        if (!web.open(QIODevice::WriteOnly) || web.write(options.webConfig) != options.webConfig.size()) {
            *error = webPath + QStringLiteral(": ") + web.errorString();
            return false;
        }
        arguments << QStringLiteral("--web.config.file=") + webPath;
    }
    // A free port may be taken between the probe and Prometheus's bind: try a few.
    for (int attempt = 0; attempt < 3; ++attempt) {
        stop();
        m_port = freePort();
        m_log.clear();
        m_process = std::make_unique<QProcess>();
        dieWithParent(*m_process);
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(
            m_process.get(), &QProcess::readyRead, m_process.get(), [this] { m_log += m_process->readAll(); });
        m_process->start(
            program, QStringList(arguments) << QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port));
        if (!m_process->waitForStarted(10000)) {
            *error = QStringLiteral("prometheus: ") + m_process->errorString();
            return false;
        }
        // Ready when it says so; its own log line, so that no credentials are needed to ask.
        QSignalSpy output(m_process.get(), &QProcess::readyRead);
        const QDeadlineTimer deadline(60000);
        while (!m_log.contains("Server is ready to receive web requests.") && m_process->state() == QProcess::Running
            && !deadline.hasExpired()) {
            output.wait(int(std::max<qint64>(deadline.remainingTime(), 1)));
        }
        if (m_log.contains("Server is ready to receive web requests.")) {
            return true;
        }
        if (!m_log.contains("address already in use")) {
            break;
        }
    }
    *error = QStringLiteral("prometheus did not become ready:\n") + QString::fromUtf8(m_log.right(4000));
    stop();
    return false;
}

void PrometheusProcess::terminate(QProcess &process)
{
    if (process.state() == QProcess::NotRunning) {
        return;
    }
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

void PrometheusProcess::stop()
{
    if (m_process) {
        m_process->disconnect();
        terminate(*m_process);
        m_process.reset();
    }
}

} // namespace appclacks::tests
