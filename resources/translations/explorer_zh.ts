<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
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
    <name>DataOpener</name>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="30"/>
        <source>Open catalogue</source>
        <translation>打开数据</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="32"/>
        <source>Catalogues (*.gpkg *.geojson *.json *.csv);;All files (*)</source>
        <translation>数据文件 (*.gpkg *.geojson *.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="44"/>
        <location filename="../../explorer/ui/data_opener.py" line="54"/>
        <source>Opening {file}…</source>
        <translation>正在打开 {file}…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="63"/>
        <source>Opened with warnings</source>
        <translation>已打开，有警告</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="64"/>
        <source>{file} is open. {count} warning(s) about its rows: approximate or missing places and other doubtful rows.</source>
        <translation>已打开 {file}。关于其中各行有 {count} 条警告：位置近似或缺失，以及其他存疑的行。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="70"/>
        <source>{file} was not opened</source>
        <translation>未能打开 {file}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="72"/>
        <source>Cannot open data</source>
        <translation>无法打开数据</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="73"/>
        <source>{file} was not opened; the current data stays on screen.</source>
        <translation>未能打开 {file}，当前数据保持不变。</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="27"/>
        <source>surveyed site</source>
        <translation>实测位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="28"/>
        <source>at a nearby landmark</source>
        <translation>附近地标位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="29"/>
        <source>approximate: town reference point</source>
        <translation>近似：乡镇参考点</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="30"/>
        <source>approximate: somewhere in the district</source>
        <translation>近似：位于该区县内，具体位置不详</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="31"/>
        <source>location not known</source>
        <translation>位置不详</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="37"/>
        <source>approximate: how close the point is to the site is not known</source>
        <translation>大致位置：该点离实际地点多近未知</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="147"/>
        <source>No park selected</source>
        <translation>未选择园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="148"/>
        <source>Click a park on the map or in the list.</source>
        <translation>点击地图或列表中的园区查看详情。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="162"/>
        <source>Chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="161"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="163"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="165"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="190"/>
        <location filename="../../explorer/ui/detail_panel.py" line="220"/>
        <location filename="../../explorer/ui/detail_panel.py" line="242"/>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="229"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="234"/>
        <source>land: {area}</source>
        <translation>用地面积：{area}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="235"/>
        <source>floor area: {area}</source>
        <translation>建筑面积：{area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/detail_panel.py" line="236"/>
        <source>%n named firm(s)</source>
        <translation>
            <numerusform>具名企业%n家</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="253"/>
        <source>{chain} (not confirmed as one of the 14 chains)</source>
        <translation>{chain}（未确认属于14条产业链）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="262"/>
        <source>, within about {km} km</source>
        <translation>，误差约{km}公里</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="198"/>
        <location filename="../../explorer/ui/detail_panel.py" line="267"/>
        <source>Source: {title}</source>
        <translation>来源：{title}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="119"/>
        <source>(Chinese only)</source>
        <translation>（仅有中文）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="119"/>
        <source>(English only)</source>
        <translation>（仅有英文）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="126"/>
        <source>In Chinese, as published: “{quote}”</source>
        <translation>原文：“{quote}”</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="139"/>
        <source>A chain is selected: its parks, firms and figures are in the Chains view below. Click a park for its details.</source>
        <translation>已选择一条产业链：其园区、企业和数据见下方的“产业链”视图。点击园区可查看详情。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="161"/>
        <source>Park</source>
        <translation>所属园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="166"/>
        <source>Firms</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="186"/>
        <source>{park}? (suggested from the firm&apos;s location; no source names its park)</source>
        <translation>{park}？（根据企业位置推测的建议；没有来源说明其所属园区）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="192"/>
        <source>{lat:.5f}° N, {lon:.5f}° E (WGS-84)</source>
        <translation>北纬{lat:.5f}°，东经{lon:.5f}°（WGS-84）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="193"/>
        <source>location not known</source>
        <translation>位置不详</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="200"/>
        <source>Park named by: {title} ({date})</source>
        <translation>园区信息来源：{title}（{date}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="278"/>
        <source>Target: {label}</source>
        <translation>目标：{label}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="286"/>
        <source>No figures in the catalogue.</source>
        <translation>数据库中暂无相关数据。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="287"/>
        <source>Select a figure to read the sentence it comes from.</source>
        <translation>选中一项数据，可查看其出处原文。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="292"/>
        <source>not stated (source of {date})</source>
        <translation>未说明（来源日期 {date}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="293"/>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="318"/>
        <source>No named firms in the catalogue. Counts, where a source gives one, are among the figures.</source>
        <translation>数据库中没有列出名称的企业。如有来源给出企业数量，见上方数据。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../explorer/export/options.py" line="193"/>
        <source>Industrial parks of {city}</source>
        <translation>{city}产业园区分布图</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="194"/>
        <source>Industrial parks of {city}: {count} chains</source>
        <translation>{city}产业园区分布图（{count}条产业链）</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="195"/>
        <source>Industrial parks of {city}: {chains}</source>
        <translation>{city}产业园区分布图：{chains}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="196"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="197"/>
        <source>Sources: {sources}</source>
        <translation>数据来源：{sources}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="198"/>
        <source>Exported {date}</source>
        <translation>导出日期：{date}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="199"/>
        <source>Industrial chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="200"/>
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
    <name>Fonts</name>
    <message>
        <location filename="../../explorer/export/fonts.py" line="34"/>
        <source>No font for Chinese is installed, so Chinese text would show as empty boxes. Install one ({hint}).</source>
        <translation>未安装中文字体，中文会显示为空白方框。请安装中文字体（{hint}）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/ui/menus.py" line="41"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="42"/>
        <source>&amp;Open data…</source>
        <translation>打开数据(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="44"/>
        <source>&amp;Reload map</source>
        <translation>重新加载地图(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="47"/>
        <source>&amp;Export map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="49"/>
        <source>&amp;Copy map image</source>
        <translation>复制地图图片(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="51"/>
        <source>Export chain &amp;report…</source>
        <translation>导出产业链报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="54"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="55"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="56"/>
        <source>&amp;Find park</source>
        <translation>查找园区(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="58"/>
        <source>Show &amp;all chains</source>
        <translation>显示全部产业链(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="60"/>
        <source>&amp;Clear selection</source>
        <translation>取消选择(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="63"/>
        <source>C&amp;hains view</source>
        <translation>产业链视图(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="69"/>
        <source>&amp;Basemap</source>
        <translation>底图(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="66"/>
        <source>None (offline)</source>
        <translation>无（离线）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="67"/>
        <source>OpenStreetMap (online: the map goes on the internet)</source>
        <translation>OpenStreetMap（在线：地图将访问互联网）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="72"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="74"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="75"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="81"/>
        <location filename="../../explorer/ui/main_window.py" line="97"/>
        <source>Chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="113"/>
        <source>No park or firm of the chain {chain} has a place on the map.</source>
        <translation>产业链“{chain}”的园区和企业都没有地图位置。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="131"/>
        <source>Hengyang Park Explorer — {name}</source>
        <translation>衡阳产业园区地图 — {name}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="154"/>
        <source>Loading map…</source>
        <translation>正在加载地图…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="160"/>
        <source>{parks} parks, {mapped} on the map · {firms} firms · {figures} figures</source>
        <translation>园区{parks}个，其中{mapped}个在地图上 · 企业{firms}家 · 数据{figures}项</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="164"/>
        <source>{count} firms added from {file}</source>
        <translation>从 {file} 添加了 {count} 家企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="177"/>
        <source>No Chinese font</source>
        <translation>缺少中文字体</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="184"/>
        <source>Hengyang Park Explorer {version}</source>
        <translation>衡阳产业园区地图 {version}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="185"/>
        <source>Data: {path}</source>
        <translation>数据：{path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="186"/>
        <source>Log: {path}</source>
        <translation>日志：{path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="186"/>
        <source>not written</source>
        <translation>未写入</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="190"/>
        <source>Web libraries (in {folder}):</source>
        <translation>网页组件（位于 {folder}）：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="193"/>
        <source>About Hengyang Park Explorer</source>
        <translation>关于衡阳产业园区地图</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="187"/>
        <source>Sources:</source>
        <translation>数据来源：</translation>
    </message>
</context>
<context>
    <name>MapExporter</name>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="34"/>
        <source>No chain is shown: tick at least one chain to export the map.</source>
        <translation>未显示任何产业链：请至少勾选一条产业链再导出地图。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="69"/>
        <source>Exporting map…</source>
        <translation>正在导出地图…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="77"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="83"/>
        <source>Map exported to {path}</source>
        <translation>地图已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="101"/>
        <source>Map image copied to the clipboard</source>
        <translation>地图图片已复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../explorer/ui/map_view.py" line="143"/>
        <source>Loading map… %p%</source>
        <translation>正在加载地图… %p%</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map_view.py" line="295"/>
        <source>The map page could not be loaded. The park list and details still work; try File → Reload map.</source>
        <translation>地图页面无法加载。园区列表和详情仍可使用；请尝试“文件 → 重新加载地图”。</translation>
    </message>
</context>
<context>
    <name>ParkList</name>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="104"/>
        <source>Search parks, chains, firms</source>
        <translation>搜索园区、产业链、企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="105"/>
        <source>Industrial chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="106"/>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="107"/>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="108"/>
        <source>Show all (Esc)</source>
        <translation>显示全部 (Esc)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="157"/>
        <source>Open the page of this chain</source>
        <translation>打开这条产业链的页面</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="161"/>
        <source>{name} (not on the map)</source>
        <translation>{name}（未在地图上）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="260"/>
        <source>Firms ({count})</source>
        <translation>企业（{count}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="261"/>
        <source>(first {n} listed)</source>
        <translation>（列出前{n}家）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="268"/>
        <source>%n park(s) shown</source>
        <translation>
            <numerusform>显示%n个园区</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="270"/>
        <source>No park, chain or firm matches “{text}”</source>
        <translation>没有与“{text}”匹配的园区、产业链或企业</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="272"/>
        <source>%n park(s)</source>
        <translation>
            <numerusform>%n个园区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="273"/>
        <source>%n chain(s)</source>
        <translation>
            <numerusform>%n条产业链</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="274"/>
        <source>%n firm(s)</source>
        <translation>
            <numerusform>%n家企业</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="281"/>
        <source>Only the chain {chain}</source>
        <translation>仅显示产业链：{chain}</translation>
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
        <location filename="../../explorer/ui/report_exporter.py" line="52"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="61"/>
        <source>Report failed</source>
        <translation>报告生成失败</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/report_exporter.py" line="69"/>
        <source>Report written to {path}</source>
        <translation>报告已保存到 {path}</translation>
    </message>
</context>
</TS>
