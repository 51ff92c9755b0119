"""The one chart of a settlement sheet, as inline SVG: the claimant's net position month by month, if they
accept the offer and if they go on in court (expected), with the zero line. No script, no external file: it
prints, and it draws on a phone."""

from __future__ import annotations

from decimal import Decimal

from markupsafe import Markup, escape

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 90, 20, 20, 40
# The legend's swatches (.legend .swatch.accept / .court in app.css) have the same colours: the page's
# Content-Security-Policy allows no style= attribute, so they cannot be set from here.
ACCEPT_COLOUR = "#1f6f43"
COURT_COLOUR = "#b3541e"


def _y(value: Decimal, low: Decimal, high: Decimal) -> float:
    span = (high - low) or Decimal(1)
    return TOP + float((high - value) / span) * (HEIGHT - TOP - BOTTOM)


def net_chart(months, *, accept_label: str, court_label: str, month_label: str, amount_format) -> Markup:
    """``months``: the comparison's MonthPoints; ``amount_format`` writes an axis amount in the page's locale."""
    if not months:
        return Markup("")
    accept = [p.accept_net.amount for p in months]
    court = [p.court_net.amount for p in months]
    low = min(min(accept), min(court), Decimal(0))
    high = max(max(accept), max(court), Decimal(0))
    last = max(len(months) - 1, 1)

    def x(i: int) -> float:
        return LEFT + i / last * (WIDTH - LEFT - RIGHT)

    def path(values) -> str:
        return " ".join(
            f"{'M' if i == 0 else 'L'}{x(i):.1f},{_y(v, low, high):.1f}" for i, v in enumerate(values)
        )

    zero = _y(Decimal(0), low, high)
    parts = [
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" class="netchart" '
        f'aria-label="{escape(accept_label)} / {escape(court_label)}">',
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{zero:.1f}" y2="{zero:.1f}" stroke="#888" stroke-dasharray="4 3"/>',
        f'<text x="{LEFT - 6}" y="{_y(high, low, high) + 4:.1f}" text-anchor="end" font-size="11">'
        f"{escape(amount_format(high))}</text>",
        f'<text x="{LEFT - 6}" y="{_y(low, low, high) + 4:.1f}" text-anchor="end" font-size="11">'
        f"{escape(amount_format(low))}</text>",
        f'<text x="{LEFT - 6}" y="{zero + 4:.1f}" text-anchor="end" font-size="11">0</text>',
        f'<path d="{path(accept)}" fill="none" stroke="{ACCEPT_COLOUR}" stroke-width="3"/>',
        f'<path d="{path(court)}" fill="none" stroke="{COURT_COLOUR}" stroke-width="3" stroke-dasharray="7 4"/>',
        f'<text x="{LEFT}" y="{HEIGHT - 12}" font-size="11">{escape(month_label)} 0</text>',
        f'<text x="{WIDTH - RIGHT}" y="{HEIGHT - 12}" font-size="11" text-anchor="end">'
        f"{escape(month_label)} {len(months) - 1}</text>",
        "</svg>",
    ]
    legend = (
        f'<p class="legend"><span class="swatch accept"></span>{escape(accept_label)} '
        f'<span class="swatch dashed court"></span>{escape(court_label)}</p>'
    )
    return Markup("".join(parts) + legend)
