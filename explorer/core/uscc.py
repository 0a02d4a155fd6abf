"""The 统一社会信用代码 (unified social credit code) of GB 32100-2015, checked offline.

18 characters from the 31 of the standard (digits and capital letters without I, O, Z, S,
V): registration authority, organisation type, the 6-digit administrative division code,
the 9-character organisation code, and a check character. The check character is
31 - (Σ value(cᵢ) × 3ⁱ mod 31) mod 31 over the first 17 characters (weights 3ⁱ mod 31,
i = 0..16), written with the same 31 characters; 31 itself is written 0.
"""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
VALUES = {c: n for n, c in enumerate(ALPHABET)}
WEIGHTS = tuple(pow(3, i, 31) for i in range(17))  # 1, 3, 9, 27, 19, 26, 16, ...
LENGTH = 18


class CreditCodeError(ValueError):
    """Why a text is no valid credit code; `expected` is the right check character, when
    the only fault is the check character."""

    def __init__(self, message: str, expected: str | None = None):
        super().__init__(message)
        self.expected = expected


def check_character(first17: str) -> str:
    """The check character of the first 17 characters of a code."""
    total = sum(VALUES[c] * w for c, w in zip(first17, WEIGHTS))
    return ALPHABET[(31 - total % 31) % 31]


def normalise(text: str) -> str:
    """A code as typed (spaces, lower case, full-width characters) in its 18 characters."""
    half = "".join(chr(ord(c) - 0xFEE0) if "！" <= c <= "～" else c for c in text)
    return "".join(half.split()).upper()


def check_credit_code(text: str) -> str:
    """The code in its normal form; CreditCodeError saying what is wrong otherwise."""
    code = normalise(text)
    if len(code) != LENGTH:
        raise CreditCodeError(f"a credit code has {LENGTH} characters, this one {len(code)}")
    wrong = sorted({c for c in code if c not in VALUES})
    if wrong:
        raise CreditCodeError(f"a credit code has digits and the capitals {ALPHABET[10:]} "
                              f"only, not {' '.join(wrong)}")
    expected = check_character(code[:17])
    if code[17] != expected:
        raise CreditCodeError(f"the check character is {code[17]}, but the first 17 "
                              f"characters call for {expected}", expected)
    return code
