"""The one matcher: who a person being recorded may already be. The intake forms (a new claimant, a new
respondent, an identity document) and the spreadsheet import (claims.services.imports.matching) ask it.

Candidates are found through indexes only (claims.models.matchkey: the sound keys of each word of a name and each
document number; the claimants' dates of birth), each query bounded, and only those candidates are scored in Python
(claims.names.similarity): a check costs the same at 100 claimants and at 100,000.

What a match shows follows the access rules: a match the user may not see named (a protected person, whose
record only the people the whereabouts rule names may be pointed to) is counted, not named."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from claims import names
from claims.extensions import db
from claims.models import Case, CaseClaimant, CaseRespondent, Claimant, MatchKey, Respondent
from claims.models.matchkey import DOCUMENT_PREFIX
from claims.services import access, protection

# At most this many people per key are read for scoring, the likeliest first (those sharing most keys): the
# common words of Burmese names ("Aung", "Mg") are each in thousands of names of a national organisation.
CANDIDATES = 200
SHOWN = 10  # matches named on a page; the rest are counted

# Reasons, most telling first.
DOCUMENT = "document"
BIRTH_AND_NAME = "birth_and_name"
NAME = "name"
BIRTH = "birth"


@dataclass
class ClaimantMatch:
    claimant: Claimant
    reasons: list[str]
    score: float


@dataclass
class Found:
    """What a check found: the matches ``user`` may see named (best first, at most ``SHOWN``), how many more they
    may see, and how many they may not see named."""

    matches: list = field(default_factory=list)
    more: int = 0
    hidden: int = 0

    def __bool__(self) -> bool:
        return bool(self.matches or self.more or self.hidden)


def _ids_by_keys(org_id: int, keys: set[str], column) -> sa.Select:
    """The ids (``column`` of match_keys) sharing most of ``keys``, at most CANDIDATES, as a subquery: one index
    range per key. A subquery, so that a check runs the same statements whatever it finds (no key, no query
    skipped): the pages that show a check keep a fixed number of statements."""
    shared = sa.func.count(sa.distinct(MatchKey.key))
    return (
        sa.select(column)
        .where(MatchKey.org_id == org_id, MatchKey.key.in_(sorted(keys)), column.is_not(None))
        .group_by(column)
        .order_by(shared.desc(), column)
        .limit(CANDIDATES)
    )


def claimant_candidates(
    org_id: int,
    name: str | None,
    date_of_birth: date | None = None,
    document_numbers=(),
    exclude_id: int | None = None,
) -> list[ClaimantMatch]:
    """The live claimants of ``org_id`` who may be the person named, best first: the same document number, the
    same date of birth with a name that sounds alike, or a name that sounds alike. One statement."""
    doc_keys = {DOCUMENT_PREFIX + k[:79] for k in map(names.document_key, document_numbers) if k}
    by_name = _ids_by_keys(org_id, names.index_keys(name), MatchKey.claimant_id).subquery()
    by_document = _ids_by_keys(org_id, doc_keys, MatchKey.claimant_id).subquery()
    members = [sa.select(by_name.c.claimant_id), sa.select(by_document.c.claimant_id)]
    if date_of_birth is not None:
        other = aliased(Claimant)
        born = (
            sa.select(other.id.label("claimant_id"))
            .where(other.org_id == org_id, other.archived_at.is_(None), other.date_of_birth == date_of_birth)
            .limit(CANDIDATES)
            .subquery()
        )
        members.append(sa.select(born.c.claimant_id))
    # One set of ids (each member read from its index, then the claimants by primary key): an OR of the three
    # conditions read every claimant of the organisation instead.
    candidates = sa.union(*members)
    same_document = Claimant.id.in_(sa.select(by_document.c.claimant_id))
    query = sa.select(Claimant, same_document.label("by_document")).where(
        Claimant.id.in_(candidates), Claimant.org_id == org_id, Claimant.archived_at.is_(None)
    )
    if exclude_id is not None:
        query = query.where(Claimant.id != exclude_id)
    found: list[ClaimantMatch] = []
    for person, same_document in db.session.execute(query):
        score = names.similarity(name, person.legal_name)
        reasons = [DOCUMENT] if same_document else []
        same_birth = date_of_birth is not None and person.date_of_birth == date_of_birth
        if same_birth and score >= names.SIMILAR:
            reasons.append(BIRTH_AND_NAME)
        elif score >= names.SIMILAR:
            reasons.append(NAME)
        if reasons:
            found.append(ClaimantMatch(person, reasons, score))
    order = {DOCUMENT: 0, BIRTH_AND_NAME: 1, NAME: 2}
    return sorted(found, key=lambda m: (min(order[r] for r in m.reasons), -m.score, m.claimant.pseudonym))


def respondents_named_like(org_id: int, name: str | None, exclude_id: int | None = None) -> list[tuple]:
    """(respondent, score) for the live respondents of ``org_id`` whose name sounds like ``name``, best first.
    One statement."""
    query = sa.select(Respondent).where(
        Respondent.org_id == org_id,
        Respondent.archived_at.is_(None),
        Respondent.id.in_(_ids_by_keys(org_id, names.index_keys(name), MatchKey.respondent_id)),
    )
    if exclude_id is not None:
        query = query.where(Respondent.id != exclude_id)
    scored = [(r, names.similarity(name, r.name)) for r in db.session.scalars(query)]
    return sorted(
        [(r, s) for r, s in scored if s >= names.SIMILAR], key=lambda pair: (-pair[1], pair[0].name.lower())
    )


def _split(user, matches: list[ClaimantMatch]) -> Found:
    """Named for ``user`` only where they may see the person's record named (the whereabouts rule: a protected
    person only to an admin and their cases' lawyer and paralegal); the others are counted."""
    assigned = protection.assigned_to(user, [m.claimant.id for m in matches if m.claimant.protected])
    shown, hidden = [], 0
    for match in matches:
        if access.may_see_whereabouts(user, match.claimant, assigned):
            shown.append(match)
        else:
            hidden += 1
    return Found(shown[:SHOWN], max(0, len(shown) - SHOWN), hidden)


