// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/theme/statusiconproxymodel.h"

#include "core/models/healthroles.h"

namespace appclacks::ui {

StatusIconProxyModel::StatusIconProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

StatusIconProxyModel::~StatusIconProxyModel() = default;

void StatusIconProxyModel::setStatusIcons(const std::array<QIcon, 4> &icons)
{
    m_statusIcons = icons;
    if (rowCount() > 0) {
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
}

QVariant StatusIconProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DecorationRole) {
        const QVariant status = QIdentityProxyModel::headerData(section, orientation, core::StatusRole);
        if (status.isValid() && status.toInt() >= 0 && status.toInt() < int(m_statusIcons.size())) {
            const QIcon &icon = m_statusIcons[std::size_t(status.toInt())];
            return icon.isNull() ? QVariant() : QVariant(icon);
        }
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

} // namespace appclacks::ui
