<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Chains</name>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="24"/>
        <source>A source confirms it is one of the city&apos;s 14 chains.</source>
        <translation>A source confirms it is one of the city&apos;s 14 chains.</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="26"/>
        <source>Not confirmed as one of the city&apos;s 14 chains.</source>
        <translation>Not confirmed as one of the city&apos;s 14 chains.</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="28"/>
        <source>Parks</source>
        <translation>Parks</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="29"/>
        <source>The catalogue holds no park of this chain.</source>
        <translation>The catalogue holds no park of this chain.</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="30"/>
        <source>not on the map</source>
        <translation>not on the map</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="31"/>
        <source>Firms</source>
        <translation>Firms</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="32"/>
        <source>The catalogue holds no firm of this chain.</source>
        <translation>The catalogue holds no firm of this chain.</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="33"/>
        <source>no park known</source>
        <translation>no park known</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="34"/>
        <source>… and {n} more firms (File → Export chain report… lists them all)</source>
        <translation>… and {n} more firms (File → Export chain report… lists them all)</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="36"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="37"/>
        <source>The catalogue holds no figures for this chain, its parks or its firms.</source>
        <translation>The catalogue holds no figures for this chain, its parks or its firms.</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="39"/>
        <source>Of</source>
        <translation>Of</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="40"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="41"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="42"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="43"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="44"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="45"/>
        <source>Source sentence</source>
        <translation>Source sentence</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="46"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="47"/>
        <source>Hover a figure to read the sentence it comes from. Click a park or a firm to show it on the map.</source>
        <translation>Hover a figure to read the sentence it comes from. Click a park or a firm to show it on the map.</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="49"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="50"/>
        <source>Firms per park</source>
        <translation>Firms per park</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="51"/>
        <source>No firm of this chain is in the catalogue, so there is no chart of firms per park.</source>
        <translation>No firm of this chain is in the catalogue, so there is no chart of firms per park.</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="53"/>
        <source>Figures over time</source>
        <translation>Figures over time</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="54"/>
        <source>No figure here has more than one period, so there is nothing to draw over time.</source>
        <translation>No figure here has more than one period, so there is nothing to draw over time.</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="56"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="57"/>
        <source>None of this chain&apos;s parks or firms has a place on the map, so the report has no map.</source>
        <translation>None of this chain&apos;s parks or firms has a place on the map, so the report has no map.</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="59"/>
        <source>Dots: parks, in the chain&apos;s colour; dashed circles: the area a park placed only approximately lies in.</source>
        <translation>Dots: parks, in the chain&apos;s colour; dashed circles: the area a park placed only approximately lies in.</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="62"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="63"/>
        <source>Chain report</source>
        <translation>Chain report</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="64"/>
        <source>Industrial chains of {city}: overview</source>
        <translation>Industrial chains of {city}: overview</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="65"/>
        <source>Made on {date} with Hengyang Park Explorer from its catalogue.</source>
        <translation>Made on {date} with Hengyang Park Explorer from its catalogue.</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="67"/>
        <source>All chains together (city-wide)</source>
        <translation>All chains together (city-wide)</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="68"/>
        <source>The catalogue holds no city-wide figures.</source>
        <translation>The catalogue holds no city-wide figures.</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="69"/>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="70"/>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="71"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="72"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="73"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="74"/>
        <source>Firms on the map</source>
        <translation>Firms on the map</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="75"/>
        <source>Firms without a place</source>
        <translation>Firms without a place</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="76"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="77"/>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="78"/>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="79"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="80"/>
        <source>Parks and firms per chain</source>
        <translation>Parks and firms per chain</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="81"/>
        <source>Other figures of the source (events)</source>
        <translation>Other figures of the source (events)</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="82"/>
        <source>Parks: {parks} ({mapped} on the map) · firms on the map: {placed} · firms without a place: {unplaced}</source>
        <translation>Parks: {parks} ({mapped} on the map) · firms on the map: {placed} · firms without a place: {unplaced}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="84"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="87"/>
        <source>the chain</source>
        <translation>the chain</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="88"/>
        <source>the city</source>
        <translation>the city</translation>
    </message>
