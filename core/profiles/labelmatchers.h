// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>

namespace appclacks::core {

/// One PromQL label matcher: `job="cabourotte"`, `env!="dev"`, `zone=~"eu-.*"`, `id!~"test-.*"`.
struct LabelMatcher
{
    enum class Op { Equal, NotEqual, RegexMatch, RegexNoMatch };

    QString name;
    Op op = Op::Equal;
    QString value; ///< unescaped

    /// The matcher as PromQL reads it, its value quoted and escaped: `job="a\"b"`.
    QString toPromql() const;

    friend bool operator==(const LabelMatcher &, const LabelMatcher &) = default;
};

/// Label matchers as a person types them and as PromQL reads them: `job="cabourotte", env="prod"`
/// (the braces optional), the values quoted with "…", '…' or `…` and Go's escapes, as in PromQL.
/// Parsing says where the text is malformed (which matcher, which column). The one parser of
/// matchers: a Prometheus profile's validation, PrometheusEndpoint's and PromqlQueries' selectors.
class LabelMatchers final
{
public:
    struct Result
    {
        QList<LabelMatcher> matchers;
        QString error; ///< empty when the text is valid; otherwise what is wrong and where (column)
    };

    static Result parse(const QString &text);

    /// `job="cabourotte", env="prod"`: ready to go between a selector's braces.
    static QString format(const QList<LabelMatcher> &matchers);
    /// A PromQL double-quoted string for `value`, escaped as PromQL (and Go) read it back.
    static QString quote(const QString &value);
    static QString opText(LabelMatcher::Op op);
    /// Prometheus's rule for label names: [a-zA-Z_][a-zA-Z0-9_]*.
    static bool isValidLabelName(const QString &name);
};

} // namespace appclacks::core
