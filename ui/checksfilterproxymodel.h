// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QIcon>
#include <QSortFilterProxyModel>

#include <array>

namespace appclacks::core {
struct CheckHealth;
}

namespace appclacks::ui {

/// The checks list as the window shows it: worst first (global outage, partial, passing), then
/// by name; filtered by the search box on name, id and zones; the status column with its glyph
/// icon, and the status in words for screen readers.
class ChecksFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksFilterProxyModel)

public:
    explicit ChecksFilterProxyModel(QObject *parent = nullptr);

    /// Icons per core::CheckStatus, from the chart theme, so that they follow light and dark.
    void setStatusIcons(const std::array<QIcon, 4> &icons);

    /// Shows only checks whose name, id or one of whose zones contains `text`, ignoring case.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    /// The filter's rule, shared with the overview and the status bar's count: `needle` is
    /// trimmed; an empty one matches every check.
    static bool matches(const core::CheckHealth &check, const QString &needle);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::array<QIcon, 4> m_statusIcons;
    QString m_filterText;
};

} // namespace appclacks::ui
