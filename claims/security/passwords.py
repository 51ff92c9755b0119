"""The password policy: at least 12 characters, not one of the 10,000 most common passwords, not built on the
user's own e-mail address or name.

Length is what makes a password hard to guess offline; the list of common passwords is what an attacker tries
first online (the login is throttled, so a password outside the list survives). Composition rules (a digit, a
capital) are left out on purpose: they give ``Password1234`` and make people write passwords down.

``common_passwords.txt`` holds the first 10,000 lines of Django's ``django/contrib/auth/common-passwords.txt.gz``
(Django 5.2, BSD licence), which is Royce Williams' list of the 20,000 most common passwords, most common first,
lower-cased.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from flask_babel import lazy_gettext as _l

MIN_LENGTH = 12
MAX_LENGTH = 200
MIN_DISTINCT = 5
# Name parts shorter than this are left alone: "Ann" would refuse "announcement".
MIN_PERSONAL_PART = 4
COMMON_FILE = Path(__file__).with_name("common_passwords.txt")

_EDGES = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_PARTS = re.compile(r"[\W\d_]+")


@cache
def common_passwords() -> frozenset[str]:
    return frozenset(
        line.strip() for line in COMMON_FILE.read_text(encoding="utf-8").splitlines() if line.strip()
    )


def _personal_parts(email: str | None, name: str | None) -> set[str]:
    local = (email or "").split("@", 1)[0].lower()
    parts = {local, *_PARTS.split(local)}
    for word in (name or "").lower().split():
        parts |= {word, *_PARTS.split(word)}
    parts.add("".join((name or "").lower().split()))
    return {part for part in parts if len(part) >= MIN_PERSONAL_PART}


def is_common(password: str) -> bool:
    """In the list as typed, without its spaces, or once the digits and signs at its ends are taken off
    (``password1234``, ``!!monkey2024``)."""
    lowered = password.lower()
    candidates = {lowered, "".join(lowered.split()), _EDGES.sub("", lowered)}
    return any(candidate in common_passwords() for candidate in candidates if candidate)


def password_problem(
    password: str | None, *, email: str | None = None, name: str | None = None
) -> str | None:
    """The first reason ``password`` is refused, in the user's language, or None when it is acceptable."""
    password = password or ""
    if len(password) < MIN_LENGTH:
        return str(_l("Use at least %(n)d characters.", n=MIN_LENGTH))
    if len(password) > MAX_LENGTH:
        return str(_l("Use at most %(n)d characters.", n=MAX_LENGTH))
    if len(set(password)) < MIN_DISTINCT or is_common(password):
        return str(_l("This password is one of the most common ones and is guessed first. Choose another."))
    lowered = password.lower()
    if any(part in lowered for part in _personal_parts(email, name)):
        return str(_l("A password must not contain the name or the e-mail address of its user."))
    return None
