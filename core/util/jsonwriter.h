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
/// and the documented outputs have an order people read). Non-finite numbers are written as
/// the strings Prometheus uses ("NaN", "+Inf", "-Inf") or as null, as the caller chooses.
class JsonWriter final
{
public:
    enum class NonFinite { AsString, AsNull };

    explicit JsonWriter(NonFinite nonFinite = NonFinite::AsString);

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
    NonFinite m_nonFinite;
};

} // namespace appclacks::core