@dataclass
class ClaimantCheck:
    found: Found  # claimants they may already be
    adverse: list  # AdverseParty: respondents named like them

    def __bool__(self) -> bool:
        return bool(self.found or self.adverse)

    def summary(self) -> str:
        """For the audit trail: counts only (the trail is no place for other people's names)."""
        people = len(self.found.matches) + self.found.more + self.found.hidden
        return (
            f"recorded as a different person: {people} possible match(es), {len(self.adverse)} respondent(s)"
        )


def check_claimant(
    user, name, date_of_birth=None, document_numbers=(), exclude_id: int | None = None, *, adverse=True
) -> ClaimantCheck:
    """For a claimant being recorded: the claimants they may already be, and the respondents named like them (a
    client who is or was an adverse party: a conflict of interest for the lawyer)."""
    matches = claimant_candidates(user.org_id, name, date_of_birth, document_numbers, exclude_id)
    return ClaimantCheck(_split(user, matches), _adverse(user, name) if adverse else [])


@dataclass
class AdverseParty:
    respondent: Respondent
    score: float
    cases: list[str]  # references of the live cases it is a respondent in


@dataclass
class Client:
    """A claimant named like a respondent: is or was a client of the organisation."""

    claimant: Claimant
    reasons: list[str]
    cases: list[str]  # references of their cases, live or closed


def _cases_against(user, respondent_ids: list[int]) -> dict[int, list[str]]:
    """Each respondent's live cases, by reference: one statement, run even for none (a fixed count)."""
    query = (
        sa.select(CaseRespondent.respondent_id, Case.reference)
        .join(Case, CaseRespondent.case_id == Case.id)
        .where(
            Case.org_id == user.org_id,
            Case.archived_at.is_(None),
            CaseRespondent.respondent_id.in_(respondent_ids),
            CaseRespondent.archived_at.is_(None),
        )
    )
    # Sorted here, not by the database: ordered by reference, SQLite walked every case of the organisation along
    # that index even for no respondent at all.
    cases: dict[int, list[str]] = {}
    for respondent_id, reference in sorted(db.session.execute(query), key=lambda row: row[1]):
        cases.setdefault(respondent_id, []).append(reference)
    return cases


def _adverse(user, name) -> list:
    parties = respondents_named_like(user.org_id, name)[:SHOWN]
    cases = _cases_against(user, [r.id for r, _ in parties])
    return [AdverseParty(r, s, cases.get(r.id, [])[:SHOWN]) for r, s in parties]


def _cases_of(claimant_ids: list[int]) -> dict[int, list[str]]:
    query = (
        sa.select(CaseClaimant.claimant_id, Case.reference)
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(CaseClaimant.claimant_id.in_(claimant_ids), CaseClaimant.archived_at.is_(None))
        .order_by(Case.reference)
    )
    cases: dict[int, list[str]] = {}
    for claimant_id, reference in db.session.execute(query):
        cases.setdefault(claimant_id, []).append(reference)
    return cases


@dataclass
class RespondentCheck:
    same: list  # (respondent, score): respondents it may already be
    clients: Found  # Client: claimants named like it

    def __bool__(self) -> bool:
        return bool(self.same or self.clients)

    def summary(self) -> str:
        people = len(self.clients.matches) + self.clients.more + self.clients.hidden
        return (
            f"recorded as a different party: {len(self.same)} respondent(s), {people} client(s) named alike"
        )


def check_respondent(user, name, exclude_id: int | None = None) -> RespondentCheck:
    """For a respondent being recorded: the respondents it may already be, and the claimants named like it (an
    adverse party who is or was a client). A client the user may not see named is counted, not named."""
    same = respondents_named_like(user.org_id, name, exclude_id)[:SHOWN]
    clients = _split(user, claimant_candidates(user.org_id, name))
    cases = _cases_of([m.claimant.id for m in clients.matches])
    clients.matches = [
        Client(m.claimant, m.reasons, cases.get(m.claimant.id, [])[:SHOWN]) for m in clients.matches
    ]
    return RespondentCheck(same, clients)


# ---------------------------------------------------------------- on the pages of people already recorded


def clients_named_like(user, respondent: Respondent) -> Found:
    """For a respondent's page: the organisation's clients (claimants) named like it, with their cases. The
    lawyer acting against a broker sees that the broker is, or was, a client."""
    clients = _split(user, claimant_candidates(user.org_id, respondent.name))
    cases = _cases_of([m.claimant.id for m in clients.matches])
    clients.matches = [
        Client(m.claimant, m.reasons, cases.get(m.claimant.id, [])[:SHOWN]) for m in clients.matches
    ]
    return clients


def adverse_named_like(user, claimant: Claimant) -> list[AdverseParty]:
    """For a claimant's page: the respondents named like them (an adverse party who is also a client)."""
    return _adverse(user, claimant.legal_name)
