"""Errors a use case raises; the web layer turns them into 404, 403, 409 or a form message."""

from __future__ import annotations


class NotFound(LookupError):
    """Absent, archived, or in another organisation: indistinguishable on purpose, so ids leak nothing."""


class Forbidden(PermissionError):
    pass


class StaleEdit(RuntimeError):
    """The record changed since the form was opened: refuse rather than overwrite someone else's edit."""

    def __init__(self, label: str, expected: int, actual: int):
        super().__init__(f"{label}: edited from version {expected}, now at version {actual}")
        self.expected = expected
        self.actual = actual


class MissingVersion(ValueError):
    """An edit that does not say which version of the record it was made on (an empty or absent ``version``):
    refused, since without it a stale or crafted save would silently overwrite whatever was saved meanwhile."""

    def __init__(self, label: str):
        super().__init__(f"{label}: no version given for the edit")


class ValidationFailed(ValueError):
    """A rule of the domain the form alone cannot check (e.g. a hearing before the case was filed)."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors
