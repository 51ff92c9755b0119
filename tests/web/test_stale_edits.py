"""Every form that carries a record's version refuses a post without one: an empty or missing ``version`` is not
"skip the stale-edit check" (a crafted post would then overwrite whatever was saved meanwhile).

The forms are found, not listed: every page of the access matrix's world is opened as its admin, and each POST
form on it with a hidden ``version`` is sent back as the browser would send it (every field with the value the
page shows), once with the version emptied and once without it. Neither may write anything, and the person is told
why in their language. Sent back with its version, an edit form saves: so the refusal is the version's doing.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

import pytest
import sqlalchemy as sa

from claims.extensions import db as _db
from claims.services.errors import MissingVersion, StaleEdit
from tests.conftest import Client
from tests.web.test_access_matrix import ADMIN, pages, world  # noqa: F401  (world is a fixture)

REFUSED = "This form did not say which version of the record it was opened at"
REFUSED_TH = "แบบฟอร์มนี้ไม่ได้ระบุว่าเปิดจากข้อมูลฉบับใด"


class Forms(HTMLParser):
    """The POST forms of a page: action and fields, with the values the page shows (the selected option, the
    checked boxes, a textarea's text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._form = None
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form = {
                "action": attrs.get("action") or "",
                "method": (attrs.get("method") or "get").lower(),
            }
            self._form["fields"] = []
            self.forms.append(self._form)
        if self._form is None or "name" not in attrs and tag != "option":
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind in ("submit", "button", "file"):
                return
            self._form["fields"].append(
                (attrs["name"], attrs.get("value", "on" if kind == "checkbox" else ""))
            )
        elif tag == "select":
            self._select = {"name": attrs["name"], "first": None, "chosen": None}
        elif tag == "option" and self._select is not None:
            value = attrs.get("value", "")
            if self._select["first"] is None:
                self._select["first"] = value
            if "selected" in attrs:
                self._select["chosen"] = value
        elif tag == "textarea":
            self._textarea = [attrs["name"], ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select" and self._select is not None and self._form is not None:
            chosen = self._select["chosen"] if self._select["chosen"] is not None else self._select["first"]
            self._form["fields"].append((self._select["name"], chosen or ""))
            self._select = None
        elif tag == "textarea" and self._textarea is not None and self._form is not None:
            self._form["fields"].append((self._textarea[0], self._textarea[1].lstrip("\n")))
            self._textarea = None


def _forms_with_a_version(page: str, url: str) -> list[tuple[str, list[tuple[str, str]]]]:
    parser = Forms()
    parser.feed(page)
    found = []
    for form in parser.forms:
        names = [name for name, _value in form["fields"]]
        if form["method"] == "post" and "version" in names:
            found.append((unescape(form["action"]) or url, form["fields"]))
    return found


def _shape(action: str) -> str:
    return re.sub(r"\d+", "N", action.split("?")[0])


def _rows() -> int:
    counts = [
        sa.select(sa.func.count()).select_from(t).scalar_subquery() for t in _db.metadata.tables.values()
    ]
    return sum(_db.session.execute(sa.select(*counts)).one())


def _versions() -> dict:
    """Every record's version, table by table: a refused post bumps none."""
    found = {}
    for table in _db.metadata.tables.values():
        if "version" in table.c:
            found[table.name] = sorted(_db.session.execute(sa.select(table.c.id, table.c.version)).all())
    return found


def _without_version(fields, *, empty: bool) -> dict:
    data: dict[str, list[str]] = {}
    for name, value in fields:
        if name == "version":
            if empty:
                data.setdefault(name, []).append("")
            continue
        data.setdefault(name, []).append(value)
    return data


# A form that makes a new record carries an empty version (there is nothing to be stale against): not an edit.
CREATES = re.compile(r"/(new|add)$|/template$")
# Refused for a reason of the domain before the version is looked at (and so told that reason instead).
REFUSED_FIRST_FOR_ANOTHER_REASON = {
    "/respondents/N/archive": "the world's respondent is a party to a live case",
}
# What the scraped forms cannot show (a password is never printed back): filled in as a person would.
TYPED = {"password": "a new passphrase of the test", "confirm": "a new passphrase of the test"}


def _all_forms(app, found):
    client = Client(app).login(found["people"][ADMIN])
    forms = []
    for _endpoint, url in pages(app, found):
        response = client.get(url)
        if response.mimetype == "text/html":
            forms.extend(_forms_with_a_version(response.get_data(as_text=True), url))
        response.close()  # a file the walk met (evidence) is streamed from disk until its answer is closed
    edits = []
    for action, fields in forms:
        if not CREATES.search(action.split("?")[0]):
            edits.append((action, [(name, value or TYPED.get(name, "")) for name, value in fields]))
    return client, edits


def test_every_form_with_a_version_refuses_a_post_without_one_and_writes_nothing(app, db, world):  # noqa: F811
    client, forms = _all_forms(app, world)
    actions = {_shape(action) for action, _fields in forms}
    # the walk found the edit forms and the archive buttons of every area, not a handful
    assert len(actions) >= 20, sorted(actions)
    wrong = []
    for action, fields in forms:
        for empty in (True, False):
            before, versions = _rows(), _versions()
            response = client.post(action, _without_version(fields, empty=empty), follow_redirects=True)
            page = response.get_data(as_text=True)
            what = f"{action} ({'empty' if empty else 'no'} version)"
            if response.status_code >= 500:
                wrong.append(f"{what}: {response.status_code}")
            if _rows() != before or _versions() != versions:
                wrong.append(f"{what}: wrote")
            if REFUSED not in unescape(page) and _shape(action) not in REFUSED_FIRST_FOR_ANOTHER_REASON:
                wrong.append(f"{what}: not told why ({response.status_code})")
    assert not wrong, "\n".join(wrong)


def test_an_edit_form_sent_back_with_its_version_saves(app, db, world):  # noqa: F811
    """The other half of the proof: the same scraped forms, version kept, are accepted (302 to the record)."""
    client, forms = _all_forms(app, world)
    edits = [(action, fields) for action, fields in forms if action.rstrip("/").endswith("edit")]
    assert len(edits) >= 10, [action for action, _fields in edits]
    wrong = []
    for action, fields in edits:
        data: dict[str, list[str]] = {}
        for name, value in fields:
            data.setdefault(name, []).append(value)
        response = client.post(action, data)
        if response.status_code != 302:
            wrong.append(f"{action}: {response.status_code}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("locale", ["en", "th"])
def test_the_refusal_is_said_in_the_users_language_next_to_the_form(app, db, make, login_as, locale):
    client = login_as("lawyer", locale=locale)
    respondent = make.respondent(name="Agency Co., Ltd.")
    db.session.commit()
    url = f"/respondents/{respondent.id}/edit"
    (action, fields), *_others = _forms_with_a_version(client.get(url).get_data(as_text=True), url)
    data = _without_version(fields, empty=True) | {"name": "Renamed Co., Ltd."}
    response = client.post(action, data)
    assert response.status_code == 200
    assert (REFUSED if locale == "en" else REFUSED_TH) in unescape(response.get_data(as_text=True))
    db.session.refresh(respondent)
    assert (respondent.name, respondent.version) == ("Agency Co., Ltd.", 1)
    # the form shown again carries the current version: saving it now is a deliberate save
    (_action, shown), *_rest = _forms_with_a_version(response.get_data(as_text=True), url)
    assert dict(shown)["version"] == "1"
    again = client.post(action, {**{name: value for name, value in shown}, "name": "Renamed Co., Ltd."})
    assert again.status_code == 302
    db.session.refresh(respondent)
    assert respondent.name == "Renamed Co., Ltd."


@pytest.mark.parametrize(
    "error, status, words",
    [
        (MissingVersion("BP-01"), 400, REFUSED),
        (StaleEdit("BP-01", 1, 2), 409, "Someone else saved this record after you opened it"),
    ],
)
def test_a_refused_edit_outside_a_form_is_a_page_that_says_why_not_a_500(app, db, error, status, words):
    with app.test_request_context("/"):
        response = app.make_response(app.handle_user_exception(error))
    assert response.status_code == status and words in unescape(response.get_data(as_text=True))
