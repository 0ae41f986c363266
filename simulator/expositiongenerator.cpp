// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "simulator/expositiongenerator.h"

#include "core/exposition/expositionwriter.h"
#include "core/exposition/prometheusnumber.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace appclacks::simulator {

using namespace appclacks::core;

namespace {

constexpr std::array<const char *, 14> buckets { "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "0.75", "1",
    "2.5", "5", "7.5", "10", "+Inf" };
constexpr std::array<const char *, 10> zoneNames { "fr-par-1", "fr-par-2", "nl-ams-1", "pl-waw-1", "ch-gva-2",
    "de-fra-1", "at-vie-1", "bg-sof-1", "de-muc-1", "ch-dk-2" };
constexpr std::array<const char *, 23> words { "api", "blog", "shop", "auth", "billing", "search", "cdn", "www",
    "grafana", "gitlab", "status", "docs", "mail", "vpn", "dns", "db", "payments", "checkout", "admin", "registry",
    "s3", "ldap", "chat" };
constexpr std::array<const char *, 7> environments { "prod", "staging", "dev", "eu", "us", "internal", "public" };
// Raw names that exercise label-value escaping and UTF-8.
constexpr std::array<const char *, 8> oddNames { "shop \"checkout\" api", "C:\\probes\\new\nline",
    "caf\xc3\xa9-\xc3\xbcr\xc3\xbcn-\xe5\x81\xa5\xe5\xba\xb7-\xf0\x9f\x9a\x80", "a,b=c{d} ", "\\\"both\\\"\n",
    "quote at end\"", "trailing backslash\\", "multi\nline check" };

std::string escapeLabelValue(const std::string &value)
{
    std::string out;
    ExpositionWriter::appendEscapedLabelValue(out, value);
    return out;
}

std::string uuidFrom(std::mt19937_64 &random)
{
    const std::uint64_t high = random();
    const std::uint64_t low = random();
    char text[40];
    std::snprintf(text, sizeof text, "%08x-%04x-4%03x-%04x-%012llx", unsigned(high >> 32),
        unsigned((high >> 16) & 0xffff), unsigned(high & 0xfff), unsigned(0x8000 | ((low >> 48) & 0x3fff)),
        static_cast<unsigned long long>(low & 0xffffffffffffull));
    return text;
}

double logNormalCdf(double x, double mu, double sigma)
{
    return 0.5 * (1.0 + std::erf((std::log(x) - mu) / (sigma * std::sqrt(2.0))));
}

} // namespace

QByteArray ExpositionGenerator::generate(const GeneratorOptions &options)
{
    std::mt19937_64 random(options.seed);
    auto pick = [&random](const auto &list) { return list[random() % list.size()]; };
    auto uniform = [&random](double from, double to) {
        return from + (to - from) * (double(random() >> 11) / double(1ull << 53));
    };

    std::vector<std::pair<std::string, std::string>> checks; // id, raw name
    checks.emplace_back("cc145703-af98-4c0b-96da-8e06dc934fc7", "mcorbin-blog");
    for (int i = 1; i < options.checks; ++i) {
        std::string name;
        if (i % 100 >= 1 && i % 100 <= 4) { // 4%, cycling through the odd names
            name = std::string(oddNames[std::size_t((i / 100 * 4 + i % 100 - 1) % int(oddNames.size()))]) + "-"
                + std::to_string(i);
        } else {
            name = std::string(pick(words)) + "-" + pick(words) + "-" + pick(environments);
            if (random() % 10 < 3) {
                name += "-" + std::to_string(1 + random() % 99);
            }
        }
        checks.emplace_back(uuidFrom(random), std::move(name));
    }
    checks.resize(std::size_t(std::max(0, options.checks)));
    std::sort(checks.begin(), checks.end());

    const int zones = std::clamp(options.zones, 1, int(zoneNames.size()));
    const std::string separator = options.compactLabels ? "," : ", ";
    std::string histogram;
    std::string totals;
    histogram.reserve(std::size_t(options.checks) * std::size_t(zones) * 2200);
    for (const auto &[id, rawName] : checks) {
        const double mu = std::log(pick(std::array { 0.02, 0.05, 0.08, 0.15, 0.4, 1.2 }));
        const double sigma = uniform(0.2, 1.0);
        const std::string name = escapeLabelValue(rawName);
        for (int z = 0; z < zones; ++z) {
            const std::string zone = zoneNames[std::size_t(z)];
            const auto count = std::int64_t(random() % 200000);
            const double failureShare = pick(std::array { 0.0, 0.0, 0.0, 0.001, 0.01, 0.5 });
            const auto failures = std::int64_t(double(count) * failureShare);
            const std::string head = "id=\"" + id + "\"" + separator;
            const std::string tail = "name=\"" + name + "\"" + separator + "zone=\"" + zone + "\"";
            for (const char *le : buckets) {
                const bool inf = std::string_view(le) == "+Inf";
                const auto cumulative
                    = inf ? count : std::int64_t(double(count) * logNormalCdf(std::atof(le), mu, sigma));
                histogram += "healthcheck_duration_seconds_bucket{" + head + "le=\"" + le + "\"" + separator + tail
                    + "} " + std::to_string(cumulative) + "\n";
            }
            const double sum = double(count) * std::exp(mu + sigma * sigma / 2) * uniform(0.9, 1.1);
            histogram += "healthcheck_duration_seconds_sum{" + head + tail + "} "
                + formatPrometheusFloat(std::round(sum * 1e6) / 1e6) + "\n";
            histogram += "healthcheck_duration_seconds_count{" + head + tail + "} " + std::to_string(count) + "\n";
            totals += "healthcheck_total{" + head + "name=\"" + name + "\"" + separator + "status=\"failure\""
                + separator + "zone=\"" + zone + "\"} " + std::to_string(failures) + "\n";
            totals += "healthcheck_total{" + head + "name=\"" + name + "\"" + separator + "status=\"success\""
                + separator + "zone=\"" + zone + "\"} " + std::to_string(count - failures) + "\n";
        }
    }

    QByteArray out;
    out.reserve(qsizetype(histogram.size()) + qsizetype(totals.size()) + 512);
    out += "# HELP healthcheck_duration_seconds Health checks execution duration in seconds.\\nBuckets: 5ms to 10s, "
           "+Inf (\\\\ escaped)\n# TYPE healthcheck_duration_seconds histogram\n";
    out.append(histogram.data(), qsizetype(histogram.size()));
    out += "# HELP healthcheck_total Count of health checks executions, by status (success or failure)\n"
           "# TYPE healthcheck_total counter\n";
    out.append(totals.data(), qsizetype(totals.size()));
    return out;
}

} // namespace appclacks::simulator
