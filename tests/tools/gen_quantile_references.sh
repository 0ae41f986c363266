#!/usr/bin/env bash
# gen_quantile_references.sh - reference values for histogram_quantile() computed
# by Prometheus itself (promtool), written to tests/data/health/quantile_references.json.
#
# Requirements: bash >= 4 and promtool (Debian 12: `apt-get install prometheus`,
# 2.42.0+ds). Plain bash + promtool only; python3/jq are NOT used. No Prometheus
# server is started: `promtool test rules` evaluates PromQL in-process.
#
# How it works: every case of tests/tools/quantile_cases.txt becomes a set of
# input_series h_bucket{case="<name>",le="<le>"} (one sample each) in a single
# promtool unit-test file. For every (case, q) there is one promql_expr_test on
# histogram_quantile(q, h_bucket{case="<name>"}) whose exp_samples is
# deliberately wrong (a label set the query can never return), so promtool
# reports every test as failed and prints "got: {case="<name>"} <value>" (or
# "got: nil" when the query returns no sample). promtool formats values with
# Go's strconv.FormatFloat(v, 'E', -1, 64), i.e. the shortest representation
# that round-trips exactly; this script only moves the decimal point of that
# string (pure text manipulation), so no precision is lost.
#
# Usage: tests/tools/gen_quantile_references.sh [cases-file [output-json]]
#   env PROMTOOL=/path/to/promtool   override the promtool binary
#   env KEEP_TMP=1                   keep the generated unit-test file and output
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/../.." && pwd)
cases_file=${1:-$script_dir/quantile_cases.txt}
out_json=${2:-$repo_root/tests/data/health/quantile_references.json}
promtool=${PROMTOOL:-promtool}

std_qs=(0 0.25 0.5 0.9 0.95 0.99 1)

die() { printf 'gen_quantile_references: %s\n' "$*" >&2; exit 1; }

command -v "$promtool" >/dev/null 2>&1 || die "promtool not found (apt-get install prometheus)"
[[ -r $cases_file ]] || die "cannot read $cases_file"

version=$("$promtool" --version 2>&1 | head -n1)
printf 'using %s\n' "$version" >&2
case $version in
    *"version 2.42."*) ;;
    *) printf 'warning: references were established with promtool 2.42.0+ds\n' >&2 ;;
esac

tmp=$(mktemp -d)
if [[ ${KEEP_TMP:-0} == 1 ]]; then
    printf 'keeping %s\n' "$tmp" >&2
else
    trap 'rm -rf "$tmp"' EXIT
fi

json_num_re='^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$'
q_re='^-?(0|[1-9][0-9]*)(\.[0-9]+)?$'

# JSON rendering of a count as given in the cases file.
count_json() {
    case $1 in
        NaN | +Inf | -Inf) printf '"%s"' "$1" ;;
        *) [[ $1 =~ $json_num_re ]] || die "count '$1' is not a JSON number"
           printf '%s' "$1" ;;
    esac
}

