"""Thai names of the sources, and the citation a line prints in Thai (Buddhist Era, "ใช้บังคับตั้งแต่").

Every Thai-jurisdiction source and the international one carry the official Thai names, written with Arabic
digits (a document converts them); a source without Thai names is cited with its English ones inside the Thai
words.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.rules.loader import load_rulebook, parse_document
from claims.rules.model import RuleCitation, Source
from claims.rules.thai import has_thai_digits, has_thai_script, thai_date, thai_month

BOOK = load_rulebook()


def _sources(jurisdictions: tuple[str, ...]):
    for name in BOOK.names():
        rule = BOOK.rule(name)
        if rule.jurisdiction not in jurisdictions:
            continue
        for entry in rule.entries:
            yield name, entry.effective_from, entry.source
            for key, source in (entry.key_sources or {}).items():
                yield f"{name}[{key}]", entry.effective_from, source


SOURCES = list(_sources(("th", "intl")))


@pytest.mark.parametrize("name, on, source", SOURCES, ids=[f"{n}@{d}" for n, d, _ in SOURCES])
def test_every_thai_and_international_source_has_its_thai_names(name, on, source):
    for words in (source.instrument_th, source.section_th):
        assert words and has_thai_script(words) and not has_thai_digits(words), (name, words)


def test_the_official_thai_act_names_are_used():
    instruments = {source.instrument_th for _, _, source in SOURCES}
    assert {
        "พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541",
        "ประมวลกฎหมายแพ่งและพาณิชย์",
        "พระราชบัญญัติจัดหางานและคุ้มครองคนหางาน พ.ศ. 2528",
        "พระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2551",
        "ประมวลกฎหมายวิธีพิจารณาความอาญา",
        "พระราชบัญญัติห้ามเรียกดอกเบี้ยเกินอัตรา พ.ศ. 2560",
        "พระราชกำหนดแก้ไขเพิ่มเติมประมวลกฎหมายแพ่งและพาณิชย์ พ.ศ. 2564",
    } <= instruments
    assert any(i.startswith("ประกาศคณะกรรมการค่าจ้าง เรื่อง อัตราค่าจ้างขั้นต่ำ") for i in instruments)


def test_a_severance_line_cites_the_act_in_thai_with_the_buddhist_era_date():
    citation = BOOK.at("th.severance.tiers", date(2019, 5, 4)).citation
    assert citation.text("th") == (
        "พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541 มาตรา 118 วรรคหนึ่ง (1)-(5) (TH-LPA-SEV, ใช้บังคับตั้งแต่ 19 สิงหาคม 2541)"
    )
    assert citation.text() == (
        "Labour Protection Act B.E. 2541 (1998), s.118 para 1 (1)-(5) (TH-LPA-SEV, in force from 1998-08-19)"
    )
    assert citation.text("th_TH") == citation.text("th")


def test_an_unverified_rule_is_marked_in_thai():
    citation = BOOK.at("th.interest.civil_default", date(2024, 6, 1)).citation
    assert citation.text("th") == (
        "พระราชกำหนดแก้ไขเพิ่มเติมประมวลกฎหมายแพ่งและพาณิชย์ พ.ศ. 2564 "
        "มาตรา 224 แห่งประมวลกฎหมายแพ่งและพาณิชย์ที่แก้ไขเพิ่มเติม (อัตราตามมาตรา 7 บวกร้อยละ 2) "
        "(TH-CCC-INT-DEFAULT, ใช้บังคับตั้งแต่ 11 เมษายน 2567) [ยังไม่ได้ตรวจสอบ]"
    )
    assert citation.text().endswith("[UNVERIFIED]")


def test_a_source_without_thai_names_is_cited_with_its_english_ones_in_thai_words():
    citation = BOOK.at("ph.overtime.workday", date(2020, 1, 1)).citation
    assert citation.text("th") == (
        "Labor Code of the Philippines (Presidential Decree No. 442), art. 87 "
        "(PH-OT, ใช้บังคับตั้งแต่ 1 พฤศจิกายน 2517)"
    )


def test_a_thai_name_given_for_one_part_only_falls_back_for_the_other():
    only_act = Source(
        "Labour Protection Act B.E. 2541 (1998)",
        "s.61",
        True,
        instrument_th="พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541",
    )
    cited = RuleCitation("th.overtime.workday", "TH-LPA-OT-1.5", date(1998, 8, 19), only_act)
    assert cited.text("th").startswith("พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541, s.61 (TH-LPA-OT-1.5, ใช้บังคับตั้งแต่")
    assert only_act.short("en") == "Labour Protection Act B.E. 2541 (1998), s.61"


def test_the_loader_reads_the_thai_names():
    document = {
        "rules": {
            "workday": {
                "id": "TH-LPA-OT-1.5",
                "description": "overtime on a working day",
                "unit": "multiple",
                "selected_by": "the day worked",
                "entries": [
                    {
                        "from": date(1998, 8, 19),
                        "value": 1,
                        "source": {
                            "instrument": "Labour Protection Act B.E. 2541 (1998)",
                            "section": "s.61",
                            "instrument_th": "พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541",
                            "section_th": "มาตรา 61",
                            "verified": True,
                        },
                    }
                ],
            }
        }
    }
    (rule,) = parse_document(document, "th", "overtime", "th/overtime.toml")
    source = rule.entries[0].source
    assert (source.instrument_th, source.section_th) == ("พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541", "มาตรา 61")
    assert source.short("th") == "พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541 มาตรา 61"


def test_thai_dates_are_in_the_buddhist_era_with_the_month_in_full():
    assert thai_date(date(2017, 4, 11)) == "11 เมษายน 2560"
    assert thai_date(date(2017, 8, 28)) == "28 สิงหาคม 2560"
    assert thai_month(date(2020, 3, 1)) == "มีนาคม 2563"
