"""Assistance a claimant received outside the courts (claims.models.assistance): recorded, changed and archived
through the one write path (audit, version, archive), and read for the claimant's page and settlement sheet with
what the Fund for Workers Going Abroad's rule table says of each of its benefits (claims.calc.assistance).

Kept apart from court awards everywhere: no total here is added to an outcome, a claim or a settlement figure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from claims import clock
from claims.calc import assistance as calc
from claims.extensions import db
from claims.models import Assistance, Claimant
from claims.models.enums import AssistanceSource, FundBenefit
from claims.money import Money
from claims.services import access, calculations, records
from claims.services.access import require_case_worker
from claims.services.errors import Forbidden, ValidationFailed
from claims.services.scope import visible

SHOWN = 50  # lines on a claimant's page; the rest are counted


def _rules():
    # Through the package at call time, as the calculations do: a test's rule book is the one read.
    return calculations.current_rules().book


def _check(values: dict) -> None:
    errors = {}
    fund = values.get("source") == AssistanceSource.OVERSEAS_WORKERS_FUND
    if fund and not values.get("benefit"):
        errors["benefit"] = _l("Choose which of the Fund's benefits this was.")
    if not fund and values.get("benefit"):
        errors["benefit"] = _l("A Fund benefit is only for money from the Fund for Workers Going Abroad.")
    if fund and values.get("currency") != calc.FUND_CURRENCY:
        errors["currency"] = _l("The Fund for Workers Going Abroad pays in baht (THB).")
    amount = values.get("amount")
    if amount is not None and amount <= 0:
        errors["amount"] = _l("Enter an amount above zero.")
    if errors:
        raise ValidationFailed({k: str(v) for k, v in errors.items()})


def add(user, claimant: Claimant, values: dict) -> Assistance:
    require_case_worker(user)
    _check(values)
    records.check_bounds(Assistance, values)
    return records.create(user, Assistance, {**values, "claimant_id": claimant.id})


def update(user, record: Assistance, values: dict, version) -> dict:
    require_case_worker(user)
    _check(values)
    return records.update(user, record, values, version)


def archive(user, record: Assistance, version) -> None:
    require_case_worker(user)
    records.archive(user, record, version)


# ---------------------------------------------------------------- reads


@dataclass
class Line:
    record: Assistance
    amount: Money
    rule: calc.FundRule | None  # the Fund's rule for this benefit on the day received
    above_rule: bool = False


@dataclass
class Received:
    lines: list[Line]
    total_count: int
    totals: list[Money]  # per currency, over every live line (not only those shown)


def received_by(user, claimant: Claimant, limit: int = SHOWN) -> Received:
    """Three statements: the lines shown, their count, and the totals per currency."""
    # The claimant's advisor reads these on the settlement sheet they may open.
    if not (access.works_on_cases(user) or access.may_open_sheet(user, claimant)):
        raise Forbidden("not this claimant's assistance")
    base = visible(Assistance, user).where(Assistance.claimant_id == claimant.id)
    rows = db.session.scalars(base.order_by(Assistance.received_on.desc(), Assistance.id.desc()).limit(limit))
    rules = _rules()
    lines = []
    for record in rows:
        money = Money(record.amount, record.currency)
        rule = calc.fund_rule(rules, record.benefit.value, record.received_on) if record.benefit else None
        lines.append(Line(record, money, rule, bool(rule and calc.above_the_rule(money, rule))))
    total_count = db.session.scalar(base.with_only_columns(sa.func.count(Assistance.id)))
    sums = db.session.execute(
        base.with_only_columns(Assistance.currency, sa.func.sum(Assistance.amount))
        .group_by(Assistance.currency)
        .order_by(Assistance.currency)
    )
    totals = [Money(total, currency) for currency, total in sums]
    return Received(lines, total_count, totals)


def fund_table(on: date | None = None) -> list[calc.FundRule]:
    """Every benefit of the Fund as its rule table gives it on ``on`` (today): what the form shows beside the
    amount, with the source and the verified mark."""
    rules = _rules()
    day = on or clock.today()
    return [calc.fund_rule(rules, benefit.value, day) for benefit in FundBenefit]
