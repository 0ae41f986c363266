// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace appclacks::tests {

/// Debian's Prometheus (/usr/bin/prometheus, 2.42) run by a test on a free 127.0.0.1 port, with a
/// configuration and a storage directory of its own that go with it. Killed by the destructor,
/// and by the kernel if the test process dies first (PR_SET_PDEATHSIG): never left running.
class PrometheusProcess final
{
public:
    struct Options
    {
        /// `scrape_configs` entries, YAML indented by two spaces, or empty for none.
        QByteArray scrapeConfigs;
        /// The `--web.config.file` content (basic_auth_users, tls_server_config), or empty.
        QByteArray webConfig;
        bool https = false; ///< the web config enables TLS: baseUrl() says https
        QStringList extraArguments; ///< such as `--query.max-samples=20000`
    };

    PrometheusProcess();
    ~PrometheusProcess();
    PrometheusProcess(const PrometheusProcess &) = delete;
    PrometheusProcess &operator=(const PrometheusProcess &) = delete;

    /// Turns an OpenMetrics file (timestamps on every sample, `# EOF` last) into TSDB blocks in
    /// the storage directory with `promtool tsdb create-blocks-from openmetrics`; before start().
    bool backfill(const QString &openMetricsFile, QString *error, int timeoutMs = 300000);
    /// Starts it and waits (up to 60 s) until it logs that it is ready for web requests.
    bool start(const Options &options, QString *error);
    void stop();

    QUrl baseUrl() const; ///< http(s)://127.0.0.1:PORT
    quint16 port() const { return m_port; }
    QString directory() const { return m_directory.path(); }
    QString storagePath() const;
    /// Keeps the TSDB in `path` rather than in the temporary directory (a benchmark reusing it).
    void setStoragePath(const QString &path) { m_storagePath = path; }
    QString log() const { return QString::fromUtf8(m_log); }

    /// The password of the user "prometheus" in basicAuthWebConfig().
    static QString testPassword();
    /// A `--web.config.file` that asks Basic credentials of the user "prometheus" (testPassword()),
    /// and serves TLS with `certificateFile` and `keyFile` when given (then Options::https).
    static QByteArray basicAuthWebConfig(const QString &certificateFile = {}, const QString &keyFile = {});
    /// A port nobody listens on right now.
    static quint16 freePort();
    /// Runs PROGRAM ARGUMENTS to completion (up to `timeoutMs`); false with its stderr in `error`.
    static bool run(const QString &program, const QStringList &arguments, int timeoutMs, QString *error);
    /// Makes `process` die with the test process (Linux), so that no server outlives a crash.
    static void dieWithParent(QProcess &process);
    /// Asks `process` to end, then kills it when it does not within 10 s.
    static void terminate(QProcess &process);

private:
    QTemporaryDir m_directory;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
    QString m_storagePath;
    quint16 m_port = 0;
    bool m_https = false;
};

} // namespace appclacks::tests
