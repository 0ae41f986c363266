// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/prometheus/prometheusresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <cstdint>
#include <map>

namespace appclacks::tests {

/// The tests' own way to ask a server, written apart from core/prometheus so that the app's
/// answers can be compared with it: a form POST with a bare QNetworkAccessManager, the JSON as
/// the server sent it.
class DirectPrometheusQuery final
{
public:
    DirectPrometheusQuery() = delete;

    /// POSTs `fields` form-encoded to `url`; the JSON envelope, or an empty object with `error`.
    static QJsonObject post(const QUrl &url, const QList<QPair<QString, QString>> &fields, QString *error);
    /// Empty when `result` holds exactly the series of the direct answer's data.result (vector or
    /// matrix): the same label sets, times and values bit for bit; otherwise the first difference.
    static QString compare(const core::PrometheusResult &result, const QJsonObject &direct);

    /// An instant query's values at `timeMs`, keyed by the values of `labels` joined by "/"
    /// ("id/zone/status"); empty, with `error` set, when the server did not answer.
    static std::map<QString, double> values(
        const QUrl &baseUrl, const QString &expression, std::int64_t timeMs, const QStringList &labels, QString *error);
    /// A query_range's points from start, by step, up to end: by key as for values(), then time.
    static std::map<QString, std::map<std::int64_t, double>> steps(const QUrl &baseUrl, const QString &expression,
        std::int64_t startMs, std::int64_t endMs, std::int64_t stepMs, const QStringList &labels, QString *error);
};

} // namespace appclacks::tests
