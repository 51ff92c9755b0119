"""Hearings: scheduling them, recording what happened, the choices their forms offer, and the reads of one
hearing and of one case's hearings, each in a fixed number of queries. The organisation's hearings as lists show
them (the hearing list and its export, the dashboard's) are in claims.services.hearing_lists.

Hearing times are the court's wall-clock time (naive, Asia/Bangkok unless CLAIMS_TIMEZONE says otherwise), so
"now" and "today" here come from claims.clock, in that zone, not in UTC and not in the server's zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

import sqlalchemy as sa
from flask_babel import get_locale
from flask_babel import gettext as _
from sqlalchemy.orm import joinedload, selectinload

from claims import clock, formatting
from claims.extensions import db
from claims.models import Case, Court, Hearing, User
from claims.models.enums import HearingKind, HearingStatus, Role
from claims.services import protection, records
from claims.services.access import require_case_worker, require_same_org
from claims.services.amounts import amount_problem
from claims.services.errors import ValidationFailed
from claims.services.scope import get_visible, visible, visible_courts


def format_day(day: date) -> str:
    """A date for a message shown to the user, in their language (Buddhist Era in Thai)."""
    return formatting.format_date(day, str(get_locale() or "en"))


# ---------------------------------------------------------------- writes


def _check_hearing(case: Case, values: dict, *, creating: bool, now: datetime) -> None:
    """Rules of the domain a form cannot check on its own.

    - Not before the case was filed, except an advance testimony: the Anti-Trafficking in Persons Act B.E. 2551
      s.31 lets the court take a victim's testimony before the case is filed, so that it is on record before
      they return home.
    - A new hearing dated before today cannot be "scheduled": it is being recorded after the fact, so say what
      happened (held, postponed or cancelled). An existing hearing may pass its date while still scheduled;
      the list flags it until its outcome is recorded.
    - A hearing dated after today cannot be "held" yet.
    - "Held" needs the outcome written down: a hearing marked held with nothing recorded is the gap this
      tracker exists to close.
    - An interpreter marked booked needs its language.
    - The court, when given, must be one of the courts on record.
    """
    errors: dict[str, str] = {}
    starts_at: datetime | None = values.get("starts_at")
    kind = values.get("kind")
    status = values.get("status") or HearingStatus.SCHEDULED
    today = now.date()
    if starts_at is not None:
        if case.filed_on and starts_at.date() < case.filed_on and kind != HearingKind.ADVANCE_TESTIMONY:
            errors["starts_at"] = _(
                "The case was filed on %(date)s: a hearing cannot come before it. Only an advance testimony "
                "(Anti-Trafficking in Persons Act s.31) can be heard before the case is filed.",
                date=format_day(case.filed_on),
            )
        elif creating and status == HearingStatus.SCHEDULED and starts_at.date() < today:
            errors["status"] = _(
                "This hearing is in the past: record it as held, postponed or cancelled, not scheduled."
            )
        if status == HearingStatus.HELD and starts_at.date() > today:
            errors["status"] = _("A hearing cannot be marked held before its date.")
    if status == HearingStatus.HELD and not values.get("outcome"):
        errors["outcome"] = _("Record what happened at the hearing: it is marked held.")
    ends_at = values.get("ends_at")
    if ends_at is not None and starts_at is not None and ends_at <= starts_at:
        errors["ends_at"] = _("The hearing must end after it starts, the same day.")
    if values.get("interpreter_booked") and not values.get("interpreter_language"):
        errors["interpreter_language"] = _("Say which language the booked interpreter speaks.")
    court_id = values.get("court_id")
    if court_id is not None and db.session.get(Court, court_id) is None:
        errors["court_id"] = _("There is no such court. Choose one from the list.")
    problem = amount_problem(values.get("support_allowance"))
    if problem:
        errors["support_allowance"] = problem
    # "Paid" says the money reached someone: there must be something arranged to have paid for.
    if values.get("transport_paid") and not values.get("support_transport"):
        errors["transport_paid"] = _("Say what transport was arranged before marking it paid.")
    if values.get("lodging_paid") and not values.get("support_lodging"):
        errors["lodging_paid"] = _("Say what lodging was arranged before marking it paid.")
    if values.get("allowance_paid") and values.get("support_allowance") is None:
        errors["allowance_paid"] = _("Enter the allowance before marking it paid.")
    if values.get("review_done") and starts_at is not None and starts_at.date() > today:
        errors["review_done"] = _("The review comes after the hearing: it cannot be done before its date.")
    lawyer_id = values.get("lawyer_id")
    if lawyer_id is not None:
        lawyer = db.session.get(User, lawyer_id)
        if lawyer is None or lawyer.org_id != case.org_id or lawyer.archived_at is not None:
            errors["lawyer_id"] = _("Choose a lawyer of your organisation from the list.")
    if errors:
        raise ValidationFailed(errors)


def _same_day_end(values: dict) -> dict:
    """The form gives the end as a time of day: it is on the hearing's own day."""
    ends_at, starts_at = values.get("ends_at"), values.get("starts_at")
    if isinstance(ends_at, time):
        values = {**values, "ends_at": datetime.combine(starts_at.date(), ends_at) if starts_at else None}
    return values


def schedule_hearing(user, case: Case, values: dict, *, now: datetime | None = None) -> Hearing:
    require_case_worker(user)
    require_same_org(user, case)
    values = _same_day_end({**values, "status": values.get("status") or HearingStatus.SCHEDULED})
    _check_hearing(case, values, creating=True, now=now or clock.now())
    return records.create(user, Hearing, {**values, "case_id": case.id})


