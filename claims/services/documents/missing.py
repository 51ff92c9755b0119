"""What a template needs and a context lacks, checked before anything is rendered: a claimant with missing data
gets a list of what is missing, by name, in words a paralegal can act on, and nothing is made."""

from __future__ import annotations

from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

from claims.documents.fields import lookup
from claims.documents.manifest import TemplateSpec

_MISSING_WORDS = {
    "claimant.claim": _l(
        "a computed calculation in this case (open the claimant's calculation and compute it)"
    ),
    "claimant.fund_items": _l("Anti-Trafficking Fund items in the calculation"),
    "hearing": _l("a scheduled hearing"),
    "hearing.date": _l("a scheduled hearing"),
    "defendants": _l("a defendant (add the respondent to the case)"),
    "case.court": _l("the court of the case"),
    "case.black_number": _l("the black case number"),
    "case.office": _l("the office of the public prosecutor (the case's office)"),
    "lawyer.name": _l("a lawyer assigned to the case"),
    "paralegal.name": _l("a paralegal assigned to the case"),
    "paralegal.phone": _l("the telephone number of the case's paralegal (on their account)"),
    "organisation.name": _l("the organisation's name"),
    "organisation.address": _l("the organisation's address (Administration)"),
}


def _value(context: dict, path: str):
    value = context
    for part in path.split("."):
        if value is None:
            return None
        value = value.get(part) if isinstance(value, dict) else None
    return value


# Case-level data that is missing only because a claimant's is (a group total without every claim computed):
# the claimants' own lines already say what to do.
_FOLLOWS_FROM_CLAIMANTS = {"totals.total", "plaintiffs"}


def missing_data(spec: TemplateSpec, context: dict) -> list[tuple[str, str]]:
    """What the template needs and this context lacks, as (claimant's pseudonym or "", what), in words a
    paralegal can act on."""
    out = []
    # The claimants' own data first, so that what follows from it at the case level is recognised as such.
    for path in sorted(spec.requires, key=lambda p: not (p.startswith("claimant.") or p == "claimant")):
        if path.startswith("claimant.") or path == "claimant":
            for person in context["plaintiffs"]:
                if _value({"claimant": person}, path) in (None, "", []):
                    out.append((person["pseudonym"], _describe(path)))
            continue
        if _value(context, path) in (None, "", []):
            if path in _FOLLOWS_FROM_CLAIMANTS and out:
                continue
            out.append(("", _describe(path)))
    return out


def _describe(path: str) -> str:
    thai = str(get_locale() or "en").startswith("th")
    what = _MISSING_WORDS.get(path)
    if what is None:
        # "hearing.room" -> "the next hearing of the case: courtroom", from the field descriptions
        parts = path.split(".")
        words = []
        for i in range(1, len(parts) + 1):
            found = lookup(".".join(parts[:i]))
            if found is not None and not (i == 1 and parts[0] == "claimant"):
                words.append(found.th if thai else found.en)
        what = ": ".join(words) or path
    return str(what)
