// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/stalebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace appclacks::ui {

StaleBanner::StaleBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry now"), this))
{
    setObjectName(QStringLiteral("staleBanner"));
    m_label->setTextFormat(Qt::PlainText); // errors quote what a server said
    setAccessibleName(tr("Stale data warning"));
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("staleBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("staleBannerRetry"));
    connect(m_retry, &QPushButton::clicked, this, &StaleBanner::retryRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    applyColours();
    // The age in the text keeps counting while the bar is up.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &StaleBanner::updateText);
    tick->start(1000);
    hide();
}

QString StaleBanner::ageText(qint64 seconds)
{
    if (seconds < 60) {
        return tr("%n s", nullptr, int(std::max<qint64>(0, seconds)));
    }
    if (seconds < 3600) {
        return tr("%n min", nullptr, int(seconds / 60));
    }
    if (seconds < 48 * 3600) {
        return tr("%n h", nullptr, int(seconds / 3600));
    }
    return tr("%n days", nullptr, int(seconds / 86400));
}

void StaleBanner::showStale(const QDateTime &dataTime, const QString &error, const QString &subject)
{
    m_dataTime = dataTime;
    m_error = error;
    m_subject = subject;
    updateText();
    show();
}

QString StaleBanner::text() const
{
    return m_label->text();
}

void StaleBanner::updateText()
{
    if (!m_dataTime.isValid()) {
        m_label->setText(m_subject.isEmpty() ? tr("Could not read the source: %1").arg(m_error)
                                             : tr("Could not read %1: %2").arg(m_subject, m_error));
        return;
    }
    const qint64 age = m_dataTime.secsTo(QDateTime::currentDateTimeUtc());
    m_label->setText(
        tr("Showing data from %1 (%2 old): %3")
            .arg(QLocale().toString(m_dataTime.toLocalTime().time(), QLocale::ShortFormat), ageText(age), m_error));
}

void StaleBanner::applyColours()
{
    // docs/UI.md's warning yellow, with text dark enough to read on it in light and dark themes.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xFF, 0xE0, 0x82));
    colours.setColor(QPalette::WindowText, QColor(0x3A, 0x2C, 0x00));
    setPalette(colours);
    m_label->setPalette(colours);
}

void StaleBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && palette().color(QPalette::Window) != QColor(0xFF, 0xE0, 0x82)) {
        applyColours();
    }
}

} // namespace appclacks::ui
