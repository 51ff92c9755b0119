"""Every export, in both formats, full and redacted, for every user of the access matrix's world: who gets it,
and that a protected person's whereabouts reach nobody the whereabouts rule does not name, in any export.

The world (tests/web/test_access_matrix.py) has the protected claimant BP-01, every whereabouts field of theirs
holding a marker, and a hearing of their case whose lodging and transport hold markers. A workbook is read as the
text of every part of its package, a .zip of .csv files as each file's text.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.web.test_access_matrix import (
    ADVISOR,
    ANONYMOUS,
    EVERY_MARKER,
    LODGING,
    MARKERS,
    OTHER_ORG,
    SAME_ORG_CASE_WORKERS,
    SEES_WHEREABOUTS,
    TRANSPORT,
    WORLD_NAMES,
    _client,
    world,  # noqa: F401 - the fixture
)

KINDS = ("claimants", "cases", "breakdowns", "hearings", "deadlines", "payments", "claimdata", "htcds")


def file_text(response) -> str:
    """Every cell of an export as text: a .csv as it is, a workbook's or a zip's parts joined."""
    data = response.get_data()
    if data[:2] != b"PK":
        return data.decode("utf-8")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return "\n".join(package.read(name).decode("utf-8", "replace") for name in package.namelist())


def _url(kind: str, fmt: str, redacted: bool, case_id: int) -> str:
    extra = f"&case_id={case_id}" if kind == "claimdata" else ""
    return f"/exports/file/{kind}?format={fmt}{'&redacted=1' if redacted else ''}{extra}"


def test_every_export_shows_whereabouts_only_to_those_the_rule_names(app, db, world):  # noqa: F811
    wrong = []
    for user in (*SAME_ORG_CASE_WORKERS, *OTHER_ORG):
        client = _client(app, world, user)
        for kind in KINDS:
            for fmt in ("csv", "xlsx"):
                for redacted in (False, True):
                    url = _url(kind, fmt, redacted, world["case_id"])
                    response = client.get(url)
                    if user in OTHER_ORG and kind == "claimdata":
                        # the world's case is not in their scope: a message, not the file
                        if response.status_code != 400:
                            wrong.append(f"{user} {url}: {response.status_code}")
                        continue
                    if response.status_code != 200:
                        wrong.append(f"{user} {url}: {response.status_code}")
                        continue
                    text = file_text(response)
                    leaks = [m for m in EVERY_MARKER if m in text]
                    if leaks and (redacted or user not in SEES_WHEREABOUTS):
                        wrong.append(f"{user} {url} shows {', '.join(leaks)}")
                    if redacted and "Legal Name" in text:
                        wrong.append(f"{user} {url} (redacted) shows a legal name")
                    if user in OTHER_ORG and any(name in text for name in WORLD_NAMES):
                        wrong.append(f"{user} {url} names another organisation's records")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("user", SEES_WHEREABOUTS)
def test_the_markers_do_reach_the_people_the_rule_names(app, db, world, user):  # noqa: F811
    """Without this the absence above would prove nothing."""
    client = _client(app, world, user)
    for fmt in ("csv", "xlsx"):
        people = file_text(client.get(_url("claimants", fmt, False, world["case_id"])))
        # every whereabouts field the export has a column for (the protection note is not exported to anyone)
        shown = [m for field, m in MARKERS.items() if field != "protection_note"]
        assert all(marker in people for marker in shown), (user, fmt)
        hearings = file_text(client.get(f"/exports/file/hearings?format={fmt}&window=30"))
        assert LODGING in hearings and TRANSPORT in hearings, (user, fmt)


@pytest.mark.parametrize("user", (ANONYMOUS, ADVISOR))
def test_nobody_and_an_advisor_get_no_export(app, db, world, user):  # noqa: F811
    client = _client(app, world, user)
    for kind in KINDS:
        response = client.get(_url(kind, "csv", False, world["case_id"]))
        assert response.status_code in (302, 403), (kind, response.status_code)
        assert "BP-0" not in response.get_data(as_text=True)
