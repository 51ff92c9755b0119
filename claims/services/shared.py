"""What a partner organisation's users read of the cases shared with them (claims.services.sharing writes the
shares): the case, the claimants it includes, its hearings' dates, the notes the partner added, and the marked
rows their lists show. Nothing else of the sharing organisation: every read here starts from
claims.services.scope.shares_to / shared_claimants, which check the share (in force today, made to the user's
organisation) and the user's role (claims.services.access.may_read_shared).

Every page view of a shared record is written to the sharing organisation's audit trail (action "view"), so the
organisation that answers for the people's records sees who at the partner opened what, and when.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from claims import clock
from claims.extensions import db
from claims.models import (
    Case,
    CaseClaimant,
    CaseShare,
    Claimant,
    Court,
    Hearing,
    Organisation,
    Referral,
    TimelineEntry,
    User,
)
from claims.models.enums import AuditAction, CaseKind, HearingKind, HearingStatus, TimelineKind
from claims.services import access, paging, records
from claims.services.errors import Forbidden, NotFound, ValidationFailed
from claims.services.scope import get_share_to, shared_claimants, shares_to

PANEL_ROWS = 10
PANEL_NAMES = 5  # claimants named per shared case in a list; the rest counted
CLAIMANTS_SHOWN = 200
HEARINGS_SHOWN = 20
NOTES_SHOWN = 20
NOTE_MAX = 5000
SHARED_HEARINGS_SHOWN = 20  # a list's, a calendar period's or the dashboard's hearings of shared cases


# ---------------------------------------------------------------- the marked rows of the partner's lists


@dataclass
class SharedCaseRow:
    share: CaseShare
    claimants: list[Claimant]
    claimant_total: int
    next_hearing: datetime | None

    @property
    def more_claimants(self) -> int:
        return max(0, self.claimant_total - len(self.claimants))


@dataclass
class SharedPanel:
    rows: list[SharedCaseRow] = field(default_factory=list)
    total: int = 0

    @property
    def more(self) -> int:
        return max(0, self.total - len(self.rows))


def _matching(base: sa.Select, q: str) -> sa.Select:
    """The shares whose case's reference or title, or one of whose included claimants' pseudonym, holds ``q``
    (the search of the cases and claimants lists; never a legal name, which the partner does not see)."""
    term = f"%{q.strip().lower()}%"
    named = (
        shared_claimants(base.with_only_columns(CaseShare.id))
        .where(sa.func.lower(Claimant.pseudonym).like(term))
        .with_only_columns(Referral.share_id)
    )
    return base.where(
        sa.or_(
            sa.func.lower(Case.reference).like(term),
            sa.func.lower(Case.title).like(term),
            CaseShare.id.in_(named),
        )
    )


def shared_panel(user, now: datetime | None = None, *, limit: int = PANEL_ROWS, q: str = "") -> SharedPanel:
    """The cases shared with the user's organisation, newest first (bounded), each marked with who shared it,
    those matching ``q`` when a list is searched: one count for an organisation with none; five queries with
    some, whatever their number."""
    if not access.may_read_shared(user):
        return SharedPanel()
    today = clock.today()
    base = shares_to(user, today)
    if q and q.strip():
        base = _matching(base, q)
    total = paging.count(base, CaseShare.id)
    if not total:
        return SharedPanel()
    shares = db.session.scalars(
        base.options(selectinload(CaseShare.case), selectinload(CaseShare.organisation))
        .order_by(CaseShare.id.desc())
        .limit(limit)
    ).all()
    ids = [s.id for s in shares]
    included = shared_claimants(sa.select(CaseShare.id).where(CaseShare.id.in_(ids))).subquery()
    counts = dict(
        db.session.execute(
            sa.select(included.c.share_id, sa.func.count()).group_by(included.c.share_id)
        ).all()
    )
    # The first names of each share, numbered in SQL so that a group case of 150 loads five rows, not 150.
    numbered = (
        shared_claimants(sa.select(CaseShare.id).where(CaseShare.id.in_(ids)))
        .with_only_columns(
            Referral.share_id.label("share_id"),
            Claimant.id.label("claimant_id"),
            sa.func.row_number()
            .over(partition_by=Referral.share_id, order_by=(CaseClaimant.position, Claimant.id))
            .label("n"),
        )
        .subquery()
    )
    names: dict[int, list[Claimant]] = {i: [] for i in ids}
    for share_id, claimant in db.session.execute(
        sa.select(numbered.c.share_id, Claimant)
        .join(Claimant, Claimant.id == numbered.c.claimant_id)
        .where(numbered.c.n <= PANEL_NAMES)
        .order_by(numbered.c.share_id, numbered.c.n)
    ).all():
        names[share_id].append(claimant)
    now = now or clock.now()
    upcoming = dict(
        db.session.execute(
            sa.select(Hearing.case_id, sa.func.min(Hearing.starts_at))
            .where(
                Hearing.case_id.in_([s.case_id for s in shares]),
                Hearing.archived_at.is_(None),
                Hearing.starts_at >= now,
            )
            .group_by(Hearing.case_id)
        ).all()
    )
    rows = [SharedCaseRow(s, names[s.id], counts.get(s.id, 0), upcoming.get(s.case_id)) for s in shares]
    return SharedPanel(rows, total)


# ---------------------------------------------------------------- the shared case and its claimants


@dataclass
class SharedPerson:
    claimant: Claimant
    link: CaseClaimant
    referral: Referral
    show_whereabouts: bool


@dataclass
class SharedCasePage:
    share: CaseShare
    people: paging.Bounded[SharedPerson]
    upcoming: list[Hearing]
    past: list[Hearing]
    notes: list[TimelineEntry]
    may_add_note: bool


def _audit_view(user, share: CaseShare, record) -> None:
    # In the sharing organisation's trail (``record.org_id``), under the partner's user.
    records.write_audit(user, AuditAction.VIEW, record, {"share_id": [None, share.id]})
    db.session.commit()


def _people(user, share: CaseShare, claimant_id: int | None = None) -> list[SharedPerson]:
    query = shared_claimants(share.id)
    if claimant_id is not None:
        query = query.where(Claimant.id == claimant_id)
    rows = db.session.execute(query.order_by(CaseClaimant.position, Claimant.id).limit(CLAIMANTS_SHOWN)).all()
    return [
        SharedPerson(claimant, link, referral, access.may_see_whereabouts(user, claimant, set()))
        for referral, claimant, link in rows
    ]


def _partner_notes(user, share: CaseShare) -> list[TimelineEntry]:
    """The notes the partner's own users added to the case: the sharing organisation's notes are its own."""
    return list(
        db.session.scalars(
            sa.select(TimelineEntry)
            .join(User, User.id == TimelineEntry.author_id)
            .where(
                TimelineEntry.org_id == share.org_id,
                TimelineEntry.case_id == share.case_id,
                TimelineEntry.kind == TimelineKind.NOTE,
                TimelineEntry.archived_at.is_(None),
                User.org_id == user.org_id,
            )
            .options(selectinload(TimelineEntry.author))
            .order_by(TimelineEntry.occurred_on.desc(), TimelineEntry.id.desc())
            .limit(NOTES_SHOWN)
        )
    )


def load_shared_case(user, share_id) -> SharedCasePage:
    today = clock.today()
    share = get_share_to(share_id, user, today)
    people = _people(user, share)
    total = (
        paging.count(shared_claimants(share.id), Claimant.id)
        if len(people) >= CLAIMANTS_SHOWN
        else len(people)
    )
    hearings = sa.select(Hearing).where(Hearing.case_id == share.case_id, Hearing.archived_at.is_(None))
    start = datetime.combine(today, datetime.min.time())
    upcoming = db.session.scalars(
        hearings.where(Hearing.starts_at >= start)
        .options(selectinload(Hearing.court))
        .order_by(Hearing.starts_at)
        .limit(HEARINGS_SHOWN)
    ).all()
    past = db.session.scalars(
        hearings.where(Hearing.starts_at < start)
        .options(selectinload(Hearing.court))
        .order_by(Hearing.starts_at.desc())
        .limit(HEARINGS_SHOWN)
    ).all()
    page = SharedCasePage(
        share,
        paging.Bounded(people, total),
        list(upcoming),
        list(past),
        _partner_notes(user, share),
        access.may_add_shared_note(user, share),
    )
    _audit_view(user, share, share.case)
    return page


@dataclass
class SharedClaimantPage:
    share: CaseShare
    person: SharedPerson


def load_shared_claimant(user, share_id, claimant_id) -> SharedClaimantPage:
    share = get_share_to(share_id, user, clock.today())
    found = _people(user, share, int(claimant_id))
    if not found:
        raise NotFound(f"Claimant {claimant_id} in share {share.id}")
    _audit_view(user, share, found[0].claimant)
    return SharedClaimantPage(share, found[0])


def add_note(user, share_id, body: str | None) -> TimelineEntry:
    """A note on the shared case by the partner: the sharing organisation's record (it answers for the case),
    written by the partner's user, where the sharing organisation's team reads it in the case's timeline."""
    share = get_share_to(share_id, user, clock.today())
    if not access.may_add_shared_note(user, share):
        raise Forbidden("this share is read only")
    body = (body or "").strip()
    if not body:
        raise ValidationFailed({"body": str(_l("Write the note."))})
    if len(body) > NOTE_MAX:
        raise ValidationFailed({"body": str(_l("Enter at most %(max)d characters.", max=NOTE_MAX))})
    records.check_bounds(TimelineEntry, {"body": body})
    entry = TimelineEntry(
        org_id=share.org_id,
        case_id=share.case_id,
        kind=TimelineKind.NOTE,
        occurred_on=clock.today(),
        body=body,
        author_id=user.id,
    )
    db.session.add(entry)
    db.session.flush()
    records.write_audit(user, AuditAction.CREATE, entry, records.creation_changes(entry))
    db.session.commit()
    return entry


