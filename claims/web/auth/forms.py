from flask_babel import lazy_gettext as _l
from wtforms import EmailField, HiddenField, PasswordField, SelectField
from wtforms.validators import DataRequired, Email, Length

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
