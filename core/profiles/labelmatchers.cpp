// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/profiles/labelmatchers.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace appclacks::core {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(LabelMatchers)
};

bool isNameStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

int hexValue(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
        return c.unicode() - '0';
    }
    if (c >= QLatin1Char('a') && c <= QLatin1Char('f')) {
        return c.unicode() - 'a' + 10;
    }
    if (c >= QLatin1Char('A') && c <= QLatin1Char('F')) {
        return c.unicode() - 'A' + 10;
    }
    return -1;
}

// A cursor over the text that knows which matcher it is in, so that every error says where.
class Parser final
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    { }

    LabelMatchers::Result run()
    {
        LabelMatchers::Result result;
        skipSpace();
        const bool braced = peek() == QLatin1Char('{');
        if (braced) {
            ++m_pos;
            skipSpace();
        }
        while (m_error.isEmpty()) {
            skipSpace();
            if (atEnd() || (braced && peek() == QLatin1Char('}'))) {
                break; // an empty list, or a trailing comma as PromQL allows
            }
            ++m_index;
            LabelMatcher matcher;
            if (!readName(matcher.name) || !readOp(matcher) || !readValue(matcher)) {
                break;
            }
            result.matchers.append(matcher);
            skipSpace();
            if (peek() == QLatin1Char(',')) {
                ++m_pos;
                continue;
            }
            if (atEnd() || (braced && peek() == QLatin1Char('}'))) {
                break;
            }
            fail(Text::tr("“,” is expected between two matchers, not “%1”.").arg(peek()));
        }
        if (m_error.isEmpty() && braced) {
            if (peek() != QLatin1Char('}')) {
                fail(Text::tr("the “{” has no closing “}”."));
            } else {
                ++m_pos;
                skipSpace();
                if (!atEnd()) {
                    fail(Text::tr("nothing may follow the closing “}”."));
                }
            }
        }
        if (!m_error.isEmpty()) {
            result.matchers.clear();
            result.error = m_error;
        }
        return result;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar(); }
    void skipSpace()
    {
        while (!atEnd() && peek().isSpace()) {
            ++m_pos;
        }
    }

    void fail(const QString &what) { failAt(m_pos, what); }
    void failAt(qsizetype position, const QString &what)
    {
        if (!m_error.isEmpty()) {
            return;
        }
        // Columns count from 1, as editors show them.
        m_error = m_index > 0 ? Text::tr("Label matcher %1, column %2: %3").arg(m_index).arg(position + 1).arg(what)
                              : Text::tr("Column %1: %2").arg(position + 1).arg(what);
    }

    bool readName(QString &name)
    {
        const qsizetype start = m_pos;
        if (!isNameStart(peek())) {
            fail(Text::tr("a label name is expected (letters, digits and “_”, not starting with a digit), not “%1”.")
                     .arg(peek()));
            return false;
        }
        while (!atEnd() && isNameChar(peek())) {
            ++m_pos;
        }
        name = m_text.mid(start, m_pos - start);
        skipSpace();
        return true;
    }

    bool readOp(LabelMatcher &matcher)
    {
        const QChar first = peek();
        const QChar second = peek(1);
        if (first == QLatin1Char('=') && second == QLatin1Char('~')) {
            matcher.op = LabelMatcher::Op::RegexMatch;
            m_pos += 2;
        } else if (first == QLatin1Char('!') && second == QLatin1Char('~')) {
            matcher.op = LabelMatcher::Op::RegexNoMatch;
            m_pos += 2;
        } else if (first == QLatin1Char('!') && second == QLatin1Char('=')) {
            matcher.op = LabelMatcher::Op::NotEqual;
            m_pos += 2;
        } else if (first == QLatin1Char('=')) {
            matcher.op = LabelMatcher::Op::Equal;
            m_pos += 1;
        } else {
            fail(Text::tr("after “%1”, one of =, !=, =~ or !~ is expected.").arg(matcher.name));
            return false;
        }
        skipSpace();
        return true;
    }

    bool readValue(LabelMatcher &matcher)
    {
        const QChar quote = peek();
        if (quote != QLatin1Char('"') && quote != QLatin1Char('\'') && quote != QLatin1Char('`')) {
            fail(Text::tr("the value of “%1” must be quoted: %1%2\"value\".")
                     .arg(matcher.name, LabelMatchers::opText(matcher.op)));
            return false;
        }
        const qsizetype open = m_pos;
        ++m_pos;
        // Bytes, because "\xc3\xa9" is one character in PromQL (Go strings are UTF-8 bytes).
        QByteArray bytes;
        QString run;
        const auto flush = [&] {
            bytes += run.toUtf8();
            run.clear();
        };
        while (true) {
            if (atEnd() || (quote != QLatin1Char('`') && peek() == QLatin1Char('\n'))) {
                failAt(open, Text::tr("the value of “%1” has no closing %2.").arg(matcher.name, QString(quote)));
                return false;
            }
            const QChar c = peek();
            if (c == quote) {
                ++m_pos;
                break;
            }
            if (c != QLatin1Char('\\') || quote == QLatin1Char('`')) {
                run += c;
                ++m_pos;
                continue;
            }
            const qsizetype escape = m_pos;
            ++m_pos;
            const QChar e = peek();
            ++m_pos;
            const auto simple = [&](char replacement) { run += QLatin1Char(replacement); };
            switch (e.unicode()) {
            case 'a':
                simple('\a');
                break;
            case 'b':
                simple('\b');
                break;
            case 'f':
                simple('\f');
                break;
            case 'n':
                simple('\n');
                break;
            case 'r':
                simple('\r');
                break;
            case 't':
                simple('\t');
                break;
            case 'v':
                simple('\v');
                break;
            case '\\':
                simple('\\');
                break;
            case 'x':
            case 'u':
            case 'U': {
                const int digits = e == QLatin1Char('x') ? 2 : (e == QLatin1Char('u') ? 4 : 8);
                uint value = 0;
                for (int i = 0; i < digits; ++i) {
                    const int digit = hexValue(peek());
                    if (digit < 0) {
                        failAt(escape,
                            Text::tr("“\\%1” in the value of “%2” needs %3 hexadecimal digits.")
                                .arg(e)
                                .arg(matcher.name)
                                .arg(digits));
                        return false;
                    }
                    value = value * 16 + uint(digit);
                    ++m_pos;
                }
                if (e == QLatin1Char('x')) {
                    flush();
                    bytes += char(value);
                } else if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
                    failAt(escape,
                        Text::tr("“%1” in the value of “%2” is not a Unicode character.")
                            .arg(m_text.mid(escape, m_pos - escape), matcher.name));
                    return false;
                } else {
                    const char32_t codePoint = value;
                    run += QString::fromUcs4(&codePoint, 1);
                }
                break;
            }
            default:
                if (e == quote) {
                    run += quote;
                } else if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                    uint value = uint(e.unicode() - '0');
                    for (int i = 0; i < 2; ++i) {
                        if (peek() < QLatin1Char('0') || peek() > QLatin1Char('7')) {
                            failAt(escape,
                                Text::tr("an octal escape in the value of “%1” needs three digits (\\101).")
                                    .arg(matcher.name));
                            return false;
                        }
                        value = value * 8 + uint(peek().unicode() - '0');
                        ++m_pos;
                    }
                    if (value > 255) {
                        failAt(escape,
                            Text::tr("the octal escape in the value of “%1” is above \\377.").arg(matcher.name));
                        return false;
                    }
                    flush();
                    bytes += char(value);
                } else {
                    failAt(escape,
                        Text::tr("unknown escape “\\%1” in the value of “%2” (write “\\\\” for a backslash).")
                            .arg(e.isNull() ? QString() : QString(e), matcher.name));
                    return false;
                }
            }
        }
        flush();
        matcher.value = QString::fromUtf8(bytes);
        if (matcher.op == LabelMatcher::Op::RegexMatch || matcher.op == LabelMatcher::Op::RegexNoMatch) {
            // Prometheus anchors the expression and uses RE2; PCRE2 refuses what RE2 refuses in
            // practice (it accepts more, such as look-arounds, which the server then reports).
            const QRegularExpression expression(QStringLiteral("^(?:") + matcher.value + QStringLiteral(")$"));
            if (!expression.isValid()) {
                failAt(open,
                    Text::tr("the value of “%1” is not a valid regular expression: %2.")
                        .arg(matcher.name, expression.errorString()));
                return false;
            }
        }
        return true;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_index = 0; // 1-based number of the matcher being read, 0 before the first
    QString m_error;
};

} // namespace

