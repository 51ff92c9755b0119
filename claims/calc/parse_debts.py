"""parse_claim's debts and fees: loans (with their repayments) and recruitment fees (claims/calc/parse.py)."""

from __future__ import annotations

from typing import Any

from claims.calc.inputs import FEE_KINDS, FEE_OUTCOMES, ILO_CATEGORIES, FeePayment, Loan, Recruitment
from claims.calc.parse_payments import _money, _payments
from claims.calc.reader import Reader


def _loan(r: Reader, raw: Any, path: str, currency: str) -> Loan | None:
    d = r.obj(
        raw,
        path,
        {
            "lender",
            "principal",
            "currency",
            "taken_on",
            "rate",
            "rate_per",
            "method",
            "repayments",
            "collateral",
            "demand_date",
            "jurisdiction",
        },
    )
    if d is None:
        return None
    cur = r.get(d, "currency", path, "currency", default=currency)
    values = dict(
        lender=r.get(d, "lender", path, "str", required=True),
        principal=_money(r, d, "principal", path, cur, required=True),
        taken_on=r.get(d, "taken_on", path, "date", required=True),
        rate=r.get(d, "rate", path, "decimal", required=True),
        rate_per=r.get(d, "rate_per", path, "str", required=True, choices=("month", "year")),
    )
    optional = dict(
        method=r.get(d, "method", path, "str", default="simple", choices=("simple", "compound")),
        repayments=_payments(r, d, "repayments", path, cur),
        collateral=r.get(d, "collateral", path, "str"),
        demand_date=r.get(d, "demand_date", path, "date"),
        jurisdiction=r.get(d, "jurisdiction", path, "code"),
    )
    if values["rate"] is not None and values["rate"] > 1:
        r.bad(f"{path}.rate", 'is a fraction: write 3% a month as "0.03"')
    return None if None in values.values() else Loan(**values, **optional)


def _recruitment(r: Reader, raw: Any, currency: str) -> Recruitment | None:
    path = "recruitment"
    d = r.obj(
        raw,
        path,
        {
            "fees",
            "placement",
            "outcome",
            "legal_max",
            "monthly_wage",
            "currency",
            "contract_days",
            "days_worked",
            "wage_received_fraction",
            "dismissed_on",
            "destination",
        },
    )
    if d is None:
        return None
    cur = r.get(d, "currency", path, "currency", default=currency)
    fees = []
    for fpath, fraw in r.items(d, "fees", path):
        f = r.obj(fraw, fpath, {"kind", "payee", "amount", "currency", "paid_on", "ilo_category", "evidence"})
        if f is None:
            continue
        fcur = r.get(f, "currency", fpath, "currency", default=cur)
        values = (
            r.get(f, "kind", fpath, "str", required=True, choices=FEE_KINDS),
            r.get(f, "payee", fpath, "str", required=True),
            _money(r, f, "amount", fpath, fcur, required=True),
            r.get(f, "paid_on", fpath, "date", required=True),
            r.get(f, "ilo_category", fpath, "str", required=True, choices=ILO_CATEGORIES),
            r.get(f, "evidence", fpath, "str", default=""),
        )
        if None not in values:
            fees.append(FeePayment(*values))
    return Recruitment(
        fees=tuple(fees),
        placement=r.get(d, "placement", path, "code", required=True, default="th"),
        destination=r.get(d, "destination", path, "code"),
        outcome=r.get(d, "outcome", path, "str", default="as_promised", choices=FEE_OUTCOMES),
        legal_max=_money(r, d, "legal_max", path, cur),
        monthly_wage=_money(r, d, "monthly_wage", path, cur),
        contract_days=r.get(d, "contract_days", path, "int"),
        days_worked=r.get(d, "days_worked", path, "int"),
        wage_received_fraction=r.get(d, "wage_received_fraction", path, "decimal"),
        dismissed_on=r.get(d, "dismissed_on", path, "date"),
    )
