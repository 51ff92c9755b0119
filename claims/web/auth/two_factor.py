"""Two-step login pages: the code after the password, and the user's own page to turn it on or off."""

from __future__ import annotations

import segno
from flask import abort, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from claims.extensions import db
from claims.models import User
from claims.services import two_factor
from claims.web.auth import sessions
from claims.web.auth.forms import CodeForm, RecoveryCodesForm, TwoFactorForm
from claims.web.auth.routes import bp, wait_message
from claims.web.forms import run_service
from claims.web.redirects import safe_next

SETUP_KEY = sessions.SETUP_KEY
PENDING_KEY = sessions.PENDING_KEY
# Between the password and the code: long enough to find the phone, short enough that a forgotten half-login
# on a shared computer does not wait for the next person.
PENDING_SECONDS = 5 * 60


def _pending_user() -> tuple[User | None, str]:
    pending = session.get(PENDING_KEY)
    if not isinstance(pending, dict) or sessions.timestamp() - pending.get("at", 0) > PENDING_SECONDS:
        return None, ""
    user = db.session.get(User, pending.get("uid"))
    if user is None or not user.is_active or user.session_version != pending.get("sv"):
        return None, ""
    return user, pending.get("next", "")


@bp.route("/login/code", methods=["GET", "POST"])
def second_step():
    user, next_target = _pending_user()
    if user is None:
        session.pop(PENDING_KEY, None)
        flash(_("Log in again: the time to enter the code has run out."), "warning")
        return redirect(url_for("auth.login"))
    form = CodeForm()
    if form.validate_on_submit():
        result = two_factor.complete_login(user, form.code.data, request.remote_addr)
        if result.user is not None:
            session.pop(PENDING_KEY, None)
            sessions.start(result.user)
            return redirect(safe_next(next_target))
        if result.wait is not None:
            session.pop(PENDING_KEY, None)
            flash(wait_message(result.wait), "error")
            return redirect(url_for("auth.login"))
        form.code.errors = [*form.code.errors, _("This code is not right.")]
    return render_template("auth/code.html", form=form)


def _setup_secret() -> str:
    secret = session.get(SETUP_KEY)
    if not secret:
        secret = session[SETUP_KEY] = two_factor.new_secret()
    return secret


def _qr_svg(uri: str) -> str:
    # Drawn here, inline: the key must not travel to a QR service on the internet.
    return segno.make(uri, error="m").svg_inline(scale=4)


@bp.route("/account/two-step", methods=["GET", "POST"])
@login_required
def two_step():
    user = current_user._get_current_object()
    if not two_factor.may_use(user) and not user.two_factor_on:
        abort(403)
    form = TwoFactorForm()
    codes_form = RecoveryCodesForm(prefix="codes")
    secret = None if user.two_factor_on else _setup_secret()
    if form.validate_on_submit():
        codes = {}
        if user.two_factor_on:
            if run_service(form, lambda: two_factor.disable(user, form.password.data, form.code.data)):
                flash(_("Two-step login is off. The password alone logs you in."), "success")
                return redirect(url_for("auth.two_step"))
        elif run_service(
            form,
            lambda: codes.setdefault(
                "codes", two_factor.enable(user, secret, form.code.data, form.password.data)
            ),
        ):
            session.pop(SETUP_KEY, None)
            sessions.keep_after_version_change(user)
            return render_template("auth/recovery_codes.html", codes=codes["codes"], first=True)
    uri = two_factor.provisioning_uri(user, secret) if secret else None
    return render_template(
        "auth/two_step.html",
        form=form,
        codes_form=codes_form,
        secret=secret,
        qr=_qr_svg(uri) if uri else None,
        codes_left=two_factor.recovery_codes_left(user) if user.two_factor_on else None,
    )


@bp.post("/account/two-step/recovery-codes")
@login_required
def renew_recovery_codes():
    user = current_user._get_current_object()
    form = RecoveryCodesForm(prefix="codes")
    codes = {}
    if form.validate_on_submit() and run_service(
        form, lambda: codes.setdefault("codes", two_factor.renew_recovery_codes(user, form.password.data))
    ):
        return render_template("auth/recovery_codes.html", codes=codes["codes"], first=False)
    for errors in form.errors.values():
        for error in errors:
            flash(error, "error")
    return redirect(url_for("auth.two_step"))
