"""The quarterly funder report as an .xlsx workbook: one sheet per report, headers in the user's language,
numbers stored as numbers (amounts with a currency column beside them, never summed across currencies), the
period and the day it was made at the top of each sheet, and a notes sheet saying what each figure means and
where it comes from."""

from __future__ import annotations

import io
from datetime import date

from flask_babel import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from claims import formatting
from claims.services.reports import Report
from claims.services.reports.amounts import FIGURES
from claims.web.reports.labels import DIMENSION_NAMES, FIGURE_NAMES, MEASURE_NAMES, group_label

MONEY_FORMAT = "#,##0.00"
BOLD = Font(bold=True)


def _sheet(book: Workbook, title: str, report: Report, locale: str, today: date, headers: list[str]):
    return start_sheet(book, title, report.filters, locale, today, headers)


def start_sheet(
    book: Workbook, title: str, filters, locale: str, today: date, headers: list[str], *, basis: bool = True
):
    """A sheet headed by its title, the period (and, for the money reports, which date counts), the case kind
    and the day it was made, then the bold column headers, frozen: every report's sheets start so."""
    sheet = book.create_sheet(_safe_title(title))
    period = filters.period()
    shown = period.label_in(locale) or _("All time")
    if basis:
        shown += " (%s)" % (_("by filing date") if filters.basis == "filed" else _("by decision date"))
    elif period.bounded:
        days = [formatting.format_date(day, locale) for day in (period.start, period.end)]
        shown += f" ({days[0]} – {days[1]})"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([_("Period"), shown])
    if basis and filters.kind:
        from claims.models.enums import CaseKind
        from claims.web.labels import label

        sheet.append([_("Case kind"), label(filters.kind, CaseKind)])
    sheet.append([_("Made on"), formatting.format_date(today, locale)])
    sheet.append([])
    sheet.append(headers)
    for cell in sheet[sheet.max_row]:
        cell.font = BOLD
    # By its name, not sheet.cell(): asking for the cell would create it, and the rows appended next would
    # start one row lower, under an empty one.
    sheet.freeze_panes = f"A{sheet.max_row + 1}"
    return sheet


def _safe_title(title: str) -> str:
    for char in "[]:*?/\\":
        title = title.replace(char, " ")
    return title[:31]


def _money(sheet, row: list, money_columns: tuple[int, ...]) -> None:
    sheet.append(row)
    for column in money_columns:
        cell = sheet.cell(row=sheet.max_row, column=column)
        if cell.value is not None:
            cell.number_format = MONEY_FORMAT


def _amount_sheets(book, report: Report, locale: str, today: date) -> None:
    headers = [
        _("Group"),
        _("Claimants"),
        _("Cases"),
        _("Currency"),
        *[str(FIGURE_NAMES[f]) for f in FIGURES],
    ]
    for dimension, groups in report.groups.items():
        title = _("By %(group)s", group=str(DIMENSION_NAMES[dimension]).lower())
        sheet = _sheet(book, title, report, locale, today, [str(DIMENSION_NAMES[dimension]), *headers[1:]])
        for g in groups:
            name = group_label(dimension, g.key, report.respondent_names)
            currencies = g.currencies() or [""]
            for i, currency in enumerate(currencies):
                counts = [g.claimants, g.cases] if i == 0 else [None, None]
                values = [g.money[f].get(currency) for f in FIGURES]
                _money(sheet, [name, *counts, currency or None, *values], (5, 6, 7))
        sheet.column_dimensions["A"].width = 32


def _timing_sheet(book, report: Report, locale: str, today: date) -> None:
    sheet = _sheet(
        book,
        _("Time to judgment and payment"),
        report,
        locale,
        today,
        [_("Measure"), _("Judgments counted"), _("Median days"), _("Mean days")],
    )
    for span in report.spans:
        sheet.append(
            [
                str(MEASURE_NAMES[span.measure]),
                span.count,
                span.median,
                span.mean,
            ]
        )
    sheet.column_dimensions["A"].width = 32


