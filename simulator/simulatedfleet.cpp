// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "simulator/simulatedfleet.h"

#include "core/exposition/expositionwriter.h"
#include "core/exposition/prometheusnumber.h"
#include "simulator/demoday.h"

#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <numbers>
#include <string>
#include <string_view>
#include <utility>

namespace appclacks::simulator {

using namespace appclacks::core;

namespace {

constexpr std::size_t bucketCount = simulatedBucketBounds.size() + 1;
constexpr std::array<std::string_view, bucketCount> bucketLabels { "0.005", "0.01", "0.025", "0.05", "0.1", "0.25",
    "0.5", "0.75", "1", "2.5", "5", "7.5", "10", "+Inf" };
// The order Appclacks' API prints its buckets in: sorted as strings, "+Inf" first and "10" before "2.5".
constexpr std::array<std::size_t, bucketCount> appclacksBucketOrder { 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 9, 10, 11 };

struct KnownCheck
{
    const char *name;
    double medianSeconds;
    double sigma;
};

// Realistic services with realistic latencies: DNS in milliseconds, an export job in seconds
// (its tail goes beyond the 10 s bucket).
constexpr std::array<KnownCheck, 16> knownChecks { {
    { "api-gateway", 0.045, 0.35 },
    { "checkout", 0.18, 0.45 },
    { "dns-corp", 0.006, 0.3 },
    { "legacy-ftp", 0.4, 0.6 },
    { "auth-service", 0.06, 0.3 },
    { "reports-export", 3.2, 0.55 },
    { "status-page", 0.03, 0.25 },
    { "payments-api", 0.12, 0.4 },
    { "search", 0.09, 0.5 },
    { "cdn-assets", 0.015, 0.3 },
    { "mail-smtp", 0.25, 0.35 },
    { "vpn-gateway", 0.05, 0.3 },
    { "grafana", 0.15, 0.4 },
    { "gitlab", 0.3, 0.5 },
    { "docs-site", 0.04, 0.3 },
    { "registry", 0.2, 0.45 },
} };
constexpr std::array<const char *, 18> generatedWords { "api", "shop", "auth", "billing", "search", "cdn", "www",
    "status", "docs", "mail", "vpn", "db", "payments", "admin", "ldap", "chat", "wiki", "sso" };
constexpr std::array<const char *, 6> generatedEnvironments { "prod", "staging", "internal", "eu", "us", "public" };
constexpr std::array<double, 6> generatedMedians { 0.02, 0.05, 0.08, 0.15, 0.4, 1.2 };

struct KnownZone
{
    const char *name;
    double networkSeconds; // added to a check's median: targets mostly live in western Europe
};
constexpr std::array<KnownZone, 8> knownZones { {
    { "eu-west", 0.004 },
    { "eu-east", 0.03 },
    { "us-west", 0.15 },
    { "us-east", 0.09 },
    { "ap-southeast", 0.25 },
    { "ap-northeast", 0.22 },
    { "sa-east", 0.2 },
    { "af-south", 0.18 },
} };

// SplitMix64: tiny, fast, and the same on every platform (std::*_distribution is not).
std::uint64_t nextRandom(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

std::uint64_t mix(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t state = a ^ (b * 0xd1342543de82ef95ull);
    return nextRandom(state);
}

double uniform(std::uint64_t &state)
{
    return double(nextRandom(state) >> 11) * 0x1.0p-53;
}

double standardNormal(std::uint64_t &state)
{
    const double u1 = 1.0 - uniform(state); // (0, 1]: log() stays finite
    const double u2 = uniform(state);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}

std::uint64_t poisson(double mean, std::uint64_t &state)
{
    const double limit = std::exp(-mean);
    std::uint64_t k = 0;
    double product = uniform(state);
    while (product > limit) {
        ++k;
        product *= uniform(state);
    }
    return k;
}

// Exact for small n, then the Poisson or normal approximation: a long advance() costs the same as
// a short one instead of one random draw per probe.
std::uint64_t binomial(std::uint64_t n, double p, std::uint64_t &state)
{
    if (p <= 0 || n == 0) {
        return 0;
    }
    if (p >= 1) {
        return n;
    }
    if (n <= 32) {
        std::uint64_t k = 0;
        for (std::uint64_t i = 0; i < n; ++i) {
            k += uniform(state) < p ? 1 : 0;
        }
        return k;
    }
    const double mean = double(n) * p;
    const double complementMean = double(n) * (1 - p);
    if (mean < 10) {
        return std::min(n, poisson(mean, state));
    }
    if (complementMean < 10) {
        return n - std::min(n, poisson(complementMean, state));
    }
    const double draw = std::round(mean + std::sqrt(mean * (1 - p)) * standardNormal(state));
    return std::uint64_t(std::clamp(draw, 0.0, double(n)));
}

std::size_t bucketOf(double seconds)
{
    for (std::size_t i = 0; i < simulatedBucketBounds.size(); ++i) {
        if (seconds <= simulatedBucketBounds[i]) {
            return i;
        }
    }
    return bucketCount - 1;
}

QString uuidFrom(std::uint64_t seed)
{
    std::uint64_t state = seed;
    const std::uint64_t high = nextRandom(state);
    const std::uint64_t low = nextRandom(state);
    char text[40];
    std::snprintf(text, sizeof text, "%08x-%04x-4%03x-%04x-%012llx", unsigned(high >> 32),
        unsigned((high >> 16) & 0xffff), unsigned(high & 0xfff), unsigned(0x8000 | ((low >> 48) & 0x3fff)),
        static_cast<unsigned long long>(low & 0xffffffffffffull));
    return QString::fromLatin1(text);
}

// The formats' escaping, from the one place that knows it.
std::string escapeLabelValue(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    std::string out;
    ExpositionWriter::appendEscapedLabelValue(out, std::string_view(utf8.constData(), std::size_t(utf8.size())));
    return out;
}

using Labels = std::vector<std::pair<std::string, std::string>>;

// Writes samples the way one exposition format wants them.
class Writer
{
public:
    Writer(ExpositionFormat format, qsizetype expectedBytes)
        : m_openMetrics(format == ExpositionFormat::OpenMetrics100)
    {
        // Growing a 100 MB buffer by doubling costs more than writing it: reserve the estimate.
        m_out.reserve(expectedBytes);
    }

    bool openMetrics() const { return m_openMetrics; }

    // OpenMetrics names a counter family without `_total`; the text format names it with it.
    void family(std::string_view name, std::string_view type, std::string_view help, bool declare = true)
    {
        if (!declare) {
            return;
        }
        std::string_view familyName = name;
        if (m_openMetrics && type == "counter" && familyName.ends_with("_total")) {
            familyName.remove_suffix(6);
        }
        m_out += "# HELP ";
        m_out += familyName;
        m_out += ' ';
        m_out += help;
        m_out += "\n# TYPE ";
        m_out += familyName;
        m_out += ' ';
        m_out += type;
        m_out += '\n';
    }

    void sample(std::string_view name, const Labels &labels, std::string_view separator, double value)
    {
        const std::string text = labelText(labels, separator);
        sample(name, { std::string_view(text) }, value);
    }

    // Label text in pieces, so that the hot loops append precomputed parts instead of building
    // label lists for each of the millions of lines a large fleet has.
    void sample(std::string_view name, std::initializer_list<std::string_view> labelParts, double value)
    {
        m_out += name;
        if (labelParts.size() > 0 && !labelParts.begin()->empty()) {
            m_out += '{';
            for (const std::string_view part : labelParts) {
                m_out += part;
            }
            m_out += '}';
        }
        m_out += ' ';
        // Small whole numbers (every count under a million) print the same as Go's 'g' format
        // prints them, and far faster.
        if (value >= 0 && value < 1e6 && value == std::floor(value)) {
            char digits[16];
            const auto end = std::to_chars(digits, digits + sizeof digits, std::uint32_t(value)).ptr;
            m_out.append(digits, qsizetype(end - digits));
        } else {
            m_number.clear();
            appendPrometheusFloat(m_number, value);
            m_out += m_number;
        }
        m_out += '\n';
    }

    static std::string labelText(const Labels &labels, std::string_view separator)
    {
        std::string text;
        for (const auto &[labelName, labelValue] : labels) {
            if (!text.empty()) {
                text += separator;
            }
            text += labelName;
            text += "=\"";
            text += labelValue;
            text += '"';
        }
        return text;
    }

    QByteArray finish()
    {
        if (m_openMetrics) {
            m_out += "# EOF\n";
        }
        m_out.squeeze();
        return m_out;
    }

private:
    bool m_openMetrics;
    QByteArray m_out;
    std::string m_number;
};

Labels withLabel(Labels labels, std::string name, std::string value)
{
    labels.emplace_back(std::move(name), std::move(value));
    return labels;
}

void sortLabels(Labels &labels)
{
    std::sort(labels.begin(), labels.end());
}

} // namespace

SimulatedFleet::SimulatedFleet(const FleetOptions &options)
    : m_options(options)
{
    m_options.checks = std::max(0, m_options.checks);
    m_options.zones = std::max(1, m_options.zones);
    m_options.intervalSeconds = std::max(1, m_options.intervalSeconds);

    std::vector<double> zoneDelays;
    for (int z = 0; z < m_options.zones; ++z) {
        if (z < int(knownZones.size())) {
            m_zones.append(QString::fromLatin1(knownZones[std::size_t(z)].name));
            zoneDelays.push_back(knownZones[std::size_t(z)].networkSeconds);
        } else {
            m_zones.append(QStringLiteral("zone-%1").arg(z + 1));
            zoneDelays.push_back(0.1 + 0.01 * z);
        }
    }

    const qint64 intervalMs = qint64(m_options.intervalSeconds) * 1000;
    QSet<QString> names;
    for (int c = 0; c < m_options.checks; ++c) {
        std::uint64_t state = mix(m_options.seed, std::uint64_t(c) + 1);
        Check check;
        check.id = uuidFrom(nextRandom(state));
        double median = 0;
        double sigma = 0;
        if (c < int(knownChecks.size())) {
            const KnownCheck &known = knownChecks[std::size_t(c)];
            check.name = QString::fromLatin1(known.name);
            median = known.medianSeconds;
            sigma = known.sigma;
        } else {
            check.name = QString::fromLatin1(generatedWords[nextRandom(state) % generatedWords.size()])
                + QLatin1Char('-')
                + QString::fromLatin1(generatedEnvironments[nextRandom(state) % generatedEnvironments.size()]);
            median = generatedMedians[nextRandom(state) % generatedMedians.size()];
            sigma = 0.2 + 0.4 * uniform(state);
        }
        // Cabourotte identifies checks by name: names must be unique.
        const QString base = check.name;
        for (int suffix = 2; names.contains(check.name); ++suffix) {
            check.name = base + QLatin1Char('-') + QString::number(suffix);
        }
        names.insert(check.name);

        for (int z = 0; z < m_options.zones; ++z) {
            Series series;
            series.randomState = mix(mix(m_options.seed, std::uint64_t(c) + 1), std::uint64_t(z) + 1000);
            const double jitter = 0.9 + 0.2 * uniform(series.randomState);
            series.mu = std::log((median + zoneDelays[std::size_t(z)]) * jitter);
            series.sigma = sigma * (0.9 + 0.2 * uniform(series.randomState));
            series.phaseMs = qint64(nextRandom(series.randomState) % std::uint64_t(intervalMs));
            check.zones.push_back(series);
        }
        m_checks.push_back(std::move(check));
    }
}

SimulatedFleet SimulatedFleet::demoScenario(std::uint64_t seed)
{
    // The demo's day owns the story, so that the live demo carries on from its seeded history.
    return DemoDay(seed).finalFleet();
}

QString SimulatedFleet::checkId(int check) const
{
    return validCheck(check) ? m_checks[std::size_t(check)].id : QString();
}

QString SimulatedFleet::checkName(int check) const
{
    return validCheck(check) ? m_checks[std::size_t(check)].name : QString();
}

int SimulatedFleet::indexOf(const QString &idOrName) const
{
    for (std::size_t c = 0; c < m_checks.size(); ++c) {
        if (m_checks[c].id == idOrName || m_checks[c].name == idOrName) {
            return int(c);
        }
    }
    return -1;
}

bool SimulatedFleet::isRemoved(int check) const
{
    return validCheck(check) && m_checks[std::size_t(check)].removed;
}

bool SimulatedFleet::validCheck(int check) const
{
    return check >= 0 && check < int(m_checks.size());
}

int SimulatedFleet::zoneIndex(const QString &zone) const
{
    return int(m_zones.indexOf(zone));
}

template <typename Function> bool SimulatedFleet::forZones(int check, const QString &zone, Function function)
{
    if (!validCheck(check)) {
        return false;
    }
    auto &zones = m_checks[std::size_t(check)].zones;
    if (zone.isEmpty()) {
        std::for_each(zones.begin(), zones.end(), function);
        return true;
    }
    const int index = zoneIndex(zone);
    if (index < 0) {
        return false;
    }
    function(zones[std::size_t(index)]);
    return true;
}

void SimulatedFleet::advance(double seconds)
{
    if (!(seconds > 0)) {
        return;
    }
    const qint64 from = m_nowMs;
    const qint64 to = from + qint64(std::llround(seconds * 1000.0));
    const qint64 intervalMs = qint64(m_options.intervalSeconds) * 1000;
    // Probes of a series happen at phase, phase + interval, …: count those in (from, to].
    auto probesUpTo
        = [intervalMs](qint64 time, qint64 phase) { return time < phase ? 0 : (time - phase) / intervalMs + 1; };
    for (Check &check : m_checks) {
        if (check.removed) {
            continue;
        }
        for (Series &series : check.zones) {
            const qint64 probes = probesUpTo(to, series.phaseMs) - probesUpTo(from, series.phaseMs);
            if (probes > 0) {
                probe(series, probes);
            }
        }
    }
    m_nowMs = to;
}

void SimulatedFleet::probe(Series &series, qint64 probes)
{
    const auto n = std::uint64_t(probes);
    std::uint64_t &state = series.randomState;
    const double mu = series.mu + std::log(series.latencyFactor);
    const double sigma = series.sigma;

    // A failing probe waits for its timeout (plus scheduling noise), whatever the latency profile.
    const std::uint64_t failures = binomial(n, series.failureRatio, state);
    if (failures > 0) {
        series.failure += failures;
        series.buckets[bucketOf(m_options.timeoutSeconds)] += failures;
        series.sum += double(failures) * m_options.timeoutSeconds + 0.003 * double(failures) * uniform(state);
    }
    const std::uint64_t successes = n - failures;
    series.success += successes;
    if (successes <= 32) {
        for (std::uint64_t i = 0; i < successes; ++i) {
            const double seconds = std::exp(mu + sigma * standardNormal(state));
            series.buckets[bucketOf(seconds)] += 1;
            series.sum += seconds;
        }
        return;
    }
    // Many probes at once: bucket counts drawn from the log-normal's bucket probabilities, and the
    // sum from each bucket's conditional mean, so that sum/count stays consistent with the buckets.
    const double meanFactor = std::exp(mu + sigma * sigma / 2);
    std::uint64_t remaining = successes;
    double lowerCdf = 0;
    double lowerPartial = 0; // E[X; X <= lower bound] / meanFactor
    for (std::size_t i = 0; i < bucketCount && remaining > 0; ++i) {
        const bool last = i + 1 == bucketCount;
        const double logBound = last ? 0 : std::log(simulatedBucketBounds[i]);
        const double cdf = last ? 1.0 : normalCdf((logBound - mu) / sigma);
        const double partial = last ? 1.0 : normalCdf((logBound - mu - sigma * sigma) / sigma);
        const double share = cdf - lowerCdf;
        const double conditional = lowerCdf < 1 ? share / (1 - lowerCdf) : 1.0;
        const std::uint64_t k = last ? remaining : binomial(remaining, conditional, state);
        if (k > 0) {
            const double lowerBound = i == 0 ? 0.0 : simulatedBucketBounds[i - 1];
            const double mean = share > 1e-12 ? meanFactor * (partial - lowerPartial) / share
                                              : (last ? lowerBound * 1.2 : (lowerBound + simulatedBucketBounds[i]) / 2);
            series.buckets[i] += k;
            series.sum += double(k) * mean;
            remaining -= k;
        }
        lowerCdf = cdf;
        lowerPartial = partial;
    }
}

void SimulatedFleet::resetCounters(Series &series)
{
    series.buckets.fill(0);
    series.sum = 0;
    series.success = 0;
    series.failure = 0;
}

bool SimulatedFleet::startFailing(int check, const QString &zone, double failureRatio)
{
    const double ratio = std::clamp(failureRatio, 0.0, 1.0);
    return forZones(check, zone, [ratio](Series &series) { series.failureRatio = ratio; });
}

bool SimulatedFleet::stopFailing(int check, const QString &zone)
{
    return forZones(check, zone, [](Series &series) { series.failureRatio = 0; });
}

bool SimulatedFleet::startLatencyRegression(int check, const QString &zone, double factor)
{
    if (!(factor > 0)) {
        return false;
    }
    return forZones(check, zone, [factor](Series &series) { series.latencyFactor = factor; });
}

bool SimulatedFleet::stopLatencyRegression(int check, const QString &zone)
{
    return forZones(check, zone, [](Series &series) { series.latencyFactor = 1; });
}

bool SimulatedFleet::restartProber(const QString &zone)
{
    const int index = zone.isEmpty() ? -1 : zoneIndex(zone);
    if (!zone.isEmpty() && index < 0) {
        return false;
    }
    for (Check &check : m_checks) {
        for (int z = 0; z < int(check.zones.size()); ++z) {
            if (index < 0 || z == index) {
                resetCounters(check.zones[std::size_t(z)]);
            }
        }
    }
    // Cabourotte's own process metrics restart with the prober that serves /metrics.
    if (index <= 0) {
        m_proberStartMs = m_nowMs;
        ++m_proberRestarts;
    }
    return true;
}

bool SimulatedFleet::removeCheck(int check)
{
    if (!validCheck(check)) {
        return false;
    }
    Check &removed = m_checks[std::size_t(check)];
    removed.removed = true;
    std::for_each(removed.zones.begin(), removed.zones.end(), [this](Series &series) { resetCounters(series); });
    return true;
}

bool SimulatedFleet::restoreCheck(int check)
{
    if (!validCheck(check)) {
        return false;
    }
    m_checks[std::size_t(check)].removed = false;
    return true;
}

SimulatedSeries SimulatedFleet::series(int check, const QString &zone) const
{
    SimulatedSeries result;
    const int z = zoneIndex(zone);
    if (!validCheck(check) || z < 0) {
        return result;
    }
    const Series &series = m_checks[std::size_t(check)].zones[std::size_t(z)];
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < bucketCount; ++i) {
        cumulative += series.buckets[i];
        result.cumulativeBuckets[i] = cumulative;
    }
    result.sum = series.sum;
    result.count = series.count();
    result.success = series.success;
    result.failure = series.failure;
    return result;
}

QByteArray SimulatedFleet::exposition(ExpositionFlavour flavour, const FleetRenderOptions &options) const
{
    return flavour == ExpositionFlavour::AppclacksApi ? appclacksExposition(options.format)
                                                      : cabourotteExposition(options);
}

QByteArray SimulatedFleet::appclacksExposition(ExpositionFormat format) const
{
    Writer writer(format, qsizetype(m_checks.size()) * m_zones.size() * 2600);
    // The documented API output: labels sorted by name with ", " between them, no metadata, `le`
    // in string order. OpenMetrics has no room for either, so it gets the strict layout.
    const std::string_view separator = writer.openMetrics() ? "," : ", ";
    std::vector<const Check *> checks;
    for (const Check &check : m_checks) {
        if (!check.removed) {
            checks.push_back(&check);
        }
    }
    std::sort(checks.begin(), checks.end(), [](const Check *a, const Check *b) { return a->id < b->id; });
    std::vector<int> zoneOrder(std::size_t(m_zones.size()));
    for (int z = 0; z < int(zoneOrder.size()); ++z) {
        zoneOrder[std::size_t(z)] = z;
    }
    std::sort(zoneOrder.begin(), zoneOrder.end(), [this](int a, int b) { return m_zones.at(a) < m_zones.at(b); });

    writer.family("healthcheck_duration_seconds", "histogram", "Health checks execution duration in seconds.",
        writer.openMetrics());
    for (const Check *check : checks) {
        const std::string id = "id=\"" + escapeLabelValue(check->id) + '"';
        const std::string name = "name=\"" + escapeLabelValue(check->name) + '"';
        for (const int z : zoneOrder) {
            const Series &series = check->zones[std::size_t(z)];
            if (series.count() == 0) {
                continue;
            }
            const std::string rest = std::string(separator) + name + std::string(separator) + "zone=\""
                + escapeLabelValue(m_zones.at(z)) + '"';
            std::array<std::uint64_t, bucketCount> cumulative {};
            std::uint64_t running = 0;
            for (std::size_t i = 0; i < bucketCount; ++i) {
                running += series.buckets[i];
                cumulative[i] = running;
            }
            for (std::size_t k = 0; k < bucketCount; ++k) {
                const std::size_t i = writer.openMetrics() ? k : appclacksBucketOrder[k];
                writer.sample("healthcheck_duration_seconds_bucket",
                    { id, separator, "le=\"", bucketLabels[i], "\"", rest }, double(cumulative[i]));
            }
            writer.sample("healthcheck_duration_seconds_sum", { id, rest }, series.sum);
            writer.sample("healthcheck_duration_seconds_count", { id, rest }, double(series.count()));
        }
    }
    writer.family(
        "healthcheck_total", "counter", "Count of health checks executions, by status.", writer.openMetrics());
    for (const Check *check : checks) {
        const std::string idAndName = "id=\"" + escapeLabelValue(check->id) + '"' + std::string(separator) + "name=\""
            + escapeLabelValue(check->name) + '"';
        for (const int z : zoneOrder) {
            const Series &series = check->zones[std::size_t(z)];
            const std::string zone = "zone=\"" + escapeLabelValue(m_zones.at(z)) + '"';
            for (const auto &[status, value] :
                { std::pair { "failure", series.failure }, { "success", series.success } }) {
                if (value > 0) {
                    writer.sample("healthcheck_total",
                        { idAndName, separator, "status=\"", status, "\"", separator, zone }, double(value));
                }
            }
        }
    }
    return writer.finish();
}

QByteArray SimulatedFleet::cabourotteExposition(const FleetRenderOptions &options) const
{
    const qsizetype exposedZones = options.cabourotteZoneLabel.isEmpty() ? 1 : m_zones.size();
    Writer writer(options.format, 4096 + qsizetype(m_checks.size()) * exposedZones * 1400);
    const std::string_view separator = ",";
    std::vector<const Check *> checks;
    for (const Check &check : m_checks) {
        if (!check.removed) {
            checks.push_back(&check);
        }
    }
    std::sort(checks.begin(), checks.end(), [](const Check *a, const Check *b) { return a->name < b->name; });
    const bool zoned = !options.cabourotteZoneLabel.isEmpty();
    const int zones = zoned ? int(m_zones.size()) : 1;
    const std::string zoneLabel = options.cabourotteZoneLabel.toStdString();
    Labels extra;
    for (const auto &[name, value] : options.cabourotteLabels) {
        extra.emplace_back(name.toStdString(), escapeLabelValue(value));
    }
    // client_golang sorts label names, except `le` which always comes last.
    auto checkLabels = [&](const Check &check, int zone) {
        Labels labels = extra;
        labels.emplace_back("name", escapeLabelValue(check.name));
        if (zoned) {
            labels.emplace_back(zoneLabel, escapeLabelValue(m_zones.at(zone)));
        }
        sortLabels(labels);
        return labels;
    };

    const double uptimeSeconds = double(m_nowMs - m_proberStartMs) / 1000.0;
    const double scrapes = std::floor(uptimeSeconds / 15.0);
    // client_golang prints families sorted by name.
    writer.family("go_goroutines", "gauge", "Number of goroutines that currently exist.");
    writer.sample("go_goroutines", Labels {}, separator, double(14 + 2 * checks.size() + m_proberRestarts % 3));
    writer.family("go_info", "gauge", "Information about the Go environment.");
    writer.sample("go_info", Labels { { "version", "go1.21.5" } }, separator, 1);
    writer.family("go_memstats_alloc_bytes", "gauge", "Number of bytes allocated and still in use.");
    writer.sample("go_memstats_alloc_bytes", Labels {}, separator,
        double(3'145'728 + 65'536 * checks.size() + (std::uint64_t(m_nowMs / 1000) * 7919) % 1'048'576));

    writer.family("healthcheck_duration_seconds", "histogram", "Time to execute a healthcheck");
    for (const Check *check : checks) {
        for (int z = 0; z < zones; ++z) {
            const Series &series = check->zones[std::size_t(z)];
            if (series.count() == 0) {
                continue;
            }
            const std::string labels = Writer::labelText(checkLabels(*check, z), separator);
            std::uint64_t running = 0;
            for (std::size_t i = 0; i < bucketCount; ++i) {
                running += series.buckets[i];
                writer.sample("healthcheck_duration_seconds_bucket", { labels, ",le=\"", bucketLabels[i], "\"" },
                    double(running));
            }
            writer.sample("healthcheck_duration_seconds_sum", { labels }, series.sum);
            writer.sample("healthcheck_duration_seconds_count", { labels }, double(series.count()));
        }
    }
    writer.family("healthcheck_total", "counter", "Count the number of healthchecks");
    for (const Check *check : checks) {
        for (int z = 0; z < zones; ++z) {
            const Series &series = check->zones[std::size_t(z)];
            for (const auto &[status, value] :
                { std::pair { "failure", series.failure }, { "success", series.success } }) {
                if (value > 0) {
                    Labels labels = withLabel(checkLabels(*check, z), "status", status);
                    sortLabels(labels);
                    writer.sample("healthcheck_total", labels, separator, double(value));
                }
            }
        }
    }

    writer.family("http_requests_duration_second", "histogram", "Time to execute an HTTP request");
    const Labels http { { "method", "GET" }, { "path", "/metrics" } };
    for (const char *le : { "0.05", "0.1", "0.2", "0.4", "0.8", "1", "1.5", "2", "3", "5", "+Inf" }) {
        writer.sample("http_requests_duration_second_bucket", withLabel(http, "le", le), separator, scrapes);
    }
    writer.sample("http_requests_duration_second_sum", http, separator, std::round(scrapes * 2.1) / 1000.0);
    writer.sample("http_requests_duration_second_count", http, separator, scrapes);

    writer.family("process_cpu_seconds_total", "counter", "Total user and system CPU time spent in seconds.");
    writer.sample("process_cpu_seconds_total", Labels {}, separator, std::round(uptimeSeconds * 0.4) / 100.0);
    writer.family("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.");
    writer.sample("process_resident_memory_bytes", Labels {}, separator, double(18'874'368 + 131'072 * checks.size()));
    writer.family("process_start_time_seconds", "gauge", "Start time of the process since unix epoch in seconds.");
    // A fixed epoch keeps the output a pure function of the seed and the simulated time.
    writer.sample("process_start_time_seconds", Labels {}, separator, 1767225600.0 + double(m_proberStartMs) / 1000.0);
    writer.family("result_chan_size", "gauge", "Size of the results channel");
    writer.sample("result_chan_size", Labels {}, separator, 0);
    return writer.finish();
}

} // namespace appclacks::simulator
