// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/prometheus/rangequeryplan.h"

#include <algorithm>

namespace appclacks::core {

std::int64_t RangeQueryPlan::stepFor(std::int64_t startMs, std::int64_t endMs, std::int64_t minimumStepMs)
{
    const std::int64_t span = std::max<std::int64_t>(endMs - startMs, 0);
    // pointsOf() = span / step + 1 ≤ max  ⇔  step ≥ span / (max − 1).
    const std::int64_t needed = (span + maxPointsPerSeries - 2) / (maxPointsPerSeries - 1);
    const std::int64_t step = std::max<std::int64_t>({ needed, minimumStepMs, 1 });
    return (step + 999) / 1000 * 1000;
}

std::int64_t RangeQueryPlan::pointsOf(std::int64_t startMs, std::int64_t endMs, std::int64_t stepMs)
{
    if (endMs < startMs || stepMs <= 0) {
        return 0;
    }
    return (endMs - startMs) / stepMs + 1;
}

std::int64_t RangeQueryPlan::estimatedSamples(const Input &input, std::int64_t checks, std::int64_t points)
{
    const std::int64_t interval = std::max<std::int64_t>(input.scrapeIntervalMs, 1);
    const std::int64_t windowSamples = input.windowMs / interval + 1;
    return checks * input.seriesPerCheck * points + windowSamples;
}

std::vector<RangeQueryPlan::Batch> RangeQueryPlan::plan(const Input &input)
{
    std::vector<Batch> batches;
    const std::int64_t totalPoints = pointsOf(input.startMs, input.endMs, input.stepMs);
    if (totalPoints == 0 || input.checks <= 0) {
        return batches;
    }
    const auto budget = std::int64_t(double(input.maxSamples) * std::clamp(input.headroom, 0.01, 1.0));
    const std::int64_t seriesPerCheck = std::max<std::int64_t>(input.seriesPerCheck, 1);
    const std::int64_t windowSamples = estimatedSamples(input, 0, 0);
    const std::int64_t pointsPerQuery = std::min(totalPoints, maxPointsPerSeries);
    // As many checks as fit with every point of a query; one check split in time otherwise.
    const std::int64_t checksPerBatch
        = std::clamp<std::int64_t>((budget - windowSamples) / (seriesPerCheck * pointsPerQuery), 1, input.checks);
    const std::int64_t pointsPerBatch
        = std::clamp<std::int64_t>((budget - windowSamples) / (seriesPerCheck * checksPerBatch), 1, pointsPerQuery);
    for (std::int64_t first = 0; first < input.checks; first += checksPerBatch) {
        const std::int64_t count = std::min(checksPerBatch, input.checks - first);
        for (std::int64_t point = 0; point < totalPoints; point += pointsPerBatch) {
            Batch batch;
            batch.points = std::min(pointsPerBatch, totalPoints - point);
            batch.startMs = input.startMs + point * input.stepMs;
            batch.endMs = batch.startMs + (batch.points - 1) * input.stepMs;
            batch.firstCheck = first;
            batch.checkCount = count;
            batch.estimatedSamples = estimatedSamples(input, count, batch.points);
            batches.push_back(batch);
        }
    }
    return batches;
}

} // namespace appclacks::core
