<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HealthFormat</name>
    <message numerus="yes">
        <source>Failing in %n zones</source>
        <translation>
            <numerusform>Failing in %n zone</numerusform>
            <numerusform>Failing in %n zones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message numerus="yes">
        <source>No health checks in this source (%n other metric families).
</source>
        <translation>
            <numerusform>No health checks in this source (%n other metric family).
</numerusform>
            <numerusform>No health checks in this source (%n other metric families).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <source>Imported %n sample(s) into source %1</source>
        <translation>
            <numerusform>Imported %n sample into source %1</numerusform>
            <numerusform>Imported %n samples into source %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n sample(s) of %1 series from %2 into source %3</source>
        <translation>
            <numerusform>Copied %n sample of %1 series from %2 into source %3</numerusform>
            <numerusform>Copied %n samples of %1 series from %2 into source %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n hours</source>
        <translation>
            <numerusform>Last %n hour</numerusform>
            <numerusform>Last %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n minutes</source>
        <translation>
            <numerusform>Last %n minute</numerusform>
            <numerusform>Last %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>last %n day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n hours</source>
        <translation>
            <numerusform>last %n hour</numerusform>
            <numerusform>last %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n minutes</source>
        <translation>
            <numerusform>last %n minute</numerusform>
            <numerusform>last %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::core::ConnectionTest</name>
    <message numerus="yes">
        <source>%n checks</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n zones</source>
        <translation>
            <numerusform>, %n zone</numerusform>
            <numerusform>, %n zones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::core::HttpScraper</name>
    <message numerus="yes">
        <source>%1 redirected more than %n times.</source>
        <translation>
            <numerusform>%1 redirected more than once.</numerusform>
            <numerusform>%1 redirected more than %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> The server asks to wait %n s.</source>
        <translation>
            <numerusform> The server asks to wait %n s.</numerusform>
            <numerusform> The server asks to wait %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 bytes arrived</source>
        <translation>
            <numerusform>%1 of %2 byte arrived</numerusform>
            <numerusform>%1 of %2 bytes arrived</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::core::MonitoringSession</name>
    <message numerus="yes">
        <source>Status Now (Outcomes in the Last %n Minutes)</source>
        <translation>
            <numerusform>Status Now (Outcomes in the Last Minute)</numerusform>
            <numerusform>Status Now (Outcomes in the Last %n Minutes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::core::OverviewMatrixModel</name>
    <message numerus="yes">
        <source>Success %1 (%2 of %3 runs)</source>
        <translation>
            <numerusform>Success %1 (%2 of %3 run)</numerusform>
            <numerusform>Success %1 (%2 of %3 runs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::ui::CheckDetailView</name>
    <message numerus="yes">
        <source>%Ln zones</source>
        <translation>
            <numerusform>%Ln zone</numerusform>
            <numerusform>%Ln zones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::ui::LatencyHistogramChart</name>
    <message numerus="yes">
        <source>%1 · at most %2
%3 observations</source>
        <translation>
            <numerusform>%1 · at most %2
%3 observation</numerusform>
            <numerusform>%1 · at most %2
%3 observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2
%3 observations</source>
        <translation>
            <numerusform>%1 · %2
%3 observation</numerusform>
            <numerusform>%1 · %2
%3 observations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::ui::LatencyOverTimeChart</name>
    <message numerus="yes">
        <source>No samples in %n step(s): the lines break there.</source>
        <translation>
            <numerusform>No samples in %n step: the lines break there.</numerusform>
            <numerusform>No samples in %n steps: the lines break there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::ui::MainWindow</name>
    <message numerus="yes">
        <source>every %n s</source>
        <translation>
            <numerusform>every %n s</numerusform>
            <numerusform>every %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>every %n min</numerusform>
            <numerusform>every %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No health checks in this source.
It holds %Ln metric families, none of them healthcheck_total or healthcheck_duration_seconds, the metrics Appclacks and Cabourotte expose for their checks.</source>
        <translation>
            <numerusform>No health checks in this source.
It holds %Ln metric family, not healthcheck_total or healthcheck_duration_seconds, the metrics Appclacks and Cabourotte expose for their checks.</numerusform>
            <numerusform>No health checks in this source.
It holds %Ln metric families, none of them healthcheck_total or healthcheck_duration_seconds, the metrics Appclacks and Cabourotte expose for their checks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::ui::OutcomesChart</name>
    <message numerus="yes">
        <source>%1 · %2 of %3 runs succeeded (%4)</source>
        <translation>
            <numerusform>%1 · %2 of %3 run succeeded (%4)</numerusform>
            <numerusform>%1 · %2 of %3 runs succeeded (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %3 runs failed</source>
        <translation>
            <numerusform>%1 · %2 of %3 run failed</numerusform>
            <numerusform>%1 · %2 of %3 runs failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All zones: %1 of %2 runs succeeded, %3 failed</source>
        <translation>
            <numerusform>All zones: %1 of %2 run succeeded, %3 failed</numerusform>
            <numerusform>All zones: %1 of %2 runs succeeded, %3 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::ui::OutcomesOverTimeChart</name>
    <message numerus="yes">
        <source>%1 of %2 runs failed (%3 succeeded)</source>
        <translation>
            <numerusform>%1 of %2 run failed (%3 succeeded)</numerusform>
            <numerusform>%1 of %2 runs failed (%3 succeeded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 runs failed · %3 succeeded</source>
        <translation>
            <numerusform>%1 of %2 run failed · %3 succeeded</numerusform>
            <numerusform>%1 of %2 runs failed · %3 succeeded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::ui::ProfilesDialog</name>
    <message numerus="yes">
        <source>Refresh every %n seconds</source>
        <translation>
            <numerusform>Refresh every %n second</numerusform>
            <numerusform>Refresh every %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n profiles…</source>
        <translation>
            <numerusform>Importing %n profile…</numerusform>
            <numerusform>Importing %n profiles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-query every %n seconds</source>
        <translation>
            <numerusform>Re-query every %n second</numerusform>
            <numerusform>Re-query every %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::ui::SessionStatusBar</name>
    <message numerus="yes">
        <source>%Ln checks</source>
        <translation>
            <numerusform>%Ln check</numerusform>
            <numerusform>%Ln checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln checks</source>
        <translation>
            <numerusform>%1 of %Ln check</numerusform>
            <numerusform>%1 of %Ln checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s) from the server</source>
        <translation>
            <numerusform>⚠ %n warning from the server</numerusform>
            <numerusform>⚠ %n warnings from the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::ui::StaleBanner</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::ui::StateTimelineChart</name>
    <message numerus="yes">
        <source>failing: %1 of %2 runs failed</source>
        <translation>
            <numerusform>failing: %1 of %2 run failed</numerusform>
            <numerusform>failing: %1 of %2 runs failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passing: %1 runs, none failed</source>
        <translation>
            <numerusform>passing: %1 run, none failed</numerusform>
            <numerusform>passing: %1 runs, none failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>Check failing</source>
        <translation>
            <numerusform>Check failing</numerusform>
            <numerusform>Checks failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check recovered</source>
        <translation>
            <numerusform>Check recovered</numerusform>
            <numerusform>Checks recovered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 started failing.</source>
        <translation>
            <numerusform>%1 started failing.</numerusform>
            <numerusform>%1 started failing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 passes again.</source>
        <translation>
            <numerusform>%1 passes again.</numerusform>
            <numerusform>%1 pass again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checks started failing</source>
        <translation>
            <numerusform>%n check started failing</numerusform>
            <numerusform>%n checks started failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checks pass again</source>
        <translation>
            <numerusform>%n check passes again</numerusform>
            <numerusform>%n checks pass again</numerusform>
        </translation>
    </message>
</context>
</TS>
