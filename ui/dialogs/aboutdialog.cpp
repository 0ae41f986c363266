// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/dialogs/aboutdialog.h"

#include "core/applicationidentity.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace appclacks::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Appclacks Desktop"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/com.appclacks.Desktop.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(
        tr("<h2>Appclacks Desktop</h2>"
           "<p>Version %1</p>"
           "<p>Latency histograms, success counters and zone breakdowns of your Appclacks and "
           "Cabourotte health checks, with your credentials kept on this machine.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>"
           "<p><a href=\"https://www.appclacks.com\">www.appclacks.com</a></p>")
            .arg(core::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace appclacks::ui