LabelMatchers::Result LabelMatchers::parse(const QString &text)
{
    return Parser(text).run();
}

QString LabelMatchers::opText(LabelMatcher::Op op)
{
    switch (op) {
    case LabelMatcher::Op::Equal:
        return QStringLiteral("=");
    case LabelMatcher::Op::NotEqual:
        return QStringLiteral("!=");
    case LabelMatcher::Op::RegexMatch:
        return QStringLiteral("=~");
    case LabelMatcher::Op::RegexNoMatch:
        return QStringLiteral("!~");
    }
    return QStringLiteral("=");
}

QString LabelMatchers::quote(const QString &value)
{
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\':
            quoted += QLatin1String("\\\\");
            break;
        case '"':
            quoted += QLatin1String("\\\"");
            break;
        case '\n':
            quoted += QLatin1String("\\n");
            break;
        case '\r':
            quoted += QLatin1String("\\r");
            break;
        case '\t':
            quoted += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                quoted += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            } else {
                quoted += c;
            }
        }
    }
    quoted += QLatin1Char('"');
    return quoted;
}

QString LabelMatcher::toPromql() const
{
    return name + LabelMatchers::opText(op) + LabelMatchers::quote(value);
}

QString LabelMatchers::format(const QList<LabelMatcher> &matchers)
{
    QStringList parts;
    parts.reserve(matchers.size());
    for (const LabelMatcher &matcher : matchers) {
        parts.append(matcher.toPromql());
    }
    return parts.join(QStringLiteral(", "));
}

bool LabelMatchers::isValidLabelName(const QString &name)
{
    if (name.isEmpty() || !isNameStart(name.front())) {
        return false;
    }
    return std::all_of(name.begin(), name.end(), isNameChar);
}

} // namespace appclacks::core
