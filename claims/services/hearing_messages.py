"""A hearing letter as a text message (SMS or LINE), for claimants who are reached by phone more surely than by
post: short, in the claimant's language, with the date (Buddhist-Era year in Thai), time, court and room, what to
bring and whom to call. The paralegal copies it into their phone; no gateway sends it from here. That it was sent
(who, when, by which channel, in which language) goes on the hearing's timeline, audited like every write.

The wording follows the hearing letters (document_templates/_build/build_templates.py, HEARING_LETTER_PHRASES).
Thai and English were written by the project; Burmese, Khmer, Lao, Vietnamese and Filipino are taken from the
letters' own wording, which no native speaker has reviewed yet: the page says so next to the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from claims import clock
from claims.extensions import db
from claims.formatting import format_date
from claims.models import Case, CaseClaimant, Claimant, Hearing, Organisation, TimelineEntry
from claims.models.enums import Channel, TimelineKind
from claims.services import protection, records
from claims.services.access import require_case_worker
from claims.services.errors import NotFound, ValidationFailed
from claims.services.scope import get_visible, visible

# The hearing letter's languages (document_templates/manifest.toml); the claimant's document language opens first.
LANGUAGES = ("th", "en", "my", "km", "lo", "vi", "fil")
UNVERIFIED = frozenset({"my", "km", "lo", "vi", "fil"})
CHANNELS = ("sms", "line")
CHANNEL_NAMES = {"sms": "SMS", "line": "LINE"}

# "attend" and the shorter "bring" (who must attend, and apart what to bring: issue 18 split the one field) were
# written here in the five languages from the letters' own words, like the rest unreviewed: UNVERIFIED marks them.
PHRASES: dict[str, dict[str, str]] = {
    "th": {
        "head": "วันนัดศาลครั้งต่อไปของท่าน",
        "when": "วันที่ {date} เวลา {time} น.",
        "court": "ศาล: {court}",
        "room": "ห้องพิจารณา: {room}",
        "attend": "ผู้ที่ต้องไปศาล: {who}",
        "bring": "สิ่งที่ต้องนำไป: {what}",
        "id": "นำบัตรหรือหนังสือเดินทางฉบับจริงไปด้วย",
        "early": "กรุณาไปถึงก่อนเวลาอย่างน้อย 30 นาที",
        "call": "หากไปไม่ได้หรือมีคำถาม โทร {name} {phone}",
    },
    "en": {
        "head": "Your next court date",
        "when": "{date}, {time}",
        "court": "Court: {court}",
        "room": "Courtroom: {room}",
        "attend": "Who must attend: {who}",
        "bring": "What to bring: {what}",
        "id": "Bring your ID document, the original.",
        "early": "Come 30 minutes early.",
        "call": "If you cannot come, or have a question, call {name} {phone}",
    },
    "my": {
        "head": "သင့်ရဲ့ နောက်တစ်ကြိမ် တရားရုံးရက်",
        "when": "ရက်စွဲ: {date} အချိန်: {time}",
        "court": "တရားရုံး: {court}",
        "room": "တရားခွင် အခန်း: {room}",
        "attend": "တရားရုံးကို လာရမယ့်သူ: {who}",
        "bring": "ယူလာရမယ့်အရာ: {what}",
        "id": "မိတ္တူ မဟုတ်ဘဲ မူရင်းကို ယူလာပါ။",
        "early": "အနည်းဆုံး မိနစ် 30 စောပြီး ရောက်အောင် လာပါ။",
        "call": "မလာနိုင်ရင် {name} ကို ဖုန်း {phone} နဲ့ ဆက်ပါ။",
    },
    "km": {
        "head": "ថ្ងៃទៅតុលាការលើកក្រោយរបស់អ្នក",
        "when": "ថ្ងៃ: {date} ម៉ោង: {time}",
        "court": "តុលាការ: {court}",
        "room": "បន្ទប់សវនាការ: {room}",
        "attend": "អ្នកដែលត្រូវមកតុលាការ: {who}",
        "bring": "អ្វីដែលត្រូវយកមក: {what}",
        "id": "យកច្បាប់ដើម មិនមែនច្បាប់ថតចម្លងទេ។",
        "early": "សូមមកដល់មុនម៉ោង យ៉ាងហោចណាស់ 30 នាទី។",
        "call": "បើអ្នកមកមិនបាន សូមទូរស័ព្ទទៅ {name} លេខ {phone}។",
    },
    "lo": {
        "head": "ວັນນັດສານຄັ້ງຕໍ່ໄປຂອງທ່ານ",
        "when": "ວັນທີ: {date} ເວລາ: {time}",
        "court": "ສານ: {court}",
        "room": "ຫ້ອງພິຈາລະນາຄະດີ: {room}",
        "attend": "ຜູ້ທີ່ຕ້ອງມາສານ: {who}",
        "bring": "ສິ່ງທີ່ຕ້ອງເອົາມາ: {what}",
        "id": "ເອົາສະບັບແທ້ ບໍ່ແມ່ນສຳເນົາ.",
        "early": "ມາໃຫ້ເຖິງກ່ອນເວລາ ຢ່າງໜ້ອຍ 30 ນາທີ.",
        "call": "ຖ້າທ່ານມາບໍ່ໄດ້ ໃຫ້ໂທຫາ {name} ເບີ {phone}.",
    },
    "vi": {
        "head": "Ngày ra tòa tiếp theo của bạn",
        "when": "Ngày: {date} Giờ: {time}",
        "court": "Tòa án: {court}",
        "room": "Phòng xử: {room}",
        "attend": "Người phải có mặt: {who}",
        "bring": "Cần mang theo: {what}",
        "id": "Mang bản gốc, không phải bản sao.",
        "early": "Hãy đến sớm ít nhất 30 phút.",
        "call": "Nếu bạn không đến được, hãy gọi {name} số {phone}.",
    },
    "fil": {
        "head": "Ang susunod mong araw sa korte",
        "when": "Petsa: {date} Oras: {time}",
        "court": "Korte: {court}",
        "room": "Silid ng korte: {room}",
        "attend": "Dapat dumalo: {who}",
        "bring": "Dalhin: {what}",
        "id": "Dalhin ang orihinal, hindi kopya.",
        "early": "Dumating nang hindi bababa sa 30 minuto bago ang oras.",
        "call": "Kung hindi ka makakapunta, tawagan si {name} sa {phone}.",
    },
}

# GSM 03.38: the default alphabet (one septet a character) and its extension table (two: an escape and the
# character). A message of these alone goes as GSM-7, 160 characters in one SMS, 153 a part when split; any other
# character (Thai, Burmese, Khmer, Lao, Vietnamese tone marks) sends the whole message as UCS-2, 70 characters in
# one SMS, 67 a part (3GPP TS 23.038, TS 23.040).
GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿"
    "abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = set("^{}\\[~]|€\f")


@dataclass(frozen=True)
class SmsSize:
    characters: int
    encoding: str  # "GSM-7" or "UCS-2"
    segments: int


def sms_size(text: str) -> SmsSize:
    """How long ``text`` is as an SMS, and how many messages a phone sends it as."""
    if all(c in GSM_BASIC or c in GSM_EXTENSION for c in text):
        units = sum(2 if c in GSM_EXTENSION else 1 for c in text)
        single, part, encoding = 160, 153, "GSM-7"
    else:
        # UTF-16 code units: a character outside the Basic Multilingual Plane (an emoji) takes two.
        units = len(text.encode("utf-16-le")) // 2
        single, part, encoding = 70, 67, "UCS-2"
    segments = 0 if units == 0 else 1 if units <= single else ceil(units / part)
    return SmsSize(len(text), encoding, segments)


@dataclass(frozen=True)
class HearingMessage:
    language: str
    text: str
    size: SmsSize
    verified: bool


def claimants_of(user, hearing: Hearing) -> list[Claimant]:
    """The live claimants of the hearing's case, in the case's order: whom a message may go to."""
    require_case_worker(user)
    return list(
        db.session.scalars(
            visible(Claimant, user)
            .join(CaseClaimant, CaseClaimant.claimant_id == Claimant.id)
            .where(CaseClaimant.case_id == hearing.case_id, CaseClaimant.archived_at.is_(None))
            .order_by(CaseClaimant.position, CaseClaimant.id)
        )
    )


def claimant_of(user, hearing: Hearing, claimant_id) -> Claimant:
    """A claimant of the hearing's case, or NotFound (another case's claimant is not this hearing's to tell)."""
    claimant = get_visible(Claimant, claimant_id, user)
    linked = db.session.scalar(
        sa.select(CaseClaimant.id).where(
            CaseClaimant.case_id == hearing.case_id,
            CaseClaimant.claimant_id == claimant.id,
            CaseClaimant.archived_at.is_(None),
        )
    )
    if linked is None:
        raise NotFound(f"claimant {claimant.id} in the case of hearing {hearing.id}")
    return claimant


