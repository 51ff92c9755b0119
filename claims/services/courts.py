"""Courts, the days they are closed, and the organisation's deadline settings: what an administrator keeps.

Courts are reference data: a court is the same building, with the same name and the same code, whichever legal aid
group brings a case there, so most come from one shared list (``Court.org_id`` empty) that every organisation
uses. An organisation that needs a court the list lacks adds its own: it is that organisation's alone (seen, chosen
and changed by it only). A court of the shared list may be corrected by an administrator only while no other
organisation uses it (no case, hearing or closure day of theirs names it): once one does, nobody may rename it
under them (``may_change_court``). Every change to a shared court is audited as shared, so every organisation's
trail shows who changed it (docs/deadlines.md, "Courts and closure days"). Courts are not Records (no version, no
archive).

Closure days, by contrast, belong to one organisation (its lawyers learned of a flood, a late holiday): writing
one goes through claims.services.records, and the flush hook of claims.services.deadlines notes it, so that the
refresh called here moves the deadlines that fell on it and tells the people who follow those cases.

The follow-up rhythm and the petition warning are settings of practice, not law (see Organisation).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from claims import clock
from claims.extensions import db
from claims.models import Case, Court, CourtClosure, CourtOpenDay, Hearing, Organisation
from claims.models.enums import AuditAction
from claims.services import access, deadlines, follow_up_visits, records
from claims.services.court_calendar import Calendars
from claims.services.errors import Forbidden, NotFound, ValidationFailed
from claims.services.hearings import list_courts
from claims.services.scope import get_visible, visible, visible_courts

# A closure further away than this is almost certainly a typo in the year (2568 typed for 2025, 2052 for 2025).
CLOSURE_HORIZON_YEARS = 5
# Follow-up visits: months after the return home. Five years covers the longest practice seen (a year), with room.
FOLLOW_UP_MIN, FOLLOW_UP_MAX, FOLLOW_UP_MAX_COUNT = 1, 60, 8
PETITION_WARN_MIN, PETITION_WARN_MAX = 1, 90
_COURT_FIELDS = ("code", "name_th", "name_en", "province")


def require_admin(user) -> None:
    if not access.may_administer(user):
        raise Forbidden("administrators only")


# ---------------------------------------------------------------- reads


@dataclass
class CourtsPage:
    courts: list[Court]
    upcoming: list[CourtClosure]
    past: list[CourtClosure]
    today: date
    # courts of the shared list that other organisations use: this organisation may not change them
    locked_ids: set[int]
    open_days: list[CourtOpenDay] = ()
    # the shipped table's entries (claims/rules/th/calendar/courts.toml), applied or not, latest first
    shipped: list = ()

    def may_change(self, court: Court) -> bool:
        return court.id not in self.locked_ids


def load_page(user, *, today: date | None = None) -> CourtsPage:
    """Every court, and the organisation's closure days: upcoming (soonest first), then past (latest first)."""
    require_admin(user)
    today = today or clock.today()
    courts = list_courts(user)
    closures = list(
        db.session.scalars(
            visible(CourtClosure, user)
            .options(sa.orm.selectinload(CourtClosure.court))
            .order_by(CourtClosure.day, CourtClosure.id)
        )
    )
    upcoming = [c for c in closures if c.day >= today]
    past = sorted((c for c in closures if c.day < today), key=lambda c: (c.day, c.id), reverse=True)
    locked = courts_used_by_others(user.org_id)
    open_days = list(
        db.session.scalars(visible(CourtOpenDay, user).order_by(CourtOpenDay.day.desc(), CourtOpenDay.id))
    )
    court_days = Calendars(user.org_id).shipped
    shipped = sorted(
        [("open", d) for d in court_days.open_days] + [("closed", d) for d in court_days.closures],
        key=lambda pair: pair[1].day,
        reverse=True,
    )
    return CourtsPage(
        courts=courts,
        upcoming=upcoming,
        past=past,
        today=today,
        locked_ids=locked,
        open_days=open_days,
        shipped=shipped,
    )


def get_court(user, court_id) -> Court:
    """A court of the shared list or of the user's organisation (404 for another organisation's own)."""
    try:
        court = db.session.scalar(visible_courts(user).where(Court.id == int(court_id)))
    except (TypeError, ValueError):
        court = None
    if court is None:
        raise NotFound(f"Court {court_id!r}")
    return court


def courts_used_by_others(org_id: int, court_id: int | None = None) -> set[int]:
    """Ids of the courts that a case, a hearing or a closure day (archived ones too: they are history) of an
    organisation other than ``org_id`` names; only ``court_id`` when given. One query."""
    used = sa.union(
        *(
            sa.select(model.court_id).where(model.org_id != org_id, model.court_id.is_not(None))
            for model in (Case, Hearing, CourtClosure)
        )
    ).subquery()
    query = sa.select(used.c.court_id)
    if court_id is not None:
        query = query.where(used.c.court_id == court_id)
    return set(db.session.scalars(query))


