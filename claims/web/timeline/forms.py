"""The timeline entry form. Which fields a kind requires (channel, language and teller for a telling; a due date
for a task) is the service's rule, so the message lands next to the field."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from claims.models.enums import Channel, TimelineKind
from claims.web.forms import NotBefore, RecordForm, enum_coerce
from claims.web.labels import choices, language_choices
from claims.web.meetings.forms import optional_int
from claims.web.outcomes.forms import date_field


class TimelineEntryForm(RecordForm):
    kind = SelectField(
        _l("Kind"),
        choices=lambda: choices(TimelineKind),
        coerce=enum_coerce(TimelineKind),
        default=TimelineKind.NOTE,
    )
    occurred_on = date_field(_l("Date"))
    body = TextAreaField(
        _l("What happened or what to do"),
        validators=[
            DataRequired(message=_l("Write what happened, or what is to be done.")),
            Length(max=5000),
        ],
    )
    channel = SelectField(
        _l("How they were told"),
        choices=lambda: choices(Channel, blank="—"),
        coerce=enum_coerce(Channel),
        validators=[Optional()],
        description=_l("Required when the claimant was told of their rights or of news."),
    )
    language = SelectField(
        _l("Language they were told in"),
        choices=lambda: language_choices(blank="—"),
        validators=[Optional()],
        description=_l("Required when the claimant was told of their rights or of news."),
    )
    told_by = StringField(
        _l("Told by"),
        validators=[Optional(), Length(max=200)],
        description=_l("Who told them: a name, and an interpreter if one was used."),
    )
    assignee_id = SelectField(
        _l("Assigned to"),
        coerce=optional_int,
        validators=[Optional()],
        description=_l("Tasks only. Left empty, with no agency either, the task is yours."),
    )
    assignee_agency = StringField(
        _l("or an agency"),
        validators=[Optional(), Length(max=200)],
        description=_l("When someone outside the organisation is to do it."),
    )
    due_on = date_field(
        _l("Due on"),
        required=False,
        future=True,
        description=_l("Tasks only, and required for a task."),
        also=[NotBefore("occurred_on", _l("A task cannot be due before the day it was set."))],
    )
