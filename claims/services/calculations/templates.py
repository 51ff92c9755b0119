"""Group cases: the case's template (the terms its claimants share), copying it into every claimant's
calculation, and recomputing the whole case."""

from __future__ import annotations

import copy

from flask_babel import lazy_gettext as _l

from claims.calc import InputError, parse_claim
from claims.extensions import db
from claims.models import Calculation, Case, ClaimTemplate
from claims.services import records
from claims.services.access import require_case_worker
from claims.services.calculations.computing import _known_currency_problems, _message, computed_values
from claims.services.calculations.documents import SETTINGS_KEYS, _clean, compute
from claims.services.calculations.lookups import _claimant_rows, _require_same_org
from claims.services.court_calendar import calendar_for_claimant
from claims.services.errors import ValidationFailed
from claims.services.scope import visible

# The employment terms a group case shares: copied by apply_template. Dates, work records, deductions, payments,
# the trial, the termination and leave stay each claimant's own.
CONTRACT_TERMS = (
    "employer",
    "pay_basis",
    "kind_of_work",
    "rate",
    "currency",
    "workplace",
    "province",
    "normal_hours_per_day",
    "normal_hours_per_month",
    "contract_basis",
    "overtime_multiplier",
    "holiday_multiplier",
    "holiday_overtime_multiplier",
    "restday_multiplier",
    "wilful_withholding",
)


# ---------------------------------------------------------------- group cases


def get_template(user, case: Case) -> ClaimTemplate | None:
    _require_same_org(user, case)
    return db.session.scalar(visible(ClaimTemplate, user).where(ClaimTemplate.case_id == case.id))


def template_document(data: dict) -> dict:
    """The template as a claim document of its own (settings and one period without records), to check it."""
    doc = {key: data[key] for key in SETTINGS_KEYS if key in data}
    if data.get("employment"):
        doc["employment"] = [data["employment"]]
    return doc


def save_template(user, case: Case, values: dict, version: int | None, field_map=None) -> ClaimTemplate:
    """``values``: the settings and, under "employment", the shared contract terms with start and end."""
    require_case_worker(user)
    _require_same_org(user, case)
    data = _clean({key: values.get(key) for key in SETTINGS_KEYS})
    period = _clean(values.get("employment") or {})
    if period:
        data["employment"] = period
    problems = _known_currency_problems(template_document(data))
    try:
        parse_claim(template_document(data))
    except InputError as error:
        problems = [*error.problems, *problems]
    if problems:
        errors = {}
        for path, problem in problems:
            rest = path.split("employment[0].", 1)[-1].split("employment[0]", 1)[-1] or "employer"
            name = (field_map or {}).get(path) or rest.split(".", 1)[0].split("[", 1)[0]
            errors.setdefault(name, _message(problem))
        raise ValidationFailed(errors)
    template = get_template(user, case)
    if template is None:
        return records.create(user, ClaimTemplate, {"case_id": case.id, "data": data})
    records.update(user, template, {"data": data}, version)
    return template


def _merge_template(doc: dict, data: dict) -> dict:
    doc = copy.deepcopy(doc)
    for key in SETTINGS_KEYS:
        if key in data:
            doc[key] = data[key]
    terms = data.get("employment")
    if terms:
        shared = {k: terms[k] for k in CONTRACT_TERMS if k in terms}
        periods = doc.setdefault("employment", [])
        matching = [p for p in periods if p.get("employer") == terms.get("employer")]
        for period in matching:
            for key in CONTRACT_TERMS:
                period.pop(key, None)
            period.update(copy.deepcopy(shared))
        if not matching:
            periods.append({**copy.deepcopy(shared), "start": terms.get("start"), "end": terms.get("end")})
    return doc


def apply_template(user, case: Case) -> int:
    """Copy the case's shared terms into every claimant's calculation, creating those that are missing; each
    claimant's own entries (dates, work records, payments, deductions ...) are kept. One transaction: if one
    claimant's document would be refused, nothing is written. Returns the number of calculations written."""
    require_case_worker(user)
    template = get_template(user, case)
    if template is None:
        raise ValidationFailed({"_claim": str(_l("Enter the shared terms of the case first."))})
    rows = _claimant_rows(user, case)
    planned = []
    for _row_link, claimant, calculation in rows:
        doc = _merge_template(calculation.data if calculation else {}, template.data)
        try:
            values = computed_values(doc, calendar_for_claimant(user.org_id, claimant.id))
        except ValidationFailed as failure:
            problem = "; ".join(failure.errors.values())
            raise ValidationFailed(
                {"_claim": str(_l("%(code)s: %(problem)s", code=claimant.pseudonym, problem=problem))}
            ) from None
        planned.append((claimant, calculation, values))
    for claimant, calculation, values in planned:
        if calculation is None:
            records.create(
                user, Calculation, {"case_id": case.id, "claimant_id": claimant.id, **values}, commit=False
            )
        else:
            records.update(user, calculation, values, records.UNCHECKED, commit=False)
    db.session.commit()
    return len(planned)


def recompute_case(user, case: Case) -> int:
    """Recompute every calculation of the case under the current rules, in one transaction."""
    require_case_worker(user)
    _require_same_org(user, case)
    done = 0
    for _link_row, _claimant, calculation in _claimant_rows(user, case):
        if calculation is not None:
            compute(user, calculation, commit=False)
            done += 1
    db.session.commit()
    return done
