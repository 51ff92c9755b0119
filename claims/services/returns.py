"""A claimant's return home, and after it how they are reached and paid and the proof that money reached them.

One live return per claimant: it is the truth about when the person went (or is to go) home and how to reach them
there. The claimant's own ``planned_return_on``, ``returned_home_on``, ``contact_abroad`` and
``partner_organisation`` are kept in step with it here, in the same transaction and audit trail (as the
identification history keeps the claimant's status), so the deadlines, documents, filters and the API that read
them stay right; a write of those claimant fields by the API or an import is adopted into the return
(``adopt_claimant_fields``), never kept beside it.

The whereabouts rule (claims.services.protection) covers the destination's province and district, the contact and
payment details and the notes (``ReturnHome.PRIVATE_FIELDS``): for a protected claimant they are shown, changed
and audited in clear only for the people the rule names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from claims import clock
from claims.extensions import db
from claims.models import (
    Agency,
    Claimant,
    EvidenceFile,
    IdentificationEvent,
    MoneyDelivery,
    ReturnHome,
)
from claims.models.enums import NationalityVerification, ReturnProcedure
from claims.services import evidence, follow_up_visits, protection, records, reintegration
from claims.services.access import require_case_worker, require_same_org
from claims.services.errors import ValidationFailed
from claims.services.scope import visible

# Which procedure names were checked against a source (issue 15: verify or mark unverified). Shown on the page.
PROCEDURE_SOURCES = {
    ReturnProcedure.MOU_MYANMAR: (
        True,
        "MOU between the Government of the Kingdom of Thailand and the Government of the Union of Myanmar on "
        "Cooperation to Combat Trafficking in Persons, Especially Women and Children, signed at Nay Pyi Taw on "
        "24 April 2009 (Bangkok Post/AFP 24/04/2009; Thai government release).",
    ),
    ReturnProcedure.MOU_CAMBODIA: (
        True,
        "MOU between the Government of the Kingdom of Thailand and the Government of the Kingdom of Cambodia on "
        "Bilateral Cooperation for Eliminating Trafficking in Children and Women and Assisting Victims of "
        "Trafficking (2003; the text's title page). Whether a later renewal replaced it is not checked.",
    ),
    ReturnProcedure.MOU_LAOS: (
        False,
        "A Thailand–Lao PDR MOU on cooperation to combat trafficking in persons (2005) is reported; its exact "
        "title and any later renewal were not checked against a source.",
    ),
    ReturnProcedure.MOU_VIETNAM: (
        False,
        "A Thailand–Vietnam MOU against trafficking in persons signed in March 2008 is reported in the press; its "
        "official title was not checked.",
    ),
}
# Procedures that are not the person's choice to go: a return under them needs no consent recorded.
WITHOUT_CONSENT = (ReturnProcedure.DEPORTATION, ReturnProcedure.OWN_ARRANGEMENT)
PRIVATE_FIELDS = ReturnHome.PRIVATE_FIELDS
DELIVERY_ROWS = 20
_MIRRORED = ("planned_return_on", "returned_home_on", "contact_abroad", "partner_organisation")


def hidden_fields(user, claimant: Claimant, fields=PRIVATE_FIELDS) -> tuple[str, ...]:
    """The fields ``user`` may neither see nor change for this claimant."""
    return () if protection.may_see_whereabouts(user, claimant) else tuple(fields)


def redactions(claimant: Claimant, fields=PRIVATE_FIELDS) -> tuple[str, ...]:
    # Kept as "[protected]" in the trail for a protected person, whoever writes: the trail is read by every admin.
    return tuple(fields) if claimant.protected else ()


def error(field: str, message) -> ValidationFailed:
    return ValidationFailed({field: str(message)})


def check_agency(user, agency_id, field: str, current: int | None = None) -> None:
    """An agency of the organisation's directory (an archived one stays named where it already is)."""
    if agency_id is None or agency_id == current:
        return
    if db.session.scalar(visible(Agency, user).where(Agency.id == agency_id)) is None:
        raise error(field, _l("Choose the agency from the directory."))


def check_evidence(user, claimant: Claimant, evidence_id, field: str) -> None:
    if evidence_id is None:
        return
    found = db.session.scalar(
        visible(EvidenceFile, user).where(
            EvidenceFile.id == evidence_id, EvidenceFile.claimant_id == claimant.id, evidence.openable(user)
        )
    )
    if found is None:
        raise error(field, _l("Choose one of this claimant's evidence files."))


def live_return(claimant: Claimant) -> ReturnHome | None:
    return db.session.scalar(
        sa.select(ReturnHome)
        .where(ReturnHome.claimant_id == claimant.id, ReturnHome.archived_at.is_(None))
        .order_by(ReturnHome.id.desc())
        .limit(1)
    )


