"""Forms of the documents area: what to make, and a template upload."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, RadioField, SelectField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from claims.web.forms import Form, ThaiDateField
from claims.web.labels import options

EVERY_CLAIMANT = "all"


class MakeForm(Form):
    template = SelectField(_l("Document"), validators=[InputRequired()])
    scope = RadioField(
        _l("Made for"),
        choices=options(
            [
                ("claimant", _l("Each claimant (one document each)")),
                ("joint", _l("Every plaintiff together")),
            ]
        ),
        default="claimant",
        validators=[InputRequired()],
    )
    claimant = SelectField(_l("Claimant"), default=EVERY_CLAIMANT)
    document_date = ThaiDateField(
        _l("Date of the document"),
        validators=[InputRequired()],
        description=_l("The date printed on the document; figures are those of the last computation."),
    )
    file_format = RadioField(
        _l("Format"), choices=options([("docx", _l("Word (.docx)")), ("pdf", "PDF")]), default="docx"
    )
    # Asked only when the document rests on identification and a claimant it is for is not identified
    # (claims.services.identification.document_warning).
    confirm_unidentified = BooleanField(_l("I have read the warning: make it anyway"))


class UploadForm(Form):
    file = FileField(_l("Template file (.docx)"), validators=[FileRequired(_l("Choose a .docx file."))])
    note = TextAreaField(_l("What changed"), validators=[Optional(), Length(max=2000)])
