"""The hearing letter as an SMS or LINE text (issue 18): its wording in each language, its size as an SMS, who may
see it and the claimant's phone, and the record that it was sent."""

from __future__ import annotations

import html
from datetime import date, datetime

import pytest
import sqlalchemy as sa

from claims.extensions import db as _db
from claims.models import AuditEntry, ProtectionOrder, TimelineEntry
from claims.services import hearing_messages
from claims.services.hearing_messages import sms_size


@pytest.fixture
def scene(db, make):
    paralegal = make.user(role="paralegal", name="Khun Dao", phone="081-111-2222")
    lawyer = make.user(role="lawyer")
    court = make.court(name_th="ศาลแรงงานกลาง", name_en="Central Labour Court")
    case = make.case(reference="LC-01", court_id=court.id, lawyer_id=lawyer.id, paralegal_id=paralegal.id)
    claimant = make.claimant(
        pseudonym="BP-01", document_language="my", phone="PHONE-OF-BP", legal_name="Legal X"
    )
    make.party(case, claimant)
    hearing = make.hearing(
        case,
        starts_at=datetime(2027, 1, 15, 9, 30),
        court_id=court.id,
        room="5",
        must_attend="BP-01 as a witness",
        what_to_bring="Payslips",
    )
    other_case = make.case(reference="LC-02")
    stranger = make.claimant(pseudonym="ZZ-09")
    make.party(other_case, stranger)
    db.session.commit()
    return {
        "hearing": hearing,
        "claimant": claimant,
        "paralegal": paralegal,
        "lawyer": lawyer,
        "stranger": stranger,
    }


def page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return html.unescape(response.get_data(as_text=True))


def test_the_thai_message_has_the_buddhist_era_date_time_court_room_what_to_bring_and_whom_to_call(
    scene, app
):
    with app.test_request_context():
        message = hearing_messages.compose(scene["lawyer"], scene["hearing"], scene["claimant"], "th")
    # 15 January 2027 is 15 มกราคม 2570 (2027 + 543)
    assert "วันที่ 15 มกราคม 2570 เวลา 09.30 น." in message.text
    assert "ศาล: ศาลแรงงานกลาง" in message.text and "ห้องพิจารณา: 5" in message.text
    assert "Payslips" in message.text and "Khun Dao 081-111-2222" in message.text
    # who must attend and what to bring, each under its own heading
    assert "ผู้ที่ต้องไปศาล: BP-01 as a witness\nสิ่งที่ต้องนำไป: Payslips" in message.text
    assert message.verified and message.size.encoding == "UCS-2"


def test_the_english_message_is_in_english_with_the_gregorian_year(scene, app):
    with app.test_request_context():
        message = hearing_messages.compose(scene["lawyer"], scene["hearing"], scene["claimant"], "en")
    assert message.text.splitlines()[:3] == [
        "Your next court date",
        "15 January 2027, 09:30",
        "Court: Central Labour Court",
    ]


@pytest.mark.parametrize("language", ["my", "km", "lo", "vi", "fil"])
def test_the_other_languages_are_marked_unverified(scene, app, language):
    with app.test_request_context():
        message = hearing_messages.compose(scene["lawyer"], scene["hearing"], scene["claimant"], language)
    assert not message.verified
    assert message.text.splitlines()[0] == hearing_messages.PHRASES[language]["head"]
    assert "2027" in message.text and "09:30" in message.text


@pytest.mark.parametrize(
    ("text", "encoding", "segments"),
    [
        ("", "GSM-7", 0),
        ("a" * 160, "GSM-7", 1),
        ("a" * 161, "GSM-7", 2),  # 153 a part
        ("a" * 306, "GSM-7", 2),
        ("a" * 307, "GSM-7", 3),
        ("€" * 80, "GSM-7", 1),  # the extension table: two septets each, 160
        ("€" * 81, "GSM-7", 2),
        ("ก" * 70, "UCS-2", 1),  # Thai: 70 in one
        ("ก" * 71, "UCS-2", 2),  # 67 a part
        ("ก" * 134, "UCS-2", 2),
        ("ก" * 135, "UCS-2", 3),
        ("a" * 69 + "😀", "UCS-2", 2),  # an emoji takes two UTF-16 units: 71
    ],
)
def test_sms_size_counts_gsm7_and_ucs2_segments(text, encoding, segments):
    size = sms_size(text)
    assert (size.encoding, size.segments) == (encoding, segments)


def test_the_page_opens_in_the_claimants_language_with_the_counts_and_the_mark(scene, login_as):
    client = login_as("paralegal")
    text = page(client, f"/hearings/{scene['hearing'].id}/message")
    assert "သင့်ရဲ့ နောက်တစ်ကြိမ် တရားရုံးရက်" in text  # Burmese, the claimant's document language
    assert "Unverified translation" in text and "UCS-2" in text and "SMS" in text
    assert "Legal X" not in text


def test_the_copy_link_gives_the_message_alone_without_javascript(scene, login_as):
    client = login_as("paralegal")
    url = (
        f"/hearings/{scene['hearing'].id}/message?claimant_id={scene['claimant'].id}&language=en&format=text"
    )
    response = client.get(url)
    assert response.mimetype == "text/plain"
    assert response.get_data(as_text=True).startswith("Your next court date\n15 January 2027")


