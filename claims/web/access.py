"""Route guards. Every route is behind one of these; the policy itself is claims.services.access."""

from __future__ import annotations

from functools import wraps

from flask import abort
from flask_login import current_user, login_required

from claims.services import access


def case_worker_required(view):
    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if not access.works_on_cases(current_user):
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def admin_required(view):
    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if not access.may_administer(current_user):
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def reports_required(view):
    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if not access.may_see_reports(current_user):
            abort(403)
        return view(*args, **kwargs)

    return wrapped
