"""The HTML of the chain page (chains view) and of the chain and overview reports. No Qt.

The page is a fixed shell: our own scripts and styles by URL, and the data (see
`explorer.export.chaindata`) in an inert `<script type="application/json">` block that
chainpage.js reads with JSON.parse and draws with textContent. No catalogue text is ever
pasted into the HTML or through a template compiler.
"""

from __future__ import annotations

from collections.abc import Callable

from jinja2.utils import htmlsafe_json_dumps

from explorer.mapview.page import QWEBCHANNEL_URL, file_asset_url

ECHARTS = "vendor/echarts-6.1.0"
SCRIPTS = (f"{ECHARTS}/echarts.min.js", f"{ECHARTS}/langZH.js", f"{ECHARTS}/langEN.js",
           "chartsview.js", "chaintable.js", "chainpage.js")
STYLE = "chainpage.css"
MODES = ("app", "print")

SHELL = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title></title>
<link rel="stylesheet" href="{style}">
{scripts}
</head>
<body class="{mode}">
<main id="page"></main>
<script type="application/json" id="chain-data">{data}</script>
<script>chainPage.start();</script>
</body>
</html>
"""


def render_chain_page(data: dict, *, mode: str,
                      asset_url: Callable[[str], str] = file_asset_url,
                      with_bridge: bool = False) -> str:
    """The page for `data` (chaindata.chain_page or overview_page): 'app' for the chains
    view (with the QWebChannel script when `with_bridge`), 'print' for a report."""
    if mode not in MODES:
        raise ValueError(f"unknown page mode {mode!r}")
    urls = ([QWEBCHANNEL_URL] if with_bridge else []) + [asset_url(s) for s in SCRIPTS]
    scripts = "\n".join(f'<script src="{url}"></script>' for url in urls)
    return SHELL.format(lang="en" if data.get("lang") == "en" else "zh",
                        style=asset_url(STYLE), scripts=scripts, mode=mode,
                        data=htmlsafe_json_dumps(data))
