from flask_babel import lazy_gettext as _l
from wtforms import EmailField, HiddenField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length

from claims.security.passwords import MAX_LENGTH, MIN_LENGTH
from claims.web.forms import Form
from claims.web.labels import options


class LoginForm(Form):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Email(), Length(max=200)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=200)])
    next = HiddenField()


class LanguageForm(Form):
    lang = SelectField(_l("Language"), choices=options([("th", "ไทย"), ("en", "English")]))
    next = HiddenField()


class LogoutForm(Form):
    pass


def new_password_fields():
    """The new password and its repeat, as every form that sets a password asks them. The full policy (common
    passwords, the user's name) is the service's: claims.security.passwords."""
    password = PasswordField(
        _l("New password"),
        validators=[
            DataRequired(),
            Length(
                min=MIN_LENGTH,
                max=MAX_LENGTH,
                message=_l("Use at least %(n)d characters.", n=MIN_LENGTH),
            ),
        ],
        description=_l(
            "At least %(n)d characters. A few unrelated words are easy to remember and hard to guess.",
            n=MIN_LENGTH,
        ),
        render_kw={"autocomplete": "new-password"},
    )
    confirm = PasswordField(
        _l("New password again"),
        validators=[DataRequired(), EqualTo("password", message=_l("The two passwords are not the same."))],
        render_kw={"autocomplete": "new-password"},
    )
    return password, confirm


class ChangePasswordForm(Form):
    current = PasswordField(
        _l("Current password"),
        validators=[DataRequired(), Length(max=MAX_LENGTH)],
        render_kw={"autocomplete": "current-password"},
    )
    password, confirm = new_password_fields()


class CodeForm(Form):
    code = StringField(
        _l("Code"),
        validators=[DataRequired(), Length(max=20)],
        render_kw={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True},
    )


class TwoFactorForm(Form):
    """Turning two-step login on or off: the password, and a code from the app."""

    password = PasswordField(
        _l("Current password"),
        validators=[DataRequired(), Length(max=MAX_LENGTH)],
        render_kw={"autocomplete": "current-password"},
    )
    code = StringField(
        _l("Code from the app"),
        validators=[DataRequired(), Length(max=20)],
        render_kw={"autocomplete": "one-time-code", "inputmode": "numeric"},
    )


class RecoveryCodesForm(Form):
    password = PasswordField(
        _l("Current password"),
        validators=[DataRequired(), Length(max=MAX_LENGTH)],
        render_kw={"autocomplete": "current-password"},
    )
