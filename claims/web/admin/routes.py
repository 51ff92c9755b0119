from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims.models import User
from claims.services import admin as service
from claims.services import archived_records, audit_trail
from claims.services.scope import get_visible
from claims.web.access import admin_required
from claims.web.admin.forms import AuditFilterForm, PasswordForm, UserCreateForm, UserEditForm, entity_label
from claims.web.auth import sessions
from claims.web.forms import db_int, page_number, run_service
from claims.web.labels import options

bp = Blueprint("admin", __name__, url_prefix="/admin")


def _tz() -> str:
    return current_app.config["BABEL_DEFAULT_TIMEZONE"]


@bp.context_processor
def _helpers():
    # A court's entries have no history page (a court is not a Record): their label is not a link.
    return {
        "entity_label": entity_label,
        "has_history": lambda entity_type: entity_type in archived_records.RECORD_MODELS,
    }


# ---------------------------------------------------------------- users


@bp.get("/")
@bp.get("/users")
@admin_required
def users():
    rows = [(user, service.to_local(user.last_login_at, _tz())) for user in service.list_users(current_user)]
    return render_template("admin/users.html", rows=rows)


@bp.route("/users/new", methods=["GET", "POST"])
@admin_required
def create_user():
    form = UserCreateForm()
    created = {}
    values = lambda: {**form.values(), "password": form.password.data, "confirm": form.confirm.data}  # noqa: E731
    if form.validate_on_submit() and run_service(
        form, lambda: created.setdefault("user", service.create_user(current_user, values()))
    ):
        flash(_("User %(name)s created.", name=created["user"].name), "success")
        return redirect(url_for(".users"))
    return render_template("admin/user_form.html", form=form, user=None)


@bp.route("/users/<int:user_id>/edit", methods=["GET", "POST"])
@admin_required
def edit_user(user_id: int):
    user = get_visible(User, user_id, current_user)
    form = UserEditForm(obj=user)
    if form.validate_on_submit() and run_service(
        form, lambda: service.update_user(current_user, user, form.values(), form.expected_version()), user
    ):
        flash(_("Changes to %(name)s saved.", name=user.name), "success")
        return redirect(url_for(".users"))
    return render_template("admin/user_form.html", form=form, user=user)


@bp.route("/users/<int:user_id>/password", methods=["GET", "POST"])
@admin_required
def reset_password(user_id: int):
    user = get_visible(User, user_id, current_user)
    form = PasswordForm(obj=user)
    if form.validate_on_submit() and run_service(
        form,
        lambda: service.reset_password(
            current_user, user, form.password.data, form.confirm.data, form.expected_version()
        ),
        user,
    ):
        if user.id == current_user.id:  # an administrator resetting their own password stays logged in here
            sessions.keep_after_version_change(user)
        flash(
            _("New password set for %(name)s. Give it to them in person or by phone.", name=user.name),
            "success",
        )
        return redirect(url_for(".users"))
    return render_template("admin/password_form.html", form=form, user=user)


@bp.post("/users/<int:user_id>/deactivate")
@admin_required
def deactivate_user(user_id: int):
    user = get_visible(User, user_id, current_user)
    version = request.form.get("version", type=db_int)
    if run_service(None, lambda: service.deactivate_user(current_user, user, version)):
        flash(_("%(name)s can no longer log in. You can reactivate the account.", name=user.name), "success")
    return redirect(url_for(".users"))


@bp.post("/users/<int:user_id>/reactivate")
@admin_required
def reactivate_user(user_id: int):
    user = get_visible(User, user_id, current_user, include_archived=True)
    if run_service(None, lambda: service.reactivate_user(current_user, user)):
        flash(_("%(name)s can log in again.", name=user.name), "success")
    return redirect(url_for(".users"))


# ---------------------------------------------------------------- archive


@bp.get("/archive")
@admin_required
def archive():
    entity_type = request.args.get("type", "")
    entity_type = entity_type if entity_type in archived_records.RECORD_MODELS else ""
    rows = archived_records.list_archived(current_user, entity_type, tz=_tz())
    type_choices = [("", _("Every type"))] + [(t, entity_label(t)) for t in archived_records.RECORD_MODELS]
    return render_template(
        "admin/archive.html", rows=rows, entity_type=entity_type, type_choices=type_choices
    )


@bp.post("/archive/<entity_type>/<int:record_id>/restore")
@admin_required
def restore(entity_type: str, record_id: int):
    if entity_type not in archived_records.RECORD_MODELS:
        abort(404)
    restored = {}
    if run_service(
        None,
        lambda: restored.setdefault(
            "record", archived_records.restore_record(current_user, entity_type, record_id)
        ),
    ):
        flash(
            _(
                "%(type)s %(label)s restored.",
                type=entity_label(entity_type),
                label=restored["record"].safe_label(),
            ),
            "success",
        )
    return redirect(url_for(".archive", type=request.args.get("type") or None))


# ---------------------------------------------------------------- audit trail


@bp.get("/audit")
@admin_required
def audit():
    form = AuditFilterForm(formdata=request.args)
    form.user_id.choices = options(
        [(u.id, u.name) for u in service.list_users(current_user)], blank=_("Anyone")
    )
    form.validate()
    valid = lambda name: getattr(form, name).data if not getattr(form, name).errors else None  # noqa: E731
    filters = audit_trail.AuditFilters(
        user_id=valid("user_id"),
        entity_type=valid("entity_type") or "",
        action=valid("action") or "",
        date_from=valid("date_from"),
        date_to=valid("date_to"),
        page=request.args.get("page", 1, type=page_number),
    )
    listing = audit_trail.list_audit(current_user, filters, tz=_tz())
    return render_template("admin/audit.html", form=form, listing=listing, filters=filters, history=None)


@bp.get("/audit/<entity_type>/<int:entity_id>")
@admin_required
def history(entity_type: str, entity_id: int):
    page = request.args.get("page", 1, type=page_number)
    listing = audit_trail.record_history(current_user, entity_type, entity_id, page, tz=_tz())
    return render_template(
        "admin/audit.html", form=None, listing=listing, filters=None, history=(entity_type, entity_id)
    )
