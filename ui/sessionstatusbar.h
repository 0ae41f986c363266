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

/// The status bar's words: "Updated 12 s ago · 214 ms · 1.2 MB · next in 18 s" on the left,
/// "4 checks · 1 failing" on the right. Fed with what the session pushes; a one-second timer
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

    QString text() const;
    QString countsText() const;

private:
    void updateText();

    QLabel *m_updated = nullptr;
    QLabel *m_counts = nullptr;
    QTimer *m_clock = nullptr;
    core::SessionStatus m_status;
};

} // namespace appclacks::ui
