# PLACEHOLDER until the dashboard helper lands (this session)
from flask import Blueprint
from flask_login import login_required

bp = Blueprint("dashboard", __name__)


@bp.get("/")
@login_required
def index():
    return "dashboard"
