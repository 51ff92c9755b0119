"""Appeals per claimant (an outcome of kind APPEAL): the rules a lawyer's record of one must meet.

An appeal is lodged by a party (the claimant, the respondent, in a criminal case the public prosecutor, or both
sides) against a judgment, on a day, to a court, for some or all of a group case's claimants (recorded for each,
as outcomes are, through claims.services.outcomes). What it is against is each claimant's latest outcome in the
case: it must be a judgment or a dismissal, dated on or before the appeal, and not already under a live appeal;
a settlement or a withdrawal has ended that claimant's part, so there is nothing to appeal. A withdrawn appeal
(``appeal_withdrawn_on``) is kept; the judgment it was against is final again (claims.services.standing).

Which courts hear which appeals: a labour court's judgment goes to the Court of Appeal for Specialised Cases, a
criminal court's to the Court of Appeal or a Region Court of Appeal; either may go on to the Supreme Court.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from flask_babel import gettext as _

from claims.extensions import db
from claims.models import Case, Claimant, Outcome
from claims.models.enums import AppealCourt, CaseKind, OutcomeKind
from claims.services.hearings import format_day

APPEAL_FIELDS = ("appealed_by", "appeal_court", "appeal_withdrawn_on")
JUDGED = (OutcomeKind.JUDGMENT, OutcomeKind.DISMISSAL)
COURTS_FOR = {
    CaseKind.LABOUR: (AppealCourt.SPECIALISED_APPEAL, AppealCourt.SUPREME),
    CaseKind.CRIMINAL: (AppealCourt.APPEAL, AppealCourt.REGION_APPEAL, AppealCourt.SUPREME),
}


def only_for_appeals(values: dict) -> dict:
    """The appeal's own fields cleared for any other kind of outcome (the form shows them for every kind)."""
    if values.get("kind") == OutcomeKind.APPEAL:
        return values
    return values | {name: None for name in APPEAL_FIELDS if name in values}


def check_fields(case: Case, values: dict, today: date) -> dict[str, str]:
    """The appeal's own fields: who lodged it and the court are required, the court must hear appeals of this
    kind of case, and a withdrawal comes after the appeal and not in the future."""
    errors: dict[str, str] = {}
    if not values.get("appealed_by"):
        errors["appealed_by"] = _("Choose who lodged the appeal.")
    court = values.get("appeal_court")
    if not court:
        errors["appeal_court"] = _("Choose the court the appeal goes to.")
    elif case.kind in COURTS_FOR and court not in COURTS_FOR[case.kind]:
        errors["appeal_court"] = _("This court does not hear appeals in this kind of case: choose another.")
    withdrawn = values.get("appeal_withdrawn_on")
    lodged = values.get("decided_on")
    if withdrawn is not None:
        if withdrawn > today:
            errors["appeal_withdrawn_on"] = _("This date cannot be in the future.")
        elif lodged is not None and withdrawn < lodged:
            errors["appeal_withdrawn_on"] = _("An appeal is withdrawn after it is lodged, not before.")
    return errors


def check_against_judgments(
    case: Case, claimant_ids: list[int], lodged_on: date, *, editing: int | None = None
):
    """Each claimant's latest outcome in the case (withdrawn appeals left out; for an appeal being edited, the
    latest recorded before it)
    must be a judgment dated on or before ``lodged_on``: {"claimant_ids": message} naming who fails, else {}.
    Two queries, whatever the number of claimants."""
    rows = db.session.execute(
        sa.select(Outcome.claimant_id, Outcome.kind, Outcome.decided_on)
        .where(
            Outcome.case_id == case.id,
            Outcome.org_id == case.org_id,
            Outcome.claimant_id.in_(claimant_ids),
            Outcome.archived_at.is_(None),
            sa.or_(Outcome.kind != OutcomeKind.APPEAL, Outcome.appeal_withdrawn_on.is_(None)),
            # Editing an appeal: what came before it, not the appeal court's judgment recorded after it.
            Outcome.id < editing if editing else sa.true(),
        )
        .order_by(Outcome.claimant_id, Outcome.decided_on, Outcome.id)
    )
    latest: dict[int, tuple] = {}
    for claimant_id, kind, decided_on in rows:
        latest[claimant_id] = (kind, decided_on)
    names = dict(
        db.session.execute(
            sa.select(Claimant.id, Claimant.pseudonym).where(Claimant.id.in_(claimant_ids))
        ).all()
    )
    no_judgment, too_early, already = [], [], []
    for claimant_id in claimant_ids:
        kind, decided_on = latest.get(claimant_id, (None, None))
        name = names.get(claimant_id, "?")
        if kind == OutcomeKind.APPEAL:
            already.append(name)
        elif kind not in JUDGED:
            no_judgment.append(name)
        elif lodged_on is not None and lodged_on < decided_on:
            too_early.append(f"{name} ({format_day(decided_on)})")
    problems = []
    if no_judgment:
        problems.append(
            _(
                "No judgment to appeal for %(names)s: record the judgment first (an appeal is against a "
                "judgment, and a settlement or a withdrawal has ended their part).",
                names=", ".join(no_judgment),
            )
        )
    if already:
        problems.append(
            _(
                "Already under appeal: %(names)s. Record the appeal court's judgment, or the withdrawal on the "
                "appeal itself.",
                names=", ".join(already),
            )
        )
    if too_early:
        problems.append(
            _(
                "An appeal is lodged after the judgment it is against: the judgment of %(names)s is later than "
                "the date of the appeal.",
                names=", ".join(too_early),
            )
        )
    return {"claimant_ids": " ".join(problems)} if problems else {}
