// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/rangepicker.h"

#include "ui/dialogs/customrangedialog.h"

#include <QActionGroup>
#include <QDateTime>
#include <QMenu>

namespace appclacks::ui {

RangePicker::RangePicker(QWidget *parent)
    : QToolButton(parent)
    , m_presets(new QActionGroup(this))
{
    setObjectName(QStringLiteral("rangePicker"));
    setAccessibleName(tr("Time range"));
    setToolTip(tr("The time every figure covers"));
    setIcon(
        QIcon::fromTheme(QStringLiteral("view-calendar-day"), QIcon::fromTheme(QStringLiteral("x-office-calendar"))));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    // The style's menu indicator is drawn over the text's end; a plain arrow after it reads better.
    setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));

    auto *menu = new QMenu(this);
    for (const core::TimeRange &preset : core::TimeRange::presets()) {
        QAction *action = menu->addAction(preset.label());
        action->setCheckable(true);
        action->setData(preset.toText());
        m_presets->addAction(action);
        connect(action, &QAction::triggered, this, [this, preset] { choose(preset); });
        if (preset.kind == core::TimeRange::Kind::SinceProberStarted) {
            menu->addSeparator();
        }
    }
    menu->addSeparator();
    m_customAction = menu->addAction(tr("Custom Range…"));
    m_customAction->setObjectName(QStringLiteral("customRangeAction"));
    m_customAction->setCheckable(true);
    m_presets->addAction(m_customAction);
    connect(m_customAction, &QAction::triggered, this, &RangePicker::chooseCustomRange);
    setMenu(menu);
    updateText();
}

RangePicker::~RangePicker() = default;

void RangePicker::setRange(const core::TimeRange &range)
{
    m_range = range;
    updateText();
}

void RangePicker::setHistoryAvailable(bool available)
{
    m_historyAvailable = available;
    for (QAction *action : m_presets->actions()) {
        const std::optional<core::TimeRange> preset = core::TimeRange::fromText(action->data().toString());
        const bool needsHistory = !preset || preset->needsHistory();
        action->setEnabled(available || !needsHistory);
        action->setToolTip(action->isEnabled() ? QString() : tr("Needs the history of a scraped source"));
    }
    updateText();
}

void RangePicker::chooseCustomRange()
{
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const core::TimeRange start = m_range.needsHistory() ? m_range : core::TimeRange::last(24 * 3600 * 1000);
    CustomRangeDialog dialog(start.startMs(now), start.endMs(now), this);
    if (dialog.exec() == QDialog::Accepted) {
        choose(core::TimeRange::custom(dialog.fromMs(), dialog.toMs()));
    } else {
        updateText(); // the custom entry was checked by the click: show the range that holds
    }
}

void RangePicker::choose(const core::TimeRange &range)
{
    m_range = range;
    updateText();
    Q_EMIT rangeChosen(range);
}

void RangePicker::updateText()
{
    // Without a history, only the prober's own counters can be shown, whatever was chosen.
    const core::TimeRange shown = m_historyAvailable ? m_range : core::TimeRange::sinceProberStarted();
    setText(shown.label() + QStringLiteral(" ▾"));
    setAccessibleDescription(shown.label());
    const QString text = shown.toText();
    bool found = false;
    for (QAction *action : m_presets->actions()) {
        const bool current = action != m_customAction && action->data().toString() == text;
        action->setChecked(current);
        found = found || current;
    }
    m_customAction->setChecked(!found);
}

} // namespace appclacks::ui
