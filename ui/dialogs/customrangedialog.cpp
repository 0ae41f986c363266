// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/dialogs/customrangedialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace appclacks::ui {

namespace {

QDateTimeEdit *makeEdit(std::int64_t ms, const char *name, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(ms), parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    return edit;
}

} // namespace

CustomRangeDialog::CustomRangeDialog(std::int64_t fromMs, std::int64_t toMs, QWidget *parent)
    : QDialog(parent)
    , m_from(makeEdit(fromMs, "rangeFrom", this))
    , m_to(makeEdit(toMs, "rangeTo", this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("customRangeDialog"));
    setWindowTitle(tr("Custom Range"));
    m_problem->setObjectName(QStringLiteral("rangeProblem"));
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &CustomRangeDialog::validate);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &CustomRangeDialog::validate);
    validate();
}

CustomRangeDialog::~CustomRangeDialog() = default;

std::int64_t CustomRangeDialog::fromMs() const
{
    return m_from->dateTime().toMSecsSinceEpoch();
}

std::int64_t CustomRangeDialog::toMs() const
{
    return m_to->dateTime().toMSecsSinceEpoch();
}

void CustomRangeDialog::validate()
{
    const bool ordered = fromMs() < toMs();
    m_problem->setText(ordered ? QString() : tr("The range must end after it starts."));
    m_problem->setVisible(!ordered);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ordered);
}

} // namespace appclacks::ui
