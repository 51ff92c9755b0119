"""Calendar: hearings and deadlines by week, month or list, and a claimant's own schedule."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date as babel_format_date
from babel.dates import get_day_names
from flask import Blueprint, render_template, request, url_for
from flask_login import current_user

from claims import clock, formatting
from claims.dates import DateInputError, parse_date
from claims.models.enums import CaseKind
from claims.services import calendar as service
from claims.services import shared, visit_schedule
from claims.web.access import case_worker_required
from claims.web.forms import db_int
from claims.web.i18n import locale_code

bp = Blueprint("calendar", __name__, url_prefix="/calendar")


def _day(view: str) -> date:
    """The day asked for; anything that is not a date (or is out of range) means today, and no day at all (the
    menu's link) the day the view opens on: the coming week on a weekend."""
    # The one date parser: a Buddhist-Era ?day=2569-12-16 is 16 December 2026; far years are typing errors (and
    # the first and last years would step off the calendar's ends).
    if "day" not in request.args:
        return service.opening_day(view, clock.today())
    try:
        return parse_date(request.args.get("day", "")[:12]).value
    except DateInputError:
        return clock.today()


def _filters() -> service.CalendarFilters:
    case_kind = request.args.get("case_kind", "")
    return service.CalendarFilters(
        court_id=request.args.get("court_id", type=db_int),
        province=request.args.get("province", "")[:120],
        lawyer_id=request.args.get("lawyer_id", type=db_int),
        case_kind=case_kind if case_kind in set(CaseKind) else "",
    )


def _here(**changes) -> str:
    """This page with the filters kept and ``changes`` (view, day) applied: the navigation's links."""
    args = {k: v for k, v in request.args.items() if k in _KEPT and v}
    args.update({k: (v.isoformat() if isinstance(v, date) else v) for k, v in changes.items()})
    return url_for(".index", **args)


_KEPT = ("view", "day", "court_id", "province", "lawyer_id", "case_kind")


def month_title(day: date, locale: str) -> str:
    """ "February 2024" / "กุมภาพันธ์ 2567" (Buddhist Era in Thai)."""
    if locale == "th":
        return f"{formatting.THAI_MONTHS[day.month - 1]} {formatting.be_year(day)}"
    return babel_format_date(day, "MMMM y", locale="en")


def period_title(calendar: service.Calendar, locale: str) -> str:
    if calendar.view == "week":
        first = formatting.format_date(calendar.start, locale, "short")
        last = formatting.format_date(calendar.end, locale, "short")
        return f"{first} – {last}"
    return month_title(calendar.day, locale)


WEEKDAY_WIDTH = {"th": "short", "en": "abbreviated"}


def weekday_names(locale: str) -> list[str]:
    """Monday to Sunday as a wall calendar heads its columns: จ. อ. พ. in Thai, Mon Tue Wed in English.

    Each language names the CLDR width that gives its customary heading. CLDR 46 (Babel 2.19) made Thai's
    "abbreviated" width the full names (จันทร์); its "short" width is จ. in every version, while English's "short"
    is Mo and its "abbreviated" Mon."""
    language = "th" if locale == "th" else "en"
    names = get_day_names(WEEKDAY_WIDTH[language], "format", locale=language)
    return [names[i] for i in range(7)]


@bp.get("/")
@case_worker_required
def index():
    view = request.args.get("view", service.DEFAULT_VIEW)
    view = view if view in service.VIEWS else service.DEFAULT_VIEW
    filters = _filters()
    calendar = service.load_calendar(current_user, view, _day(view), filters)
    locale = locale_code()
    return render_template(
        "calendar/index.html",
        calendar=calendar,
        filters=filters,
        title=period_title(calendar, locale),
        weekdays=weekday_names(locale),
        here=_here,
        shared_panel=shared.shared_panel(current_user),
    )


@bp.get("/claimant/<int:claimant_id>")
@case_worker_required
def claimant(claimant_id: int):
    schedule = service.claimant_schedule(current_user, claimant_id)
    return render_template(
        "calendar/claimant.html",
        schedule=schedule,
        claimant=schedule.claimant,
        visit_purpose=visit_schedule.purpose,
        visit_agency=lambda visit, may_see: visit_schedule.agency_shown(visit, may_see=may_see),
    )
