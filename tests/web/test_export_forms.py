"""Issue 15: the form of exploitation a claimant suffered reaches the claimants export as its labels in the user's
language, never the stored codes (the HTCDS export maps it to the standard's picklist: test_exports.py)."""

from __future__ import annotations

import csv
import io

import pytest

FORMS = "Forms of exploitation"


def exported(client, query: str = "") -> dict[str, dict[str, str]]:
    text = client.get(f"/exports/file/claimants?format=csv{query}").get_data().decode("utf-8")[1:]
    table = list(csv.reader(io.StringIO(text)))
    return {row[0]: dict(zip(table[0], row, strict=True)) for row in table[1:]}


@pytest.fixture
def people(make, db):
    case = make.case(reference="LC-EF")
    make.party(case, make.claimant(pseudonym="EF-01", exploitation_forms="forced_labour,sexual_exploitation"))
    make.party(case, make.claimant(pseudonym="EF-02", exploitation_forms="forced_criminality"), position=2)
    make.party(case, make.claimant(pseudonym="EF-03"), position=3)
    db.session.commit()


def test_the_claimants_export_names_the_forms_in_english(login_as, people):
    rows = exported(login_as("lawyer"))
    assert rows["EF-01"][FORMS] == "Forced labour, Sexual exploitation"
    assert rows["EF-02"][FORMS] == "Forced criminality"
    assert rows["EF-03"][FORMS] == ""  # nothing recorded: empty, not "Other"
    assert "forced_labour" not in repr(rows)


def test_the_claimants_export_names_the_forms_in_thai(login_as, people):
    rows = exported(login_as("lawyer", locale="th"))
    forms = next(k for k in rows["EF-01"] if k == "รูปแบบการแสวงประโยชน์")
    assert rows["EF-01"][forms] == "การบังคับใช้แรงงาน, การแสวงประโยชน์ทางเพศ"


def test_a_redacted_export_keeps_the_forms(login_as, people):
    # The forms are what the workshops' data sets count: not identity, not contact, not free text.
    rows = exported(login_as("admin"), "&redacted=1")
    assert rows["EF-01"][FORMS] == "Forced labour, Sexual exploitation"
