"""Make the text of a Chromium PDF copy and search as the Chinese it shows.

Noto Sans CJK draws a radical (U+2F2F ⼯ KANGXI RADICAL WORK, U+2EE7 ⻧ …) and the ideograph
it looks like (工, 卤) with one glyph. Chromium's PDF writer (Skia) names each glyph by the
first code point the font maps to it, which is the radical: the page shows 盐卤化工, but its
text copies, searches and reads aloud as 盐⻧化⼯. This module rewrites the fonts' ToUnicode
maps so that such a glyph reads as its ideograph. Nothing on the page changes.

A document that really means a radical would now read the ideograph; Chinese prose, which
is what the reports print, means the ideograph.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path


RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
IDEOGRAPHS = range(0x4E00, 0xA000)
MAX_ENTRIES = 100  # per beginbfchar block (the CMap format's limit)


@cache
def radical_map(family: str = "Noto Sans CJK SC") -> dict[int, int]:
    """Radical code point → the ideograph the font draws with the same glyph (needs a
    QGuiApplication); Kangxi radicals the font does not share fall back to Unicode's NFKC."""
    from PySide6.QtGui import QFont, QRawFont

    raw = QRawFont.fromFont(QFont(family))
    mapping = {}
    if raw.isValid():
        ideographs = "".join(map(chr, IDEOGRAPHS))
        by_glyph = {}
        for char, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs)):
            if glyph:
                by_glyph.setdefault(glyph, ord(char))
        radicals = "".join(map(chr, RADICALS))
        for char, glyph in zip(radicals, raw.glyphIndexesForString(radicals)):
            if glyph in by_glyph:
                mapping[ord(char)] = by_glyph[glyph]
    for code in RADICALS:
        folded = unicodedata.normalize("NFKC", chr(code))
        if code not in mapping and folded != chr(code) and len(folded) == 1:
            mapping[code] = ord(folded)
    return mapping


_BFCHAR = re.compile(r"(\d+)\s+beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(r"(\d+)\s+beginbfrange(.*?)endbfrange", re.S)
_HEX = re.compile(r"<([0-9A-Fa-f]*)>|\[|\]")


def _units(hex_text: str) -> list[int]:
    return [int(hex_text[i:i + 4], 16) for i in range(0, len(hex_text), 4)]


def _hex(units: list[int]) -> str:
    return "".join(f"{u:04X}" for u in units)


def _mappings(cmap: str) -> list[tuple[str, list[int]]]:
    """Every (source code as hex, destination UTF-16 units) of a ToUnicode CMap."""
    pairs = []
    for block in _BFCHAR.finditer(cmap):
        tokens = re.findall(r"<([0-9A-Fa-f]*)>", block.group(2))
        pairs += [(tokens[i], _units(tokens[i + 1])) for i in range(0, len(tokens) - 1, 2)]
    for block in _BFRANGE.finditer(cmap):
        for line in block.group(2).strip().splitlines():
            found = re.findall(r"<([0-9A-Fa-f]*)>", line)
            if len(found) < 3:
                continue
            low, high, width = int(found[0], 16), int(found[1], 16), len(found[0])
            for i, code in enumerate(range(low, high + 1)):
                if "[" in line:
                    units = _units(found[2 + i]) if 2 + i < len(found) else []
                else:
                    units = _units(found[2])
                    units[-1] += i
                pairs.append((f"{code:0{width}X}", units))
    return pairs


def fixed_cmap(cmap: str, mapping: dict[int, int]) -> str | None:
    """The CMap with radicals read as ideographs, or None when it maps no radical."""
    pairs = _mappings(cmap)
    if not any(u in mapping for _, units in pairs for u in units):
        return None
    pairs = [(code, [mapping.get(u, u) for u in units]) for code, units in pairs]
    start = min(m.start() for m in (*_BFCHAR.finditer(cmap), *_BFRANGE.finditer(cmap)))
    end = cmap.index("endcmap")
    blocks = []
    for i in range(0, len(pairs), MAX_ENTRIES):
        chunk = pairs[i:i + MAX_ENTRIES]
        lines = "\n".join(f"<{code}> <{_hex(units)}>" for code, units in chunk)
        blocks.append(f"{len(chunk)} beginbfchar\n{lines}\nendbfchar\n")
    return cmap[:start] + "".join(blocks) + cmap[end:]


def _fonts(resources, seen: set) -> list[DictionaryObject]:
    """Font dictionaries of a resource dictionary and of the forms it uses, once each."""
    from pypdf.generic import DictionaryObject

    resources = resources.get_object() if resources is not None else None
    if not isinstance(resources, DictionaryObject):
        return []
    found = []
    for font in (resources.get("/Font") or DictionaryObject()).values():
        font = font.get_object()
        if id(font) not in seen:
            seen.add(id(font))
            found.append(font)
    for xobject in (resources.get("/XObject") or DictionaryObject()).values():
        xobject = xobject.get_object()
        if id(xobject) not in seen:
            seen.add(id(xobject))
            found += _fonts(xobject.get("/Resources"), seen)
    return found


def fix_radicals(source: Path | str, target: Path | str,
                 mapping: dict[int, int] | None = None) -> int:
    """Write `source` to `target` with every font's ToUnicode map fixed; the number of
    maps changed."""
    from pypdf import PdfReader, PdfWriter  # here: the app starts without it
    from pypdf.generic import StreamObject

    mapping = radical_map() if mapping is None else mapping
    writer = PdfWriter(clone_from=PdfReader(str(source)))
    seen, changed = set(), 0
    for page in writer.pages:
        for font in _fonts(page.get("/Resources"), seen):
            stream = font.get("/ToUnicode")
            stream = stream.get_object() if stream is not None else None
            if not isinstance(stream, StreamObject):
                continue
            new = fixed_cmap(stream.get_data().decode("latin-1"), mapping)
            if new is not None:
                stream.set_data(new.encode("latin-1"))
                changed += 1
    with open(target, "wb") as out:
        writer.write(out)
    return changed
