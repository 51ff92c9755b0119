# PLACEHOLDER until the admin work lands (this session)
from flask import Blueprint
from flask_login import login_required

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/")
@login_required
def users():
    return "admin"
