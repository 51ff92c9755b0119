"""The claim document of one calculation: starting it, saving it whole, and editing its items, sections and
settings. Work records are placed by date, a month with other figures cut out of a repeated record."""

from __future__ import annotations

import copy

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from claims.extensions import db
from claims.models import Calculation, Case, Claimant
from claims.services import records
from claims.services.access import require_case_worker
from claims.services.calculations.computing import check_document, computed_values
from claims.services.calculations.lookups import _link, _require_same_org
from claims.services.court_calendar import calendar_for_claimant
from claims.services.errors import NotFound, ValidationFailed

# ---------------------------------------------------------------- the document's shape

# Lists of items, by section name: where the list is in the document. "{p}" is the employment period's index.
LIST_SECTIONS = {
    "employment": ("employment",),
    "records": ("employment", "{p}", "records"),
    "deductions": ("employment", "{p}", "deductions"),
    "payments": ("employment", "{p}", "payments"),
    "exchange_rates": ("exchange_rates",),
    "loans": ("loans",),
    "fees": ("recruitment", "fees"),
    "fund_items": ("fund_items",),
    "heads": ("compensation", "heads"),
    "damages": ("damages",),
}
PERIOD_SECTIONS = ("records", "deductions", "payments")
# Objects edited as a whole, without their lists (which have sections of their own).
SETTINGS_KEYS = ("jurisdiction", "computed_on", "currency", "filed_on", "demand_date", "projection_date")
OBJECT_SECTIONS = {"settings": None, "recruitment": "fees", "compensation": "heads", "conventions": None}


# ---------------------------------------------------------------- writes


def start_calculation(user, case: Case, claimant: Claimant, settings: dict) -> Calculation:
    """A new calculation from the claim's settings (jurisdiction, computed_on, currency ...), computed at once."""
    return create_calculation(user, case, claimant, _clean({key: settings.get(key) for key in SETTINGS_KEYS}))


def create_calculation(
    user, case: Case, claimant: Claimant, doc: dict, *, full_paths: bool = False
) -> Calculation:
    """A new calculation from a whole claim document (docs/claim-format.md: the pages start one from its
    settings, the records API from a whole claim), checked and computed at once; ``full_paths`` as in
    :func:`check_document`."""
    require_case_worker(user)
    _require_same_org(user, case)
    _require_same_org(user, claimant)
    _link(user, case, claimant)
    existing = db.session.scalar(
        sa.select(Calculation).where(Calculation.case_id == case.id, Calculation.claimant_id == claimant.id)
    )
    if existing is not None:
        raise ValidationFailed({"_claim": str(_l("This claimant already has a calculation in this case."))})
    check_document(doc, full_paths=full_paths)
    values = computed_values(doc, calendar_for_claimant(user.org_id, claimant.id))
    return records.create(user, Calculation, {"case_id": case.id, "claimant_id": claimant.id, **values})


def save_document(
    user,
    calculation: Calculation,
    doc: dict,
    version: int | None,
    prefix: str = "",
    field_map=None,
    *,
    full_paths: bool = False,
) -> Calculation:
    """Replace the whole document (the format's JSON), check it, compute it and store both, audited."""
    require_case_worker(user)
    _require_same_org(user, calculation)
    check_document(doc, prefix, field_map, full_paths=full_paths)
    calendar = calendar_for_claimant(calculation.org_id, calculation.claimant_id)
    records.update(user, calculation, computed_values(doc, calendar), version)
    return calculation


def compute(user, calculation: Calculation, *, commit: bool = True) -> Calculation:
    """Recompute the stored document under the current rules and keep the result as the new snapshot."""
    require_case_worker(user)
    _require_same_org(user, calculation)
    calendar = calendar_for_claimant(calculation.org_id, calculation.claimant_id)
    values = computed_values(copy.deepcopy(calculation.data), calendar)
    records.update(user, calculation, values, records.UNCHECKED, commit=commit)
    return calculation


def _clean(item: dict) -> dict:
    """Absent is not zero: a field left empty is left out of the document."""
    return {k: v for k, v in item.items() if v is not None and v != "" and v != [] and v != {}}


def _container(doc: dict, section: str, period: int | None, *, create: bool) -> list:
    node = doc
    path = LIST_SECTIONS[section]
    for step in path[:-1]:
        if step == "{p}":
            if period is None or not 0 <= period < len(node):
                raise NotFound(f"employment period {period}")
            node = node[period]
        else:
            if step not in node:
                if not create:
                    return []
                if step == "recruitment":
                    raise ValidationFailed(
                        {
                            "_claim": str(
                                _l("Enter the recruitment details first (where the agency is licensed).")
                            )
                        }
                    )
                node[step] = {} if step != "employment" else []
            node = node[step]
    return node.setdefault(path[-1], []) if create else node.get(path[-1], [])


