// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/exposition/prometheusnumber.h"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace appclacks::core {

namespace {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view text, std::string_view lowercaseWord)
{
    if (text.size() != lowercaseWord.size()) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (lower(text[i]) != lowercaseWord[i]) {
            return false;
        }
    }
    return true;
}

// Go's `special`: an optional sign then "inf" or "infinity"; "nan" only without a sign.
std::optional<double> parseSpecial(std::string_view token)
{
    bool negative = false;
    std::string_view rest = token;
    if (!rest.empty() && (rest.front() == '+' || rest.front() == '-')) {
        negative = rest.front() == '-';
        rest.remove_prefix(1);
    } else if (equalsIgnoringCase(rest, "nan")) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (equalsIgnoringCase(rest, "inf") || equalsIgnoringCase(rest, "infinity")) {
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    }
    return std::nullopt;
}

// The decimal syntax Go accepts: digits with an optional point (".5", "5." and "5.5"), then an
// optional exponent. Returns the position of the most significant non-zero digit relative to the
// point, plus the exponent, so that an out-of-range result can be told apart as over- or underflow.
bool isDecimalSyntax(std::string_view digits, long long &magnitude)
{
    std::size_t i = 0;
    std::size_t integerDigits = 0;
    std::size_t fractionDigits = 0;
    long long firstNonZero = std::numeric_limits<long long>::min();
    long long position = 0; // digits seen before the point, counted as the point moves right
    while (i < digits.size() && isDigit(digits[i])) {
        if (digits[i] != '0' && firstNonZero == std::numeric_limits<long long>::min()) {
            firstNonZero = position;
        }
        ++position;
        ++integerDigits;
        ++i;
    }
    const long long pointAt = position;
    if (i < digits.size() && digits[i] == '.') {
        ++i;
        while (i < digits.size() && isDigit(digits[i])) {
            if (digits[i] != '0' && firstNonZero == std::numeric_limits<long long>::min()) {
                firstNonZero = position;
            }
            ++position;
            ++fractionDigits;
            ++i;
        }
    }
    if (integerDigits + fractionDigits == 0) {
        return false;
    }
    long long exponent = 0;
    if (i < digits.size() && (digits[i] == 'e' || digits[i] == 'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < digits.size() && (digits[i] == '+' || digits[i] == '-')) {
            negativeExponent = digits[i] == '-';
            ++i;
        }
        if (i == digits.size()) {
            return false;
        }
        while (i < digits.size() && isDigit(digits[i])) {
            if (exponent < 100000000) {
                exponent = exponent * 10 + (digits[i] - '0');
            }
            ++i;
        }
        if (negativeExponent) {
            exponent = -exponent;
        }
    }
    if (i != digits.size()) {
        return false;
    }
    magnitude = firstNonZero == std::numeric_limits<long long>::min() ? 0 : (pointAt - firstNonZero) + exponent;
    return true;
}

// Clinger's fast path, for the values scrapes are made of ("0", "153212", "208984.781262"): at
// most 15 digits, an optional point, no exponent. The digits make an integer a double holds
// exactly and the point a power of ten a double holds exactly, so one division, correctly rounded
// by the hardware, gives the very double from_chars would.
bool parseShortDecimal(std::string_view digits, double &value)
{
    if (digits.empty() || digits.size() > 16) {
        return false;
    }
    static constexpr std::array<double, 16> powersOfTen { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15 };
    std::uint64_t mantissa = 0;
    int count = 0;
    int fraction = -1; // digits after the point; -1 while there is no point
    for (const char c : digits) {
        if (isDigit(c)) {
            mantissa = mantissa * 10 + std::uint64_t(c - '0');
            ++count;
            fraction += fraction >= 0 ? 1 : 0;
        } else if (c == '.' && fraction < 0) {
            fraction = 0;
        } else {
            return false;
        }
    }
    if (count == 0 || count > 15) {
        return false;
    }
    value = fraction > 0 ? double(mantissa) / powersOfTen[std::size_t(fraction)] : double(mantissa);
    return true;
}

} // namespace