def may_change_court(user, court: Court) -> bool:
    """An administrator changes their organisation's own courts, and a court of the shared list only while no
    other organisation uses it: a rename must not change what another organisation's filings and calendars say."""
    if not access.may_administer(user):
        return False
    if court.org_id is not None:
        return court.org_id == user.org_id
    return not courts_used_by_others(user.org_id, court.id)


def get_closure(user, closure_id) -> CourtClosure:
    require_admin(user)
    return get_visible(CourtClosure, closure_id, user)


# ---------------------------------------------------------------- courts


def _court_values(values: dict) -> dict:
    cleaned = {key: (values.get(key) or "").strip() for key in _COURT_FIELDS}
    errors = {key: str(_l("This field is required.")) for key, value in cleaned.items() if not value}
    if errors:
        raise ValidationFailed(errors)
    return cleaned


def _check_code_free(code: str, court_id: int | None = None) -> None:
    # Case-insensitive: "CCLC" and "cclc" would be told apart by the database and by nobody else.
    query = sa.select(Court.id).where(sa.func.lower(Court.code) == code.lower())
    if court_id is not None:
        query = query.where(Court.id != court_id)
    if db.session.scalar(query) is not None:
        raise ValidationFailed(
            {
                "code": str(
                    _l("Another court already has the code %(code)s. Each court needs its own.", code=code)
                )
            }
        )


def _court_label(court: Court) -> str:
    return f"court {court.code}"


def create_court(user, values: dict) -> Court:
    require_admin(user)
    cleaned = _court_values(values)
    _check_code_free(cleaned["code"])
    # The organisation's own: the shared list is not an administrator's to grow for everyone.
    court = Court(**cleaned, org_id=user.org_id)
    db.session.add(court)
    db.session.flush()
    # records.write_audit takes an explicit organisation and label for a record that is not a Record.
    records.write_audit(
        user,
        AuditAction.CREATE,
        court,
        {key: [None, value] for key, value in cleaned.items()},
        org_id=user.org_id,
        label=_court_label(court),
    )
    db.session.commit()
    return court


def update_court(user, court: Court, values: dict) -> dict:
    """Apply the changes; return them as {field: [before, after]} (empty when nothing changed). Courts carry no
    version column, so two administrators editing one court at once: the last save wins, and both are audited.
    A change to a court of the shared list is audited as shared: every organisation's trail shows it."""
    require_admin(user)
    if not may_change_court(user, court):
        raise Forbidden("a court of the shared list that other organisations use")
    cleaned = _court_values(values)
    _check_code_free(cleaned["code"], court.id)
    changes = {}
    for key, value in cleaned.items():
        if getattr(court, key) != value:
            changes[key] = [getattr(court, key), value]
            setattr(court, key, value)
    if changes:
        records.write_audit(
            user,
            AuditAction.UPDATE,
            court,
            changes,
            org_id=user.org_id,
            label=_court_label(court),
            shared=court.shared,
        )
        db.session.commit()
    return changes


def share_court(code: str) -> Court:
    """Put an organisation's own court on the shared list (``flask courts share``): what whoever runs the
    installation does when the organisations agree that a court one of them added is everyone's. From then on it
    is changed only while no other organisation uses it, like every shared court. Audited as shared, so every
    organisation's trail shows it; nobody logged in made it, so the trail says "the system"."""
    court = db.session.scalar(sa.select(Court).where(sa.func.lower(Court.code) == code.strip().lower()))
    if court is None:
        raise NotFound(f"Court {code!r}")
    if court.shared:
        return court
    owner = court.org_id
    court.org_id = None
    records.write_audit(
        None,
        AuditAction.UPDATE,
        court,
        {"org_id": [owner, None]},
        org_id=owner,
        label=_court_label(court),
        shared=True,
    )
    db.session.commit()
    return court


# ---------------------------------------------------------------- closure days


