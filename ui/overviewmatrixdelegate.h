// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/models/overviewmatrixmodel.h"
#include "ui/theme/theme.h"

#include <QStyledItemDelegate>

namespace appclacks::ui {

/// Paints an overview cell as a tile tinted by its shade, the value centred on it, and the
/// keyboard focus as a ring in the highlight colour.
class OverviewMatrixDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewMatrixDelegate)

public:
    explicit OverviewMatrixDelegate(QObject *parent = nullptr);
    ~OverviewMatrixDelegate() override;

    void setTheme(const Theme &theme) { m_theme = theme; }
    void setMetric(core::OverviewMatrixModel::Metric metric) { m_metric = metric; }

    /// The tile colour of `shade` (-1: no value) on the metric's scale.
    static QColor shadeColour(const Theme &theme, core::OverviewMatrixModel::Metric metric, int shade);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Theme m_theme;
    core::OverviewMatrixModel::Metric m_metric = core::OverviewMatrixModel::Metric::SuccessRatio;
};

} // namespace appclacks::ui
