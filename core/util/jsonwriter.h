// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace appclacks::core {

/// Streams compact JSON into a std::string, keys in the order written (QJsonObject sorts them,
/// and the documented outputs have an order people read). Numbers JSON cannot hold (NaN, ±Inf)
/// are null, or the string a caller-given formatter makes of them (the exposition's "+Inf").
class JsonWriter final
{
public:
    using NonFiniteFormatter = std::string (*)(double value);

    /// Without a formatter, non-finite numbers are written as null.
    explicit JsonWriter(NonFiniteFormatter nonFinite = nullptr);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(std::string_view name);

    JsonWriter &value(std::string_view text);
    JsonWriter &value(const QString &text);
    JsonWriter &value(double number);
    JsonWriter &value(std::int64_t number);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    /// The number, or null when there is none.
    JsonWriter &value(std::optional<double> number);

    std::string &text() { return m_out; }

    static void appendString(std::string &out, std::string_view text);

private:
    void separate();

    std::string m_out;
    std::vector<bool> m_hasItems; // per open container: has it an element yet
    bool m_afterKey = false;
    NonFiniteFormatter m_nonFinite = nullptr;
};

} // namespace appclacks::core
