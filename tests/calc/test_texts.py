"""The engine's words in Thai as well as English: catalogue keys and typed arguments (claims/calc/text.py).

Every key the engine uses is in every full catalogue (en, th) with the same fields; the partial ones (the
settlement sheet in Burmese, Khmer, Lao, Vietnamese and Filipino) hold its keys and fall back to English for the rest; a real breakdown written in Thai keeps no
English label; the English a snapshot stores is exactly what its keys give back; dates are in the Buddhist Era;
a snapshot stored before the keys were kept, or with a key a catalogue no longer has, falls back to its English.
"""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import string
import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from claims.calc import (
    Head,
    arrears,
    compute_claim,
    interest,
    parse_claim,
    severance,
    to_dict,
    wages,
    wilful_surcharge,
)
from claims.calc.breakdown_dict import line_to_dict
from claims.calc.inputs import COMPENSATION_KINDS, DEDUCTION_KINDS, FEE_KINDS, FEE_OUTCOMES, ILO_CATEGORIES
from claims.calc.lines import Flag, Line, make_line
from claims.calc.text import (
    Amount,
    Cite,
    Currency,
    Join,
    Month,
    Percent,
    Text,
    _render,
    flag_name,
    from_json,
    head_name,
    locale_code,
    render_basis,
    render_line,
    render_text,
    render_warning,
    term,
    to_json,
)
from claims.calc.texts import CATALOGUES, PARTIAL, en, th
from claims.rules.thai import has_thai_script

ROOT = Path(__file__).resolve().parents[2]
CALC = ROOT / "claims" / "calc"
EXAMPLES = sorted((ROOT / "docs" / "examples").glob("*.json"))
CASES = sorted((Path(__file__).parent / "cases").glob("*/*.toml"))


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def example(path: Path) -> dict:
    return json.loads(path.read_text())


def case_claim(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle, parse_float=Decimal)["claim"]


def stored(breakdown) -> dict:
    """to_dict as the database gives it back: through JSON."""
    return json.loads(json.dumps(to_dict(breakdown)))


def texts_in(data):
    """Every {"key": ..., "args": ...} inside stored JSON, nested ones included."""
    if isinstance(data, dict):
        if "key" in data and "args" in data:
            yield data
        for value in data.values():
            yield from texts_in(value)
    elif isinstance(data, list):
        for value in data:
            yield from texts_in(value)


# --- the catalogues ------------------------------------------------------------------------------------------------


FULL = sorted(set(CATALOGUES) - PARTIAL)
SHEET_FAMILIES = (
    "settlement.rate.",
    "settlement.warn.",
    "settlement.made_by.",
    "settlement.condition.",
    "settlement.assistance.",
    "per.",
)
SHEET_KEYS = sorted(key for key in en.TEMPLATES if key.startswith(SHEET_FAMILIES))
SCRIPTS = {"my": ("\u1000", "\u109f"), "km": ("\u1780", "\u17ff"), "lo": ("\u0e80", "\u0eff")}


def test_the_full_and_partial_catalogues_are_the_ones_expected():
    assert FULL == ["en", "th"]
    assert sorted(PARTIAL) == ["fil", "km", "lo", "my", "vi"]
    assert not PARTIAL - set(CATALOGUES)
    assert len(SHEET_KEYS) == 33  # 22, the six names of an offer's conditions, the five sources of assistance


def test_every_full_catalogue_has_every_key_with_the_same_fields():
    keys = set(en.TEMPLATES)
    for code in FULL:
        catalogue = CATALOGUES[code]
        assert set(catalogue.TEMPLATES) == keys, f"{code}: {set(catalogue.TEMPLATES) ^ keys}"
        for key, template in catalogue.TEMPLATES.items():
            assert fields(template) == fields(en.TEMPLATES[key]), f"{code}: {key}"


