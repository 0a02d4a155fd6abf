"""Every message the core writes has a template in the catalogue and a Chinese translation."""

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import explorer
from explorer.core.errors import Message, Problem
from explorer.ui.i18n import Translations
from explorer.ui.problem_texts import TEMPLATES, problem_text

PACKAGE = Path(explorer.__file__).parent
ZH_TS = PACKAGE.parent / "resources" / "translations" / "explorer_zh.ts"
# How problem_text puts a problem together; no Message of the core uses them.
COMPOSITION = {"{where}: {message}", ", "}


def used_templates() -> set[str]:
    """The templates of every Message(...) in the code: a literal, or a choice of two."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message":
                first = node.args[0]
                options = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
                for option in options:
                    assert isinstance(option, ast.Constant) and isinstance(option.value, str), (
                        f"{path.name}:{node.lineno}: a Message template must be a literal")
                    found.add(option.value)
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_catalogue_lists_exactly_the_templates_the_code_uses():
    used = used_templates()
    assert len(used) > 90
    assert set(TEMPLATES) - COMPOSITION == used


def test_every_template_has_a_chinese_translation_with_the_same_placeholders():
    context = next(c for c in ET.parse(ZH_TS).getroot().iter("context")
                   if c.findtext("name") == "Problem")
    translations = {m.findtext("source"): m.find("translation")
                    for m in context.iter("message")}
    for template in TEMPLATES:
        translation = translations[template]
        assert translation.get("type") is None and translation.text.strip(), template
        assert placeholders(translation.text) == placeholders(template), template


def test_a_problem_reads_in_the_language_installed(qapp):
    problem = Problem("/data/firms.csv", Message("expected {expected}, found {found}",
                                                 expected=Message("a number"), found="'abc'"),
                      "tenants", 3, "lon")
    translations = Translations()  # English first: the UI tests' windows are Chinese
    translations.install("en")
    assert problem_text(problem) == str(problem) == (
        "firms.csv, layer 'tenants', row 3, field 'lon': expected a number, found 'abc'")
    translations.install("zh")
    assert problem_text(problem) == "firms.csv，图层 'tenants'，第3行，字段 'lon'：应为数字，实为 'abc'"
