"""Case and victim records in the fields of the Human Trafficking Case Data Standard (HTCDS, IOM with UNODC and
Polaris; github.com/UNMigration/HTCDS, "HTCDS Field Reference.md"), for the national and regional data sets the
workshops ask for ("a national data base system", seeds 002).

One row per victim in a case (a claimant's part in a case), keyed by the case's reference and the claimant's
pseudonym, which are this organisation's own keys and not HTCDS fields. Each other column is an HTCDS field name
(``prs_`` person, ``vic_`` victim context, ``cas_`` case) with values from the standard's picklists. The mapping,
and the fields that do not map and why, are in docs/exports.md. Redacted (the form to send a data set), the
person's name, birth date and every contact field are left out, as for every export.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from claims import clock
from claims.models import Case, CaseClaimant, Claimant, Consent
from claims.models.enums import ConsentPurpose
from claims.services import paging, protection
from claims.services.exports.reading import stream
from claims.services.exports.tables import DATE, HIDDEN, YESNO, Col, Table
from claims.services.scope import visible

# prs_Gender: Male Female Transgender/NonConforming Unknown. "Intersex" is a sex, not a gender expression the
# standard lists: Unknown, as for "not recorded".
GENDER = {"female": "Female", "male": "Male"}
# vic_TypeOfExploitation (HTCDS 2.0, Toolkit/Survey/htcds_xlsform.xml; a multiselect, values joined by ";" as
# Salesforce's multiselect picklists are): ForcedLabour SexualExploitation ChildLabour ForcedMarriage Servitude
# ForcedMilitaryByNonStateActors OrganRemoval ForcedBegging ForcedAdoption Surrogacy Other. The standard has no
# forced criminality: Other. Nothing recorded: the field is left empty, not "Other".
EXPLOITATION = {
    "forced_labour": "ForcedLabour",
    "sexual_exploitation": "SexualExploitation",
    "forced_begging": "ForcedBegging",
    "forced_marriage": "ForcedMarriage",
    "forced_criminality": "Other",
    "domestic_servitude": "Servitude",
    "organ_removal": "OrganRemoval",
    "child_soldier": "ForcedMilitaryByNonStateActors",
    "other": "Other",
}
# cas_Status: Active FollowUp Closed ClosedReferred. A suspended court case is still the victim's active case.
STATUS = {"open": "Active", "suspended": "Active", "closed": "Closed"}

COLUMNS = [
    Col("case_reference", "case_reference"),
    Col("person_key", "person_key"),
    Col("prs_FirstName", "prs_FirstName", identity=True),
    Col("prs_Birthdate", "prs_Birthdate", DATE, identity=True),
    Col("prs_Gender", "prs_Gender"),
    Col("prs_Nationality", "prs_Nationality"),
    Col("prs_MobilePhone", "prs_MobilePhone", contact=True),
    Col("prs_MailingStreet", "prs_MailingStreet", contact=True),
    Col("prs_MailingCity", "prs_MailingCity", contact=True),
    Col("prs_MailingState", "prs_MailingState", contact=True),
    Col("prs_MailingCountry", "prs_MailingCountry"),
    Col("vic_AgreementToManagePersonalData", "vic_AgreementToManagePersonalData", YESNO),
    Col("vic_TypeOfExploitation", "vic_TypeOfExploitation"),
    Col("cas_Status", "cas_Status"),
]
TITLE = _l("HTCDS case and victim records")


def exploitation_codes(stored: str | None) -> str:
    codes = []
    for form in (stored or "").split(","):
        code = EXPLOITATION.get(form)
        if code and code not in codes:
            codes.append(code)
    return ";".join(codes)


def _consent():
    return (
        sa.select(Consent.id)
        .where(
            Consent.claimant_id == Claimant.id,
            Consent.archived_at.is_(None),
            Consent.purpose == ConsentPurpose.STORE_DATA,
            Consent.given_on <= clock.today(),
            sa.or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > clock.today()),
        )
        .correlate(Claimant)
        .exists()
    )


def records(user, filters: dict, locale: str) -> Table:
    base = (
        visible(CaseClaimant, user)
        .with_only_columns(CaseClaimant.id)
        .join(Case, Case.id == CaseClaimant.case_id)
        .join(Claimant, Claimant.id == CaseClaimant.claimant_id)
        .where(Case.archived_at.is_(None), Claimant.archived_at.is_(None))
    )
    if filters.get("case_id"):
        base = base.where(Case.id == filters["case_id"])
    if filters.get("case_kind"):
        base = base.where(Case.kind == filters["case_kind"])
    total = paging.count(base, CaseClaimant.id)
    query = base.with_only_columns(
        Case.reference,
        Case.status,
        Claimant.pseudonym,
        Claimant.legal_name,
        Claimant.date_of_birth,
        Claimant.sex,
        Claimant.nationality,
        Claimant.phone,
        Claimant.address,
        Claimant.home_district,
        Claimant.home_province,
        Claimant.home_country,
        Claimant.exploitation_forms,
        _consent().label("consent"),
        sa.case((protection.whereabouts_hidden_sql(user), 1), else_=0).label(HIDDEN),
    ).order_by(Case.reference, CaseClaimant.position, CaseClaimant.id)

    def rows():
        for row in stream(query):
            yield {
                "case_reference": row["reference"],
                "person_key": row["pseudonym"],
                "prs_FirstName": row["legal_name"],
                "prs_Birthdate": row["date_of_birth"],
                "prs_Gender": GENDER.get(str(row["sex"]), "Unknown"),
                "prs_Nationality": row["nationality"] or "",
                "prs_MobilePhone": row["phone"],
                "prs_MailingStreet": row["address"],
                "prs_MailingCity": row["home_district"],
                "prs_MailingState": row["home_province"],
                "prs_MailingCountry": row["home_country"] or "",
                "vic_AgreementToManagePersonalData": bool(row["consent"]),
                "vic_TypeOfExploitation": exploitation_codes(row["exploitation_forms"]),
                "cas_Status": STATUS.get(str(row["status"]), "Active"),
                HIDDEN: row[HIDDEN],
            }

    return Table("htcds", TITLE, COLUMNS, total, rows)