ParsedNumber parsePrometheusFloat(std::string_view token)
{
    if (token.empty()) {
        return { 0, NumberError::NotANumber };
    }
    {
        const bool negative = token.front() == '-';
        const std::string_view digits = token.substr(negative || token.front() == '+' ? 1 : 0);
        if (double value = 0; parseShortDecimal(digits, value)) {
            return { negative ? -value : value, NumberError::None };
        }
    }
    if (const auto special = parseSpecial(token)) {
        return { *special, NumberError::None };
    }
    bool negative = false;
    std::string_view digits = token;
    if (digits.front() == '+' || digits.front() == '-') {
        negative = digits.front() == '-';
        digits.remove_prefix(1);
    }
    long long magnitude = 0;
    if (!isDecimalSyntax(digits, magnitude)) {
        return { 0, NumberError::NotANumber };
    }
    double value = 0;
    const auto [end, ec]
        = std::from_chars(digits.data(), digits.data() + digits.size(), value, std::chars_format::general);
    if (ec == std::errc::result_out_of_range) {
        if (magnitude > 0) {
            return { 0, NumberError::OutOfRange };
        }
        value = 0; // Go rounds values below the smallest subnormal to zero without an error.
    } else if (ec != std::errc() || end != digits.data() + digits.size()) {
        return { 0, NumberError::NotANumber };
    }
    return { negative ? -value : value, NumberError::None };
}

std::optional<std::int64_t> parseMillisecondTimestamp(std::string_view token)
{
    // A leading '-' is allowed: the format's own documentation shows "a weird metric from before
    // the epoch" with a negative timestamp (expfmt takes it; textparse's lexer does not).
    std::string_view digits = token;
    if (!digits.empty() && digits.front() == '-') {
        digits.remove_prefix(1);
    }
    if (digits.empty()) {
        return std::nullopt;
    }
    for (const char c : digits) {
        if (!isDigit(c)) {
            return std::nullopt;
        }
    }
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (ec != std::errc() || end != token.data() + token.size()) {
        return std::nullopt;
    }
    return value;
}

void appendPrometheusFloat(std::string &out, double value)
{
    if (std::isnan(value)) {
        out += "NaN";
        return;
    }
    if (std::isinf(value)) {
        out += value > 0 ? "+Inf" : "-Inf";
        return;
    }
    // Shortest round-trip digits laid out as Go's FormatFloat(v, 'g', -1, 64): exponent form when
    // the decimal exponent is below -4 or at least 6 (Go's precision for the shortest format).
    std::array<char, 32> buffer {};
    const auto [end, ec]
        = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::scientific);
    if (ec != std::errc()) {
        out += "NaN";
        return;
    }
    const std::string_view scientific(buffer.data(), std::size_t(end - buffer.data()));
    const std::size_t ePos = scientific.find('e');
    std::string_view mantissa = scientific.substr(0, ePos);
    int exponent = 0;
    std::from_chars(scientific.data() + ePos + 1 + (scientific[ePos + 1] == '+' ? 1 : 0),
        scientific.data() + scientific.size(), exponent);
    const bool negative = !mantissa.empty() && mantissa.front() == '-';
    if (negative) {
        mantissa.remove_prefix(1);
    }
    std::string digits;
    for (const char c : mantissa) {
        if (c != '.') {
            digits += c;
        }
    }
    const int nd = int(digits.size());
    const int dp = exponent + 1; // position of the decimal point relative to the digits
    constexpr int eprec = 6;
    if (negative) {
        out += '-';
    }
    if (exponent < -4 || exponent >= eprec) {
        out += digits[0];
        if (nd > 1) {
            out += '.';
            out.append(digits, 1, std::string::npos);
        }
        out += 'e';
        out += exponent < 0 ? '-' : '+';
        const int absExponent = exponent < 0 ? -exponent : exponent;
        if (absExponent < 10) {
            out += '0';
        }
        out += std::to_string(absExponent);
        return;
    }
    if (dp <= 0) {
        out += "0.";
        out.append(std::size_t(-dp), '0');
        out += digits;
    } else if (dp >= nd) {
        out += digits;
        out.append(std::size_t(dp - nd), '0');
    } else {
        out.append(digits, 0, std::size_t(dp));
        out += '.';
        out.append(digits, std::size_t(dp), std::string::npos);
    }
}

std::string formatPrometheusFloat(double value)
{
    std::string out;
    appendPrometheusFloat(out, value);
    return out;
}

} // namespace appclacks::core
