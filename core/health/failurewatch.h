// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace appclacks::core {

/// Turns each new snapshot's failure transitions into news: the checks that started failing and
/// those that pass again, less the ones the user muted. The first snapshot of a source only sets
/// the baseline. The tray and desktop notifications listen to it.
class FailureWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureWatch)

public:
    explicit FailureWatch(QObject *parent = nullptr);
    ~FailureWatch() override;

    /// Check keys whose news is not told.
    void setMuted(const QStringList &checkKeys) { m_muted = checkKeys; }

    void observe(const std::shared_ptr<const HealthSnapshot> &latest);

Q_SIGNALS:
    /// Check names (or keys when unnamed), in the snapshot's order, and their keys in the same
    /// order (a desktop notification of one check replaces the previous one of that check).
    void startedFailing(const QStringList &checks, const QStringList &keys);
    void recovered(const QStringList &checks, const QStringList &keys);

private:
    QStringList m_muted;
};

} // namespace appclacks::core
