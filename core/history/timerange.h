// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <cstdint>
#include <optional>

namespace appclacks::core {

struct HealthSnapshot;

/// The range every figure of the window covers: the last 15 minutes up to 30 days before now, a
/// custom from–to, or the prober's own counters as they stand ("since the prober started").
/// Remembered per source (AppSettings::timeRange).
struct TimeRange
{
    Q_DECLARE_TR_FUNCTIONS(TimeRange)

public:
    enum class Kind { SinceProberStarted, Last, Custom };
    Kind kind = Kind::SinceProberStarted;
    std::int64_t lastMs = 0; ///< Last: how far back from now
    std::int64_t fromMs = 0; ///< Custom: (from, to], milliseconds since the epoch
    std::int64_t toMs = 0;

    static TimeRange sinceProberStarted() { return {}; }
    static TimeRange last(std::int64_t durationMs);
    static TimeRange custom(std::int64_t fromMs, std::int64_t toMs);
    /// The picker's choices: since the prober started, then 15 min, 1 h, 6 h, 24 h, 7 d and 30 d.
    static QList<TimeRange> presets();

    bool needsHistory() const { return kind != Kind::SinceProberStarted; }
    /// (from, to] at `nowMs`; for SinceProberStarted, (0, now].
    std::int64_t startMs(std::int64_t nowMs) const;
    std::int64_t endMs(std::int64_t nowMs) const;

    /// "Since the prober started", "Last 15 minutes", "Last 24 hours", "Last 7 days",
    /// "1 Dec 14:00 – 2 Dec 09:30" (local time).
    QString label() const;
    /// The same inside a sentence, as chart titles use it: "since the prober started", "last 24 hours".
    QString phrase() const;
    /// What `shown` really covers, for titles: the phrase, "last 24 hours (12 min so far)" while
    /// the history holds less than the range, or "since the prober started" when the figures are
    /// the prober's counters (no history).
    QString phraseFor(const HealthSnapshot &shown) const;
    /// "15m", "24h", "7d", "since-start", or "FROM..TO" (Unix milliseconds): for settings.
    QString toText() const;
    static std::optional<TimeRange> fromText(const QString &text);

    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

/// "90s", "15m", "1h", "24h", "7d", "30d", "1h30m": milliseconds; nullopt for anything else.
std::optional<std::int64_t> parseDurationMs(const QString &text);

/// RFC 3339 ("2026-11-30T14:02:00Z", "…+01:00", with or without milliseconds) or Unix seconds
/// ("1700000000", "1700000000.5"): milliseconds since the epoch.
std::optional<std::int64_t> parseTimeMs(const QString &text);

} // namespace appclacks::core
