// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/profiles/scrapeconfig.h"

#include "core/profiles/labelmatchers.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <algorithm>

namespace appclacks::core {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(ScrapeConfig)
};

// Every value the user typed goes out double-quoted, so that no name, path or URL can turn into
// YAML syntax ("#", ": ", a leading "*" or "&"). A PromQL string literal is one: the escapes it
// writes (\\ \" \n \r \t \xNN) are YAML's double-quoted escapes too.
QString yamlString(const QString &value)
{
    return LabelMatchers::quote(value);
}

// A comment is one line: a newline in a name would end it and start YAML.
QString commentText(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            c = QLatin1Char(' ');
        }
    }
    return text;
}

QString target(const QUrl &url)
{
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':'))) {
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6
    }
    return url.port() >= 0 ? host + QLatin1Char(':') + QString::number(url.port()) : host;
}

QString duration(int seconds)
{
    if (seconds % 3600 == 0) {
        return QString::number(seconds / 3600) + QLatin1Char('h');
    }
    if (seconds % 60 == 0) {
        return QString::number(seconds / 60) + QLatin1Char('m');
    }
    return QString::number(seconds) + QLatin1Char('s');
}

} // namespace

bool ScrapeConfig::canWrite(const Profile &profile)
{
    return profile.kind == EndpointKind::AppclacksApi || profile.kind == EndpointKind::ExpositionEndpoint;
}

QString ScrapeConfig::jobName(const Profile &profile)
{
    QString job;
    for (const QChar c : profile.name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('_')) {
            job += c;
        } else if (!job.isEmpty() && !job.endsWith(QLatin1Char('-'))) {
            job += QLatin1Char('-'); // spaces, dots, accents and the rest: one dash
        }
    }
    while (job.endsWith(QLatin1Char('-'))) {
        job.chop(1);
    }
    if (job.isEmpty()) {
        job = profile.kind == EndpointKind::AppclacksApi ? QStringLiteral("appclacks") : QStringLiteral("healthchecks");
    }
    return job;
}

QString ScrapeConfig::secretFilePath(const Profile &profile)
{
    switch (profile.authMode) {
    case AuthMode::None:
        return {};
    case AuthMode::Basic:
        return QStringLiteral("secrets/%1.password").arg(jobName(profile));
    case AuthMode::Bearer:
        return QStringLiteral("secrets/%1.token").arg(jobName(profile));
    }
    return {};
}

QString ScrapeConfig::write(const Profile &profile)
{
    if (!canWrite(profile)) {
        return {};
    }
    const bool appclacks = profile.kind == EndpointKind::AppclacksApi;
    const QUrl metrics = profile.metricsUrl();
    const QString secretFile = secretFilePath(profile);
    QStringList lines;
    // Comments first: what this is, and where the secret goes (it is never in the text). Short
    // lines, as they are read in an editor.
    const auto comment = [&lines](const QString &text) { lines << QStringLiteral("  # ") + commentText(text); };
    comment(Text::tr("Prometheus scrape job for the profile “%1”, written by Appclacks Desktop.").arg(profile.name));
    comment(Text::tr("Paste it under scrape_configs: in prometheus.yml."));
    if (!secretFile.isEmpty()) {
        const QString what = appclacks            ? Text::tr("the API token of organization %1").arg(profile.username)
            : profile.authMode == AuthMode::Basic ? Text::tr("the password of %1").arg(profile.username)
                                                  : Text::tr("the bearer token");
        comment(Text::tr("Put %1 alone in %2").arg(what, secretFile));
        comment(
            Text::tr("(relative to prometheus.yml's folder), readable only by Prometheus: it is not written here."));
    }
    if (!profile.caFile.isEmpty() || !profile.clientCertificateFile.isEmpty()) {
        comment(Text::tr("Copy the certificate files below to the Prometheus server if it runs elsewhere, and change "
                         "their paths."));
    }
    lines << QStringLiteral("  - job_name: %1").arg(yamlString(jobName(profile)));
    // The profile's own interval; Prometheus refuses a timeout above the interval.
    const int interval = std::max(1, profile.refreshIntervalSeconds);
    lines << QStringLiteral("    scrape_interval: %1").arg(duration(interval));
    lines << QStringLiteral("    scrape_timeout: %1").arg(duration(std::min(interval, 10)));
    lines << QStringLiteral("    scheme: %1").arg(metrics.scheme());
    lines << QStringLiteral("    metrics_path: %1")
                 .arg(yamlString(metrics.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/")
                                                                            : metrics.path(QUrl::FullyEncoded)));
    if (metrics.hasQuery()) {
        lines << QStringLiteral("    params:");
        const QUrlQuery query(metrics);
        QStringList keys;
        for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
            if (!keys.contains(item.first)) {
                keys.append(item.first);
            }
        }
        for (const QString &key : std::as_const(keys)) {
            lines << QStringLiteral("      %1:").arg(yamlString(key));
            for (const QString &value : query.allQueryItemValues(key, QUrl::FullyDecoded)) {
                lines << QStringLiteral("        - %1").arg(yamlString(value));
            }
        }
    }
    if (profile.authMode == AuthMode::Basic) {
        lines << QStringLiteral("    basic_auth:");
        lines << QStringLiteral("      username: %1").arg(yamlString(profile.username));
        lines << QStringLiteral("      password_file: %1").arg(yamlString(secretFile));
    } else if (profile.authMode == AuthMode::Bearer) {
        lines << QStringLiteral("    authorization:");
        lines << QStringLiteral("      type: Bearer");
        lines << QStringLiteral("      credentials_file: %1").arg(yamlString(secretFile));
    }
    if (!profile.caFile.isEmpty() || !profile.clientCertificateFile.isEmpty()) {
        lines << QStringLiteral("    tls_config:");
        if (!profile.caFile.isEmpty()) {
            lines << QStringLiteral("      ca_file: %1").arg(yamlString(profile.caFile));
        }
        if (!profile.clientCertificateFile.isEmpty()) {
            lines << QStringLiteral("      cert_file: %1").arg(yamlString(profile.clientCertificateFile));
            lines << QStringLiteral("      key_file: %1").arg(yamlString(profile.clientKeyFile));
        }
    }
    lines << QStringLiteral("    static_configs:");
    lines << QStringLiteral("      - targets:");
    lines << QStringLiteral("          - %1").arg(yamlString(target(metrics)));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Profile ScrapeConfig::prometheusProfileFor(const Profile &profile)
{
    Profile prometheus;
    prometheus.name = Text::tr("%1 (Prometheus)").arg(profile.name);
    prometheus.kind = EndpointKind::PrometheusServer;
    prometheus.url = QUrl(QStringLiteral("http://localhost:9090"));
    prometheus.authMode = AuthMode::None;
    prometheus.labelMatchers
        = LabelMatchers::format({ { QStringLiteral("job"), LabelMatcher::Op::Equal, jobName(profile) } });
    prometheus.zoneLabel = profile.zoneLabel;
    prometheus.refreshIntervalSeconds = profile.refreshIntervalSeconds;
    return prometheus;
}

} // namespace appclacks::core
