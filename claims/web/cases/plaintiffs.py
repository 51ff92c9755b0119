"""Bulk actions on the plaintiffs ticked on the case page: the case page posts the selection and the action here,
which answers a confirmation page (who, as they stand now, and the action's details); the confirmation, posted
with the fingerprint of what it showed, acts through claims.services.plaintiff_actions."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user
from wtforms import BooleanField, RadioField, SelectField
from wtforms.validators import InputRequired

from claims import clock
from claims.documents.manifest import template
from claims.documents.pdf import PdfUnavailable, pdf_available
from claims.extensions import db
from claims.models import Case
from claims.models.enums import OutcomeKind
from claims.services import documents as documents_service
from claims.services import identification, plaintiff_actions
from claims.services.errors import ValidationFailed
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.cases.routes import bp
from claims.web.forms import Form, ThaiDateField, is_id, run_service
from claims.web.i18n import locale_code
from claims.web.labels import language, options
from claims.web.outcomes.forms import OutcomeForm

ACTIONS = ("outcome", "documents", "letters")
SHOWN = 60  # names listed on the confirmation page; the rest are counted


class BulkOutcomeForm(OutcomeForm):
    pass


class BulkDocumentsForm(Form):
    template = SelectField(_l("Document"), validators=[InputRequired()])
    document_date = ThaiDateField(_l("Date of the document"), validators=[InputRequired()])
    file_format = RadioField(
        _l("Format"), choices=options([("docx", _l("Word (.docx)")), ("pdf", "PDF")]), default="docx"
    )
    confirm_unidentified = BooleanField(_l("I have read the warning: make it anyway"))


class BulkLettersForm(Form):
    document_date = ThaiDateField(_l("Date of the document"), validators=[InputRequired()])
    file_format = RadioField(
        _l("Format"), choices=options([("docx", _l("Word (.docx)")), ("pdf", "PDF")]), default="docx"
    )


def _document_labels(case: Case) -> list[tuple[str, str]]:
    labels = []
    for name in plaintiff_actions.document_names(case):
        if name.endswith(documents_service.EACH_OWN_LANGUAGE):
            family = name[: -len(documents_service.EACH_OWN_LANGUAGE)]
            titles = documents_service.own_language_families(case)[family]
            title = titles.get("th" if locale_code().startswith("th") else "en") or next(
                iter(titles.values())
            )
            labels.append((name, _("%(title)s · in each claimant's language", title=title)))
        else:
            spec = template(name)
            labels.append((name, f"{spec.title} · {language(spec.language)}"))
    return labels


def _form(action: str, case: Case, confirming: bool):
    formdata = request.form if confirming else None
    if action == "outcome":
        form = BulkOutcomeForm(formdata=formdata)
        if not confirming:  # what a group does together, most often: settle (or withdraw after settling)
            form.kind.data = OutcomeKind.SETTLEMENT
    elif action == "documents":
        form = BulkDocumentsForm(formdata=formdata)
        form.template.choices = options(_document_labels(case))
    else:
        form = BulkLettersForm(formdata=formdata)
    if not confirming and hasattr(form, "document_date"):
        form.document_date.data = clock.today()
    return form


def _ids() -> list[int]:
    # Something that is not an id at all names no claimant of the case: -1 makes the service say so.
    return [int(value) if is_id(value) else -1 for value in request.form.getlist("claimant_ids")]


def _act(action: str, case: Case, ids: list[int], form, fingerprint: str | None):
    if action == "outcome":
        return plaintiff_actions.record_outcome(current_user, case, ids, fingerprint, form.values())
    pdf = form.file_format.data == "pdf"
    if pdf and not pdf_available():
        raise ValidationFailed(
            {
                "file_format": _(
                    "PDF cannot be made on this server (LibreOffice is not installed). Choose Word (.docx)."
                )
            }
        )
    on = form.document_date.data
    if action == "documents":
        return plaintiff_actions.make_documents(
            current_user, case, ids, fingerprint, form.template.data, on, pdf=pdf
        )
    return plaintiff_actions.make_hearing_letters(current_user, case, ids, fingerprint, on, pdf=pdf)


def _warning(action: str, form, found):
    """A Fund request or an s.35 claim for someone not identified: warned before it is made, as on the
    documents page."""
    if action != "documents" or not form.template.data or form.confirm_unidentified.data:
        return None
    name = form.template.data
    family = name.split(".", 1)[0]
    return identification.document_warning(family, [row.link.claimant for row in found.rows])


@bp.post("/<int:case_id>/plaintiffs/bulk")
@case_worker_required
def plaintiffs_bulk(case_id: int):
    case = get_visible(Case, case_id, current_user)
    back = url_for(".show", case_id=case.id, standing=request.form.get("standing") or None) + "#parties"
    action = request.form.get("action", "")
    if action not in ACTIONS:
        flash(_("Choose what to do with the claimants ticked."), "error")
        return redirect(back)
    ids = _ids()
    found = {}
    every = request.form.get("every") == "1"
    of = request.form.get("standing", "")
    if not run_service(
        None,
        lambda: found.setdefault(
            "chosen", plaintiff_actions.select(current_user, case, ids, every=every, of=of)
        ),
    ):
        return redirect(back)
    chosen = found["chosen"]
    confirming = request.form.get("confirm") == "1"
    form = _form(action, case, confirming)
    missing: dict[str, list[str]] = {}
    warning = None
    if confirming and form.validate():
        warning = _warning(action, form, chosen)
    if confirming and not form.errors and warning is None:
        try:
            done = _act(action, case, chosen.claimant_ids, form, request.form.get("fingerprint"))
        except plaintiff_actions.StaleSelection as stale:
            db.session.rollback()
            form.form_errors.append(stale.errors["selection"])
        except documents_service.MissingData as exc:
            db.session.rollback()
            missing = exc.missing
        except ValidationFailed as failure:
            db.session.rollback()
            for name, message in failure.errors.items():
                if name in form._fields:
                    form[name].errors = [*form[name].errors, message]
                else:
                    form.form_errors.append(message)
        except (documents_service.DocumentFailed, PdfUnavailable) as exc:
            db.session.rollback()
            form.form_errors.append(str(exc))
        else:
            return _done(action, case, done)
    return render_template(
        "cases/bulk_confirm.html",
        case=case,
        action=action,
        form=form,
        chosen=chosen,
        shown=chosen.rows[:SHOWN],
        fingerprint=chosen.fingerprint,
        missing=missing,
        warning=warning,
        standing=of,
    )


def _done(action: str, case: Case, done):
    if action == "outcome":
        flash(
            ngettext(
                "%(num)d outcome recorded in %(ref)s.",
                "%(num)d outcomes recorded in %(ref)s.",
                len(done),
                ref=case.reference,
            ),
            "success",
        )
        return redirect(url_for(".show", case_id=case.id) + "#parties")
    flash(_("The documents are being made: this page shows their progress."), "success")
    return redirect(url_for("documents.job", job_id=done.id))