def default_language(claimant: Claimant) -> str:
    for code in (claimant.document_language, *claimant.language_list):
        if code in LANGUAGES:
            return code
    return "th"


def compose(user, hearing: Hearing, claimant: Claimant, language: str) -> HearingMessage:
    """The message for ``claimant`` about ``hearing`` in ``language``. It names no one's whereabouts (not the
    transport or lodging arranged, which the rule keeps from some case workers): what it says, every case worker
    may read."""
    require_case_worker(user)
    if language not in LANGUAGES:
        raise ValidationFailed({"language": _("Choose one of the languages offered.")})
    case: Case = hearing.case
    phrases = PHRASES[language]
    court = hearing.court or case.court
    contact = case.paralegal or case.lawyer or user
    phone = contact.phone or db.session.get(Organisation, user.org_id).phone or ""
    time_text = f"{hearing.starts_at:%H.%M}" if language == "th" else f"{hearing.starts_at:%H:%M}"
    lines = [
        phrases["head"],
        phrases["when"].format(date=format_date(hearing.starts_at.date(), language, "long"), time=time_text),
    ]
    if court is not None:
        lines.append(phrases["court"].format(court=court.name("th" if language == "th" else "en")))
    if hearing.room:
        lines.append(phrases["room"].format(room=hearing.room))
    if hearing.must_attend:
        lines.append(phrases["attend"].format(who=" ".join(hearing.must_attend.split())))
    if hearing.what_to_bring:
        lines.append(phrases["bring"].format(what=" ".join(hearing.what_to_bring.split())))
    lines += [phrases["id"], phrases["early"], phrases["call"].format(name=contact.name, phone=phone).strip()]
    text = "\n".join(lines)
    return HearingMessage(language, text, sms_size(text), language not in UNVERIFIED)


