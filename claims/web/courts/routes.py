"""Courts and the days they are closed, and the organisation's deadline settings: reference data and practice an
administrator keeps. The rules and the audit are claims.services.courts'."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from claims.services import courts as service
from claims.services import open_days
from claims.web.access import admin_required
from claims.web.courts.forms import ClosureForm, CourtForm, OpenDayForm, SettingsForm
from claims.web.forms import db_int, run_service
from claims.web.labels import court_choices

bp = Blueprint("courts", __name__, url_prefix="/courts")


def _court_choices(courts) -> list:
    return court_choices(courts, _("All courts"))


def _moved_message(result) -> str:
    if result.queued:
        return _(
            "The organisation's deadlines are being recomputed in the background: the dashboard says when they "
            "are current."
        )
    if not result.changed:
        return _("No deadline moved.")
    return ngettext(
        "%(num)d deadline moved; the people who follow that case were told.",
        "%(num)d deadlines moved; the people who follow those cases were told.",
        result.changed,
    )


def _index(court_form=None, closure_form=None, open_day_form=None):
    page = service.load_page(current_user)
    closure_form = closure_form or ClosureForm(formdata=None)
    closure_form.court_id.choices = _court_choices(page.courts)
    return render_template(
        "courts/index.html",
        page=page,
        court_form=court_form or CourtForm(formdata=None),
        closure_form=closure_form,
        open_day_form=open_day_form or OpenDayForm(formdata=None),
    )


@bp.get("/")
@admin_required
def index():
    return _index()


@bp.post("/new")
@admin_required
def create_court():
    form = CourtForm()
    created = {}
    if form.validate_on_submit() and run_service(
        form, lambda: created.setdefault("court", service.create_court(current_user, form.values()))
    ):
        flash(_("Court %(code)s added.", code=created["court"].code), "success")
        return redirect(url_for(".index"))
    return _index(court_form=form)


@bp.route("/<int:court_id>/edit", methods=["GET", "POST"])
@admin_required
def edit_court(court_id: int):
    court = service.get_court(current_user, court_id)
    if not service.may_change_court(current_user, court):
        # Said on the page rather than a bare 403: the court was changeable a moment ago, until another
        # organisation used it.
        return render_template("courts/court_form.html", form=None, court=court), 403
    form = CourtForm(obj=court)
    if form.validate_on_submit() and run_service(
        form, lambda: service.update_court(current_user, court, form.values())
    ):
        flash(_("Changes to court %(code)s saved.", code=court.code), "success")
        return redirect(url_for(".index"))
    return render_template("courts/court_form.html", form=form, court=court)


@bp.post("/closures")
@admin_required
def add_closure():
    form = ClosureForm()
    form.court_id.choices = _court_choices(service.list_courts(current_user))
    done = {}
    if form.validate_on_submit() and run_service(
        form,
        lambda: done.setdefault("added", service.add_closure(current_user, form.values())),
    ):
        flash(_("Closure day added.") + " " + _moved_message(done["added"][1]), "success")
        return redirect(url_for(".index"))
    return _index(closure_form=form)


@bp.post("/closures/<int:closure_id>/archive")
@admin_required
def archive_closure(closure_id: int):
    closure = service.get_closure(current_user, closure_id)
    version = request.form.get("version", type=db_int)
    done = {}
    if run_service(
        None, lambda: done.setdefault("result", service.archive_closure(current_user, closure, version))
    ):
        flash(_("Closure day archived.") + " " + _moved_message(done["result"]), "success")
    return redirect(url_for(".index"))


@bp.post("/open-days")
@admin_required
def add_open_day():
    form = OpenDayForm()
    done = {}
    if form.validate_on_submit() and run_service(
        form, lambda: done.setdefault("added", open_days.add_open_day(current_user, form.values()))
    ):
        flash(_("Open day added.") + " " + _moved_message(done["added"][1]), "success")
        return redirect(url_for(".index", _anchor="open-days"))
    return _index(open_day_form=form)


@bp.post("/open-days/<int:open_day_id>/archive")
@admin_required
def archive_open_day(open_day_id: int):
    open_day = open_days.get_open_day(current_user, open_day_id)
    version = request.form.get("version", type=db_int)
    done = {}
    if run_service(
        None, lambda: done.setdefault("result", open_days.archive_open_day(current_user, open_day, version))
    ):
        flash(_("Open day archived.") + " " + _moved_message(done["result"]), "success")
    return redirect(url_for(".index", _anchor="open-days"))


@bp.route("/settings", methods=["GET", "POST"])
@admin_required
def settings():
    org = current_user.organisation
    form = SettingsForm(
        data={
            "follow_up_months": ", ".join(str(m) for m in org.follow_up_rhythm),
            "petition_warn_days": org.petition_warn_days,
        }
        if request.method == "GET"
        else None
    )
    done = {}
    if form.validate_on_submit() and run_service(
        form,
        lambda: done.setdefault(
            "result",
            service.save_settings(current_user, form.follow_up_months.data, form.petition_warn_days.data),
        ),
    ):
        flash(_("Settings saved.") + " " + _moved_message(done["result"]), "success")
        return redirect(url_for(".settings"))
    return render_template("courts/settings.html", form=form, org=org)