# ---------------------------------------------------------------- shared cases' hearings among the partner's own


@dataclass(frozen=True)
class SharedHearing:
    """A hearing of a case shared with the user's organisation, as the partner's hearing list, calendar and
    dashboard show it: what the shared case page shows of it (day, kind, status, court, room), the case's
    reference and who shared it, and the share to link to. Never a name, a claimant or whereabouts."""

    share_id: int
    shared_by: str
    case_reference: str
    hearing_id: int
    starts_at: datetime
    kind: HearingKind
    status: HearingStatus
    room: str | None
    court: Court | None


def _shared_hearings_query(
    user, start: datetime, end: datetime, court_id: int | None, case_kind: str, scheduled_only: bool
) -> sa.Select:
    query = (
        shares_to(user, clock.today())
        .join(Hearing, Hearing.case_id == CaseShare.case_id)
        .outerjoin(Court, Court.id == sa.func.coalesce(Hearing.court_id, Case.court_id))
        .where(Hearing.archived_at.is_(None), Hearing.starts_at >= start, Hearing.starts_at < end)
    )
    if court_id is not None:
        query = query.where(Court.id == court_id)
    if case_kind:
        query = query.where(Case.kind == CaseKind(case_kind))
    if scheduled_only:
        query = query.where(Hearing.status == HearingStatus.SCHEDULED)
    return query


