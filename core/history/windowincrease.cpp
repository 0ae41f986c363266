// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/history/windowincrease.h"

#include <algorithm>
#include <cmath>

namespace appclacks::core {

namespace {

// Walks the samples once, handing each increase to the window its sample falls in. Every window
// sees the same baseline it would see alone: the sample before it, which the walk just left.
class IncreaseWalk
{
public:
    IncreaseWalk(const PairHistory &history, std::int64_t fromMs)
        : m_history(history)
        , m_previous(history.layout.size())
    {
        const std::vector<std::int64_t> &times = history.block.times;
        // The baseline: the last sample at or before `from`.
        const auto after = std::upper_bound(times.begin(), times.end(), fromMs);
        m_next = std::size_t(after - times.begin());
        if (m_next > 0) {
            setBaseline(m_next - 1);
        } else if (!times.empty() && !(times.front() == history.firstMs && history.countsFromZero)) {
            // No sample before the window: its first one has no known past, so it is the baseline
            // (but it is in the window: its series were there).
            m_firstIsBaseline = true;
        }
    }

    // Feeds every sample up to `toMs` to `take(sampleIndex, series, increase)`.
    template <typename Take> void advanceTo(std::int64_t toMs, Take take)
    {
        const SampleBlock &block = m_history.block;
        for (; m_next < block.times.size() && block.times[m_next] <= toMs; ++m_next) {
            if (m_firstIsBaseline) {
                m_firstIsBaseline = false;
                for (std::size_t series = 0; series < m_previous.size(); ++series) {
                    if (block.present[series][m_next]) {
                        take(m_next, series, 0.0);
                    }
                }
                setBaseline(m_next);
                continue;
            }
            for (std::size_t series = 0; series < m_previous.size(); ++series) {
                if (!block.present[series][m_next]) {
                    m_previous[series].reset(); // gone: when it comes back, it is new
                    continue;
                }
                const double value = block.values[series][m_next];
                const std::optional<double> &previous = m_previous[series];
                take(m_next, series, !previous ? value : value < *previous ? value : value - *previous);
                m_previous[series] = value;
            }
        }
    }

private:
    void setBaseline(std::size_t index)
    {
        for (std::size_t series = 0; series < m_previous.size(); ++series) {
            if (m_history.block.present[series][index]) {
                m_previous[series] = m_history.block.values[series][index];
            } else {
                m_previous[series].reset();
            }
        }
    }

