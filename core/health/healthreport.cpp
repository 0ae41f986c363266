// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/health/healthreport.h"

#include "core/exposition/prometheusnumber.h"
#include "core/health/healthformat.h"
#include "core/health/healthsnapshot.h"
#include "core/health/healthstatistics.h"
#include "core/util/csvwriter.h"
#include "core/util/jsonwriter.h"

#include <QCoreApplication>
#include <QStringList>

namespace appclacks::core::HealthReport {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(HealthReport)
};

void writeQuantile(JsonWriter &json, std::string_view key, const QuantileEstimate &estimate)
{
    json.key(key);
    if (estimate.isValid()) {
        json.value(estimate.value);
    } else {
        json.null();
    }
}

// A ZONE of docs/DESIGN.md; `zoneName` null for the total and for series without a zone label.
void writeZone(JsonWriter &json, const ZoneHealth &zone, const QString &zoneName)
{
    const ZoneStatistics &statistics = zone.statistics;
    auto finiteOrNull = [](double value) { return std::isnan(value) ? std::nullopt : std::optional(value); };
    json.beginObject().key("zone");
    if (zoneName.isEmpty()) {
        json.null();
    } else {
        json.value(zoneName);
    }
    json.key("success").value(zone.success);
    json.key("failure").value(zone.failure);
    json.key("success_ratio").value(finiteOrNull(statistics.successRatio));
    json.key("count").value(zone.count);
    json.key("sum").value(zone.sum);
    json.key("mean_seconds").value(finiteOrNull(statistics.meanSeconds));
    writeQuantile(json, "p50_seconds", statistics.p50);
    writeQuantile(json, "p90_seconds", statistics.p90);
    writeQuantile(json, "p95_seconds", statistics.p95);
    writeQuantile(json, "p99_seconds", statistics.p99);
    json.key("buckets").beginArray();
    for (const Bucket &bucket : zone.buckets) {
        json.beginObject().key("le");
        if (std::isinf(bucket.upperBound)) {
            json.value(std::string_view("+Inf"));
        } else {
            json.value(bucket.upperBound);
        }
        json.key("count").value(bucket.count).endObject();
    }
    json.endArray().endObject();
}

QString statusWord(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Passing:
        return Text::tr("passing");
    case CheckStatus::PartialOutage:
        return Text::tr("partial outage");
    case CheckStatus::GlobalOutage:
        return Text::tr("outage");
    case CheckStatus::NoData:
        return Text::tr("no results");
    }
    return {};
}

QString csvNumber(double value)
{
    return std::isfinite(value) ? QString::fromStdString(formatPrometheusFloat(value)) : QString();
}

QStringList csvRow(const CheckHealth &check, const QString &scope, const ZoneHealth &zone)
{
    const ZoneStatistics &statistics = zone.statistics;
    auto quantileField
        = [](const QuantileEstimate &estimate) { return estimate.isValid() ? csvNumber(estimate.value) : QString(); };
    // Ids, names and zones come from the server: CsvWriter neutralises formulas in them.
    return {
        CsvWriter::textField(check.id),
        CsvWriter::textField(check.name),
        scope,
        CsvWriter::textField(scope == QLatin1String("total") ? QString() : zone.zone),
        csvNumber(zone.success),
        csvNumber(zone.failure),
        csvNumber(statistics.successRatio),
        zone.count ? csvNumber(*zone.count) : QString(),
        zone.sum ? csvNumber(*zone.sum) : QString(),
        csvNumber(statistics.meanSeconds),
        quantileField(statistics.p50),
        quantileField(statistics.p90),
        quantileField(statistics.p95),
        quantileField(statistics.p99),
    };
}

// One line of the terminal table; the first column is left-aligned, numbers right-aligned.
QStringList tableRow(const QString &check, const QString &zone, const QString &status, const ZoneHealth &health)
{
    const ZoneStatistics &statistics = health.statistics;
    return { check, zone, status, health.hasOutcomes ? HealthFormat::count(health.success) : QStringLiteral("—"),
        health.hasOutcomes ? HealthFormat::count(health.failure) : QStringLiteral("—"),
        HealthFormat::ratio(statistics.successRatio), HealthFormat::quantile(statistics.p50),
        HealthFormat::quantile(statistics.p95), HealthFormat::quantile(statistics.p99),
        HealthFormat::duration(statistics.meanSeconds) };
}

} // namespace