# Convert Go 'E' output (e.g. 6.895E-01, -1E+00, 1.2345678901234567E-05) to a
# JSON value: plain decimal when the exponent is in [-7, 20], else d.dddde<exp>.
# Pure string manipulation: the digits are exactly the ones promtool printed.
go_to_json() {
    local s=$1 sign='' mant exp digits p n
    case $s in
        NaN | +Inf | -Inf) printf '"%s"' "$s"; return ;;
    esac
    [[ $s =~ ^(-?)([0-9])(\.([0-9]+))?E([+-][0-9]+)$ ]] || die "unexpected promtool value '$s'"
    sign=${BASH_REMATCH[1]}
    digits=${BASH_REMATCH[2]}${BASH_REMATCH[4]}
    exp=$((10#${BASH_REMATCH[5]#[+-]}))
    [[ ${BASH_REMATCH[5]} == -* ]] && exp=$((-exp))
    n=${#digits}
    p=$((exp + 1)) # digits before the decimal point
    if ((exp < -7 || exp > 20)); then
        mant=${digits:0:1}
        ((n > 1)) && mant+=.${digits:1}
        printf '%s%se%d' "$sign" "$mant" "$exp"
    elif ((p <= 0)); then
        printf '%s0.%s%s' "$sign" "$(printf '%*s' "$((-p))" '' | tr ' ' 0)" "$digits"
    elif ((p >= n)); then
        printf '%s%s%s' "$sign" "$digits" "$(printf '%*s' "$((p - n))" '' | tr ' ' 0)"
    else
        printf '%s%s.%s' "$sign" "${digits:0:p}" "${digits:p}"
    fi
}

# ---------------------------------------------------------------- parse cases
names=()
declare -A case_qs case_les case_counts seen
while read -r name extra rest; do
    [[ -z ${name:-} || $name == \#* ]] && continue
    [[ $name =~ ^[a-z0-9_]+$ ]] || die "bad case name '$name'"
    [[ -z ${seen[$name]:-} ]] || die "duplicate case '$name'"
    seen[$name]=1
    qs=("${std_qs[@]}")
    if [[ ${extra:-} != - ]]; then
        IFS=, read -r -a more <<<"$extra"
        qs+=("${more[@]}")
    fi
    for q in "${qs[@]}"; do [[ $q =~ $q_re ]] || die "case $name: bad q '$q'"; done
    les=() counts=()
    for pair in ${rest:-}; do
        [[ $pair == *=* ]] || die "case $name: bad bucket '$pair'"
        les+=("${pair%%=*}")
        counts+=("${pair#*=}")
        count_json "${pair#*=}" >/dev/null
    done
    names+=("$name")
    case_qs[$name]="${qs[*]}"
    case_les[$name]="${les[*]:-}"
    case_counts[$name]="${counts[*]:-}"
done <"$cases_file"
((${#names[@]} > 0)) || die "no cases in $cases_file"

# ------------------------------------------------------ write promtool test file
test_file=$tmp/quantile_cases_test.yml
{
    printf 'rule_files: []\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n    input_series:\n'
    nseries=0
    for name in "${names[@]}"; do
        read -r -a les <<<"${case_les[$name]}"
        read -r -a counts <<<"${case_counts[$name]}"
        for i in "${!les[@]}"; do
            printf "      - series: 'h_bucket{case=\"%s\",le=\"%s\"}'\n        values: '%s'\n" \
                "$name" "${les[$i]}" "${counts[$i]}"
            nseries=$((nseries + 1))
        done
    done
    ((nseries > 0)) || printf "      - series: 'unused_placeholder'\n        values: '0'\n"
    printf '    promql_expr_test:\n'
    for name in "${names[@]}"; do
        for q in ${case_qs[$name]}; do
            printf "      - expr: 'histogram_quantile(%s, h_bucket{case=\"%s\"})'\n" "$q" "$name"
            printf "        eval_time: 0s\n        exp_samples:\n"
            printf "          - labels: '{deliberately_wrong=\"1\"}'\n            value: 0\n"
        done
    done
} >"$test_file"

# ------------------------------------------------------------- run promtool
out=$tmp/promtool.out
set +e
"$promtool" test rules "$test_file" >"$out" 2>&1
rc=$?
set -e
[[ $rc == 1 ]] || { cat "$out" >&2; die "promtool exited with $rc (expected 1: all tests fail on purpose)"; }

declare -A got
key=''
expr_re='^ +expr: "histogram_quantile\(([^,]+), h_bucket\{case=\\"([a-z0-9_]+)\\"\}\)", time: 0s,$'
got_re='^ +got: (.*)$'
while IFS= read -r line; do
    if [[ $line =~ $expr_re ]]; then
        key="${BASH_REMATCH[2]}|${BASH_REMATCH[1]}"
    elif [[ $line =~ $got_re ]]; then
        [[ -n $key ]] || die "'got:' without expr in promtool output"
        g=${BASH_REMATCH[1]}
        cname=${key%%|*}
        if [[ $g == nil ]]; then
            got[$key]=null
        elif [[ $g =~ ^\{case=\"$cname\"\}\ ([^ ,]+)$ ]]; then
            got[$key]=$(go_to_json "${BASH_REMATCH[1]}")
        else
            die "unexpected result for $key: $g"
        fi
        key=''
    fi
done <"$out"

# ------------------------------------------------------------- write JSON
mkdir -p "$(dirname "$out_json")"
tmp_json=$tmp/out.json
entries=0
{
    printf '['
    first=1
    for name in "${names[@]}"; do
        read -r -a les <<<"${case_les[$name]}"
        read -r -a counts <<<"${case_counts[$name]}"
        buckets=''
        for i in "${!les[@]}"; do
            [[ -n $buckets ]] && buckets+=', '
            buckets+="{\"le\": \"${les[$i]}\", \"count\": $(count_json "${counts[$i]}")}"
        done
        for q in ${case_qs[$name]}; do
            k="$name|$q"
            [[ -n ${got[$k]+x} ]] || die "no promtool result for case=$name q=$q"
            ((first)) || printf ','
            first=0
            printf '\n  {"case": "%s", "buckets": [%s], "q": %s, "expected": %s}' \
                "$name" "$buckets" "$q" "${got[$k]}"
            entries=$((entries + 1))
        done
    done
    printf '\n]\n'
} >"$tmp_json"
[[ $entries == "${#got[@]}" ]] || die "promtool reported ${#got[@]} results, expected $entries"
mv "$tmp_json" "$out_json"
printf 'wrote %s: %d cases, %d entries\n' "$out_json" "${#names[@]}" "$entries" >&2
