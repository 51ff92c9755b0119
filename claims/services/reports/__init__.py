"""Reports: aggregate figures of the organisation's claims, one module per report family.

``filters`` reads the period and kind; ``scope`` is the records counted; ``amounts`` (claimed, awarded,
received by group), ``timing`` (days to judgment and payment), ``settlements`` (rate and share of the claim),
``respondents`` (repeat respondents and what they owe); ``records`` lists the records behind any figure;
``workbook`` writes the quarterly funder report. Every read here is a fixed number of aggregate queries.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.services import access
from claims.services.errors import Forbidden
from claims.services.reports import amounts, respondents, scope, settlements, timing
from claims.services.reports.filters import ReportFilters


def require_reports(user) -> None:
    if not access.may_see_reports(user):
        raise Forbidden("reports: admins and lawyers")


@dataclass
class Report:
    filters: ReportFilters
    totals: amounts.Group
    groups: dict[str, list[amounts.Group]]
    spans: list[timing.Span]
    settlements: settlements.Settlements
    repeats: list[respondents.Repeat]
    repeat_count: int
    respondent_names: dict[str, str]


def build(user, filters: ReportFilters, dimensions=scope.DIMENSIONS) -> Report:
    require_reports(user)
    groups = {d: amounts.by_group(user, filters, d) for d in dimensions}
    names = {}
    if "respondent" in groups:
        names = scope.respondent_names(user, [g.key for g in groups["respondent"]])
    repeats, repeat_count = respondents.repeat_respondents(user, filters)
    return Report(
        filters,
        amounts.totals(user, filters),
        groups,
        timing.spans(user, filters),
        settlements.report(user, filters),
        repeats,
        repeat_count,
        names,
    )


def record_export(user, report: str, filters: ReportFilters) -> None:
    """An export leaves the system with the organisation's figures: the audit trail says who took which report,
    for which period and filters, and when (the entry's time)."""
    require_reports(user)
    from claims.models.enums import AuditAction
    from claims.services import records

    period = filters.period().label or "all"
    records.write_audit(
        user,
        AuditAction.EXPORT,
        None,
        {"report": [None, report], "period": [None, period], "filters": [None, filters.args()]},
        org_id=user.org_id,
        label=f"report {report} {period}",
        entity_type="report",
    )
