// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/exposition/metrictype.h"

namespace appclacks::core {

std::string_view metricTypeName(MetricType type, ExpositionFormat format)
{
    switch (type) {
    case MetricType::Untyped:
        return format == ExpositionFormat::OpenMetrics100 ? "unknown" : "untyped";
    case MetricType::Counter:
        return "counter";
    case MetricType::Gauge:
        return "gauge";
    case MetricType::Histogram:
        return "histogram";
    case MetricType::GaugeHistogram:
        return "gaugehistogram";
    case MetricType::Summary:
        return "summary";
    case MetricType::Info:
        return "info";
    case MetricType::StateSet:
        return "stateset";
    }
    return "untyped";
}

std::optional<MetricType> metricTypeFromName(std::string_view name, ExpositionFormat format)
{
    if (name == "counter") {
        return MetricType::Counter;
    }
    if (name == "gauge") {
        return MetricType::Gauge;
    }
    if (name == "histogram") {
        return MetricType::Histogram;
    }
    if (name == "summary") {
        return MetricType::Summary;
    }
    if (format == ExpositionFormat::Text004) {
        if (name == "untyped") {
            return MetricType::Untyped;
        }
        return std::nullopt;
    }
    if (name == "unknown") {
        return MetricType::Untyped;
    }
    if (name == "gaugehistogram") {
        return MetricType::GaugeHistogram;
    }
    if (name == "info") {
        return MetricType::Info;
    }
    if (name == "stateset") {
        return MetricType::StateSet;
    }
    return std::nullopt;
}

} // namespace appclacks::core
