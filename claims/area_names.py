"""The names of Thailand's minimum-wage areas (claims/rules/areas.py) in English and Thai, for the pages' selects
and summaries: the rule files key them by RTGS spelling, which a Thai user should not have to type or read."""

from __future__ import annotations

from claims.rules.areas import TH_AREAS, TH_DISTRICTS

# key -> (English, Thai)
# fmt: off
TH_AREA_NAMES = {
    "bangkok": ("Bangkok", "กรุงเทพมหานคร"),
    "samut_prakan": ("Samut Prakan", "สมุทรปราการ"),
    "nonthaburi": ("Nonthaburi", "นนทบุรี"),
    "pathum_thani": ("Pathum Thani", "ปทุมธานี"),
    "phra_nakhon_si_ayutthaya": ("Phra Nakhon Si Ayutthaya", "พระนครศรีอยุธยา"),
    "ang_thong": ("Ang Thong", "อ่างทอง"),
    "lop_buri": ("Lop Buri", "ลพบุรี"),
    "sing_buri": ("Sing Buri", "สิงห์บุรี"),
    "chai_nat": ("Chai Nat", "ชัยนาท"),
    "saraburi": ("Saraburi", "สระบุรี"),
    "chon_buri": ("Chon Buri", "ชลบุรี"),
    "rayong": ("Rayong", "ระยอง"),
    "chanthaburi": ("Chanthaburi", "จันทบุรี"),
    "trat": ("Trat", "ตราด"),
    "chachoengsao": ("Chachoengsao", "ฉะเชิงเทรา"),
    "prachin_buri": ("Prachin Buri", "ปราจีนบุรี"),
    "nakhon_nayok": ("Nakhon Nayok", "นครนายก"),
    "sa_kaeo": ("Sa Kaeo", "สระแก้ว"),
    "nakhon_ratchasima": ("Nakhon Ratchasima", "นครราชสีมา"),
    "buri_ram": ("Buri Ram", "บุรีรัมย์"),
    "surin": ("Surin", "สุรินทร์"),
    "si_sa_ket": ("Si Sa Ket", "ศรีสะเกษ"),
    "ubon_ratchathani": ("Ubon Ratchathani", "อุบลราชธานี"),
    "yasothon": ("Yasothon", "ยโสธร"),
    "chaiyaphum": ("Chaiyaphum", "ชัยภูมิ"),
    "amnat_charoen": ("Amnat Charoen", "อำนาจเจริญ"),
    "bueng_kan": ("Bueng Kan", "บึงกาฬ"),
    "nong_bua_lam_phu": ("Nong Bua Lam Phu", "หนองบัวลำภู"),
    "khon_kaen": ("Khon Kaen", "ขอนแก่น"),
    "udon_thani": ("Udon Thani", "อุดรธานี"),
    "loei": ("Loei", "เลย"),
    "nong_khai": ("Nong Khai", "หนองคาย"),
    "maha_sarakham": ("Maha Sarakham", "มหาสารคาม"),
    "roi_et": ("Roi Et", "ร้อยเอ็ด"),
    "kalasin": ("Kalasin", "กาฬสินธุ์"),
    "sakon_nakhon": ("Sakon Nakhon", "สกลนคร"),
    "nakhon_phanom": ("Nakhon Phanom", "นครพนม"),
    "mukdahan": ("Mukdahan", "มุกดาหาร"),
    "chiang_mai": ("Chiang Mai", "เชียงใหม่"),
    "lamphun": ("Lamphun", "ลำพูน"),
    "lampang": ("Lampang", "ลำปาง"),
    "uttaradit": ("Uttaradit", "อุตรดิตถ์"),
    "phrae": ("Phrae", "แพร่"),
    "nan": ("Nan", "น่าน"),
    "phayao": ("Phayao", "พะเยา"),
    "chiang_rai": ("Chiang Rai", "เชียงราย"),
    "mae_hong_son": ("Mae Hong Son", "แม่ฮ่องสอน"),
    "nakhon_sawan": ("Nakhon Sawan", "นครสวรรค์"),
    "uthai_thani": ("Uthai Thani", "อุทัยธานี"),
    "kamphaeng_phet": ("Kamphaeng Phet", "กำแพงเพชร"),
    "tak": ("Tak", "ตาก"),
    "sukhothai": ("Sukhothai", "สุโขทัย"),
    "phitsanulok": ("Phitsanulok", "พิษณุโลก"),
    "phichit": ("Phichit", "พิจิตร"),
    "phetchabun": ("Phetchabun", "เพชรบูรณ์"),
    "ratchaburi": ("Ratchaburi", "ราชบุรี"),
    "kanchanaburi": ("Kanchanaburi", "กาญจนบุรี"),
    "suphan_buri": ("Suphan Buri", "สุพรรณบุรี"),
    "nakhon_pathom": ("Nakhon Pathom", "นครปฐม"),
    "samut_sakhon": ("Samut Sakhon", "สมุทรสาคร"),
    "samut_songkhram": ("Samut Songkhram", "สมุทรสงคราม"),
    "phetchaburi": ("Phetchaburi", "เพชรบุรี"),
    "prachuap_khiri_khan": ("Prachuap Khiri Khan", "ประจวบคีรีขันธ์"),
    "nakhon_si_thammarat": ("Nakhon Si Thammarat", "นครศรีธรรมราช"),
    "krabi": ("Krabi", "กระบี่"),
    "phang_nga": ("Phang Nga", "พังงา"),
    "phuket": ("Phuket", "ภูเก็ต"),
    "surat_thani": ("Surat Thani", "สุราษฎร์ธานี"),
    "ranong": ("Ranong", "ระนอง"),
    "chumphon": ("Chumphon", "ชุมพร"),
    "songkhla": ("Songkhla", "สงขลา"),
    "satun": ("Satun", "สตูล"),
    "trang": ("Trang", "ตรัง"),
    "phatthalung": ("Phatthalung", "พัทลุง"),
    "pattani": ("Pattani", "ปัตตานี"),
    "yala": ("Yala", "ยะลา"),
    "narathiwat": ("Narathiwat", "นราธิวาส"),
    # districts with a rate of their own from 2025
    "mueang_chiang_mai": ("Mueang Chiang Mai district (Chiang Mai)", "อำเภอเมืองเชียงใหม่ (เชียงใหม่)"),
    "hat_yai": ("Hat Yai district (Songkhla)", "อำเภอหาดใหญ่ (สงขลา)"),
    "ko_samui": ("Ko Samui district (Surat Thani)", "อำเภอเกาะสมุย (สุราษฎร์ธานี)"),
}
# fmt: on
assert set(TH_AREA_NAMES) == TH_AREAS, "every minimum-wage area needs its names"