def _check_closure(user, court_id: int | None, day: date | None, reason: str, today: date) -> None:
    errors = {}
    if court_id is not None and db.session.scalar(visible_courts(user).where(Court.id == court_id)) is None:
        errors["court_id"] = str(_l("There is no such court."))
    if day is None:
        errors["day"] = str(_l("Enter the day the court is closed."))
    elif abs((day - today).days) > 365 * CLOSURE_HORIZON_YEARS + 1:
        errors["day"] = str(
            _l(
                "This day is more than %(years)d years away. Check the year (a Buddhist-Era year is 543 more).",
                years=CLOSURE_HORIZON_YEARS,
            )
        )
    if not reason:
        errors["reason"] = str(_l("Say why the court is closed (a holiday announced late, a flood ...)."))
    if not errors:
        same = visible(CourtClosure, user).where(CourtClosure.day == day)
        same = same.where(
            CourtClosure.court_id.is_(None) if court_id is None else CourtClosure.court_id == court_id
        )
        if db.session.scalar(same.limit(1)) is not None:
            errors["day"] = str(
                _l("This day is already recorded as a closure of all courts.")
                if court_id is None
                else _l("This day is already recorded as a closure of this court.")
            )
    if errors:
        raise ValidationFailed(errors)


def add_closure(
    user, values: dict, *, today: date | None = None
) -> tuple[CourtClosure, deadlines.RefreshResult]:
    """Record a closure day and move the deadlines that fell on it. ``values``: court_id (None: every court),
    day, reason."""
    require_admin(user)
    today = today or clock.today()
    court_id = values.get("court_id")
    reason = (values.get("reason") or "").strip()
    _check_closure(user, court_id, values.get("day"), reason, today)
    closure = records.create(
        user, CourtClosure, {"court_id": court_id, "day": values["day"], "reason": reason}
    )
    return closure, deadlines.refresh_after_change(user.org_id, today=today)


def archive_closure(
    user, closure: CourtClosure, expected_version: int | None, *, today: date | None = None
) -> deadlines.RefreshResult:
    """Archive (never delete) a closure day: the deadlines it had moved move back."""
    require_admin(user)
    records.archive(user, closure, expected_version)
    return deadlines.refresh_after_change(user.org_id, today=today or clock.today())


# ---------------------------------------------------------------- the organisation's settings


def parse_rhythm(text: str | None) -> tuple[int, ...]:
    """ "3, 6, 12" -> (3, 6, 12): whole numbers of months, deduplicated and sorted; commas or spaces between."""
    parts = [p for p in (text or "").replace(",", " ").replace(";", " ").split() if p]
    if not parts:
        return _rhythm_error(_l("Enter at least one number of months, such as 3, 6, 12."))
    months = set()
    for part in parts:
        if not part.isdigit():
            return _rhythm_error(_l("“%(part)s” is not a whole number of months.", part=part))
        number = int(part)
        if not FOLLOW_UP_MIN <= number <= FOLLOW_UP_MAX:
            return _rhythm_error(
                _l(
                    "Each visit must be between %(low)d and %(high)d months after the return home.",
                    low=FOLLOW_UP_MIN,
                    high=FOLLOW_UP_MAX,
                )
            )
        months.add(number)
    if len(months) > FOLLOW_UP_MAX_COUNT:
        return _rhythm_error(_l("No more than %(n)d visits.", n=FOLLOW_UP_MAX_COUNT))
    return tuple(sorted(months))


def _rhythm_error(message) -> tuple[int, ...]:
    raise ValidationFailed({"follow_up_months": str(message)})


def save_settings(
    user, follow_up_months: str | None, petition_warn_days, *, today: date | None = None
) -> deadlines.RefreshResult:
    """Store the organisation's follow-up rhythm and petition warning, then recompute every deadline."""
    require_admin(user)
    errors = {}
    try:
        rhythm = parse_rhythm(follow_up_months)
    except ValidationFailed as failure:
        errors.update(failure.errors)
    if (
        not isinstance(petition_warn_days, int)
        or not PETITION_WARN_MIN <= petition_warn_days <= PETITION_WARN_MAX
    ):
        errors["petition_warn_days"] = str(
            _l(
                "Enter a number of days from %(low)d to %(high)d.",
                low=PETITION_WARN_MIN,
                high=PETITION_WARN_MAX,
            )
        )
    if errors:
        raise ValidationFailed(errors)
    org = db.session.get(Organisation, user.org_id)
    values = {"follow_up_months": ",".join(str(m) for m in rhythm), "petition_warn_days": petition_warn_days}
    changes = {key: [getattr(org, key), value] for key, value in values.items() if getattr(org, key) != value}
    if not changes:
        return deadlines.RefreshResult()
    for key, value in values.items():
        setattr(org, key, value)
    # An Organisation is not a Record (no version, no safe_label): the same audit entry, written with its id.
    records.write_audit(
        user, AuditAction.UPDATE, org, changes, org_id=org.id, label=f"settings of {org.code}"
    )
    db.session.commit()
    # The rhythm is also the follow-up visits': the planned ones move with it (claims.services.follow_up_visits).
    follow_up_visits.reschedule_org(user, today=today)
    return deadlines.refresh_after_change(user.org_id, today=today or clock.today(), everything=True)
