"""Calculations: each claimant's claim document in a case, its computed breakdown, and what a rule change did to it.

The document is kept in exactly the format of docs/claim-format.md (the CLI and the API read the same JSON), and
every edit is checked by running the engine's own parser on the whole edited document: a problem comes back with
its field path, which is turned into a message next to the form field, and nothing is written. A valid edit is
computed at once, so the stored breakdown (the snapshot) always belongs to the stored document; the fingerprint of
the rule files it was computed under says when a rule table has changed since.

The rule book is injectable: :func:`current_rules` is the one place that reads it, and a test replaces it.
"""

from __future__ import annotations

import copy
import functools
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

import sqlalchemy as sa
from babel.numbers import list_currencies
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import contains_eager

from claims.calc import InputError, compute_claim, parse_claim, to_dict
from claims.extensions import db
from claims.models import Calculation, Case, CaseClaimant, Claimant, ClaimTemplate
from claims.models.base import utcnow
from claims.rules import RuleBook
from claims.rules.loader import RULES_ROOT, load_rulebook, rule_files
from claims.services import access, records
from claims.services.errors import Forbidden, NotFound, ValidationFailed
from claims.services.scope import get_visible, visible

# ---------------------------------------------------------------- the rule book


@dataclass(frozen=True)
class CurrentRules:
    book: RuleBook
    fingerprint: str


def rules_fingerprint(root=None) -> str:
    """sha256 over every rule file's name and content: changes exactly when a rule table does."""
    from pathlib import Path

    root = Path(root) if root is not None else RULES_ROOT
    digest = hashlib.sha256()
    for path in rule_files(root):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def _shipped_rules() -> CurrentRules:
    # Read once per process, as load_rulebook() is: rule files are data shipped with the code.
    return CurrentRules(load_rulebook(), rules_fingerprint())


