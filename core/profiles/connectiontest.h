// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/profiles/profile.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;

namespace appclacks::core {

class PrometheusApi;
class SecretStore;
class SnapshotLoader;
struct LoadResult;
struct PrometheusEndpoint;
struct PrometheusResult;

/// What a connection test found, said the same way by `profile test` and the Profiles dialog.
struct ConnectionTestResult
{
    /// One sentence for a person: what answered, where and how fast, or why nothing did. Never
    /// contains a secret.
    QString message;
    /// The command line's (sysexits): 0 answered, 77 credentials rejected (or the keychain's
    /// token unavailable), 69 unreachable or too slow, 65 an answer that is not what was asked
    /// for, 64 a profile that cannot be used as it is.
    int exitCode = 0;

    bool ok() const { return exitCode == 0; }
};

/// Tests a profile's connection once, as the window would use it: for a Prometheus-compatible
/// server, GET /api/v1/status/buildinfo through PrometheusApi (which server and version answered);
/// for the scraped kinds, one scrape through SnapshotLoader (how many checks and zones). The
/// profile's token is read from the keychain first. Asynchronous throughout; a GUI-thread object,
/// as its QNetworkAccessManager and SecretStore are.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    ConnectionTest(SecretStore *secrets, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTest() override;

    /// Starts testing `profile` (a test still running is dropped). finished() follows exactly
    /// once, never from within this call, unless cancel() comes first.
    void start(const Profile &profile);
    /// Stops the test; no finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }

    /// The request's time limit: a test says quickly that a server is not answering.
    static constexpr int timeoutMs = 10000;

    /// "Prometheus 2.42.0 (revision …) answered at https://… in 12 ms." from a buildinfo answer,
    /// or the failure as the API client words it.
    static ConnectionTestResult fromBuildInfo(const PrometheusEndpoint &endpoint, const PrometheusResult &result);
    /// "“production” answered at https://…: 12 checks, 3 zones, scrape took 214 ms (HTTP 200,
    /// 1.2 MB)." from a scrape, or why it gave no health checks.
    static ConnectionTestResult fromScrape(const Profile &profile, const LoadResult &result);

Q_SIGNALS:
    void finished(const appclacks::core::ConnectionTestResult &result);

private:
    void begin(quint64 generation);
    void run(const QString &secret);
    void finish(const ConnectionTestResult &result);

    SecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    SnapshotLoader *m_loader = nullptr;
    QPointer<PrometheusApi> m_api; // one a test: it carries that test's endpoint
    Profile m_profile;
    quint64 m_generation = 0; // a cancelled or replaced test's late answers are dropped
    bool m_running = false;
};

} // namespace appclacks::core

Q_DECLARE_METATYPE(appclacks::core::ConnectionTestResult)
