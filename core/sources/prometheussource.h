// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/prometheus/prometheusovertime.h"
#include "core/prometheus/prometheussnapshots.h"

#include <QObject>
#include <QThread>

namespace appclacks::core {

/// A Prometheus-compatible server as the window's source: its queries run on a thread of their
/// own (with the network access manager they need), so the GUI thread only asks and receives.
/// Each read supersedes the previous one of its kind; answers come back as signals on the thread
/// that created this object.
class PrometheusSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusSource)

public:
    explicit PrometheusSource(const PrometheusEndpoint &endpoint, QObject *parent = nullptr);
    /// Abandons what is in flight and stops the thread.
    ~PrometheusSource() override;

    /// The range's figures, statuses and timelines: rangeRead() follows.
    void readRange(const PrometheusRangeRequest &request);
    /// One check's course: checkRead() follows.
    void readCheck(const PrometheusCheckRequest &request);
    /// Abandons the range read in flight (rangeRead() says Cancelled).
    void cancel();

Q_SIGNALS:
    void progressed(int answered, int asked);
    void rangeRead(const appclacks::core::PrometheusRangeAnswer &answer);
    void checkRead(const appclacks::core::PrometheusCheckAnswer &answer);

private:
    QThread m_thread;
    // Created on, and living in, m_thread; deleted there when it finishes.
    PrometheusSnapshots *m_snapshots = nullptr;
    PrometheusOverTime *m_overTime = nullptr;
};

} // namespace appclacks::core
