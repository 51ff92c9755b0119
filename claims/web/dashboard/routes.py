from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user, login_required

from claims.models.enums import Role
from claims.services import assigned, settlements, shared
from claims.services import dashboard as service

bp = Blueprint("dashboard", __name__)


@bp.get("/")
@login_required
def index():
    # Advisors have no other page: theirs lists whom they advise (their settlement sheets will appear there).
    if current_user.role == Role.ADVISOR:
        return render_template(
            "dashboard/advisor.html",
            claimants=service.advised_claimants(current_user),
            sheets=settlements.advised_sheets(current_user),
        )
    page = service.load_dashboard(current_user)  # case workers only: Forbidden (403) for anyone else
    return render_template(
        "dashboard/index.html",
        page=page,
        upcoming_days=service.UPCOMING_DAYS,
        overdue_days=service.OVERDUE_DAYS,
        due_soon_days=assigned.DUE_SOON_DAYS,
        shared_panel=shared.shared_panel(current_user),
    )
