// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/util/csvwriter.h"

namespace appclacks::core {

bool CsvWriter::startsLikeFormula(const QString &text)
{
    if (text.isEmpty()) {
        return false;
    }
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::plainField(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::textField(const QString &text)
{
    // The quote goes inside the CSV quoting: a spreadsheet strips the CSV quotes first, then
    // decides whether the cell is a formula.
    return plainField(startsLikeFormula(text) ? QLatin1Char('\'') + text : text);
}

void CsvWriter::addRow(const QStringList &fields)
{
    m_text += fields.join(QLatin1Char(','));
    m_text += QStringLiteral("\r\n");
}

} // namespace appclacks::core
