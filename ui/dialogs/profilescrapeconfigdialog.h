// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/profiles/profile.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace appclacks::ui {

/// "Prometheus Scrape Config…": the scrape job that makes a Prometheus scrape what a profile
/// scrapes (core::ScrapeConfig), read-only, with Copy, and "Create Prometheus Profile…" for the
/// profile that then reads it back from that Prometheus. The job holds no secret.
class ProfileScrapeConfigDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileScrapeConfigDialog)

public:
    explicit ProfileScrapeConfigDialog(const core::Profile &profile, QWidget *parent = nullptr);
    ~ProfileScrapeConfigDialog() override;

    QString text() const;

public Q_SLOTS:
    void copy();

Q_SIGNALS:
    /// "Create Prometheus Profile…": the profile to open in the profile form, not yet saved.
    void createPrometheusProfile(const core::Profile &prefilled);

private:
    core::Profile m_profile;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace appclacks::ui