@pytest.mark.parametrize("code", FULL)
def test_a_full_catalogue_gathers_every_table_of_its_modules_and_each_key_is_in_one_only(code):
    # TEMPLATES merges the tables of the package's modules: a key in two of them would be silently won by the
    # later one, and a table left out of the merge would lose its keys in that language only.
    package = CATALOGUES[code]
    tables = [
        table
        for module in pkgutil.iter_modules(package.__path__)
        for name, table in vars(importlib.import_module(f"{package.__name__}.{module.name}")).items()
        if name.isupper() and not name.startswith("_") and isinstance(table, dict)
    ]
    assert sum(len(table) for table in tables) == len(package.TEMPLATES)
    assert {key for table in tables for key in table} == set(package.TEMPLATES)


@pytest.mark.parametrize("key", sorted(en.TEMPLATES))
def test_every_key_renders_in_every_locale_with_sample_arguments(key):
    args = {name: f"<{name}>" for name in fields(en.TEMPLATES[key])}
    english = render_text(Text(key, args), "en")
    thai = render_text(Text(key, args), "th")
    assert all(f"<{name}>" in english and f"<{name}>" in thai for name in args)
    own_words = string.Formatter().vformat(en.TEMPLATES[key], (), dict.fromkeys(args, "")).replace(" x ", "")
    if any(
        ch.isalpha() for ch in own_words
    ):  # words of its own, not only signs ("{rate} / {days}", "{n} x {rate}")
        assert has_thai_script(thai), f"{key}: {thai}"


