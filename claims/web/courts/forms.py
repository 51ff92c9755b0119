"""The courts area's forms. Rules that need the database (a court exists, a code is free, a closure is not
recorded twice) and the settings' own rules are the service's (claims.services.courts)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import IntegerField, SelectField, StringField
from wtforms.validators import DataRequired, InputRequired, Length

from claims.web.forms import Form, RecordForm, ThaiDateField
from claims.web.hearings.forms import optional_id


def _required(message):
    return InputRequired(message=message)


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def _text(label, message, max_length: int, **kw) -> StringField:
    # Stripped first, so that a name of spaces is refused next to its field like an empty one.
    return StringField(
        label, filters=[_strip], validators=[DataRequired(message=message), Length(max=max_length)], **kw
    )


class CourtForm(Form):
    code = _text(
        _l("Code"),
        _l("Enter a short code for the court."),
        40,
        description=_l("Short and unique, such as cclc for the Central Labour Court."),
    )
    name_th = _text(_l("Name in Thai"), _l("Enter the court's name in Thai."), 200)
    name_en = _text(_l("Name in English"), _l("Enter the court's name in English."), 200)
    province = _text(_l("Province"), _l("Enter the province."), 120)

    def values(self) -> dict:
        return {name: (self[name].data or "").strip() for name in ("code", "name_th", "name_en", "province")}


class ClosureForm(RecordForm):
    court_id = SelectField(
        _l("Court"),
        coerce=optional_id,
        validate_choice=False,
        description=_l("Leave on “All courts” for a day every court is closed (a holiday announced late)."),
    )
    day = ThaiDateField(
        _l("Day"),
        validators=[_required(_l("Enter the day the court is closed."))],
        invalid_value_message=_l("Enter a date such as 2025-04-17."),
    )
    reason = _text(
        _l("Reason"),
        _l("Say why the court is closed (a holiday announced late, a flood ...)."),
        200,
        description=_l("A holiday announced late, a flood, the court's own closure ..."),
    )


class OpenDayForm(RecordForm):
    day = ThaiDateField(
        _l("Day"),
        validators=[_required(_l("Enter the day the courts sat."))],
        invalid_value_message=_l("Enter a date such as 2025-04-17."),
    )
    reason = _text(
        _l("Reason"),
        _l("Say why the courts sat (the holiday was moved to another day ...)."),
        200,
        description=_l("The holiday was moved to another day, the court opened ..."),
    )
    source = _text(
        _l("Source"),
        _l("Give the source: the cabinet resolution or the court's notice."),
        300,
        description=_l("The cabinet resolution or the court's notice, with its date or address."),
    )

    def values(self) -> dict:
        return {"day": self.day.data, "reason": self.reason.data or "", "source": self.source.data or ""}


class SettingsForm(Form):
    follow_up_months = StringField(
        _l("Follow-up visits (months after the return home)"),
        validators=[_required(_l("Enter at least one number of months, such as 3, 6, 12.")), Length(max=100)],
        description=_l("Whole numbers of months separated by commas, such as 3, 6, 12 (at most 8 visits)."),
    )
    petition_warn_days = IntegerField(
        _l("Warn about an unfiled s.44/1 petition (days before the first witness hearing)"),
        validators=[_required(_l("Enter a number of days from 1 to 90."))],
        description=_l("From 1 to 90 days."),
    )
