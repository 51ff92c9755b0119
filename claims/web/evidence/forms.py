"""Forms of the evidence area: a file with what it is, and the same description edited later."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from claims.models.enums import EvidenceKind, EvidenceVisibility
from claims.web.forms import NotInFuture, RecordForm, ThaiDateField, enum_coerce
from claims.web.labels import choices, options

ACCEPT = "image/jpeg,image/png,image/heic,application/pdf,.pdf,.jpg,.jpeg,.png,.heic,.docx,.xlsx,.txt"


class EvidenceForm(RecordForm):
    kind = SelectField(_l("Kind"), choices=lambda: choices(EvidenceKind), coerce=enum_coerce(EvidenceKind))
    title = StringField(
        _l("Title"),
        validators=[DataRequired(), Length(max=200)],
        description=_l("What it is, such as “Payslip March 2024”."),
    )
    document_date = ThaiDateField(
        _l("Date of the document"), validators=[Optional(), NotInFuture()], description=_l("If it has one.")
    )
    case_id = SelectField(_l("Brought for the case"), choices=[], validators=[Optional()])
    visibility = SelectField(
        _l("Who may open it"),
        choices=lambda: choices(EvidenceVisibility),
        coerce=enum_coerce(EvidenceVisibility),
        default=EvidenceVisibility.STAFF,
    )
    whereabouts = BooleanField(
        _l("It shows where the person lives or stays, or how to reach them"),
        description=_l(
            "For a protected person, such a file opens only to an admin and their case's lawyer and paralegal. "
            "Always so for a passport or identity document."
        ),
    )
    notes = TextAreaField(_l("Notes"), validators=[Optional(), Length(max=4000)])

    def with_cases(self, cases) -> EvidenceForm:
        self.case_id.choices = options(((str(c.id), c.reference) for c in cases), blank="—")
        return self

    def values(self) -> dict:
        values = super().values()
        values.pop("file", None)
        return values


class UploadForm(EvidenceForm):
    file = FileField(
        _l("File"),
        validators=[FileRequired(_l("Choose a file."))],
        # A hint to the phone's picker (photos and documents); the server reads the content whatever it is.
        render_kw={"accept": ACCEPT},
    )
