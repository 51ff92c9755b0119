# PLACEHOLDER until the timeline work lands (this session)
from flask import Blueprint
from flask_login import login_required

bp = Blueprint("timeline", __name__, url_prefix="/timeline")


@bp.get("/new")
@login_required
def create():
    return "timeline"
