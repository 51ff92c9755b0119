"""A claimant's identification as a victim of trafficking, as a history of events, and the warning before a
document that rests on it.

The latest live event (by its date, then the order it was recorded in) is where the person stands. The claimant's
own fields (trafficking_status, identified_on, identifying_agency, identifying_official) are kept in step with it
here, in the same transaction and the same audit trail, so the list filter, the deadlines (the Fund's period runs
from identification) and every document that prints them read the history's result without a join.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from claims import clock
from claims.extensions import db
from claims.models import Claimant, IdentificationEvent
from claims.models.enums import ExploitationForm, IdentificationStatus, TraffickingStatus
from claims.services import records
from claims.services.access import require_case_worker, require_same_org
from claims.services.errors import ValidationFailed
from claims.services.scope import visible

# The claimant's status for each kind of event. The claimant's column has no "screened, decision pending": until a
# decision, the person is screened and not identified, which is what every reader of the column needs to know (the
# Fund and s.35 warning fires for them, as it should).
CLAIMANT_STATUS = {
    IdentificationStatus.SCREENED: TraffickingStatus.SCREENED_NOT_IDENTIFIED,
    IdentificationStatus.IDENTIFIED: TraffickingStatus.IDENTIFIED,
    IdentificationStatus.NOT_IDENTIFIED: TraffickingStatus.SCREENED_NOT_IDENTIFIED,
    IdentificationStatus.DECLINED: TraffickingStatus.DECLINED_ASSISTANCE,
}


def _check(values: dict, claimant: Claimant, today: date) -> None:
    errors = {}
    occurred_on = values.get("occurred_on")
    if occurred_on is None:
        errors["occurred_on"] = _l("Enter the date of the screening or decision.")
    elif occurred_on > today:
        errors["occurred_on"] = _l("This date cannot be in the future.")
    elif claimant.date_of_birth is not None and occurred_on < claimant.date_of_birth:
        errors["occurred_on"] = _l("Identification cannot come before the date of birth.")
    if values.get("status") == IdentificationStatus.IDENTIFIED and not values.get("agency"):
        errors["agency"] = _l("Enter the agency that identified the person.")
    if values.get("joint_cross_border") and not values.get("partner_country"):
        errors["partner_country"] = _l("Name the country whose authorities identified the person jointly.")
    if errors:
        raise ValidationFailed({k: str(v) for k, v in errors.items()})


def latest_event(claimant: Claimant) -> IdentificationEvent | None:
    return db.session.scalar(
        sa.select(IdentificationEvent)
        .where(IdentificationEvent.claimant_id == claimant.id, IdentificationEvent.archived_at.is_(None))
        .order_by(IdentificationEvent.occurred_on.desc(), IdentificationEvent.id.desc())
        .limit(1)
    )


def _sync_claimant(user, claimant: Claimant) -> None:
    """The claimant's status fields from the latest live event (not screened, and empty, when none is left)."""
    latest = latest_event(claimant)
    if latest is None:
        values = {
            "trafficking_status": TraffickingStatus.NOT_SCREENED,
            "identified_on": None,
            "identifying_agency": None,
            "identifying_official": None,
        }
    else:
        identified = latest.status == IdentificationStatus.IDENTIFIED
        values = {
            "trafficking_status": CLAIMANT_STATUS[latest.status],
            # Documents print "identified by ... on ..." and the Fund's period runs from this date: only an
            # identification gives one.
            "identified_on": latest.occurred_on if identified else None,
            "identifying_agency": latest.agency,
            "identifying_official": latest.official,
        }
    records.update(user, claimant, values, records.UNCHECKED, commit=False)


def _add_forms(user, claimant: Claimant, event: IdentificationEvent) -> None:
    """The forms an event found join the claimant's own list (which the reports and exports read); none is taken
    off it: the claimant's list is every form the person suffered, an event only what that screening found."""
    have = set(claimant.exploitation_list) | set(event.exploitation_list)
    joined = ",".join(f.value for f in ExploitationForm if f.value in have)
    if joined != claimant.exploitation_forms:
        records.update(user, claimant, {"exploitation_forms": joined}, records.UNCHECKED, commit=False)


def resync(user, claimant: Claimant) -> None:
    """After an event came back (an administrator restored it): the claimant's fields from the history again."""
    _sync_claimant(user, claimant)
    db.session.commit()


def add_event(user, claimant: Claimant, values: dict, *, today: date | None = None) -> IdentificationEvent:
    require_case_worker(user)
    require_same_org(user, claimant)
    _check(values, claimant, today or clock.today())
    event = records.create(user, IdentificationEvent, {**values, "claimant_id": claimant.id}, commit=False)
    _sync_claimant(user, claimant)
    _add_forms(user, claimant, event)
    db.session.commit()
    return event


def update_event(
    user, event: IdentificationEvent, values: dict, version: int | None, *, today: date | None = None
) -> dict:
    require_case_worker(user)
    require_same_org(user, event)
    values = {k: v for k, v in values.items() if k != "claimant_id"}
    _check(values, event.claimant, today or clock.today())
    changes = records.update(user, event, values, version, commit=False)
    _sync_claimant(user, event.claimant)
    _add_forms(user, event.claimant, event)
    db.session.commit()
    return changes


def archive_event(user, event: IdentificationEvent, version: int | None) -> None:
    require_case_worker(user)
    require_same_org(user, event)
    records.archive(user, event, version, commit=False)
    _sync_claimant(user, event.claimant)
    db.session.commit()


HISTORY_LIMIT = 50


def history(user, claimant: Claimant) -> list[IdentificationEvent]:
    """The claimant's live events, newest first (the latest HISTORY_LIMIT: a person is screened a handful of
    times, the bound only keeps a runaway import from filling the page)."""
    require_case_worker(user)
    require_same_org(user, claimant)
    return list(
        db.session.scalars(
            visible(IdentificationEvent, user)
            .where(IdentificationEvent.claimant_id == claimant.id)
            .order_by(IdentificationEvent.occurred_on.desc(), IdentificationEvent.id.desc())
            .limit(HISTORY_LIMIT)
        )
    )


# ---------------------------------------------------------------- the warning before a document

# The document families that rest on the person being a victim of trafficking, and why.
IDENTIFICATION_BASIS = {
    "fund_request": _l(
        "The Anti-Trafficking in Persons Fund pays the assistance of section 33 of the Anti-Trafficking in Persons "
        "Act B.E. 2551 to a trafficked person (sections 33 and 44). The Fund committee's criteria for approving a "
        "request have not been checked here; in practice the request is made for a person identified as a victim."
    ),
    "prosecutor_claim": _l(
        "Under section 35 of the Anti-Trafficking in Persons Act B.E. 2551 the public prosecutor claims "
        "compensation for a trafficked person who has the right to it, as notified by the Ministry of Social "
        "Development and Human Security."
    ),
}


@dataclass
class IdentificationWarning:
    family: str
    basis: str
    claimants: list[Claimant]


def document_warning(family: str, claimants: list[Claimant]) -> IdentificationWarning | None:
    """The warning to show before a Fund request or an s.35 claim is made for claimants whose latest status is
    not "identified"; None when the document does not rest on identification or every one of them is."""
    basis = IDENTIFICATION_BASIS.get(family)
    if basis is None:
        return None
    unidentified = [c for c in claimants if c.trafficking_status != TraffickingStatus.IDENTIFIED]
    if not unidentified:
        return None
    return IdentificationWarning(family, str(basis), unidentified)
