// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/health/failurewatch.h"

namespace appclacks::core {

FailureWatch::FailureWatch(QObject *parent)
    : QObject(parent)
{ }

FailureWatch::~FailureWatch() = default;

void FailureWatch::observe(const std::shared_ptr<const HealthSnapshot> &latest)
{
    if (!latest || !latest->hasPrevious) {
        return;
    }
    QStringList started;
    QStringList startedKeys;
    QStringList recovered;
    QStringList recoveredKeys;
    for (const CheckHealth &check : latest->checks) {
        if (check.transition == FailureTransition::None || m_muted.contains(check.key)) {
            continue;
        }
        const bool starts = check.transition == FailureTransition::StartedFailing;
        (starts ? started : recovered) << check.displayName();
        (starts ? startedKeys : recoveredKeys) << check.key;
    }
    if (!started.isEmpty()) {
        Q_EMIT startedFailing(started, startedKeys);
    }
    if (!recovered.isEmpty()) {
        Q_EMIT this->recovered(recovered, recoveredKeys);
    }
}

} // namespace appclacks::core
