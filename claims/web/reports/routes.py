"""Reports: the organisation's figures by group and period, the records behind each figure, and the quarterly
funder workbook. Admins and lawyers (claims.services.access.may_see_reports)."""

from __future__ import annotations

from flask import Blueprint, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims import clock
from claims.extensions import db
from claims.models.enums import CaseKind
from claims.services import reports as service
from claims.services.reports import journey as journey_service
from claims.services.reports import records, scope
from claims.services.reports.amounts import FIGURES
from claims.services.reports.filters import BadFilter, ReportFilters, parse
from claims.web.access import reports_required
from claims.web.forms import page_number
from claims.web.i18n import locale_code
from claims.web.labels import choice_pairs
from claims.web.reports import charts, journey_workbook, workbook
from claims.web.reports.labels import (
    DIMENSION_NAMES,
    FIGURE_NAMES,
    JOURNEY_FIGURE_NAMES,
    MEASURE_NAMES,
    group_label,
    journey_group_label,
)

bp = Blueprint("reports", __name__, url_prefix="/reports")


def _figure_url(filters: ReportFilters, figure: str, **extra) -> str:
    # An empty key is a group of its own ("not recorded"): kept, or the link would lead to every group's records.
    args = {k: v for k, v in extra.items() if v is not None and (v != "" or k == "key")}
    return url_for("reports.records_page", **filters.args(), figure=figure, **args)


def _money_text(amount, currency) -> str:
    from claims import formatting
    from claims.money import Money

    return formatting.format_money(Money(amount, currency), locale_code())


def _charts(report, dimension: str) -> list:
    groups = report.groups[dimension]
    currencies = sorted({c for g in groups for c in g.currencies()}, key=lambda c: (c != "THB", c))
    drawn = []
    for currency in currencies:
        rows = []
        for g in groups:
            name = group_label(dimension, g.key, report.respondent_names)
            key = None if g.key == scope.HIDDEN else g.key
            bars = []
            for figure in FIGURES:
                value = g.money[figure].get(currency)
                href = (
                    _figure_url(report.filters, figure, group=dimension, key=key, currency=currency)
                    if key is not None
                    else ""
                )
                bars.append(
                    charts.Bar(str(FIGURE_NAMES[figure]), value or 0, _money_text(value or 0, currency), href)
                )
            rows.append(charts.Row(name, bars))
        title = _(
            "%(figures)s by %(group)s, in %(currency)s",
            figures=_("Claimed, awarded and received"),
            group=str(DIMENSION_NAMES[dimension]).lower(),
            currency=currency,
        )
        desc = _(
            "One row per group, three bars: claimed, awarded or agreed, received. The table below holds the same numbers."
        )
        drawn.append(
            (
                currency,
                charts.bar_chart(
                    f"chart-{currency}", title, desc, rows, [str(FIGURE_NAMES[f]) for f in FIGURES]
                ),
            )
        )
    return drawn


def _filters_or_error():
    try:
        return parse(request.args), None
    except BadFilter as error:
        return ReportFilters(), str(error)


def _page_context(filters, error):
    return {
        "filters": filters,
        "error": error,
        "period": filters.period(),
        "kind_choices": choice_pairs(CaseKind, blank=_("Any kind")),
        "dimension_names": DIMENSION_NAMES,
        "figure_names": FIGURE_NAMES,
        "measure_names": MEASURE_NAMES,
        "figure_url": lambda figure, **extra: _figure_url(filters, figure, **extra),
        "group_label": group_label,
        "hidden": scope.HIDDEN,
        "notes": workbook.notes(),
    }


@bp.get("/")
@reports_required
def index():
    filters, error = _filters_or_error()
    dimension = request.args.get("group", "kind")
    if dimension not in scope.DIMENSIONS:
        dimension, error = "kind", error or _("Unknown grouping.")
    if error:
        return render_template(
            "reports/index.html", report=None, dimension=dimension, **_page_context(filters, error)
        ), 400
    report = service.build(current_user, filters, (dimension,))
    return render_template(
        "reports/index.html",
        report=report,
        dimension=dimension,
        charts=_charts(report, dimension),
        **_page_context(filters, None),
    )


@bp.get("/records")
@reports_required
def records_page():
    filters, error = _filters_or_error()
    figure = None
    if error is None:
        try:
            figure = records.parse(request.args)
        except BadFilter as refused:
            error = str(refused)
    if error:
        return render_template("reports/records.html", found=None, **_page_context(filters, error)), 400
    page = request.args.get("page", 1, type=page_number)
    found = records.find(current_user, filters, figure, page)
    names = scope.respondent_names(current_user, [figure.key] if figure.dimension == "respondent" else [])
    if figure.respondent:
        names |= scope.respondent_names(current_user, [figure.respondent])
    return render_template("reports/records.html", found=found, names=names, **_page_context(filters, None))