def test_the_page_in_thai(scene, login_as):
    client = login_as("paralegal")
    client.post("/language", {"lang": "th"})
    text = page(client, f"/hearings/{scene['hearing'].id}/message?language=th")
    assert "บันทึกว่าส่งแล้ว" in text and "วันที่ 15 มกราคม 2570" in text


def test_a_protected_claimants_phone_shows_only_to_the_case_team(scene, login_as, make):
    _db.session.add(
        ProtectionOrder(
            org_id=scene["claimant"].org_id,
            claimant_id=scene["claimant"].id,
            ordering_office="Office",
            legal_basis="Act",
            kind="guard_24h",
            valid_from=date(2020, 1, 1),
        )
    )
    _db.session.commit()
    url = f"/hearings/{scene['hearing'].id}/message"
    assert "PHONE-OF-BP" not in page(login_as("lawyer"), url)  # a lawyer not on the case
    from tests.conftest import Client

    team = Client(login_as("lawyer").app).login(scene["paralegal"])
    assert "PHONE-OF-BP" in page(team, url)


def test_another_cases_claimant_is_not_found(scene, login_as):
    client = login_as("paralegal")
    url = f"/hearings/{scene['hearing'].id}/message?claimant_id={scene['stranger'].id}"
    assert client.get(url).status_code == 404
    response = client.post(
        f"/hearings/{scene['hearing'].id}/message/sent",
        {"claimant_id": scene["stranger"].id, "channel": "sms", "language": "en"},
    )
    assert response.status_code == 404
    assert _db.session.scalar(sa.select(sa.func.count(TimelineEntry.id))) == 0


@pytest.mark.parametrize("language", ["xx", "", "<script>"])
def test_an_unknown_language_opens_the_claimants_own(scene, login_as, language):
    text = page(login_as("paralegal"), f"/hearings/{scene['hearing'].id}/message?language={language}")
    assert "သင့်ရဲ့" in text


def test_recording_it_sent_puts_it_on_the_hearings_timeline_with_who_and_the_channel(scene, login_as):
    client = login_as("paralegal", name="Sender Person")
    response = client.post(
        f"/hearings/{scene['hearing'].id}/message/sent",
        {"claimant_id": scene["claimant"].id, "channel": "line", "language": "th"},
    )
    assert response.status_code == 302
    entry = _db.session.scalars(sa.select(TimelineEntry)).one()
    assert (entry.hearing_id, entry.claimant_id, entry.case_id) == (
        scene["hearing"].id,
        scene["claimant"].id,
        scene["hearing"].case_id,
    )
    assert (
        entry.body.startswith("LINE: วันนัดศาล") and entry.language == "th" and entry.told_by == "Sender Person"
    )
    assert entry.channel.value == "messaging" and entry.kind.value == "news_informed"
    audit = _db.session.scalars(
        sa.select(AuditEntry).where(AuditEntry.entity_type == "timeline_entries")
    ).all()
    assert len(audit) == 1 and audit[0].user_id == client.user.id
    shown = page(client, f"/hearings/{scene['hearing'].id}")
    assert "BP-01 · LINE" in shown and "Sender Person" in shown


@pytest.mark.parametrize(
    "data",
    [
        {"channel": "pigeon", "language": "th"},
        {"channel": "", "language": "th"},
        {"channel": "sms", "language": "xx"},
    ],
)
def test_bad_input_writes_nothing_and_says_why_in_english_and_thai(scene, login_as, data):
    client = login_as("paralegal")
    url = f"/hearings/{scene['hearing'].id}/message/sent"
    response = client.post(url, {"claimant_id": scene["claimant"].id, **data}, follow_redirects=True)
    assert response.status_code == 200
    text = html.unescape(response.get_data(as_text=True))
    assert "Choose SMS or LINE." in text or "Choose one of the languages offered." in text
    assert _db.session.scalar(sa.select(sa.func.count(TimelineEntry.id))) == 0
    client.post("/language", {"lang": "th"})
    text = html.unescape(
        client.post(url, {"claimant_id": scene["claimant"].id, **data}, follow_redirects=True).get_data(
            as_text=True
        )
    )
    assert "เลือก" in text


def test_an_advisor_may_neither_see_nor_record(scene, login_as):
    client = login_as("advisor")
    assert client.get(f"/hearings/{scene['hearing'].id}/message").status_code == 403
    response = client.post(
        f"/hearings/{scene['hearing'].id}/message/sent",
        {"claimant_id": scene["claimant"].id, "channel": "sms", "language": "en"},
    )
    assert response.status_code == 403
    assert _db.session.scalar(sa.select(sa.func.count(TimelineEntry.id))) == 0


def test_a_case_without_claimants_says_so(db, make, login_as):
    hearing = make.hearing(make.case())
    db.session.commit()
    assert "no claimant to write to" in page(login_as("paralegal"), f"/hearings/{hearing.id}/message")


@pytest.mark.parametrize("language", ["en", "my", "km", "lo", "vi", "fil"])
def test_the_message_says_who_must_attend_and_what_to_bring_apart_in_every_language(scene, app, language):
    with app.test_request_context():
        message = hearing_messages.compose(scene["lawyer"], scene["hearing"], scene["claimant"], language)
    phrases = hearing_messages.PHRASES[language]
    assert phrases["attend"].format(who="BP-01 as a witness") in message.text.splitlines()
    assert phrases["bring"].format(what="Payslips") in message.text.splitlines()
    assert message.verified == (language == "en")
