// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QIcon>
#include <QSortFilterProxyModel>

#include <array>

namespace appclacks::ui {

/// The checks list as the window shows it: worst first (global outage, partial, passing), then
/// by name; filtered by the search box on name and id; the status column with its glyph icon.
class ChecksFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksFilterProxyModel)

public:
    explicit ChecksFilterProxyModel(QObject *parent = nullptr);

    /// Icons per core::CheckStatus, from the chart theme, so that they follow light and dark.
    void setStatusIcons(const std::array<QIcon, 4> &icons);

    /// Shows only checks whose name or id contains `text`, ignoring case.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::array<QIcon, 4> m_statusIcons;
    QString m_filterText;
};

} // namespace appclacks::ui
