// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

#include <array>

namespace appclacks::ui {

/// Adds the ● ◐ ✖ ○ status icons of the Theme to a core model's row headers, read off their
/// StatusRole: the models stay free of QtGui, the icons follow light and dark themes.
class StatusIconProxyModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIconProxyModel)

public:
    explicit StatusIconProxyModel(QObject *parent = nullptr);
    ~StatusIconProxyModel() override;

    /// Icons by core::CheckStatus.
    void setStatusIcons(const std::array<QIcon, 4> &icons);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::array<QIcon, 4> m_statusIcons;
};

} // namespace appclacks::ui