</context>
<context>
    <name>ChainsView</name>
    <message>
        <location filename="../../explorer/ui/chains_view.py" line="122"/>
        <source>Choose a chain in the table (or a chain heading in the park list) to see its parks, firms, figures and charts.</source>
        <translation>Choose a chain in the table (or a chain heading in the park list) to see its parks, firms, figures and charts.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/chains_view.py" line="166"/>
        <location filename="../../explorer/ui/chains_view.py" line="225"/>
        <source> +{n} more</source>
        <translation> +{n} more</translation>
    </message>
</context>
<context>
    <name>DataOpener</name>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="30"/>
        <source>Open catalogue</source>
        <translation>Open catalogue</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="32"/>
        <source>Catalogues (*.gpkg *.geojson *.json *.csv);;All files (*)</source>
        <translation>Catalogues (*.gpkg *.geojson *.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="44"/>
        <location filename="../../explorer/ui/data_opener.py" line="54"/>
        <source>Opening {file}…</source>
        <translation>Opening {file}…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="63"/>
        <source>Opened with warnings</source>
        <translation>Opened with warnings</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="64"/>
        <source>{file} is open. {count} warning(s) about its rows: approximate or missing places and other doubtful rows.</source>
        <translation>{file} is open. {count} warning(s) about its rows: approximate or missing places and other doubtful rows.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="70"/>
        <source>{file} was not opened</source>
        <translation>{file} was not opened</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="72"/>
        <source>Cannot open data</source>
        <translation>Cannot open data</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="73"/>
        <source>{file} was not opened; the current data stays on screen.</source>
        <translation>{file} was not opened; the current data stays on screen.</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="27"/>
        <source>surveyed site</source>
        <translation>surveyed site</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="28"/>
        <source>at a nearby landmark</source>
        <translation>at a nearby landmark</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="29"/>
        <source>approximate: town reference point</source>
        <translation>approximate: town reference point</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="30"/>
        <source>approximate: somewhere in the district</source>
        <translation>approximate: somewhere in the district</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="31"/>
        <source>location not known</source>
        <translation>location not known</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="37"/>
        <source>approximate: how close the point is to the site is not known</source>
        <translation>approximate: how close the point is to the site is not known</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="147"/>
        <source>No park selected</source>
        <translation>No park selected</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="148"/>
        <source>Click a park on the map or in the list.</source>
        <translation>Click a park on the map or in the list.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="162"/>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="161"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="163"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="165"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="190"/>
        <location filename="../../explorer/ui/detail_panel.py" line="220"/>
        <location filename="../../explorer/ui/detail_panel.py" line="242"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="229"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="234"/>
        <source>land: {area}</source>
        <translation>land: {area}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="235"/>
        <source>floor area: {area}</source>
        <translation>floor area: {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/detail_panel.py" line="236"/>
        <source>%n named firm(s)</source>
        <translation>
            <numerusform>%n named firm</numerusform>
            <numerusform>%n named firms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="253"/>
        <source>{chain} (not confirmed as one of the 14 chains)</source>
        <translation>{chain} (not confirmed as one of the 14 chains)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="262"/>
        <source>, within about {km} km</source>
        <translation>, within about {km} km</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="198"/>
        <location filename="../../explorer/ui/detail_panel.py" line="267"/>
        <source>Source: {title}</source>
        <translation>Source: {title}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="119"/>
        <source>(Chinese only)</source>
        <translation>(Chinese only)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="119"/>
        <source>(English only)</source>
        <translation>(English only)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="126"/>
        <source>In Chinese, as published: “{quote}”</source>
        <translation>In Chinese, as published: “{quote}”</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="139"/>
        <source>A chain is selected: its parks, firms and figures are in the Chains view below. Click a park for its details.</source>
        <translation>A chain is selected: its parks, firms and figures are in the Chains view below. Click a park for its details.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="161"/>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="166"/>
        <source>Firms</source>
        <translation>Firms</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="186"/>
        <source>{park}? (suggested from the firm&apos;s location; no source names its park)</source>
        <translation>{park}? (suggested from the firm&apos;s location; no source names its park)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="192"/>
        <source>{lat:.5f}° N, {lon:.5f}° E (WGS-84)</source>
        <translation>{lat:.5f}° N, {lon:.5f}° E (WGS-84)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="193"/>
        <source>location not known</source>
        <translation>location not known</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="200"/>
        <source>Park named by: {title} ({date})</source>
        <translation>Park named by: {title} ({date})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="278"/>
        <source>Target: {label}</source>
        <translation>Target: {label}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="286"/>
        <source>No figures in the catalogue.</source>
        <translation>No figures in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="287"/>
        <source>Select a figure to read the sentence it comes from.</source>
        <translation>Select a figure to read the sentence it comes from.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="292"/>
        <source>not stated (source of {date})</source>
        <translation>not stated (source of {date})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="293"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="318"/>
        <source>No named firms in the catalogue. Counts, where a source gives one, are among the figures.</source>
        <translation>No named firms in the catalogue. Counts, where a source gives one, are among the figures.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../explorer/export/options.py" line="193"/>
        <source>Industrial parks of {city}</source>
        <translation>Industrial parks of {city}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="194"/>
        <source>Industrial parks of {city}: {count} chains</source>
        <translation>Industrial parks of {city}: {count} chains</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="195"/>
        <source>Industrial parks of {city}: {chains}</source>
        <translation>Industrial parks of {city}: {chains}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="196"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="197"/>
        <source>Sources: {sources}</source>
        <translation>Sources: {sources}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="198"/>
        <source>Exported {date}</source>
        <translation>Exported {date}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="199"/>
        <source>Industrial chains</source>
        <translation>Industrial chains</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="200"/>
        <source>No chain shown</source>
        <translation>No chain shown</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="25"/>
        <location filename="../../explorer/ui/export_dialog.py" line="133"/>
        <source>Export map</source>
        <translation>Export map</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="32"/>
        <source>Current view ({w}×{h})</source>
        <translation>Current view ({w}×{h})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="33"/>
        <source>1920×1080 (slides)</source>
        <translation>1920×1080 (slides)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="34"/>
        <source>A4 portrait at 300 dpi (2480×3508 px)</source>
        <translation>A4 portrait at 300 dpi (2480×3508 px)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="35"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="43"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="47"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="95"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="96"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="98"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="99"/>
        <source>Paper (PDF)</source>
        <translation>Paper (PDF)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="100"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="101"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="103"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../explorer/export/fonts.py" line="34"/>
        <source>No font for Chinese is installed, so Chinese text would show as empty boxes. Install one ({hint}).</source>
        <translation>No font for Chinese is installed, so Chinese text would show as empty boxes. Install one ({hint}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/ui/menus.py" line="41"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="42"/>
        <source>&amp;Open data…</source>
        <translation>&amp;Open data…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="44"/>
        <source>&amp;Reload map</source>
        <translation>&amp;Reload map</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="47"/>
        <source>&amp;Export map…</source>
        <translation>&amp;Export map…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="49"/>
        <source>&amp;Copy map image</source>
        <translation>&amp;Copy map image</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="51"/>
        <source>Export chain &amp;report…</source>
        <translation>Export chain &amp;report…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="54"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="55"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="56"/>
        <source>&amp;Find park</source>
        <translation>&amp;Find park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="58"/>
        <source>Show &amp;all chains</source>
        <translation>Show &amp;all chains</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="60"/>
        <source>&amp;Clear selection</source>
        <translation>&amp;Clear selection</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="63"/>
        <source>C&amp;hains view</source>
        <translation>C&amp;hains view</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="69"/>
        <source>&amp;Basemap</source>
        <translation>&amp;Basemap</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="66"/>
        <source>None (offline)</source>
        <translation>None (offline)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="67"/>
        <source>OpenStreetMap (online: the map goes on the internet)</source>
        <translation>OpenStreetMap (online: the map goes on the internet)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="72"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="74"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="75"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="81"/>
        <location filename="../../explorer/ui/main_window.py" line="97"/>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="113"/>
        <source>No park or firm of the chain {chain} has a place on the map.</source>
        <translation>No park or firm of the chain {chain} has a place on the map.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="131"/>
        <source>Hengyang Park Explorer — {name}</source>
        <translation>Hengyang Park Explorer — {name}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="154"/>
        <source>Loading map…</source>
        <translation>Loading map…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="160"/>
        <source>{parks} parks, {mapped} on the map · {firms} firms · {figures} figures</source>
        <translation>{parks} parks, {mapped} on the map · {firms} firms · {figures} figures</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="164"/>
        <source>{count} firms added from {file}</source>
        <translation>{count} firms added from {file}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="177"/>
        <source>No Chinese font</source>
        <translation>No Chinese font</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="184"/>
        <source>Hengyang Park Explorer {version}</source>
        <translation>Hengyang Park Explorer {version}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="185"/>
        <source>Data: {path}</source>
        <translation>Data: {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="186"/>
        <source>Log: {path}</source>
        <translation>Log: {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="186"/>
        <source>not written</source>
        <translation>not written</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="190"/>
        <source>Web libraries (in {folder}):</source>
        <translation>Web libraries (in {folder}):</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="193"/>
        <source>About Hengyang Park Explorer</source>
        <translation>About Hengyang Park Explorer</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="187"/>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
</context>
<context>
    <name>MapExporter</name>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="34"/>
        <source>No chain is shown: tick at least one chain to export the map.</source>
        <translation>No chain is shown: tick at least one chain to export the map.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="69"/>
        <source>Exporting map…</source>
        <translation>Exporting map…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="77"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="83"/>
        <source>Map exported to {path}</source>
        <translation>Map exported to {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="101"/>
        <source>Map image copied to the clipboard</source>
        <translation>Map image copied to the clipboard</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../explorer/ui/map_view.py" line="143"/>
        <source>Loading map… %p%</source>
        <translation>Loading map… %p%</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map_view.py" line="295"/>
        <source>The map page could not be loaded. The park list and details still work; try File → Reload map.</source>
        <translation>The map page could not be loaded. The park list and details still work; try File → Reload map.</translation>
    </message>
</context>
<context>
    <name>ParkList</name>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="104"/>
        <source>Search parks, chains, firms</source>
        <translation>Search parks, chains, firms</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="105"/>
        <source>Industrial chains</source>
        <translation>Industrial chains</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="106"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="107"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="108"/>
        <source>Show all (Esc)</source>
        <translation>Show all (Esc)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="157"/>
        <source>Open the page of this chain</source>
        <translation>Open the page of this chain</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="161"/>
        <source>{name} (not on the map)</source>
        <translation>{name} (not on the map)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="260"/>
        <source>Firms ({count})</source>
        <translation>Firms ({count})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="261"/>
        <source>(first {n} listed)</source>
        <translation>(first {n} listed)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="268"/>
        <source>%n park(s) shown</source>
        <translation>
            <numerusform>%n park shown</numerusform>
            <numerusform>%n parks shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="270"/>
        <source>No park, chain or firm matches “{text}”</source>
        <translation>No park, chain or firm matches “{text}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="272"/>
        <source>%n park(s)</source>
        <translation>
            <numerusform>%n park</numerusform>
            <numerusform>%n parks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="273"/>
        <source>%n chain(s)</source>
        <translation>
            <numerusform>%n chain</numerusform>
            <numerusform>%n chains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="274"/>
        <source>%n firm(s)</source>
        <translation>
            <numerusform>%n firm</numerusform>
            <numerusform>%n firms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="281"/>
        <source>Only the chain {chain}</source>
        <translation>Only the chain {chain}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../explorer/ui/qt_strings.py" line="12"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/qt_strings.py" line="13"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/qt_strings.py" line="14"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="28"/>
        <source>City overview: all chains</source>
        <translation>City overview: all chains</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="35"/>
        <location filename="../../explorer/ui/report_exporter.py" line="44"/>
        <source>Export chain report</source>
        <translation>Export chain report</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="36"/>
        <source>Report of:</source>
        <translation>Report of:</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="45"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="52"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="61"/>
        <source>Report failed</source>
        <translation>Report failed</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="69"/>
        <source>Report written to {path}</source>
        <translation>Report written to {path}</translation>
    </message>
</context>
</TS>
