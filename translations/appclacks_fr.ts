<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings file %1 cannot be read. Nothing will be saved until it can be: check its permissions.</source>
        <translation>Le fichier de réglages %1 est illisible. Rien ne sera enregistré tant qu’il le restera&#xa0;: vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be copied aside; it is left untouched and nothing will be saved.</source>
        <translation>Le fichier de réglages %1 est endommagé et n’a pas pu être mis de côté&#x202f;; il reste tel quel et rien ne sera enregistré.</translation>
    </message>
    <message>
        <source>The settings file %1 was damaged. A copy is kept at %2; what could be read, profiles included, was kept. Profiles missing from the list are in that copy.</source>
        <translation>Le fichier de réglages %1 était endommagé. Une copie est conservée dans %2&#x202f;; tout ce qui a pu être lu, profils compris, a été gardé. Les profils absents de la liste se trouvent dans cette copie.</translation>
    </message>
    <message>
        <source>The settings in %1 were written by a newer version of Appclacks Desktop (settings version %2; this one knows up to %3). They are used read-only: nothing is changed or saved until the newer version is used again.</source>
        <translation>Les réglages de %1 ont été écrits par une version plus récente d’Appclacks Desktop (version de réglages %2&#x202f;; celle-ci connaît jusqu’à la %3). Ils sont utilisés en lecture seule&#xa0;: rien n’est modifié ni enregistré avant que la version plus récente ne soit de nouveau utilisée.</translation>
    </message>
</context>
<context>
    <name>AppclacksCliConfig</name>
    <message>
        <source>&apos;profiles&apos; must be a mapping of profile names</source>
        <translation>«&#xa0;profiles&#xa0;» doit associer des noms de profils à leurs réglages</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; must be a mapping</source>
        <translation>le profil «&#xa0;%1&#xa0;» doit être un dictionnaire</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no organization-id</source>
        <translation>le profil «&#xa0;%1&#xa0;» n’a pas d’organization-id</translation>
    </message>
    <message>
        <source>a key must be a plain value, not a list or mapping</source>
        <translation>une clé doit être une valeur simple, pas une liste ni un dictionnaire</translation>
    </message>
    <message>
        <source>&apos;&lt;&lt;&apos; merges mappings only</source>
        <translation>«&#xa0;&lt;&lt;&#xa0;» ne fusionne que des dictionnaires</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is given twice</source>
        <translation>la clé «&#xa0;%1&#xa0;» est donnée deux fois</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a text value, not a list or mapping</source>
        <translation>«&#xa0;%1&#xa0;» doit être une valeur textuelle, pas une liste ni un dictionnaire</translation>
    </message>
    <message>
        <source>larger than 1 MiB: not an Appclacks CLI profiles file</source>
        <translation>plus de 1&#xa0;Mio&#xa0;: ce n’est pas un fichier de profils de l’outil en ligne de commande Appclacks</translation>
    </message>
    <message>
        <source>the file must be a mapping of settings</source>
        <translation>le fichier doit être un dictionnaire de réglages</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Nothing to export at an empty size</source>
        <translation>Rien à exporter avec une taille nulle</translation>
    </message>
    <message>
        <source>Made with Appclacks Desktop</source>
        <translation>Réalisé avec Appclacks Desktop</translation>
    </message>
</context>
<context>
    <name>CheckTimelines</name>
    <message>
        <source>The range or its step is empty</source>
        <translation>La plage ou son pas est vide</translation>
    </message>
    <message>
        <source>%1 has no check %2</source>
        <translation>%1 n’a pas de contrôle %2</translation>
    </message>
</context>
<context>
    <name>CliProfileImporter</name>
    <message>
        <source> (organization %1, the CLI&apos;s default)</source>
        <translation> (organisation %1, celle par défaut de l’outil en ligne de commande)</translation>
    </message>
    <message>
        <source> (organization %1)</source>
        <translation> (organisation %1)</translation>
    </message>
    <message>
        <source>%1: updated</source>
        <translation>%1&#xa0;: mis à jour</translation>
    </message>
    <message>
        <source>%1: imported</source>
        <translation>%1&#xa0;: importé</translation>
    </message>
    <message>
        <source>%1, without a token (the file gives none).</source>
        <translation>%1, sans jeton (le fichier n’en donne aucun).</translation>
    </message>
    <message>
        <source>%1, its token in the system keychain.</source>
        <translation>%1, son jeton dans le trousseau du système.</translation>
    </message>
    <message>
        <source>%1: saved, but its token could not be stored: %2</source>
        <translation>%1&#xa0;: enregistré, mais son jeton n’a pas pu être stocké&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1&#xa0;: non importé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>No temporary folder for the demo&apos;s history</source>
        <translation>Aucun dossier temporaire pour l’historique de la démo</translation>
    </message>
    <message>
        <source>This demo has no history</source>
        <translation>Cette démo n’a pas d’historique</translation>
    </message>
</context>
<context>
    <name>ExportChartCommand</name>
    <message>
        <source>Draw one of the window&apos;s charts into a PNG or SVG file, without a window.</source>
        <translation>Dessiner l’un des graphiques de la fenêtre dans un fichier PNG ou SVG, sans fenêtre.</translation>
    </message>
    <message>
        <source>The check, by id or name (default: the one failing most).</source>
        <translation>Le contrôle, par identifiant ou par nom (par défaut&#xa0;: celui qui échoue le plus).</translation>
    </message>
    <message>
        <source>With --chart histogram: one zone only.</source>
        <translation>Avec --chart histogram&#xa0;: une seule zone.</translation>
    </message>
    <message>
        <source>FILE.png or FILE.svg.</source>
        <translation>FICHIER.png ou FICHIER.svg.</translation>
    </message>
    <message>
        <source>Width x height in pixels (default 1200x700).</source>
        <translation>Largeur x hauteur en pixels (par défaut 1200x700).</translation>
    </message>
    <message>
        <source>No check “%1” in this source.</source>
        <translation>Aucun contrôle «&#xa0;%1&#xa0;» dans cette source.</translation>
    </message>
    <message>
        <source>This source has no health checks to draw.</source>
        <translation>Cette source n’a aucun contrôle de santé à dessiner.</translation>
    </message>
    <message>
        <source>The check has no zone “%1”.</source>
        <translation>Le contrôle n’a pas de zone «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 écrit (%2).</translation>
    </message>
    <message>
        <source>the history has no samples of %1</source>
        <translation>l’historique n’a aucun échantillon de %1</translation>
    </message>
    <message>
        <source>Read the history instead of a source (the default history file, or --history-file).</source>
        <translation>Lire l’historique au lieu d’une source (le fichier d’historique par défaut, ou --history-file).</translation>
    </message>
    <message>
        <source>With --chart latency-over-time: p50, p95 or p99 of each zone, one line per zone (default: p50, p95 and p99 of all zones together).</source>
        <translation>Avec --chart latency-over-time&#xa0;: p50, p95 ou p99 de chaque zone, une courbe par zone (par défaut&#xa0;: p50, p95 et p99 de toutes les zones ensemble).</translation>
    </message>
    <message>
        <source>With --chart latency-over-time: a logarithmic latency axis.</source>
        <translation>Avec --chart latency-over-time&#xa0;: un axe de latence logarithmique.</translation>
    </message>
    <message>
        <source>--chart: choose the chart to draw</source>
        <translation>--chart&#xa0;: choisissez le graphique à dessiner</translation>
    </message>
    <message>
        <source>--chart: no chart “%1”</source>
        <translation>--chart&#xa0;: aucun graphique «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--quantile: p50, p95 or p99</source>
        <translation>--quantile&#xa0;: p50, p95 ou p99</translation>
    </message>
    <message>
        <source>--output: a file name ending in .png or .svg</source>
        <translation>--output&#xa0;: un nom de fichier se terminant par .png ou .svg</translation>
    </message>
    <message>
        <source>--size: width x height in pixels, such as 1200x700</source>
        <translation>--size&#xa0;: largeur x hauteur en pixels, par exemple 1200x700</translation>
    </message>
    <message>
        <source>either a source or the history, not both</source>
        <translation>soit une source, soit l’historique, pas les deux</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>histogram, counters, zones or overview; from the history or a Prometheus-compatible server also latency-over-time, outcomes-over-time, timeline or uptime.</source>
        <translation>histogram, counters, zones ou overview&#x202f;; depuis l’historique ou un serveur compatible Prometheus, aussi latency-over-time, outcomes-over-time, timeline ou uptime.</translation>
    </message>
    <message>
        <source>--chart %1 is drawn over time: add --history, --history-file PATH or --prometheus URL</source>
        <translation>--chart %1 se trace dans le temps&#xa0;: ajoutez --history, --history-file CHEMIN ou --prometheus URL</translation>
    </message>
    <message>
        <source>--source chooses from the history: add --history</source>
        <translation>--source choisit dans l’historique&#xa0;: ajoutez --history</translation>
    </message>
    <message>
        <source>--last, --from and --to choose a range of the history or of a Prometheus-compatible server: add --history or --prometheus URL</source>
        <translation>--last, --from et --to choisissent une période de l’historique ou d’un serveur compatible Prometheus&#xa0;: ajoutez --history ou --prometheus URL</translation>
    </message>
    <message>
        <source>either the history or a Prometheus-compatible server, not both</source>
        <translation>soit l’historique, soit un serveur compatible Prometheus, pas les deux</translation>
    </message>
    <message>
        <source>either a source or a Prometheus-compatible server, not both</source>
        <translation>soit une source, soit un serveur compatible Prometheus, pas les deux</translation>
    </message>
    <message>
        <source>PromQL on %1</source>
        <translation>PromQL sur %1</translation>
    </message>
</context>
<context>
    <name>HealthFormat</name>
    <message>
        <source>no observations in a complete histogram</source>
        <translation>aucune observation dans un histogramme complet</translation>
    </message>
    <message>
        <source>more than %1 (beyond the last bucket)</source>
        <translation>plus de %1 (au-delà de la dernière tranche)</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <source>No +Inf bucket: Prometheus computes no quantile from this histogram.</source>
        <translation>Pas de tranche +Inf&#xa0;: Prometheus ne calcule aucun quantile à partir de cet histogramme.</translation>
    </message>
    <message>
        <source>A bucket counts fewer observations than a smaller one; quantiles use the running maximum, as Prometheus does.</source>
        <translation>Une tranche compte moins d’observations qu’une tranche plus petite&#x202f;; les quantiles utilisent le maximum cumulé, comme Prometheus.</translation>
    </message>
    <message>
        <source>_count differs from the +Inf bucket.</source>
        <translation>_count diffère de la tranche +Inf.</translation>
    </message>
    <message>
        <source>A count is negative or not a number.</source>
        <translation>Un décompte est négatif ou n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Zones use different buckets; the total adds equal bounds only.</source>
        <translation>Les zones utilisent des tranches différentes&#x202f;; le total n’additionne que les bornes identiques.</translation>
    </message>
    <message>
        <source>A success or failure counter is negative or not a number; its increases are not meaningful.</source>
        <translation>Un compteur de réussites ou d’échecs est négatif ou n’est pas un nombre&#x202f;; ses augmentations n’ont pas de sens.</translation>
    </message>
    <message>
        <source>A bucket&apos;s le is not a number; that bucket was left out, as Prometheus does.</source>
        <translation>Le le d’une tranche n’est pas un nombre&#x202f;; cette tranche a été écartée, comme le fait Prometheus.</translation>
    </message>
    <message>
        <source>%1 disagrees: p95 %2 vs %3 elsewhere</source>
        <translation>%1 se distingue&#xa0;: p95 %2 contre %3 ailleurs</translation>
    </message>
    <message>
        <source>%1 disagrees: success %2 vs %3 elsewhere</source>
        <translation>%1 se distingue&#xa0;: réussite %2 contre %3 ailleurs</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Réussi</translation>
    </message>
    <message numerus="yes">
        <source>Failing in %n zones</source>
        <translation>
            <numerusform>En échec dans %n zone</numerusform>
            <numerusform>En échec dans %n zones</numerusform>
        </translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Pas encore de résultat</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation>%1 depuis %2 (%3)</translation>
    </message>
    <message>
        <source>Passing for %1</source>
        <translation>Réussi depuis %1</translation>
    </message>
    <message>
        <source>No failure in the history</source>
        <translation>Aucun échec dans l’historique</translation>
    </message>
    <message>
        <source>Last failure %1 ago</source>
        <translation>Dernier échec il y a %1</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message numerus="yes">
        <source>No health checks in this source (%n other metric families).
</source>
        <translation>
            <numerusform>Aucun contrôle de santé dans cette source (%n autre famille de métriques).
</numerusform>
            <numerusform>Aucun contrôle de santé dans cette source (%n autres familles de métriques).
</numerusform>
        </translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>CONTRÔLE</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation>RÉUSSITES</translation>
    </message>
    <message>
        <source>FAILURE</source>
        <translation>ÉCHECS</translation>
    </message>
    <message>
        <source>RATIO</source>
        <translation>TAUX</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>P99</source>
        <translation>P99</translation>
    </message>
    <message>
        <source>MEAN</source>
        <translation>MOYENNE</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>passing</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>partial outage</source>
        <translation>panne partielle</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>panne</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>Figures computed by %1 with PromQL (increase() as that server computes it).
</source>
        <translation>Chiffres calculés par %1 avec PromQL (increase() tel que ce serveur le calcule).
</translation>
    </message>
</context>
<context>
    <name>HealthSnapshot</name>
    <message>
        <source>the series %1 is exposed more than once; the exposition was refused, as Prometheus refuses duplicate series</source>
        <translation>la série %1 est exposée plus d’une fois&#x202f;; l’exposition a été refusée, comme Prometheus refuse les séries en double</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>The label that names the zone.</source>
        <translation>Le libellé qui nomme la zone.</translation>
    </message>
    <message>
        <source>The file to import, or - for standard input.</source>
        <translation>Le fichier à importer, ou - pour l’entrée standard.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sample(s) into source %1</source>
        <translation>
            <numerusform>%n échantillon importé dans la source %1</numerusform>
            <numerusform>%n échantillons importés dans la source %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 samples of other metrics left out)</source>
        <translation> (%1 échantillons d’autres métriques laissés de côté)</translation>
    </message>
    <message>
        <source>Write the history as the OpenMetrics text promtool&apos;s create-blocks-from openmetrics reads.</source>
        <translation>Écrire l’historique sous la forme du texte OpenMetrics que lit create-blocks-from openmetrics de promtool.</translation>
    </message>
    <message>
        <source>Output: openmetrics.</source>
        <translation>Sortie&#xa0;: openmetrics.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is neither RFC 3339 nor Unix seconds
</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est ni au format RFC 3339 ni en secondes Unix
</translation>
    </message>
    <message>
        <source>Per source: series, samples, first and last time; for the file: bytes on disk and bytes per sample.</source>
        <translation>Par source&#xa0;: séries, échantillons, premier et dernier instant&#x202f;; pour le fichier&#xa0;: octets sur le disque et octets par échantillon.</translation>
    </message>
    <message>
        <source>Output: text or json.</source>
        <translation>Sortie&#xa0;: text ou json.</translation>
    </message>
    <message>
        <source>%1: %2 bytes, %3 samples%4
</source>
        <translation>%1&#xa0;: %2 octets, %3 échantillons%4
</translation>
    </message>
    <message>
        <source>, %1 bytes per sample</source>
        <translation>, %1 octets par échantillon</translation>
    </message>
    <message>
        <source>  %1: %2 series, %3 samples, %4 to %5, %6 scrapes (%7 failed)
</source>
        <translation>  %1&#xa0;: %2 séries, %3 échantillons, de %4 à %5, %6 collectes (%7 en échec)
</translation>
    </message>
    <message>
        <source>A check&apos;s outcomes and latency quantiles step by step over a window.</source>
        <translation>Les résultats et les quantiles de latence d’un contrôle, pas à pas sur une période.</translation>
    </message>
    <message>
        <source>The check&apos;s id or name.</source>
        <translation>L’identifiant ou le nom du contrôle.</translation>
    </message>
    <message>
        <source>One zone; all zones together without it.</source>
        <translation>Une seule zone&#x202f;; sans cette option, toutes les zones ensemble.</translation>
    </message>
    <message>
        <source>The step, such as 1m or 1h.</source>
        <translation>Le pas, par exemple 1m ou 1h.</translation>
    </message>
    <message>
        <source>Output: json or csv.</source>
        <translation>Sortie&#xa0;: json ou csv.</translation>
    </message>
    <message>
        <source>--step: more than 100,000 steps; choose a longer step
</source>
        <translation>--step&#xa0;: plus de 100&#x202f;000 pas&#x202f;; choisissez un pas plus long
</translation>
    </message>
    <message>
        <source>The history file (default: history.sqlite in the application&apos;s data folder, ~/.local/share/com.appclacks/Desktop on Linux).</source>
        <translation>Le fichier d’historique (par défaut&#xa0;: history.sqlite dans le dossier de données de l’application, ~/.local/share/com.appclacks/Desktop sous Linux).</translation>
    </message>
    <message>
        <source>The window: this long, up to the source&apos;s newest sample (90s, 15m, 1h, 24h, 7d, 30d).</source>
        <translation>La période&#xa0;: cette durée, jusqu’à l’échantillon le plus récent de la source (90s, 15m, 1h, 24h, 7d, 30d).</translation>
    </message>
    <message>
        <source>The window&apos;s start: RFC 3339 or Unix seconds.</source>
        <translation>Le début de la période&#xa0;: RFC 3339 ou secondes Unix.</translation>
    </message>
    <message>
        <source>The window&apos;s end: RFC 3339 or Unix seconds.</source>
        <translation>La fin de la période&#xa0;: RFC 3339 ou secondes Unix.</translation>
    </message>
    <message>
        <source>The source in the history: a profile&apos;s name, demo, or an import&apos;s name.</source>
        <translation>La source dans l’historique&#xa0;: le nom d’un profil, demo, ou le nom d’une importation.</translation>
    </message>
    <message>
        <source>the history has no source %1; it is empty</source>
        <translation>l’historique n’a pas de source %1&#x202f;; il est vide</translation>
    </message>
    <message>
        <source>the history has no source %1; it has: %2</source>
        <translation>l’historique n’a pas de source %1&#x202f;; il contient&#xa0;: %2</translation>
    </message>
    <message>
        <source>the history is empty</source>
        <translation>l’historique est vide</translation>
    </message>
    <message>
        <source>the history has several sources; choose one with --source: %1</source>
        <translation>l’historique a plusieurs sources&#x202f;; choisissez-en une avec --source&#xa0;: %1</translation>
    </message>
    <message>
        <source>--last: &quot;%1&quot; is not a duration such as 15m, 24h or 7d</source>
        <translation>--last&#xa0;: «&#xa0;%1&#xa0;» n’est pas une durée comme 15m, 24h ou 7d</translation>
    </message>
    <message>
        <source>--from and --to: two times (RFC 3339 or Unix seconds), the first before the second</source>
        <translation>--from et --to&#xa0;: deux instants (RFC 3339 ou secondes Unix), le premier avant le second</translation>
    </message>
    <message>
        <source>choose the window with --last DURATION, or with --from T and --to T</source>
        <translation>choisissez la période avec --last DURÉE, ou avec --from T et --to T</translation>
    </message>
    <message>
        <source>Scrape a source on an interval and keep every scrape in the history, until SIGINT or SIGTERM.</source>
        <translation>Collecter une source à intervalle régulier et garder chaque collecte dans l’historique, jusqu’à SIGINT ou SIGTERM.</translation>
    </message>
    <message>
        <source>Seconds between scrapes (default 60).</source>
        <translation>Secondes entre deux collectes (par défaut 60).</translation>
    </message>
    <message>
        <source>collect scrapes a server; a file is not a scrape in time (import it with history import)
</source>
        <translation>collect collecte un serveur&#x202f;; un fichier n’est pas une collecte à un instant donné (importez-le avec history import)
</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n contrôle</numerusform>
            <numerusform>%n contrôles</numerusform>
        </translation>
    </message>
    <message>
        <source>scrape failed: %1</source>
        <translation>échec de la collecte&#xa0;: %1</translation>
    </message>
    <message>
        <source>the history did not finish writing in time
</source>
        <translation>l’historique n’a pas fini d’être écrit à temps
</translation>
    </message>
    <message>
        <source>Read the demo&apos;s generated day from a temporary history instead of the history file.</source>
        <translation>Lire la journée générée par la démo dans un historique temporaire au lieu du fichier d’historique.</translation>
    </message>
    <message>
        <source>With --demo: the simulated fleet&apos;s seed (default 1).</source>
        <translation>Avec --demo&#xa0;: la graine de la flotte simulée (par défaut 1).</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a whole number of 0 or more</source>
        <translation>--seed&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>--demo reads the demo&apos;s own history; leave out --history-file</source>
        <translation>--demo lit l’historique propre à la démo&#x202f;; retirez --history-file</translation>
    </message>
    <message>
        <source>--step: more than 11,000 steps, Prometheus&apos;s limit; choose a longer step</source>
        <translation>--step&#xa0;: plus de 11&#x202f;000 pas, la limite de Prometheus&#x202f;; choisissez un pas plus long</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has no zone %2 for %3</source>
        <translation>%1 n’a pas de zone %2 pour %3</translation>
    </message>
    <message>
        <source>No temporary file for the copy: %1</source>
        <translation>Pas de fichier temporaire pour la copie&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has no health-check samples matching %2 in this window</source>
        <translation>%1 n’a aucun échantillon de contrôle correspondant à %2 sur cette période</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n sample(s) of %1 series from %2 into source %3</source>
        <translation>
            <numerusform>%n échantillon de %1 séries copié de %2 dans la source %3</numerusform>
            <numerusform>%n échantillons de %1 séries copiés de %2 dans la source %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the OpenMetrics text that promtool&apos;s create-blocks-from openmetrics reads (timestamps in seconds, # EOF last) into the history; or copy a window of a Prometheus-compatible server&apos;s health-check samples into it, for offline use.</source>
        <translation>Importer dans l’historique le texte OpenMetrics que lit create-blocks-from openmetrics de promtool (horodatages en secondes, # EOF à la fin)&#x202f;; ou y copier une période des échantillons de contrôle d’un serveur compatible Prometheus, pour un usage hors ligne.</translation>
    </message>
    <message>
        <source>usage: appclacks-desktop history import|export|info|query … (each takes --help)
  import FILE|-        read promtool&apos;s OpenMetrics backfill input into the history
  import --prometheus URL|--profile NAME --last D
                       copy a window of a Prometheus-compatible server into it
  export               write it back in that format
  info                 sources, series, samples and bytes per sample
  query --check C …    a check&apos;s figures step by step
</source>
        <translation>utilisation&#xa0;: appclacks-desktop history import|export|info|query … (chacune accepte --help)
  import FICHIER|-     lire dans l’historique l’entrée de remplissage OpenMetrics de promtool
  import --prometheus URL|--profile NOM --last D
                       y copier une période d’un serveur compatible Prometheus
  export               la réécrire dans ce format
  info                 sources, séries, échantillons et octets par échantillon
  query --check C …    les chiffres d’un contrôle pas à pas
</translation>
    </message>
</context>
<context>
    <name>HistoryQueries</name>
    <message>
        <source>%1 has no check %2 in zone %3</source>
        <translation>%1 n’a pas de contrôle %2 dans la zone %3</translation>
    </message>
    <message>
        <source>%1 has no check %2</source>
        <translation>%1 n’a pas de contrôle %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2, and it could not be moved aside to %3</source>
        <translation>%1 %2, et n’a pas pu être mis de côté dans %3</translation>
    </message>
    <message>
        <source>%1 %2; it was moved aside to %3 and a new history was started.</source>
        <translation>%1 %2&#x202f;; il a été mis de côté dans %3 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>Another Appclacks Desktop (process %1) is recording into %2; this one only reads it.</source>
        <translation>Une autre instance d’Appclacks Desktop (processus %1) enregistre dans %2&#x202f;; celle-ci ne fait que le lire.</translation>
    </message>
    <message>
        <source>%1: there is no history there yet</source>
        <translation>%1&#xa0;: il n’y a pas encore d’historique à cet endroit</translation>
    </message>
    <message>
        <source>is not a history file (it is not an SQLite database)</source>
        <translation>n’est pas un fichier d’historique (ce n’est pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>est endommagé (%1)</translation>
    </message>
    <message>
        <source>is an SQLite database of another application</source>
        <translation>est une base de données SQLite d’une autre application</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Appclacks Desktop (history format %2; this version reads up to %3). Update Appclacks Desktop to read it.</source>
        <translation>%1 a été écrit par une version plus récente d’Appclacks Desktop (format d’historique %2&#x202f;; cette version lit jusqu’au %3). Mettez à jour Appclacks Desktop pour le lire.</translation>
    </message>
    <message>
        <source>%1: a block names series layout %2, which the file does not have</source>
        <translation>%1&#xa0;: un bloc désigne la disposition de séries %2, que le fichier ne contient pas</translation>
    </message>
    <message>
        <source>%1: series layout %2 is damaged</source>
        <translation>%1&#xa0;: la disposition de séries %2 est endommagée</translation>
    </message>
    <message>
        <source>the history is open for reading only</source>
        <translation>l’historique est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>a second sample of this series at the same time</source>
        <translation>un deuxième échantillon de cette série au même instant</translation>
    </message>
    <message>
        <source>this series&apos; samples go back in time (each series&apos; samples must be in time order)</source>
        <translation>les échantillons de cette série remontent dans le temps (les échantillons de chaque série doivent être dans l’ordre chronologique)</translation>
    </message>
    <message>
        <source>%1: its schema version cannot be read</source>
        <translation>%1&#xa0;: sa version de schéma est illisible</translation>
    </message>
    <message>
        <source>%1: %2 of check %3 is damaged: %4</source>
        <translation>%1&#xa0;: %2 du contrôle %3 est endommagé(e)&#xa0;: %4</translation>
    </message>
    <message>
        <source>a block</source>
        <translation>un bloc</translation>
    </message>
    <message>
        <source>a scrape row</source>
        <translation>une ligne de collecte</translation>
    </message>
    <message>
        <source>%1: its folder cannot be created</source>
        <translation>%1&#xa0;: son dossier ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>HttpScraper</name>
    <message>
        <source>The metrics of %1 exceed %2 MiB; nothing was kept.</source>
        <translation>Les métriques de %1 dépassent %2 Mio&#x202f;; rien n’a été gardé.</translation>
    </message>
    <message>
        <source>%1 answered with the content encoding “%2”, which was not asked for.</source>
        <translation>%1 a répondu avec l’encodage «&#xa0;%2&#xa0;», qui n’était pas demandé.</translation>
    </message>
    <message>
        <source>The metrics of %1 exceed %2 MiB once decompressed; nothing was kept.</source>
        <translation>Une fois décompressées, les métriques de %1 dépassent %2 Mio&#x202f;; rien n’a été gardé.</translation>
    </message>
    <message>
        <source>The gzip body of %1 stops before its end: the transfer was cut short. Nothing was kept.</source>
        <translation>Le contenu gzip de %1 s’arrête avant sa fin&#xa0;: le transfert a été interrompu. Rien n’a été gardé.</translation>
    </message>
    <message>
        <source>The gzip body of %1 is corrupt. Nothing was kept.</source>
        <translation>Le contenu gzip de %1 est corrompu. Rien n’a été gardé.</translation>
    </message>
    <message>
        <source>%1 is not a metrics endpoint: it answered with %2. Check the URL.</source>
        <translation>%1 n’est pas un point d’accès de métriques&#xa0;: il a répondu avec %2. Vérifiez l’URL.</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>une page HTML</translation>
    </message>
</context>
<context>
    <name>LabelMatchers</name>
    <message>
        <source>Label matcher %1, column %2: %3</source>
        <translation>Sélecteur de libellé %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a label name is expected (letters, digits and “_”, not starting with a digit), not “%1”.</source>
        <translation>un nom de libellé est attendu (lettres, chiffres et «&#xa0;_&#xa0;», sans chiffre au début), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>after “%1”, one of =, !=, =~ or !~ is expected.</source>
        <translation>après «&#xa0;%1&#xa0;», l’un de =, !=, =~ ou !~ est attendu.</translation>
    </message>
    <message>
        <source>the value of “%1” must be quoted: %1%2&quot;value&quot;.</source>
        <translation>la valeur de «&#xa0;%1&#xa0;» doit être entre guillemets&#xa0;: %1%2&quot;valeur&quot;.</translation>
    </message>
    <message>
        <source>the value of “%1” has no closing %2.</source>
        <translation>la valeur de «&#xa0;%1&#xa0;» n’a pas de %2 fermant.</translation>
    </message>
    <message>
        <source>“\%1” in the value of “%2” needs %3 hexadecimal digits.</source>
        <translation>«&#xa0;\%1&#xa0;» dans la valeur de «&#xa0;%2&#xa0;» demande %3 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>“%1” in the value of “%2” is not a Unicode character.</source>
        <translation>«&#xa0;%1&#xa0;» dans la valeur de «&#xa0;%2&#xa0;» n’est pas un caractère Unicode.</translation>
    </message>
    <message>
        <source>an octal escape in the value of “%1” needs three digits (\101).</source>
        <translation>une séquence d’échappement octale dans la valeur de «&#xa0;%1&#xa0;» demande trois chiffres (\101).</translation>
    </message>
    <message>
        <source>the octal escape in the value of “%1” is above \377.</source>
        <translation>la séquence d’échappement octale dans la valeur de «&#xa0;%1&#xa0;» dépasse \377.</translation>
    </message>
    <message>
        <source>unknown escape “\%1” in the value of “%2” (write “\\” for a backslash).</source>
        <translation>séquence d’échappement «&#xa0;\%1&#xa0;» inconnue dans la valeur de «&#xa0;%2&#xa0;» (écrivez «&#xa0;\\&#xa0;» pour une barre oblique inverse).</translation>
    </message>
    <message>
        <source>the value of “%1” is not a valid regular expression: %2.</source>
        <translation>la valeur de «&#xa0;%1&#xa0;» n’est pas une expression régulière valide&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>OpenMetricsBackfill</name>
    <message>
        <source>a metric name was expected</source>
        <translation>un nom de métrique était attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sample value</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur d’échantillon</translation>
    </message>
    <message>
        <source>the sample has no timestamp; a backfill needs one on every sample</source>
        <translation>l’échantillon n’a pas d’horodatage&#x202f;; un remplissage rétroactif en exige un sur chaque échantillon</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timestamp in seconds</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un horodatage en secondes</translation>
    </message>
    <message>
        <source>unexpected text after the timestamp</source>
        <translation>texte inattendu après l’horodatage</translation>
    </message>
    <message>
        <source>a space was expected</source>
        <translation>un espace était attendu</translation>
    </message>
    <message>
        <source>a label name was expected</source>
        <translation>un nom de libellé était attendu</translation>
    </message>
    <message>
        <source>=&quot; was expected after the label name</source>
        <translation>«&#xa0;=&quot;&#xa0;» était attendu après le nom du libellé</translation>
    </message>
    <message>
        <source>the label value is not closed</source>
        <translation>la valeur du libellé n’est pas fermée</translation>
    </message>
    <message>
        <source>\%1 is not an escape OpenMetrics knows</source>
        <translation>\%1 n’est pas une séquence d’échappement connue d’OpenMetrics</translation>
    </message>
    <message>
        <source>the label %1 appears twice</source>
        <translation>le libellé %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>, or } was expected after the label value</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» était attendu après la valeur du libellé</translation>
    </message>
    <message>
        <source>nothing may follow # EOF</source>
        <translation>rien ne peut suivre # EOF</translation>
    </message>
    <message>
        <source>an empty line; OpenMetrics has none</source>
        <translation>une ligne vide&#x202f;; OpenMetrics n’en admet pas</translation>
    </message>
    <message>
        <source>the sample names no check (no id or name label)</source>
        <translation>l’échantillon ne désigne aucun contrôle (pas de libellé id ni name)</translation>
    </message>
    <message>
        <source>a bucket without an le label</source>
        <translation>une tranche sans libellé le</translation>
    </message>
    <message>
        <source>the input ends without # EOF</source>
        <translation>l’entrée se termine sans # EOF</translation>
    </message>
    <message>
        <source>the export could not be written: %1</source>
        <translation>l’export n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The URL must be an http:// or https:// address with a host name.</source>
        <translation>L’URL doit être une adresse http:// ou https:// avec un nom d’hôte.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or token (“user:token@”). Remove it and put the organization ID or user name in its field and the token in the token field.</source>
        <translation>L’URL ne doit contenir ni nom d’utilisateur ni jeton («&#xa0;utilisateur:jeton@&#xa0;»). Retirez-les, puis saisissez l’identifiant d’organisation ou le nom d’utilisateur dans son champ et le jeton dans le champ du jeton.</translation>
    </message>
    <message>
        <source>The Appclacks API needs the organization ID.</source>
        <translation>L’API Appclacks a besoin de l’identifiant d’organisation.</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name.</source>
        <translation>L’authentification Basic a besoin d’un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The organization ID cannot contain “:”.</source>
        <translation>L’identifiant d’organisation ne peut pas contenir «&#xa0;:&#xa0;».</translation>
    </message>
    <message>
        <source>The Basic user name cannot contain “:”.</source>
        <translation>Le nom d’utilisateur Basic ne peut pas contenir «&#xa0;:&#xa0;».</translation>
    </message>
    <message>
        <source>The refresh interval must be between 5 seconds and one day.</source>
        <translation>L’intervalle d’actualisation doit être compris entre 5 secondes et un jour.</translation>
    </message>
    <message>
        <source>The zone label cannot be empty.</source>
        <translation>Le libellé de zone ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A client certificate needs its private key file.</source>
        <translation>Un certificat client a besoin de son fichier de clé privée.</translation>
    </message>
    <message>
        <source>A tenant is made of letters, digits and ! - _ . * &apos; ( ), several joined by “|”; “%1” is not.</source>
        <translation>Un locataire (tenant) se compose de lettres, de chiffres et de ! - _ . * &apos; ( ), plusieurs pouvant être joints par «&#xa0;|&#xa0;»&#x202f;; «&#xa0;%1&#xa0;» n’en est pas un.</translation>
    </message>
    <message>
        <source>A tenant is at most 150 characters long.</source>
        <translation>Un locataire (tenant) compte au plus 150 caractères.</translation>
    </message>
    <message>
        <source>The server&apos;s URL is a base such as https://mimir.example/prometheus, without “?” or “#”.</source>
        <translation>L’URL du serveur est une adresse de base comme https://mimir.example/prometheus, sans «&#xa0;?&#xa0;» ni «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <source>The %1 label must be a Prometheus label name: letters, digits and “_”, not starting with a digit.</source>
        <translation>Le libellé %1 doit être un nom de libellé Prometheus&#xa0;: lettres, chiffres et «&#xa0;_&#xa0;», sans chiffre au début.</translation>
    </message>
    <message>
        <source>check name</source>
        <translation>de nom de contrôle</translation>
    </message>
    <message>
        <source>check ID</source>
        <translation>d’identifiant de contrôle</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>de zone</translation>
    </message>
    <message>
        <source>The check ID and the check name need two different labels.</source>
        <translation>L’identifiant et le nom du contrôle ont besoin de deux libellés différents.</translation>
    </message>
    <message>
        <source>The zone needs a label of its own, not the check&apos;s name or ID label.</source>
        <translation>La zone a besoin de son propre libellé, distinct de celui du nom ou de l’identifiant du contrôle.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Token for “%1” stored in the system keychain.</source>
        <translation>Jeton de «&#xa0;%1&#xa0;» enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The token for “%1” could not be stored: %2</source>
        <translation>Le jeton de «&#xa0;%1&#xa0;» n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with `appclacks-desktop profile add NAME …` or import the Appclacks CLI&apos;s with `appclacks-desktop profile import-appclacks-yaml`.</source>
        <translation>Aucun profil pour l’instant. Ajoutez-en un avec `appclacks-desktop profile add NOM …` ou importez ceux de l’outil en ligne de commande d’Appclacks avec `appclacks-desktop profile import-appclacks-yaml`.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH.</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALLE</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Le nom du profil.</translation>
    </message>
    <message>
        <source>Organization ID (Appclacks) or Basic user name.</source>
        <translation>Identifiant d’organisation (Appclacks) ou nom d’utilisateur Basic.</translation>
    </message>
    <message>
        <source>The label naming the zone (default zone).</source>
        <translation>Le libellé qui nomme la zone (par défaut zone).</translation>
    </message>
    <message>
        <source>Also trust the CAs in this PEM file.</source>
        <translation>Faire aussi confiance aux autorités de certification de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Client certificate (PEM).</source>
        <translation>Certificat client (PEM).</translation>
    </message>
    <message>
        <source>Client certificate&apos;s key (PEM).</source>
        <translation>Clé du certificat client (PEM).</translation>
    </message>
    <message>
        <source>Refresh interval in seconds (default 30).</source>
        <translation>Intervalle d’actualisation en secondes (par défaut 30).</translation>
    </message>
    <message>
        <source>Read the token or password from the first line of standard input (otherwise from APPCLACKS_TOKEN; never from the command line).</source>
        <translation>Lire le jeton ou le mot de passe sur la première ligne de l’entrée standard (sinon dans APPCLACKS_TOKEN&#x202f;; jamais sur la ligne de commande).</translation>
    </message>
    <message>
        <source>an exposition endpoint needs --url</source>
        <translation>un point d’accès d’exposition a besoin de --url</translation>
    </message>
    <message>
        <source>give the token with --token-stdin or APPCLACKS_TOKEN</source>
        <translation>donnez le jeton avec --token-stdin ou APPCLACKS_TOKEN</translation>
    </message>
    <message>
        <source>the token read from standard input is empty; nothing was saved</source>
        <translation>le jeton lu sur l’entrée standard est vide&#x202f;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>No profile named “%1”.</source>
        <translation>Aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Profile “%1” removed.</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Its token could not be removed from the keychain: %1</source>
        <translation>Son jeton n’a pas pu être retiré du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 holds no profiles.</source>
        <translation>%1 ne contient aucun profil.</translation>
    </message>
    <message>
        <source>Profile “%1” updated.</source>
        <translation>Profil «&#xa0;%1&#xa0;» mis à jour.</translation>
    </message>
    <message>
        <source>The Appclacks CLI&apos;s configuration folder is unknown (%1): name the file.</source>
        <translation>Le dossier de configuration de l’outil en ligne de commande Appclacks est inconnu (%1)&#xa0;: indiquez le fichier.</translation>
    </message>
    <message>
        <source>appclacks (default), exposition, or prometheus for a Prometheus-compatible server (Prometheus, Thanos, Mimir, VictoriaMetrics).</source>
        <translation>appclacks (par défaut), exposition, ou prometheus pour un serveur compatible Prometheus (Prometheus, Thanos, Mimir, VictoriaMetrics).</translation>
    </message>
    <message>
        <source>API base (default https://api.appclacks.com), metrics URL, or the Prometheus server&apos;s base URL with its path prefix (https://mimir.example/prometheus).</source>
        <translation>Base de l’API (par défaut https://api.appclacks.com), URL des métriques, ou URL de base du serveur Prometheus avec son préfixe de chemin (https://mimir.example/prometheus).</translation>
    </message>
    <message>
        <source>none, basic or bearer (default basic; none for --kind prometheus).</source>
        <translation>none, basic ou bearer (par défaut basic&#x202f;; none pour --kind prometheus).</translation>
    </message>
    <message>
        <source>Prometheus server: the tenant sent as X-Scope-OrgID (Mimir, Cortex); several joined by |.</source>
        <translation>Serveur Prometheus&#xa0;: le locataire (tenant) envoyé dans X-Scope-OrgID (Mimir, Cortex)&#x202f;; plusieurs joints par |.</translation>
    </message>
    <message>
        <source>Prometheus server: label matchers added to every query, as in PromQL: &apos;job=&quot;cabourotte&quot;&apos;. Repeat for more.</source>
        <translation>Serveur Prometheus&#xa0;: sélecteurs de libellés ajoutés à chaque requête, comme en PromQL&#xa0;: &apos;job=&quot;cabourotte&quot;&apos;. À répéter pour en ajouter d’autres.</translation>
    </message>
    <message>
        <source>Prometheus server: the label holding a check&apos;s name (default name).</source>
        <translation>Serveur Prometheus&#xa0;: le libellé qui contient le nom d’un contrôle (par défaut name).</translation>
    </message>
    <message>
        <source>Prometheus server: the label holding a check&apos;s id (default id).</source>
        <translation>Serveur Prometheus&#xa0;: le libellé qui contient l’identifiant d’un contrôle (par défaut id).</translation>
    </message>
    <message>
        <source>--kind is appclacks, exposition or prometheus</source>
        <translation>--kind vaut appclacks, exposition ou prometheus</translation>
    </message>
    <message>
        <source>--auth is none, basic or bearer</source>
        <translation>--auth vaut none, basic ou bearer</translation>
    </message>
    <message>
        <source>--%1 is for --kind prometheus</source>
        <translation>--%1 s’utilise avec --kind prometheus</translation>
    </message>
    <message>
        <source>a Prometheus server needs --url (its base, such as http://localhost:9090)</source>
        <translation>un serveur Prometheus a besoin de --url (son adresse de base, par exemple http://localhost:9090)</translation>
    </message>
    <message>
        <source>Prints a Prometheus scrape job that scrapes what the profile NAME scrapes, ready to paste under scrape_configs: in prometheus.yml. Its token or password is never printed: the job reads it from the file it names.</source>
        <translation>Affiche un job de collecte Prometheus qui collecte ce que collecte le profil NOM, prêt à coller sous scrape_configs: dans prometheus.yml. Son jeton ou son mot de passe n’est jamais affiché&#xa0;: le job le lit dans le fichier qu’il indique.</translation>
    </message>
    <message>
        <source>“%1” is a Prometheus server, which is queried, not scraped: a scrape job comes from an Appclacks or exposition profile.</source>
        <translation>«&#xa0;%1&#xa0;» est un serveur Prometheus, que l’on interroge au lieu de le collecter&#xa0;: un job de collecte provient d’un profil Appclacks ou d’exposition.</translation>
    </message>
    <message>
        <source>Connects once with the profile NAME and its token from the keychain, and says what answered: for a Prometheus-compatible server, its name and version from /api/v1/status/buildinfo; otherwise, the checks and zones of one scrape. Exit status: 0 answered, 77 credentials rejected, 69 unreachable or too slow, 65 not the answer expected, 64 a profile that cannot be used as it is.</source>
        <translation>Se connecte une fois avec le profil NOM et son jeton du trousseau, et indique ce qui a répondu&#xa0;: pour un serveur compatible Prometheus, son nom et sa version d’après /api/v1/status/buildinfo&#x202f;; sinon, les contrôles et les zones d’une collecte. Code de sortie&#xa0;: 0 réponse obtenue, 77 identifiants refusés, 69 injoignable ou trop lent, 65 réponse inattendue, 64 profil inutilisable en l’état.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Un autre profil s’appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PrometheusEndpoint</name>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password; use the profile&apos;s credentials instead.</source>
        <translation>L’URL ne doit contenir ni nom d’utilisateur ni mot de passe&#x202f;; utilisez plutôt les identifiants du profil.</translation>
    </message>
    <message>
        <source>The URL of a Prometheus server takes no query or fragment: give its base, such as https://prometheus.example:9090 or https://mimir.example/prometheus.</source>
        <translation>L’URL d’un serveur Prometheus ne prend ni chaîne de requête ni fragment&#xa0;: indiquez son adresse de base, par exemple https://prometheus.example:9090 ou https://mimir.example/prometheus.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>de nom</translation>
    </message>
    <message>
        <source>id</source>
        <translation>d’identifiant</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>de zone</translation>
    </message>
    <message>
        <source>The %1 label “%2” is not a label name (letters, digits and _, not starting with a digit).</source>
        <translation>Le libellé %1 «&#xa0;%2&#xa0;» n’est pas un nom de libellé (lettres, chiffres et _, sans chiffre au début).</translation>
    </message>
</context>
<context>
    <name>PrometheusOptions</name>
    <message>
        <source>Read the window&apos;s figures from this Prometheus-compatible server (Prometheus, Thanos, Mimir, VictoriaMetrics), computed by its PromQL; a path prefix such as /prometheus is kept. Credentials come from APPCLACKS_PROMETHEUS_USER and APPCLACKS_PROMETHEUS_PASSWORD (Basic) or APPCLACKS_PROMETHEUS_TOKEN (Bearer).</source>
        <translation>Lire les chiffres de la période depuis ce serveur compatible Prometheus (Prometheus, Thanos, Mimir, VictoriaMetrics), calculés par son PromQL&#x202f;; un préfixe de chemin comme /prometheus est conservé. Les identifiants viennent d’APPCLACKS_PROMETHEUS_USER et d’APPCLACKS_PROMETHEUS_PASSWORD (Basic) ou d’APPCLACKS_PROMETHEUS_TOKEN (Bearer).</translation>
    </message>
    <message>
        <source>With --prometheus: label matchers every query gets, such as &apos;job=&quot;cabourotte&quot;&apos;.</source>
        <translation>Avec --prometheus&#xa0;: sélecteurs de libellés ajoutés à chaque requête, par exemple &apos;job=&quot;cabourotte&quot;&apos;.</translation>
    </message>
    <message>
        <source>With --prometheus: the tenant sent as X-Scope-OrgID (Mimir, Cortex).</source>
        <translation>Avec --prometheus&#xa0;: le locataire (tenant) envoyé dans X-Scope-OrgID (Mimir, Cortex).</translation>
    </message>
    <message>
        <source>With --prometheus: the label that names the check (default name).</source>
        <translation>Avec --prometheus&#xa0;: le libellé qui nomme le contrôle (par défaut name).</translation>
    </message>
    <message>
        <source>With --prometheus: the label that holds the check&apos;s id (default id; empty for none).</source>
        <translation>Avec --prometheus&#xa0;: le libellé qui contient l’identifiant du contrôle (par défaut id&#x202f;; vide pour aucun).</translation>
    </message>
    <message>
        <source>A saved profile of the kind Prometheus-compatible server (see `profile list`).</source>
        <translation>Un profil enregistré de type serveur compatible Prometheus (voir `profile list`).</translation>
    </message>
    <message>
        <source>With --prometheus: also trust the CAs in this PEM file.</source>
        <translation>Avec --prometheus&#xa0;: faire aussi confiance aux autorités de certification de ce fichier PEM.</translation>
    </message>
    <message>
        <source>With --prometheus: give up on a query after this many seconds (default 60).</source>
        <translation>Avec --prometheus&#xa0;: abandonner une requête après ce nombre de secondes (par défaut 60).</translation>
    </message>
    <message>
        <source>With --prometheus: the label that names the zone (default zone).</source>
        <translation>Avec --prometheus&#xa0;: le libellé qui nomme la zone (par défaut zone).</translation>
    </message>
    <message>
        <source>%1 has no check %2 in this window</source>
        <translation>%1 n’a pas de contrôle %2 sur cette période</translation>
    </message>
    <message>
        <source>set APPCLACKS_PROMETHEUS_TOKEN or APPCLACKS_PROMETHEUS_USER and APPCLACKS_PROMETHEUS_PASSWORD, not both</source>
        <translation>définissez APPCLACKS_PROMETHEUS_TOKEN, ou bien APPCLACKS_PROMETHEUS_USER et APPCLACKS_PROMETHEUS_PASSWORD, mais pas les deux</translation>
    </message>
    <message>
        <source>“%1” is not a Prometheus-compatible server: its window is read from the history (--history --source %1)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un serveur compatible Prometheus&#xa0;: sa période se lit dans l’historique (--history --source %1)</translation>
    </message>
    <message>
        <source>%1 has no health-check series matching %2 in this window</source>
        <translation>%1 n’a aucune série de contrôle de santé correspondant à %2 sur cette période</translation>
    </message>
</context>
<context>
    <name>RangeSnapshots</name>
    <message>
        <source>The history has nothing of %1 yet.</source>
        <translation>L’historique ne contient encore rien de %1.</translation>
    </message>
</context>
<context>
    <name>ScrapeConfig</name>
    <message>
        <source>Prometheus scrape job for the profile “%1”, written by Appclacks Desktop.</source>
        <translation>Job de collecte Prometheus pour le profil «&#xa0;%1&#xa0;», écrit par Appclacks Desktop.</translation>
    </message>
    <message>
        <source>Paste it under scrape_configs: in prometheus.yml.</source>
        <translation>Collez-le sous scrape_configs: dans prometheus.yml.</translation>
    </message>
    <message>
        <source>the API token of organization %1</source>
        <translation>le jeton d’API de l’organisation %1</translation>
    </message>
    <message>
        <source>the password of %1</source>
        <translation>le mot de passe de %1</translation>
    </message>
    <message>
        <source>the bearer token</source>
        <translation>le jeton Bearer</translation>
    </message>
    <message>
        <source>Put %1 alone in %2</source>
        <translation>Placez %1 seul dans %2</translation>
    </message>
    <message>
        <source>(relative to prometheus.yml&apos;s folder), readable only by Prometheus: it is not written here.</source>
        <translation>(relatif au dossier de prometheus.yml), lisible uniquement par Prometheus&#xa0;: il n’est pas écrit ici.</translation>
    </message>
    <message>
        <source>Copy the certificate files below to the Prometheus server if it runs elsewhere, and change their paths.</source>
        <translation>Copiez les fichiers de certificats ci-dessous sur le serveur Prometheus s’il tourne ailleurs, et modifiez leurs chemins.</translation>
    </message>
    <message>
        <source>%1 (Prometheus)</source>
        <translation>%1 (Prometheus)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No token is stored for this profile yet.</source>
        <translation>Aucun jeton n’est encore enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Le trousseau du système a refusé l’accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>No system keychain is available: %1</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Le trousseau du système a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>Le trousseau du système n’a pas répondu en %n seconde.</numerusform>
            <numerusform>Le trousseau du système n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token was saved in %1, readable only by you, as you allowed.</source>
        <translation>Le jeton a été enregistré dans %1, lisible par vous seul, comme vous l’avez autorisé.</translation>
    </message>
    <message>
        <source>The token is kept in memory for this session only.</source>
        <translation>Le jeton est gardé en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>could not create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>SimulatedDemo</name>
    <message>
        <source>demo</source>
        <translation>démo</translation>
    </message>
</context>
<context>
    <name>SnapshotBuilder</name>
    <message>
        <source>the endpoint answered but has no health-check metrics (healthcheck_total, healthcheck_duration_seconds)</source>
        <translation>le point d’accès a répondu mais n’a aucune métrique de contrôle de santé (healthcheck_total, healthcheck_duration_seconds)</translation>
    </message>
</context>
<context>
    <name>SourceResolver</name>
    <message>
        <source>No source chosen.</source>
        <translation>Aucune source choisie.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>this build has no demo</source>
        <translation>cette version n’a pas de démo</translation>
    </message>
    <message>
        <source>Cannot start the demo server: %1</source>
        <translation>Impossible de démarrer le serveur de démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <source>No profile named “%1” (see `appclacks-desktop profile list`).</source>
        <translation>Aucun profil nommé «&#xa0;%1&#xa0;» (voir `appclacks-desktop profile list`).</translation>
    </message>
    <message>
        <source>The token of “%1” is not available: %2</source>
        <translation>Le jeton de «&#xa0;%1&#xa0;» n’est pas disponible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SourceSpec</name>
    <message>
        <source>Start the built-in simulator on a free loopback port and scrape it over HTTP, as a real profile is scraped.</source>
        <translation>Démarrer le simulateur intégré sur un port local libre et le collecter en HTTP, comme un vrai profil.</translation>
    </message>
    <message>
        <source>With --demo: the simulated fleet&apos;s seed (default 1).</source>
        <translation>Avec --demo&#xa0;: la graine de la flotte simulée (par défaut 1).</translation>
    </message>
    <message>
        <source>A saved exposition file, or - for standard input.</source>
        <translation>Un fichier d’exposition enregistré, ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>Scrape this URL; Basic credentials come from APPCLACKS_ORGANIZATION_ID and APPCLACKS_TOKEN when both are set.</source>
        <translation>Collecter cette URL&#x202f;; les identifiants Basic viennent d’APPCLACKS_ORGANIZATION_ID et d’APPCLACKS_TOKEN quand les deux sont définis.</translation>
    </message>
    <message>
        <source>Scrape a saved profile (see `profile list`).</source>
        <translation>Collecter un profil enregistré (voir `profile list`).</translation>
    </message>
    <message>
        <source>With --url: also trust the CAs in this PEM file.</source>
        <translation>Avec --url&#xa0;: faire aussi confiance aux autorités de certification de ce fichier PEM.</translation>
    </message>
    <message>
        <source>With --url or --profile: give up after this many seconds (default 10).</source>
        <translation>Avec --url ou --profile&#xa0;: abandonner après ce nombre de secondes (par défaut 10).</translation>
    </message>
    <message>
        <source>The label that names the zone (default: zone, or the profile&apos;s).</source>
        <translation>Le libellé qui nomme la zone (par défaut&#xa0;: zone, ou celui du profil).</translation>
    </message>
    <message>
        <source>With --file: refuse a file larger than this many bytes (default: no limit).</source>
        <translation>Avec --file&#xa0;: refuser un fichier plus grand que ce nombre d’octets (par défaut&#xa0;: aucune limite).</translation>
    </message>
    <message>
        <source>give exactly one source: %1</source>
        <translation>indiquez exactement une source&#xa0;: %1</translation>
    </message>
    <message>
        <source>--seed takes a non-negative integer</source>
        <translation>--seed attend un entier positif ou nul</translation>
    </message>
    <message>
        <source>--url takes an http:// or https:// address</source>
        <translation>--url attend une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>--ca-file goes with --url (a profile has its own CA file)</source>
        <translation>--ca-file s’utilise avec --url (un profil a son propre fichier d’autorité de certification)</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 3600</source>
        <translation>--timeout attend un nombre de secondes entre 0 et 3600</translation>
    </message>
    <message>
        <source>--max-bytes takes a positive number of bytes</source>
        <translation>--max-bytes attend un nombre d’octets positif</translation>
    </message>
    <message>
        <source>--max-bytes goes with --file (network bodies have their own limit)</source>
        <translation>--max-bytes s’utilise avec --file (les réponses réseau ont leur propre limite)</translation>
    </message>
</context>
<context>
    <name>StatisticColumns</name>
    <message>
        <source>Success</source>
        <translation>Réussites</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Success ratio</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The source exposes no _sum and _count for this check</source>
        <translation>La source n’expose ni _sum ni _count pour ce contrôle</translation>
    </message>
    <message>
        <source>Share of runs that took %1 or less</source>
        <translation>Part des exécutions ayant duré %1 ou moins</translation>
    </message>
    <message>
        <source>Share of runs that took %1 or less, interpolated between buckets as Prometheus does</source>
        <translation>Part des exécutions ayant duré %1 ou moins, interpolée entre les tranches comme le fait Prometheus</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Summarize the health checks of a source: outcomes, success ratio and latency quantiles per check and zone.</source>
        <translation>Résumer les contrôles de santé d’une source&#xa0;: résultats, taux de réussite et quantiles de latence par contrôle et par zone.</translation>
    </message>
    <message>
        <source>Output: table, json or csv.</source>
        <translation>Sortie&#xa0;: table, json ou csv.</translation>
    </message>
    <message>
        <source>Summarize a window of the history instead of scraping (with --last, or --from and --to).</source>
        <translation>Résumer une période de l’historique au lieu de collecter (avec --last, ou --from et --to).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>“,” is expected between two matchers, not “%1”.</source>
        <translation>«&#xa0;,&#xa0;» est attendu entre deux sélecteurs, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the “{” has no closing “}”.</source>
        <translation>l’accolade «&#xa0;{&#xa0;» n’est pas fermée par «&#xa0;}&#xa0;».</translation>
    </message>
    <message>
        <source>nothing may follow the closing “}”.</source>
        <translation>rien ne doit suivre l’accolade fermante «&#xa0;}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Since the prober started</source>
        <translation>Depuis le démarrage de la sonde</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n hours</source>
        <translation>
            <numerusform>Dernière heure</numerusform>
            <numerusform>%n dernières heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n minutes</source>
        <translation>
            <numerusform>Dernière minute</numerusform>
            <numerusform>%n dernières minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since the prober started</source>
        <translation>depuis le démarrage de la sonde</translation>
    </message>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>le dernier jour</numerusform>
            <numerusform>les %n derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n hours</source>
        <translation>
            <numerusform>la dernière heure</numerusform>
            <numerusform>les %n dernières heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n minutes</source>
        <translation>
            <numerusform>la dernière minute</numerusform>
            <numerusform>les %n dernières minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 so far)</source>
        <translation>%1 (%2 jusqu’ici)</translation>
    </message>
</context>
<context>
    <name>UserConfigDir</name>
    <message>
        <source>%AppData% is not defined</source>
        <translation>%AppData% n’est pas défini</translation>
    </message>
    <message>
        <source>$HOME is not defined</source>
        <translation>$HOME n’est pas défini</translation>
    </message>
    <message>
        <source>path in $XDG_CONFIG_HOME is relative</source>
        <translation>le chemin dans $XDG_CONFIG_HOME est relatif</translation>
    </message>
    <message>
        <source>neither $XDG_CONFIG_HOME nor $HOME are defined</source>
        <translation>ni $XDG_CONFIG_HOME ni $HOME ne sont définis</translation>
    </message>
</context>
<context>
    <name>appclacks::core::BucketsModel</name>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>le</source>
        <translation>le</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulé</translation>
    </message>
</context>
<context>
    <name>appclacks::core::ChecksTableModel</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Share of successful probes over the last %1</source>
        <translation>Part des exécutions réussies sur %1</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 j</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 j</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récent</translation>
    </message>
</context>
<context>
    <name>appclacks::core::ConnectionTest</name>
    <message>
        <source>“%1” cannot be tested as it is: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être testé en l’état&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” cannot connect: its token could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas se connecter&#xa0;: son jeton n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>A Prometheus-compatible server that does not give its version (as VictoriaMetrics does)</source>
        <translation>Un serveur compatible Prometheus qui ne donne pas sa version (comme VictoriaMetrics)</translation>
    </message>
    <message>
        <source> (revision %1)</source>
        <translation> (révision %1)</translation>
    </message>
    <message>
        <source>%1 answered at %2 in %3 ms.</source>
        <translation>%1 a répondu à l’adresse %2 en %3 ms.</translation>
    </message>
    <message>
        <source>%1 answered at %2 for the tenant “%3” in %4 ms.</source>
        <translation>%1 a répondu à l’adresse %2 pour le locataire «&#xa0;%3&#xa0;» en %4 ms.</translation>
    </message>
    <message>
        <source>“%1” did not answer with health-check metrics: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas répondu avec des métriques de contrôle de santé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n checks</source>
        <translation>
            <numerusform>%n contrôle</numerusform>
            <numerusform>%n contrôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n zones</source>
        <translation>
            <numerusform>, %n zone</numerusform>
            <numerusform>, %n zones</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” answered at %2: %3, scrape took %4 ms (HTTP %5, %6).</source>
        <translation>«&#xa0;%1&#xa0;» a répondu à l’adresse %2&#xa0;: %3, la collecte a pris %4 ms (HTTP %5, %6).</translation>
    </message>
</context>
<context>
    <name>appclacks::core::HttpScraper</name>
    <message>
        <source>The scrape of %1 took longer than %2 s and was stopped.</source>
        <translation>La collecte de %1 a pris plus de %2 s et a été arrêtée.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the scrape was stopped.</source>
        <translation>%1 n’a rien envoyé pendant %2 s&#x202f;; la collecte a été arrêtée.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password; use the profile&apos;s credentials instead.</source>
        <translation>L’URL ne doit contenir ni nom d’utilisateur ni mot de passe&#x202f;; utilisez plutôt les identifiants du profil.</translation>
    </message>
    <message>
        <source>Refusing to send the credentials of “%1” over unencrypted http:// to %2: anyone on the way could read them. Use https://, or a loopback address for local testing.</source>
        <translation>Envoi des identifiants de «&#xa0;%1&#xa0;» en http:// non chiffré vers %2 refusé&#xa0;: n’importe qui sur le trajet pourrait les lire. Utilisez https://, ou une adresse locale pour des essais.</translation>
    </message>
    <message>
        <source>The scrape was cancelled.</source>
        <translation>La collecte a été annulée.</translation>
    </message>
    <message>
        <source>%1 announced %2 MiB of metrics; the limit is %3 MiB.</source>
        <translation>%1 a annoncé %2 Mio de métriques&#x202f;; la limite est de %3 Mio.</translation>
    </message>
    <message>
        <source>The metrics of %1 exceed %2 MiB; the transfer was stopped.</source>
        <translation>Les métriques de %1 dépassent %2 Mio&#x202f;; le transfert a été arrêté.</translation>
    </message>
    <message>
        <source>TLS error with %1: %2. The connection was refused; if the server uses a private certificate authority, set the profile&apos;s CA file.</source>
        <translation>Erreur TLS avec %1&#xa0;: %2. La connexion a été refusée&#x202f;; si le serveur utilise une autorité de certification privée, indiquez-la dans le fichier d’autorité de certification du profil.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>Échec de la négociation TLS avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 redirected to %2, another host, port or scheme. The redirect was not followed: credentials are never sent to another origin. Point the profile at the final URL if you trust it.</source>
        <translation>%1 redirige vers %2, un autre hôte, port ou protocole. La redirection n’a pas été suivie&#xa0;: les identifiants ne sont jamais envoyés à une autre origine. Si vous lui faites confiance, indiquez l’URL finale dans le profil.</translation>
    </message>
    <message>
        <source>Credentials rejected for “%1” (HTTP %2): check the organization ID or user name and the token.</source>
        <translation>Identifiants refusés pour «&#xa0;%1&#xa0;» (HTTP %2)&#xa0;: vérifiez l’identifiant d’organisation ou le nom d’utilisateur, et le jeton.</translation>
    </message>
    <message>
        <source>Nothing at %1 (HTTP 404): the URL or its path is wrong.</source>
        <translation>Rien à l’adresse %1 (HTTP 404)&#xa0;: l’URL ou son chemin est erroné.</translation>
    </message>
    <message numerus="yes">
        <source> The server asks to wait %n s.</source>
        <translation>
            <numerusform> Le serveur demande d’attendre %n s.</numerusform>
            <numerusform> Le serveur demande d’attendre %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is rate limiting (HTTP 429).</source>
        <translation>%1 limite le débit des requêtes (HTTP 429).</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2.</source>
        <translation>%1 a échoué avec HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>The response of %1 was cut short: %2. Nothing was kept.</source>
        <translation>La réponse de %1 a été interrompue&#xa0;: %2. Rien n’a été gardé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 bytes arrived</source>
        <translation>
            <numerusform>%1 octet sur %2 reçu</numerusform>
            <numerusform>%1 octets sur %2 reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a metrics endpoint: it answered with %2. Check the URL.</source>
        <translation>%1 n’est pas un point d’accès de métriques&#xa0;: il a répondu avec %2. Vérifiez l’URL.</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>une page HTML</translation>
    </message>
    <message numerus="yes">
        <source>%1 redirected more than %n times.</source>
        <translation>
            <numerusform>%1 a redirigé plus de %n fois.</numerusform>
            <numerusform>%1 a redirigé plus de %n fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::core::IncidentsModel</name>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 jusqu’ici</translation>
    </message>
    <message>
        <source>Still failing; last failure at %1</source>
        <translation>Toujours en échec&#x202f;; dernier échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>appclacks::core::MonitoringSession</name>
    <message>
        <source>The history could not be opened.</source>
        <translation>L’historique n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>%1 Latency</source>
        <translation>Latence %1</translation>
    </message>
    <message>
        <source>Successes and Failures</source>
        <translation>Réussites et échecs</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>%1 has no health-check series matching %2 in this range.</source>
        <translation>%1 n’a aucune série de contrôle de santé correspondant à %2 sur cette plage.</translation>
    </message>
    <message numerus="yes">
        <source>Status Now (Outcomes in the Last %n Minutes)</source>
        <translation>
            <numerusform>État actuel (résultats de la dernière minute)</numerusform>
            <numerusform>État actuel (résultats des %n dernières minutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Uptime, 24 Hours</source>
        <translation>Disponibilité sur 24&#xa0;heures</translation>
    </message>
    <message>
        <source>Uptime, 7 Days</source>
        <translation>Disponibilité sur 7&#xa0;jours</translation>
    </message>
    <message>
        <source>Uptime, 30 Days</source>
        <translation>Disponibilité sur 30&#xa0;jours</translation>
    </message>
</context>
<context>
    <name>appclacks::core::OverviewMatrixModel</name>
    <message>
        <source>99–100%</source>
        <translation>99–100&#x202f;%</translation>
    </message>
    <message>
        <source>90–99%</source>
        <translation>90–99&#x202f;%</translation>
    </message>
    <message>
        <source>&lt; 90%</source>
        <translation>&lt; 90&#x202f;%</translation>
    </message>
    <message>
        <source>no counters</source>
        <translation>aucun compteur</translation>
    </message>
    <message>
        <source>no histogram</source>
        <translation>aucun histogramme</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1: not probed from this zone</source>
        <translation>%1&#xa0;: non sondé depuis cette zone</translation>
    </message>
    <message numerus="yes">
        <source>Success %1 (%2 of %3 runs)</source>
        <translation>
            <numerusform>Réussite %1 (%2 sur %3 exécution)</numerusform>
            <numerusform>Réussite %1 (%2 sur %3 exécutions)</numerusform>
        </translation>
    </message>
    <message>
        <source>No success or failure counters</source>
        <translation>Aucun compteur de réussites ou d’échecs</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, %2: not probed</source>
        <translation>%1, %2&#xa0;: non sondé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>passing</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>no results yet</source>
        <translation>pas encore de résultat</translation>
    </message>
</context>
<context>
    <name>appclacks::core::PrometheusCopy</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>La copie n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 answered a range selector without its raw samples (not a matrix)</source>
        <translation>%1 a répondu à un sélecteur de plage sans ses échantillons bruts (pas une matrice)</translation>
    </message>
</context>
<context>
    <name>appclacks::core::PrometheusReply</name>
    <message>
        <source>%1 did not answer within %2 s; the request was stopped.</source>
        <translation>%1 n’a pas répondu en %2 s&#x202f;; la requête a été arrêtée.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>La requête vers %1 a été annulée.</translation>
    </message>
    <message>
        <source>Refusing to send the credentials of “%1” over unencrypted http:// to %2: anyone on the way could read them. Use https://, or a loopback address for local testing.</source>
        <translation>Envoi des identifiants de «&#xa0;%1&#xa0;» en http:// non chiffré vers %2 refusé&#xa0;: n’importe qui sur le trajet pourrait les lire. Utilisez https://, ou une adresse locale pour des essais.</translation>
    </message>
    <message>
        <source>%1 announced an answer of %2 MiB; the limit is %3 MiB. Ask for fewer series or a larger step.</source>
        <translation>%1 a annoncé une réponse de %2 Mio&#x202f;; la limite est de %3 Mio. Demandez moins de séries ou un pas plus grand.</translation>
    </message>
    <message>
        <source>The answer of %1 exceeds %2 MiB; the transfer was stopped. Ask for fewer series or a larger step.</source>
        <translation>La réponse de %1 dépasse %2 Mio&#x202f;; le transfert a été arrêté. Demandez moins de séries ou un pas plus grand.</translation>
    </message>
    <message>
        <source>TLS error with %1: %2. The connection was refused; if the server uses a private certificate authority, set the profile&apos;s CA file.</source>
        <translation>Erreur TLS avec %1&#xa0;: %2. La connexion a été refusée&#x202f;; si le serveur utilise une autorité de certification privée, indiquez-la dans le fichier d’autorité de certification du profil.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>Échec de la négociation TLS avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 timed out: %2</source>
        <translation>%1 n’a pas répondu à temps&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>check the user name and the password or token</source>
        <translation>vérifiez le nom d’utilisateur et le mot de passe ou le jeton</translation>
    </message>
    <message>
        <source>check the user name, the password or token, and the tenant</source>
        <translation>vérifiez le nom d’utilisateur, le mot de passe ou le jeton, et le locataire (tenant)</translation>
    </message>
    <message>
        <source>%1 redirected to %2. The redirect was not followed: the query and its credentials are only sent where the profile says. Point the profile at the final URL if you trust it.</source>
        <translation>%1 redirige vers %2. La redirection n’a pas été suivie&#xa0;: la requête et ses identifiants ne sont envoyés qu’à l’adresse indiquée par le profil. Si vous lui faites confiance, indiquez l’URL finale dans le profil.</translation>
    </message>
    <message>
        <source>The answer of %1 was cut short: %2</source>
        <translation>La réponse de %1 a été interrompue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing at %1 (HTTP 404): this is not a Prometheus API, or its path prefix is missing (Mimir: /prometheus).</source>
        <translation>Rien à l’adresse %1 (HTTP 404)&#xa0;: ce n’est pas une API Prometheus, ou le préfixe de son chemin manque (Mimir&#xa0;: /prometheus).</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2: %3</source>
        <translation>%1 a échoué avec HTTP %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 did not answer like a Prometheus server: its answer is not JSON (“%2”).</source>
        <translation>%1 n’a pas répondu comme un serveur Prometheus&#xa0;: sa réponse n’est pas du JSON («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 did not answer like a Prometheus server: its JSON has no &quot;status&quot; of success or error.</source>
        <translation>%1 n’a pas répondu comme un serveur Prometheus&#xa0;: son JSON n’a pas de champ &quot;status&quot; valant success ou error.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 a répondu HTTP %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 refused the query (%2): %3</source>
        <translation>%1 a refusé la requête (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a success status.</source>
        <translation>%1 a répondu HTTP %2 avec un statut de réussite.</translation>
    </message>
    <message>
        <source>%1 did not answer like a Prometheus server: %2.</source>
        <translation>%1 n’a pas répondu comme un serveur Prometheus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>, “%1”</source>
        <translation>, «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Credentials rejected by %1 (HTTP %2%3): %4.</source>
        <translation>Identifiants refusés par %1 (HTTP %2%3)&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Credentials rejected by %1 for “%2” (HTTP %3%4): %5.</source>
        <translation>Identifiants refusés par %1 pour «&#xa0;%2&#xa0;» (HTTP %3%4)&#xa0;: %5.</translation>
    </message>
</context>
<context>
    <name>appclacks::core::PrometheusSnapshots</name>
    <message>
        <source>Latency buckets</source>
        <translation>Tranches de latence</translation>
    </message>
    <message>
        <source>Successes and failures</source>
        <translation>Réussites et échecs</translation>
    </message>
    <message>
        <source>Seconds the probes took</source>
        <translation>Durée des exécutions en secondes</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Status strip</source>
        <translation>Bandeau d’état</translation>
    </message>
    <message>
        <source>Failures over the last day</source>
        <translation>Échecs sur le dernier jour</translation>
    </message>
    <message>
        <source>Failures over the last 30 days</source>
        <translation>Échecs sur les 30 derniers jours</translation>
    </message>
    <message>
        <source>the server at %1</source>
        <translation>le serveur à l’adresse %1</translation>
    </message>
    <message>
        <source>%1 cannot answer “%2” even for one check</source>
        <translation>%1 ne peut pas répondre à «&#xa0;%2&#xa0;», même pour un seul contrôle</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à l’adresse %2</translation>
    </message>
</context>
<context>
    <name>appclacks::core::SnapshotLoader</name>
    <message>
        <source>“%1” is a Prometheus-compatible server: its figures are read over a range (--last, or --from and --to), not scraped.</source>
        <translation>«&#xa0;%1&#xa0;» est un serveur compatible Prometheus&#xa0;: ses chiffres se lisent sur une plage (--last, ou --from et --to), pas par collecte.</translation>
    </message>
</context>
<context>
    <name>appclacks::core::ZonesTableModel</name>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
</context>
<context>
    <name>appclacks::simulator::SimulatorServer</name>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA or EC private key</source>
        <translation>%1 ne contient aucune clé privée RSA ou EC non chiffrée</translation>
    </message>
    <message>
        <source>TLS is not available: %1</source>
        <translation>TLS n’est pas disponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::AboutDialog</name>
    <message>
        <source>About Appclacks Desktop</source>
        <translation>À propos d’Appclacks Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Latency histograms, success counters and zone breakdowns of your Appclacks and Cabourotte health checks, with your credentials kept on this machine.</source>
        <translation>Histogrammes de latence, compteurs de réussites et détail par zone de vos contrôles de santé Appclacks et Cabourotte, vos identifiants restant sur cette machine.</translation>
    </message>
    <message>
        <source>Written by the Appclacks Desktop contributors.</source>
        <translation>Écrit par les contributeurs d’Appclacks Desktop.</translation>
    </message>
    <message>
        <source>Licensed under the %1.</source>
        <translation>Distribué sous %1.</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>licence Apache 2.0</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>Tokens go to the system keychain through QtKeychain %1.</source>
        <translation>Les jetons vont dans le trousseau du système par QtKeychain %1.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>&amp;Copy Version Details</source>
        <translation>&amp;Copier les détails de version</translation>
    </message>
    <message>
        <source>Copy the versions of the app, Qt, QtKeychain and the system, for a problem report</source>
        <translation>Copier les versions de l’application, de Qt, de QtKeychain et du système, pour signaler un problème</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::CheckDetailView</name>
    <message>
        <source>Cumulative</source>
        <translation>Cumulé</translation>
    </message>
    <message>
        <source>Zones shown in the latency histogram</source>
        <translation>Zones affichées dans l’histogramme de latence</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export or copy the chart shown</source>
        <translation>Exporter ou copier le graphique affiché</translation>
    </message>
    <message>
        <source>Export as PNG or SVG…</source>
        <translation>Exporter en PNG ou SVG…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone&#xa0;:</translation>
    </message>
    <message>
        <source>Zones of the check</source>
        <translation>Zones du contrôle</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>&amp;Latence</translation>
    </message>
    <message>
        <source>&amp;Success</source>
        <translation>&amp;Réussite</translation>
    </message>
    <message>
        <source>Z&amp;ones</source>
        <translation>Z&amp;ones</translation>
    </message>
    <message>
        <source>All zones together</source>
        <translation>Toutes les zones ensemble</translation>
    </message>
    <message>
        <source>Zones side by side</source>
        <translation>Zones côte à côte</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · no longer in this source</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · ne figure plus dans cette source</translation>
    </message>
    <message numerus="yes">
        <source>%Ln zones</source>
        <translation>
            <numerusform>%Ln zone</numerusform>
            <numerusform>%Ln zones</numerusform>
        </translation>
    </message>
    <message>
        <source>Latency lines over time</source>
        <translation>Courbes de latence dans le temps</translation>
    </message>
    <message>
        <source>p50, p95 and p99 of all zones</source>
        <translation>p50, p95 et p99 de toutes les zones</translation>
    </message>
    <message>
        <source>p50 per zone</source>
        <translation>p50 par zone</translation>
    </message>
    <message>
        <source>p95 per zone</source>
        <translation>p95 par zone</translation>
    </message>
    <message>
        <source>p99 per zone</source>
        <translation>p99 par zone</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>Échelle lo&amp;garithmique</translation>
    </message>
    <message>
        <source>Li&amp;nes:</source>
        <translation>Co&amp;urbes&#xa0;:</translation>
    </message>
    <message>
        <source>Over &amp;Time</source>
        <translation>É&amp;volution</translation>
    </message>
    <message>
        <source>Timel&amp;ine</source>
        <translation>Chro&amp;nologie</translation>
    </message>
    <message>
        <source>The course over time needs the history of a scraped source.</source>
        <translation>L’évolution dans le temps nécessite l’historique d’une source collectée.</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::ChecksFilterProxyModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::ChecksPane</name>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Mute Notifications for This Check</source>
        <translation>Couper les notifications de ce contrôle</translation>
    </message>
    <message>
        <source>No check matches “%1”.</source>
        <translation>Aucun contrôle ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Copy PromQL</source>
        <translation>Copier le PromQL</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::CustomRangeDialog</name>
    <message>
        <source>Custom Range</source>
        <translation>Plage personnalisée</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>The range must end after it starts.</source>
        <translation>La plage doit se terminer après son début.</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::DesktopNotifier</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>il n’y a pas de bus de session D-Bus</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::ExportDialog</name>
    <message>
        <source>Transparent background</source>
        <translation>Arrière-plan transparent</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <translation>1× (standard)</translation>
    </message>
    <message>
        <source>2× (high density)</source>
        <translation>2× (haute densité)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle&#xa0;:</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>Le graphique n’a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nom du fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::IncidentsList</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>No incidents in this range</source>
        <translation>Aucun incident dans cette plage</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::LatencyHistogramChart</name>
    <message>
        <source>Latency histogram</source>
        <translation>Histogramme de latence</translation>
    </message>
    <message>
        <source>cumulative latency</source>
        <translation>latence cumulée</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>latence</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Select a check to see its latency histogram</source>
        <translation>Sélectionnez un contrôle pour voir son histogramme de latence</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>This check has no results from zone “%1”</source>
        <translation>Ce contrôle n’a aucun résultat de la zone «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This check exposes no latency histogram</source>
        <translation>Ce contrôle n’expose aucun histogramme de latence</translation>
    </message>
    <message numerus="yes">
        <source>%1 · at most %2
%3 observations</source>
        <translation>
            <numerusform>%1 · au plus %2
%3 observation</numerusform>
            <numerusform>%1 · au plus %2
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
    <message>
        <source> (%1 of %2)</source>
        <translation> (%1 de %2)</translation>
    </message>
    <message>
        <source>Cumulative observations</source>
        <translation>Observations cumulées</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>No observations in this window</source>
        <translation>Aucune observation sur cette période</translation>
    </message>
    <message>
        <source>Quantile markers are for all zones together.</source>
        <translation>Les repères de quantiles valent pour toutes les zones ensemble.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>Latency at most</source>
        <translation>Latence jusqu’à</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::LatencyOverTimeChart</name>
    <message>
        <source>Latency over time</source>
        <translation>Latence dans le temps</translation>
    </message>
    <message>
        <source>latency over time</source>
        <translation>latence dans le temps</translation>
    </message>
    <message>
        <source>%1 latency over time by zone</source>
        <translation>Latence %1 dans le temps par zone</translation>
    </message>
    <message>
        <source>Select a check to see its latency over time</source>
        <translation>Sélectionnez un contrôle pour voir sa latence dans le temps</translation>
    </message>
    <message>
        <source>No latency was recorded for this check in this range</source>
        <translation>Aucune latence n’a été enregistrée pour ce contrôle dans cette plage</translation>
    </message>
    <message>
        <source>Latency (s)</source>
        <translation>Latence (s)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message numerus="yes">
        <source>No samples in %n step(s): the lines break there.</source>
        <translation>
            <numerusform>Aucun échantillon sur %n pas&#xa0;: les courbes s’y interrompent.</numerusform>
            <numerusform>Aucun échantillon sur %n pas&#xa0;: les courbes s’y interrompent.</numerusform>
        </translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>aucun échantillon</translation>
    </message>
    <message>
        <source>%1: no samples</source>
        <translation>%1&#xa0;: aucun échantillon</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::MainWindow</name>
    <message>
        <source>&amp;Open Metrics File…</source>
        <translation>&amp;Ouvrir un fichier de métriques…</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>Select a check to export its chart</source>
        <translation>Sélectionnez un contrôle pour exporter son graphique</translation>
    </message>
    <message>
        <source>Export Checks as &amp;CSV…</source>
        <translation>Exporter les contrôles en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart Image</source>
        <translation>&amp;Copier l’image du graphique</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Start the &amp;Demo</source>
        <translation>Lancer la &amp;démo</translation>
    </message>
    <message>
        <source>Scrape a built-in simulator of eight checks in three zones</source>
        <translation>Collecter un simulateur intégré de huit contrôles dans trois zones</translation>
    </message>
    <message>
        <source>&amp;Add a Profile…</source>
        <translation>&amp;Ajouter un profil…</translation>
    </message>
    <message>
        <source>&amp;Import Appclacks CLI Profiles…</source>
        <translation>&amp;Importer les profils de l’outil en ligne de commande Appclacks…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Filter Checks</source>
        <translation>&amp;Filtrer les contrôles</translation>
    </message>
    <message>
        <source>&amp;Overview of All Checks</source>
        <translation>&amp;Vue d’ensemble des contrôles</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Colour the Overview &amp;By</source>
        <translation>&amp;Colorer la vue d’ensemble selon</translation>
    </message>
    <message>
        <source>&amp;Success Ratio</source>
        <translation>le &amp;taux de réussite</translation>
    </message>
    <message>
        <source>&amp;p95 Latency</source>
        <translation>la latence &amp;p95</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Barre d’état</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Appclacks Desktop</source>
        <translation>À &amp;propos d’Appclacks Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Intervalle d’actualisation</translation>
    </message>
    <message numerus="yes">
        <source>every %n s</source>
        <translation>
            <numerusform>toutes les %n s</numerusform>
            <numerusform>toutes les %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>toutes les %n min</numerusform>
            <numerusform>toutes les %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter checks…</source>
        <translation>Filtrer les contrôles…</translation>
    </message>
    <message>
        <source>Filter checks</source>
        <translation>Filtrer les contrôles</translation>
    </message>
    <message>
        <source>Watch simulated checks in three zones, failures included.</source>
        <translation>Observer des contrôles simulés dans trois zones, échecs compris.</translation>
    </message>
    <message>
        <source>Load a saved exposition file, such as the output of “appclacks healthcheck metrics get”. You can also drop it here.</source>
        <translation>Charger un fichier d’exposition enregistré, comme la sortie de «&#xa0;appclacks healthcheck metrics get&#xa0;». Vous pouvez aussi le déposer ici.</translation>
    </message>
    <message>
        <source>Connect to the Appclacks API or a Cabourotte /metrics endpoint.</source>
        <translation>Se connecter à l’API Appclacks ou au point d’accès /metrics d’un Cabourotte.</translation>
    </message>
    <message>
        <source>Use the profiles of the Appclacks command-line tool.</source>
        <translation>Utiliser les profils de l’outil en ligne de commande Appclacks.</translation>
    </message>
    <message>
        <source>Waiting for the first scrape…</source>
        <translation>En attente de la première collecte…</translation>
    </message>
    <message>
        <source>Export Checks as CSV</source>
        <translation>Exporter les contrôles en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>&amp;Gérer les profils…</translation>
    </message>
    <message>
        <source>Zoom &amp;Back</source>
        <translation>&amp;Zoom précédent</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>&amp;Custom Range…</source>
        <translation>Plage per&amp;sonnalisée…</translation>
    </message>
    <message>
        <source>Status &amp;Now</source>
        <translation>l’état &amp;actuel</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message numerus="yes">
        <source>No health checks in this source.
It holds %Ln metric families, none of them healthcheck_total or healthcheck_duration_seconds, the metrics Appclacks and Cabourotte expose for their checks.</source>
        <translation>
            <numerusform>Aucun contrôle de santé dans cette source.
Elle contient %Ln famille de métriques, qui n’est ni healthcheck_total ni healthcheck_duration_seconds, les métriques qu’Appclacks et Cabourotte exposent pour leurs contrôles.</numerusform>
            <numerusform>Aucun contrôle de santé dans cette source.
Elle contient %Ln familles de métriques, dont aucune n’est healthcheck_total ni healthcheck_duration_seconds, les métriques qu’Appclacks et Cabourotte exposent pour leurs contrôles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>PromQL on %1</source>
        <translation>PromQL sur %1</translation>
    </message>
    <message>
        <source>No health checks on this server in this range.</source>
        <translation>Aucun contrôle de santé sur ce serveur dans cette plage.</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::OutcomesChart</name>
    <message>
        <source>Successes and failures per zone</source>
        <translation>Réussites et échecs par zone</translation>
    </message>
    <message>
        <source>Success and failure</source>
        <translation>Réussites et échecs</translation>
    </message>
    <message>
        <source>Select a check to see its successes and failures</source>
        <translation>Sélectionnez un contrôle pour voir ses réussites et ses échecs</translation>
    </message>
    <message>
        <source>success and failure</source>
        <translation>réussites et échecs</translation>
    </message>
    <message>
        <source>This check exposes no success or failure counters</source>
        <translation>Ce contrôle n’expose aucun compteur de réussites ou d’échecs</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussites</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message numerus="yes">
        <source>All zones: %1 of %2 runs succeeded, %3 failed</source>
        <translation>
            <numerusform>Toutes les zones&#xa0;: %1 de réussite sur %2 exécution, %3 en échec</numerusform>
            <numerusform>Toutes les zones&#xa0;: %1 de réussite sur %2 exécutions, %3 en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %3 runs succeeded (%4)</source>
        <translation>
            <numerusform>%1 · réussite&#xa0;: %2 sur %3 exécution (%4)</numerusform>
            <numerusform>%1 · réussite&#xa0;: %2 sur %3 exécutions (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %3 runs failed</source>
        <translation>
            <numerusform>%1 · échec&#xa0;: %2 sur %3 exécution</numerusform>
            <numerusform>%1 · échec&#xa0;: %2 sur %3 exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of runs (%)</source>
        <translation>Part des exécutions (%)</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::OutcomesOverTimeChart</name>
    <message>
        <source>Failures and success ratio over time</source>
        <translation>Échecs et taux de réussite dans le temps</translation>
    </message>
    <message>
        <source>Outcomes over time</source>
        <translation>Résultats dans le temps</translation>
    </message>
    <message>
        <source>Select a check to see its failures over time</source>
        <translation>Sélectionnez un contrôle pour voir ses échecs dans le temps</translation>
    </message>
    <message>
        <source>failures and success ratio over time</source>
        <translation>échecs et taux de réussite dans le temps</translation>
    </message>
    <message>
        <source>No runs were recorded for this check in this range</source>
        <translation>Aucune exécution n’a été enregistrée pour ce contrôle dans cette plage</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Success ratio</source>
        <translation>Taux de réussite</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 runs failed (%3 succeeded)</source>
        <translation>
            <numerusform>échec&#xa0;: %1 sur %2 exécution (réussite&#xa0;: %3)</numerusform>
            <numerusform>échec&#xa0;: %1 sur %2 exécutions (réussite&#xa0;: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>aucune exécution</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 runs failed · %3 succeeded</source>
        <translation>
            <numerusform>échec&#xa0;: %1 sur %2 exécution · réussite&#xa0;: %3</numerusform>
            <numerusform>échec&#xa0;: %1 sur %2 exécutions · réussite&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures per %1</source>
        <translation>Échecs par %1</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::OverviewMatrix</name>
    <message>
        <source>Checks by zone</source>
        <translation>Contrôles par zone</translation>
    </message>
    <message>
        <source>No checks in this source yet</source>
        <translation>Pas encore de contrôle dans cette source</translation>
    </message>
    <message>
        <source>success ratio by zone</source>
        <translation>taux de réussite par zone</translation>
    </message>
    <message>
        <source>p95 latency by zone</source>
        <translation>latence p95 par zone</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Success ratio of every check in every zone</source>
        <translation>Taux de réussite de chaque contrôle dans chaque zone</translation>
    </message>
    <message>
        <source>p95 latency of every check in every zone</source>
        <translation>Latence p95 de chaque contrôle dans chaque zone</translation>
    </message>
    <message>
        <source>Success ratio:</source>
        <translation>Taux de réussite&#xa0;:</translation>
    </message>
    <message>
        <source>p95:</source>
        <translation>p95&#xa0;:</translation>
    </message>
    <message>
        <source>status now by zone</source>
        <translation>état actuel par zone</translation>
    </message>
    <message>
        <source>Status now of every check in every zone</source>
        <translation>État actuel de chaque contrôle dans chaque zone</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Maintenant&#xa0;:</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::PreferencesDialog</name>
    <message>
        <source>Notify when a check starts failing or recovers</source>
        <translation>Notifier quand un contrôle passe en échec ou se rétablit</translation>
    </message>
    <message>
        <source>Keep tokens in a plain-text file when no keychain is available</source>
        <translation>Garder les jetons dans un fichier en clair quand aucun trousseau n’est disponible</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>The file is readable by you only, but anyone with access to your account can read the tokens. Unchecking deletes the file&apos;s tokens at once.</source>
        <translation>Le fichier n’est lisible que par vous, mais toute personne ayant accès à votre compte peut lire les jetons. Décocher la case supprime immédiatement les jetons du fichier.</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Intervalle d’actualisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Clear History…</source>
        <translation>Effacer l’historique…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <source>%1 on disk</source>
        <translation>%1 sur le disque</translation>
    </message>
    <message>
        <source>No history is being kept</source>
        <translation>Aucun historique n’est conservé</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>&amp;Conserver l’historique pendant&#xa0;:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <source>Delete every scrape kept in the history?</source>
        <translation>Supprimer toutes les collectes conservées dans l’historique&#xa0;?</translation>
    </message>
    <message>
        <source>Uptime, past latency and incidents can no longer be shown for the time before now. This cannot be undone.</source>
        <translation>La disponibilité, la latence passée et les incidents ne pourront plus être affichés pour la période écoulée. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation>Effacement en cours…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A check is failing now when it failed within this time</source>
        <translation>Un contrôle est en échec maintenant s’il a échoué dans ce délai</translation>
    </message>
    <message>
        <source>Default &amp;range:</source>
        <translation>&amp;Plage par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status looks back:</source>
        <translation>&amp;Fenêtre de l’état actuel&#xa0;:</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::ProfileDialog</name>
    <message>
        <source>Add a Profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>Appclacks API</source>
        <translation>API Appclacks</translation>
    </message>
    <message>
        <source>Metrics endpoint (Cabourotte, …)</source>
        <translation>Point d’accès de métriques (Cabourotte, …)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Zone label:</source>
        <translation>Libellé de &amp;zone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier d’autorité de &amp;certification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Intervalle d’actualisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>Identifiant d’&amp;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Profile “%1”</source>
        <translation>Modifier le profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Replace the Token of “%1”</source>
        <translation>Remplacer le jeton de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation>Basic (nom d’utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Laisser vide pour conserver celui qui est enregistré</translation>
    </message>
    <message>
        <source>Optional: a PEM file of extra trusted authorities</source>
        <translation>Facultatif&#xa0;: un fichier PEM d’autorités de certification de confiance supplémentaires</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file, and never shown again.</source>
        <translation>Conservé dans le trousseau du système, jamais dans un fichier de réglages, et plus jamais affiché.</translation>
    </message>
    <message>
        <source>The label whose value names the zone (region, probe location) a result comes from: “zone” for Appclacks; for Cabourotte, the label your probers add, if any.</source>
        <translation>Le libellé dont la valeur nomme la zone (région, emplacement de la sonde) d’où vient un résultat&#xa0;: «&#xa0;zone&#xa0;» pour Appclacks&#x202f;; pour Cabourotte, le libellé qu’ajoutent vos sondes, s’il y en a un.</translation>
    </message>
    <message>
        <source>Keep in a Plain-Text File…</source>
        <translation>Conserver dans un fichier en clair…</translation>
    </message>
    <message>
        <source>A profile of this name exists: saving updates it.</source>
        <translation>Un profil de ce nom existe&#xa0;: l’enregistrer le mettra à jour.</translation>
    </message>
    <message>
        <source>The new token of “%1” replaces the stored one in the system keychain.</source>
        <translation>Le nouveau jeton de «&#xa0;%1&#xa0;» remplace celui enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>Nom d’utili&amp;sateur&#xa0;:</translation>
    </message>
    <message>
        <source>Appclacks&apos; hosted API: the health checks of your organization, with their zones. Signs in with the organization ID and an API token.</source>
        <translation>L’API hébergée d’Appclacks&#xa0;: les contrôles de santé de votre organisation, avec leurs zones. La connexion se fait avec l’identifiant d’organisation et un jeton d’API.</translation>
    </message>
    <message>
        <source>Any URL serving Prometheus metrics, such as a Cabourotte prober&apos;s /metrics (http://host:9013/metrics), with or without authentication.</source>
        <translation>Toute URL servant des métriques Prometheus, comme le /metrics d’une sonde Cabourotte (http://host:9013/metrics), avec ou sans authentification.</translation>
    </message>
    <message>
        <source>Replace API &amp;token:</source>
        <translation>Remplacer le &amp;jeton d’API&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d’API&#xa0;:</translation>
    </message>
    <message>
        <source>Replace &amp;password:</source>
        <translation>Remplacer le &amp;mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Replace &amp;token:</source>
        <translation>Remplacer le &amp;jeton&#xa0;:</translation>
    </message>
    <message>
        <source>No scheme was typed: https:// is assumed. Type http:// yourself for a plain-HTTP endpoint.</source>
        <translation>Aucun protocole saisi&#xa0;: https:// est utilisé. Saisissez vous-même http:// pour un point d’accès en HTTP simple.</translation>
    </message>
    <message>
        <source>Type the new one; the stored one cannot be shown.</source>
        <translation>Saisissez le nouveau&#x202f;; celui qui est enregistré ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>Enter the API token or password: the profile cannot sign in without it.</source>
        <translation>Saisissez le jeton d’API ou le mot de passe&#xa0;: le profil ne peut pas se connecter sans.</translation>
    </message>
    <message>
        <source>Profiles cannot be saved: %1</source>
        <translation>Impossible d’enregistrer les profils&#xa0;: %1</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation>Enregistrement du jeton dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Profile “%1” saved, its token in the system keychain.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré, son jeton dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Profile “%1” saved. %2</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré. %2</translation>
    </message>
    <message>
        <source>Profile “%1” saved, but its token could not be stored: %2</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré, mais son jeton n’a pas pu être stocké&#xa0;: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Keep the token in a plain-text file that only your user account can read (%1)? Anyone with access to your account, or to a backup of it, could read the token.</source>
        <translation>Conserver le jeton dans un fichier en clair que seul votre compte utilisateur peut lire (%1)&#xa0;? Toute personne ayant accès à votre compte, ou à l’une de ses sauvegardes, pourrait lire le jeton.</translation>
    </message>
    <message>
        <source>Closing as soon as the system keychain answers…</source>
        <translation>Fermeture dès que le trousseau du système répondra…</translation>
    </message>
    <message>
        <source>Prometheus-compatible server</source>
        <translation>Serveur compatible Prometheus</translation>
    </message>
    <message>
        <source>Optional: a PEM certificate this computer signs in with</source>
        <translation>Facultatif&#xa0;: un certificat PEM avec lequel cet ordinateur s’authentifie</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key (PEM)</source>
        <translation>La clé privée du certificat (PEM)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>None: checks told apart by name</source>
        <translation>Aucun&#xa0;: contrôles distingués par leur nom</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Client Certificate&apos;s Private Key</source>
        <translation>Clé privée du certificat client</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Clés PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>&amp;Locataire (tenant)&#xa0;:</translation>
    </message>
    <message>
        <source>Sent as the X-Scope-OrgID header, for Mimir, Cortex or another multi-tenant server; several tenants joined by “|”. Empty for Prometheus itself.</source>
        <translation>Envoyé dans l’en-tête X-Scope-OrgID, pour Mimir, Cortex ou un autre serveur multilocataire&#x202f;; plusieurs locataires joints par «&#xa0;|&#xa0;». Vide pour Prometheus lui-même.</translation>
    </message>
    <message>
        <source>Label &amp;matchers:</source>
        <translation>Sélecteurs de li&amp;bellés&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: added to every query, to pick your health checks&apos; series among the server&apos;s, as in PromQL: job=&quot;cabourotte&quot;, env!=&quot;dev&quot;, zone=~&quot;eu-.*&quot;.</source>
        <translation>Facultatif&#xa0;: ajoutés à chaque requête pour choisir les séries de vos contrôles de santé parmi celles du serveur, comme en PromQL&#xa0;: job=&quot;cabourotte&quot;, env!=&quot;dev&quot;, zone=~&quot;eu-.*&quot;.</translation>
    </message>
    <message>
        <source>C&amp;heck name label:</source>
        <translation>Libellé &amp;du nom de contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>Check &amp;ID label:</source>
        <translation>Libellé de l’identi&amp;fiant de contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>The labels of the server&apos;s series that hold a check&apos;s name and its id: “name” and “id” as Appclacks writes them, unless your scrape job renames them. Cabourotte&apos;s series have no id: leave the ID label empty.</source>
        <translation>Les libellés des séries du serveur qui contiennent le nom d’un contrôle et son identifiant&#xa0;: «&#xa0;name&#xa0;» et «&#xa0;id&#xa0;» tels qu’Appclacks les écrit, sauf si votre job de collecte les renomme. Les séries de Cabourotte n’ont pas d’identifiant&#xa0;: laissez vide le libellé d’identifiant.</translation>
    </message>
    <message>
        <source>Client certi&amp;ficate:</source>
        <translation>C&amp;ertificat client&#xa0;:</translation>
    </message>
    <message>
        <source>Client certificate&apos;s &amp;key:</source>
        <translation>Clé &amp;privée du certificat client&#xa0;:</translation>
    </message>
    <message>
        <source>How often the window asks the server again for the latest figures.</source>
        <translation>À quelle fréquence la fenêtre redemande au serveur les chiffres les plus récents.</translation>
    </message>
    <message>
        <source>A server answering Prometheus&apos;s query API (Prometheus, Thanos, Mimir, Cortex, VictoriaMetrics) that already holds your health checks&apos; history. The URL is its base, with any path prefix: http://localhost:9090, https://mimir.example/prometheus.</source>
        <translation>Un serveur qui répond à l’API de requête de Prometheus (Prometheus, Thanos, Mimir, Cortex, VictoriaMetrics) et qui contient déjà l’historique de vos contrôles de santé. L’URL est son adresse de base, avec son éventuel préfixe de chemin&#xa0;: http://localhost:9090, https://mimir.example/prometheus.</translation>
    </message>
    <message>
        <source>The label of the server&apos;s series whose value names the zone a result comes from: “zone” as Appclacks and Cabourotte write it, unless your scrape job renames it.</source>
        <translation>Le libellé des séries du serveur dont la valeur nomme la zone d’où vient un résultat&#xa0;: «&#xa0;zone&#xa0;» tel qu’Appclacks et Cabourotte l’écrivent, sauf si votre job de collecte le renomme.</translation>
    </message>
    <message>
        <source>Re-&amp;query every:</source>
        <translation>Intervalle entre les &amp;requêtes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::ProfileScrapeConfigDialog</name>
    <message>
        <source>Prometheus Scrape Config for “%1”</source>
        <translation>Configuration de collecte Prometheus pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>To keep this profile&apos;s health checks in your Prometheus, paste this job under scrape_configs: in prometheus.yml, and put the token or password in the file it names. Then read them back here with a Prometheus profile.</source>
        <translation>Pour conserver les contrôles de santé de ce profil dans votre Prometheus, collez ce job sous scrape_configs: dans prometheus.yml, et placez le jeton ou le mot de passe dans le fichier qu’il indique. Relisez-les ensuite ici avec un profil Prometheus.</translation>
    </message>
    <message>
        <source>Prometheus scrape job</source>
        <translation>Job de collecte Prometheus</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Create &amp;Prometheus Profile…</source>
        <translation>Créer un profil &amp;Prometheus…</translation>
    </message>
    <message>
        <source>A profile that reads these health checks from the Prometheus at http://localhost:9090 that runs this job; change its URL in the form if yours is elsewhere.</source>
        <translation>Un profil qui lit ces contrôles de santé depuis le Prometheus de http://localhost:9090 qui exécute ce job&#x202f;; modifiez son URL dans le formulaire si le vôtre est ailleurs.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::ProfilesDialog</name>
    <message>
        <source>Appclacks API</source>
        <translation>API Appclacks</translation>
    </message>
    <message>
        <source>Metrics endpoint</source>
        <translation>Point d’accès de métriques</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>organization ID and API token (in the system keychain)</source>
        <translation>identifiant d’organisation et jeton d’API (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>user name and password (in the system keychain)</source>
        <translation>nom d’utilisateur et mot de passe (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>bearer token (in the system keychain)</source>
        <translation>jeton Bearer (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Replace &amp;Token…</source>
        <translation>Remplacer le &amp;jeton…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Import from Appclacks CLI…</source>
        <translation>&amp;Importer depuis l’outil en ligne de commande Appclacks…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing profile %1 of %2…</source>
        <translation>Importation du profil %1 sur %2…</translation>
    </message>
    <message>
        <source>Imported from the Appclacks CLI:</source>
        <translation>Profils importés depuis l’outil en ligne de commande Appclacks&#xa0;:</translation>
    </message>
    <message>
        <source>Imported with problems:</source>
        <translation>Profils importés, avec des problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>No profiles yet. Add one for the Appclacks API or a Cabourotte /metrics endpoint, or import the Appclacks CLI&apos;s.</source>
        <translation>Aucun profil pour l’instant. Ajoutez-en un pour l’API Appclacks ou pour le point d’accès /metrics d’un Cabourotte, ou importez ceux de l’outil en ligne de commande Appclacks.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organization ID: %1</source>
        <translation>Identifiant d’organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Nom d’utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>Authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Zone label: %1</source>
        <translation>Libellé de zone&#xa0;: %1</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>Fichier d’autorité de certification&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Refresh every %n seconds</source>
        <translation>
            <numerusform>Intervalle d’actualisation&#xa0;: %n seconde</numerusform>
            <numerusform>Intervalle d’actualisation&#xa0;: %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its token is removed from the system keychain too.</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;? Son jeton est aussi supprimé du trousseau du système.</translation>
    </message>
    <message>
        <source>Removing the token of “%1” from the system keychain…</source>
        <translation>Suppression du jeton de «&#xa0;%1&#xa0;» du trousseau du système…</translation>
    </message>
    <message>
        <source>The token of “%1” could not be removed from the system keychain: %2

Remove the profile anyway? Its token would stay in the keychain, under the service “appclacks-desktop”.</source>
        <translation>Le jeton de «&#xa0;%1&#xa0;» n’a pas pu être supprimé du trousseau du système&#xa0;: %2

Supprimer quand même le profil&#xa0;? Son jeton resterait dans le trousseau, sous le service «&#xa0;appclacks-desktop&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” was kept: its token could not be removed from the system keychain: %2</source>
        <translation>«&#xa0;%1&#xa0;» a été conservé&#xa0;: son jeton n’a pas pu être supprimé du trousseau du système&#xa0;: %2</translation>
    </message>
    <message>
        <source>Profile “%1” removed, and its token with it.</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé, ainsi que son jeton.</translation>
    </message>
    <message>
        <source>Profile “%1” removed; its token could not be removed from the system keychain: %2</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé&#x202f;; son jeton n’a pas pu être supprimé du trousseau du système&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connection test cancelled.</source>
        <translation>Test de connexion annulé.</translation>
    </message>
    <message>
        <source>Import Appclacks CLI Profiles</source>
        <translation>Importer les profils de l’outil en ligne de commande Appclacks</translation>
    </message>
    <message>
        <source>Appclacks CLI profiles (appclacks.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Profils de l’outil en ligne de commande Appclacks (appclacks.yaml *.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 holds no profiles.</source>
        <translation>%1 ne contient aucun profil.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n profiles…</source>
        <translation>
            <numerusform>Importation de %n profil…</numerusform>
            <numerusform>Importation de %n profils…</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing as soon as the system keychain answers…</source>
        <translation>Fermeture dès que le trousseau du système répondra…</translation>
    </message>
    <message>
        <source>Prometheus-compatible server</source>
        <translation>Serveur compatible Prometheus</translation>
    </message>
    <message>
        <source>Prometheus &amp;Scrape Config…</source>
        <translation>Configuration de &amp;collecte Prometheus…</translation>
    </message>
    <message>
        <source>A Prometheus scrape job for this profile, ready to paste into prometheus.yml, without its token.</source>
        <translation>Un job de collecte Prometheus pour ce profil, prêt à coller dans prometheus.yml, sans son jeton.</translation>
    </message>
    <message>
        <source>Asks the server which Prometheus-compatible server it is (/api/v1/status/buildinfo).</source>
        <translation>Demande au serveur quel serveur compatible Prometheus il est (/api/v1/status/buildinfo).</translation>
    </message>
    <message>
        <source>Scrapes it once and counts its health checks and zones.</source>
        <translation>Le collecte une fois et compte ses contrôles de santé et ses zones.</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire (tenant)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Label matchers: %1</source>
        <translation>Sélecteurs de libellés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Labels: check name “%1”, check ID “%2”, zone “%3”</source>
        <translation>Libellés&#xa0;: nom de contrôle «&#xa0;%1&#xa0;», identifiant de contrôle «&#xa0;%2&#xa0;», zone «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Client certificate: %1</source>
        <translation>Certificat client&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-query every %n seconds</source>
        <translation>
            <numerusform>Intervalle entre les requêtes&#xa0;: %n seconde</numerusform>
            <numerusform>Intervalle entre les requêtes&#xa0;: %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::ui::RangePicker</name>
    <message>
        <source>Time range</source>
        <translation>Plage de temps</translation>
    </message>
    <message>
        <source>The time every figure covers</source>
        <translation>La période couverte par chaque chiffre</translation>
    </message>
    <message>
        <source>Custom Range…</source>
        <translation>Plage personnalisée…</translation>
    </message>
    <message>
        <source>Needs the history of a scraped source</source>
        <translation>Nécessite l’historique d’une source collectée</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::SessionStatusBar</name>
    <message>
        <source>%1 failing</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>No source open</source>
        <translation>Aucune source ouverte</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Actualisé il y a %1</translation>
    </message>
    <message>
        <source>next in %1</source>
        <translation>prochaine dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln checks</source>
        <translation>
            <numerusform>%Ln contrôle</numerusform>
            <numerusform>%Ln contrôles</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 in %2</source>
        <translation>%1 enregistré dans %2</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln checks</source>
        <translation>
            <numerusform>%1 sur %Ln contrôle</numerusform>
            <numerusform>%1 sur %Ln contrôles</numerusform>
        </translation>
    </message>
    <message>
        <source>scrape took %L1 ms</source>
        <translation>la collecte a pris %L1 ms</translation>
    </message>
    <message>
        <source>refreshing paused</source>
        <translation>actualisation en pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Asking the server… %1 of %2 queries answered</source>
        <translation>Interrogation du serveur… %1 requêtes sur %2 ont reçu une réponse</translation>
    </message>
    <message>
        <source>Figures: PromQL on %1</source>
        <translation>Chiffres&#xa0;: PromQL sur %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s) from the server</source>
        <translation>
            <numerusform>⚠ %n avertissement du serveur</numerusform>
            <numerusform>⚠ %n avertissements du serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>The server computed these figures with its own PromQL (increase() as it computes it).</source>
        <translation>Le serveur a calculé ces chiffres avec son propre PromQL (increase() tel qu’il le calcule).</translation>
    </message>
    <message>
        <source>queries took %L1 ms</source>
        <translation>les requêtes ont pris %L1 ms</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::SourceChooser</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Aucune source</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Open a metrics file…</source>
        <translation>Ouvrir un fichier de métriques…</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>Ajouter un profil…</translation>
    </message>
    <message>
        <source>Open Metrics File</source>
        <translation>Ouvrir un fichier de métriques</translation>
    </message>
    <message>
        <source>Metrics files (*.prom *.txt *.metrics *.om);;All files (*)</source>
        <translation>Fichiers de métriques (*.prom *.txt *.metrics *.om);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add a Profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>Profiles cannot be saved: %1</source>
        <translation>Impossible d’enregistrer les profils&#xa0;: %1</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>Gérer les profils…</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::StaleBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Stale data warning</source>
        <translation>Avertissement de données périmées</translation>
    </message>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing data from %1 (%2 old): %3</source>
        <translation>Données de %1 (il y a %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not read the source: %1</source>
        <translation>Impossible de lire la source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::StateTimelineChart</name>
    <message>
        <source>State per zone over time</source>
        <translation>État par zone dans le temps</translation>
    </message>
    <message>
        <source>State over time</source>
        <translation>État dans le temps</translation>
    </message>
    <message>
        <source>Select a check to see its state over time</source>
        <translation>Sélectionnez un contrôle pour voir son état dans le temps</translation>
    </message>
    <message>
        <source>state per zone over time</source>
        <translation>état par zone dans le temps</translation>
    </message>
    <message>
        <source>No samples were recorded for this check in this range</source>
        <translation>Aucun échantillon n’a été enregistré pour ce contrôle dans cette plage</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failing in some zones</source>
        <translation>En échec dans certaines zones</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message numerus="yes">
        <source>failing: %1 of %2 runs failed</source>
        <translation>
            <numerusform>en échec&#xa0;: échec de %1 sur %2 exécution</numerusform>
            <numerusform>en échec&#xa0;: échec de %1 sur %2 exécutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passing: %1 runs, none failed</source>
        <translation>
            <numerusform>réussi&#xa0;: %1 exécution, aucun échec</numerusform>
            <numerusform>réussi&#xa0;: %1 exécutions, aucun échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::ui::StatusStripDelegate</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>réussites&#xa0;: %1, échecs&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::TimeChartWidget</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::TrayNotifier</name>
    <message>
        <source>No desktop notifications: no notification service answered (%1).</source>
        <translation>Pas de notifications de bureau&#xa0;: aucun service de notification n’a répondu (%1).</translation>
    </message>
    <message>
        <source>Show Window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>Appclacks Desktop</source>
        <translation>Appclacks Desktop</translation>
    </message>
    <message>
        <source>Appclacks Desktop: outage — %1 failing</source>
        <translation>Appclacks Desktop&#xa0;: panne — %1 en échec</translation>
    </message>
    <message>
        <source>Appclacks Desktop: partial outage — %1 failing</source>
        <translation>Appclacks Desktop&#xa0;: panne partielle — %1 en échec</translation>
    </message>
    <message>
        <source>Appclacks Desktop: no results yet</source>
        <translation>Appclacks Desktop&#xa0;: pas encore de résultat</translation>
    </message>
    <message>
        <source>Appclacks Desktop: all checks passing</source>
        <translation>Appclacks Desktop&#xa0;: tous les contrôles réussissent</translation>
    </message>
    <message numerus="yes">
        <source>Check failing</source>
        <translation>
            <numerusform>Contrôle en échec</numerusform>
            <numerusform>Contrôles en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check recovered</source>
        <translation>
            <numerusform>Contrôle rétabli</numerusform>
            <numerusform>Contrôles rétablis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 started failing.</source>
        <translation>
            <numerusform>%1 est passé en échec.</numerusform>
            <numerusform>%1 sont passés en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 passes again.</source>
        <translation>
            <numerusform>%1 réussit de nouveau.</numerusform>
            <numerusform>%1 réussissent de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checks started failing</source>
        <translation>
            <numerusform>%n contrôle est passé en échec</numerusform>
            <numerusform>%n contrôles sont passés en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checks pass again</source>
        <translation>
            <numerusform>%n contrôle réussit de nouveau</numerusform>
            <numerusform>%n contrôles réussissent de nouveau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appclacks::ui::UptimeChart</name>
    <message>
        <source>Uptime per check</source>
        <translation>Disponibilité par contrôle</translation>
    </message>
    <message>
        <source>Uptime over 24 hours, 7 days and 30 days</source>
        <translation>Disponibilité sur 24 heures, 7 jours et 30 jours</translation>
    </message>
    <message>
        <source>No check has history in the last 30 days</source>
        <translation>Aucun contrôle n’a d’historique sur les 30 derniers jours</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>%1 · uptime over %2: %3</source>
        <translation>%1 · disponibilité sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>The axis starts at %1 so that small differences show.</source>
        <translation>L’axe commence à %1 pour que les petites différences soient visibles.</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::WelcomePage</name>
    <message>
        <source>Welcome to Appclacks Desktop</source>
        <translation>Bienvenue dans Appclacks Desktop</translation>
    </message>
    <message>
        <source>See which health checks fail, where, and how fast the others answer — from Appclacks, Cabourotte or any Prometheus metrics endpoint.</source>
        <translation>Voyez quels contrôles de santé échouent, où, et à quelle vitesse les autres répondent — depuis Appclacks, Cabourotte ou tout point d’accès de métriques Prometheus.</translation>
    </message>
</context>
<context>
    <name>appclacks::ui::ZonesComparisonChart</name>
    <message>
        <source>Zones compared</source>
        <translation>Zones comparées</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Select a check to compare its zones</source>
        <translation>Sélectionnez un contrôle pour comparer ses zones</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <source>This check has no results yet</source>
        <translation>Ce contrôle n’a pas encore de résultat</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>Latency (s)</source>
        <translation>Latence (s)</translation>
    </message>
    <message>
        <source>This check exposes no latency histogram</source>
        <translation>Ce contrôle n’expose aucun histogramme de latence</translation>
    </message>
    <message>
        <source>The zones agree.</source>
        <translation>Les zones concordent.</translation>
    </message>
    <message>
        <source>Zone and success ratio</source>
        <translation>Zone et taux de réussite</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Health-check metrics from Appclacks and Cabourotte.

Commands (each takes --help):
  appclacks-desktop
      open the window
</source>
        <translation>Métriques des contrôles de santé d’Appclacks et de Cabourotte.

Commandes (chacune accepte --help)&#xa0;:
  appclacks-desktop
      ouvrir la fenêtre
</translation>
    </message>
    <message>
        <source>SOURCE := --demo [--seed N] | --file PATH | --profile NAME | --url URL [--ca-file PEM] [--timeout SECONDS]
  (for --url, Basic credentials come from APPCLACKS_ORGANIZATION_ID and APPCLACKS_TOKEN)
</source>
        <translation>SOURCE := --demo [--seed N] | --file CHEMIN | --profile NOM | --url URL [--ca-file PEM] [--timeout SECONDES]
  (avec --url, les identifiants Basic viennent d’APPCLACKS_ORGANIZATION_ID et d’APPCLACKS_TOKEN)
</translation>
    </message>
    <message>
        <source>Open a window of its own, even when one is already open.</source>
        <translation>Ouvrir une fenêtre distincte, même si une autre est déjà ouverte.</translation>
    </message>
    <message>
        <source>Open the window on this metrics file (as --file does).</source>
        <translation>Ouvrir la fenêtre sur ce fichier de métriques (comme --file).</translation>
    </message>
    <message>
        <source>Unknown command: %1 (nor a metrics file of that name)</source>
        <translation>Commande inconnue&#xa0;: %1 (et aucun fichier de métriques de ce nom)</translation>
    </message>
    <message>
        <source>See appclacks-desktop --help.
</source>
        <translation>Voir appclacks-desktop --help.
</translation>
    </message>
    <message>
        <source>Options go after the command&apos;s name: appclacks-desktop %1 …
</source>
        <translation>Les options se placent après le nom de la commande&#xa0;: appclacks-desktop %1 …
</translation>
    </message>
    <message>
        <source>No display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window cannot open.
The headless commands work without one; see appclacks-desktop --help.
</source>
        <translation>Pas d’affichage&#xa0;: ni DISPLAY ni WAYLAND_DISPLAY n’est défini, la fenêtre ne peut donc pas s’ouvrir.
Les commandes sans affichage fonctionnent sans&#x202f;; voir appclacks-desktop --help.
</translation>
    </message>
    <message>
        <source>check an exposition file and print its families and samples</source>
        <translation>vérifier un fichier d’exposition et afficher ses familles et ses échantillons</translation>
    </message>
    <message>
        <source>per check and zone: outcomes, success ratio, p50/p90/p95/p99, mean</source>
        <translation>par contrôle et par zone&#xa0;: résultats, taux de réussite, p50/p90/p95/p99, moyenne</translation>
    </message>
    <message>
        <source>manage profiles; tokens go to the system keychain, never to a file or the screen</source>
        <translation>gérer les profils&#x202f;; les jetons vont dans le trousseau du système, jamais dans un fichier ni à l’écran</translation>
    </message>
    <message>
        <source>draw a chart of the window into an image, no display needed</source>
        <translation>dessiner un graphique de la fenêtre dans une image, sans affichage</translation>
    </message>
    <message>
        <source>usage: %1
</source>
        <translation>utilisation&#xa0;: %1
</translation>
    </message>
    <message>
        <source>--max-bytes: expected a number of bytes, got “%1”
</source>
        <translation>--max-bytes&#xa0;: nombre d’octets attendu, «&#xa0;%1&#xa0;» reçu
</translation>
    </message>
    <message>
        <source>scrape on an interval into the history until SIGINT or SIGTERM, no window</source>
        <translation>collecter une source à intervalle régulier dans l’historique jusqu’à SIGINT ou SIGTERM, sans fenêtre</translation>
    </message>
    <message>
        <source>the stored history: import and export promtool&apos;s OpenMetrics, sizes, step series</source>
        <translation>l’historique enregistré&#xa0;: importer et exporter l’OpenMetrics de promtool, tailles, séries par pas</translation>
    </message>
</context>
<context>
    <name>parse</name>
    <message>
        <source>Parse a Prometheus or OpenMetrics exposition file and print what it holds.</source>
        <translation>Analyser un fichier d’exposition Prometheus ou OpenMetrics et afficher ce qu’il contient.</translation>
    </message>
    <message>
        <source>Output: json, text or stats.</source>
        <translation>Sortie&#xa0;: json, text ou stats.</translation>
    </message>
    <message>
        <source>Refuse an input larger than this many bytes (default: no limit).</source>
        <translation>Refuser une entrée plus grande que ce nombre d’octets (par défaut&#xa0;: aucune limite).</translation>
    </message>
    <message>
        <source>The exposition file, or - for standard input.</source>
        <translation>Le fichier d’exposition, ou - pour l’entrée standard.</translation>
    </message>
</context>
</TS>
