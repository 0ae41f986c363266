// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStyledItemDelegate>

namespace appclacks::ui {

/// Draws a check's status strip (core::CheckTimeline::strip) in the checks list: one cell per
/// step, coloured by what happened in it, the newest on the right, in the manner of Uptime
/// Kuma's bar of recent results. A cell's tooltip says its time and counts.
class StatusStripDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusStripDelegate)

public:
    explicit StatusStripDelegate(QObject *parent = nullptr);
    ~StatusStripDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    /// The cell under `x` in a strip of `cells` drawn in `rect`, or -1.
    static int cellAt(const QRect &rect, int cells, int x);
    /// The rectangle of cell `cell` of `cells` in `rect`.
    static QRectF cellRect(const QRect &rect, int cells, int cell);
};

} // namespace appclacks::ui
