// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace appclacks::tests {

/// Debian's VictoriaMetrics (/usr/bin/victoria-metrics, 1.79) single-node, run by a test on a
/// free 127.0.0.1 port with a storage directory of its own; never left running (see
/// PrometheusProcess). Its query cache and its 30 s latency offset are off, so that a test sees
/// what it imported at once and the same answer twice.
class VictoriaMetricsProcess final
{
public:
    VictoriaMetricsProcess();
    ~VictoriaMetricsProcess();
    VictoriaMetricsProcess(const VictoriaMetricsProcess &) = delete;
    VictoriaMetricsProcess &operator=(const VictoriaMetricsProcess &) = delete;

    /// Starts it and waits (up to 60 s) until /health answers.
    bool start(QString *error);
    /// Posts Prometheus text with millisecond timestamps to /api/v1/import/prometheus (in
    /// chunks of whole lines), then /internal/force_flush so that queries see all of it.
    bool importPrometheusText(const QByteArray &text, QString *error);
    void stop();

    QUrl baseUrl() const;

private:
    bool request(const QByteArray &method, const QString &path, const QByteArray &body, QString *error) const;

    QTemporaryDir m_directory;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace appclacks::tests
