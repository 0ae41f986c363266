// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace appclacks::ui {

/// The yellow bar across the top when the last scrape failed: "Showing data from 14:02 (3 min
/// old): connection refused — Retry now". The data below it stays; the bar says how old it is.
class StaleBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaleBanner)

public:
    explicit StaleBanner(QWidget *parent = nullptr);

    /// `subject` names what could not be read ("fleet.prom", "production") when there is no
    /// data at all (`dataTime` invalid): "Could not read fleet.prom: …".
    void showStale(const QDateTime &dataTime, const QString &error, const QString &subject = {});
    QString text() const;

    /// "3 min", "12 s", "2 h" — the age of data, for this bar and the status bar.
    static QString ageText(qint64 seconds);

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    void applyColours();

    QLabel *m_label = nullptr;
    QPushButton *m_retry = nullptr;
    QDateTime m_dataTime;
    QString m_error;
    QString m_subject;
};

} // namespace appclacks::ui
