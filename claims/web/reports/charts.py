"""Bar charts drawn on the server as SVG: no script, no library, readable without colour.

One chart per currency (amounts in two currencies are never drawn on one scale): a row per group, a bar per
figure (claimed, awarded, received), each bar a link to the records behind it. The chart has a title and a
description for screen readers; the page shows the same numbers in a table beside it. A group, not an image: an
image's content is hidden from a screen reader, and the bars are links it must reach.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from markupsafe import Markup, escape

WIDTH = 520
LABEL_WIDTH = 150
BAR_HEIGHT = 11
ROW_GAP = 10
PAD = 6
# Told apart by shade and by a pattern-free order (claimed, awarded, received), named in the legend.
COLOURS = ("#9aa9bc", "#2f5d8a", "#2e7d4f")


@dataclass
class Bar:
    label: str  # the figure, "Claimed"
    value: Decimal
    text: str  # the value as the page prints it
    href: str


@dataclass
class Row:
    label: str
    bars: list[Bar]


def bar_chart(chart_id: str, title: str, desc: str, rows: list[Row], legend: list[str]) -> Markup:
    biggest = max((b.value for r in rows for b in r.bars), default=Decimal(0)) or Decimal(1)
    span = WIDTH - LABEL_WIDTH - 2 * PAD
    per_row = len(legend) * BAR_HEIGHT + ROW_GAP
    legend_height = 22
    height = legend_height + len(rows) * per_row + PAD
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="group" viewBox="0 0 {WIDTH} {height}" '
        f'aria-labelledby="{chart_id}-t {chart_id}-d">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        f'<desc id="{chart_id}-d">{escape(desc)}</desc>',
    ]
    x = PAD
    for i, name in enumerate(legend):
        parts.append(f'<rect x="{x}" y="4" width="12" height="12" fill="{COLOURS[i % len(COLOURS)]}"/>')
        parts.append(f'<text x="{x + 16}" y="14" font-size="13">{escape(name)}</text>')
        x += 16 + 8 * len(name) + 20
    y = legend_height
    for row in rows:
        label = row.label if len(row.label) <= 22 else row.label[:21] + "…"
        middle = y + len(row.bars) * BAR_HEIGHT / 2 + 4
        parts.append(f'<text x="{PAD}" y="{middle:.0f}" font-size="13">{escape(label)}</text>')
        for i, bar in enumerate(row.bars):
            length = float(bar.value / biggest) * span if bar.value > 0 else 0
            top = y + i * BAR_HEIGHT
            link = f'<a href="{escape(bar.href)}">' if bar.href else ""
            parts.append(
                f'{link}<rect x="{LABEL_WIDTH}" y="{top}" width="{max(length, 1):.1f}" '
                f'height="{BAR_HEIGHT - 2}" fill="{COLOURS[i % len(COLOURS)]}">'
                f"<title>{escape(row.label)} · {escape(bar.label)}: {escape(bar.text)}</title></rect>{'</a>' if link else ''}"
            )
        y += per_row
    parts.append("</svg>")
    return Markup("".join(parts))