def item_path(section: str, period: int | None, index: int) -> str:
    parts = [str(period) if step == "{p}" else step for step in LIST_SECTIONS[section]]
    text = ""
    for part in parts:
        text = f"{text}[{part}]" if part.isdigit() else (f"{text}.{part}" if text else part)
    return f"{text}[{index}]"


def get_item(calculation: Calculation, section: str, period: int | None, index: int) -> dict:
    items = _container(calculation.data, section, period, create=False)
    if not 0 <= index < len(items):
        raise NotFound(f"{section} {index}")
    return items[index]


def set_item(
    user,
    calculation: Calculation,
    section: str,
    item: dict,
    version: int | None,
    *,
    period: int | None = None,
    index: int | None = None,
    field_map=None,
) -> Calculation:
    """Add (index None) or replace one item of a list of the document."""
    require_case_worker(user)
    doc = copy.deepcopy(calculation.data)
    items = _container(doc, section, period, create=True)
    item = _clean(item)
    if index is not None and not 0 <= index < len(items):
        raise NotFound(f"{section} {index}")
    if section == "records":
        position = _place_record(items, item, index)
    elif index is None:
        items.append(item)
        position = len(items) - 1
    else:
        if section == "employment":
            # The period's form edits the period's own fields: its pay records, deductions and payments have
            # forms of their own and stay as they are.
            item.update({key: items[index][key] for key in PERIOD_SECTIONS if key in items[index]})
        items[index] = item
        position = index
    return save_document(user, calculation, doc, version, item_path(section, period, position), field_map)


def remove_item(
    user,
    calculation: Calculation,
    section: str,
    index: int,
    version: int | None,
    *,
    period: int | None = None,
) -> Calculation:
    require_case_worker(user)
    doc = copy.deepcopy(calculation.data)
    items = _container(doc, section, period, create=False)
    if not 0 <= index < len(items):
        raise NotFound(f"{section} {index}")
    del items[index]
    _prune(doc)
    return save_document(user, calculation, doc, version)


def _prune(doc: dict) -> None:
    if doc.get("employment") == []:
        del doc["employment"]
    for key in ("exchange_rates", "loans", "fund_items", "damages"):
        if doc.get(key) == []:
            del doc[key]


def get_object(calculation: Calculation, section: str) -> dict:
    if section == "settings":
        return {key: calculation.data.get(key) for key in SETTINGS_KEYS}
    return calculation.data.get(section) or {}


def set_object(
    user, calculation: Calculation, section: str, values: dict, version: int | None, field_map=None
):
    """Edit the claim's settings, the recruitment or compensation details (their lists are kept) or the
    conventions (all left empty: the section is removed, and every default applies)."""
    require_case_worker(user)
    doc = copy.deepcopy(calculation.data)
    values = _clean(values)
    if section == "settings":
        for key in SETTINGS_KEYS:
            doc.pop(key, None)
        doc.update(values)
        prefix = ""
    else:
        kept = (doc.get(section) or {}).get(OBJECT_SECTIONS[section])
        doc[section] = {**values, **({OBJECT_SECTIONS[section]: kept} if kept else {})}
        if section == "conventions" and not doc[section]:
            del doc[section]
        prefix = section
    return save_document(user, calculation, doc, version, prefix, field_map)


# Work records: "the same figures every month from A to B" is one record with ``repeat: monthly``; a month with
# other figures is entered on its own and cut out of the repeated record, so that no month is counted twice.


def _iso(value) -> str:
    return value if isinstance(value, str) else value.isoformat()


def _day_before(iso: str) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()


def _day_after(iso: str) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(iso) + timedelta(days=1)).isoformat()


def _whole_months(start: str, end: str) -> bool:
    from datetime import date

    return start.endswith("-01") and date.fromisoformat(_day_after(end)).day == 1


def _place_record(items: list, item: dict, index: int | None) -> int:
    if index is not None:
        del items[index]
    start, end = item.get("start"), item.get("end")
    if isinstance(start, str) and isinstance(end, str) and start <= end:
        kept = []
        for other in items:
            o_start, o_end = other.get("start", ""), other.get("end", "")
            if o_end < start or o_start > end:
                kept.append(other)
                continue
            if other.get("repeat") != "monthly":
                raise ValidationFailed(
                    {
                        "start": str(
                            _l(
                                "These dates overlap the record of %(start)s to %(end)s: edit or remove it first.",
                                start=o_start,
                                end=o_end,
                            )
                        )
                    }
                )
            if not _whole_months(start, end):
                raise ValidationFailed(
                    {
                        "start": str(
                            _l("A month that differs from the repeated figures must cover whole months.")
                        )
                    }
                )
            if o_start < start:
                kept.append({**other, "end": _day_before(start)})
            if o_end > end:
                kept.append({**other, "start": _day_after(end)})
        items[:] = kept
    items.append(item)
    items.sort(key=lambda r: (str(r.get("start", "")), str(r.get("end", ""))))
    return next(i for i, r in enumerate(items) if r is item)
