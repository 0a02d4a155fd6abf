<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>DataOpener</name>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="29"/>
        <source>Open catalogue</source>
        <translation>打开数据</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="30"/>
        <source>Catalogues (*.gpkg *.geojson *.json *.csv);;All files (*)</source>
        <translation>数据文件 (*.gpkg *.geojson *.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="37"/>
        <location filename="../../explorer/ui/data_opener.py" line="47"/>
        <source>Opening {file}…</source>
        <translation>正在打开 {file}…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="56"/>
        <source>Opened with warnings</source>
        <translation>已打开，有警告</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="57"/>
        <source>{file} is open. {count} warning(s): approximate or missing places and other doubtful rows.</source>
        <translation>已打开 {file}。共{count}条警告：位置近似或缺失，以及其他存疑的行。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="64"/>
        <source>Cannot open data</source>
        <translation>无法打开数据</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/data_opener.py" line="65"/>
        <source>{file} was not opened; the current data stays on screen.</source>
        <translation>未能打开 {file}，当前数据保持不变。</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="22"/>
        <source>surveyed site</source>
        <translation>实测位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="23"/>
        <source>at a nearby landmark</source>
        <translation>附近地标位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="24"/>
        <source>approximate: town reference point</source>
        <translation>近似：乡镇参考点</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="25"/>
        <source>approximate: somewhere in the district</source>
        <translation>近似：位于该区县内，具体位置不详</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="26"/>
        <source>location not known</source>
        <translation>位置不详</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="32"/>
        <source>approximate: how close the point is to the site is not known</source>
        <translation>大致位置：该点离实际地点多近未知</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="125"/>
        <source>No park selected</source>
        <translation>未选择园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="126"/>
        <source>Click a park on the map or in the list.</source>
        <translation>点击地图或列表中的园区查看详情。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="140"/>
        <source>Chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="139"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="141"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="143"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="144"/>
        <source>Tenants</source>
        <translation>入驻企业</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="160"/>
        <location filename="../../explorer/ui/detail_panel.py" line="189"/>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="203"/>
        <source>{chain} (not confirmed as one of the 14 chains)</source>
        <translation>{chain}（未确认属于14条产业链）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="212"/>
        <source>, within about {km} km</source>
        <translation>，误差约{km}公里</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="168"/>
        <location filename="../../explorer/ui/detail_panel.py" line="217"/>
        <source>Source: {title}</source>
        <translation>来源：{title}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="139"/>
        <source>Park</source>
        <translation>所属园区</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="162"/>
        <source>{lat:.5f}° N, {lon:.5f}° E (WGS-84)</source>
        <translation>北纬{lat:.5f}°，东经{lon:.5f}°（WGS-84）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="163"/>
        <source>location not known</source>
        <translation>位置不详</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="170"/>
        <source>Park named by: {title} ({date})</source>
        <translation>园区信息来源：{title}（{date}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="225"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="225"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="225"/>
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="225"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="230"/>
        <source>Target: {label}</source>
        <translation>目标：{label}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="239"/>
        <source>No figures in the catalogue.</source>
        <translation>数据库中暂无相关数据。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="240"/>
        <source>Select a figure to read the sentence it comes from.</source>
        <translation>选中一项数据，可查看其出处原文。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="245"/>
        <source>not stated (source of {date})</source>
        <translation>未说明（来源日期 {date}）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="246"/>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/detail_panel.py" line="270"/>
        <source>No named tenants in the catalogue. Counts, where a source gives one, are among the figures.</source>
        <translation>数据库中暂无具名入驻企业。来源给出的企业数量列在数据中。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../explorer/export/options.py" line="165"/>
        <source>Industrial parks of {city}</source>
        <translation>{city}产业园区分布图</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="166"/>
        <source>Industrial parks of {city}: {count} chains</source>
        <translation>{city}产业园区分布图（{count}条产业链）</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="167"/>
        <source>Industrial parks of {city}: {chains}</source>
        <translation>{city}产业园区分布图：{chains}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="168"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="169"/>
        <source>Sources: {sources}</source>
        <translation>数据来源：{sources}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="170"/>
        <source>Exported {date}</source>
        <translation>导出日期：{date}</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="171"/>
        <source>Industrial chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/export/options.py" line="172"/>
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
        <location filename="../../explorer/ui/menus.py" line="52"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="53"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="54"/>
        <source>&amp;Find park</source>
        <translation>查找园区(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="56"/>
        <source>Show &amp;all chains</source>
        <translation>显示全部产业链(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="58"/>
        <source>&amp;Clear selection</source>
        <translation>取消选择(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="63"/>
        <source>&amp;Basemap</source>
        <translation>底图(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="60"/>
        <source>None (offline)</source>
        <translation>无（离线）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="61"/>
        <source>OpenStreetMap (online: the map goes on the internet)</source>
        <translation>OpenStreetMap（在线：地图将访问互联网）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="66"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="68"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/menus.py" line="69"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="100"/>
        <source>Hengyang Park Explorer — {name}</source>
        <translation>衡阳产业园区地图 — {name}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="122"/>
        <source>Loading map…</source>
        <translation>正在加载地图…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="128"/>
        <source>{parks} parks, {mapped} on the map · {tenants} tenants · {figures} figures</source>
        <translation>园区{parks}个，其中{mapped}个在地图上 · 企业{tenants}家 · 数据{figures}项</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="136"/>
        <source>No Chinese font</source>
        <translation>缺少中文字体</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="143"/>
        <source>Hengyang Park Explorer {version}</source>
        <translation>衡阳产业园区地图 {version}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="144"/>
        <source>Data: {path}</source>
        <translation>数据：{path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="145"/>
        <source>Log: {path}</source>
        <translation>日志：{path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="145"/>
        <source>not written</source>
        <translation>未写入</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="149"/>
        <source>Web libraries (in {folder}):</source>
        <translation>网页组件（位于 {folder}）：</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="152"/>
        <source>About Hengyang Park Explorer</source>
        <translation>关于衡阳产业园区地图</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="146"/>
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
        <location filename="../../explorer/ui/exporter.py" line="67"/>
        <source>Exporting map…</source>
        <translation>正在导出地图…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="75"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="81"/>
        <source>Map exported to {path}</source>
        <translation>地图已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="99"/>
        <source>Map image copied to the clipboard</source>
        <translation>地图图片已复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../explorer/ui/map_view.py" line="141"/>
        <source>Loading map… %p%</source>
        <translation>正在加载地图… %p%</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map_view.py" line="272"/>
        <source>The map page could not be loaded. The park list and details still work; try File → Reload map.</source>
        <translation>地图页面无法加载。园区列表和详情仍可使用；请尝试“文件 → 重新加载地图”。</translation>
    </message>
</context>
<context>
    <name>ParkList</name>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="70"/>
        <source>Search parks (Chinese or English)</source>
        <translation>搜索园区（中文或英文）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="71"/>
        <source>Industrial chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="72"/>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="73"/>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/park_list.py" line="108"/>
        <source>{name} (not on the map)</source>
        <translation>{name}（未在地图上）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/ui/park_list.py" line="167"/>
        <source>%n park(s) shown</source>
        <translation>
            <numerusform>显示%n个园区</numerusform>
        </translation>
    </message>
</context>
</TS>