def _check(user, claimant: Claimant, values: dict, current: ReturnHome | None, today: date) -> None:
    errors = {}
    procedure = values.get("procedure")
    if values.get("consent_given"):
        if not values.get("consent_on"):
            errors["consent_on"] = _l("Enter the day the consent was given.")
        elif values["consent_on"] > today:
            errors["consent_on"] = _l("This date cannot be in the future.")
        if not values.get("consent_method"):
            errors["consent_method"] = _l("Say how the consent was given.")
    elif (values.get("planned_on") or values.get("returned_on")) and procedure not in WITHOUT_CONSENT:
        errors["consent_given"] = _l(
            "A return needs the person's consent. Record it, or choose the procedure (deportation, or the "
            "person's own arrangement)."
        )
    returned = values.get("returned_on")
    if returned is not None:
        if returned > today:
            errors["returned_on"] = _l("This date cannot be in the future. Enter the planned date instead.")
        elif values.get("consent_on") and values["consent_on"] > returned:
            errors["consent_on"] = _l("Consent must be given before the return, not after.")
    if values.get("nationality_status") == NationalityVerification.VERIFIED and not values.get(
        "nationality_verified_on"
    ):
        errors["nationality_verified_on"] = _l("Enter the day the nationality was verified.")
    verified_on = values.get("nationality_verified_on")
    if verified_on is not None and verified_on > today:
        errors["nationality_verified_on"] = _l("This date cannot be in the future.")
    if values.get("travel_document_number") and not values.get("travel_document"):
        errors["travel_document"] = _l("Choose the kind of travel document.")
    if errors:
        raise ValidationFailed({k: str(v) for k, v in errors.items()})
    for field in ("escort_agency_id", "receiving_agency_id", "contact_agency_id", "payment_agency_id"):
        check_agency(user, values.get(field), field, getattr(current, field, None))
    check_evidence(user, claimant, values.get("handover_evidence_id"), "handover_evidence_id")


def _mirror(claimant: Claimant, ret: ReturnHome | None) -> dict:
    """The claimant's fields as the return says them (empty when no return is live)."""
    if ret is None:
        return dict.fromkeys(_MIRRORED)
    partner = ret.contact_agency.safe_label() if ret.contact_agency is not None else ret.partner_note
    return {
        "planned_return_on": ret.planned_on,
        "returned_home_on": ret.returned_on,
        "contact_abroad": ret.contact_detail,
        "partner_organisation": partner[:200] if partner else None,
    }


def _sync_claimant(user, claimant: Claimant, today: date | None = None) -> None:
    ret = live_return(claimant)
    if ret is not None:
        db.session.refresh(ret)  # the agencies it names now, not those loaded before the change
    values = _mirror(claimant, ret)
    changed = {k: v for k, v in values.items() if getattr(claimant, k) != v}
    if changed:
        records.update(
            user,
            claimant,
            changed,
            records.UNCHECKED,
            commit=False,
            redact=protection.audit_redactions(claimant, changed),
        )
    follow_up_visits.schedule_rhythm(
        user, claimant, ret.returned_on if ret is not None else None, today=today
    )


def save_return(
    user, claimant: Claimant, values: dict, version=None, *, today: date | None = None
) -> ReturnHome:
    """Record the claimant's return, or change the live one (``version``: the one its form was opened at)."""
    require_case_worker(user)
    require_same_org(user, claimant)
    current = live_return(claimant)
    values = {k: v for k, v in values.items() if k != "claimant_id"}
    for name in hidden_fields(user, claimant):
        values.pop(name, None)  # not shown to this user, so not changed by them
    merged = {c.key: getattr(current, c.key) for c in ReturnHome.__table__.columns} if current else {}
    merged.update(values)
    _check(user, claimant, merged, current, today or clock.today())
    if not merged.get("consent_given"):
        values.update(consent_on=None, consent_method=None)
    redact = redactions(claimant)
    if current is None:
        current = records.create(
            user, ReturnHome, {**values, "claimant_id": claimant.id}, commit=False, redact=redact
        )
    else:
        records.update(user, current, values, version, commit=False, redact=redact)
    # The day the return is judged on plans its visits too (one late by more than a month is not planned).
    _sync_claimant(user, claimant, today)
    db.session.commit()
    return current


def archive_return(user, ret: ReturnHome, version) -> None:
    require_case_worker(user)
    require_same_org(user, ret)
    records.archive(user, ret, version, commit=False)
    _sync_claimant(user, ret.claimant)
    db.session.commit()


