"""Choice lists for forms and filters, built on the shared labels (claims.labels)."""

from __future__ import annotations

from babel.numbers import get_currency_name
from flask_babel import get_locale
from wtforms.fields.choices import SelectChoice

from claims.area_names import province_name
from claims.labels import COUNTRIES, LABELS, LANGUAGES, country, label, language

__all__ = ["COUNTRIES", "CURRENCIES", "LABELS", "LANGUAGES", "country", "label", "language"]

# Currencies of claims, awards and payments: baht first, then the claimants' home countries and the
# destinations in the seeds' cases (ISO 4217). Wages abroad are often owed in the destination's money.
CURRENCIES = (
    "THB",
    "USD",
    "MMK",
    "KHR",
    "LAK",
    "VND",
    "PHP",
    "MYR",
    "EUR",
    "SEK",
    "RON",
    "JPY",
    "KRW",
    "TWD",
)


def currency_choices() -> list[SelectChoice]:
    locale = str(get_locale() or "en")
    return options((code, f"{code} · {get_currency_name(code, locale=locale)}") for code in CURRENCIES)


def choice_pairs(enum_cls, *, blank: str | None = None) -> list[tuple[str, str]]:
    """(value, label) pairs for the filter drop-downs templates build themselves."""
    options = [(member.value, LABELS[(enum_cls, member.value)]) for member in enum_cls]
    return ([("", blank)] if blank is not None else []) + options


def options(pairs, blank: str | None = None) -> list[SelectChoice]:
    """Form choices as WTForms SelectChoice objects (tuples are deprecated in WTForms 3.3)."""
    items = [SelectChoice("", blank)] if blank is not None else []
    return items + [SelectChoice(value, label) for value, label in pairs]


def choices(enum_cls, *, blank: str | None = None) -> list[SelectChoice]:
    return options(choice_pairs(enum_cls), blank)


def language_choices(blank: str | None = None) -> list[SelectChoice]:
    return options(LANGUAGES.items(), blank)


def country_pairs(blank: str | None = None) -> list[tuple[str, str]]:
    return ([("", blank)] if blank is not None else []) + list(COUNTRIES.items())


def country_choices(blank: str | None = None) -> list[SelectChoice]:
    return options(COUNTRIES.items(), blank)


def court_choices(courts, blank: str) -> list[SelectChoice]:
    """A court select: each court's name in the user's language with its province; ``blank`` says what no court
    means on that form (an office, or every court)."""
    locale = str(get_locale() or "en")
    return options(
        ((str(c.id), f"{c.name(locale)} · {province_name(c.province, locale)}") for c in courts), blank
    )