def current_rules() -> CurrentRules:
    """The rule book calculations are computed with (tests monkeypatch this to try another)."""
    return _shipped_rules()


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
}
PERIOD_SECTIONS = ("records", "deductions", "payments")
# Objects edited as a whole, without their lists (which have sections of their own).
SETTINGS_KEYS = ("jurisdiction", "computed_on", "currency", "filed_on", "demand_date", "projection_date")
OBJECT_SECTIONS = {"settings": None, "recruitment": "fees", "compensation": "heads"}
# The employment terms a group case shares: copied by apply_template. Dates, work records, deductions, payments,
# the trial, the termination and leave stay each claimant's own.
CONTRACT_TERMS = (
    "employer",
    "pay_basis",
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

# The engine's problems (claims/calc/reader.py, parse.py), in the user's language. Matched by their beginning.
_MESSAGES = (
    ("is required", _l("This field is required.")),
    ("must not be negative", _l("An amount cannot be negative.")),
    ("must not be before start", _l("This cannot come before the start.")),
    ("must not be below low", _l("The top of the range cannot be below its bottom.")),
    ("must lie within the employment period", _l("These dates must lie within the employment period.")),
    ("must be a date", _l("Enter a date as YYYY-MM-DD.")),
    ("must be an ISO 4217", _l("Enter a currency code such as THB or USD.")),
    ("must be a number", _l("Enter a number such as 400.50.")),
    ("must be written as a string", _l("Enter a number such as 400.50.")),
    ("must be a whole number", _l("Enter a whole number.")),
    ("is a fraction", _l("Write a rate as a fraction: 3% a month is 0.03.")),
    (
        "give a rate (with a quantity) or an amount",
        _l("Give a rate (with a quantity) or an amount, not both."),
    ),
    ("must be a jurisdiction code", _l("Enter a jurisdiction code such as th or ph.")),
    ("must be one of", _l("Choose one of the options.")),
    (
        "cannot be given with repeat",
        _l("A repeated month falls due on its last day: leave the pay date empty."),
    ),
)


def _message(problem: str) -> str:
    for start, message in _MESSAGES:
        if problem.startswith(start):
            return str(message)
    return problem


def _known_currency_problems(doc: dict) -> list[tuple[str, str]]:
    """parse_claim checks a currency's shape (three capitals); an ISO code that does not exist ("ZZZ") is a typo."""
    known = list_currencies()
    found = []

    def walk(value, path):
        if isinstance(value, dict):
            for key, item in value.items():
                sub = f"{path}.{key}" if path else key
                shaped = isinstance(item, str) and len(item) == 3 and item.isupper()
                if key in ("currency", "from", "to") and shaped and item not in known:
                    found.append((sub, str(_l("Unknown currency code: use an ISO 4217 code such as THB."))))
                walk(item, sub)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{path}[{i}]")

    walk(doc, "")
    return found


def _errors_for(problems, prefix: str, field_map: dict | None) -> dict[str, str]:
    """Problems under ``prefix`` (the edited item's path) go next to their form field; others to the form."""
    errors: dict[str, str] = {}
    for path, problem in problems:
        message = _message(problem)
        if prefix == "" or path == prefix or path.startswith(prefix + ".") or path.startswith(prefix + "["):
            rest = path[len(prefix) :].lstrip(".")
            first = rest.split(".", 1)[0].split("[", 1)[0]
            name = (field_map or {}).get(rest) or (field_map or {}).get(first) or first or "_item"
            if name == "_item" and field_map and "" in field_map:
                name = field_map[""]  # a problem of the item as a whole, shown at its first field
            errors.setdefault(name, message)
        else:
            errors.setdefault(
                "_claim",
                str(_l("Elsewhere in the claim, %(field)s: %(problem)s", field=path, problem=message)),
            )
    return errors


def check_document(doc: dict, prefix: str = "", field_map: dict | None = None):
    """Parse the whole document; raise ValidationFailed with the problems as form messages. Returns the ClaimInput."""
    problems = _known_currency_problems(doc)
    claim = None
    try:
        claim = parse_claim(doc)
    except InputError as error:
        problems = [*error.problems, *problems]
    if problems:
        raise ValidationFailed(_errors_for(problems, prefix, field_map))
    return claim


def _compute(doc: dict, rules: CurrentRules) -> dict:
    claim = check_document(doc)
    try:
        return to_dict(compute_claim(claim, rules.book))
    except (ArithmeticError, LookupError, ValueError) as error:
        # The engine reports missing rules as lines and warnings; anything it raises is an input it cannot use.
        raise ValidationFailed(
            {"_claim": str(_l("This claim cannot be computed: %(problem)s", problem=str(error)))}
        ) from None


def _computed_values(doc: dict) -> dict:
    rules = current_rules()
    return {
        "data": doc,
        "result": _compute(doc, rules),
        "computed_at": utcnow(),
        "rules_fingerprint": rules.fingerprint,
    }


# ---------------------------------------------------------------- writes


def _require_case_worker(user) -> None:
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")


def _require_same_org(user, record) -> None:
    if record.org_id != user.org_id:
        raise NotFound(f"{type(record).__name__} {record.id}")


def _link(user, case: Case, claimant: Claimant) -> CaseClaimant:
    link = db.session.scalar(
        visible(CaseClaimant, user).where(
            CaseClaimant.case_id == case.id, CaseClaimant.claimant_id == claimant.id
        )
    )
    if link is None:
        raise NotFound(f"claimant {claimant.id} in case {case.id}")
    return link


def start_calculation(user, case: Case, claimant: Claimant, settings: dict) -> Calculation:
    """A new calculation from the claim's settings (jurisdiction, computed_on, currency ...), computed at once."""
    _require_case_worker(user)
    _require_same_org(user, case)
    _require_same_org(user, claimant)
    _link(user, case, claimant)
    existing = db.session.scalar(
        sa.select(Calculation).where(Calculation.case_id == case.id, Calculation.claimant_id == claimant.id)
    )
    if existing is not None:
        raise ValidationFailed({"_claim": str(_l("This claimant already has a calculation in this case."))})
    doc = _clean({key: settings.get(key) for key in SETTINGS_KEYS})
    values = _computed_values(doc)
    return records.create(user, Calculation, {"case_id": case.id, "claimant_id": claimant.id, **values})


def save_document(
    user, calculation: Calculation, doc: dict, version: int | None, prefix: str = "", field_map=None
) -> Calculation:
    """Replace the whole document (the format's JSON), check it, compute it and store both, audited."""
    _require_case_worker(user)
    _require_same_org(user, calculation)
    check_document(doc, prefix, field_map)
    records.update(user, calculation, _computed_values(doc), version)
    return calculation


def compute(user, calculation: Calculation, *, commit: bool = True) -> Calculation:
    """Recompute the stored document under the current rules and keep the result as the new snapshot."""
    _require_case_worker(user)
    _require_same_org(user, calculation)
    records.update(user, calculation, _computed_values(copy.deepcopy(calculation.data)), None, commit=commit)
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
    _require_case_worker(user)
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
    _require_case_worker(user)
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
    for key in ("exchange_rates", "loans", "fund_items"):
        if doc.get(key) == []:
            del doc[key]


def get_object(calculation: Calculation, section: str) -> dict:
    if section == "settings":
        return {key: calculation.data.get(key) for key in SETTINGS_KEYS}
    return calculation.data.get(section) or {}


def set_object(
    user, calculation: Calculation, section: str, values: dict, version: int | None, field_map=None
):
    """Edit the claim's settings, or the recruitment or compensation details (their lists are kept)."""
    _require_case_worker(user)
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
    _require_case_worker(user)
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
    _require_case_worker(user)
    template = get_template(user, case)
    if template is None:
        raise ValidationFailed({"_claim": str(_l("Enter the shared terms of the case first."))})
    rows = _claimant_rows(user, case)
    planned = []
    for _row_link, claimant, calculation in rows:
        doc = _merge_template(calculation.data if calculation else {}, template.data)
        try:
            values = _computed_values(doc)
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
            records.update(user, calculation, values, None, commit=False)
    db.session.commit()
    return len(planned)


def recompute_case(user, case: Case) -> int:
    """Recompute every calculation of the case under the current rules, in one transaction."""
    _require_case_worker(user)
    _require_same_org(user, case)
    done = 0
    for _link_row, _claimant, calculation in _claimant_rows(user, case):
        if calculation is not None:
            compute(user, calculation, commit=False)
            done += 1
    db.session.commit()
    return done


# ---------------------------------------------------------------- what changed


@dataclass
class LineChange:
    kind: str  # "added", "removed", "amount", "basis"
    head: str
    label: str
    period: list | None
    currency: str
    before: dict | None
    after: dict | None


@dataclass
class Changes:
    lines: list[LineChange]
    totals_before: dict
    totals_after: dict
    rules_changed: bool

    def __bool__(self) -> bool:
        return bool(self.lines) or self.totals_before != self.totals_after


def _key(line: dict) -> tuple:
    return (line["head"], line["label"], tuple(line["period"] or ()), line.get("scenario"), line["currency"])


def _basis(line: dict) -> list:
    return [(b.get("text"), b.get("verified")) for b in line.get("basis", [])]


def compare(before: dict, after: dict) -> list[LineChange]:
    """Line by line: lines are matched by head, label, period, scenario and currency, in order."""
    old: dict[tuple, list] = {}
    for line in before.get("lines", []):
        old.setdefault(_key(line), []).append(line)
    changes = []
    for line in after.get("lines", []):
        key = _key(line)
        matches = old.get(key)
        if not matches:
            changes.append(LineChange("added", *_who(line), None, line))
            continue
        was = matches.pop(0)
        if was["amount"] != line["amount"]:
            changes.append(LineChange("amount", *_who(line), was, line))
        elif _basis(was) != _basis(line):
            changes.append(LineChange("basis", *_who(line), was, line))
    for remaining in old.values():
        for line in remaining:
            changes.append(LineChange("removed", *_who(line), line, None))
    return changes


def _who(line: dict) -> tuple:
    return line["head"], line["label"], line["period"], line["currency"]


def what_changed(calculation: Calculation, rules: CurrentRules | None = None) -> Changes:
    """Recompute the stored document with the current rules and compare it with the stored snapshot."""
    rules = rules or current_rules()
    before = calculation.result or {}
    after = _compute(copy.deepcopy(calculation.data), rules)
    return Changes(
        lines=compare(before, after),
        totals_before=before.get("totals", {}),
        totals_after=after.get("totals", {}),
        rules_changed=calculation.rules_fingerprint != rules.fingerprint,
    )


def changed_since_computed(calculation: Calculation) -> Changes | None:
    """Changes when the rule files differ from those of the snapshot and the result differs; else None."""
    if calculation.result is None or calculation.rules_fingerprint == current_rules().fingerprint:
        return None
    try:
        changes = what_changed(calculation)
    except ValidationFailed:
        return None
    return changes if changes else None


# ---------------------------------------------------------------- reads


def _claimant_rows(user, case: Case) -> list[tuple[CaseClaimant, Claimant, Calculation | None]]:
    """The case's claimants in plaintiff order with their calculations: one query."""
    _require_same_org(user, case)
    query = (
        sa.select(CaseClaimant, Claimant, Calculation)
        .join(Claimant, Claimant.id == CaseClaimant.claimant_id)
        .outerjoin(
            Calculation,
            sa.and_(
                Calculation.case_id == CaseClaimant.case_id,
                Calculation.claimant_id == CaseClaimant.claimant_id,
                Calculation.archived_at.is_(None),
            ),
        )
        .where(
            CaseClaimant.case_id == case.id,
            CaseClaimant.org_id == user.org_id,
            CaseClaimant.archived_at.is_(None),
            Claimant.archived_at.is_(None),
        )
        .order_by(CaseClaimant.position, Claimant.pseudonym)
    )
    return [tuple(row) for row in db.session.execute(query).all()]


def _add(sums: dict, totals: dict) -> None:
    for currency, amount in (totals or {}).items():
        sums[currency] = sums.get(currency, Decimal(0)) + Decimal(amount)


@dataclass
class ClaimantTotals:
    link: CaseClaimant
    claimant: Claimant
    calculation: Calculation | None

    @property
    def result(self) -> dict:
        return (self.calculation.result or {}) if self.calculation else {}

    @property
    def totals(self) -> dict[str, Decimal]:
        return {c: Decimal(a) for c, a in self.result.get("totals", {}).items()}

    @property
    def high(self) -> dict[str, Decimal] | None:
        high = self.result.get("scenarios", {}).get("high")
        return {c: Decimal(a) for c, a in high["totals"].items()} if high else None

    @property
    def incomplete(self) -> list[str]:
        return self.result.get("incomplete", [])


@dataclass
class CaseCalculations:
    case: Case
    rows: list[ClaimantTotals]
    template: ClaimTemplate | None = None
    group: dict[str, Decimal] = field(default_factory=dict)
    group_high: dict[str, Decimal] = field(default_factory=dict)
    incomplete: list[str] = field(default_factory=list)

    @property
    def computed(self) -> int:
        return sum(1 for row in self.rows if row.calculation is not None and row.calculation.result)


def case_totals(user, case: Case) -> CaseCalculations:
    """Every claimant's stored totals and the group's, per currency: two queries whatever the group's size."""
    _require_case_worker(user)
    rows = [ClaimantTotals(*row) for row in _claimant_rows(user, case)]
    group: dict[str, Decimal] = {}
    high: dict[str, Decimal] = {}
    incomplete: set[str] = set()
    for row in rows:
        _add(group, row.result.get("totals"))
        scenarios = row.result.get("scenarios")
        _add(high, scenarios["high"]["totals"] if scenarios else row.result.get("totals"))
        incomplete.update(row.incomplete)
    return CaseCalculations(
        case=case,
        rows=rows,
        template=get_template(user, case),
        group=dict(sorted(group.items())),
        group_high=dict(sorted(high.items())) if high != group else {},
        incomplete=sorted(incomplete),
    )


def load_case_calculations(user, case_id) -> CaseCalculations:
    _require_case_worker(user)
    return case_totals(user, get_visible(Case, case_id, user))


def claimant_calculations(user, claimant: Claimant) -> list[tuple[CaseClaimant, Calculation | None]]:
    """The claimant's cases with their calculation, if any, for the claimant page: one query."""
    _require_same_org(user, claimant)
    query = (
        sa.select(CaseClaimant, Calculation)
        .join(Case, Case.id == CaseClaimant.case_id)
        .outerjoin(
            Calculation,
            sa.and_(
                Calculation.case_id == CaseClaimant.case_id,
                Calculation.claimant_id == CaseClaimant.claimant_id,
                Calculation.archived_at.is_(None),
            ),
        )
        .where(
            CaseClaimant.claimant_id == claimant.id,
            CaseClaimant.org_id == user.org_id,
            CaseClaimant.archived_at.is_(None),
            Case.archived_at.is_(None),
        )
        .options(contains_eager(CaseClaimant.case))
        .order_by(CaseClaimant.case_id)
    )
    return [tuple(row) for row in db.session.execute(query).all()]


@dataclass
class HeadGroup:
    head: str
    lines: list[dict]
    subtotals: dict[str, str]


@dataclass
class CalculationPage:
    calculation: Calculation
    case: Case
    claimant: Claimant
    heads: list[HeadGroup]
    barred: list[dict]
    changes: Changes | None


HEAD_ORDER = (
    "wages",
    "severance",
    "notice",
    "leave",
    "interest",
    "surcharge",
    "conversion",
    "fees",
    "tip_fund",
    "compensation",
    "debt",
)


def breakdown_groups(result: dict) -> tuple[list[HeadGroup], list[dict]]:
    """The snapshot's lines grouped by head (in a reading order), and the time-barred lines apart."""
    by_head: dict[str, list[dict]] = {}
    barred = []
    for line in result.get("lines", []):
        if "time_barred" in line.get("flags", []):
            barred.append(line)
        else:
            by_head.setdefault(line["head"], []).append(line)
    order = {head: i for i, head in enumerate(HEAD_ORDER)}
    subtotals = result.get("subtotals", {})
    groups = [
        HeadGroup(head, lines, subtotals.get(head, {}))
        for head, lines in sorted(by_head.items(), key=lambda item: order.get(item[0], len(order)))
    ]
    return groups, barred


def load_calculation_page(user, calculation_id) -> CalculationPage:
    _require_case_worker(user)
    calculation = get_visible(Calculation, calculation_id, user)
    case = get_visible(Case, calculation.case_id, user)
    claimant = get_visible(Claimant, calculation.claimant_id, user)
    heads, barred = breakdown_groups(calculation.result or {})
    return CalculationPage(calculation, case, claimant, heads, barred, changed_since_computed(calculation))


def find_calculation(user, case: Case, claimant: Claimant) -> Calculation | None:
    _link(user, case, claimant)
    return db.session.scalar(
        visible(Calculation, user).where(
            Calculation.case_id == case.id, Calculation.claimant_id == claimant.id
        )
    )