QByteArray toJson(const HealthSnapshot &snapshot)
{
    JsonWriter json; // quantiles PromQL has no answer for are null (docs/DESIGN.md)
    json.beginObject();
    json.key("source").value(snapshot.source);
    json.key("scraped_at").value(snapshot.scrapedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!snapshot.computedBy.isEmpty()) {
        json.key("computed_by").value(snapshot.computedBy); // the server whose PromQL the figures are
    }
    json.key("checks").beginArray();
    for (const CheckHealth &check : snapshot.checks) {
        json.beginObject().key("id");
        if (check.id.isEmpty()) {
            json.null();
        } else {
            json.value(check.id);
        }
        json.key("name").value(check.name);
        json.key("zones").beginArray();
        for (const ZoneHealth &zone : check.zones) {
            writeZone(json, zone, zone.zone);
        }
        json.endArray();
        json.key("total");
        writeZone(json, check.total, QString());
        json.endObject();
    }
    json.endArray().endObject();
    json.text() += '\n';
    return QByteArray::fromStdString(json.text());
}

QByteArray toCsv(const HealthSnapshot &snapshot)
{
    CsvWriter csv;
    csv.addRow({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("scope"), QStringLiteral("zone"),
        QStringLiteral("success"), QStringLiteral("failure"), QStringLiteral("success_ratio"), QStringLiteral("count"),
        QStringLiteral("sum"), QStringLiteral("mean_seconds"), QStringLiteral("p50_seconds"),
        QStringLiteral("p90_seconds"), QStringLiteral("p95_seconds"), QStringLiteral("p99_seconds") });
    for (const CheckHealth &check : snapshot.checks) {
        csv.addRow(csvRow(check, QStringLiteral("total"), check.total));
        for (const ZoneHealth &zone : check.zones) {
            csv.addRow(csvRow(check, QStringLiteral("zone"), zone));
        }
    }
    return csv.toUtf8();
}

QString toTable(const HealthSnapshot &snapshot)
{
    if (snapshot.checks.empty()) {
        return QCoreApplication::translate("HealthReport",
            "No health checks in this source (%n other metric families).\n", nullptr, snapshot.otherFamilies);
    }
    QList<QStringList> rows;
    rows.append({ Text::tr("CHECK"), Text::tr("ZONE"), Text::tr("STATUS"), Text::tr("SUCCESS"), Text::tr("FAILURE"),
        Text::tr("RATIO"), Text::tr("P50"), Text::tr("P95"), Text::tr("P99"), Text::tr("MEAN") });
    for (const CheckHealth &check : snapshot.checks) {
        // A terminal row must stay one line: control characters in names are shown escaped.
        QString name = check.name.isEmpty() ? check.key : check.name;
        name.replace(QLatin1Char('\n'), QStringLiteral("\\n")).replace(QLatin1Char('\t'), QStringLiteral("\\t"));
        if (check.zones.size() == 1) {
            rows.append(
                tableRow(name, HealthFormat::zone(check.zones.front().zone), statusWord(check.status), check.total));
            continue;
        }
        rows.append(tableRow(name, Text::tr("all"), statusWord(check.status), check.total));
        for (const ZoneHealth &zone : check.zones) {
            rows.append(tableRow(
                QString(), HealthFormat::zone(zone.zone), zone.failure > 0 ? Text::tr("failing") : QString(), zone));
        }
    }
    QList<qsizetype> widths(rows.front().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool text = column < 3;
            line += text ? row.at(column).leftJustified(widths[column]) : row.at(column).rightJustified(widths[column]);
            line += QStringLiteral("  ");
        }
        while (line.endsWith(QLatin1Char(' '))) {
            line.chop(1);
        }
        out += line + QLatin1Char('\n');
    }
    if (!snapshot.computedBy.isEmpty()) {
        out += Text::tr("Figures computed by %1 with PromQL (increase() as that server computes it).\n")
                   .arg(snapshot.computedBy);
    }
    return out;
}

} // namespace appclacks::core::HealthReport