def record_sent(user, hearing: Hearing, claimant: Claimant, channel: str, language: str) -> TimelineEntry:
    """The message went out: on the hearing's timeline (and the claimant's and the case's), who sent it, when, by
    which channel and in which language, with the text sent."""
    require_case_worker(user)
    if channel not in CHANNELS:
        raise ValidationFailed({"channel": _("Choose SMS or LINE.")})
    message = compose(user, hearing, claimant, language)
    return records.create(
        user,
        TimelineEntry,
        {
            "kind": TimelineKind.NEWS_INFORMED,
            "occurred_on": clock.today(),
            "body": f"{CHANNEL_NAMES[channel]}: {message.text}",
            "channel": Channel.MESSAGING,
            "language": language,
            "told_by": user.name,
            "author_id": user.id,
            "case_id": hearing.case_id,
            "claimant_id": claimant.id,
            "hearing_id": hearing.id,
        },
    )


def sent_for(user, hearing: Hearing) -> list[TimelineEntry]:
    """The messages recorded as sent about ``hearing``, newest first, with their claimant and author loaded."""
    require_case_worker(user)
    return list(
        db.session.scalars(
            visible(TimelineEntry, user)
            .where(TimelineEntry.hearing_id == hearing.id)
            .options(selectinload(TimelineEntry.claimant), selectinload(TimelineEntry.author))
            .order_by(TimelineEntry.created_at.desc(), TimelineEntry.id.desc())
            .limit(50)
        )
    )


def may_see_phone(user, claimant: Claimant) -> bool:
    """The claimant's phone is whereabouts for a protected person: shown beside the message only to whom the
    rule names."""
    return protection.may_see_whereabouts(user, claimant)
