// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/prometheus/prometheusendpoint.h"
#include "core/prometheus/prometheusovertime.h"
#include "core/prometheus/prometheussnapshots.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <optional>

namespace appclacks::app {

/// What the commands that read a Prometheus-compatible server share: `--prometheus URL` and the
/// options that say which of its series are health checks, made into the endpoint core/prometheus
/// takes; credentials come from the environment, never from the command line (where `ps` shows
/// them): APPCLACKS_PROMETHEUS_USER and APPCLACKS_PROMETHEUS_PASSWORD for Basic,
/// APPCLACKS_PROMETHEUS_TOKEN for Bearer. --ca-file, --timeout and --zone-label are the source
/// options' own (core::SourceSpec::commandLineOptions), read here too.
namespace PrometheusOptions {

/// --prometheus, --match, --tenant, --name-label, --id-label.
QList<QCommandLineOption> options();
/// --profile, --ca-file, --timeout and --zone-label, for commands that have no source options.
QList<QCommandLineOption> connectionOptions();
/// "--prometheus URL [--match SELECTOR] …" for usage lines.
QString synopsis();
bool isSet(const QCommandLineParser &parser);
/// Whether --profile names a saved profile of the kind Prometheus-compatible server (read from
/// the profiles alone: no secret is read to tell).
bool namesServerProfile(const QCommandLineParser &parser);
/// The endpoint the options describe; nothing, with `error`, when one is wrong.
std::optional<core::PrometheusEndpoint> endpoint(const QCommandLineParser &parser, QString *error);

/// The endpoint of the Prometheus profile `name`, its secret read from the keychain (waited for
/// in an event loop); nothing, with `error` and `exitCode`, for another kind or a failure.
std::optional<core::PrometheusEndpoint> profileEndpoint(const QString &name, QString *error, int *exitCode);

/// A read's outcome for a command: the snapshot, or the exit code and message (the server's own
/// words, naming it); the server's warnings either way.
struct Read
{
    std::shared_ptr<const core::HealthSnapshot> snapshot;
    int exitCode = 0;
    QString error;
    QStringList warnings;
};
/// Reads `request` from `endpoint`, waiting for it in an event loop. A server that answers with no
/// health-check series at all is an error that names the selector.
Read read(const core::PrometheusEndpoint &endpoint, const core::PrometheusRangeRequest &request);

/// One check's course: by id, or by name when no check has that id (as the history does).
struct ReadCheck
{
    std::shared_ptr<const core::CheckOverTime> overTime;
    int exitCode = 0;
    QString error;
    QStringList warnings;
};
ReadCheck readCheck(
    const core::PrometheusEndpoint &endpoint, const QString &check, core::PrometheusCheckRequest request);
/// The course `request` names exactly (its id, or its name when the id is empty), `checkName`
/// being the name its charts show; a check with no series in the range is an error that names it.
ReadCheck readExactly(const core::PrometheusEndpoint &endpoint, const core::PrometheusCheckRequest &request);

/// The endpoint --prometheus or a Prometheus --profile names; nothing, with `error` and
/// `exitCode`, when neither is given usably.
std::optional<core::PrometheusEndpoint> chosenEndpoint(const QCommandLineParser &parser, QString *error, int *exitCode);

} // namespace PrometheusOptions

} // namespace appclacks::app
