"""Every caller of Flask-Babel (templates, labels, the services' lazy strings) reads the request's catalogue through
claims.web.i18n.RequestCatalogueDomain, and every date and amount the language code through locale_code, both kept
for the request: the words must still follow the language of the request, a forced locale (mails in each user's
language) and the return from it."""

from __future__ import annotations

from flask_babel import force_locale, get_domain, gettext, lazy_gettext, ngettext

from claims.web.i18n import RequestCatalogueDomain, locale_code

ENGLISH = "Respondents"
THAI = "ผู้ถูกเรียกร้อง"


def test_the_application_reads_through_the_request_catalogue(app):
    with app.test_request_context("/", headers={"Accept-Language": "th"}):
        assert isinstance(get_domain(), RequestCatalogueDomain)


def test_a_request_gets_its_own_language_and_a_forced_locale_changes_it_for_its_block(app):
    lazy = lazy_gettext(ENGLISH)
    with app.test_request_context("/", headers={"Accept-Language": "th"}):
        assert gettext(ENGLISH) == THAI and locale_code() == "th"
        assert str(lazy) == THAI
        with force_locale("en"):
            assert gettext(ENGLISH) == ENGLISH and locale_code() == "en"
            assert str(lazy) == ENGLISH
            with force_locale("th"):
                assert gettext(ENGLISH) == THAI and locale_code() == "th"
            assert gettext(ENGLISH) == ENGLISH and locale_code() == "en"
        assert gettext(ENGLISH) == THAI and locale_code() == "th"
        assert str(lazy) == THAI
    with app.test_request_context("/", headers={"Accept-Language": "en"}):
        assert gettext(ENGLISH) == ENGLISH and locale_code() == "en"
        assert str(lazy) == ENGLISH
        assert ngettext("%(num)d hearing", "%(num)d hearings", 2) == "2 hearings"


def test_outside_a_request_the_default_language_is_spoken(app):
    expected = {"th": THAI, "en": ENGLISH}[app.config["BABEL_DEFAULT_LOCALE"]]
    with app.app_context():
        assert gettext(ENGLISH) == expected
