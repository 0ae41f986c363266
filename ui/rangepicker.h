// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/history/timerange.h"

#include <QToolButton>

class QActionGroup;

namespace appclacks::ui {

/// The toolbar's choice of range: "since the prober started", the last 15 minutes to 30 days,
/// or a custom from–to. Ranges that need the history are disabled while the source has none.
class RangePicker final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangePicker)

public:
    explicit RangePicker(QWidget *parent = nullptr);
    ~RangePicker() override;

    /// Shows `range` as the current choice without announcing it.
    void setRange(const core::TimeRange &range);
    core::TimeRange range() const { return m_range; }
    /// Whether ranges other than "since the prober started" can be chosen.
    void setHistoryAvailable(bool available);

public Q_SLOTS:
    /// Asks for a custom range, starting from the current one.
    void chooseCustomRange();

Q_SIGNALS:
    void rangeChosen(const appclacks::core::TimeRange &range);

private:
    void choose(const core::TimeRange &range);
    void updateText();

    core::TimeRange m_range;
    bool m_historyAvailable = true;
    QActionGroup *m_presets = nullptr;
    QAction *m_customAction = nullptr;
};

} // namespace appclacks::ui
