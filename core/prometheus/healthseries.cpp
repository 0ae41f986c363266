// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/prometheus/healthseries.h"

#include "core/exposition/prometheusnumber.h"

namespace appclacks::core::HealthSeries {

namespace {

std::optional<double> boundOf(const PrometheusLabels &labels)
{
    const ParsedNumber bound = parsePrometheusFloat(labels.value(QStringLiteral("le")).toStdString());
    return bound.error == NumberError::None ? std::optional(bound.value) : std::nullopt;
}

} // namespace

QString checkKeyOf(const PrometheusLabels &labels, const PromqlQueries &promql)
{
    const QString id = promql.idLabel().isEmpty() ? QString() : labels.value(promql.idLabel());
    return id.isEmpty() ? labels.value(promql.nameLabel()) : id;
}

bool isReadable(Kind kind, const PrometheusLabels &labels)
{
    switch (kind) {
    case Kind::Buckets:
        return boundOf(labels).has_value();
    case Kind::Outcomes: {
        const QString status = labels.value(QStringLiteral("status"));
        return status == QLatin1String("success") || status == QLatin1String("failure");
    }
    case Kind::Sums:
    case Kind::Counts:
        return true;
    }
    return false;
}

void addTo(ZoneHealth &zone, Kind kind, const PrometheusLabels &labels, double value)
{
    switch (kind) {
    case Kind::Buckets:
        zone.buckets.push_back({ *boundOf(labels), value });
        return;
    case Kind::Outcomes: {
        const bool success = labels.value(QStringLiteral("status")) == QLatin1String("success");
        zone.hasOutcomes = true;
        (success ? zone.success : zone.failure) = value;
        (success ? zone.hasSuccess : zone.hasFailure) = true;
        return;
    }
    case Kind::Sums:
        zone.sum = value;
        return;
    case Kind::Counts:
        zone.count = value;
        return;
    }
}

} // namespace appclacks::core::HealthSeries