def shared_hearing_count(
    user,
    start: datetime,
    end: datetime,
    *,
    court_id: int | None = None,
    case_kind: str = "",
    scheduled_only: bool = False,
    shown: list[SharedHearing] | None = None,
    limit: int = SHARED_HEARINGS_SHOWN,
) -> int:
    """How many hearings :func:`shared_hearings` finds with the same arguments, past its ``limit`` too: for a
    header's count ("N hearings, of which M shared"), consistent with the rows. ``shown``, the rows already read:
    fewer than ``limit`` of them are the count, with no query; else one count (of distinct hearings: a case
    shared twice shows its hearing once). Nothing is audited: a number shows no case."""
    if not access.may_read_shared(user):
        return 0
    if shown is not None and len(shown) < limit:
        return len(shown)
    query = _shared_hearings_query(user, start, end, court_id, case_kind, scheduled_only)
    return (
        db.session.scalar(query.with_only_columns(sa.func.count(sa.distinct(Hearing.id))).order_by(None)) or 0
    )


def shared_hearings(
    user,
    start: datetime,
    end: datetime,
    *,
    court_id: int | None = None,
    case_kind: str = "",
    scheduled_only: bool = False,
    limit: int = SHARED_HEARINGS_SHOWN,
    seen_in: str = "hearings",
) -> list[SharedHearing]:
    """The hearings from ``start`` (inclusive) to ``end`` of the cases shared with the user's organisation, in
    force today (its end date and revocation read now, as every shared read here), soonest first, at most
    ``limit``. One statement (shares, cases, hearings, the sharing organisation and the court joined), nothing
    for users who may not read shared cases; each shared case shown is audited as a view in the sharing
    organisation's trail, as the shared case page is."""
    if not access.may_read_shared(user):
        return []
    query = _shared_hearings_query(user, start, end, court_id, case_kind, scheduled_only).join(
        Organisation, Organisation.id == CaseShare.org_id
    )
    rows = db.session.execute(
        query.with_only_columns(
            CaseShare.id,
            Organisation.name,
            Case,
            Hearing.id,
            Hearing.starts_at,
            Hearing.kind,
            Hearing.status,
            Hearing.room,
            Court,
        )
        .order_by(Hearing.starts_at, Hearing.id, CaseShare.id)
        .limit(limit)
    ).all()
    found: dict[int, SharedHearing] = {}
    audited: dict[int, tuple[Case, int]] = {}
    for share_id, org_name, case, hearing_id, starts_at, kind, status, room, court in rows:
        # A case shared twice with the same organisation (two live shares) shows its hearing once.
        if hearing_id not in found:
            found[hearing_id] = SharedHearing(
                share_id, org_name, case.reference, hearing_id, starts_at, kind, status, room, court
            )
            audited.setdefault(share_id, (case, share_id))
    for case, share_id in audited.values():
        records.write_audit(
            user, AuditAction.VIEW, case, {"share_id": [None, share_id], "seen_in": [None, seen_in]}
        )
    if audited:
        db.session.commit()
    return list(found.values())
