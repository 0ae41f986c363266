// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <cstdint>
#include <vector>

namespace appclacks::core {

/// What went wrong with a call to a Prometheus-compatible server, in the categories a person acts
/// on differently. exitCode() maps them to the command line's codes.
enum class PrometheusError {
    None,
    Configuration, ///< the endpoint is unusable (bad URL, matchers, unreadable CA file)
    InsecureCredentials, ///< credentials would cross the network unencrypted
    Unreachable, ///< DNS, refused or reset connections
    TimedOut, ///< the endpoint's timeoutMs passed
    Cancelled, ///< PrometheusReply::abort()
    Tls, ///< certificate or handshake problems; never ignored
    CredentialsRejected, ///< HTTP 401 / 403
    NotFound, ///< HTTP 404 without Prometheus's JSON: no API at that URL (path prefix?)
    Redirected, ///< a redirect, not followed: the POST and its credentials stay where they were sent
    ServerError, ///< 5xx or 429 without Prometheus's JSON
    HttpError, ///< any other unexpected status
    BadQuery, ///< Prometheus's errorType `bad_data`: the query or its parameters were refused
    QueryFailed, ///< any other errorType: execution, timeout, canceled, internal, unavailable…
    NotPrometheus, ///< the body is not Prometheus's JSON envelope (wrong or hostile server)
    BodyTooLarge,
};

/// One point: milliseconds since the epoch (Prometheus's float seconds, exact to the
/// millisecond) and the value parsed as Prometheus writes it ("NaN", "+Inf", "-Inf" included).
struct PrometheusSample
{
    std::int64_t timeMs = 0;
    double value = 0;
};

/// A label set, sorted by name.
using PrometheusLabels = QMap<QString, QString>;

/// One series of a vector (one sample) or a matrix (one sample per step).
struct PrometheusSeries
{
    PrometheusLabels labels;
    std::vector<PrometheusSample> samples;
};

enum class PrometheusResultType { None, Vector, Matrix, Scalar, String };

/// What `/api/v1/status/buildinfo` says the server is; every field may be empty (VictoriaMetrics
/// 1.79 answers `"data":{}`).
struct PrometheusBuildInfo
{
    QString application; ///< only where it is not Prometheus itself: "Grafana Mimir"
    QString version;
    QString revision;
    QString branch;
    QString goVersion;

    /// "Prometheus 2.42.0", "Grafana Mimir 2.10.0": the application (Prometheus when only a
    /// version is given, as Grafana takes it) and its version; empty when the server gives no
    /// version (VictoriaMetrics 1.79).
    QString serverName() const;
};

/// The decoded answer of one call, or why there is none. Prometheus's `warnings` are kept beside
/// the data (shown, not hidden behind it), and its `error` and `errorType` word for word.
struct PrometheusResult
{
    PrometheusError error = PrometheusError::None;
    /// For a person: what failed and where, with the server's own words; never a secret.
    QString message;
    QString errorType; ///< Prometheus's `errorType` ("bad_data", "execution", "timeout"…)
    QString serverError; ///< Prometheus's `error`, verbatim
    int httpStatus = 0;
    QStringList warnings;

    PrometheusResultType resultType = PrometheusResultType::None; ///< query and query_range
    std::vector<PrometheusSeries> series; ///< vector or matrix
    PrometheusSample scalar; ///< scalar (and a string's time)
    QString string; ///< string
    std::vector<PrometheusLabels> labelSets; ///< series()
    QStringList labelValues; ///< labelValues()
    PrometheusBuildInfo buildInfo; ///< buildInfo()

    QUrl url; ///< the API URL called (no credentials, no query)
    std::int64_t bytes = 0; ///< body bytes received
    std::int64_t durationMs = 0;

    bool ok() const { return error == PrometheusError::None; }
    /// Whether the same question may pass in smaller pieces: the server gave up on its size (its
    /// sample limit, its timeout, or ours; an answer over the endpoint's size limit), not on its
    /// meaning.
    bool mayPassInPieces() const;
    /// The command line's exit code (sysexits): 77 for rejected credentials, 69 for a server
    /// unreachable, slow or failing, 65 for an answer that is not usable, 64 for a bad endpoint.
    int exitCode() const;
};

/// Same meaning as PrometheusResult::exitCode().
int exitCodeFor(PrometheusError error);

} // namespace appclacks::core

Q_DECLARE_METATYPE(appclacks::core::PrometheusResult)
