"""Chain reports and the overview as PDF, through the real QtWebEngine: their text (read back
with pypdf) holds the chain, every figure as formatted and every source sentence; pages are
A4 portrait and numbered; charts draw; Chinese is drawn as glyphs and reads as Chinese."""

import re
import time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument

from explorer.core import chains as core
from explorer.core.numbers import format_figure
from explorer.export.options import ExportError
from explorer.export.report import ReportOptions, export_report
from tests.pages import colour_mask, pixels


@pytest.fixture(scope="module")
def reports(qapp, catalogue, tmp_path_factory):
    """The nuclear chain in both languages, a chain with nothing, and the overview."""
    folder = tmp_path_factory.mktemp("reports")
    written, seconds = {}, {}
    for chain, lang in (("nuclear", "zh"), ("nuclear", "en"), ("agriculture", "zh"),
                        (None, "en")):
        start = time.perf_counter()
        out = folder / f"{chain or 'overview'}-{lang}.pdf"
        written[chain, lang] = export_report(catalogue, ReportOptions(chain, lang), out)
        seconds[chain, lang] = time.perf_counter() - start
    written["seconds"] = seconds
    return written


def text_of(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_chain_report_holds_its_name_figures_and_source_sentences(
        catalogue, reports, lang):
    pages = text_of(reports["nuclear", lang])
    whole = squeezed("".join(pages))
    chain = catalogue.chains["nuclear"]
    assert squeezed(chain.name_zh if lang == "zh" else chain.name_en) in squeezed(pages[0])
    for figure in core.chain_figures(catalogue, "nuclear"):
        assert squeezed(format_figure(figure, lang)) in whole, figure.metric
        assert squeezed(figure.quote) in whole, figure.quote
    for firm in catalogue.tenants.of_chain("nuclear"):
        assert squeezed(firm.name_zh) in whole
    assert squeezed(catalogue.parks["baisha-ludao"].name_zh) in whole


def test_pages_are_a4_portrait_in_order_and_numbered(reports):
    reader = PdfReader(reports["nuclear", "zh"])
    pages = [page.extract_text() for page in reader.pages]
    count = len(pages)
    # Title page; map, counts, parks, firms and figures (as many pages as they take); the
    # charts on a page of their own; the sources last.
    assert count >= 4
    assert "产业链报告" in pages[0] and "地图" in pages[1] and "数据" in "".join(pages[1:-2])
    assert "各园区企业数" in pages[-2] and "图表" in pages[-2]
    assert "1. " in pages[-1] and "图表" not in pages[-1]
    for number, page in enumerate(reader.pages, 1):
        assert (round(page.mediabox.width), round(page.mediabox.height)) == (595, 842)
        assert f"{number} / {count}" in page.extract_text()


def test_the_text_reads_as_chinese_not_radicals(reports):
    whole = "".join(text_of(reports["nuclear", "zh"]))
    radicals = [ch for ch in whole if 0x2E80 <= ord(ch) <= 0x2FDF]
    assert not radicals, radicals
    assert "核技术应用" in whole and "衡阳日报" in whole


def test_chinese_is_drawn_with_real_glyphs(catalogue, reports):
    """Each character of the chain name has its own drawn outline (boxes would share one)."""
    reader = PdfReader(reports["nuclear", "zh"])
    outlines = {}
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
        names = font["/Encoding"]["/Differences"][1:]
        for code, target in re.findall(r"<([0-9A-F]{2})>\s*<([0-9A-F]{4})>", cmap):
            name = names[int(code, 16)]
            outlines[chr(int(target, 16))] = font["/CharProcs"][name].get_object().get_data()
    name = catalogue.chains["nuclear"].name_zh
    drawn = [outlines[ch] for ch in name]
    assert len(set(drawn)) == len(set(name))
    assert all(len(outline) > 300 for outline in drawn)  # an outline, not a blank or a box


def test_the_chart_page_has_a_drawn_chart(catalogue, reports):
    document = QPdfDocument()
    document.load(str(reports["nuclear", "zh"]))
    texts = text_of(reports["nuclear", "zh"])
    page = next(i for i, t in enumerate(texts) if "各园区企业数" in t)
    size = document.pagePointSize(page)
    image = document.render(page, QSize(round(size.width() * 2), round(size.height() * 2)))
    bars = colour_mask(pixels(image), catalogue.chains["nuclear"].color, 12)
    assert bars.sum() > 500, "no bar in the chain's colour"
    assert document.pageCount() == len(texts)


def test_a_chain_with_nothing_gets_a_report_that_says_so(reports):
    whole = squeezed("".join(text_of(reports["agriculture", "zh"])))
    for sentence in ("目录中没有这条产业链的园区。", "目录中没有这条产业链的企业。",
                     "目录中没有这条产业链及其园区、企业的数据。",
                     "这条产业链的园区和企业都没有地图位置，因此报告中没有地图。"):
        assert squeezed(sentence) in whole
    assert "新农业" in whole


def test_the_overview_holds_the_city_figures_and_every_chain(catalogue, reports):
    whole = squeezed("".join(text_of(reports[None, "en"])))
    for figure in core.city_figures(catalogue) + core.other_figures(catalogue):
        assert squeezed(format_figure(figure, "en")) in whole
        assert squeezed(figure.quote) in whole
    for chain in catalogue.chains.values():
        assert squeezed(chain.name_en) in whole


def test_reports_take_seconds(reports):
    assert max(reports["seconds"].values()) < 30, reports["seconds"]


def test_bad_requests_fail_before_any_work(qapp, catalogue, tmp_path):
    with pytest.raises(ExportError, match="unknown chain 'nope'"):
        export_report(catalogue, ReportOptions("nope"), tmp_path / "r.pdf")
    with pytest.raises(ExportError, match="does not end in .pdf"):
        export_report(catalogue, ReportOptions("nuclear"), tmp_path / "r.png")
    with pytest.raises(ExportError, match="does not exist"):
        export_report(catalogue, ReportOptions("nuclear"), tmp_path / "no" / "r.pdf")
    assert not list(tmp_path.iterdir())
