"""Names across spellings and scripts (claims.names): the spelling variants paralegals meet, in Thai and Latin
script, each with the answer expected from the intake check."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims import names

# (one spelling, another spelling, same person?)
VARIANTS = [
    # Khmer names: the seeds' "Sophea" and "Sopheap" are one person
    ("Sophea", "Sopheap", True),
    ("Sophea", "โสภา", True),
    ("Sopheap", "สุเพียบ", True),
    ("Sokha", "สุขา", True),
    ("Chanthou", "จันทู", True),
    ("Dara", "ดารา", True),
    ("Sophea Chan", "Chan Sophea", True),  # family name first or last
    ("Sophea", "Sokha", False),
    ("Sophea Chan", "Sokha Chan", False),  # one shared family name is not one person
    # Burmese names
    ("Aung Kyaw", "อ่อง จ่อ", True),
    ("Kyaw Min", "จ่อ มิน", True),
    ("Myint", "มิ้นท์", True),
    ("Maung Maung", "หม่อง หม่อง", True),
    ("Zaw Zaw", "ซอซอ", True),
    ("Khin Khin", "ขิ่นขิ่น", True),
    ("Aung San Suu Kyi", "อองซานซูจี", True),  # a Thai spelling without spaces
    ("Thida", "ธิดา", True),
    ("Aung Kyaw", "Aung Min", False),
    ("Mya Mya", "Aye Aye", False),
    ("Kyaw Min", "Kyaw Win Naing", False),
    # Lao names
    ("Bounmy", "บุญมี", True),
    ("Sisavanh", "สีสะหวัน", True),
    ("Phonsavanh", "พอนสะหวัน", True),
    # Thai and Vietnamese names, punctuation and accents
    ("Somchai", "สมชาย", True),
    ("Somchai Jai-dee", "SOMCHAI JAIDEE", True),
    ("Nguyen Van Nam", "Nguyễn Văn Nam", True),
    ("Somchai", "Somsak", False),
]


@pytest.mark.parametrize(("a", "b", "same"), VARIANTS)
def test_spelling_variants_match_or_not_as_a_paralegal_would(a, b, same):
    assert names.similar(a, b) is same, (a, b, names.similarity(a, b))
    assert names.similar(b, a) is same  # symmetric


@pytest.mark.parametrize(("a", "b", "same"), [v for v in VARIANTS if v[2]])
def test_the_names_of_a_match_share_an_index_key(a, b, same):
    # Without a shared key the database never offers the candidate to be scored.
    assert names.index_keys(a) & names.index_keys(b), (names.index_keys(a), names.index_keys(b))


def test_thai_is_romanised_close_to_rtgs():
    assert names.romanise("โสภา") == "sopha"
    assert names.romanise("สมชาย") == "smchai"  # no inherent vowels: a key, not a spelling
    assert names.romanise("เพียบ") == "phiap"
    assert names.romanise("หม่อง") == "mong"  # leading ห silent, tone mark dropped
    assert names.romanise("มิ้นท์") == "min"  # the silencer
    assert names.romanise("Aung") == "Aung"


def test_document_numbers_compare_without_spaces_dashes_or_case():
    assert names.document_key("ab 123-456") == names.document_key("AB123456") == "AB123456"


def test_an_empty_or_punctuation_only_name_matches_nothing():
    assert names.similarity("", "Sophea") == 0
    assert names.similarity("--", "--") == 0
    assert names.index_keys("  ") == set()


@given(st.text(max_size=40))
def test_any_text_gives_keys_that_fit_the_column_and_a_score_in_range(text):
    assert all(len(k) <= 80 for k in names.index_keys(text))
    assert 0 <= names.similarity(text, "Sophea") <= 1


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ก ข ค ง จ ส ภ โ เ า ี ุ ่ ้ ์", min_size=1, max_size=30))
def test_a_name_always_matches_itself(text):
    if names.words(text):
        assert names.similar(text, text)


SOUNDS = st.text(alphabet="AaBbKkMmNnSsTtYyWwอ่งจมิน", max_size=14)


@given(SOUNDS, SOUNDS)
def test_the_quick_ratio_is_difflibs_to_the_last_digit(a, b):
    """The bound is computed from letter counts instead of a SequenceMatcher: the same float, or scores (and the
    order of matches found by a document number alone) would move."""
    from difflib import SequenceMatcher

    assert names.quick_ratio(a, b) == SequenceMatcher(None, a, b, autojunk=False).quick_ratio()
    assert names.quick_ratio(a, b) == names.quick_ratio(b, a)


@given(SOUNDS, SOUNDS)
def test_the_ratio_is_difflibs_where_it_reaches_the_bar_and_its_bound_below(a, b):
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, a, b, autojunk=False)
    expected = (
        1.0
        if a == b
        else (matcher.ratio() if matcher.quick_ratio() >= names.SIMILAR else matcher.quick_ratio())
    )
    assert names._ratio(a, b) == expected
