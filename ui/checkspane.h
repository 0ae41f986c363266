// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QTableView;

namespace appclacks::core {
class ChecksTableModel;
}

namespace appclacks::ui {

class ChecksFilterProxyModel;

/// The left side of the window: the checks of the displayed snapshot, worst first, filtered by
/// the toolbar's search, with an empty state that says what to do next. Columns can be shown
/// from the header's menu; a check's notifications can be muted from its context menu.
class ChecksPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksPane)

public:
    explicit ChecksPane(QWidget *parent = nullptr);
    ~ChecksPane() override;

    void setSnapshot(std::shared_ptr<const core::HealthSnapshot> snapshot);
    /// Shown instead of the list while there are no checks ("Waiting for the first scrape…").
    void setEmptyText(const QString &text);
    void setFilterText(const QString &text);
    /// What the pane says instead of the list, or empty while the list is shown.
    QString emptyText() const;

    void selectCheck(const QString &checkKey);
    QString selectedCheck() const { return m_selectedKey; }

    QTableView *view() const { return m_view; }
    core::ChecksTableModel *model() const { return m_model; }

    /// What the check's context menu offers to copy as PromQL: (what it gives, the query) by check
    /// key; nothing is offered when it gives none (MonitoringSession::promqlFor).
    void setQueryProvider(std::function<QList<QPair<QString, QString>>(const QString &checkKey)> provider);

Q_SIGNALS:
    /// The selected check's key, or empty when nothing is selected.
    void selectionChanged(const QString &checkKey);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpColumns();
    /// The name takes what the number columns leave, never less than a readable name: in a
    /// narrow window the numbers scroll sideways rather than squeezing the names to a letter.
    void fitColumns();
    void showColumnsMenu(const QPoint &at);
    void showCheckMenu(const QPoint &at);
    void applyTheme();
    void updateEmptyState();

    std::function<QList<QPair<QString, QString>>(const QString &checkKey)> m_queryProvider;
    core::ChecksTableModel *m_model = nullptr;
    ChecksFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QString m_emptyText;
    int m_nameMinimumWidth = 0;
    QString m_selectedKey;
};

} // namespace appclacks::ui
