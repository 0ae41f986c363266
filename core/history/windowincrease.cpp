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
    IncreaseWalk walk(history, fromMs);
    for (int step = 0; step < steps; ++step) {
        const std::size_t row = std::size_t(step) * width;
        walk.advanceTo(std::min(toMs, fromMs + std::int64_t(step + 1) * stepMs),
            [&](std::size_t, std::size_t series, double increase) {
                const std::size_t cell = row + columnOf[series];
                values[cell] += increase;
                present[cell] = 1;
                stepHasSamples[std::size_t(step)] = 1;
            });
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
