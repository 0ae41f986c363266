// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/dialogs/aboutdialog.h"

#include "core/applicationidentity.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

// Both come from CMake (ui/CMakeLists.txt): the QtKeychain found at configure time, and the one
// bugtracker URL the AppStream metadata names too.
#ifndef APPCLACKS_QTKEYCHAIN_VERSION
#error "APPCLACKS_QTKEYCHAIN_VERSION must be defined by the build"
#endif
#ifndef APPCLACKS_BUGTRACKER_URL
#error "APPCLACKS_BUGTRACKER_URL must be defined by the build"
#endif

namespace appclacks::ui {

namespace {

QString link(const QString &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Appclacks Desktop"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/com.appclacks.Desktop.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    // Every part of this text is ours (no server or file content), so rich text is safe here.
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(QStringLiteral("<h2>%1</h2>").arg(QString::fromLatin1(core::productName))
        + QStringLiteral("<p>%1</p>").arg(tr("Version %1").arg(core::applicationVersion()))
        + QStringLiteral("<p>%1</p>")
              .arg(tr("Latency histograms, success counters and zone breakdowns of your Appclacks and "
                      "Cabourotte health checks, with your credentials kept on this machine."))
        + QStringLiteral("<p>%1<br>%2</p>")
              .arg(tr("Written by the Appclacks Desktop contributors."),
                  tr("Licensed under the %1.")
                      .arg(link(
                          QStringLiteral("https://www.apache.org/licenses/LICENSE-2.0"), tr("Apache License 2.0"))))
        + QStringLiteral("<p>%1<br>%2</p>")
              .arg(tr("Built with Qt %1, running on Qt %2.")
                       .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                  tr("Tokens go to the system keychain through QtKeychain %1.")
                      .arg(QStringLiteral(APPCLACKS_QTKEYCHAIN_VERSION)))
        + QStringLiteral("<p>%1 · %2</p>")
              .arg(link(QStringLiteral("https://www.appclacks.com"), tr("Website")),
                  link(bugReportUrl(), tr("Report a problem"))));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Version Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionDetails"));
    copy->setToolTip(tr("Copy the versions of the app, Qt, QtKeychain and the system, for a problem report"));
    connect(copy, &QPushButton::clicked, this, [] { QGuiApplication::clipboard()->setText(versionDetails()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::versionDetails()
{
    return QStringLiteral("%1 %2\n").arg(QString::fromLatin1(core::productName), core::applicationVersion())
        + QStringLiteral("Qt %1 (built with %2)\n").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
        + QStringLiteral("QtKeychain %1\n").arg(QStringLiteral(APPCLACKS_QTKEYCHAIN_VERSION))
        + QStringLiteral("%1 (%2, %3)\n")
              .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(), QGuiApplication::platformName());
}

QString AboutDialog::bugReportUrl()
{
    return QStringLiteral(APPCLACKS_BUGTRACKER_URL);
}

} // namespace appclacks::ui
