// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/profiles/connectiontest.h"

#include "core/profiles/secretstore.h"
#include "core/prometheus/prometheusapi.h"
#include "core/scrape/httpsecurity.h"
#include "core/sources/snapshotloader.h"
#include "core/util/exitcode.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace appclacks::core {

ConnectionTest::ConnectionTest(SecretStore *secrets, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(network)
    , m_loader(new SnapshotLoader(network, this))
{
    connect(m_loader, &SnapshotLoader::finished, this, [this](const LoadResult &result) {
        if (m_running) {
            finish(fromScrape(m_profile, result));
        }
    });
}

ConnectionTest::~ConnectionTest()
{
    cancel();
}

void ConnectionTest::start(const Profile &profile)
{
    cancel();
    m_profile = profile;
    m_running = true;
    const quint64 generation = m_generation;
    // Never within this call: the caller connects to finished() after starting, and may start
    // from a slot of finished().
    QMetaObject::invokeMethod(
        this, [this, generation] { begin(generation); }, Qt::QueuedConnection);
}

void ConnectionTest::cancel()
{
    ++m_generation;
    m_running = false;
    m_loader->cancel();
    if (m_api) {
        m_api->deleteLater(); // its reply goes with it, aborted, without a word
        m_api = nullptr;
    }
}

void ConnectionTest::begin(quint64 generation)
{
    if (generation != m_generation) {
        return;
    }
    if (const QString problem = m_profile.validationError(); !problem.isEmpty()) {
        // EX_USAGE, as exitCodeFor() gives an unusable scrape or Prometheus endpoint.
        finish({ tr("“%1” cannot be tested as it is: %2").arg(m_profile.name, problem), 64 });
        return;
    }
    if (m_profile.authMode == AuthMode::None || !m_secrets) {
        run(QString());
        return;
    }
    QPointer<ConnectionTest> self(this);
    m_secrets->read(m_profile.id, [self, generation](const SecretResult &secret) {
        if (!self || generation != self->m_generation) {
            return;
        }
        if (!secret.ok()) {
            // 77, as SourceResolver gives it: the profile cannot sign in.
            self->finish(
                { tr("“%1” cannot connect: its token could not be read: %2").arg(self->m_profile.name, secret.message),
                    ExitCredentialsRejected });
            return;
        }
        self->run(secret.secret);
    });
}

void ConnectionTest::run(const QString &secret)
{
    if (m_profile.kind == EndpointKind::PrometheusServer) {
        PrometheusEndpoint endpoint = PrometheusEndpoint::fromProfile(m_profile, secret);
        endpoint.timeoutMs = timeoutMs;
        auto *api = new PrometheusApi(endpoint, m_network, this);
        m_api = api;
        const quint64 generation = m_generation;
        PrometheusReply *reply = api->buildInfo();
        connect(reply, &PrometheusReply::finished, this, [this, api, reply, generation] {
            api->deleteLater(); // and the reply with it
            if (m_api == api) {
                m_api = nullptr;
            }
            if (generation == m_generation) {
                finish(fromBuildInfo(api->endpoint(), reply->result()));
            }
        });
        return;
    }
    ResolvedSource source;
    source.spec = SourceSpec::fromProfile(m_profile.id);
    source.name = m_profile.name;
    source.request = ScrapeRequest::forProfile(m_profile, secret);
    source.request->deadlineMs = std::min(source.request->deadlineMs, timeoutMs);
    source.options.zoneLabel = m_profile.zoneLabel;
    source.refreshSeconds = m_profile.refreshIntervalSeconds;
    m_loader->load(source, {}); // the scrape is asynchronous, the parsing on a worker thread
}

void ConnectionTest::finish(const ConnectionTestResult &result)
{
    m_running = false;
    ++m_generation;
    Q_EMIT finished(result);
}

ConnectionTestResult ConnectionTest::fromBuildInfo(const PrometheusEndpoint &endpoint, const PrometheusResult &result)
{
    if (!result.ok()) {
        return { result.message, result.exitCode() };
    }
    const PrometheusBuildInfo &info = result.buildInfo;
    QString server = info.serverName();
    if (server.isEmpty()) {
        // VictoriaMetrics (Debian's 1.79) answers `"data":{}`: the API is there, its name is not.
        server = tr("A Prometheus-compatible server that does not give its version (as VictoriaMetrics does)");
    } else {
        if (!info.revision.isEmpty() && info.revision != info.version) {
            // A commit's hash as people quote it: its first 12 digits.
            static const QRegularExpression commit(QStringLiteral("^[0-9a-f]{13,40}$"));
            const bool hash = commit.match(info.revision).hasMatch();
            server += tr(" (revision %1)").arg(hash ? info.revision.left(12) : info.revision);
        }
    }
    const QString where = HttpSecurity::describeUrl(endpoint.baseUrl);
    const QString message = endpoint.tenant.isEmpty()
        ? tr("%1 answered at %2 in %3 ms.").arg(server, where).arg(result.durationMs)
        : tr("%1 answered at %2 for the tenant “%3” in %4 ms.")
              .arg(server, where, endpoint.tenant)
              .arg(result.durationMs);
    return { message, ExitOk };
}

ConnectionTestResult ConnectionTest::fromScrape(const Profile &profile, const LoadResult &result)
{
    if (!result.ok()) {
        return { tr("“%1” did not answer with health-check metrics: %2")
                     .arg(profile.name,
                         result.metadata.message.isEmpty() ? result.built.error : result.metadata.message),
            result.exitCode() };
    }
    const HealthSnapshot &snapshot = *result.built.latest;
    // Series without a zone label are the zone "": not a zone a person would count.
    const auto zones = std::count_if(
        snapshot.zoneNames.cbegin(), snapshot.zoneNames.cend(), [](const QString &zone) { return !zone.isEmpty(); });
    QString found = tr("%n checks", nullptr, int(snapshot.checks.size()));
    if (zones > 0) {
        found += tr(", %n zones", nullptr, int(zones));
    }
    return { tr("“%1” answered at %2: %3, scrape took %4 ms (HTTP %5, %6).")
                 .arg(profile.name, HttpSecurity::describeUrl(profile.metricsUrl()), found)
                 .arg(result.metadata.durationMs)
                 .arg(result.metadata.httpStatus)
                 .arg(QLocale().formattedDataSize(result.metadata.bytes)),
        ExitOk };
}

} // namespace appclacks::core
