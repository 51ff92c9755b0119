"""The meeting form: attendees and action items as rows (a few blank ones, and a button for more: no script)."""

from __future__ import annotations

from enum import Enum

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    FieldList,
    FormField,
    HiddenField,
    SelectField,
    StringField,
    TextAreaField,
    TimeField,
)
from wtforms import Form as RowForm
from wtforms.validators import Length, Optional

from claims.models.enums import MeetingKind
from claims.web.forms import RecordForm, ThaiDateField, _CatalogueTranslations, enum_coerce
from claims.web.labels import choices, currency_choices
from claims.web.outcomes.forms import amount_field, date_field

# Blank rows offered each time the form is shown, and added by "More rows".
BLANK_ROWS = 3


def optional_int(value):
    if value in (None, "", "None"):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1  # matches no choice: "Not a valid choice." next to the field


class _Row(RowForm):
    class Meta:
        def get_translations(self, form):
            # WTForms' own messages ("Not a valid choice.") in the user's language, as in every other form.
            return _CatalogueTranslations()


class AttendeeRow(_Row):
    name = StringField(_l("Name"), validators=[Optional(), Length(max=200)])
    agency = StringField(_l("Agency"), validators=[Optional(), Length(max=200)])


class ActionRow(_Row):
    id = HiddenField()
    body = StringField(_l("Action"), validators=[Optional(), Length(max=2000)])
    assignee_id = SelectField(_l("Assigned to"), coerce=optional_int, validators=[Optional()])
    assignee_agency = StringField(_l("or an agency"), validators=[Optional(), Length(max=200)])
    due_on = ThaiDateField(_l("Due on"), validators=[Optional()])
    done = BooleanField(_l("Done"))


class MeetingForm(RecordForm):
    BLANK = BLANK_ROWS
    kind = SelectField(
        _l("Kind of meeting"), choices=lambda: choices(MeetingKind), coerce=enum_coerce(MeetingKind)
    )
    held_on = date_field(_l("Date"), future=True)
    starts_at = TimeField(_l("Time"), validators=[Optional()])
    host_agency = StringField(_l("Host agency"), validators=[Optional(), Length(max=200)])
    attendees = FieldList(FormField(AttendeeRow), min_entries=BLANK_ROWS, max_entries=100)
    cases = StringField(
        _l("Cases discussed"),
        validators=[Optional(), Length(max=2000)],
        description=_l("Case references, separated by commas."),
    )
    claimants = StringField(
        _l("Claimants discussed"),
        validators=[Optional(), Length(max=2000)],
        description=_l("Pseudonyms, separated by commas. Never their names."),
    )
    decisions = TextAreaField(
        _l("Decisions"),
        validators=[Optional(), Length(max=10000)],
        description=_l(
            "Do not write where a protected person is staying or how to reach them: every case worker of the "
            "organisation can read a meeting. Whereabouts belong on the claimant's record."
        ),
    )
    claimant_view = TextAreaField(
        _l("The claimant's own view, where it differs"),
        validators=[Optional(), Length(max=5000)],
    )
    amount_decided = amount_field(_l("Amount the meeting decided to claim"))
    amount_wanted = amount_field(_l("Amount the claimant wants"))
    currency = SelectField(_l("Currency"), choices=currency_choices, default="THB")
    action_items = FieldList(FormField(ActionRow), min_entries=BLANK_ROWS, max_entries=100)

    def values(self) -> dict:
        values = {}
        for name in (
            "kind",
            "held_on",
            "starts_at",
            "host_agency",
            "decisions",
            "claimant_view",
            "amount_decided",
            "amount_wanted",
            "currency",
        ):
            data = self[name].data
            if isinstance(data, str) and not isinstance(data, Enum):  # a StrEnum member is a str too
                data = data.strip() or None
            values[name] = data
        values["attendees"] = [
            {"name": (row.form.data["name"] or "").strip(), "agency": (row.form.data["agency"] or "").strip()}
            for row in self.attendees
            if (row.form.data["name"] or "").strip() or (row.form.data["agency"] or "").strip()
        ]
        return values

    def items(self):
        from claims.services.meetings import ActionItem

        found = []
        for row in self.action_items:
            data = row.form.data
            raw_id = (data.get("id") or "").strip()
            found.append(
                ActionItem(
                    id=int(raw_id) if raw_id.isdigit() else None,
                    body=(data.get("body") or "").strip() or None,
                    assignee_id=data.get("assignee_id"),
                    assignee_agency=(data.get("assignee_agency") or "").strip() or None,
                    due_on=data.get("due_on"),
                    done=bool(data.get("done")),
                )
            )
        return found
