"""The quick search of every page's header."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_login import current_user

from claims.services import finding
from claims.services import search as service
from claims.web.access import case_worker_required

bp = Blueprint("search", __name__, url_prefix="/search")


@bp.get("/")
@case_worker_required
def index():
    typed = request.args.get("q", "")[: finding.MAX_TERM]
    results = service.quick_search(current_user, typed)
    return render_template("search/index.html", typed=typed, results=results)
