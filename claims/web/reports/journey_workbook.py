"""The quarterly journey report as an .xlsx workbook, through the writer of the funder report
(claims.web.reports.workbook): the identified victims by nationality and by form of exploitation, each by sex;
the journey's figures; and a notes sheet saying exactly what each count is. Counts are stored as numbers."""

from __future__ import annotations

import io
from datetime import date

from flask_babel import gettext as _
from openpyxl import Workbook

from claims.models.enums import Sex
from claims.services.reports.journey import JourneyReport
from claims.web.labels import label
from claims.web.reports.labels import JOURNEY_FIGURE_NAMES, journey_group_label
from claims.web.reports.workbook import finish_with_notes, start_sheet


def sexes_shown(report: JourneyReport) -> list[str]:
    """Female and male always; intersex and "not recorded" where someone is counted under them."""
    return [s.value for s in Sex if s in (Sex.FEMALE, Sex.MALE) or report.identified_by_sex.get(s.value)]


def journey_figures(report: JourneyReport) -> list[tuple[str, int, int | None, str | None]]:
    """(figure, count, out of, the figure that "out of" is): the journey's rows, in the page's and the sheet's
    order. Each count and each "out of" is a figure whose records the page links (journey.figure_select)."""
    return [
        ("identified", report.identified, None, None),
        ("assisted", report.assisted, report.identified_by_end, "identified_by_end"),
        ("not_assisted", report.not_assisted, report.identified_by_end, "identified_by_end"),
        ("returned", report.returned, None, None),
        ("visits_on_time", report.visits_on_time, report.visits_due, "visits_due"),
        ("visits_late", report.visits_late, report.visits_due, "visits_due"),
        ("visits_not_done", report.visits_not_done, report.visits_due, "visits_due"),
        ("visits_due", report.visits_due, None, None),
        ("referrals_completed", report.referrals_completed, None, None),
        ("referrals_made", report.referrals_made, None, None),
    ]


# Which of the notes (1-based, in the order of ``notes``) defines each figure: the page's footnote marks.
FIGURE_NOTE = {
    "identified": 1,
    "identified_by_end": 3,
    "assisted": 3,
    "not_assisted": 3,
    "returned": 4,
    "visits_on_time": 5,
    "visits_late": 5,
    "visits_not_done": 5,
    "visits_due": 5,
    "referrals_completed": 6,
    "referrals_made": 6,
}


def notes() -> list[tuple[str, str, str]]:
    """What each count is, and where it is read from (in the words of the pages the records are entered on, not
    the database's): the page's footnotes and the notes sheet."""
    return [
        (
            _("Identified in the period"),
            _(
                "People whose first identification as a victim of trafficking (status “identified”) is dated in "
                "the period. Someone identified again later is counted once, in the period of the first."
            ),
            _("The claimant's identification history: each event's status and date."),
        ),
        (
            _("By nationality, sex and form"),
            _(
                "The people identified in the period by their nationality and sex as recorded today. A person who "
                "suffered more than one form of exploitation counts under each: the rows by form overlap and are "
                "not added up."
            ),
            _("The claimant's nationality, sex and forms of exploitation."),
        ),
        (
            _("Assisted and not assisted"),
            _(
                "Of the people identified by the end of the period, those who had a shelter stay during it, "
                "received assistance in it (a fund, a grant), or had a referral completed in it; and the others."
            ),
            _("Shelter stays, assistance received and referrals."),
        ),
        (
            _("Returned home"),
            _("People whose return home is dated in the period, identified or not."),
            _("The return home: the date the person went home."),
        ),
        (
            _("Follow-up visits"),
            _(
                "Visits due in the period; made on time: made on or before their due date; made late: after it; "
                "not done: no visit date recorded yet. The three add up to the visits due."
            ),
            _("Follow-up visits: the date due and the date visited."),
        ),
        (
            _("Referrals made and completed"),
            _(
                "Referrals made in the period; completed: status completed with the feedback dated in the period. "
                "A completed referral with no feedback date is in no period."
            ),
            _("Referrals: the date referred, the status and the date of the feedback."),
        ),
        (
            _("Scope"),
            _(
                "Your organisation's records only; archived records never count. A protected person is counted, "
                "and not named in the lists to those who may not see their whereabouts."
            ),
            "",
        ),
    ]


def _by_sex_sheet(book, report: JourneyReport, what: str, title: str, locale: str, today: date) -> None:
    sexes = sexes_shown(report)
    first = _("Nationality") if what == "nationality" else _("Form of exploitation")
    headers = [first, *[label(s, Sex) for s in sexes], _("Total")]
    sheet = start_sheet(book, title, report.filters, locale, today, headers, basis=False)
    rows = report.by_nationality if what == "nationality" else report.by_form
    for row in rows:
        sheet.append([journey_group_label(what, row.key), *[row.by_sex.get(s, 0) for s in sexes], row.total])
    if what == "nationality":
        sheet.append([_("Total"), *[report.identified_by_sex.get(s, 0) for s in sexes], report.identified])
    else:
        sheet.append([])
        sheet.append(
            [_("A person who suffered more than one form counts under each: the rows are not added up.")]
        )
    sheet.column_dimensions["A"].width = 40


def journey_workbook(report: JourneyReport, locale: str, today: date) -> io.BytesIO:
    book = Workbook()
    book.remove(book.active)
    _by_sex_sheet(book, report, "nationality", _("Identified by nationality"), locale, today)
    _by_sex_sheet(book, report, "form", _("Identified by form"), locale, today)
    sheet = start_sheet(
        book, _("Journey"), report.filters, locale, today, [_("Figure"), _("Count"), _("Out of")], basis=False
    )
    for figure, count, out_of, _out_of_figure in journey_figures(report):
        sheet.append([str(JOURNEY_FIGURE_NAMES[figure]), count, out_of])
    sheet.column_dimensions["A"].width = 40
    sheet = start_sheet(
        book,
        _("Notes"),
        report.filters,
        locale,
        today,
        [_("Figure"), _("What it means"), _("Source")],
        basis=False,
    )
    return finish_with_notes(book, sheet, notes())
