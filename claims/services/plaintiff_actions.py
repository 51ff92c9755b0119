"""Bulk actions on a selection of a case's plaintiffs: record one outcome for each (11 of 43 settle), make a
document for each as a group run, make their hearing letters.

Each goes through the existing write (claims.services.outcomes.record_outcomes, claims.services.documents.jobs
.queue_job), so each is audited and all or nothing as those are. What this module adds is the selection: nobody
chosen, someone not in the case, and a confirmation made on a stale page (someone else recorded an outcome for
one of them, removed or edited one, or moved the case to appeal since the page was opened) are refused with a
message and nothing written.
"""

from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l

from claims.models import Case, DocumentJob, Outcome
from claims.services import access, outcomes, standing
from claims.services import documents as documents_service
from claims.services.documents import jobs
from claims.services.errors import Forbidden, ValidationFailed

# More than any case holds (the largest group cases have 150): a post naming more is not a selection from a page.
MOST_CHOSEN = 2000
# Group runs make these in each claimant's own language.
HEARING_LETTERS = f"hearing_letter{documents_service.EACH_OWN_LANGUAGE}"


class StaleSelection(ValidationFailed):
    """The plaintiffs chosen are no longer as they were on the page the user confirmed."""


def _require_case_worker(user, case: Case) -> None:
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")
    if case.org_id != user.org_id:
        raise Forbidden("another organisation's case")


def select(
    user, case: Case, claimant_ids: list[int], *, every: bool = False, of: str = ""
) -> standing.Chosen:
    """The plaintiffs chosen (``every`` one with standing ``of`` instead, when asked), as they stand now."""
    _require_case_worker(user, case)
    ids = standing.claimants_with(case, of) if every else list(dict.fromkeys(claimant_ids or []))
    if not ids:
        raise ValidationFailed({"claimant_ids": str(_l("Choose at least one claimant."))})
    if len(ids) > MOST_CHOSEN:
        raise ValidationFailed({"claimant_ids": str(_l("Choose only claimants of this case."))})
    found = standing.chosen(case, ids)
    if len(found.rows) != len(ids):
        raise ValidationFailed({"claimant_ids": str(_l("Choose only claimants of this case."))})
    return found


def _fresh(user, case: Case, claimant_ids: list[int], fingerprint: str | None) -> standing.Chosen:
    found = select(user, case, claimant_ids)
    if not fingerprint or fingerprint != found.fingerprint:
        raise StaleSelection(
            {
                "selection": str(
                    _l(
                        "These claimants changed since the page was opened (an outcome recorded, a claimant "
                        "edited or removed, or the case's stage changed): nothing was done. Check them below "
                        "and confirm again."
                    )
                )
            }
        )
    return found


def record_outcome(
    user, case: Case, claimant_ids: list[int], fingerprint: str | None, values: dict, *, today=None
) -> list[Outcome]:
    """The same outcome (a settlement, a withdrawal, a judgment, with its date) for each claimant chosen: every
    one recorded and audited, or none."""
    found = _fresh(user, case, claimant_ids, fingerprint)
    return outcomes.record_outcomes(user, case, found.claimant_ids, values, today=today)


def document_names(case: Case) -> list[str]:
    """The documents made one per claimant that the case can use: the letters read by the claimant first, as
    "family.*" (each in the claimant's own language), then every template by its name."""
    own = [
        f"{family}{documents_service.EACH_OWN_LANGUAGE}"
        for family in documents_service.own_language_families(case)
    ]
    return own + [spec.name for spec in documents_service.case_templates(case) if "claimant" in spec.scopes]


def make_documents(
    user, case: Case, claimant_ids: list[int], fingerprint: str | None, name: str, on: date, *, pdf: bool
) -> DocumentJob:
    """A group run making document ``name`` for each claimant chosen (MissingData, and nothing queued, when
    something it needs is missing)."""
    found = _fresh(user, case, claimant_ids, fingerprint)
    if name not in document_names(case):
        raise ValidationFailed({"template": str(_l("Choose a document from the list."))})
    return jobs.queue_job(user, case, [(name, "claimant")], found.claimant_ids, on, pdf=pdf)


def make_hearing_letters(
    user, case: Case, claimant_ids: list[int], fingerprint: str | None, on: date, *, pdf: bool
) -> DocumentJob:
    """A group run of the hearing letters of the claimants chosen, each in their own language."""
    if HEARING_LETTERS not in document_names(case):
        raise ValidationFailed({"action": str(_l("This kind of case has no hearing letter."))})
    return make_documents(user, case, claimant_ids, fingerprint, HEARING_LETTERS, on, pdf=pdf)
