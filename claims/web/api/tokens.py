"""Pages for personal API tokens: a user's own (make, revoke) and the organisation's for an admin (revoke)."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, StringField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from claims.models.base import utcnow
from claims.services import admin as admin_service
from claims.services import api_tokens as service
from claims.services.errors import NotFound, ValidationFailed
from claims.web.access import admin_required, case_worker_required

bp = Blueprint("api_tokens", __name__)


class TokenForm(FlaskForm):
    name = StringField(
        _l("Name"),
        validators=[DataRequired(), Length(max=80)],
        description=_l("What will use it, such as the office's sync script."),
    )
    write = BooleanField(_l("May also write (create and change claimants and hearings)"))
    days = IntegerField(
        _l("Expires after (days)"),
        validators=[Optional(), NumberRange(min=1, max=service.MAX_DAYS)],
        description=_l("Leave empty for a token that lasts until it is revoked."),
    )


def _local(moment):
    return admin_service.to_local(moment, current_app.config["BABEL_DEFAULT_TIMEZONE"]) if moment else None


def _rows(tokens):
    now = utcnow()
    return [
        (token, token.in_force(now), _local(token.last_used_at), _local(token.expires_at)) for token in tokens
    ]


@bp.route("/account/api-tokens", methods=["GET", "POST"])
@case_worker_required
def own():
    form = TokenForm()
    secret = None
    if form.validate_on_submit():
        try:
            scopes = ["read", "write"] if form.write.data else ["read"]
            _token, secret = service.create_token(current_user, form.name.data, scopes, form.days.data)
        except ValidationFailed as failure:
            for name, message in failure.errors.items():
                getattr(form, name).errors = [*getattr(form, name).errors, message]
        else:
            form = TokenForm(formdata=None)
    rows = _rows(service.own_tokens(current_user))
    return render_template("api_tokens/own.html", form=form, secret=secret, rows=rows)


@bp.post("/account/api-tokens/<int:token_id>/revoke")
@case_worker_required
def revoke(token_id: int):
    try:
        token = service.revoke_token(current_user, token_id)
    except NotFound:
        from flask import abort

        abort(404)
    flash(_("Token %(name)s revoked: it no longer works.", name=token.name), "success")
    admin_page = request.form.get("back") == "admin" and current_user.role.value == "admin"
    return redirect(url_for(".organisation" if admin_page else ".own"))


@bp.get("/admin/api-tokens")
@admin_required
def organisation():
    rows = _rows(service.organisation_tokens(current_user))
    return render_template("api_tokens/organisation.html", rows=rows)
