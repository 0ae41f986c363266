// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/dialogs/profilescrapeconfigdialog.h"

#include "core/profiles/scrapeconfig.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace appclacks::ui {

ProfileScrapeConfigDialog::ProfileScrapeConfigDialog(const core::Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("scrapeConfigDialog"));
    setWindowTitle(tr("Prometheus Scrape Config for “%1”").arg(profile.name));

    auto *intro = new QLabel(tr("To keep this profile's health checks in your Prometheus, paste this job under "
                                "scrape_configs: in prometheus.yml, and put the token or password in the file it "
                                "names. Then read them back here with a Prometheus profile."),
        this);
    intro->setObjectName(QStringLiteral("scrapeConfigIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_text->setObjectName(QStringLiteral("scrapeConfigText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap); // YAML's indentation is its meaning
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(core::ScrapeConfig::write(profile));
    m_text->setAccessibleName(tr("Prometheus scrape job"));

    m_status->setObjectName(QStringLiteral("scrapeConfigStatus"));
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("scrapeConfigCopy"));
    QPushButton *create = buttons->addButton(tr("Create &Prometheus Profile…"), QDialogButtonBox::ActionRole);
    create->setObjectName(QStringLiteral("scrapeConfigCreateProfile"));
    create->setToolTip(tr("A profile that reads these health checks from the Prometheus at http://localhost:9090 "
                          "that runs this job; change its URL in the form if yours is elsewhere."));
    connect(copyButton, &QPushButton::clicked, this, &ProfileScrapeConfigDialog::copy);
    connect(create, &QPushButton::clicked, this,
        [this] { Q_EMIT createPrometheusProfile(core::ScrapeConfig::prometheusProfileFor(m_profile)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 460);
}

ProfileScrapeConfigDialog::~ProfileScrapeConfigDialog() = default;

QString ProfileScrapeConfigDialog::text() const
{
    return m_text->toPlainText();
}

void ProfileScrapeConfigDialog::copy()
{
    QGuiApplication::clipboard()->setText(text());
    m_status->setText(tr("Copied to the clipboard."));
}

} // namespace appclacks::ui
