<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>DataOpener</name>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="29"/>
        <source>Open catalogue</source>
        <translation>Open catalogue</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="30"/>
        <source>Catalogues (*.gpkg *.geojson *.json *.csv);;All files (*)</source>
        <translation>Catalogues (*.gpkg *.geojson *.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="37"/>
        <location filename="../../explorer/ui/data_opener.py" line="47"/>
        <source>Opening {file}…</source>
        <translation>Opening {file}…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="56"/>
        <source>Opened with warnings</source>
        <translation>Opened with warnings</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="57"/>
        <source>{file} is open. {count} warning(s): approximate or missing places and other doubtful rows.</source>
        <translation>{file} is open. {count} warning(s): approximate or missing places and other doubtful rows.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="64"/>
        <source>Cannot open data</source>
        <translation>Cannot open data</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="65"/>
        <source>{file} was not opened; the current data stays on screen.</source>
        <translation>{file} was not opened; the current data stays on screen.</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="22"/>
        <source>surveyed site</source>
        <translation>surveyed site</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="23"/>
        <source>at a nearby landmark</source>
        <translation>at a nearby landmark</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="24"/>
        <source>approximate: town reference point</source>
        <translation>approximate: town reference point</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="25"/>
        <source>approximate: somewhere in the district</source>
        <translation>approximate: somewhere in the district</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="26"/>
        <source>location not known</source>
        <translation>location not known</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="32"/>
        <source>approximate: how close the point is to the site is not known</source>
        <translation>approximate: how close the point is to the site is not known</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="125"/>
        <source>No park selected</source>
        <translation>No park selected</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="126"/>
        <source>Click a park on the map or in the list.</source>
        <translation>Click a park on the map or in the list.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="140"/>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="139"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="141"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="143"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="144"/>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="160"/>
        <location filename="../../explorer/ui/detail_panel.py" line="189"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="203"/>
        <source>{chain} (not confirmed as one of the 14 chains)</source>
        <translation>{chain} (not confirmed as one of the 14 chains)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="212"/>
        <source>, within about {km} km</source>
        <translation>, within about {km} km</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="168"/>
        <location filename="../../explorer/ui/detail_panel.py" line="217"/>
        <source>Source: {title}</source>
        <translation>Source: {title}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="139"/>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="162"/>
        <source>{lat:.5f}° N, {lon:.5f}° E (WGS-84)</source>
        <translation>{lat:.5f}° N, {lon:.5f}° E (WGS-84)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="163"/>
        <source>location not known</source>
        <translation>location not known</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="170"/>
        <source>Park named by: {title} ({date})</source>
        <translation>Park named by: {title} ({date})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="225"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="225"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="225"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="225"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="230"/>
        <source>Target: {label}</source>
        <translation>Target: {label}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="239"/>
        <source>No figures in the catalogue.</source>
        <translation>No figures in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="240"/>
        <source>Select a figure to read the sentence it comes from.</source>
        <translation>Select a figure to read the sentence it comes from.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="245"/>
        <source>not stated (source of {date})</source>
        <translation>not stated (source of {date})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="246"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="270"/>
        <source>No named tenants in the catalogue. Counts, where a source gives one, are among the figures.</source>
        <translation>No named tenants in the catalogue. Counts, where a source gives one, are among the figures.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../explorer/export/options.py" line="165"/>
        <source>Industrial parks of {city}</source>
        <translation>Industrial parks of {city}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="166"/>
        <source>Industrial parks of {city}: {count} chains</source>
        <translation>Industrial parks of {city}: {count} chains</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="167"/>
        <source>Industrial parks of {city}: {chains}</source>
        <translation>Industrial parks of {city}: {chains}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="168"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="169"/>
        <source>Sources: {sources}</source>
        <translation>Sources: {sources}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="170"/>
        <source>Exported {date}</source>
        <translation>Exported {date}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="171"/>
        <source>Industrial chains</source>
        <translation>Industrial chains</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="172"/>
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
        <location filename="../../explorer/ui/menus.py" line="52"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="53"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="54"/>
        <source>&amp;Find park</source>
        <translation>&amp;Find park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="56"/>
        <source>Show &amp;all chains</source>
        <translation>Show &amp;all chains</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="58"/>
        <source>&amp;Clear selection</source>
        <translation>&amp;Clear selection</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="63"/>
        <source>&amp;Basemap</source>
        <translation>&amp;Basemap</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="60"/>
        <source>None (offline)</source>
        <translation>None (offline)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="61"/>
        <source>OpenStreetMap (online: the map goes on the internet)</source>
        <translation>OpenStreetMap (online: the map goes on the internet)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="66"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="68"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="69"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="100"/>
        <source>Hengyang Park Explorer — {name}</source>
        <translation>Hengyang Park Explorer — {name}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="122"/>
        <source>Loading map…</source>
        <translation>Loading map…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="128"/>
        <source>{parks} parks, {mapped} on the map · {tenants} tenants · {figures} figures</source>
        <translation>{parks} parks, {mapped} on the map · {tenants} tenants · {figures} figures</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="136"/>
        <source>No Chinese font</source>
        <translation>No Chinese font</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="143"/>
        <source>Hengyang Park Explorer {version}</source>
        <translation>Hengyang Park Explorer {version}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="144"/>
        <source>Data: {path}</source>
        <translation>Data: {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="145"/>
        <source>Log: {path}</source>
        <translation>Log: {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="145"/>
        <source>not written</source>
        <translation>not written</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="149"/>
        <source>Web libraries (in {folder}):</source>
        <translation>Web libraries (in {folder}):</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="152"/>
        <source>About Hengyang Park Explorer</source>
        <translation>About Hengyang Park Explorer</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="146"/>
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
        <location filename="../../explorer/ui/exporter.py" line="67"/>
        <source>Exporting map…</source>
        <translation>Exporting map…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="75"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="81"/>
        <source>Map exported to {path}</source>
        <translation>Map exported to {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="99"/>
        <source>Map image copied to the clipboard</source>
        <translation>Map image copied to the clipboard</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../explorer/ui/map_view.py" line="141"/>
        <source>Loading map… %p%</source>
        <translation>Loading map… %p%</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map_view.py" line="272"/>
        <source>The map page could not be loaded. The park list and details still work; try File → Reload map.</source>
        <translation>The map page could not be loaded. The park list and details still work; try File → Reload map.</translation>
    </message>
</context>
<context>
    <name>ParkList</name>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="70"/>
        <source>Search parks (Chinese or English)</source>
        <translation>Search parks (Chinese or English)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="71"/>
        <source>Industrial chains</source>
        <translation>Industrial chains</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="72"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="73"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="108"/>
        <source>{name} (not on the map)</source>
        <translation>{name} (not on the map)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="167"/>
        <source>%n park(s) shown</source>
        <translation>
            <numerusform>%n park shown</numerusform>
            <numerusform>%n parks shown</numerusform>
        </translation>
    </message>
</context>
</TS>