@bp.get("/funder.xlsx")
@reports_required
def funder():
    filters, error = _filters_or_error()
    if error:
        return render_template(
            "reports/index.html", report=None, dimension="kind", **_page_context(filters, error)
        ), 400
    report = service.build(current_user, filters)
    data = workbook.funder_workbook(report, locale_code(), clock.today())
    service.record_export(current_user, "funder", filters)
    db.session.commit()
    period = filters.period().label.replace(" ", "").replace("–", "-") or "all"
    return send_file(
        data,
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        as_attachment=True,
        download_name=f"funder-report-{period}.xlsx",
    )


# The journey beyond the courtroom, per quarter (issue 15): who was identified, helped, went home and was
# followed up, with the records behind every count.

PERIOD_ARGS = ("year", "quarter", "to_year", "to_quarter")


def _journey_filters():
    """The period asked for; with none, the quarter we are in."""
    if not any(request.args.get(name) for name in PERIOD_ARGS):
        return journey_service.this_quarter(clock.today()), None
    return _filters_or_error()


def _journey_url(filters: ReportFilters, figure: str, **extra) -> str:
    args = {k: v for k, v in extra.items() if v}
    period = {k: v for k, v in filters.args().items() if k in PERIOD_ARGS}
    return url_for("reports.journey_records", **period, figure=figure, **args)


def _journey_charts(report, sexes: list[str]) -> list:
    from claims.models.enums import Sex
    from claims.web.labels import label

    names = [label(s, Sex) for s in sexes]
    drawn = []
    for what, rows, title in (
        ("nationality", report.by_nationality, _("People identified, by nationality and sex")),
        ("form", report.by_form, _("People identified, by form of exploitation and sex")),
    ):
        chart_rows = [
            charts.Row(
                journey_group_label(what, row.key),
                [
                    charts.Bar(
                        name,
                        row.by_sex.get(sex, 0),
                        str(row.by_sex.get(sex, 0)),
                        _journey_url(report.filters, "identified", sex=sex, **{what: row.key}),
                    )
                    for sex, name in zip(sexes, names, strict=True)
                ],
            )
            for row in rows
        ]
        if chart_rows:
            desc = _("One row per group, one bar per sex. The table below holds the same numbers.")
            drawn.append(charts.bar_chart(f"chart-{what}", title, desc, chart_rows, names))
    return drawn


def _journey_context(filters, error):
    return {
        "filters": filters,
        "error": error,
        "period": filters.period(),
        "journey_names": JOURNEY_FIGURE_NAMES,
        "journey_url": lambda figure, **extra: _journey_url(filters, figure, **extra),
        "journey_group_label": journey_group_label,
        "none_key": journey_service.NONE,
        "notes": journey_workbook.notes(),
        "figure_note": journey_workbook.FIGURE_NOTE,
    }


@bp.get("/journey")
@reports_required
def journey():
    filters, error = _journey_filters()
    if error:
        return render_template("reports/journey.html", report=None, **_journey_context(filters, error)), 400
    report = journey_service.build(current_user, filters)
    sexes = journey_workbook.sexes_shown(report)
    return render_template(
        "reports/journey.html",
        report=report,
        sexes=sexes,
        figures=journey_workbook.journey_figures(report),
        charts=_journey_charts(report, sexes),
        **_journey_context(filters, None),
    )


@bp.get("/journey/records")
@reports_required
def journey_records():
    filters, error = _journey_filters()
    figure = None
    if error is None:
        try:
            figure = journey_service.parse_figure(request.args)
        except BadFilter as refused:
            error = str(refused)
    if error:
        return render_template(
            "reports/journey_records.html", found=None, **_journey_context(filters, error)
        ), 400
    page = request.args.get("page", 1, type=page_number)
    found = journey_service.find(current_user, filters, figure, page)
    return render_template("reports/journey_records.html", found=found, **_journey_context(filters, None))


@bp.get("/journey.xlsx")
@reports_required
def journey_xlsx():
    filters, error = _journey_filters()
    if error:
        return render_template("reports/journey.html", report=None, **_journey_context(filters, error)), 400
    report = journey_service.build(current_user, filters)
    data = journey_workbook.journey_workbook(report, locale_code(), clock.today())
    service.record_export(current_user, "journey", filters)
    db.session.commit()
    period = filters.period().label.replace(" ", "").replace("–", "-")
    return send_file(
        data,
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        as_attachment=True,
        download_name=f"journey-report-{period}.xlsx",
    )
