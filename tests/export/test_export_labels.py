"""Exported maps name every drawn park, in the export's language, without collisions."""

from explorer.export.options import ExportOptions
from tests.pages import pixels
from tests.ui.test_labels import check_labels


def test_exports_label_the_parks_in_their_language(catalogue, export_ok, tmp_path):
    for lang in ("zh", "en"):
        out = tmp_path / f"map-{lang}.png"
        job = export_ok(catalogue, ExportOptions(size=(900, 700), lang=lang), out)
        boxes = check_labels(job.state, catalogue, lang)
        assert len(boxes) >= 5
        rgb = pixels(out)
        for box in boxes.values():  # dark text inside each label's box
            x, y, w, h = (round(box[k]) for k in ("x", "y", "w", "h"))
            patch = rgb[y:y + h, x:x + w]
            assert (patch.max(axis=2) < 90).sum() > 10
