"""Which of two figures for the same money counts: the contract's or the statutory minimum. Both are shown, so
that the claimant sees what the law guarantees beside what was agreed; only the higher is added to the claim."""

from __future__ import annotations

from claims.calc.lines import Flag, Line
from claims.calc.text import Text

SHOWN = Text("note.shown")


def higher_counts(contract: Line | None, statutory: Line | None) -> list[Line]:
    """Both shown; the higher counts (a missing figure never wins over a known one)."""
    lines = [line for line in (contract, statutory) if line is not None]
    if len(lines) == 2:
        a, b = lines
        if a.amount is None or (b.amount is not None and b.amount.amount > a.amount.amount):
            a, b = b, a
        b.counted = False
        b.add_flag(Flag.NOT_COUNTED)
        b.add_note(SHOWN)
    return lines
