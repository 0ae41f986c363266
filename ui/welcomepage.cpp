// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/welcomepage.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace appclacks::ui {

namespace {

QString plainText(QString text)
{
    // Menu texts carry mnemonics and ellipses meant for menus; buttons use the same words.
    return text.remove(QLatin1Char('&'));
}

void syncButtonWithAction(QCommandLinkButton *button, const QAction *action)
{
    button->setText(plainText(action->text()));
    button->setEnabled(action->isEnabled());
    button->setToolTip(action->toolTip());
    button->setAccessibleName(plainText(action->text()));
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *title = new QLabel(tr("Welcome to Appclacks Desktop"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);

    auto *subtitle = new QLabel(tr("See which health checks fail, where, and how fast the others answer — from "
                                   "Appclacks, Cabourotte or any Prometheus metrics endpoint."),
        this);
    subtitle->setWordWrap(true);
    subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_entries = new QVBoxLayout;
    m_entries->setSpacing(6);

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(18);
    column->addLayout(m_entries);
    column->addStretch(3);

    // A readable column in the middle of a wide window, the way Qt Creator's welcome mode does.
    auto *centering = new QHBoxLayout(this);
    centering->addStretch(1);
    centering->addLayout(column, 4);
    centering->addStretch(1);
    column->setSizeConstraint(QLayout::SetDefaultConstraint);
    setMinimumWidth(480);
}

QCommandLinkButton *WelcomePage::addEntry(QAction *action, const QString &description)
{
    auto *button = new QCommandLinkButton(this);
    button->setDescription(description);
    button->setIcon(action->icon());
    syncButtonWithAction(button, action);
    connect(action, &QAction::changed, button, [button, action] { syncButtonWithAction(button, action); });
    connect(button, &QCommandLinkButton::clicked, action, &QAction::trigger);
    m_entries->addWidget(button);
    return button;
}

} // namespace appclacks::ui
