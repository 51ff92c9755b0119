"""English: the words of the closed lists of the input format (claims/calc/inputs.py), as the engine always
wrote them: the kind itself."""

from __future__ import annotations

from claims.calc.inputs import (
    COMPENSATION_KINDS,
    DEDUCTION_KINDS,
    FEE_KINDS,
    ILO_CATEGORIES,
    LABOUR_DAMAGE_KINDS,
)

CLOSED_LISTS: dict[str, str] = {}
CLOSED_LISTS.update({f"deduction_kind.{kind}": kind for kind in DEDUCTION_KINDS})
CLOSED_LISTS.update({f"fee_kind.{kind}": kind.replace("_", " ") for kind in FEE_KINDS})
CLOSED_LISTS.update({f"ilo_category.{kind}": kind.replace("_", " ") for kind in ILO_CATEGORIES})
CLOSED_LISTS.update({f"compensation_kind.{kind}": kind.replace("_", " ") for kind in COMPENSATION_KINDS})
CLOSED_LISTS.update({f"damage_kind.{kind}": kind.replace("_", " ") for kind in LABOUR_DAMAGE_KINDS})
