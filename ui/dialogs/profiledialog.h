// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/profiles/profile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace appclacks::ui {

/// Adds or edits a profile. The token field is a password field; what it holds goes to the
/// keychain through the caller, never to the profile.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    explicit ProfileDialog(const core::Profile &profile = {}, QWidget *parent = nullptr);

    core::Profile profile() const;
    QString secret() const;

    void accept() override;

private:
    void updateForKind();

    core::Profile m_original;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_zoneLabel = nullptr;
    QLineEdit *m_caFile = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace appclacks::ui
