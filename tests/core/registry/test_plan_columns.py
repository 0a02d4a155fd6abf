"""The column operations of planning give the same values by their quick way as by the
general one: joined notes, numbers, credit codes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from explorer.core.registry import plan
from explorer.core.registry.codes import credit_codes
from explorer.core.uscc import CreditCodeError, check_credit_code

from .helpers import credit_code


def joined_by_separator(parts):
    """The general way (`_joined` when a part holds its separator)."""
    out = parts[0]
    for part in parts[1:]:
        out = out + "\x1f" + part
    return out.str.replace(r"\x1f+", "\x1f", regex=True).str.strip("\x1f") \
        .str.replace("\x1f", "；", regex=False)


@pytest.mark.parametrize("words", [["", "", "备注", "行业：制造", "x；y", " "],
                                   ["", "a\x1fb", "c"], [""], ["甲"]])
def test_notes_join_their_non_empty_parts(words):
    rng = np.random.default_rng(len(words))
    pool = np.array(words, dtype=object)
    parts = [pd.Series(pool[rng.integers(0, len(words), 500)], dtype="str")
             for _ in range(4)]
    got = plan._joined(parts)
    assert got.tolist() == joined_by_separator(parts).tolist()
    assert list(got.index) == list(range(500)) and got.dtype == "str"


def test_no_parts_of_no_rows():
    assert plan._joined([pd.Series([], dtype="str")] * 3).tolist() == []


def by_pandas(text):
    values = np.array(pd.to_numeric(text.str.replace("\u2212", "-"), errors="coerce")
                      .to_numpy(dtype=float, na_value=np.nan))
    values[~np.isfinite(values)] = np.nan
    return values


@pytest.mark.parametrize("extra", [[], ["abc"], ["1e5"], ["\u22123.5"], ["inf"],
                                   ["1234567890123456"], ["1_000"], ["１２"]])
def test_plain_decimals_parse_as_pandas_parses_them(extra):
    rng = np.random.default_rng(7)
    texts = [f"{rng.integers(0, 200)}.{''.join(map(str, rng.integers(0, 10, rng.integers(0, 25))))}"
             for _ in range(20_000)]
    texts += ["", "-3.5", "+4", "5.", "0", "-0", "000112.5", "123456789012345.1", "-0.0"]
    text = pd.Series(texts + extra, dtype="str")
    got, want = plan._numbers(text), by_pandas(text)
    assert np.array_equal(got, want, equal_nan=True)
    assert np.array_equal(np.signbit(got), np.signbit(want))


ODD = ["", "91430400 000000000F", "９１４３０４００MA4L000000", "91430400000000000f", "abc",
       "91430400000000000I", "9143 0400\t0000 00000F", "914304000000000001",
       "９１４３０４００ＭＡ４Ｌ０Ｈ５Ｐ８Ｘ", "9143\u30000400000000000F",
       "é" * 18, "9143040000000000\n0F"]


@pytest.mark.parametrize("spaces", [True, False])
def test_credit_codes_agree_with_the_one_code_check(spaces):
    values = [credit_code(i) for i in range(300)] + [c for c in ODD if spaces or not any(
        ch in c for ch in " \t\n\f\r")]
    codes, problems = credit_codes(pd.Series(values, dtype="str"))
    for value, code, problem in zip(values, codes, problems):
        if not value:
            assert (code, problem) == ("", "")
            continue
        try:
            assert code == check_credit_code(value) and problem == ""
        except CreditCodeError as error:
            kind = {"a credit code has 18": "length", "a credit code has digits": "chars",
                    "the check character": "check"}
            assert problem == next(v for k, v in kind.items() if str(error).startswith(k))


def test_a_part_empty_in_every_row_adds_nothing():
    rng = np.random.default_rng(9)
    pool = np.array(["", "甲", "乙；丙"], dtype=object)
    full = [pd.Series(pool[rng.integers(0, 3, 300)], dtype="str") for _ in range(2)]
    empty = pd.Series([""] * 300, dtype="str")
    for parts in ([empty, full[0], empty, full[1]], [empty, full[0], empty], [empty] * 3):
        assert plan._joined(parts).tolist() == joined_by_separator(parts).tolist()
