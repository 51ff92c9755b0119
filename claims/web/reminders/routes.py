"""Reminders: what is due and overdue for the user, moved deadlines, and the calendar feeds.

Every route needs a case worker's login except ``feed``: calendar apps cannot log in, so the feed's address holds
a secret token instead (see claims.services.feeds).
"""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims import clock
from claims.models import Case
from claims.services import assigned, deadlines, feeds, reminders, return_dates
from claims.services.errors import NotFound
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.forms import page_number, posted_ids, run_service

bp = Blueprint("reminders", __name__, url_prefix="/reminders")

ICS = "text/calendar; charset=utf-8"


def _back():
    return redirect(url_for(".index", scope=request.form.get("scope") or None))


@bp.get("/")
@case_worker_required
def index():
    mine = request.args.get("scope") != "org"
    page = reminders.load_reminders(current_user, mine=mine)
    return render_template(
        "reminders/index.html",
        page=page,
        soon_days=deadlines.SOON_DAYS,
        hearing_days=reminders.PAGE_HEARING_DAYS,
        overdue_days=reminders.OVERDUE_WINDOW_DAYS,
        due_soon_days=assigned.DUE_SOON_DAYS,
        deadline_label=reminders.deadline_label,
    )


@bp.get("/return-dates")
@case_worker_required
def return_dates_list():
    """Every claimant awaiting their date of return (the reminders page shows the first)."""
    page = return_dates.page_of(
        current_user,
        mine=request.args.get("scope") != "org",
        page=request.args.get("page", 1, type=page_number),
    )
    return render_template("reminders/return_dates.html", page=page)


@bp.post("/notices/seen")
@case_worker_required
def notices_seen():
    ids = None if request.form.get("all") else posted_ids("notice_id")
    if ids == []:
        flash(_("Choose at least one moved deadline."), "error")
        return _back()
    count = deadlines.mark_notices_seen(current_user, ids)
    flash(_("Marked as seen: %(n)d.", n=count), "success")
    return _back()


@bp.post("/team-notices/seen")
@case_worker_required
def team_notices_seen():
    ids = None if request.form.get("all") else posted_ids("notice_id")
    count = reminders.mark_team_notices_seen(current_user, ids or None)
    flash(_("Marked as seen: %(n)d.", n=count), "success")
    return _back()


@bp.route("/overdue/older", methods=["GET", "POST"])
@case_worker_required
def close_older():
    """The deadlines overdue for longer than the list shows, marked done in one step: a page that says how many
    and whose, and a button that does it (a post without ``confirmed`` only shows the page again)."""
    mine = (request.values.get("scope") or "") != "org"
    before = clock.today() - timedelta(days=reminders.OVERDUE_WINDOW_DAYS)
    if request.method == "POST" and request.form.get("confirmed") == "1":
        marked = {}
        if run_service(
            None,
            lambda: marked.setdefault(
                "n",
                deadlines.mark_overdue_done_before(
                    current_user, before, mine=mine, note=request.form.get("note")
                ),
            ),
        ):
            flash(_("Marked done: %(n)d.", n=marked["n"]), "success")
        return redirect(url_for(".index", scope=None if mine else "org") + "#overdue")
    return render_template(
        "reminders/close_older.html",
        mine=mine,
        count=deadlines.count_overdue_before(current_user, before, mine=mine),
        before=before,
        overdue_days=reminders.OVERDUE_WINDOW_DAYS,
    )


@bp.get("/feeds")
@case_worker_required
def feeds_page():
    return render_template("reminders/feeds.html", feed=feeds.active_feed(current_user), new_url=None)


@bp.post("/feeds")
@case_worker_required
def create_feed():
    token = feeds.create_feed(current_user)
    # Shown once, in this response only: only the token's hash is kept.
    new_url = url_for(".feed", token=token, _external=True)
    flash(_("A new calendar address was made. Any earlier address no longer works."), "success")
    return render_template("reminders/feeds.html", feed=feeds.active_feed(current_user), new_url=new_url)


@bp.post("/feeds/revoke")
@case_worker_required
def revoke_feed():
    if feeds.revoke_feed(current_user):
        flash(_("The calendar address was revoked: calendars subscribed to it stop updating."), "success")
    else:
        flash(_("There was no calendar address to revoke."), "error")
    return redirect(url_for(".feeds_page"))


@bp.get("/feed/<token>.ics")
def feed(token: str):
    # No login on purpose (phones subscribe to it); the token is the credential.
    try:
        user = feeds.feed_owner(token)
    except NotFound:
        abort(404)
    response = Response(feeds.user_calendar(user), mimetype="text/calendar")
    response.headers["Content-Type"] = ICS
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.get("/case/<int:case_id>.ics")
@case_worker_required
def case_calendar(case_id: int):
    case = get_visible(Case, case_id, current_user)
    response = Response(feeds.case_calendar(current_user, case), mimetype="text/calendar")
    response.headers["Content-Type"] = ICS
    filename = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in case.reference) or str(case.id)
    response.headers["Content-Disposition"] = f'attachment; filename="case-{filename}.ics"'
    return response
