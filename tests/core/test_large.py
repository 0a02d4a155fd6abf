"""A 50 MB file opens in seconds, reporting progress on the way."""

import time

import pytest

from explorer.core.catalogue import load_catalogue
from tests.helpers.catalogues import write_big_geojson

SIZE = 50_000_000


@pytest.fixture(scope="module")
def big_geojson(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "parks-50mb.geojson"
    return path, write_big_geojson(path, SIZE)


def test_a_50_mb_geojson_opens_with_progress(big_geojson, capsys):
    path, count = big_geojson
    calls = []
    start = time.perf_counter()
    cat = load_catalogue(path, progress=lambda percent, message: calls.append(
        (time.perf_counter() - start, percent, message)))
    seconds = time.perf_counter() - start
    with capsys.disabled():
        print(f"\n{path.stat().st_size / 1e6:.1f} MB GeoJSON, {count:,} parks with footprints: "
              f"loaded in {seconds:.1f} s; longest wait between progress reports "
              f"{max(b[0] - a[0] for a, b in zip(calls, calls[1:])):.1f} s")
    assert path.stat().st_size >= SIZE
    assert len(cat.parks) == count and all(p.is_mapped for p in cat.parks.values())
    assert [c[1] for c in calls] == sorted(c[1] for c in calls) and calls[-1][1] == 100
    assert len(calls) >= 8
    # 200,000 lines of warnings would freeze a message box: each kind is summarized.
    assert len(cat.warnings) <= 25
    assert str(cat.warnings[-1]).endswith(f"{count - 20:,} more warnings like the ones above")
    assert seconds < 20
