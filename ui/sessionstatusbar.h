// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/sources/monitoringsession.h"

#include <QObject>

#include <memory>

class QLabel;
class QStatusBar;
class QTimer;

namespace appclacks::ui {

/// The status bar's words: "Updated 12 s ago · scrape took 214 ms · 1.2 MB · next in 18 s" on
/// the left, "4 checks · 1 failing" on the right (following the checks filter). Errors are the
/// banner's to say, not repeated here. Fed with what the session pushes; a one-second timer
/// only re-words the ages from what it was told, it asks nobody anything.
class SessionStatusBar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStatusBar)

public:
    explicit SessionStatusBar(QStatusBar *bar, QObject *parent = nullptr);
    ~SessionStatusBar() override;

    void setStatus(const core::SessionStatus &status);
    void setSnapshot(const std::shared_ptr<const core::HealthSnapshot> &snapshot);
    /// The checks filter's text: the counts are of the checks that match it.
    void setFilterText(const QString &text);
    /// "Chart saved to …" with a link that opens the folder, for a while.
    void showSaved(const QString &path);

    QString text() const;
    QString countsText() const;
    /// The saved notice's text (rich text), or empty while none is shown.
    QString savedText() const;
    /// For a Prometheus-compatible server: "Figures: PromQL on Prometheus 2.42.0 at …", with its
    /// warnings; empty for other sources.
    QString serverText() const;

Q_SIGNALS:
    /// Cancel was clicked while a server was answering.
    void cancelRequested();

private:
    void updateText();
    void updateCounts();

    QLabel *m_updated = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_saved = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_cancel = nullptr;
    QTimer *m_clock = nullptr;
    QTimer *m_savedTimeout = nullptr;
    core::SessionStatus m_status;
    std::shared_ptr<const core::HealthSnapshot> m_snapshot;
    QString m_filterText;
};

} // namespace appclacks::ui
