"""Language and presentation: the locale of each request, compiled catalogues, and Jinja filters.

The locale is the user's own choice (stored on the user), else the one chosen before logging in (session),
else the browser's preference, else the configured default (Thai).
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask import Flask, current_app, g, has_request_context, request, session, url_for
from flask_babel import Domain, get_locale, gettext
from flask_login import current_user
from jinja2 import pass_eval_context
from markupsafe import Markup

from claims import area_names, clock, formatting
from claims.extensions import babel
from claims.models import enums
from claims.money import Money
from claims.web.labels import country, label, language

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


def compile_catalogues(force: bool = False) -> list[Path]:
    """Compile every messages.po to messages.mo when the .mo is missing or older. Returns what was compiled."""
    compiled = []
    for po_path in sorted(TRANSLATIONS.glob("*/LC_MESSAGES/messages.po")):
        mo_path = po_path.with_suffix(".mo")
        if not force and mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as po_file:
            catalogue = read_po(po_file, locale=po_path.parent.parent.name)
        # Written aside and renamed into place: another process (a second test worker, the web server starting
        # beside `flask setup`) may be reading the catalogue at that moment and must never see half of it.
        partial = mo_path.with_name(f"{mo_path.name}.{os.getpid()}.tmp")
        with partial.open("wb") as mo_file:
            write_mo(mo_file, catalogue)
        os.replace(partial, mo_path)
        compiled.append(mo_path)
    return compiled


def select_locale() -> str:
    languages = current_app.config["LANGUAGES"]
    if not has_request_context():  # commands and background jobs speak the default language
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    if current_user and current_user.is_authenticated and current_user.locale in languages:
        return current_user.locale
    if session.get("lang") in languages:
        return session["lang"]
    return request.accept_languages.best_match(languages) or current_app.config["BABEL_DEFAULT_LOCALE"]


def _kept_for_locale(name: str, compute):
    """``compute()``, kept on Flask-Babel's request context beside the locale object it was computed for: asked
    hundreds of times a page, it is computed once per language per request, and ``force_locale`` (the digest mails
    each user in their language) still changes it, since it sets a new locale object. Outside a request, or
    before the locale is known, it is simply computed."""
    ctx = g.get("_flask_babel") if g else None
    locale = getattr(ctx, "babel_locale", None)
    kept = getattr(ctx, name, None)
    if locale is not None and kept is not None and kept[0] is locale:
        return kept[1]
    value = compute()
    # computing it may have made the context and chosen the locale
    ctx = g.get("_flask_babel") if g else None
    locale = getattr(ctx, "babel_locale", None)
    if locale is not None:
        setattr(ctx, name, (locale, value))
    return value


def locale_code() -> str:
    """The request's language code: every date, time and amount on a page asks for it (350 times a calendar
    week)."""
    return _kept_for_locale(
        "claims_locale_code", lambda: str(get_locale() or current_app.config["BABEL_DEFAULT_LOCALE"])
    )


@pass_eval_context
def _money(eval_ctx, value, currency: str = "THB") -> str:
    """An amount in the user's language. On a page (an autoescaped template) a negative one is marked
    ``amount-negative``: shown in the danger colour with its minus sign, never in the colour of money held or
    paid, wherever it appears, a sentence included. Plain-text mail gets the text alone."""
    if value is None:
        return ""
    money = value if isinstance(value, Money) else Money(value, currency)
    text = formatting.format_money(money, locale_code())
    if eval_ctx.autoescape and money.amount < 0:
        return Markup('<span class="amount-negative">%s</span>') % text
    return text


def _date(value, style: str = "long") -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):  # ISO dates inside stored claim documents and breakdowns
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):  # |date shows the day only; |datetime adds the time
        value = value.date()
    if isinstance(value, date):
        return formatting.format_date(value, locale_code(), style=style)
    return str(value)


def _localtime(value):
    """Record timestamps are stored in UTC (created, archived, done): show them on the courts' clock."""
    return clock.from_utc(value)


def _datetime(value) -> str:
    return "" if value is None else formatting.format_datetime(value, locale_code())


def _time(value: datetime) -> str:
    if value is None:
        return ""
    return f"{value:%H.%M} น." if locale_code() == "th" else f"{value:%H:%M}"


def page_url(page: int, param: str = "page", anchor: str = "") -> str:
    """The current page with every query argument kept and the page number (``param``: a page with two paged
    lists names each its own) replaced, at ``anchor`` (used by the pager)."""
    args = request.args.to_dict()
    args[param] = page
    return url_for(request.endpoint, **(request.view_args or {}), **args) + anchor


def pager_numbers(page: int, pages: int, around: int = 2) -> list[int]:
    """The page numbers a pager links to: the first, the last and ``around`` either side of ``page``, ascending.
    800 links would make a list page of 40,000 claimants weigh more than the list itself."""
    wanted = {1, pages, *range(page - around, page + around + 1)}
    return sorted(p for p in wanted if 1 <= p <= pages)


class RequestCatalogueDomain(Domain):
    """Flask-Babel's message domain, with the request's catalogue found once per language per request.

    Flask-Babel asks for the context, the locale and the locale's name (a dozen context-local lookups) on every
    ``gettext``: 0.03 ms each, and a list of 50 rows asks 850 times through templates, labels and the services'
    lazy strings. Here the catalogue is kept for the request and its locale (:func:`_kept_for_locale`). Installed as the application's domain, it serves every caller of Flask-Babel's API, the
    services below the web layer included, without their knowing."""

    def get_translations(self):
        return _kept_for_locale("claims_catalogue", super().get_translations)


def _translations():
    return babel.domain_instance.get_translations()


def init_app(app: Flask) -> None:
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(TRANSLATIONS))
    compile_catalogues()
    babel.init_app(app, locale_selector=select_locale)
    babel.domain_instance = RequestCatalogueDomain()
    app.jinja_env.install_gettext_callables(
        gettext=lambda s: _translations().ugettext(s),
        ngettext=lambda s, p, n: _translations().ungettext(s, p, n),
        pgettext=lambda c, s: _translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: _translations().unpgettext(c, s, p, n),
        newstyle=True,
    )
    app.jinja_env.filters.update(
        money=_money, date=_date, datetime=_datetime, time=_time, localtime=_localtime
    )
    app.jinja_env.globals.update(
        locale_code=locale_code,
        page_url=page_url,
        pager_numbers=pager_numbers,
        today=clock.today,
        label=label,
        country=country,
        province_name=lambda text: area_names.province_name(text, locale_code()),
        room_label=lambda room: area_names.room_label(room, gettext("room %(room)s")),
        language=language,
        enums=enums,
    )
