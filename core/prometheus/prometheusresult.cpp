// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/prometheus/prometheusresult.h"

#include "core/util/exitcode.h"

namespace appclacks::core {

int exitCodeFor(PrometheusError error)
{
    switch (error) {
    case PrometheusError::None:
        return ExitOk;
    case PrometheusError::CredentialsRejected:
        return ExitCredentialsRejected;
    case PrometheusError::Configuration:
    case PrometheusError::InsecureCredentials:
    case PrometheusError::BadQuery:
        return 64; // EX_USAGE, as exitCodeFor(ScrapeError) gives a bad profile
    case PrometheusError::NotPrometheus:
    case PrometheusError::BodyTooLarge:
        return ExitDataError;
    default:
        return ExitUnavailable;
    }
}

bool PrometheusResult::mayPassInPieces() const
{
    switch (error) {
    case PrometheusError::TimedOut:
    case PrometheusError::BodyTooLarge:
        return true;
    case PrometheusError::QueryFailed:
        return errorType == QLatin1String("timeout") || errorType == QLatin1String("execution");
    default:
        return false;
    }
}

int PrometheusResult::exitCode() const
{
    return exitCodeFor(error);
}

QString PrometheusBuildInfo::serverName() const
{
    if (version.isEmpty()) {
        return {};
    }
    return (application.isEmpty() ? QStringLiteral("Prometheus") : application) + QLatin1Char(' ') + version;
}

} // namespace appclacks::core
