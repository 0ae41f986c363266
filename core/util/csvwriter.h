// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

namespace appclacks::core {

/// The one way the app writes CSV (RFC 4180, CRLF line ends). Every text field that came from
/// outside (check ids, names, zones: a server chooses them) goes through textField(), which
/// neutralises spreadsheet formulas as OWASP recommends: a field starting with `=`, `+`, `-`,
/// `@`, tab or carriage return gets a leading `'`, so Excel, LibreOffice and Google Sheets show it
/// as text instead of evaluating it.
class CsvWriter final
{
public:
    /// A text field, neutralised and then quoted where RFC 4180 needs it.
    static QString textField(const QString &text);
    /// A field the app formatted itself (a number, a fixed word): quoted where needed, never
    /// prefixed, so that "-1" stays a number. Never pass text from a server here.
    static QString plainField(const QString &text);
    /// Whether a spreadsheet would take `text` for a formula.
    static bool startsLikeFormula(const QString &text);

    /// Appends one row of fields already made by textField() or plainField().
    void addRow(const QStringList &fields);
    const QString &text() const { return m_text; }
    QByteArray toUtf8() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

} // namespace appclacks::core
