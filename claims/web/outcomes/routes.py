# PLACEHOLDER until the outcomes work lands (this session)
from flask import Blueprint

bp = Blueprint("outcomes", __name__, url_prefix="/outcomes")
