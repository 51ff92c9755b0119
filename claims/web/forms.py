"""What every record form shares: the version it was opened at, and plain values for the service layer."""

from __future__ import annotations

from enum import Enum

from flask_babel import get_translations
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField
from wtforms.validators import ValidationError

from claims import clock


class _CatalogueTranslations:
    """WTForms' built-in messages ("This field is required.") come from our own catalogue: WTForms ships no Thai,
    so the Thai translations of its messages live in claims/translations/th beside ours."""

    def gettext(self, string):
        return get_translations().ugettext(string)

    def ngettext(self, singular, plural, n):
        return get_translations().ungettext(singular, plural, n)


class Form(FlaskForm):
    class Meta:
        def get_translations(self, form):
            return _CatalogueTranslations()


INVALID_CHOICE = object()


def enum_coerce(enum_cls):
    def coerce(value):
        if value is None or value == "" or value == "None":
            return None
        if isinstance(value, enum_cls):
            return value
        try:
            return enum_cls(value)
        except ValueError:
            # Matches no choice, so WTForms answers "Not a valid choice." next to the field (a blank would pass
            # an optional list silently; raising would give WTForms' cryptic "could not coerce").
            return INVALID_CHOICE

    coerce.__name__ = f"coerce_{enum_cls.__name__}"
    return coerce


class RecordForm(Form):
    """A form that edits one record. ``version`` carries the record's version to the service, which refuses the
    save if someone else changed the record in the meantime."""

    version = HiddenField()

    def values(self) -> dict:
        result = {}
        for name, field in self._fields.items():
            if name in ("csrf_token", "version"):
                continue
            data = field.data
            if isinstance(data, str) and not isinstance(data, Enum):  # a StrEnum member is a str too
                data = data.strip() or None
            result[name] = data
        return result

    def expected_version(self) -> str | None:
        """The version the browser sent back, as sent: never the record's own (WTForms fills a field the post
        lacks from ``obj``/``data``, which would make a post without a version pass as up to date). The service
        refuses a missing or malformed one (claims.services.records)."""
        raw = self.version.raw_data
        return raw[0] if raw else None


class NotInFuture:
    def __init__(self, message=None):
        self.message = message

    def __call__(self, form, field):
        if field.data and field.data > clock.today():
            raise ValidationError(self.message or _l("This date cannot be in the future."))


class NotBefore:
    """The field's date must not come before another field's date (e.g. identified before born)."""

    def __init__(self, other: str, message):
        self.other = other
        self.message = message

    def __call__(self, form, field):
        other = form[self.other].data
        if field.data and other and field.data < other:
            raise ValidationError(self.message)


class NonNegative:
    def __call__(self, form, field):
        if field.data is not None and field.data < 0:
            raise ValidationError(_l("An amount cannot be negative."))


def run_service(form: RecordForm | None, action, record=None) -> bool:
    """Call a service write for a validated form. Domain errors land next to their fields; a stale edit keeps
    what the user typed, says that someone else saved first, and arms the form with the current version so a
    deliberate second save goes through. Returns True when the write succeeded."""
    from flask import flash

    from claims.extensions import db
    from claims.services.errors import MissingVersion, StaleEdit, ValidationFailed

    try:
        action()
        return True
    except ValidationFailed as failure:
        db.session.rollback()
        for name, message in failure.errors.items():
            if form is None:
                flash(message, "error")
            elif name in form._fields:
                form[name].errors = [*form[name].errors, message]
            else:
                form.form_errors.append(message)
        return False
    except MissingVersion:
        db.session.rollback()
        message = missing_version_message()
        if form is None:
            flash(message, "error")
        else:
            form.form_errors.append(message)
            _arm(form, record)
        return False
    except StaleEdit:
        db.session.rollback()
        flash(stale_edit_message(), "error")
        _arm(form, record)
        return False


def missing_version_message() -> str:
    return _(
        "This form did not say which version of the record it was opened at, so nothing was saved. Check the "
        "record as it is now, then save again."
    )


def stale_edit_message() -> str:
    return _(
        "Someone else saved this record after you opened it. Nothing was saved. Check the current "
        "record (open it in another tab), then save again to keep your version."
    )


def _arm(form: RecordForm | None, record) -> None:
    """Put the record's current version in the form shown again, so that saving it again is a deliberate save
    over what is there now."""
    from claims.extensions import db

    if record is not None and form is not None:
        db.session.refresh(record)
        form.version.data = str(record.version)
        form.version.raw_data = [form.version.data]


def posted_ids(name: str) -> list[int]:
    """The record ids a form posted under ``name`` (one checkbox or hidden field each); anything not a number is
    dropped, so the service answers for an empty choice rather than the route crashing."""
    from flask import request

    return [int(value) for value in request.form.getlist(name) if value.isdigit()]
