// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/sessionstatusbar.h"

#include "ui/checksfilterproxymodel.h"
#include "ui/stalebanner.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace appclacks::ui {

SessionStatusBar::SessionStatusBar(QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_updated(new QLabel(bar))
    , m_counts(new QLabel(bar))
    , m_saved(new QLabel(bar))
    , m_server(new QLabel(bar))
    , m_cancel(new QLabel(bar))
    , m_clock(new QTimer(this))
    , m_savedTimeout(new QTimer(this))
{
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    m_updated->setTextFormat(Qt::PlainText); // errors quote what a server said
    // A long line is cut in a narrow window rather than holding the window wide.
    m_updated->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setTextFormat(Qt::PlainText);
    m_saved->setObjectName(QStringLiteral("savedLabel"));
    m_saved->setTextFormat(Qt::RichText); // the path is escaped
    m_saved->setOpenExternalLinks(true);
    m_saved->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_saved->hide();
    // Whose figures these are, when a server computed them: said where every refresh is told.
    m_server->setObjectName(QStringLiteral("serverLabel"));
    m_server->setTextFormat(Qt::PlainText);
    m_server->hide();
    m_cancel->setObjectName(QStringLiteral("cancelQueriesLabel"));
    m_cancel->setTextFormat(Qt::RichText);
    m_cancel->setText(QStringLiteral("<a href=\"cancel\">%1</a>").arg(tr("Cancel")));
    m_cancel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_cancel->hide();
    connect(m_cancel, &QLabel::linkActivated, this, &SessionStatusBar::cancelRequested);
    bar->addWidget(m_updated, 1);
    bar->addWidget(m_cancel);
    bar->addWidget(m_saved);
    bar->addPermanentWidget(m_server);
    bar->addPermanentWidget(m_counts);
    m_savedTimeout->setSingleShot(true);
    m_savedTimeout->setInterval(60000);
    connect(m_savedTimeout, &QTimer::timeout, m_saved, &QWidget::hide);
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

QString SessionStatusBar::serverText() const
{
    return m_server->isVisibleTo(m_server->parentWidget()) ? m_server->text() : QString();
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

QString SessionStatusBar::savedText() const
{
    return m_saved->isVisibleTo(m_saved->parentWidget()) ? m_saved->text() : QString();
}

void SessionStatusBar::setSnapshot(const std::shared_ptr<const core::HealthSnapshot> &snapshot)
{
    m_snapshot = snapshot;
    updateCounts();
}

void SessionStatusBar::setFilterText(const QString &text)
{
    m_filterText = text.trimmed();
    updateCounts();
}

void SessionStatusBar::showSaved(const QString &path)
{
    const QFileInfo file(path);
    m_saved->setText(
        tr("Saved %1 in %2")
            .arg(file.fileName().toHtmlEscaped(), QDir::toNativeSeparators(file.absolutePath()).toHtmlEscaped())
        + QStringLiteral(" · <a href=\"%1\">%2</a>")
              .arg(QUrl::fromLocalFile(file.absolutePath()).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                  tr("Open Folder")));
    m_saved->show();
    m_savedTimeout->start();
}

void SessionStatusBar::updateCounts()
{
    if (!m_snapshot) {
        m_counts->clear();
        return;
    }
    if (m_filterText.isEmpty()) {
        m_counts->setText(tr("%Ln checks", nullptr, int(m_snapshot->checks.size())) + QStringLiteral(" · ")
            + tr("%1 failing").arg(QLocale().toString(m_snapshot->failingChecks)));
        return;
    }
    int shown = 0;
    int failing = 0;
    for (const core::CheckHealth &check : m_snapshot->checks) {
        if (ChecksFilterProxyModel::matches(check, m_filterText)) {
            ++shown;
            failing += check.failingZones > 0 ? 1 : 0;
        }
    }
    m_counts->setText(tr("%1 of %Ln checks", nullptr, int(m_snapshot->checks.size())).arg(QLocale().toString(shown))
        + QStringLiteral(" · ") + tr("%1 failing").arg(QLocale().toString(failing)));
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
    } else if (m_status.refreshing && m_status.queriesAsked > 0) {
        parts << tr("Asking the server… %1 of %2 queries answered")
                     .arg(QLocale().toString(m_status.queriesAnswered), QLocale().toString(m_status.queriesAsked));
    } else if (m_status.refreshing) {
        parts << tr("Refreshing…");
    } else if (m_status.lastGoodTime.isValid()) {
        parts << tr("Updated %1 ago").arg(StaleBanner::ageText(m_status.lastGoodTime.secsTo(now)));
    }
    const core::ScrapeMetadata &scrape = m_status.lastScrape;
    const bool fromServer = !m_status.computedBy.isEmpty();
    m_cancel->setVisible(fromServer && m_status.refreshing);
    m_server->setVisible(fromServer);
    if (fromServer) {
        QString server = tr("Figures: PromQL on %1").arg(m_status.computedBy);
        if (!m_status.warnings.isEmpty()) {
            server += QStringLiteral(" · ")
                + tr("⚠ %n warning(s) from the server", nullptr, int(m_status.warnings.size()));
        }
        m_server->setText(server);
        m_server->setToolTip(m_status.warnings.isEmpty()
                ? tr("The server computed these figures with its own PromQL (increase() as it computes it).")
                : m_status.warnings.join(QLatin1Char('\n')));
        if (scrape.time.isValid() && !m_status.refreshing) {
            parts << tr("queries took %L1 ms").arg(scrape.durationMs);
        }
    } else if (scrape.time.isValid() && scrape.error == core::ScrapeError::None) {
        parts << tr("scrape took %L1 ms").arg(scrape.durationMs)
              << QLocale().formattedDataSize(scrape.bytes, 1, QLocale::DataSizeTraditionalFormat);
    }
    if (m_status.nextRefresh.isValid()) {
        parts << tr("next in %1").arg(StaleBanner::ageText(std::max<qint64>(0, now.secsTo(m_status.nextRefresh))));
    } else if (m_status.refreshIntervalSeconds <= 0 && !m_status.opening) {
        parts << tr("refreshing paused");
    }
    // The error itself is the banner's: said once, where it is seen first.
    m_updated->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace appclacks::ui