def check_hearing(user, case: Case, values: dict, *, hearing: Hearing | None = None) -> None:
    """The rules :func:`schedule_hearing` (``hearing`` None) or :func:`update_hearing` apply, writing nothing:
    ValidationFailed with every problem. The form asks to confirm a day the court is closed only of a hearing
    that could otherwise be saved."""
    require_case_worker(user)
    require_same_org(user, case)
    values = _same_day_end({**values, "status": values.get("status") or HearingStatus.SCHEDULED})
    if hearing is not None and not protection.may_see_case_whereabouts(user, case):
        values.update({k: getattr(hearing, k) for k in WHEREABOUTS_FIELDS})
    _check_hearing(case, values, creating=hearing is None, now=clock.now())


def update_hearing(
    user, hearing: Hearing, values: dict, version: int | None, *, now: datetime | None = None
) -> dict:
    require_case_worker(user)
    require_same_org(user, hearing)
    values = _same_day_end({k: v for k, v in values.items() if k != "case_id"})  # a hearing stays in its case
    if not protection.may_see_case_whereabouts(user, hearing.case):
        # The form had no such fields: what is stored stays as it is, whatever was posted.
        values.update({k: getattr(hearing, k) for k in WHEREABOUTS_FIELDS})
    _check_hearing(hearing.case, values, creating=False, now=now or clock.now())
    return records.update(user, hearing, values, version)


# What a hearing says about where its people stay or are picked up: hidden (shown "—" and left out of the form)
# from users the whereabouts rule does not name when one of the case's claimants is protected.
WHEREABOUTS_FIELDS = ("support_transport", "support_lodging")


def archive_hearing(user, hearing: Hearing, version: int | None) -> None:
    require_case_worker(user)
    require_same_org(user, hearing)
    records.archive(user, hearing, version)


# ---------------------------------------------------------------- reads


def lawyer_choices(user) -> list[User]:
    """The organisation's active lawyers and administrators, who may attend a hearing for the case's lawyer."""
    return list(
        db.session.scalars(
            visible(User, user).where(User.role.in_([Role.LAWYER, Role.ADMIN])).order_by(User.name)
        )
    )


def lawyer_filter_choices(user) -> list[User]:
    """The lawyer filter's choices (hearing list, calendar): the organisation's lawyers and administrators, who may
    attend a hearing, and anyone else still the lawyer of a live case (whose role changed since). One query: an
    index probe per user, not a scan of the organisation's cases and hearings."""
    leads_a_case = (
        sa.select(Case.id)
        .where(Case.org_id == user.org_id, Case.lawyer_id == User.id, Case.archived_at.is_(None))
        .correlate(User)
        .exists()
    )
    return list(
        db.session.scalars(
            visible(User, user)
            .where(sa.or_(User.role.in_([Role.LAWYER, Role.ADMIN]), leads_a_case))
            .order_by(User.name)
        )
    )


def list_courts(user) -> list[Court]:
    """The shared list of courts and the user's organisation's own."""
    return list(db.session.scalars(visible_courts(user).order_by(Court.province, Court.name_en, Court.id)))


def is_past_but_scheduled(hearing: Hearing, now: datetime | None = None) -> bool:
    """The hearing's time has passed and nobody recorded what happened."""
    return hearing.status == HearingStatus.SCHEDULED and hearing.starts_at < (now or clock.now())


def hearings_for_case(user, case: Case) -> list[Hearing]:
    """Every hearing of the case that is not archived, in date order, with ``hearing.court`` loaded (one query;
    ``hearing.case`` is the case passed in, already in the session)."""
    require_case_worker(user)
    require_same_org(user, case)
    query = (
        visible(Hearing, user)
        .where(Hearing.case_id == case.id)
        .options(joinedload(Hearing.court))
        .order_by(Hearing.starts_at, Hearing.id)
    )
    return list(db.session.scalars(query).unique())


@dataclass
class HearingPage:
    hearing: Hearing
    outcome_missing: bool
    show_whereabouts: bool = True

    @property
    def checklist(self) -> list[tuple[bool, str]]:
        """The preparation the seeds' lawyers describe, in order: explain, rehearse, and review the day after."""
        h = self.hearing
        return [
            (h.prep_procedure_explained, _("Explain the procedure to the claimant")),
            (h.prep_questions_rehearsed, _("Rehearse the questions with the claimant")),
            (h.review_done, _("Review the hearing with the claimant the day after")),
        ]


def load_hearing_page(user, hearing_id) -> HearingPage:
    """The hearing with its case (and the case's lawyer and paralegal) and court, in two queries."""
    require_case_worker(user)
    hearing = get_visible(Hearing, hearing_id, user)
    get_visible(Case, hearing.case_id, user)  # a hearing of an archived case goes with it
    db.session.scalars(
        sa.select(Hearing)
        .where(Hearing.id == hearing.id)
        .options(
            joinedload(Hearing.court),
            joinedload(Hearing.lawyer),
            joinedload(Hearing.case).options(
                joinedload(Case.court), selectinload(Case.lawyer), selectinload(Case.paralegal)
            ),
        )
    ).unique().all()
    return HearingPage(
        hearing,
        is_past_but_scheduled(hearing),
        show_whereabouts=protection.may_see_case_whereabouts(user, hearing.case),
    )