    const PairHistory &m_history;
    std::vector<std::optional<double>> m_previous;
    std::size_t m_next = 0;
    bool m_firstIsBaseline = false;
};

void add(SeriesIncreases &increases, std::size_t series, double increase)
{
    std::optional<double> &slot = increases.increase[series];
    slot = slot.value_or(0.0) + increase;
    increases.hasSamples = true;
}

} // namespace

SeriesIncreases windowIncrease(const PairHistory &history, std::int64_t fromMs, std::int64_t toMs)
{
    SeriesIncreases increases;
    increases.increase.resize(history.layout.size());
    IncreaseWalk walk(history, fromMs);
    walk.advanceTo(toMs, [&](std::size_t, std::size_t series, double increase) { add(increases, series, increase); });
    return increases;
}

std::vector<SeriesIncreases> stepIncreases(
    const PairHistory &history, std::int64_t fromMs, std::int64_t stepMs, int steps)
{
    std::vector<SeriesIncreases> windows(std::size_t(std::max(steps, 0)));
    for (SeriesIncreases &window : windows) {
        window.increase.resize(history.layout.size());
    }
    IncreaseWalk walk(history, fromMs);
    for (int step = 0; step < steps; ++step) {
        SeriesIncreases &window = windows[std::size_t(step)];
        walk.advanceTo(fromMs + std::int64_t(step + 1) * stepMs,
            [&](std::size_t, std::size_t series, double increase) { add(window, series, increase); });
    }
    return windows;
}

void addStepIncreases(const PairHistory &history, std::int64_t fromMs, std::int64_t stepMs, int steps,
    const std::vector<std::size_t> &columnOf, std::size_t width, std::vector<double> &values,
    std::vector<std::uint8_t> &present, std::vector<std::uint8_t> &stepHasSamples, std::int64_t toMs)
{
    // IncreaseWalk's rule, series by series rather than sample by sample: each series' increases
    // depend only on its own previous sample, and each cell still adds its samples in time order,
    // so the sums are the same to the bit, with one tight loop a series (a week's chart of a check
    // reads a million samples).
    if (steps <= 0 || stepMs <= 0) {
        return;
    }
    const SampleBlock &block = history.block;
    const std::vector<std::int64_t> &times = block.times;
    const std::int64_t endMs = std::min(toMs, fromMs + std::int64_t(steps) * stepMs);
    const auto first = std::size_t(std::upper_bound(times.begin(), times.end(), fromMs) - times.begin());
    const auto end = std::size_t(std::upper_bound(times.begin(), times.end(), endMs) - times.begin());
    if (first >= end) {
        return;
    }
    // Without a sample at or before `from`, the first one is the baseline, in the window with an
    // increase of zero, unless it is the pair's very first and the pair counts from zero.
    const bool firstIsBaseline = first == 0 && !(times.front() == history.firstMs && history.countsFromZero);
    std::vector<std::uint32_t> stepOf(end - first);
    for (std::size_t i = first; i < end; ++i) {
        stepOf[i - first] = std::uint32_t((times[i] - fromMs - 1) / stepMs);
    }
    for (std::size_t series = 0; series < block.values.size(); ++series) {
        const std::vector<double> &seriesValues = block.values[series];
        const std::vector<std::uint8_t> &seriesPresent = block.present[series];
        const std::size_t column = columnOf[series];
        bool hasPrevious = first > 0 && seriesPresent[first - 1];
        double previous = hasPrevious ? seriesValues[first - 1] : 0.0;
        for (std::size_t i = first; i < end; ++i) {
            if (!seriesPresent[i]) {
                hasPrevious = false; // gone: when it comes back, it is new
                continue;
            }
            const double value = seriesValues[i];
            const double increase = firstIsBaseline && i == first ? 0.0
                : !hasPrevious                                    ? value
                : value < previous                                ? value
                                                                  : value - previous;
            const std::size_t step = stepOf[i - first];
            const std::size_t cell = step * width + column;
            values[cell] += increase;
            present[cell] = 1;
            stepHasSamples[step] = 1;
            previous = value;
            hasPrevious = true;
        }
    }
}

ZoneHealth zoneOfIncreases(const QString &zone, const SeriesLayout &layout, const SeriesIncreases &increases)
{
    ZoneHealth health;
    health.zone = zone;
    for (std::size_t index = 0; index < layout.size(); ++index) {
        const std::optional<double> &increase = increases.increase[index];
        if (!increase) {
            continue;
        }
        const SeriesKey &key = layout.series()[index];
        switch (key.kind) {
        case SeriesKey::Kind::Bucket:
            if (std::isnan(key.upperBound)) {
                health.problems |= HistogramProblem::NonNumericBound; // left out, as PromQL does
            } else {
                health.buckets.push_back({ key.upperBound, *increase });
            }
            break;
        case SeriesKey::Kind::Count:
            health.count = *increase;
            break;
        case SeriesKey::Kind::Sum:
            health.sum = *increase;
            break;
        case SeriesKey::Kind::Success:
            health.success = *increase;
            health.hasSuccess = true;
            break;
        case SeriesKey::Kind::Failure:
            health.failure = *increase;
            health.hasFailure = true;
            break;
        }
    }
    health.hasOutcomes = health.hasSuccess || health.hasFailure;
    health.problems |= Histogram::problems(health.buckets, health.count);
    health.buckets = Histogram::normalized(std::move(health.buckets));
    return health;
}

} // namespace appclacks::core