def area_name(key: str | None, locale: str = "en") -> str:
    """The area's name in the locale ("th" gives Thai, anything else English); an unknown key as it is."""
    if not key:
        return ""
    names = TH_AREA_NAMES.get(key)
    if names is None:
        return key
    return names[1] if locale.startswith("th") else names[0]


def area_pairs(locale: str = "en") -> list[tuple[str, str]]:
    """(key, name) for every area, provinces in alphabetical order of their name in the locale, then the
    districts (which a user looks for under their own heading)."""
    provinces = sorted(
        (k for k in TH_AREA_NAMES if k not in TH_DISTRICTS), key=lambda k: area_name(k, locale)
    )
    return [(k, area_name(k, locale)) for k in [*provinces, *TH_DISTRICTS]]


def province_name(text: str | None, locale: str = "en") -> str:
    """A province written as free text (a court's "Samut Sakhon", "bangkok") by its name in the locale; a text that
    names no province (or names it already in Thai) is shown as typed."""
    if not text:
        return ""
    key = "_".join(text.strip().lower().replace("-", " ").split())
    return area_name(key, locale) if key in TH_AREA_NAMES else text


def room_label(room: str | None, locale_words: str) -> str:
    """A hearing room as the page prints it: "5" becomes "room 5" (``locale_words`` is the translated "room
    %(room)s"), while a room typed with its word ("ห้อง 5", "Courtroom 5", "Conciliation room 2") prints once."""
    if not room or not room.strip():
        return ""
    room = room.strip()
    lowered = room.lower()
    if "ห้อง" in room or "room" in lowered or "บัลลังก์" in room:
        return room
    return locale_words % {"room": room}
