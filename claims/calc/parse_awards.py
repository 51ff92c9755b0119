"""parse_claim's claims outside the labour court: the Anti-Trafficking Fund's items, labour damages and criminal
compensation (claims/calc/parse.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from claims.calc.inputs import (
    COMPENSATION_KINDS,
    LABOUR_DAMAGE_KINDS,
    CompensationHead,
    CriminalCompensation,
    FundItem,
    LabourDamage,
)
from claims.calc.parse_payments import _payment
from claims.calc.reader import Reader


def _fund(r: Reader, raw: Any, path: str, currency: str) -> FundItem | None:
    d = r.obj(
        raw,
        path,
        {
            "item",
            "label",
            "quantity",
            "rate",
            "amount",
            "currency",
            "evidence",
            "requested_on",
            "requested",
            "approved",
            "paid",
        },
    )
    if d is None:
        return None
    item = r.get(d, "item", path, "str", required=True)
    values = {k: r.get(d, k, path, "decimal") for k in ("rate", "amount", "requested", "approved", "paid")}
    if values["rate"] is not None and values["amount"] is not None:
        r.bad(path, "give a rate (with a quantity) or an amount, not both")
    result = FundItem(
        item=item or "",
        currency=r.get(d, "currency", path, "currency", default=currency),
        label=r.get(d, "label", path, "str", default=""),
        quantity=r.get(d, "quantity", path, "decimal", default=Decimal(1)),
        evidence=r.get(d, "evidence", path, "str", default=""),
        requested_on=r.get(d, "requested_on", path, "date"),
        **values,
    )
    return result if item else None


def _damage(r: Reader, raw: Any, path: str, currency: str) -> LabourDamage | None:
    d = r.obj(raw, path, {"kind", "amount", "currency", "description", "basis", "on"})
    if d is None:
        return None
    kind = r.get(d, "kind", path, "str", required=True, choices=LABOUR_DAMAGE_KINDS)
    basis = r.get(d, "basis", path, "str", default="")
    if kind == "other_damages" and not (basis or "").strip():
        r.bad(f"{path}.basis", "other damages need their legal basis in words (the contract term, the Act)")
    amount = r.get(d, "amount", path, "decimal")
    return LabourDamage(
        kind=kind or "other_damages",
        currency=r.get(d, "currency", path, "currency", default=currency),
        amount=amount,
        description=r.get(d, "description", path, "str", default=""),
        basis=basis,
        on=r.get(d, "on", path, "date"),
    )


def _compensation(r: Reader, raw: Any, currency: str) -> CriminalCompensation | None:
    path = "compensation"
    d = r.obj(
        raw,
        path,
        {"case", "currency", "heads", "proposed", "victim_wish", "awarded", "awarded_on", "received"},
    )
    if d is None:
        return None
    cur = r.get(d, "currency", path, "currency", default=currency)
    heads = []
    for hpath, hraw in r.items(d, "heads", path):
        h = r.obj(hraw, hpath, {"kind", "amount", "currency", "basis", "description", "from_head"})
        if h is None:
            continue
        kind = r.get(h, "kind", hpath, "str", required=True, choices=COMPENSATION_KINDS)
        heads.append(
            CompensationHead(
                kind=kind or "other",
                currency=r.get(h, "currency", hpath, "currency", default=cur),
                amount=r.get(h, "amount", hpath, "decimal"),
                basis=r.get(h, "basis", hpath, "str", default=""),
                description=r.get(h, "description", hpath, "str", default=""),
                from_head=r.get(h, "from_head", hpath, "str", choices=("wages", "fees", "debt")),
            )
        )
    return CriminalCompensation(
        heads=tuple(heads),
        case=r.get(d, "case", path, "str", default=""),
        currency=cur,
        proposed=r.get(d, "proposed", path, "decimal"),
        victim_wish=r.get(d, "victim_wish", path, "decimal"),
        awarded=r.get(d, "awarded", path, "decimal"),
        awarded_on=r.get(d, "awarded_on", path, "date"),
        received=tuple(y for p, x in r.items(d, "received", path) if (y := _payment(r, x, p, cur))),
    )
