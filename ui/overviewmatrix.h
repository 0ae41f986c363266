// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/models/overviewmatrixmodel.h"
#include "ui/charts/exportableview.h"

#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;
class QTableView;

namespace appclacks::ui {

class OverviewMatrixDelegate;
class StatusIconProxyModel;

/// Every check × zone at a glance, coloured by success ratio or by p95, with the value in each
/// cell. What the right side shows when no check is selected; a click or Enter on a cell asks
/// for that check and zone.
class OverviewMatrix final : public QWidget, public ExportableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewMatrix)

public:
    using Metric = core::OverviewMatrixModel::Metric;

    explicit OverviewMatrix(QWidget *parent = nullptr);
    ~OverviewMatrix() override;

    void setSnapshot(std::shared_ptr<const core::HealthSnapshot> snapshot);
    /// Shows the checks that the checks list's filter shows (ChecksFilterProxyModel::matches).
    void setFilterText(const QString &text);
    /// How many checks (rows) are shown.
    int shownChecks() const;
    void setMetric(Metric metric);
    Metric shownMetric() const;
    /// `windowLabel` such as "last hour", `sourceLabel` such as "production"; both go in the title.
    void setContext(const QString &windowLabel, const QString &sourceLabel);

    /// "Overview — success ratio by zone, last hour — production"
    QString title() const;
    QTableView *view() const { return m_view; }
    core::OverviewMatrixModel *model() const { return m_model; }

    QString exportTitle() const override { return title(); }
    void renderForExport(QPainter *painter, const QSizeF &size, bool transparent) override;
    const QWidget *exportedWidget() const override { return this; }

    /// Moves the keyboard focus to a cell, as when the checks list selects a check.
    void setCurrentCell(const QString &checkKey, const QString &zone);

Q_SIGNALS:
    void cellActivated(const QString &checkKey, const QString &zone);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void applyTheme();
    void updateTitle();
    void updateLegend();
    void updateLayout();
    void applyFilter();

    core::OverviewMatrixModel *m_model = nullptr;
    StatusIconProxyModel *m_icons = nullptr;
    OverviewMatrixDelegate *m_delegate = nullptr;
    QLabel *m_title = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_legend = nullptr;
    QString m_windowLabel;
    QString m_sourceLabel;
    QString m_titleText;
    QString m_filterText;
    std::shared_ptr<const core::HealthSnapshot> m_snapshot;
};

} // namespace appclacks::ui
