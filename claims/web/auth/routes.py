from __future__ import annotations

from urllib.parse import urlsplit

import sqlalchemy as sa
from flask import Blueprint, Flask, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required, login_user, logout_user

from claims.extensions import db, login_manager
from claims.models import User
from claims.models.base import utcnow
from claims.models.enums import AuditAction
from claims.services import records
from claims.web.auth.forms import LanguageForm, LoginForm, LogoutForm

bp = Blueprint("auth", __name__)


def init_login(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Please log in to see this page.")
    login_manager.session_protection = "strong"

    @app.context_processor
    def shared_forms():
        return {"language_form": LanguageForm(), "logout_form": LogoutForm()}


@login_manager.user_loader
def load_user(user_id: str):
    user = db.session.get(User, int(user_id))
    return user if user is not None and user.is_active else None


def _safe_next(target: str | None) -> str:
    # Only local paths: an open redirect would let a phishing link borrow our login page.
    if target and urlsplit(target).netloc == "" and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("dashboard.index")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("dashboard.index"))
    form = LoginForm(next=request.args.get("next"))
    if form.validate_on_submit():
        user = db.session.scalar(sa.select(User).where(sa.func.lower(User.email) == form.email.data.lower()))
        if user is not None and user.is_active and user.check_password(form.password.data):
            login_user(user)
            user.last_login_at = utcnow()
            records.write_audit(user, AuditAction.LOGIN, user)
            db.session.commit()
            return redirect(_safe_next(form.next.data))
        if user is not None:
            records.write_audit(user, AuditAction.LOGIN_FAILED, user)
            db.session.commit()
        current_app.logger.info("failed login")
        flash(_("The e-mail or password is not right."), "error")
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout():
    if LogoutForm().validate_on_submit():
        logout_user()
    return redirect(url_for("auth.login"))


@bp.post("/language")
def language():
    form = LanguageForm()
    if form.validate_on_submit():
        session["lang"] = form.lang.data
        if current_user.is_authenticated and current_user.locale != form.lang.data:
            user = current_user._get_current_object()
            records.update(user, user, {"locale": form.lang.data}, records.UNCHECKED)
    return redirect(_safe_next(form.next.data or request.referrer and urlsplit(request.referrer).path))