def adopt_claimant_fields(user, claimant: Claimant, written, *, commit: bool = True) -> None:
    """After the API or an import wrote some of the claimant's return dates or contact abroad (``written``: the
    claimant fields it wrote): the return takes those (one is made if none is live), so the return stays the one
    record of them. What the API sends is not checked for consent: it had no field for it."""
    written = [k for k in _MIRRORED if k in set(written)]
    current = live_return(claimant)
    mirrored = _mirror(claimant, current)
    if all(getattr(claimant, k) == mirrored[k] for k in written):
        return
    fields = {
        "planned_return_on": "planned_on",
        "returned_home_on": "returned_on",
        "contact_abroad": "contact_detail",
        "partner_organisation": "partner_note",
    }
    values = {fields[k]: getattr(claimant, k) for k in written if getattr(claimant, k) != mirrored[k]}
    if "partner_note" in values and current is not None:
        values["contact_agency_id"] = (
            None  # a partner named in words replaces the one chosen from the directory
        )
    redact = redactions(claimant)
    if current is None:
        records.create(user, ReturnHome, {**values, "claimant_id": claimant.id}, commit=False, redact=redact)
    else:
        records.update(user, current, values, records.UNCHECKED, commit=False, redact=redact)
    _sync_claimant(user, claimant)
    if commit:
        db.session.commit()


def evidence_choices(user, claimant: Claimant) -> list[tuple[int, str]]:
    rows = db.session.execute(
        visible(EvidenceFile, user)
        .where(EvidenceFile.claimant_id == claimant.id, evidence.openable(user))
        .with_only_columns(EvidenceFile.id, EvidenceFile.title)
        .order_by(EvidenceFile.id.desc())
        .limit(200)
    ).all()
    return [(eid, title) for eid, title in rows]


# ---------------------------------------------------------------- the page


@dataclass
class ReturnPage:
    claimant: Claimant
    ret: ReturnHome | None
    returnee_category: object  # ReturneeCategory of the latest identification event that names one, or None
    deliveries: list[MoneyDelivery]
    deliveries_total: int
    plan: reintegration.Plan
    show_private: bool
    openable: set[int]  # the linked evidence files this user may open (and so see the title of)

    @property
    def procedure_source(self):
        if self.ret is None or self.ret.procedure is None:
            return None
        return PROCEDURE_SOURCES.get(self.ret.procedure)


def load_page(user, claimant: Claimant) -> ReturnPage:
    """The return, the proof of money, the plan and the visits: a fixed number of queries."""
    require_case_worker(user)
    require_same_org(user, claimant)
    ret = db.session.scalar(
        visible(ReturnHome, user)
        .where(ReturnHome.claimant_id == claimant.id)
        .options(
            selectinload(ReturnHome.escort_agency),
            selectinload(ReturnHome.receiving_agency),
            selectinload(ReturnHome.contact_agency),
            selectinload(ReturnHome.payment_agency),
            selectinload(ReturnHome.handover_evidence),
        )
        .order_by(ReturnHome.id.desc())
        .limit(1)
    )
    category = db.session.scalar(
        visible(IdentificationEvent, user)
        .where(
            IdentificationEvent.claimant_id == claimant.id, IdentificationEvent.returnee_category.is_not(None)
        )
        .with_only_columns(IdentificationEvent.returnee_category)
        .order_by(IdentificationEvent.occurred_on.desc(), IdentificationEvent.id.desc())
        .limit(1)
    )
    base = visible(MoneyDelivery, user).where(MoneyDelivery.claimant_id == claimant.id)
    deliveries = list(
        db.session.scalars(
            base.options(selectinload(MoneyDelivery.through_agency), selectinload(MoneyDelivery.evidence))
            .order_by(MoneyDelivery.reached_on.desc(), MoneyDelivery.id.desc())
            .limit(DELIVERY_ROWS)
        )
    )
    total = len(deliveries)
    if total == DELIVERY_ROWS:
        total = db.session.scalar(base.with_only_columns(sa.func.count(MoneyDelivery.id)).order_by(None))
    linked = {d.evidence_id for d in deliveries if d.evidence_id} | (
        {ret.handover_evidence_id} if ret is not None and ret.handover_evidence_id else set()
    )
    openable = (
        set(
            db.session.scalars(
                visible(EvidenceFile, user)
                .where(EvidenceFile.id.in_(linked), evidence.openable(user))
                .with_only_columns(EvidenceFile.id)
            )
        )
        if linked
        else set()
    )
    return ReturnPage(
        claimant,
        ret,
        category,
        deliveries,
        total,
        reintegration.load_plan(user, claimant),
        protection.may_see_whereabouts(user, claimant),
        openable,
    )
