"""Hearings: the list across the organisation's cases, and a hearing's page and forms."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims.models import Case, Hearing
from claims.models.enums import CaseKind, HearingStatus
from claims.services import choosers, hearing_closures, hearing_lists, protection, shared
from claims.services import hearing_messages as messages
from claims.services import hearings as service
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.forms import db_int, page_number, run_service
from claims.web.hearings.forms import HearingForm
from claims.web.labels import court_choices

bp = Blueprint("hearings", __name__, url_prefix="/hearings")


def _court_choices(courts) -> list:
    return court_choices(courts, _("No court (an office or not yet known)"))


def _lawyer_choices() -> list[tuple[str, str]]:
    return [("", _("The case's lawyer"))] + [
        (str(u.id), u.name) for u in service.lawyer_choices(current_user)
    ]


def _filters() -> hearing_lists.HearingFilters:
    window = request.args.get("window", "14")
    window = window if window in hearing_lists.WINDOWS else "14"
    case_kind = request.args.get("case_kind", "")
    return hearing_lists.HearingFilters(
        window=window,
        court_id=request.args.get("court_id", type=db_int),
        province=request.args.get("province", "")[:120],
        lawyer_id=request.args.get("lawyer_id", type=db_int),
        case_kind=case_kind if case_kind in set(CaseKind) else "",
        page=request.args.get("page", 1, type=page_number),
        on=request.args.get("on", type=_iso_day),
        sort=hearing_lists.HEARING_SORTS.choose(
            request.args.get("sort"), request.args.get("dir"), default=hearing_lists.default_sort(window)
        ),
    )


def _iso_day(value: str) -> date:
    """A day in the address (``on=2026-12-07``, written by the calendar's links); anything else is ValueError,
    and the list falls back to its window."""
    day = date.fromisoformat(value)
    if not 1900 < day.year < 2200:
        raise ValueError(value)
    return day


def _closed_day_to_confirm(form: HearingForm, case: Case, hearing: Hearing | None):
    """The court's closure or public holiday on the day typed for a scheduled hearing, where the user has not yet
    confirmed it (a new hearing, or a changed day or court), and the hearing could otherwise be saved: the form
    says it and asks again rather than saving (courts sometimes sit, so a ticked confirmation saves). ``False``
    when the hearing's rules refuse it (their messages are on the form); None when there is nothing to ask."""
    if form.confirm_closed_day.data or form.status.data != HearingStatus.SCHEDULED:
        return None
    day, court_id = form.starts_at.data.date(), form.court_id.data or case.court_id
    if hearing is not None and (hearing.starts_at.date(), hearing.court_id or case.court_id) == (
        day,
        court_id,
    ):
        return None
    closed = hearing_closures.closed_day(current_user, day, court_id)
    if closed is None:
        return None
    if not run_service(
        form, lambda: service.check_hearing(current_user, case, form.values(), hearing=hearing)
    ):
        return False
    return closed


@bp.get("/")
@case_worker_required
def index():
    filters = _filters()
    listing = hearing_lists.list_hearings(current_user, filters)
    return render_template(
        "hearings/index.html",
        listing=listing,
        closed_days=hearing_closures.closed_days_of(current_user, [row.hearing for row in listing.rows]),
        filters=filters,
        shared_panel=shared.shared_panel(current_user),
        sorts=hearing_lists.HEARING_SORTS,
    )


@bp.route("/new", methods=["GET", "POST"])
@case_worker_required
def create():
    if not request.args.get("case_id"):
        # From the hearings list: which case first (a bounded search), then the form of that case.
        q = request.args.get("q", "")[:100]
        return render_template("hearings/choose_case.html", found=choosers.find_cases(current_user, q), q=q)
    case = get_visible(Case, request.args.get("case_id"), current_user)
    form = HearingForm(data={"court_id": case.court_id} if request.method == "GET" else None)
    form.court_id.choices = _court_choices(service.list_courts(current_user))
    form.lawyer_id.choices = _lawyer_choices()
    created = {}
    closed = None
    if (
        form.validate_on_submit()
        and (closed := _closed_day_to_confirm(form, case, None)) is None
        and run_service(
            form,
            lambda: created.setdefault(
                "hearing", service.schedule_hearing(current_user, case, form.values())
            ),
        )
    ):
        flash(_("Hearing recorded for %(ref)s.", ref=case.reference), "success")
        return redirect(url_for(".show", hearing_id=created["hearing"].id))
    return render_template("hearings/form.html", form=form, case=case, hearing=None, closed=closed)


@bp.get("/<int:hearing_id>")
@case_worker_required
def show(hearing_id: int):
    page = service.load_hearing_page(current_user, hearing_id)
    return render_template(
        "hearings/show.html",
        page=page,
        hearing=page.hearing,
        case=page.hearing.case,
        closure=hearing_closures.closure_of(current_user, page.hearing),
        messages_sent=messages.sent_for(current_user, page.hearing),
    )


@bp.route("/<int:hearing_id>/edit", methods=["GET", "POST"])
@case_worker_required
def edit(hearing_id: int):
    hearing = get_visible(Hearing, hearing_id, current_user)
    case = get_visible(Case, hearing.case_id, current_user)
    form = HearingForm(obj=hearing)
    if not protection.may_see_case_whereabouts(current_user, case):
        for name in service.WHEREABOUTS_FIELDS:
            del form[name]
    form.court_id.choices = _court_choices(service.list_courts(current_user))
    form.lawyer_id.choices = _lawyer_choices()
    closed = None
    if (
        form.validate_on_submit()
        and (closed := _closed_day_to_confirm(form, case, hearing)) is None
        and run_service(
            form,
            lambda: service.update_hearing(current_user, hearing, form.values(), form.expected_version()),
            hearing,
        )
    ):
        flash(_("Hearing saved."), "success")
        return redirect(url_for(".show", hearing_id=hearing.id))
    return render_template("hearings/form.html", form=form, case=case, hearing=hearing, closed=closed)


@bp.post("/<int:hearing_id>/archive")
@case_worker_required
def archive(hearing_id: int):
    hearing = get_visible(Hearing, hearing_id, current_user)
    case = get_visible(Case, hearing.case_id, current_user)
    if run_service(
        None, lambda: service.archive_hearing(current_user, hearing, request.form.get("version", type=db_int))
    ):
        flash(_("Hearing archived. An administrator can restore it."), "success")
        return redirect(url_for("cases.show", case_id=case.id) + "#hearings")
    return redirect(url_for(".show", hearing_id=hearing.id))


@bp.get("/<int:hearing_id>/message")
@case_worker_required
def message(hearing_id: int):
    """The hearing letter as a text message to copy into SMS or LINE (``format=text``: the message alone, for a
    phone without JavaScript to copy from)."""
    hearing = get_visible(Hearing, hearing_id, current_user)
    get_visible(Case, hearing.case_id, current_user)
    claimants = messages.claimants_of(current_user, hearing)
    claimant_id = request.args.get("claimant_id", type=db_int)
    if claimant_id is not None:
        claimant = messages.claimant_of(current_user, hearing, claimant_id)
    else:
        claimant = claimants[0] if claimants else None
    if claimant is None:
        return render_template("hearings/message.html", hearing=hearing, case=hearing.case, claimant=None)
    language = request.args.get("language", "")
    if language not in messages.LANGUAGES:
        language = messages.default_language(claimant)
    composed = messages.compose(current_user, hearing, claimant, language)
    if request.args.get("format") == "text":
        return Response(composed.text, mimetype="text/plain")
    return render_template(
        "hearings/message.html",
        hearing=hearing,
        case=hearing.case,
        claimant=claimant,
        claimants=claimants,
        composed=composed,
        languages=messages.LANGUAGES,
        show_phone=messages.may_see_phone(current_user, claimant),
    )


@bp.post("/<int:hearing_id>/message/sent")
@case_worker_required
def message_sent(hearing_id: int):
    """Record that the message went to the claimant (who, when, by which channel): on the hearing's timeline."""
    hearing = get_visible(Hearing, hearing_id, current_user)
    get_visible(Case, hearing.case_id, current_user)
    claimant = messages.claimant_of(current_user, hearing, request.form.get("claimant_id", type=db_int))
    language = request.form.get("language", "")
    channel = request.form.get("channel", "")
    if run_service(None, lambda: messages.record_sent(current_user, hearing, claimant, channel, language)):
        flash(_("Recorded: the message was sent to %(code)s.", code=claimant.pseudonym), "success")
        return redirect(url_for(".show", hearing_id=hearing.id) + "#messages")
    return redirect(
        url_for(
            ".message",
            hearing_id=hearing.id,
            claimant_id=claimant.id,
            language=language if language in messages.LANGUAGES else None,
        )
    )
