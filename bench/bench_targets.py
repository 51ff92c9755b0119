"""What the page bench and the query-count test request, found in the database itself (so a data set built
earlier, or the demo, serves as well as one built now): the bench lawyer, their largest group case, its second
plaintiff, another lawyer of the organisation, the group case's offer and a name to search for."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from claims.extensions import db
from claims.models import Case, CaseClaimant, Claimant, Offer, User
from claims.models.enums import Role

BENCH_EMAIL = "lawyer1@nat.bench.example"


@dataclass
class Targets:
    org_id: int
    user_id: int
    session_version: int
    other_lawyer_id: int
    group_case_id: int
    group_size: int
    claimant_id: int
    offer_id: int
    name_search: str

    def describe(self) -> str:
        return (
            f"as user #{self.user_id} (organisation #{self.org_id}); group case #{self.group_case_id} "
            f"({self.group_size} claimants), claimant #{self.claimant_id}, offer #{self.offer_id}, "
            f"other lawyer #{self.other_lawyer_id}, name search '{self.name_search}'"
        )


def find_targets(email: str | None = None) -> Targets:
    user = db.session.scalar(sa.select(User).where(User.email == (email or BENCH_EMAIL)))
    if user is None:
        raise SystemExit(f"no user {email or BENCH_EMAIL}: build the data set with bench/dataset.py first")
    links = sa.func.count(CaseClaimant.id)
    group_case_id, group_size = db.session.execute(
        sa.select(CaseClaimant.case_id, links)
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(Case.org_id == user.org_id, Case.lawyer_id == user.id, CaseClaimant.archived_at.is_(None))
        .group_by(CaseClaimant.case_id)
        .order_by(links.desc(), CaseClaimant.case_id)
        .limit(1)
    ).one()
    # The group's second plaintiff: the data set makes them the same at every scale (bench/dataset_rows.py).
    claimant_id, legal_name = db.session.execute(
        sa.select(Claimant.id, Claimant.legal_name)
        .join(CaseClaimant, CaseClaimant.claimant_id == Claimant.id)
        .where(CaseClaimant.case_id == group_case_id)
        .order_by(CaseClaimant.position, CaseClaimant.id)
        .offset(1)
        .limit(1)
    ).one()
    other = db.session.scalar(
        sa.select(User.id)
        .where(User.org_id == user.org_id, User.role == Role.LAWYER, User.id != user.id)
        .order_by(User.id)
        .limit(1)
    )
    offer = db.session.scalar(
        sa.select(Offer.id).where(Offer.case_id == group_case_id).order_by(Offer.id).limit(1)
    )
    return Targets(
        org_id=user.org_id,
        user_id=user.id,
        session_version=user.session_version or 0,
        other_lawyer_id=other or user.id,
        group_case_id=group_case_id,
        group_size=group_size,
        claimant_id=claimant_id,
        offer_id=offer or 0,
        name_search=legal_name.split()[0],
    )
