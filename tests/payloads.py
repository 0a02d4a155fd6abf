"""Template syntax as catalogue text: a catalogue with a payload in every text field.

If any of this text were ever compiled as a Jinja template, `{{ 6*7 }}` would show as 42,
the unbalanced tags would raise, and the last payload would create the folder PWNED (a
sandbox escape through jinja2's globals). Each payload carries MARKER, so that a test can
tell our text from any other in whatever reaches a template compiler.
"""

import tempfile
from pathlib import Path

import jinja2
import pytest

from tests.helpers.catalogues import bundled_frames, write_frames

MARKER = "tmpl-marker"
PWNED = Path(tempfile.gettempdir()) / "explorer-pwned-by-a-template"
TEMPLATE_PAYLOADS = [
    f"Park {{{{ 6*7 }}}} {MARKER}",
    f"{{% for x in y %}}{MARKER}",
    f"{MARKER} {{% endfor %}}",
    f"{{# {MARKER}",
    f"{{{{ cycler.__init__.__globals__.os.makedirs('{PWNED}') }}}} {MARKER}",
]

# Fields whose values are checked against a vocabulary, a pattern or a type: text there is
# refused by validation, so they keep their values.
CHECKED = {"color", "official_confirmed", "district_code", "location_precision",
           "uncertainty_m", "subject_type", "value", "qualifier", "adcode", "kind",
           "geometry"}
# Id fields, and the fields that refer to them: changed together, so references still hold.
IDS = {"sources": "id", "chains": "id", "parks": "id", "tenants": "id", "entities": "id"}
REFERENCES = {
    ("chains", "source_id"): "sources", ("parks", "location_source_id"): "sources",
    ("tenants", "source_id"): "sources", ("tenants", "park_source_id"): "sources",
    ("figures", "source_id"): "sources", ("parks", "chain_ids"): "chains",
    ("tenants", "chain_id"): "chains", ("tenants", "park_id"): "parks",
    ("entities", "source_id"): "sources",
}
SUBJECTS = {"chain": "chains", "park": "parks", "tenant": "tenants",
            "organisation": "entities", "event": "entities"}


def payload(n: int) -> str:
    return TEMPLATE_PAYLOADS[n % len(TEMPLATE_PAYLOADS)]


def payload_frames() -> dict:
    """The bundled layers with a payload in every free text field and every id."""
    frames = bundled_frames()
    renamed = {layer: {old: f"{old} {payload(n)}" for n, old in enumerate(frames[layer][key])}
               for layer, key in IDS.items()}
    for layer, df in frames.items():
        for name in df.columns:
            if name in CHECKED:
                continue
            if IDS.get(layer) == name:
                df[name] = df[name].map(renamed[layer])
            elif (layer, name) in REFERENCES:
                names = renamed[REFERENCES[layer, name]]
                df[name] = [";".join(names[v] for v in value.split(";")) if value else value
                            for value in df[name]]
            elif (layer, name) == ("figures", "subject_id"):
                df[name] = [renamed[SUBJECTS[kind]].get(v, v) if kind in SUBJECTS else v
                            for kind, v in zip(df["subject_type"], df[name])]
            else:
                df[name] = [f"{payload(n)} {v}" if isinstance(v, str) and v else v
                            for n, v in enumerate(df[name])]
    return frames


def write_payload_catalogue(path: Path) -> Path:
    """A catalogue GeoPackage with payload_frames(); loads without errors."""
    return write_frames(payload_frames(), path)


@pytest.fixture
def compiled(monkeypatch):
    """Every template source jinja2 compiles while the test runs."""
    sources = []
    compile_source = jinja2.Environment.compile

    def record(self, source, *args, **kwargs):
        sources.append(str(source))
        return compile_source(self, source, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", record)
    return sources


def assert_no_payload_compiled(sources):
    assert sources, "nothing compiled: the recorder is not working"
    leaked = [source for source in sources if MARKER in source]
    assert not leaked, f"catalogue text compiled as a template: {leaked[0][:300]}"
    assert not PWNED.exists()
