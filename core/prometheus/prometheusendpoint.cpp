// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/prometheus/prometheusendpoint.h"

#include "core/prometheus/promqlqueries.h"
#include "core/scrape/httpsecurity.h"

#include <algorithm>

namespace appclacks::core {

namespace {

bool isNameStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

} // namespace

QString PromqlLabelMatcher::toPromql() const
{
    static const char *const operators[] = { "=", "!=", "=~", "!~" };
    return name + QLatin1String(operators[int(op)]) + PromqlQueries::quote(value);
}

bool PrometheusEndpoint::isValidLabelName(const QString &name)
{
    if (name.isEmpty() || !isNameStart(name.front())) {
        return false;
    }
    return std::all_of(name.begin(), name.end(), isNameChar);
}

std::optional<QList<PromqlLabelMatcher>> PrometheusEndpoint::parseMatchers(const QString &text, QString *error)
{
    QList<PromqlLabelMatcher> matchers;
    const qsizetype size = text.size();
    qsizetype at = 0;
    const auto skipSpace = [&] {
        while (at < size && text.at(at).isSpace()) {
            ++at;
        }
    };
    const auto fail = [&](const QString &what) {
        // Positions count from 1, as an editor's columns do.
        *error = tr("Label matchers, character %1: %2").arg(at + 1).arg(what);
        return std::nullopt;
    };
    skipSpace();
    const bool braced = at < size && text.at(at) == QLatin1Char('{');
    if (braced) {
        ++at;
    }
    while (true) {
        skipSpace();
        if (at == size || (braced && text.at(at) == QLatin1Char('}'))) {
            break;
        }
        PromqlLabelMatcher matcher;
        const qsizetype nameStart = at;
        while (at < size && isNameChar(text.at(at))) {
            ++at;
        }
        matcher.name = text.mid(nameStart, at - nameStart);
        if (!isValidLabelName(matcher.name)) {
            at = nameStart;
            return fail(tr("a label name was expected (letters, digits and _, not starting with a digit)."));
        }
        skipSpace();
        const QStringView rest = QStringView(text).mid(at);
        if (rest.startsWith(u"=~")) {
            matcher.op = PromqlLabelMatcher::Operator::RegexMatch;
            at += 2;
        } else if (rest.startsWith(u"!~")) {
            matcher.op = PromqlLabelMatcher::Operator::RegexNoMatch;
            at += 2;
        } else if (rest.startsWith(u"!=")) {
            matcher.op = PromqlLabelMatcher::Operator::NotEqual;
            at += 2;
        } else if (rest.startsWith(u"=")) {
            matcher.op = PromqlLabelMatcher::Operator::Equal;
            at += 1;
        } else {
            return fail(tr("=, !=, =~ or !~ was expected after “%1”.").arg(matcher.name));
        }
        skipSpace();
        if (at == size
            || (text.at(at) != QLatin1Char('"') && text.at(at) != QLatin1Char('\'')
                && text.at(at) != QLatin1Char('`'))) {
            return fail(tr("a quoted value was expected after “%1”.").arg(matcher.name));
        }
        const QChar quote = text.at(at++);
        bool closed = false;
        while (at < size) {
            const QChar c = text.at(at++);
            if (c == quote) {
                closed = true;
                break;
            }
            if (c == QLatin1Char('\\') && quote != QLatin1Char('`')) {
                if (at == size) {
                    break;
                }
                const QChar escaped = text.at(at++);
                switch (escaped.unicode()) {
                case 'n':
                    matcher.value += QLatin1Char('\n');
                    break;
                case 't':
                    matcher.value += QLatin1Char('\t');
                    break;
                case 'r':
                    matcher.value += QLatin1Char('\r');
                    break;
                case '\\':
                case '"':
                case '\'':
                    matcher.value += escaped;
                    break;
                default:
                    at -= 2;
                    return fail(tr("the escape \\%1 is not one PromQL knows here (\\\\, \\\", \\', \\n, \\t, \\r).")
                                    .arg(escaped));
                }
                continue;
            }
            if (c == QLatin1Char('\n') && quote != QLatin1Char('`')) {
                break;
            }
            matcher.value += c;
        }
        if (!closed) {
            return fail(tr("the value of “%1” is not closed by %2.").arg(matcher.name, quote));
        }
        matchers.append(matcher);
        skipSpace();
        if (at < size && text.at(at) == QLatin1Char(',')) {
            ++at;
            continue;
        }
        if (at == size || (braced && text.at(at) == QLatin1Char('}'))) {
            break;
        }
        return fail(tr("a comma was expected between matchers."));
    }
    if (braced) {
        if (at == size) {
            return fail(tr("the closing } is missing."));
        }
        ++at;
        skipSpace();
    }
    if (at != size) {
        return fail(tr("nothing may follow the matchers."));
    }
    return matchers;
}

std::optional<QString> PrometheusEndpoint::validate() const
{
    const QUrl &url = baseUrl;
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return tr("“%1” is not an http:// or https:// URL.").arg(HttpSecurity::describeUrl(url));
    }
    if (!url.userInfo().isEmpty()) {
        return tr("The URL must not contain a user name or password; use the profile's credentials instead.");
    }
    if (url.hasQuery() || url.hasFragment()) {
        return tr("The URL of a Prometheus server takes no query or fragment: give its base, such as "
                  "https://prometheus.example:9090 or https://mimir.example/prometheus.");
    }
    const std::pair<const QString *, const char *> labels[] = {
        { &nameLabel, QT_TR_NOOP("name") },
        { &idLabel, QT_TR_NOOP("id") },
        { &zoneLabel, QT_TR_NOOP("zone") },
    };
    for (const auto &[label, role] : labels) {
        // The id label may be empty (checks told apart by name); the others are needed.
        const bool optional = label == &idLabel;
        if ((!optional || !label->isEmpty()) && !isValidLabelName(*label)) {
            return tr("The %1 label “%2” is not a label name (letters, digits and _, not starting with a digit).")
                .arg(tr(role), *label);
        }
    }
    QString error;
    if (!parseMatchers(extraMatchers, &error)) {
        return error;
    }
    return std::nullopt;
}

QUrl PrometheusEndpoint::apiUrl(const QString &path) const
{
    QUrl url = baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/'))) {
        prefix.chop(1);
    }
    url.setPath(prefix + path);
    return url;
}

QString PrometheusEndpoint::displayName() const
{
    return profileName.isEmpty() ? HttpSecurity::describeUrl(baseUrl) : profileName;
}

} // namespace appclacks::core
