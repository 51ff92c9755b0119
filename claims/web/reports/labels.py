"""How a report's groups, figures and measures are named on the page and in the workbook."""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from claims.models.enums import CaseKind
from claims.services.reports.scope import HIDDEN, NONE
from claims.web.labels import country, label

DIMENSION_NAMES = {
    "kind": _l("Case kind"),
    "province": _l("Home province"),
    "respondent": _l("Respondent"),
    "nationality": _l("Nationality"),
    "year": _l("Year"),
}
FIGURE_NAMES = {"claimed": _l("Claimed"), "awarded": _l("Awarded or agreed"), "received": _l("Received")}
MEASURE_NAMES = {
    "filing_to_judgment": _l("Filing to judgment"),
    "judgment_to_first_payment": _l("Judgment to first payment"),
    "judgment_to_full_payment": _l("Judgment to payment in full"),
}


def group_label(dimension: str, key: str, names: dict[str, str]) -> str:
    if key == HIDDEN:
        return _("Not shown (protected people)")
    if key == NONE:
        return _("No respondent") if dimension == "respondent" else _("Not recorded")
    if dimension == "kind":
        return label(key, CaseKind)
    if dimension == "nationality":
        return country(key)
    if dimension == "respondent":
        return names.get(key, key)
    return key


JOURNEY_FIGURE_NAMES = {
    "identified": _l("Identified in the period"),
    "assisted": _l("Assisted in the period"),
    "not_assisted": _l("Not assisted in the period"),
    "returned": _l("Returned home"),
    "visits_due": _l("Follow-up visits due"),
    "identified_by_end": _l("Identified by the end of the period"),
    "visits_on_time": _l("Visits made by their due date"),
    "visits_late": _l("Visits made late"),
    "visits_not_done": _l("Visits not done"),
    "referrals_made": _l("Referrals made"),
    "referrals_completed": _l("Referrals completed"),
}


def journey_group_label(what: str, key: str) -> str:
    """A row of the identified-victims tables: a nationality or a form of exploitation ("none": not recorded)."""
    from claims.models.enums import ExploitationForm
    from claims.services.reports.journey import NONE

    if key == NONE:
        return _("Not recorded")
    if what == "nationality":
        return country(key)
    return label(key, ExploitationForm)
