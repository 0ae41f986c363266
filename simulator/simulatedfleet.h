// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/exposition/metrictype.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <vector>

namespace appclacks::simulator {

using core::ExpositionFormat;

/// Appclacks' default histogram buckets, in seconds; the +Inf bucket comes after them.
inline constexpr std::array<double, 13> simulatedBucketBounds { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1, 2.5,
    5, 7.5, 10 };

/// The shape of a fleet. Names, ids, latency profiles and probe phases all follow from `seed`.
struct FleetOptions
{
    int checks = 8;
    int zones = 3; ///< eu-west, eu-east, us-west, then more
    std::uint64_t seed = 1;
    int intervalSeconds = 30; ///< every check probes from every zone this often
    double timeoutSeconds = 5; ///< the duration a failing probe records
};

/// Which real system the exposition imitates.
enum class ExpositionFlavour {
    AppclacksApi, ///< GET /api/v1/metrics/healthchecks: `id`, `name`, `zone` on every series, no TYPE lines
    Cabourotte, ///< Cabourotte's /metrics: HELP/TYPE, `name` plus configured labels, its own metrics
};

struct FleetRenderOptions
{
    ExpositionFormat format = ExpositionFormat::Text004;
    /// Cabourotte probes from one place: without a zone label only the first zone is exposed,
    /// with one every zone is, as several Cabourotte instances federated behind one endpoint.
    QString cabourotteZoneLabel;
    QList<QPair<QString, QString>> cabourotteLabels; ///< constant labels on every health-check series
};

/// One check as probed from one zone: what the prober's counters hold now.
struct SimulatedSeries
{
    std::array<std::uint64_t, 14> cumulativeBuckets {}; ///< by simulatedBucketBounds, then +Inf
    double sum = 0;
    std::uint64_t count = 0;
    std::uint64_t success = 0;
    std::uint64_t failure = 0;
};

/// A deterministic fleet of health checks probed from several zones, for tests, benchmarks and
/// the demo. Time only moves through advance(), so the same seed and the same calls always give
/// the same bytes. Series appear with their first probe, as Prometheus client libraries create
/// them, so a new fleet exposes nothing until it has been advanced.
class SimulatedFleet final
{
public:
    explicit SimulatedFleet(const FleetOptions &options = {});

    /// 8 checks × 3 zones six hours into their life: one failing in us-west, one failing
    /// everywhere, one slow (some probes beyond 10 s), one slower since a regression, the rest
    /// healthy — every status the app shows. The end of DemoDay (simulator/demoday.h).
    static SimulatedFleet demoScenario(std::uint64_t seed = 1);

    const FleetOptions &options() const { return m_options; }
    const QStringList &zones() const { return m_zones; }
    int checkCount() const { return int(m_checks.size()); }
    QString checkId(int check) const;
    QString checkName(int check) const;
    /// The index of the check with this id or name, or -1.
    int indexOf(const QString &idOrName) const;
    bool isRemoved(int check) const;

    double elapsedSeconds() const { return double(m_nowMs) / 1000.0; }
    /// Runs every probe due in the next `seconds` of simulated time.
    void advance(double seconds);

    /// The check's probes fail in `zone`, or in every zone when `zone` is empty, with the given
    /// share of failures, until stopFailing(). False for an unknown check or zone.
    bool startFailing(int check, const QString &zone = {}, double failureRatio = 1.0);
    bool stopFailing(int check, const QString &zone = {});
    /// The check's latencies in `zone` (every zone when empty) are multiplied by `factor`.
    bool startLatencyRegression(int check, const QString &zone, double factor);
    bool stopLatencyRegression(int check, const QString &zone = {});
    /// The prober of `zone` (of every zone when empty) restarts: its counters start from zero.
    bool restartProber(const QString &zone = {});
    /// The check is deleted: its series disappear until restoreCheck(), which brings it back with
    /// counters from zero, as Cabourotte does with a check that changed.
    bool removeCheck(int check);
    bool restoreCheck(int check);

    SimulatedSeries series(int check, const QString &zone) const;

    QByteArray exposition(ExpositionFlavour flavour, const FleetRenderOptions &options = {}) const;

private:
    struct Series
    {
        std::array<std::uint64_t, 14> buckets {}; // per bucket, not cumulative
        double sum = 0;
        std::uint64_t success = 0;
        std::uint64_t failure = 0;
        double mu = 0; // log-normal parameters of a healthy probe
        double sigma = 0;
        qint64 phaseMs = 0;
        double failureRatio = 0;
        double latencyFactor = 1;
        std::uint64_t randomState = 0;

        std::uint64_t count() const { return success + failure; }
    };

    struct Check
    {
        QString id;
        QString name;
        bool removed = false;
        std::vector<Series> zones;
    };

    int zoneIndex(const QString &zone) const;
    bool validCheck(int check) const;
    template <typename Function> bool forZones(int check, const QString &zone, Function function);
    void probe(Series &series, qint64 probes);
    void resetCounters(Series &series);

    QByteArray appclacksExposition(ExpositionFormat format) const;
    QByteArray cabourotteExposition(const FleetRenderOptions &options) const;

    FleetOptions m_options;
    QStringList m_zones;
    std::vector<Check> m_checks;
    qint64 m_nowMs = 0;
    qint64 m_proberStartMs = 0; // for Cabourotte's own process metrics
    std::uint64_t m_proberRestarts = 0;
};

} // namespace appclacks::simulator
