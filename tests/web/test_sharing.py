"""Sharing a case with a partner organisation in the app: a referral with consent per claimant; the partner sees
that case and its shared claimants and nothing else; a revoked or ended share opens nothing; every share, view
and revocation is in the sharing organisation's audit trail; bad input is refused in English and Thai with
nothing written."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, CaseShare, Referral, TimelineEntry
from claims.models.enums import AuditAction, ReferralStatus, ShareLevel
from tests.web.test_access_matrix import world  # noqa: F401 - the access matrix's world, a fixture
from tests.web.tokens import without_tokens

TODAY = date(2026, 3, 20)


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch):
    monkeypatch.setattr("claims.clock.today", lambda: TODAY)
    monkeypatch.setattr("claims.clock.now", lambda: datetime.combine(TODAY, time(10, 0)))


def text(response) -> str:
    return without_tokens(response.get_data(as_text=True)).replace("&#39;", "'")


def rows(db) -> int:
    from claims.extensions import db as _db

    counts = [
        sa.select(sa.func.count()).select_from(t).scalar_subquery() for t in _db.metadata.tables.values()
    ]
    return sum(db.session.execute(sa.select(*counts)).one())


@pytest.fixture
def story(db, make, app):
    """Org A's case LC-9 with A-1 (protected, whereabouts marked), A-2 and A-3; A-1 is also in LC-10. Org B is
    the partner; org C another organisation."""
    from claims.models import ProtectionOrder

    lawyer = make.user(role="lawyer")
    partner_org = make.org(name="Partner legal aid")
    other_org = make.org(name="Unrelated org")
    a1 = make.claimant(pseudonym="A-1", address="SAFEHOUSE-QZX", phone="PHONE-QZX")
    a2 = make.claimant(pseudonym="A-2", phone="0812345678")
    a3 = make.claimant(pseudonym="A-3")
    case = make.case(reference="LC-9", lawyer_id=lawyer.id)
    other_case = make.case(reference="LC-10", lawyer_id=lawyer.id)
    for position, person in enumerate((a1, a2, a3), start=1):
        make.party(case, person, position=position)
    make.party(other_case, a1)
    make.hearing(case, support_lodging="LODGING-QZX")
    db.session.add(
        ProtectionOrder(
            org_id=a1.org_id,
            claimant_id=a1.id,
            ordering_office="Witness Protection Office",
            legal_basis="Witness Protection in Criminal Cases Act B.E. 2546",
            kind="guard_24h",
            valid_from=date(2020, 1, 1),
        )
    )
    db.session.commit()
    return {
        "lawyer": lawyer,
        "partner_org": partner_org,
        "other_org": other_org,
        "case": case,
        "other_case": other_case,
        "people": (a1, a2, a3),
    }


def share_form(story, *, include=(0, 1), consent=(0, 1), **kw) -> dict:
    data = {"partner_org_id": str(story["partner_org"].id), "agency_id": "", "level": "read", "ends_on": ""}
    for index, person in enumerate(story["people"]):
        data[f"people-{index}-claimant_id"] = str(person.id)
        if index in include:
            data[f"people-{index}-include"] = "y"
        if index in consent:
            data |= {
                f"people-{index}-consent_given": "y",
                f"people-{index}-consent_on": "2026-03-10",
                f"people-{index}-consent_method": "written",
                f"people-{index}-consent_by": "Themselves",
            }
    return data | kw


def partner_client(app, make, db, story, role="lawyer"):
    from tests.conftest import Client

    user = make.user(role=role, org=story["partner_org"], name=f"Partner {role}")
    db.session.commit()
    client = Client(app).login(user)
    client.user = user
    return client


def share(db, app, story, **kw) -> CaseShare:
    from tests.conftest import Client

    client = Client(app).login(story["lawyer"])
    response = client.post(f"/cases/{story['case'].id}/share", share_form(story, **kw))
    assert response.status_code == 302, text(response)
    return db.session.scalar(sa.select(CaseShare).order_by(CaseShare.id.desc()))


def test_the_cases_lawyer_shares_it_and_each_included_claimant_is_a_referral_with_consent(db, app, story):
    from tests.conftest import Client

    client = Client(app).login(story["lawyer"])
    page = text(client.get(f"/cases/{story['case'].id}"))
    assert f'href="/cases/{story["case"].id}/share"' in page
    form = text(client.get(f"/cases/{story['case'].id}/share"))
    assert "A-1" in form and "A-3" in form and "Partner legal aid" in form
    made = share(db, app, story)
    assert (made.partner_org_id, made.level, made.shared_on, made.ends_on) == (
        story["partner_org"].id,
        ShareLevel.READ,
        TODAY,
        None,
    )
    referrals = db.session.scalars(sa.select(Referral).order_by(Referral.claimant_id)).all()
    assert [r.claimant.pseudonym for r in referrals] == ["A-1", "A-2"]
    assert all(
        r.share_id == made.id and r.consent_given and r.consent_on == date(2026, 3, 10) for r in referrals
    )
    # The partner gets an entry in the directory (none was chosen), and the referrals go to it.
    assert made.agency.name_en == "Partner legal aid" and {r.to_agency_id for r in referrals} == {
        made.agency_id
    }
    audited = set(db.session.scalars(sa.select(AuditEntry.entity_type).where(AuditEntry.action == "create")))
    assert {"case_shares", "referrals", "agencies"} <= audited
    page = text(client.get(f"/cases/{story['case'].id}"))
    assert "Partner legal aid" in page and "Revoke" in page
    # The claimant's referral says it is their part of the share, and leads to it.
    referral = text(client.get(f"/referrals/{referrals[0].id}"))
    assert f'href="/cases/{story["case"].id}#sharing"' in referral and "Part of sharing LC-9" in referral


def test_a_second_share_to_the_same_partner_reuses_its_directory_entry(db, app, story):
    first = share(db, app, story, include=(0,), consent=(0,))
    from tests.conftest import Client

    Client(app).login(story["lawyer"]).post(f"/shares/{first.id}/revoke", {"version": first.version})
    second = share(db, app, story, include=(1,), consent=(1,))
    assert second.agency_id == first.agency_id


@pytest.mark.parametrize(
    "locale, change, message",
    [
        (
            "en",
            {"consent": (0,)},
            "A-2 has not consented to this sharing: record their consent, or leave them out.",
        ),
        ("th", {"consent": (0,)}, "A-2 ยังไม่ได้ให้ความยินยอมในการแบ่งปันข้อมูลนี้"),
        ("en", {"partner_org_id": "own"}, "Your own organisation already sees this case"),
        ("th", {"partner_org_id": "own"}, "องค์กรของท่านเห็นคดีนี้อยู่แล้ว"),
        ("en", {"partner_org_id": "999999"}, "Choose the organisation from the list."),
        ("th", {"partner_org_id": "999999"}, "กรุณาเลือกองค์กรจากรายการ"),
        ("en", {"partner_org_id": ""}, "Choose the organisation to share the case with."),
        ("th", {"partner_org_id": ""}, "กรุณาเลือกองค์กรที่จะแบ่งปันข้อมูลคดีให้"),
        ("en", {"ends_on": "2026-03-19"}, "The end date cannot be in the past"),
        ("th", {"ends_on": "2026-03-19"}, "วันสิ้นสุดต้องไม่เป็นวันที่ผ่านมาแล้ว"),
        ("en", {"include": ()}, "Choose at least one claimant of the case to share."),
        ("th", {"include": ()}, "กรุณาเลือกผู้เรียกร้องในคดีนี้อย่างน้อยหนึ่งคน"),
        ("en", {"consent_late": True}, "Consent must be given before the referral is made, not after."),
    ],
)
def test_bad_shares_are_refused_with_a_message_and_nothing_written(db, app, story, locale, change, message):
    from tests.conftest import Client

    story["lawyer"].locale = locale
    db.session.commit()
    client = Client(app).login(story["lawyer"])
    change = dict(change)
    if change.get("partner_org_id") == "own":
        change["partner_org_id"] = str(story["lawyer"].org_id)
    data = share_form(story, **{k: change.pop(k) for k in ("include", "consent") if k in change})
    if change.pop("consent_late", False):
        data["people-0-consent_on"] = "2026-03-21"
    data |= change
    before = rows(db)
    response = client.post(f"/cases/{story['case'].id}/share", data)
    assert response.status_code == 200 and message in text(response), text(response)[-3000:]
    assert rows(db) == before


def test_a_claimant_of_another_case_cannot_be_slipped_into_a_share(db, app, make, story):
    from tests.conftest import Client

    stranger = make.claimant(pseudonym="Z-9")
    db.session.commit()
    data = share_form(story) | {"people-2-claimant_id": str(stranger.id), "people-2-include": "y"}
    data |= {
        "people-2-consent_given": "y",
        "people-2-consent_on": "2026-03-10",
        "people-2-consent_method": "written",
    }
    before = rows(db)
    response = Client(app).login(story["lawyer"]).post(f"/cases/{story['case'].id}/share", data)
    assert "Choose the claimants from this case's list." in text(response) and rows(db) == before


@pytest.mark.parametrize("role", ["paralegal", "lawyer"])
def test_only_the_cases_lawyer_or_an_admin_shares_it(db, app, make, story, role):
    from tests.conftest import Client

    someone = make.user(role=role)  # not on the case
    db.session.commit()
    client = Client(app).login(someone)
    before = rows(db)
    assert client.post(f"/cases/{story['case'].id}/share", share_form(story)).status_code == 403
    assert rows(db) == before


def test_the_partner_sees_the_shared_case_and_claimants_and_nothing_else(db, app, make, story):
    made = share(db, app, story)
    client = partner_client(app, make, db, story)
    a1, a2, a3 = story["people"]
    case = text(client.get(f"/shared/{made.id}"))
    assert "LC-9" in case and "A-1" in case and "A-2" in case and "shared by" in case
    assert "A-3" not in case and "LC-10" not in case
    # No whereabouts of the protected A-1, anywhere; A-2 (not protected) shows a phone.
    for url in (f"/shared/{made.id}", f"/shared/{made.id}/claimants/{a1.id}"):
        page = text(client.get(url))
        assert "SAFEHOUSE-QZX" not in page and "PHONE-QZX" not in page and "LODGING-QZX" not in page
    assert "0812345678" in text(client.get(f"/shared/{made.id}/claimants/{a2.id}"))
    # Not shared: A-3; the case's own pages; A-1's other case; the directory; reports.
    assert client.get(f"/shared/{made.id}/claimants/{a3.id}").status_code == 404
    for url in (
        f"/cases/{story['case'].id}",
        f"/cases/{story['other_case'].id}",
        f"/claimants/{a1.id}",
        f"/claimants/{a2.id}",
        f"/referrals/{db.session.scalar(sa.select(Referral.id))}",
        f"/directory/{made.agency_id}",
    ):
        assert client.get(url).status_code == 404, url
    for url in ("/directory/", "/referrals/", "/reports/", "/claimants/", "/cases/"):
        page = client.get(url)
        assert "A-3" not in text(page) and "LC-10" not in text(page), url


@pytest.mark.parametrize("url", ["/", "/cases/", "/claimants/", "/hearings/", "/calendar/", "/shared/"])
def test_the_partners_lists_mark_the_shared_case_with_who_shared_it(db, app, make, story, url):
    made = share(db, app, story)
    client = partner_client(app, make, db, story)
    page = text(client.get(url))
    sharer = story["lawyer"].organisation.name
    assert f"shared by {sharer}" in page and f'href="/shared/{made.id}"' in page, url
    assert "A-3" not in page and "LC-10" not in page


def test_the_partners_admin_and_paralegal_read_it_and_its_advisor_does_not(db, app, make, story):
    made = share(db, app, story)
    for role in ("admin", "paralegal"):
        assert partner_client(app, make, db, story, role).get(f"/shared/{made.id}").status_code == 200
    assert partner_client(app, make, db, story, "advisor").get(f"/shared/{made.id}").status_code == 404


def test_another_organisation_and_the_sharing_organisation_get_nothing_at_the_partners_pages(
    db, app, make, story
):
    from tests.conftest import Client

    made = share(db, app, story)
    stranger = make.user(role="admin", org=story["other_org"])
    db.session.commit()
    for user in (stranger, story["lawyer"]):
        client = Client(app).login(user)
        assert client.get(f"/shared/{made.id}").status_code == 404
        assert "LC-9" not in text(client.get("/shared/"))
    assert "LC-9" not in text(Client(app).login(stranger).get("/cases/"))


def test_revoking_ends_access_at_once_and_closes_the_referrals(db, app, make, story):
    from tests.conftest import Client

    made = share(db, app, story)
    client = partner_client(app, make, db, story)
    assert client.get(f"/shared/{made.id}").status_code == 200
    # Any lawyer of the sharing organisation may revoke: the case's lawyer may be away.
    other_lawyer = make.user(role="lawyer")
    db.session.commit()
    response = Client(app).login(other_lawyer).post(f"/shares/{made.id}/revoke", {"version": made.version})
    assert response.status_code == 302
    db.session.refresh(made)
    assert made.revoked_at is not None and made.revoked_by_id == other_lawyer.id
    assert client.get(f"/shared/{made.id}").status_code == 404
    assert client.get(f"/shared/{made.id}/claimants/{story['people'][1].id}").status_code == 404
    assert "LC-9" not in text(client.get("/"))
    statuses = set(db.session.scalars(sa.select(Referral.status).where(Referral.share_id == made.id)))
    assert statuses == {ReferralStatus.COMPLETED}
    audited = db.session.scalars(
        sa.select(AuditEntry).where(AuditEntry.entity_type == "case_shares", AuditEntry.action == "update")
    ).all()
    assert len(audited) == 1 and "revoked_at" in audited[0].changes


def test_a_paralegal_cannot_revoke_and_a_stale_revoke_changes_nothing(db, app, make, story):
    from tests.conftest import Client

    made = share(db, app, story)
    paralegal = make.user(role="paralegal")
    db.session.commit()
    before = rows(db)
    assert (
        Client(app).login(paralegal).post(f"/shares/{made.id}/revoke", {"version": made.version}).status_code
        == 403
    )
    response = (
        Client(app).login(story["lawyer"]).post(f"/shares/{made.id}/revoke", {"version": made.version + 5})
    )
    assert response.status_code == 302 and rows(db) == before
    db.session.refresh(made)
    assert made.revoked_at is None


def test_an_end_date_ends_access_when_it_passes_without_a_job(db, app, make, story, monkeypatch):
    made = share(db, app, story, ends_on="2026-03-21")
    client = partner_client(app, make, db, story)
    assert client.get(f"/shared/{made.id}").status_code == 200
    monkeypatch.setattr("claims.clock.today", lambda: TODAY + timedelta(days=1))
    assert client.get(f"/shared/{made.id}").status_code == 200  # the last day is included
    monkeypatch.setattr("claims.clock.today", lambda: TODAY + timedelta(days=2))
    assert client.get(f"/shared/{made.id}").status_code == 404
    assert "LC-9" not in text(client.get("/cases/"))


def test_every_view_by_the_partner_is_in_the_sharing_organisations_audit_trail(db, app, make, story):
    made = share(db, app, story)
    client = partner_client(app, make, db, story)
    client.get(f"/shared/{made.id}")
    client.get(f"/shared/{made.id}/claimants/{story['people'][1].id}")
    views = db.session.scalars(
        sa.select(AuditEntry).where(AuditEntry.action == AuditAction.VIEW).order_by(AuditEntry.id)
    ).all()
    assert [(v.entity_type, v.label, v.user_id, v.org_id) for v in views] == [
        ("cases", "LC-9", client.user.id, story["lawyer"].org_id),
        ("claimants", "A-2", client.user.id, story["lawyer"].org_id),
    ]


def test_a_read_only_partner_cannot_add_a_note_and_a_notes_level_partner_can(db, app, make, story):
    made = share(db, app, story)
    client = partner_client(app, make, db, story)
    before = rows(db)
    assert client.post(f"/shared/{made.id}/notes", {"body": "Met them"}).status_code == 403
    assert rows(db) == before
    from tests.conftest import Client

    Client(app).login(story["lawyer"]).post(f"/shares/{made.id}/revoke", {"version": made.version})
    notes = share(db, app, story, level="read_and_notes")
    assert client.post(f"/shared/{notes.id}/notes", {"body": "Met them at the embassy"}).status_code == 302
    note = db.session.scalar(sa.select(TimelineEntry))
    assert (note.org_id, note.case_id, note.author_id) == (
        story["lawyer"].org_id,
        story["case"].id,
        client.user.id,
    )
    assert "Met them at the embassy" in text(client.get(f"/shared/{notes.id}"))
    # The sharing team reads it in the case's timeline.
    from tests.conftest import Client as C

    assert "Met them at the embassy" in text(C(app).login(story["lawyer"]).get(f"/cases/{story['case'].id}"))


def test_a_shared_claimant_archived_from_the_case_drops_out_of_the_share(db, app, make, story):
    from claims.models import CaseClaimant
    from claims.models.base import utcnow

    made = share(db, app, story)
    link = db.session.scalar(sa.select(CaseClaimant).where(CaseClaimant.claimant_id == story["people"][1].id))
    link.archived_at = utcnow()
    db.session.commit()
    client = partner_client(app, make, db, story)
    assert client.get(f"/shared/{made.id}/claimants/{story['people'][1].id}").status_code == 404
    assert "A-2" not in text(client.get(f"/shared/{made.id}"))


def test_the_partners_lists_run_as_many_statements_for_one_share_as_for_many(
    db, app, make, story, query_counter
):
    from claims.services import shared

    client = partner_client(app, make, db, story)
    share(db, app, story)
    partner = client.user

    def statements() -> int:
        with app.test_request_context():
            with query_counter() as seen:
                panel = shared.shared_panel(partner)
            assert panel.total >= 1
            return len(seen)

    one = statements()
    for index in range(6):
        case = make.case(reference=f"LC-X{index}", lawyer_id=story["lawyer"].id)
        for position, person in enumerate(story["people"], start=1):
            make.party(case, person, position=position)
        make.hearing(case)
        db.session.commit()
        from tests.conftest import Client

        form = share_form(story) | {"partner_org_id": str(story["partner_org"].id)}
        assert Client(app).login(story["lawyer"]).post(f"/cases/{case.id}/share", form).status_code == 302
    assert statements() == one


def test_the_partners_api_lists_the_shared_case_marked_and_nothing_of_a_revoked_one(db, app, make, story):
    from tests.conftest import Client
    from tests.web.api_client import Api

    made = share(db, app, story, ends_on="2026-04-30")
    partner = make.user(role="paralegal", org=story["partner_org"])
    db.session.commit()
    api = Api(app, partner, scopes=("read",))
    answer = api.get("/api/v1/shared").get_json()
    assert answer["total"] == 1
    (row,) = answer["items"]
    assert (row["share_id"], row["shared_by"], row["ends_on"], row["case"]["reference"]) == (
        made.id,
        story["lawyer"].organisation.name,
        "2026-04-30",
        "LC-9",
    )
    assert row["claimants"] == ["A-1", "A-2"] and row["claimant_total"] == 2
    assert "SAFEHOUSE-QZX" not in str(answer) and "A-3" not in str(answer)
    # The partner's own records API holds none of the sharing organisation's records.
    assert api.get("/api/v1/cases").get_json()["total"] == 0
    assert api.get(f"/api/v1/cases/{story['case'].id}").status_code == 404
    Client(app).login(story["lawyer"]).post(f"/shares/{made.id}/revoke", {"version": made.version})
    assert api.get("/api/v1/shared").get_json() == {"items": [], "total": 0}


@pytest.mark.parametrize("which", ["revoked_share_id", "ended_share_id"])
def test_a_revoked_or_ended_share_opens_none_of_the_partners_routes(app, db, world, which):  # noqa: F811
    """The access matrix's world (tests/web/pages_sharing.py) holds a live share of LC-01 to the partner, one
    revoked and one that ended yesterday: every partner route named with the dead ones answers 404 and writes
    nothing, and the partner's lists link only the live one."""
    from tests.web.test_access_matrix import PARTNER, _client, _routes

    client = _client(app, world, PARTNER)
    dead = world[which]
    values = world | {"share_id": dead}
    named = [(e, url) for e, url, _n in _routes(app, values, "GET") if f"/shared/{dead}" in url]
    assert len(named) == 2, named
    for _endpoint, url in named:
        assert client.get(url).status_code == 404, url
    before = rows(db)
    assert client.post(f"/shared/{dead}/notes", {"body": "A note"}).status_code == 404
    assert rows(db) == before
    for url in ("/", "/cases/", "/claimants/", "/hearings/", "/calendar/", "/shared/"):
        page = text(client.get(url))
        assert f'href="/shared/{world["share_id"]}"' in page and f'href="/shared/{dead}"' not in page, url


@pytest.mark.parametrize(
    "url, shown",
    [
        ("/cases/?q=lc-9", True),
        ("/cases/?q=nothing-like-it", False),
        ("/claimants/?q=a-2", True),  # a pseudonym the share includes
        ("/claimants/?q=a-3", False),  # one it does not: searching finds nothing through the share
    ],
)
def test_searching_the_partners_lists_finds_the_shared_case_by_its_reference_or_a_shared_pseudonym(
    db, app, make, story, url, shown
):
    made = share(db, app, story)
    page = text(partner_client(app, make, db, story).get(url))
    assert (f'href="/shared/{made.id}"' in page) is shown
    assert "A-3" not in page
