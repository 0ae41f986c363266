// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/sessionstatusbar.h"

#include "core/health/healthformat.h"
#include "ui/stalebanner.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

namespace appclacks::ui {

SessionStatusBar::SessionStatusBar(QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_updated(new QLabel(bar))
    , m_counts(new QLabel(bar))
    , m_clock(new QTimer(this))
{
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    m_updated->setTextFormat(Qt::PlainText); // errors quote what a server said
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setTextFormat(Qt::PlainText);
    bar->addWidget(m_updated, 1);
    bar->addPermanentWidget(m_counts);
    // "Updated 12 s ago", "next in 18 s": the words move with the clock.
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &SessionStatusBar::updateText);
    updateText();
}

SessionStatusBar::~SessionStatusBar() = default;

QString SessionStatusBar::text() const
{
    return m_updated->text();
}

QString SessionStatusBar::countsText() const
{
    return m_counts->text();
}

void SessionStatusBar::setStatus(const core::SessionStatus &status)
{
    m_status = status;
    if (!status.isOpen()) {
        m_counts->clear();
        m_clock->stop();
    } else if (!m_clock->isActive()) {
        m_clock->start();
    }
    updateText();
}

void SessionStatusBar::setSnapshot(const std::shared_ptr<const core::HealthSnapshot> &snapshot)
{
    if (!snapshot) {
        m_counts->clear();
        return;
    }
    const auto checks = snapshot->checks.size();
    m_counts->setText(tr("%Ln checks", nullptr, int(checks)) + QStringLiteral(" · ")
        + tr("%1 failing").arg(QLocale().toString(snapshot->failingChecks)));
}

void SessionStatusBar::updateText()
{
    if (!m_status.isOpen()) {
        m_updated->setText(tr("No source open"));
        m_updated->setToolTip({});
        return;
    }
    QStringList parts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_status.opening) {
        parts << tr("Opening…");
    } else if (m_status.refreshing) {
        parts << tr("Refreshing…");
    } else if (m_status.lastGoodTime.isValid()) {
        parts << tr("Updated %1 ago").arg(StaleBanner::ageText(m_status.lastGoodTime.secsTo(now)));
    }
    const core::ScrapeMetadata &scrape = m_status.lastScrape;
    if (scrape.time.isValid() && scrape.error == core::ScrapeError::None) {
        parts << tr("%L1 ms").arg(scrape.durationMs)
              << QLocale().formattedDataSize(scrape.bytes, 1, QLocale::DataSizeTraditionalFormat);
    }
    if (m_status.nextRefresh.isValid()) {
        parts << tr("next in %1").arg(StaleBanner::ageText(std::max<qint64>(0, now.secsTo(m_status.nextRefresh))));
    }
    if (!m_status.error.isEmpty()) {
        parts << tr("last error: %1").arg(m_status.error);
    }
    m_updated->setText(parts.join(QStringLiteral(" · ")));
    m_updated->setToolTip(core::HealthFormat::toolTip(m_status.error));
}

} // namespace appclacks::ui
