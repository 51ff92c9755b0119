"""Names in Burmese, Khmer and Lao script (claims.transliteration, through claims.names): a worker's documents carry
their name in their own script, the paralegal types it in Latin or Thai letters. Each triple is one name in its
script, in Latin as it is usually spelled, and in Thai as a Thai clerk writes it; each must match the others and
share an index key with them (without one the database never offers the candidate). Unlike names must not."""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims import names, transliteration
from claims.transliteration import burmese, khmer, lao

SAME = [
    # Burmese (BGN/PCGN 1970; MLCTS aspiration kept where a Thai ear hears it)
    ("အောင်", "Aung", "อ่อง"),
    ("ကျော်", "Kyaw", "จ่อ"),
    ("မောင်မောင်", "Maung Maung", "หม่องหม่อง"),
    ("အောင်ဆန်းစုကြည်", "Aung San Suu Kyi", "อองซานซูจี"),
    ("ဝင်းမြင့်", "Win Myint", "วินมิ้นท์"),
    ("သီတာ", "Thida", "ธิดา"),
    ("ခင်ခင်", "Khin Khin", "ขิ่นขิ่น"),
    ("ကျော်ဇင်", "Kyaw Zin", "จ่อซิน"),
    # Not yet: သိန်း "Thein" as a Thai clerk hears it, เต็ง (-n heard as -ng); the keys differ (TiN, TiG).
    ("ဇော်ဇော်", "Zaw Zaw", "ซอซอ"),
    # Khmer (UNGEGN: the second series reads ា "ea")
    ("សុភា", "Sophea", "โสภา"),
    ("សុភាព", "Sopheap", "สุเพียบ"),
    ("សុខា", "Sokha", "สุขา"),
    ("ធីតា", "Thida", "ธิดา"),
    ("ចាន់ធី", "Chanthy", "จันที"),
    ("សម", "Sam", "สัม"),
    ("ហ៊ុន សែន", "Hun Sen", "ฮุน เซน"),
    # Lao (BGN/PCGN 1966, the Lao letters read as their Thai twins)
    ("ສົມ", "Som", "สม"),
    ("ບຸນມີ", "Bounmy", "บุญมี"),
    ("ສີສະຫວັນ", "Sisavanh", "สีสะหวัน"),
    ("ພອນສະຫວັນ", "Phonsavanh", "พอนสะหวัน"),
    ("ຄຳ", "Kham", "คำ"),
    ("ວົງ", "Vong", "วง"),
]

DIFFERENT = [
    ("အောင်", "Aye"),
    ("အောင်ကျော်", "Aung Min"),
    ("မြမြ", "Aye Aye"),
    ("ဝင်းမြင့်", "Win Aung"),
    ("សុភា", "Sokha"),
    ("សុភា", "สุขา"),
    ("សុភា ចាន់", "Sokha Chan"),
    ("ສົມ", "Kham"),
    ("ບຸນມີ", "สมชาย"),
    ("အောင်", "សុភា"),
]


@pytest.mark.parametrize("triple", SAME, ids=[t[1] for t in SAME])
def test_one_name_in_its_script_latin_and_thai_matches_and_shares_a_key(triple):
    for a, b in combinations(triple, 2):
        assert names.similar(a, b) and names.similar(b, a), (a, b, names.similarity(a, b))
        assert names.index_keys(a) & names.index_keys(b), (a, b, names.index_keys(a), names.index_keys(b))


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_unlike_names_across_scripts_do_not_match(a, b):
    assert not names.similar(a, b), (a, b, names.similarity(a, b))


def test_burmese_syllables_read_as_the_bgn_pcgn_tables_read_them():
    cases = {
        "အောင်": "aung",  # ောင် aung
        "နိုင်": "naing",  # ိုင် aing
        "ကြည်": "kyi",  # medial ြ after က: ky; ည် i
        "ချို": "cho",  # ချ ch; ို o
        "သိန်း": "thein",  # ိန် ein; း not spelled
        "သက်": "thet",  # က် et
        "ရှိန်": "shein",  # ရှ sh
        "လှ": "hla",  # ှ h before the consonant
        "ထွန်း": "thun",  # ွန် un
        "ဦး": "u",
    }
    assert {text: burmese.romanise(text) for text in cases} == cases
    assert burmese.romanise("အောင်ဆန်းစုကြည်") == "aung san su kyi"  # one word a syllable


def test_khmer_vowels_follow_the_consonants_series_as_ungegn_spells_them():
    cases = {
        "សុភា": "sophea",  # ស first series (o), ភ second (ា ea)
        "សុខា": "sokha",  # ខ first series (ា a)
        "សម": "sam",  # inherent a, ម closes the syllable
        "គង់": "kong",  # គ second series: inherent o
        "ស្រី": "srei",  # coeng: ស្រ with no vowel between; the first series' ី ei
        "ហ៊ុន": "hun",  # triisap moves ហ to the second series: ុ u
        "ពៅ": "pov",
    }
    assert {text: khmer.romanise(text) for text in cases} == cases


def test_lao_letters_become_their_thai_twins():
    assert lao.to_thai("ບຸນມີ") == "บุนมี"
    assert lao.to_thai("ຊາຍ") == "ซาย"  # ຊ is s in Lao, not the ch of its twin
    assert lao.to_thai("ສົມ") == "สoม"  # ົ is the vowel o
    assert lao.to_thai("ໝາ") == "หมา"  # the ligature
    assert names.romanise(lao.to_thai("ສົມ")) == "som"


MYANMAR = st.characters(min_codepoint=0x1000, max_codepoint=0x109F)
KHMER = st.characters(min_codepoint=0x1780, max_codepoint=0x17FF)
LAO = st.characters(min_codepoint=0x0E80, max_codepoint=0x0EFF)


@given(st.text(st.one_of(MYANMAR, KHMER, LAO, st.sampled_from(" -abc")), max_size=30))
def test_any_text_in_these_scripts_leaves_none_of_their_letters_and_keys_fit(text):
    # Whatever a document or a keyboard gives (marks without letters, digits, unassigned points), nothing is
    # left in these scripts for the sound key to drop silently, and the keys fit their column.
    out = names.romanise(transliteration.romanise(text))
    assert not any(
        burmese.is_burmese(ch) or khmer.is_khmer(ch) or lao.is_lao(ch) for ch in out if ch.isalpha()
    )
    assert all(len(key) <= names.KEY_LENGTH for key in names.index_keys(text))


@given(st.lists(st.sampled_from([t[0] for t in SAME]), min_size=1, max_size=3))
def test_a_name_in_these_scripts_matches_itself_in_any_word_order(parts):
    name = " ".join(parts)
    assert names.similarity(name, " ".join(reversed(parts))) == 1.0
    assert names.index_keys(name)
