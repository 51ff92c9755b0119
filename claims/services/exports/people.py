"""The claimant export, and the claimant columns the claim-data export reads too.

The list page's own query (claims.services.claimants.filtered_claimants: its scope and filters), narrowed to plain
columns and read in batches: a national organisation's 100,000 claimants stream through as rows, never as ORM
objects held at once. Whether a row's whereabouts are this user's to see is decided in the same statement
(claims.services.protection.whereabouts_hidden_sql).
"""

from __future__ import annotations

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from claims.models import Case, CaseClaimant, Claimant, IdentityDocument
from claims.services import claimants as claimants_service
from claims.services import paging, protection
from claims.services.exports.reading import Words, hidden_flag, stream
from claims.services.exports.tables import DATE, NUMBER, YESNO, Col, Table

CLAIMANT_COLUMNS = [
    Col("pseudonym", _l("Pseudonym")),
    Col("external_id", _l("External id"), identity=True),
    Col("legal_name", _l("Legal name"), identity=True),
    Col("sex", _l("Sex")),
    Col("date_of_birth", _l("Date of birth"), DATE, identity=True),
    Col("nationality", _l("Nationality")),
    Col("languages", _l("Languages")),
    Col("interpreter_needed", _l("Needs an interpreter"), YESNO),
    Col("home_country", _l("Home country")),
    Col("home_province", _l("Home province"), contact=True),
    Col("home_district", _l("Home district"), contact=True),
    Col("phone", _l("Phone"), contact=True),
    Col("address", _l("Address"), contact=True),
    Col("contact_abroad", _l("Contact abroad"), contact=True),
    Col("partner_organisation", _l("Partner organisation"), contact=True),
    Col("guardian_name", _l("Guardian's name"), identity=True),
    Col("guardian_contact", _l("Guardian's contact"), contact=True),
    Col("document_kind", _l("Document kind"), identity=True),
    Col("document_number", _l("Document number"), identity=True),
    Col("trafficking_status", _l("Identification status")),
    Col("identified_on", _l("Identified on"), DATE),
    Col("identifying_agency", _l("Identifying agency")),
    Col("exploitation_forms", _l("Forms of exploitation")),
    Col("returned_home_on", _l("Returned home on"), DATE),
    Col("case_count", _l("Cases"), NUMBER),
    Col("notes", _l("Notes"), free=True),
]


def _first_document(column):
    return (
        sa.select(column)
        .where(IdentityDocument.claimant_id == Claimant.id, IdentityDocument.archived_at.is_(None))
        .order_by(IdentityDocument.id)
        .limit(1)
        .correlate(Claimant)
        .scalar_subquery()
    )


def _case_count():
    return (
        sa.select(sa.func.count(CaseClaimant.id))
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(
            CaseClaimant.claimant_id == Claimant.id,
            CaseClaimant.archived_at.is_(None),
            Case.archived_at.is_(None),
        )
        .correlate(Claimant)
        .scalar_subquery()
    )


def claimants_query(user, base: sa.Select) -> sa.Select:
    """The claimant columns every people export reads, on a ``select(Claimant)`` already scoped and filtered."""
    plain = [getattr(Claimant, c.key) for c in CLAIMANT_COLUMNS if c.key in Claimant.__table__.c]
    return base.with_only_columns(
        Claimant.id,
        *plain,
        # Not in the list's columns, but in the import template's (claims.services.exports.claimdata).
        Claimant.document_language,
        Claimant.guardian_relationship,
        _first_document(IdentityDocument.kind).label("document_kind"),
        _first_document(IdentityDocument.number).label("document_number"),
        _case_count().label("case_count"),
        hidden_flag(protection.whereabouts_hidden_sql(user)),
    ).order_by(sa.func.lower(Claimant.pseudonym), Claimant.id)


def claimant_values(row, words: Words) -> dict:
    return {
        **row,
        "sex": words.label(row["sex"]),
        "nationality": words.country(row["nationality"]),
        "home_country": words.country(row["home_country"]),
        "languages": words.languages(row["languages"]),
        "document_kind": words.label(row["document_kind"]),
        "trafficking_status": words.label(row["trafficking_status"]),
        "exploitation_forms": words.forms(row["exploitation_forms"]),
    }


def claimants(user, filters: dict, locale: str) -> Table:
    base = claimants_service.filtered_claimants(user, claimants_service.ClaimantFilters(**filters))
    total = paging.count(base, Claimant.id)
    query = claimants_query(user, base)
    return Table(
        "claimants",
        _l("Claimants"),
        CLAIMANT_COLUMNS,
        total,
        lambda: (claimant_values(row, words) for words in [Words()] for row in stream(query)),
    )
