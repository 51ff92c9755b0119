"""What a protected person's documents leave out: their whereabouts in a context being built, and the same in a
context stored before documents left them out, as it may be served again today."""

from __future__ import annotations

from claims.clock import today
from claims.models import Claimant


def withheld(claimant: Claimant) -> dict:
    """What a protected person's document prints instead of their whereabouts: the address for service the
    lawyer entered (or nothing, which prints as a dotted line to fill in by hand), no telephone and no home
    province, and for "protection" only the office that ordered it, never where or how they are kept."""
    offices = [o.ordering_office for o in claimant.protection_orders if o.in_force_on(today())]
    return {
        **WITHHELD,
        "address": claimant.address_for_service,
        "protection": ", ".join(dict.fromkeys(offices)) or None,
    }


# Every whereabouts value a person's context may hold, as a protected person's document has it.
WITHHELD = {"address": None, "phone": None, "home_province": None, "protection": None}
# A hearing's lodging and transport say where the people of the case stay or are picked up.
HEARING_WITHHELD = {"lodging": None, "transport": None}


def without_lodging(hearing: dict) -> dict:
    return {**hearing, **HEARING_WITHHELD}


def redact_stored(context: dict, protected_pseudonyms: set[str], case_has_protected: bool) -> dict:
    """A stored context (one made before documents left whereabouts out) as it may be served again today: the
    people now protected lose their whereabouts, and the hearings their lodging and transport. A context made
    since holds none of it, so this changes nothing for it."""
    context = dict(context)

    def person(value):
        if isinstance(value, dict) and value.get("pseudonym") in protected_pseudonyms:
            kept = value.get("address_for_service")
            return {**value, **WITHHELD, "address": kept}
        return value

    if "claimant" in context:
        context["claimant"] = person(context["claimant"])
    if isinstance(context.get("plaintiffs"), list):
        context["plaintiffs"] = [person(p) for p in context["plaintiffs"]]
    if case_has_protected:
        if isinstance(context.get("hearing"), dict):
            context["hearing"] = without_lodging(context["hearing"])
        if isinstance(context.get("hearings"), list):
            context["hearings"] = [
                without_lodging(h) if isinstance(h, dict) else h for h in context["hearings"]
            ]
    return context
