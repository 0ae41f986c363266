// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

#include <cstdint>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;

namespace appclacks::ui {

/// Asks for a custom range: from and to, in local time, to the minute.
class CustomRangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomRangeDialog)

public:
    CustomRangeDialog(std::int64_t fromMs, std::int64_t toMs, QWidget *parent = nullptr);
    ~CustomRangeDialog() override;

    std::int64_t fromMs() const;
    std::int64_t toMs() const;

private:
    void validate();

    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace appclacks::ui