def _literal_keys() -> set[str]:
    """Keys written as literals in the engine: Text("key", ...), dated("key", ...), and the label tables."""
    found = set()
    for path in CALC.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) in {"Text", "dated"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    for table in (arrears.INTEREST_LABELS, arrears.SURCHARGE_LABELS):
        found.update(table.values())
    for labels in arrears.CREDIT_LABELS.values():
        found.update(labels)
    return found


def test_every_key_the_engine_writes_is_in_the_catalogues():
    keys = _literal_keys()
    assert len(keys) > 150  # the scan finds the engine's keys, not nothing
    assert keys <= set(en.TEMPLATES), keys - set(en.TEMPLATES)


def test_the_engine_tables_of_words_are_in_the_catalogues():
    constants = [*wages._BASIC.values(), wages._FLOOR, *severance._SEVERANCE, *severance._LEAVE]
    for extra in wages._EXTRAS:
        labels = extra[2]
        constants += [labels.contract, labels.statutory, labels.alone, labels.name]
    constants += [*interest.DAYCOUNTS.values(), *wilful_surcharge.SURCHARGE_COUNTS.values()]
    constants += [text for own in interest.OWN_DAYCOUNTS.values() for text in own.values()]
    for text in constants:
        assert text.key in en.TEMPLATES, text.key
        assert render_text(text, "th") != render_text(text, "en")


@pytest.mark.parametrize(
    "family, values, english",
    [
        ("deduction_kind", DEDUCTION_KINDS, lambda kind: kind),
        ("fee_kind", FEE_KINDS, lambda kind: kind.replace("_", " ")),
        ("ilo_category", ILO_CATEGORIES, lambda kind: kind.replace("_", " ")),
        ("compensation_kind", COMPENSATION_KINDS, lambda kind: kind.replace("_", " ")),
        ("claim_kind", ("wages", "severance", "pay_in_lieu"), lambda kind: kind),
        ("per", ("month", "year"), lambda per: per),
        ("loan_method", ("simple", "compound"), lambda method: method),
        ("usury_option", ("credit_to_principal", "unrecoverable"), lambda option: option.replace("_", " ")),
        ("head_word", ("wages", "fees", "debt"), lambda head: head),
        ("ph_fee_interest_from", ("dismissal", "payment"), lambda start: start),
        ("fee_outcome", FEE_OUTCOMES, lambda outcome: outcome.replace("_", " ")),
    ],
)
def test_every_word_of_a_closed_list_has_a_thai_name_and_its_old_english(family, values, english):
    for value in values:
        words = term(family, value, english(value))
        assert isinstance(words, Text), f"{family}.{value} is not in the catalogues"
        assert words.english() == english(value)
        assert has_thai_script(words.render("th"))


def test_a_word_outside_the_catalogues_is_shown_as_entered():
    assert term("fund_item", "boat_fare_home", "boat fare home") == "boat fare home"


def test_every_head_and_flag_has_a_name_in_thai_and_english():
    for head in Head:
        assert has_thai_script(head_name(head, "th")) and head_name(head, "en") not in ("", str(head))
    assert head_name(Head.WAGES, "th") == "ค่าจ้างค้างจ่าย"
    assert head_name(Head.SEVERANCE, "th") == "ค่าชดเชย"
    assert head_name(Head.NOTICE, "th") == "สินจ้างแทนการบอกกล่าวล่วงหน้า"
    assert head_name(Head.SURCHARGE, "th") == "เงินเพิ่ม"
    for flag in [*Flag, "non_monetary"]:
        assert has_thai_script(flag_name(flag, "th")) and flag_name(flag, "en")
    assert flag_name(Flag.TIME_BARRED, "th") == "ขาดอายุความ"
    assert head_name("gratuity", "th") == "gratuity" and flag_name("odd", "en") == "odd"


# --- the partial catalogues: the settlement sheet only -----------------------------------------------------------
# ``_render`` writes in a catalogue named by its code: "fil" cannot be reached through a locale yet (see below).


@pytest.mark.parametrize("code", sorted(PARTIAL))
def test_a_partial_catalogue_holds_only_english_keys_with_the_same_fields(code):
    for key, template in CATALOGUES[code].TEMPLATES.items():
        assert key in en.TEMPLATES, f"{code}: {key}"
        assert fields(template) == fields(en.TEMPLATES[key]), f"{code}: {key}"


@pytest.mark.parametrize("code", sorted(PARTIAL))
def test_a_partial_catalogue_holds_every_key_of_the_settlement_sheet(code):
    assert set(CATALOGUES[code].TEMPLATES) == set(SHEET_KEYS), set(CATALOGUES[code].TEMPLATES) ^ set(
        SHEET_KEYS
    )


@pytest.mark.parametrize("code", sorted(PARTIAL))
@pytest.mark.parametrize("key", SHEET_KEYS)
def test_every_settlement_key_renders_in_a_partial_catalogue(code, key):
    args = {name: f"<{name}>" for name in fields(en.TEMPLATES[key])}
    words = _render(Text(key, args), code)
    assert all(f"<{name}>" in words for name in args)
    assert words != _render(Text(key, args), "en"), f"{code}: {key} is still in English"
    if code in SCRIPTS:
        low, high = SCRIPTS[code]
        assert any(low <= ch <= high for ch in words), f"{code}: {key}: {words}"


@pytest.mark.parametrize("code", sorted(PARTIAL))
def test_a_key_a_partial_catalogue_lacks_is_written_in_english(code):
    assert "head.wages" not in CATALOGUES[code].TEMPLATES
    assert _render(Text("head.wages"), code) == "Unpaid wages"
    received = Text("credit.received", {"on": date(2017, 4, 11)})
    assert _render(received, code).startswith("Received on ")
    assert _render(received, code) != received.english()  # the date in the locale's own words


@pytest.mark.parametrize("code", ["my", "km", "lo", "vi"])
def test_a_partial_locale_reads_its_own_catalogue(code):
    assert locale_code(code) == code and locale_code(f"{code}_XX") == code
    assert (
        Text("settlement.made_by.court").render(code)
        == CATALOGUES[code].TEMPLATES["settlement.made_by.court"]
    )


def test_filipino_is_reached_by_its_locale_code():
    assert locale_code("fil") == "fil"
    assert locale_code("fil_PH") == "fil"
    assert locale_code("th-TH") == "th"
    assert locale_code("fi") == "en"  # Finnish: no catalogue


def test_a_partial_catalogue_writes_dates_months_amounts_and_rates_in_its_locale():
    args = {"amount": Amount(Decimal("1234.5"), "THB"), "on": date(2017, 4, 11)}
    vietnamese = _render(Text("settlement.warn.instalments_after_payment", args), "vi")
    assert vietnamese.startswith("Các đợt trả góp THB 1,234.50 đến hạn sau 11 tháng 4, 2017,"), vietnamese
    filipino = _render(Text("settlement.warn.instalments_after_payment", args), "fil")
    assert "THB 1,234.50" in filipino and "Abril 11, 2017" in filipino, filipino
    assert CATALOGUES["vi"].write_month(date(2017, 4, 11)) == "tháng 4 năm 2017"
    assert CATALOGUES["km"].write_month(date(2017, 4, 11)) == "មេសា 2017"
    assert CATALOGUES["fil"].write_amount(Decimal("9500"), "USD", None) == "USD 9,500"
    rate = {"rate": Percent(Decimal("0.075")), "per": Text("per.month")}
    assert _render(Text("settlement.rate.simple", rate), "vi") == "7.5% mỗi tháng"
    assert CATALOGUES["lo"].write_currency("USD") == "USD"


# --- arguments ------------------------------------------------------------------------------------------------------


def test_dates_are_in_the_buddhist_era_in_thai_and_iso_in_english():
    text = Text("credit.received", {"on": date(2017, 4, 11)})
    assert text.render("th") == "เงินที่ได้รับเมื่อวันที่ 11 เมษายน 2560"
    assert text.english() == "Received on 2017-04-11"
    assert Text("debt.on", {"on": date(2020, 2, 29)}).render("th_TH") == "ณ วันที่ 29 กุมภาพันธ์ 2563"


def test_a_month_is_written_with_its_year():
    text = Text("error.other", {"error": Month(date(2020, 3, 17))})
    assert text.render("th") == "มีนาคม 2563"
    assert text.render("en") == "March 2020"


def test_amounts_rates_and_currencies_are_written_per_locale():
    args = {"amount": Amount(Decimal("1234.5"), "THB")}
    assert Text("formula.amount", args).render("en") == "1,234.50 THB"
    assert Text("formula.amount", args).render("th") == "1,234.50 บาท"
    dollars = {"amount": Amount(Decimal("9500"), "USD", None)}
    assert Text("formula.amount", dollars).render("en") == "9,500 USD"  # as entered, as Money prints it
    assert Text("formula.amount", dollars).render("th") == "9,500 ดอลลาร์สหรัฐ"
    odd = {"amount": Amount(Decimal("5"), "XAU")}
    assert Text("formula.amount", odd).render("th") == "5.00 XAU"
    rate = {"rate": Percent(Decimal("0.075")), "cap": Percent(Decimal("0.15"))}
    assert (
        Text("formula.debt.within_cap", rate).english()
        == "7.5% a year is within the cap of 15%: as under the contract"
    )
    assert Text("formula.debt.within_cap", rate).render("th").startswith("ร้อยละ 7.5 ต่อปี")
    extra = {
        "quantity": Decimal(80),
        "multiplier": Decimal(2),
        "rate": Decimal("2.2727"),
        "currency": Currency("USD"),
        "basis": "contract",
    }
    assert Text("formula.extra.hours", extra).english() == "80 h x 2 x 2.2727 USD/h (contract)"
    assert (
        Text("formula.extra.hours", extra).render("th") == "80 ชั่วโมง × 2 × 2.2727 ดอลลาร์สหรัฐ/ชั่วโมง (contract)"
    )


def test_digits_stay_arabic_in_thai():
    text = Text("interest.on.wages", {"due": date(2020, 1, 31)})
    assert not any(ch in "๐๑๒๓๔๕๖๗๘๙" for ch in text.render("th"))
    assert text.render("th") == "ดอกเบี้ยของค่าจ้างที่ถึงกำหนดจ่ายวันที่ 31 มกราคม 2563"


def test_an_unknown_locale_is_written_in_english():
    text = Text("credit.received", {"on": date(2017, 4, 11)})
    assert text.render("fr") == text.render(None) == "Received on 2017-04-11"


def test_every_argument_type_survives_json_and_renders_the_same(rulebook):
    citation = rulebook.at("th.severance.tiers", date(2020, 1, 1)).citation
    text = Text(
        "error.other",
        {
            "error": Join(
                (
                    "words",
                    Decimal("2.50"),
                    7,
                    date(2021, 4, 11),
                    Month(date(2021, 4, 1)),
                    Amount(Decimal("10"), "THB"),
                    Amount(Decimal("10.5"), "USD", None),
                    Percent(Decimal("0.05")),
                    Currency("PHP"),
                    Cite(citation),
                    Text("per.month"),
                ),
                " | ",
            )
        },
    )
    back = json.loads(json.dumps(to_json(text)))
    for code in ("en", "th"):
        assert render_text(back, code) == text.render(code)
    assert to_json(from_json(back)) == back
    assert "พระราชบัญญัติคุ้มครองแรงงาน (ฉบับที่ 7) พ.ศ. 2562" in text.render("th")
    assert "11 เมษายน 2564" in text.render("th") and "เมษายน 2564 |" in text.render("th")


# --- real breakdowns ------------------------------------------------------------------------------------------------

# Labels that may read the same in both languages: none of the engine's own; a figure or a code would be one.
SAME_IN_BOTH = {"", "THB", "USD"}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_an_example_written_in_thai_has_no_english_label_left(path, rulebook):
    result = stored(compute_claim(parse_claim(example(path)), rulebook))
    assert result["lines"]
    for line in result["lines"]:
        thai = render_line(line, "th")
        assert thai["label"] != line["label"] or thai["label"] in SAME_IN_BOTH, line["label"]
        assert has_thai_script(thai["label"]), thai["label"]
    for warning in result["warnings"]:
        assert has_thai_script(render_warning(warning, "th")["message"]), warning["message"]


@pytest.mark.parametrize("path", EXAMPLES + CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_stored_keys_give_back_the_stored_english_exactly(path, rulebook):
    claim = example(path) if path.suffix == ".json" else case_claim(path)
    result = stored(compute_claim(parse_claim(claim), rulebook))
    for line in result["lines"]:
        assert render_text(line["label_text"], "en") == line["label"]
        assert render_text(line["formula_text"], "en") == line["formula"]
        assert [render_text(note, "en") for note in line.get("notes_text", [])] == line["notes"]
        for item in line["basis"]:
            if "rule" in item:
                assert item["text_th"] and "ใช้บังคับตั้งแต่" in item["text_th"]
            elif "text_text" in item:
                assert render_text(item["text_text"], "en") == item["text"]
            else:  # words the user entered (the basis of a head of compensation), shown as entered
                assert item["text"] in json.dumps(claim, ensure_ascii=False), item
    for warning in result["warnings"]:
        assert render_text(warning["message_text"], "en") == warning["message"]


@pytest.mark.parametrize("path", EXAMPLES + CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_stored_text_renders_in_thai_without_falling_back(path, rulebook):
    claim = example(path) if path.suffix == ".json" else case_claim(path)
    result = stored(compute_claim(parse_claim(claim), rulebook))
    found = list(texts_in(result))
    assert found
    for text in found:
        assert text["key"] in th.TEMPLATES, text["key"]
        assert set(text["args"]) == fields(en.TEMPLATES[text["key"]]), text["key"]
        render_text(text, "th")  # no fallback given: raises if anything cannot be written


def test_a_time_barred_note_names_the_limitation_rule_in_thai(rulebook):
    path = ROOT / "docs" / "examples" / "loan-3pct-month.json"
    result = stored(compute_claim(parse_claim(example(path)), rulebook))
    barred = next(line for line in result["lines"] if "time_barred" in line["flags"])
    note = render_line(barred, "th")["notes"][-1]
    assert note.startswith("ขาดอายุความ: ประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 193/34 (9)"), note
    assert "ใช้บังคับตั้งแต่ 8 เมษายน 2535" in note


def test_the_basis_of_a_line_is_written_in_thai(rulebook):
    path = ROOT / "docs" / "examples" / "loan-3pct-month.json"
    result = stored(compute_claim(parse_claim(example(path)), rulebook))
    severance_line = next(line for line in result["lines"] if line["head"] == "severance")
    basis = [render_basis(item, "th") for item in severance_line["basis"]]
    assert basis[0] == (
        "พระราชบัญญัติคุ้มครองแรงงาน (ฉบับที่ 7) พ.ศ. 2562 มาตรา 118 วรรคหนึ่ง (5)-(6) ที่แก้ไขเพิ่มเติม "
        "(TH-LPA-SEV, ใช้บังคับตั้งแต่ 5 พฤษภาคม 2562)"
    )
    assert basis[1].startswith("CONV-SERVICE: นับทั้งวันแรกและวันสุดท้าย")
    assert render_basis(severance_line["basis"][0], "en") == severance_line["basis"][0]["text"]


# --- old snapshots ----------------------------------------------------------------------------------------------------


def test_a_snapshot_stored_before_the_keys_were_kept_shows_its_english():
    line = {
        "head": "wages",
        "label": "Basic pay under the contract",
        "amount": "400.00",
        "currency": "USD",
        "formula": "1 month x 400.00 USD/month",
        "basis": [
            {"text": "employment contract (Garment factory)"},
            {"rule": "th.x", "text": "Act, s.1", "verified": True},
        ],
        "period": ["2009-02-01", "2009-02-28"],
        "flags": [],
        "counted": True,
        "scenario": None,
        "notes": ["shown for comparison: the higher figure counts"],
    }
    thai = render_line(line, "th")
    assert (thai["label"], thai["formula"], thai["notes"]) == (line["label"], line["formula"], line["notes"])
    assert [item["text"] for item in thai["basis"]] == ["employment contract (Garment factory)", "Act, s.1"]
    assert (
        thai["amount"] == "400.00" and line["label"] == "Basic pay under the contract"
    )  # the stored line unchanged
    warning = {"code": "range", "message": "the contract gives a range", "severity": "warning"}
    assert render_warning(warning, "th")["message"] == "the contract gives a range"


def test_a_key_the_catalogues_no_longer_have_falls_back_to_the_stored_english():
    line = {
        "label": "Old words",
        "label_text": {"key": "wages.retired_key", "args": {}},
        "formula": "1 x 2",
        "formula_text": {"key": "formula.amount", "args": {}},  # a field missing
        "notes": ["a note"],
        "notes_text": [{"key": "note.shown", "args": {"stray": "an argument no template uses"}}],
        "basis": [],
    }
    thai = render_line(line, "th")
    assert (thai["label"], thai["formula"]) == ("Old words", "1 x 2")
    assert thai["notes"] == ["แสดงไว้เพื่อเปรียบเทียบ: นับเฉพาะจำนวนที่สูงกว่า"]  # an extra argument is not used
    with pytest.raises(KeyError):
        render_text({"key": "wages.retired_key", "args": {}}, "th")


def test_a_line_made_with_plain_strings_is_shown_as_it_is():
    line = make_line(Head.WAGES, "Hand-made", Decimal(1), "THB", "1 x 1", ("a contract",), notes=("by hand",))
    result = json.loads(json.dumps(line_to_dict(line)))
    assert "label_text" not in result and "formula_text" not in result and "notes_text" not in result
    thai = render_line(result, "th")
    assert (thai["label"], thai["formula"], thai["notes"]) == ("Hand-made", "1 x 1", ["by hand"])
    assert isinstance(line, Line) and line.label == "Hand-made" and line.notes == ("by hand",)
