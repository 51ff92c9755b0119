"""Computing a claim document: the rule book it is computed under, the engine's check of the whole document (its
problems turned into form messages), and the computed values a calculation stores.

:func:`current_rules` is the one place that reads the rule book; a test replaces it on the package
(``claims.services.calculations.current_rules``), so the rest of the package calls it through the package.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass

from babel.numbers import list_currencies
from flask_babel import lazy_gettext as _l

from claims.calc import InputError, compute_claim, parse_claim, to_dict
from claims.calc.calendar import WorkingDays
from claims.models.base import utcnow
from claims.rules import RuleBook
from claims.rules.court_days import COURT_DAYS_FILE
from claims.rules.loader import RULES_ROOT, load_rulebook, rule_files
from claims.services import calculations
from claims.services.errors import ValidationFailed

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
    # The shipped courts' calendar too: a swap added there moves last days as a changed rule does.
    calendar = [root / COURT_DAYS_FILE] if (root / COURT_DAYS_FILE).is_file() else []
    for path in [*rule_files(root), *calendar]:
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


# The engine's problems (claims/calc/reader.py, parse.py), in the user's language. Matched by their beginning.
_MESSAGES = (
    ("is required", _l("This field is required.")),
    ("must not be negative", _l("An amount cannot be negative.")),
    ("must not be before start", _l("This cannot come before the start.")),
    ("must not be below low", _l("The top of the range cannot be below its bottom.")),
    ("must lie within the employment period", _l("These dates must lie within the employment period.")),
    (
        "must be after the employment's end",
        _l("The contract's end must come after the dismissal (the last day of the employment)."),
    ),
    ("needs without_just_cause", _l("A contract end is used only for a dismissal without just cause.")),
    ("cannot be given with misconduct", _l("A dismissal for misconduct has a just cause: choose one.")),
    ("needs by_employer", _l("A dismissal without just cause is the employer's act.")),
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


# A problem that carries figures (claims/calc/records.py TOO_MANY_DAYS): its figures go into the message.
_TOO_MANY_DAYS = re.compile(
    r"^days worked \((?P<days>[0-9.]+)\) exceed the (?P<period_days>[0-9]+) days from (?P<start>[0-9-]+) "
    r"to (?P<end>[0-9-]+)$"
)


def _message(problem: str) -> str:
    found = _TOO_MANY_DAYS.match(problem)
    if found:
        return str(
            _l(
                "More days worked (%(days)s) than this period has: %(period_days)s days from %(start)s to %(end)s.",
                **found.groupdict(),
            )
        )
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


# The imports (claims/services/imports) place each problem on its spreadsheet row: they need the paths as well.
problem_message = _message
known_currency_problems = _known_currency_problems


def _errors_for(problems, prefix: str, field_map: dict | None, full_paths: bool = False) -> dict[str, str]:
    """Problems under ``prefix`` (the edited item's path) go next to their form field; others to the form.
    ``full_paths``: each problem keyed by its whole path in the document (``employment[0].start``), for a client
    that sent the whole document (the records API) and has no form field to put it next to."""
    errors: dict[str, str] = {}
    for path, problem in problems:
        message = _message(problem)
        if full_paths:
            errors.setdefault(path or "_claim", message)
            continue
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


def check_document(doc: dict, prefix: str = "", field_map: dict | None = None, *, full_paths: bool = False):
    """Parse the whole document; raise ValidationFailed with the problems as form messages. Returns the ClaimInput."""
    problems = _known_currency_problems(doc)
    claim = None
    try:
        claim = parse_claim(doc)
    except InputError as error:
        problems = [*error.problems, *problems]
    if problems:
        raise ValidationFailed(_errors_for(problems, prefix, field_map, full_paths))
    return claim


def _compute(doc: dict, rules: CurrentRules, calendar: WorkingDays | None = None) -> dict:
    claim = check_document(doc)
    try:
        return to_dict(compute_claim(claim, rules.book, calendar))
    except (ArithmeticError, LookupError, ValueError) as error:
        # The engine reports missing rules as lines and warnings; anything it raises is an input it cannot use.
        raise ValidationFailed(
            {"_claim": str(_l("This claim cannot be computed: %(problem)s", problem=str(error)))}
        ) from None


def computed_values(doc: dict, calendar: WorkingDays | None = None) -> dict:
    """``calendar``: the courts' calendar of the claimant (claims.services.court_calendar), the one their deadlines
    are computed on, so that the limitation check ends each period on the same day; the shipped one where None."""
    rules = calculations.current_rules()  # through the package: tests replace it there
    return {
        "data": doc,
        "result": _compute(doc, rules, calendar),
        "computed_at": utcnow(),
        "rules_fingerprint": rules.fingerprint,
    }
