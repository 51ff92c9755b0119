"""Who a row of the file is: the person with the same external id, or, for a row without one, people who look
like them (the same document number, the same pseudonym, or the same date of birth with a name spelled another
way), shown to the user for a decision rather than guessed. A name is compared as the intake check compares it
(claims.names: across Thai and Latin script and the spellings of transliterated names), so a person the form would
flag is flagged by the import too."""

from __future__ import annotations

import sqlalchemy as sa

from claims.extensions import db
from claims.models import Claimant, IdentityDocument
from claims.names import similar

CHUNK = 500  # bound parameters per query: SQLite allows 999 in older builds


def chunks(values):
    values = sorted(set(values))
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def by_external_id(org_id: int, external_ids) -> dict[str, Claimant]:
    found = {}
    for chunk in chunks(external_ids):
        for claimant in db.session.scalars(
            sa.select(Claimant).where(Claimant.org_id == org_id, Claimant.external_id.in_(chunk))
        ):
            found[claimant.external_id] = claimant
    return found


def candidates(org_id: int, rows: list[dict]) -> dict[int, list[tuple[Claimant, list[str]]]]:
    """For each row (by its row number) the live claimants it may be, with the reasons: "document", "pseudonym",
    "birth_and_name"."""
    dobs = {r["values"].get("date_of_birth") for r in rows if r["values"].get("date_of_birth")}
    numbers = {r["document"]["number"] for r in rows if r.get("document")}
    pseudonyms = {r["values"].get("pseudonym") for r in rows if r["values"].get("pseudonym")}
    live = (Claimant.org_id == org_id, Claimant.archived_at.is_(None))
    by_dob: dict[str, list[Claimant]] = {}
    from datetime import date

    for chunk in chunks(dobs):
        for c in db.session.scalars(
            sa.select(Claimant).where(
                *live, Claimant.date_of_birth.in_([date.fromisoformat(d) for d in chunk])
            )
        ):
            by_dob.setdefault(c.date_of_birth.isoformat(), []).append(c)
    by_number: dict[str, list[Claimant]] = {}
    for chunk in chunks(numbers):
        query = (
            sa.select(IdentityDocument.number, Claimant)
            .join(Claimant, Claimant.id == IdentityDocument.claimant_id)
            .where(*live, IdentityDocument.archived_at.is_(None), IdentityDocument.number.in_(chunk))
        )
        for number, c in db.session.execute(query):
            by_number.setdefault(number, []).append(c)
    by_pseudonym = {}
    for chunk in chunks(pseudonyms):
        for c in db.session.scalars(sa.select(Claimant).where(*live, Claimant.pseudonym.in_(chunk))):
            by_pseudonym[c.pseudonym] = c
    found = {}
    for row in rows:
        reasons: dict[int, tuple[Claimant, list[str]]] = {}

        def add(claimant, reason, reasons=reasons):
            reasons.setdefault(claimant.id, (claimant, []))[1].append(reason)

        values = row["values"]
        if row.get("document"):
            for c in by_number.get(row["document"]["number"], []):
                add(c, "document")
        if values.get("pseudonym") in by_pseudonym:
            add(by_pseudonym[values["pseudonym"]], "pseudonym")
        for c in by_dob.get(values.get("date_of_birth") or "", []):
            if similar(c.legal_name, values.get("legal_name")):
                add(c, "birth_and_name")
        if reasons:
            found[row["row"]] = list(reasons.values())
    return found
