from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import SelectField

from claims.web.forms import Form


class UploadForm(Form):
    file = FileField(
        _l("Spreadsheet (.xlsx or .csv)"), validators=[FileRequired(_l("Choose an .xlsx or .csv file."))]
    )
    case_id = SelectField(
        _l("Case for the claim data"),
        choices=[],
        validate_choice=False,
        description=_l(
            "The claimants are added to this case and their claim data goes into its calculations."
        ),
    )