def _settlement_sheet(book, report: Report, locale: str, today: date) -> None:
    s = report.settlements
    sheet = _sheet(
        book,
        _("Settlements"),
        report,
        locale,
        today,
        [_("Outcomes decided"), _("Settlements"), _("Settlement rate (%)")],
    )
    sheet.append([s.decided, s.settled, s.rate])
    sheet.append([])
    sheet.append(
        [_("Currency"), _("Settled"), _("Claimed by those who settled"), _("Settled share of the claim (%)")]
    )
    for cell in sheet[sheet.max_row]:
        cell.font = BOLD
    for share in s.shares:
        _money(sheet, [share.currency, share.settled, share.claimed, share.percent], (2, 3))
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["C"].width = 30


def _repeat_sheet(book, report: Report, locale: str, today: date) -> None:
    sheet = _sheet(
        book,
        _("Repeat respondents"),
        report,
        locale,
        today,
        [_("Respondent"), _("Cases"), _("Awards not yet collected"), _("Currency"), _("Still owed")],
    )
    for r in report.repeats:
        currencies = sorted(r.owed, key=lambda c: (c != "THB", c)) or [None]
        for i, currency in enumerate(currencies):
            first = [r.cases, r.uncollected] if i == 0 else [None, None]
            owed = r.owed.get(currency) if currency else None
            _money(sheet, [r.name, *first, currency, owed], (5,))
    sheet.column_dimensions["A"].width = 36


def notes() -> list[tuple[str, str, str]]:
    """What each figure means and where it is read from: the notes sheet, and the page's notes."""
    return [
        (
            _("Claimed"),
            _(
                "What each claimant claimed in the case, as filed, per currency; not a calculation's totals, which may be a draft."
            ),
            "case_claimants.claimed_amount, claimed_currency",
        ),
        (
            _("Awarded or agreed"),
            _("The amounts of judgments, settlements, withdrawals and dismissals, per currency."),
            "outcomes.amount, currency",
        ),
        (
            _("Received"),
            _("What was actually received against those outcomes (live payments), per currency."),
            "outcomes.received (kept from received_payments)",
        ),
        (
            _("Claimants, cases"),
            _("Live claimants in live cases; archived cases and records never count."),
            "case_claimants, cases, claimants",
        ),
        (
            _("Period"),
            _(
                "A claimant counts in the period their case was filed, or, by decision date, in the period of their outcome."
            ),
            "cases.filed_on / outcomes.decided_on",
        ),
        (
            _("Home province"),
            _("Protected people whose whereabouts you may not see are counted under “not shown”."),
            "claimants.home_province",
        ),
        (
            _("Respondent"),
            _("A case against two respondents counts under each: the groups overlap and are not added up."),
            "case_respondents",
        ),
        (
            _("Time to judgment and payment"),
            _(
                "Days from filing to judgment, and from judgment to the first payment and to the last payment of a judgment paid in full."
            ),
            "cases.filed_on, outcomes.decided_on, received_payments.received_on",
        ),
        (
            _("Settlement rate"),
            _(
                "Settlements ÷ outcomes decided. The settled share compares settlements with what the same claimants claimed, in the same currency only."
            ),
            "outcomes.kind, case_claimants.claimed_amount",
        ),
        (
            _("Repeat respondents"),
            _(
                "Respondents in two or more of the cases counted; still owed is each uncollected award's amount less what was received."
            ),
            "case_respondents, outcomes.uncollected, outcomes.amount − outcomes.received",
        ),
        (_("Currencies"), _("Amounts in different currencies are never added together or converted."), ""),
    ]


def funder_workbook(report: Report, locale: str, today: date) -> io.BytesIO:
    book = Workbook()
    book.remove(book.active)
    _amount_sheets(book, report, locale, today)
    _timing_sheet(book, report, locale, today)
    _settlement_sheet(book, report, locale, today)
    _repeat_sheet(book, report, locale, today)
    sheet = _sheet(book, _("Notes"), report, locale, today, [_("Figure"), _("What it means"), _("Source")])
    return finish_with_notes(book, sheet, notes())


def finish_with_notes(book: Workbook, sheet, rows: list[tuple[str, str, str]]) -> io.BytesIO:
    """Fill a report's notes sheet (figure, what it means, source) and give the saved workbook: every report's
    workbook ends so."""
    for row in rows:
        sheet.append(list(row))
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 90
    sheet.column_dimensions["C"].width = 50
    out = io.BytesIO()
    book.save(out)
    out.seek(0)
    return out
