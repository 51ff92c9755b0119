from __future__ import annotations

from math import ceil
from urllib.parse import urlsplit

from flask import Blueprint, Flask, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user, login_required

from claims.extensions import db, login_manager
from claims.models import User
from claims.services import logins, records
from claims.web.auth import sessions
from claims.web.auth.forms import ChangePasswordForm, LanguageForm, LoginForm, LogoutForm
from claims.web.forms import run_service
from claims.web.redirects import local_path, safe_next

bp = Blueprint("auth", __name__)


def init_login(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Please log in to see this page.")
    login_manager.session_protection = "strong"
    app.before_request(sessions.enforce_session_age)
    # Computed now rather than at the first unknown e-mail, whose answer would otherwise be the slow one.
    logins.dummy_hash()

    @app.context_processor
    def shared_forms():
        return {"language_form": LanguageForm(), "logout_form": LogoutForm()}


@login_manager.user_loader
def load_user(user_id: str):
    user = db.session.get(User, int(user_id))
    if user is None or not user.is_active:
        return None
    # A session from before the user's last logout, password change or reset.
    if sessions.session_version() != user.session_version:
        return None
    return user


def wait_message(wait) -> str:
    minutes = max(1, ceil(wait.total_seconds() / 60))
    return ngettext(
        "Too many failed attempts to log in. Wait %(num)d minute, then try again.",
        "Too many failed attempts to log in. Wait %(num)d minutes, then try again.",
        minutes,
    )


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("dashboard.index"))
    form = LoginForm(next=request.args.get("next"))
    if form.validate_on_submit():
        result = logins.authenticate(form.email.data, form.password.data, request.remote_addr)
        if result.second_step:
            sessions.begin_second_step(result.user, local_path(form.next.data))
            return redirect(url_for("auth.second_step"))
        if result.user is not None:
            sessions.start(result.user)
            return redirect(safe_next(form.next.data))
        if result.wait is not None:
            flash(wait_message(result.wait), "error")
        else:
            flash(_("The e-mail or password is not right."), "error")
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout():
    if LogoutForm().validate_on_submit():
        # Ends this session and any copy of its cookie: the version the cookie holds is no longer the user's.
        logins.end_sessions(current_user._get_current_object())
        db.session.commit()
        sessions.end()
    return redirect(url_for("auth.login"))


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password():
    form = ChangePasswordForm()
    user = current_user._get_current_object()
    if form.validate_on_submit() and run_service(
        form,
        lambda: logins.change_own_password(user, form.current.data, form.password.data, form.confirm.data),
    ):
        sessions.keep_after_version_change(user)
        flash(_("Your password is changed. You were logged out everywhere else."), "success")
        return redirect(url_for("dashboard.index"))
    return render_template("auth/password.html", form=form)


@bp.post("/language")
def language():
    form = LanguageForm()
    if form.validate_on_submit():
        session["lang"] = form.lang.data
        if current_user.is_authenticated and current_user.locale != form.lang.data:
            user = current_user._get_current_object()
            records.update(user, user, {"locale": form.lang.data}, records.UNCHECKED)
    return redirect(safe_next(form.next.data or request.referrer and urlsplit(request.referrer).path))
