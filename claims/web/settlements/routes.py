"""Settlement offers of a case, the group table, and each claimant's sheet (which their advisor may open too)."""

from __future__ import annotations

import io

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from claims import clock
from claims.calc.text import render_text
from claims.documents.pdf import PdfUnavailable, pdf_available
from claims.documents.render import DOCX_MIMETYPE
from claims.extensions import db
from claims.formatting import format_amount
from claims.models import Case, Claimant
from claims.services import settlement_comparisons, settlement_sheets
from claims.services import settlements as service
from claims.services.access import may_open_sheet
from claims.services.documents import DocumentFailed, MissingData
from claims.services.errors import NotFound, ValidationFailed
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.forms import page_number, run_service
from claims.web.i18n import locale_code
from claims.web.labels import options
from claims.web.settlements.chart import net_chart
from claims.web.settlements.forms import GROUP, OfferForm

bp = Blueprint("settlements", __name__, url_prefix="/settlements")


def _links(case: Case):
    return [link for link in case.claimant_links if link.archived_at is None]


def _prepare(form: OfferForm, case: Case) -> None:
    links = _links(case)
    form.claimant_id.choices = options(
        [(GROUP, _("The whole group"))]
        + [(str(link.claimant_id), f"{link.position}. {link.claimant.pseudonym}") for link in links]
    )
    form.pseudonyms = {link.claimant.pseudonym: link.claimant_id for link in links}


@bp.get("/case/<int:case_id>")
@case_worker_required
def case_offers(case_id: int):
    case = get_visible(Case, case_id, current_user)
    return render_template("settlements/case.html", case=case, offers=service.case_offers(current_user, case))


@bp.route("/case/<int:case_id>/new", methods=["GET", "POST"])
@case_worker_required
def create(case_id: int):
    case = get_visible(Case, case_id, current_user)
    form = OfferForm()
    _prepare(form, case)
    if request.method == "GET":
        form.made_on.data = None
        form.instalment_risk.data = 0
    created = {}
    if form.validate_on_submit() and run_service(
        form, lambda: created.setdefault("offer", service.create_offer(current_user, case, form.values()))
    ):
        flash(_("Offer recorded."), "success")
        return redirect(url_for(".offer", offer_id=created["offer"].id))
    return render_template("settlements/form.html", form=form, case=case, offer=None)


@bp.route("/offers/<int:offer_id>/edit", methods=["GET", "POST"])
@case_worker_required
def edit(offer_id: int):
    offer = service.get_offer(current_user, offer_id)
    case = offer.case
    form = OfferForm(obj=offer)
    _prepare(form, case)
    if request.method == "GET":
        form.fill_from(offer, {link.claimant_id: link.claimant.pseudonym for link in _links(case)})
        form.claimant_id.data = offer.claimant_id
    if form.validate_on_submit() and run_service(
        form, lambda: service.update_offer(current_user, offer, form.values(), form.expected_version()), offer
    ):
        flash(_("Offer saved."), "success")
        return redirect(url_for(".offer", offer_id=offer.id))
    return render_template("settlements/form.html", form=form, case=case, offer=offer)


@bp.post("/offers/<int:offer_id>/archive")
@case_worker_required
def archive(offer_id: int):
    offer = service.get_offer(current_user, offer_id)
    if run_service(None, lambda: service.archive_offer(current_user, offer, request.form.get("version"))):
        flash(_("Offer archived. An administrator can restore it."), "success")
    return redirect(url_for(".case_offers", case_id=offer.case_id))


@bp.get("/offers/<int:offer_id>")
@case_worker_required
def offer(offer_id: int):
    offer = service.get_offer(current_user, offer_id)
    comparison = settlement_comparisons.compare_offer(
        offer, page=request.args.get("page", 1, type=page_number)
    )
    return render_template("settlements/offer.html", offer=offer, case=offer.case, comparison=comparison)


def _sheet_of(offer_id: int, claimant_id: int):
    """The offer and the claimant of a sheet, for a case worker or that claimant's advisor (404 / 403 otherwise)."""
    try:
        offer = service.get_offer(current_user, offer_id)
        claimant = get_visible(Claimant, claimant_id, current_user)
    except NotFound:
        abort(404)
    if not may_open_sheet(current_user, claimant):
        abort(403)
    return offer, claimant


@bp.get("/offers/<int:offer_id>/claimant/<int:claimant_id>")
@login_required
def sheet(offer_id: int, claimant_id: int):
    offer, claimant = _sheet_of(offer_id, claimant_id)
    comparison = settlement_comparisons.compare_offer(offer, only_claimant_id=claimant.id)
    row = comparison.row(claimant.id)
    if row is None:
        abort(404)
    locale = locale_code()
    chart = None
    if row.comparison is not None:
        chart = net_chart(
            row.comparison.months,
            accept_label=_("If you accept the offer"),
            court_label=_("If you go on in court (expected)"),
            month_label=_("month"),
            amount_format=lambda value: format_amount(value, locale, 0),
        )
    return render_template(
        "settlements/sheet.html",
        languages=settlement_sheets.sheet_languages(),
        pdf=pdf_available(),
        offer=offer,
        case=offer.case,
        claimant=claimant,
        row=row,
        chart=chart,
        comparison=comparison,
        text=lambda value: render_text(value, locale),
        cite=lambda item: item.text(locale) if hasattr(item, "rule_id") else render_text(item, locale),
    )


@bp.get("/offers/<int:offer_id>/claimant/<int:claimant_id>/sheet")
@login_required
def sheet_download(offer_id: int, claimant_id: int):
    offer, claimant = _sheet_of(offer_id, claimant_id)
    language = request.args.get("language") or claimant.document_language or "th"
    want_pdf = request.args.get("format") == "pdf"
    if want_pdf and not pdf_available():
        flash(
            _("PDF cannot be made on this server (LibreOffice is not installed). Download the Word sheet."),
            "error",
        )
        return sheet(offer.id, claimant.id)
    try:
        made = settlement_sheets.make_sheet(
            current_user, offer, claimant, language, clock.today(), pdf=want_pdf
        )
    except (ValidationFailed, MissingData, DocumentFailed, PdfUnavailable) as exc:
        db.session.rollback()
        message = "; ".join(exc.errors.values()) if isinstance(exc, ValidationFailed) else str(exc)
        flash(message, "error")
        return sheet(offer.id, claimant.id)  # the sheet's page, with what stopped the document
    mimetype = "application/pdf" if want_pdf else DOCX_MIMETYPE
    return send_file(
        io.BytesIO(made.content), mimetype=mimetype, as_attachment=True, download_name=made.filename
    )
