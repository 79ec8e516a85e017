"""Quantities as cooks write them ("250", "1 1/2", "1½", "0,5", "¾"), read into exact fractions and written back
in the same manner: what scaling a recipe and converting its measurements share."""

from __future__ import annotations

import re
from fractions import Fraction

UNICODE_FRACTIONS = {"½": Fraction(1, 2), "¼": Fraction(1, 4), "¾": Fraction(3, 4), "⅓": Fraction(1, 3),
                     "⅔": Fraction(2, 3), "⅛": Fraction(1, 8)}
AMOUNT = r"\d+\s+\d+/\d+|\d+/\d+|\d+(?:[.,]\d+)?(?:\s*[½¼¾⅓⅔⅛])?|[½¼¾⅓⅔⅛]"
"""One amount: a mixed number, a fraction, a whole or decimal number (with a fraction sign after it), a fraction sign."""


def value_of(written: str) -> Fraction:
    """The exact value of an amount matched by ``AMOUNT``."""
    written = written.strip().replace(",", ".")
    if written[-1] in UNICODE_FRACTIONS:
        whole = written[:-1].strip()
        return (Fraction(whole) if whole else Fraction(0)) + UNICODE_FRACTIONS[written[-1]]
    if " " in written:
        whole, part = written.split()
        return Fraction(whole) + Fraction(part)
    return Fraction(written)


def written(value: Fraction, unicode: bool, *, comma: bool = False) -> str:
    """A quantity as a cook writes it: whole, or a whole and a fraction of halves, thirds, quarters or eighths
    ("1 1/2", or "1½" where the recipe writes fractions so), or else a decimal."""
    whole, part = divmod(value, 1)
    if part == 0:
        return str(int(whole))
    if part.denominator in (2, 3, 4, 8):
        symbol = next((sign for sign, amount in UNICODE_FRACTIONS.items() if amount == part), None)
        if unicode and symbol:
            return f"{int(whole) or ''}{symbol}"
        return f"{int(whole)} {part}" if whole else str(part)
    decimal = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return decimal.replace(".", ",") if comma else decimal


def writes_fraction_signs(text: str) -> bool:
    """Whether ``text`` writes its fractions as signs ("1½") rather than with a slash."""
    return any(character in text for character in UNICODE_FRACTIONS)


def is_decimal_comma(written_amount: str) -> bool:
    return bool(re.fullmatch(r"\d+,\d+", written_amount.strip()))
