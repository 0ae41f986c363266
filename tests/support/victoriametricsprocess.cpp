// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "tests/support/victoriametricsprocess.h"

#include "tests/support/prometheusprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTimer>

namespace appclacks::tests {

VictoriaMetricsProcess::VictoriaMetricsProcess() = default;

VictoriaMetricsProcess::~VictoriaMetricsProcess()
{
    stop();
}

QUrl VictoriaMetricsProcess::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool VictoriaMetricsProcess::request(
    const QByteArray &method, const QString &path, const QByteArray &body, QString *error) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(baseUrl().toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = reply->isFinished() && reply->error() == QNetworkReply::NoError;
    if (!ok) {
        *error = QStringLiteral("%1 %2: %3 %4")
                     .arg(QString::fromLatin1(method), path, reply->errorString(), QString::fromUtf8(reply->readAll()));
    }
    reply->abort();
    delete reply;
    return ok;
}

bool VictoriaMetricsProcess::start(QString *error)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("victoria-metrics"));
    if (program.isEmpty() || !m_directory.isValid()) {
        *error = QStringLiteral("victoria-metrics is not installed (scripts/debian-packages.txt)");
        return false;
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        stop();
        m_port = PrometheusProcess::freePort();
        m_process = std::make_unique<QProcess>();
        PrometheusProcess::dieWithParent(*m_process);
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(m_directory.filePath(QStringLiteral("victoria-metrics.log")));
        m_process->start(program,
            { QStringLiteral("-storageDataPath=") + m_directory.filePath(QStringLiteral("data")),
                QStringLiteral("-retentionPeriod=100y"), QStringLiteral("-httpListenAddr=127.0.0.1:%1").arg(m_port),
                QStringLiteral("-search.disableCache"), QStringLiteral("-search.latencyOffset=0s"),
                QStringLiteral("-loggerLevel=ERROR") });
        if (!m_process->waitForStarted(10000)) {
            *error = QStringLiteral("victoria-metrics: ") + m_process->errorString();
            return false;
        }
        const QDeadlineTimer deadline(60000);
        QString problem;
        while (m_process->state() == QProcess::Running && !deadline.hasExpired()) {
            if (request("GET", QStringLiteral("/health"), {}, &problem)) {
                return true;
            }
            // Not up yet: wait a moment for it without spinning.
            m_process->waitForFinished(200);
        }
    }
    *error = QStringLiteral("victoria-metrics did not answer /health");
    stop();
    return false;
}

bool VictoriaMetricsProcess::importPrometheusText(const QByteArray &text, QString *error)
{
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype end = std::min<qsizetype>(at + (8 << 20), text.size());
        const qsizetype newline = text.indexOf('\n', end - 1);
        end = newline < 0 ? text.size() : newline + 1;
        if (!request("POST", QStringLiteral("/api/v1/import/prometheus"), text.mid(at, end - at), error)) {
            return false;
        }
        at = end;
    }
    return request("GET", QStringLiteral("/internal/force_flush"), {}, error);
}

void VictoriaMetricsProcess::stop()
{
    if (m_process) {
        PrometheusProcess::terminate(*m_process);
        m_process.reset();
    }
}

} // namespace appclacks::tests
