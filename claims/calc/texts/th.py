"""Thai: the engine's words for Thai pages and court documents.

Dates in the Buddhist Era with the month in full ("11 เมษายน 2560"), amounts with "บาท" (other currencies by their
Thai name), rates as "ร้อยละ 15". Digits stay Arabic: a document converts them when its template asks for Thai
digits. The legal terms follow the glossary of the project's guide to Thai court documents (thai-documents.md,
sections 2.3 and 10): ค่าจ้างค้างจ่าย, ค่าชดเชย, สินจ้างแทนการบอกกล่าวล่วงหน้า, ค่าล่วงเวลา, ค่าทำงานในวันหยุด, ดอกเบี้ย,
เงินเพิ่ม ... Terms the glossary does not give are the best wording found and wait for a lawyer's check: they are
listed in claims/rules/th/README.md.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from claims.rules.thai import thai_date, thai_month

# ISO 4217 codes of the currencies the app offers (claims/web/labels.py), by their usual Thai names; any other
# code is written as it is.
CURRENCIES = {
    "THB": "บาท",
    "USD": "ดอลลาร์สหรัฐ",
    "MMK": "จ๊าต",
    "KHR": "เรียล",
    "LAK": "กีบ",
    "VND": "ด่อง",
    "PHP": "เปโซฟิลิปปินส์",
    "MYR": "ริงกิต",
    "EUR": "ยูโร",
    "SEK": "โครนาสวีเดน",
    "RON": "ลิวโรมาเนีย",
    "JPY": "เยน",
    "KRW": "วอน",
    "TWD": "ดอลลาร์ไต้หวัน",
}


def write_date(day: date) -> str:
    return thai_date(day)


def write_month(day: date) -> str:
    return thai_month(day)


def write_amount(value: Decimal, currency: str, places: int | None = 2) -> str:
    figure = f"{value:,}" if places is None else f"{value:,.{places}f}"
    return f"{figure} {write_currency(currency)}"


def write_percent(rate: Decimal) -> str:
    return "ร้อยละ " + format((rate * 100).normalize(), "f")


def write_currency(code: str) -> str:
    return CURRENCIES.get(code, code)


_EXTRA_HOURS = {
    "overtime": "ค่าล่วงเวลาในวันทำงาน",
    "holiday": "ค่าทำงานในวันหยุดภายในเวลาทำงานปกติ",
    "holiday_overtime": "ค่าล่วงเวลาในวันหยุด",
    "restday": "ค่าทำงานในวันหยุดพักประจำสัปดาห์ (rest day)",
}
_TRIAL = " (ช่วง 'ทดลองงาน' ที่ไม่ได้รับค่าจ้าง: ต้องจ่ายเช่นเดียวกับวันทำงานอื่น)"

TEMPLATES: dict[str, str] = {
    # heads of claim and flags
    "head.wages": "ค่าจ้างค้างจ่าย",
    "head.severance": "ค่าชดเชย",
    "head.notice": "สินจ้างแทนการบอกกล่าวล่วงหน้า",
    "head.leave": "ค่าจ้างสำหรับวันหยุดพักผ่อนประจำปีที่ไม่ได้ใช้",
    "head.interest": "ดอกเบี้ย",
    "head.surcharge": "เงินเพิ่ม",
    "head.debt": "หนี้สิน",
    "head.fees": "ค่าบริการและค่าใช้จ่ายในการจัดหางาน",
    "head.tip_fund": "กองทุนเพื่อการป้องกันและปราบปรามการค้ามนุษย์",
    "head.compensation": "ค่าสินไหมทดแทนในคดีอาญา",
    "head.damages": "ค่าเสียหาย",
    "head.conversion": "การแปลงสกุลเงิน",
    "flag.unverified": "ยังไม่ได้ตรวจสอบ",
    "flag.time_barred": "ขาดอายุความ",
    "flag.assumption": "ข้อสันนิษฐาน",
    "flag.convention": "หลักการคำนวณที่กฎหมายไม่ได้กำหนด",
    "flag.missing": "ยังไม่ทราบจำนวน",
    "flag.error": "คำนวณไม่ได้",
    "flag.not_counted": "ไม่นับรวมในยอด",
    "flag.non_monetary": "ไม่ใช่จำนวนเงิน",
    # failed rule look-ups
    "error.no_rule_in_force": "หลักเกณฑ์ '{rule}' ไม่มีค่าที่ใช้บังคับในวันที่ {on}",
    "error.no_rule_in_force.before_first": (
        "หลักเกณฑ์ '{rule}' ไม่มีค่าที่ใช้บังคับในวันที่ {on}: รายการแรกเริ่มใช้บังคับวันที่ {first}"
    ),
    "error.no_rule_in_force.repealed": "หลักเกณฑ์ '{rule}' ไม่มีค่าที่ใช้บังคับในวันที่ {on}: ถูกยกเลิกตั้งแต่วันที่ {repealed}",
    "error.no_rule_in_force.no_key": "หลักเกณฑ์ '{rule}' ไม่มีค่าที่ใช้บังคับในวันที่ {on}: ไม่มีค่าสำหรับ {key} ในตาราง",
    "error.no_rule_in_force.detail": "หลักเกณฑ์ '{rule}' ไม่มีค่าที่ใช้บังคับในวันที่ {on}: {detail}",
    "error.unknown_rule": "ไม่มีหลักเกณฑ์ชื่อ '{rule}' ในตารางหลักเกณฑ์",
    "error.other": "{error}",
    # notes
    "note.unverified": "อาศัยหลักเกณฑ์ที่ยังไม่ได้ตรวจสอบ: {rules}",
    "note.time_barred": "ขาดอายุความ: {rule}",
    "note.shown": "แสดงไว้เพื่อเปรียบเทียบ: นับเฉพาะจำนวนที่สูงกว่า",
    "note.collateral": "หลักประกันที่ผู้ให้กู้ยึดไว้: {collateral}",
    "note.days_prorated": (
        "เดือนไม่เต็มเดือนของรายการที่ซ้ำทุกเดือน: ทำงานเดือนละ {days} วัน x {covered}/{month_days} วัน = {share} วัน"
    ),
    "note.claimed_from_lender": "เรียกร้องจาก {lender} ไม่ใช่จากนายจ้าง: ไม่รวมในยอดรวมของข้อเรียกร้อง",
    "note.no_surcharge_pay_in_lieu_before_17_1": (
        "ไม่มีเงินเพิ่มกรณีจงใจไม่จ่าย: สินจ้างแทนการบอกกล่าวล่วงหน้าของการเลิกจ้างก่อนวันที่ 5 พฤษภาคม 2562 "
        "ไม่ใช่เงินตามมาตรา 9 วรรคหนึ่ง แห่งพระราชบัญญัติคุ้มครองแรงงานฯ (มาตรา 17/1 เพิ่มโดยฉบับที่ 7) "
        "และมาตรา 9 วรรคสองใช้เฉพาะกับเงินดังกล่าว"
    ),
    # warnings
    "warn.range": "สัญญากำหนดค่าจ้างเป็นช่วง: การคำนวณจึงมีข้อเรียกร้องขั้นต่ำและขั้นสูง",
    "warn.no_limitation_rule": "ไม่มีหลักเกณฑ์อายุความสำหรับ{kind}ใน {jurisdiction}: ไม่ได้ตรวจสอบอายุความ",
    "warn.time_bar_not_tested": "ไม่ได้ตรวจสอบอายุความ: {error}",
    "warn.limitation_soon": "ข้อเรียกร้องบางส่วนจะขาดอายุความหลังวันที่ {last_day}: ควรยื่นฟ้องภายในวันดังกล่าว",
    "warn.limitation_soon.moved": (
        "ข้อเรียกร้องบางส่วนจะขาดอายุความหลังวันที่ {last_day}: ควรยื่นฟ้องภายในวันดังกล่าว ({moved})"
    ),
    "warn.limitation_moved": "จำนวนเงินที่ถึงกำหนดชำระวันที่ {due} ยังไม่ขาดอายุความ: {moved}",
    "warn.no_exchange_rate": (
        "{credit}: {amount} นำไปหักกับข้อเรียกร้องในสกุล {target} ไม่ได้หากไม่มีอัตราแลกเปลี่ยน "
        "{source}->{target} ลงวันที่ไม่หลังวันที่ {on}; โปรดกรอกอัตราแลกเปลี่ยน"
    ),
    "warn.designation_matches_nothing": (
        '{credit}: ระบุว่าชำระสำหรับ {designation} แต่ไม่มีจำนวนเงินที่ถึงกำหนดชำระสำหรับรายการนั้น: โปรดตรวจสอบช่อง "for" '
        "ของการชำระเงิน; ระหว่างนี้นำไปหักหนี้รายที่ถึงกำหนดก่อน (ประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 328 วรรคสอง)"
    ),
    "warn.no_rule_tables": (
        "ไม่มีตารางหลักเกณฑ์สำหรับประเทศของสถานที่ทำงาน {jurisdiction}: คำนวณเฉพาะตามสัญญาจ้าง "
        "(ไม่มีค่าจ้างขั้นต่ำ อัตราค่าล่วงเวลา ค่าชดเชย หรือการบอกกล่าวล่วงหน้าตามกฎหมายของประเทศนั้น)"
    ),
    "warn.no_minimum_wage": "ไม่มีตารางค่าจ้างขั้นต่ำสำหรับ {jurisdiction}: ค่าจ้างปกติคิดตามสัญญาจ้างเท่านั้น",
    "warn.no_province": "{employer}: ไม่ได้ระบุจังหวัด จึงไม่ได้ตรวจสอบกับค่าจ้างขั้นต่ำ โปรดระบุจังหวัด",
    "warn.floor_currency": (
        "{employer}: ค่าจ้างเป็นสกุล {currency} แต่ค่าจ้างขั้นต่ำเป็น {unit}; ไม่มีการแปลงสกุลเงิน จึงไม่ได้ตรวจสอบกับค่าจ้างขั้นต่ำ"
    ),
    "warn.no_multiplier": "{employer}: คำนวณ{what}ไม่ได้ เพราะไม่มีอัตราหรือตัวคูณตามสัญญา และไม่มีหลักเกณฑ์ตามกฎหมาย",
    "warn.no_surcharge_rule": "นายจ้างจงใจไม่จ่ายเงิน: ไม่มีหลักเกณฑ์เงินเพิ่มสำหรับ {jurisdiction} จึงไม่ได้คำนวณเงินเพิ่ม",
    "warn.floor_not_compared": "เปรียบเทียบกับค่าจ้างขั้นต่ำไม่ได้: {error}",
    "warn.no_severance_rule": "ไม่มีหลักเกณฑ์ค่าชดเชยสำหรับ {jurisdiction}: ไม่ได้คำนวณค่าชดเชย",
    "warn.no_usury_rule": "ไม่มีหลักเกณฑ์เพดานดอกเบี้ยสำหรับ {jurisdiction}: แสดงเฉพาะยอดหนี้ตามสัญญา",
    "warn.interest_above_cap": "เงินกู้จาก {lender}: ดอกเบี้ย{rate} ต่อปี เกินอัตราสูงสุดตามกฎหมาย{cap} ต่อปี",
    "warn.no_fee_refund_interest_rule": "ไม่มีหลักเกณฑ์ {rule}: ไม่ได้คำนวณดอกเบี้ยของเงินค่าบริการที่ต้องคืน",
    "warn.no_dismissal_date": "ไม่ได้ระบุวันเลิกจ้าง: ไม่ได้คำนวณดอกเบี้ยร้อยละ 12 ของเงินค่าบริการที่ต้องคืน",
    "warn.no_unexpired_rule": "{employer}: ถูกเลิกจ้างโดยไม่มีเหตุอันสมควร แต่ตารางหลักเกณฑ์ของศาล {forum} ไม่มีหลักเกณฑ์เงินเดือนสำหรับระยะเวลาที่เหลือของสัญญา: ไม่ได้คำนวณ",
    "warn.unexpired_not_overseas": "{employer}: สถานที่ทำงานอยู่ใน {forum}; RA 8042 s.10 (เงินเดือนสำหรับระยะเวลาที่เหลือของสัญญา) ใช้กับแรงงานในต่างประเทศเท่านั้น: ไม่ได้คำนวณ",
    "warn.no_deduction_refund_interest": "ถูกเลิกจ้างวันที่ {on} ก่อนหลักเกณฑ์ {rule} ใช้บังคับ (RA 10022): เงินที่ถูกหักยังรวมอยู่ในค่าจ้างที่เรียกร้อง โดยไม่มีดอกเบี้ยร้อยละ 12",
    "warn.no_fee_rules": "ไม่มีตารางหลักเกณฑ์ค่าบริการจัดหางานของ {country}: กฎหมายของประเทศนั้นจะใช้บังคับกับการคืนเงิน; ไม่ได้คำนวณ",
    "warn.no_demand_date": "ดอกเบี้ยตาม {rule} เริ่มนับแต่วันทวงถาม: โปรดระบุวันทวงถามเพื่อคำนวณดอกเบี้ย",
    "warn.no_interest_rule": "ไม่มีหลักเกณฑ์ดอกเบี้ยค่าจ้างสำหรับ {forum} หรือ {workplace}: ไม่ได้คำนวณดอกเบี้ย",
    "warn.kind_of_work.excluded": "{employer}: {head}ไม่ใช้บังคับกับ{kind}ตาม {rule}: ไม่ได้คำนวณ",
    "warn.kind_of_work.unverified": "{kind}: การที่{head}ใช้บังคับหรือไม่ อาศัยหลักเกณฑ์ที่ยังไม่ได้ตรวจสอบ: {rule}",
    "warn.kind_of_work.no_rule": (
        "ไม่มีหลักเกณฑ์ว่า{head}ใช้บังคับกับ{kind}ในประเทศของสถานที่ทำงานนี้หรือไม่: คำนวณเช่นเดียวกับงานทั่วไป"
    ),
    "warn.traditional_holidays.monthly": (
        "{employer}: ค่าจ้างรายเดือนรวมค่าจ้างในวันหยุดตามประเพณีไว้แล้ว (มาตรา 56): วันหยุดที่กรอกไว้ไม่เพิ่มยอด"
    ),
    "warn.traditional_holidays.piece": (
        "{employer}: ค่าจ้างในวันหยุดตามประเพณีของลูกจ้างตามผลงานคิดจากค่าจ้างเฉลี่ยต่อวัน (มาตรา 57) "
        "ซึ่งรายการไม่ได้ระบุ: ไม่ได้คำนวณ"
    ),
    "warn.traditional_holidays.no_rule": "ไม่มีหลักเกณฑ์ค่าจ้างในวันหยุดตามประเพณีสำหรับ {jurisdiction}: ไม่ได้คำนวณ",
    "kind_of_work.general": "งานทั่วไป",
    "kind_of_work.domestic": "งานบ้าน",
    "kind_of_work.sea_fishing": "งานประมงทะเล",
    "kind_of_work.agriculture": "งานเกษตรกรรมที่ไม่ได้จ้างลูกจ้างตลอดปี",
    "kind_of_work.agriculture_all_year": "งานเกษตรกรรมที่จ้างลูกจ้างตลอดปี",
    "kind_of_work.head.minimum_wage": "ค่าจ้างขั้นต่ำ",
    "kind_of_work.head.overtime": "ค่าล่วงเวลาในวันทำงาน",
    "kind_of_work.head.holiday_work": "ค่าทำงานในวันหยุด",
    "kind_of_work.head.holiday_overtime": "ค่าล่วงเวลาในวันหยุด",
    "kind_of_work.head.severance": "ค่าชดเชย",
    "kind_of_work.head.traditional_holidays": "ค่าจ้างในวันหยุดตามประเพณี",
    # kinds of claim a limitation rule covers
    "claim_kind.wages": "ค่าจ้าง",
    "claim_kind.severance": "ค่าชดเชย",
    "claim_kind.pay_in_lieu": "สินจ้างแทนการบอกกล่าวล่วงหน้า",
    # interest and surcharge on an amount falling due
    "interest.on.wages": "ดอกเบี้ยของค่าจ้างที่ถึงกำหนดจ่ายวันที่ {due}",
    "interest.on.severance": "ดอกเบี้ยของค่าชดเชยที่ถึงกำหนดจ่ายวันที่ {due}",
    "interest.on.pay_in_lieu": "ดอกเบี้ยของสินจ้างแทนการบอกกล่าวล่วงหน้าที่ถึงกำหนดจ่ายวันที่ {due}",
    "interest.on.leave": "ดอกเบี้ยของค่าจ้างสำหรับวันหยุดพักผ่อนประจำปีที่ไม่ได้ใช้ที่ถึงกำหนดจ่ายวันที่ {due}",
    "interest.on.unexpired": "ดอกเบี้ยของเงินเดือนสำหรับระยะเวลาที่เหลือของสัญญาที่ถึงกำหนดจ่ายวันที่ {due}",
    "surcharge.on.wages": "เงินเพิ่มกรณีจงใจไม่จ่ายค่าจ้างที่ถึงกำหนดจ่ายวันที่ {due}",
    "surcharge.on.severance": "เงินเพิ่มกรณีจงใจไม่จ่ายค่าชดเชยที่ถึงกำหนดจ่ายวันที่ {due}",
    "surcharge.on.pay_in_lieu": "เงินเพิ่มกรณีจงใจไม่จ่ายสินจ้างแทนการบอกกล่าวล่วงหน้าที่ถึงกำหนดจ่ายวันที่ {due}",
    "surcharge.on.leave": ("เงินเพิ่มกรณีจงใจไม่จ่ายค่าจ้างสำหรับวันหยุดพักผ่อนประจำปีที่ไม่ได้ใช้ที่ถึงกำหนดจ่ายวันที่ {due}"),
    "surcharge.on.unexpired": "เงินเพิ่มกรณีจงใจไม่จ่ายเงินเดือนสำหรับระยะเวลาที่เหลือของสัญญาที่ถึงกำหนดจ่ายวันที่ {due}",
    # wages
    "wages.floor": "ค่าจ้างขั้นต่ำตามกฎหมาย",
    "wages.basic.contract": "ค่าจ้างปกติตามสัญญาจ้าง",
    "wages.basic.contract.trial": "ค่าจ้างปกติตามสัญญาจ้าง" + _TRIAL,
    "wages.basic.statutory": "ค่าจ้างปกติตามอัตราค่าจ้างขั้นต่ำตามกฎหมาย",
    "wages.basic.statutory.trial": "ค่าจ้างปกติตามอัตราค่าจ้างขั้นต่ำตามกฎหมาย" + _TRIAL,
    "wages.basic.alone": "ค่าจ้างปกติ",
    "wages.basic.alone.trial": "ค่าจ้างปกติ" + _TRIAL,
    "wages.unlawful_deduction": "เงินที่หักจากค่าจ้างโดยไม่ชอบด้วยกฎหมาย ({kind}) วันที่ {on}",
    "wages.deduction_reimbursed": "คืนเงินที่หักจากค่าจ้าง ({kind}) วันที่ {on}: ถูกเลิกจ้างโดยไม่มีเหตุอันสมควร",
    "unexpired.salaries": "เงินเดือนสำหรับระยะเวลาที่เหลือของสัญญา {from} ถึง {to}",
    "wages.traditional_holidays.contract": "ค่าจ้างในวันหยุดตามประเพณีที่ไม่ได้ทำงาน ตามสัญญาจ้าง",
    "wages.traditional_holidays.statutory": "ค่าจ้างในวันหยุดตามประเพณีที่ไม่ได้ทำงาน ตามอัตราค่าจ้างขั้นต่ำตามกฎหมาย",
    "contract.employment_contract": "สัญญาจ้าง",
    "hours.per_day": "วันละ {hours} ชั่วโมง",
    "hours.assumed_entered": "สันนิษฐานว่าทำงานวันละ {hours} ชั่วโมง (กรอกไว้เป็นข้อสันนิษฐาน)",
    "hours.assumed_statutory": "สันนิษฐานว่าทำงานวันละ {hours} ชั่วโมง: สัญญาไม่ได้ระบุ จึงใช้เวลาทำงานสูงสุดตามกฎหมาย",
    "hours.assumed_default": "สันนิษฐานว่าทำงานวันละ {hours} ชั่วโมง: ไม่ได้ระบุเวลาทำงานปกติ",
    "hourly.from_daily": "{rate}/วัน / {hours} ชั่วโมง",
    "hourly.from_daily_assumed": "{rate}/วัน / {hours} ชั่วโมง; {assumption}",
    "hourly.from_monthly_hours": "{rate} / {hours} ชั่วโมงต่อเดือน",
    "hourly.from_monthly": "{rate} / ({days} วัน × {hours} ชั่วโมง)",
    "hourly.from_monthly_assumed": "{rate} / ({days} วัน × {hours} ชั่วโมง); {assumption}",
    "hourly.from_monthly_assumed_days": (
        "{rate} / ({days} วัน × {hours} ชั่วโมง); {assumption}; สันนิษฐานว่าทำงานเดือนละ {days} วัน"
    ),
    "hourly.floor": "ค่าจ้างขั้นต่ำ {rate} / {hours} ชั่วโมง",
    "hourly.floor_assumed": "ค่าจ้างขั้นต่ำ {rate} / {hours} ชั่วโมง; {assumption}",
    "rate.per_hour": "{rate}/ชั่วโมง",
    "rate.per_day": "{rate}/วัน",
    "rate.weighted": "({parts})",
    "rate.weighted_part": "{rate}/วัน × {days}/{total}",
    "rate.contract_piece": "อัตราค่าจ้างต่อชิ้นตามสัญญาจ้าง",
    "rate.daily_from_monthly": "{rate} / {divisor}",
    "rate.daily_from_hourly": "{rate}/ชั่วโมง × {hours}",
    "rate.daily_from_pieces": "{pieces} ชิ้น × {rate} / {days} วัน",
    "rate.minimum_wage": "ค่าจ้างขั้นต่ำ {rate}",
    "quantity.days": "{n} วัน",
    "quantity.hours": "{n} ชั่วโมง",
    "quantity.pieces": "{n} ชิ้น",
    "quantity.days_of_hours": "{days} วัน × {hours}",
    "quantity.one_month": "1 เดือน",
    "quantity.part_month": "{days}/{month_days} ของเดือน",
    "quantity.months": "{n} เดือน",
    "formula.pay.monthly": "{quantity} × {rate}/เดือน",
    "formula.pay.daily": "{quantity} × {rate}/วัน",
    "formula.pay.hourly": "{quantity} × {rate}/ชั่วโมง",
    "formula.pay.piece": "{quantity} × {rate}/ชิ้น",
    "formula.floor.monthly": "{divisor} วัน × {months} × {rate}",
    "formula.floor.days": "{days} วัน × {rate}",
    "formula.extra.hours": "{quantity} ชั่วโมง × {multiplier} × {rate} {currency}/ชั่วโมง ({basis})",
    "formula.extra.pieces": "{quantity} ชิ้น × {multiplier} × {rate} {currency}/ชิ้น ({basis})",
    "formula.no_days": "ไม่ได้ระบุจำนวนวันทำงาน",
    "formula.no_pieces": "ไม่ได้ระบุจำนวนชิ้นงาน",
    "formula.no_hours_or_days": "ไม่ได้ระบุจำนวนชั่วโมงและวันทำงาน",
    "formula.no_wage": "ไม่มีค่าจ้างตามสัญญาและไม่มีค่าจ้างขั้นต่ำตามกฎหมาย",
    "formula.no_multiplier": "{quantity}: ไม่มีตัวคูณหรืออัตราที่จะใช้",
    # payments and deductions set against the wages
    "credit.received": "เงินที่ได้รับเมื่อวันที่ {on}",
    "credit.received.against_barred": "เงินที่ได้รับเมื่อวันที่ {on} (หักกับยอดที่ขาดอายุความ)",
    "credit.received.more_than_due": "เงินที่ได้รับเมื่อวันที่ {on}: ส่วนที่เกินกว่ายอดที่ถึงกำหนดชำระ",
    "credit.received.converted": "เงินที่ได้รับเมื่อวันที่ {on}: แปลงเป็นสกุล {target}",
    "credit.received_note": "เงินที่ได้รับเมื่อวันที่ {on} ({note})",
    "credit.received_note.against_barred": "เงินที่ได้รับเมื่อวันที่ {on} ({note}) (หักกับยอดที่ขาดอายุความ)",
    "credit.received_note.more_than_due": "เงินที่ได้รับเมื่อวันที่ {on} ({note}): ส่วนที่เกินกว่ายอดที่ถึงกำหนดชำระ",
    "credit.received_note.converted": "เงินที่ได้รับเมื่อวันที่ {on} ({note}): แปลงเป็นสกุล {target}",
    "credit.lawful_deduction": "เงินที่หักจากค่าจ้างโดยชอบด้วยกฎหมาย ({kind}) วันที่ {on}",
    "credit.lawful_deduction.against_barred": (
        "เงินที่หักจากค่าจ้างโดยชอบด้วยกฎหมาย ({kind}) วันที่ {on} (หักกับยอดที่ขาดอายุความ)"
    ),
    "credit.lawful_deduction.more_than_due": (
        "เงินที่หักจากค่าจ้างโดยชอบด้วยกฎหมาย ({kind}) วันที่ {on}: ส่วนที่เกินกว่ายอดที่ถึงกำหนดชำระ"
    ),
    "credit.lawful_deduction.converted": "เงินที่หักจากค่าจ้างโดยชอบด้วยกฎหมาย ({kind}) วันที่ {on}: แปลงเป็นสกุล {target}",
    "credit.refunded_deduction": "เงินที่หักจากค่าจ้าง ({kind}) วันที่ {on}: คืนพร้อมดอกเบี้ยร้อยละ 12 ต่อปี (ด้านล่าง)",
    "credit.refunded_deduction.against_barred": "เงินที่หักจากค่าจ้าง ({kind}) วันที่ {on}: คืนพร้อมดอกเบี้ยร้อยละ 12 ต่อปี (ด้านล่าง; หักกับจำนวนที่ขาดอายุความ)",
    "credit.refunded_deduction.more_than_due": "เงินที่หักจากค่าจ้าง ({kind}) วันที่ {on}: คืนพร้อมดอกเบี้ยร้อยละ 12 ต่อปี (ด้านล่าง); เกินกว่าจำนวนที่ถึงกำหนด",
    "credit.refunded_deduction.converted": "เงินที่หักจากค่าจ้าง ({kind}) วันที่ {on}: คืนพร้อมดอกเบี้ยร้อยละ 12 ต่อปี (ด้านล่าง); แปลงเป็นสกุล {target}",
    "deduction.above_limits": "เกินอัตราที่กฎหมายกำหนด",
    "deduction.classed_unlawful": "จัดว่าไม่ชอบด้วยกฎหมาย",
    "formula.set_against": "หักกับยอดที่ถึงกำหนดชำระก่อนสุด: {amount}",
    "formula.set_against_designated": (
        "หักกับ {designation} ก่อนตามที่ผู้ชำระระบุ แล้วจึงหักกับยอดที่ถึงกำหนดชำระก่อนสุด: {amount}"
    ),
    "formula.set_against_barred": "หักกับยอดที่ขาดอายุความ: {amount}",
    "formula.more_than_due": "ได้รับ {amount} เกินกว่ายอดที่ถึงกำหนดชำระทั้งหมด; ไม่นำไปหักกับหมวดอื่น",
    "formula.unlawful_deduction": ("หักไว้ {amount}: ไม่นำไปหักกับค่าจ้าง จึงยังรวมอยู่ในจำนวนที่เรียกร้อง ({why})"),
    "formula.deduction_reimbursed": "หักไว้ {amount} ({why}) คืนเต็มจำนวน",
    "formula.unexpired": "{months} เดือน × {rate} + {days} วัน × {rate} / {divisor}",
    "formula.unexpired.months": "{months} เดือน × {rate}",
    "formula.unexpired.capped": "3 เดือนต่อทุกปีของระยะเวลาที่เหลือ {years} ปี: {capped} เดือน × {rate} (น้อยกว่า {months} เดือน {days} วัน)",
    "formula.unexpired.monthly_needed": "ต้องระบุเงินเดือนรายเดือนตามสัญญา",
    "formula.conversion": "{amount} × {rate} {target}/{source} (อัตราวันที่ {on}, {rate_source})",
    # severance, notice, leave
    "severance": "ค่าชดเชย",
    "severance.contract": "ค่าชดเชย (คิดจากค่าจ้างตามสัญญาจ้าง)",
    "severance.minimum_wage": "ค่าชดเชย (คิดจากอัตราค่าจ้างขั้นต่ำ)",
    "severance.service": "อายุงานตั้งแต่วันที่ {from} ถึงวันที่ {to}: {days} วัน ครบ {years} ปี",
    "notice": "สินจ้างแทนการบอกกล่าวล่วงหน้า (ตั้งแต่วันที่ {from} ถึงวันที่ {to})",
    "notice.contract": "สินจ้างแทนการบอกกล่าวล่วงหน้า (ตั้งแต่วันที่ {from} ถึงวันที่ {to}) คิดจากค่าจ้างตามสัญญาจ้าง",
    "notice.minimum_wage": "สินจ้างแทนการบอกกล่าวล่วงหน้า (ตั้งแต่วันที่ {from} ถึงวันที่ {to}) คิดจากอัตราค่าจ้างขั้นต่ำ",
    "leave": "ค่าจ้างสำหรับวันหยุดพักผ่อนประจำปีที่ไม่ได้ใช้",
    "leave.contract": "ค่าจ้างสำหรับวันหยุดพักผ่อนประจำปีที่ไม่ได้ใช้ (คิดจากค่าจ้างตามสัญญาจ้าง)",
    "leave.minimum_wage": "ค่าจ้างสำหรับวันหยุดพักผ่อนประจำปีที่ไม่ได้ใช้ (คิดจากอัตราค่าจ้างขั้นต่ำ)",
    "formula.daily_rate": "{days} วัน × {rate} {currency}/วัน ({basis})",
    "formula.daily_rate_service": "{days} วัน × {rate} {currency}/วัน ({basis}); {service}",
    "formula.no_daily_rate": "ไม่มีอัตราค่าจ้างรายวัน",
    "formula.severance.below_tier": "{service}: ไม่ถึงเกณฑ์ขั้นแรก จึงไม่มีสิทธิได้รับค่าชดเชย",
    "formula.notice.monthly": "{months} เดือน × {rate} + {days} วัน × {rate} / {divisor}",
    # interest and surcharge
    "formula.interest": "{principal} × {rate} ต่อปี × {days} วัน / {year_days} (ตั้งแต่วันที่ {from} ถึงวันที่ {to})",
    "formula.interest.term": "{principal} × {days} วัน (ตั้งแต่วันที่ {from} ถึงวันที่ {to})",
    "formula.interest.terms": "{rate} ต่อปี / {year_days} × ({terms})",
    "formula.surcharge": (
        "{marks} × {rate} × {base} (ทุกระยะเวลา {step} วันที่ค้างชำระ ครบกำหนดตั้งแต่วันที่ {from} ถึงวันที่ {to})"
    ),
    "formula.cannot_compute": "คำนวณไม่ได้: {error}",
    "interest.ph_fee_refund": "ดอกเบี้ยร้อยละ 12 ต่อปี ของเงินคืน{kind}ที่จ่ายให้ {payee}",
    "interest.ph_deduction_refund": "ดอกเบี้ยร้อยละ 12 ต่อปี ของเงินที่หักจากค่าจ้าง ({kind}) วันที่ {on} ที่ต้องคืน",
    # debts
    "debt.on": "ณ วันที่ {on}",
    "debt.projected_to": "ประมาณการถึงวันที่ {on}",
    "debt.terms": "{rate} ต่อ{per} แบบ{method}",
    "debt.contract": "หนี้ที่ค้างต่อ {lender} ตามสัญญากู้ยืม {when}",
    "debt.law": "หนี้ที่ค้างต่อ {lender} ตามกฎหมาย {when}",
    "debt.law_option": "หนี้ที่ค้างต่อ {lender} ตามกฎหมาย {when} (ทางเลือก: ดอกเบี้ยที่ชำระแล้ว{option})",
    "debt.overpaid": "เงินที่ชำระให้ {lender} เกินต้นเงิน ซึ่งเรียกคืนจากผู้ให้กู้ได้ {when}",
    "debt.overpaid_option": (
        "เงินที่ชำระให้ {lender} เกินต้นเงิน ซึ่งเรียกคืนจากผู้ให้กู้ได้ {when} (ทางเลือก: ดอกเบี้ยที่ชำระแล้ว{option})"
    ),
    "debt.default_interest": "{debt}: ดอกเบี้ยผิดนัดหลังการทวงถาม",
    "per.month": "เดือน",
    "per.year": "ปี",
    "loan_method.simple": "ดอกเบี้ยไม่ทบต้น",
    "loan_method.compound": "ดอกเบี้ยทบต้น",
    "usury_option.credit_to_principal": "นำไปหักต้นเงิน",
    "usury_option.unrecoverable": "เรียกคืนไม่ได้",
    "formula.debt.contract": "ต้นเงิน {principal} อัตรา {terms}: ต้นเงินคงเหลือ {left} + ดอกเบี้ยค้างชำระ {interest}",
    "formula.debt.within_cap": "{rate} ต่อปี ไม่เกินอัตราสูงสุดตามกฎหมาย{cap} ต่อปี: เท่ากับยอดตามสัญญา",
    "formula.debt.capped": "ลดดอกเบี้ยลงเหลืออัตราสูงสุดตามกฎหมาย{cap} ต่อปี",
    "formula.debt.credit_to_principal": (
        "ต้นเงิน {principal} - เงินที่ชำระคืนทั้งหมด {repaid}: ข้อตกลงเรื่องดอกเบี้ยตกเป็นโมฆะ เงินที่ชำระทั้งหมดจึงนำไปหักต้นเงิน"
    ),
    "formula.debt.unrecoverable": (
        "ต้นเงิน {principal} - เงินที่ชำระคืนต้นเงิน {principal_paid}: ดอกเบี้ยที่ชำระไปแล้ว ({interest_paid}) ไม่นำมาหัก"
    ),
    "formula.debt.overpaid.credit_to_principal": (
        "เงินที่ชำระคืนทั้งหมด {repaid} - ต้นเงิน {principal} = {overpaid}: ข้อตกลงเรื่องดอกเบี้ยตกเป็นโมฆะ จึงไม่มีหนี้เกินต้นเงิน"
    ),
    "formula.debt.overpaid.unrecoverable": (
        "เงินที่ชำระคืน {repaid} - ดอกเบี้ยที่ชำระไปแล้ว {interest_paid} (เรียกคืนไม่ได้ตามทางเลือกนี้) - "
        "ต้นเงินที่ชำระแล้ว {principal_paid} = {overpaid}"
    ),
    "formula.debt.with_default_interest": "{formula} + ดอกเบี้ยผิดนัดตามรายการด้านล่าง",
    # recruitment fees
    "fees.paid": "จ่ายให้ {payee}: {kind} ({category})",
    "fees.ph_full_reimbursement": "คืนค่าบริการจัดหางานเต็มจำนวน: ถูกเลิกจ้างโดยไม่มีเหตุอันสมควร",
    "fees.full_refund": "คืนเงินเต็มจำนวน: ไม่ได้ทำงานตามที่ตกลงไว้",
    "fees.above_maximum": "ค่าบริการที่เรียกเก็บเกินกว่าที่กฎหมายกำหนด",
    "fees.illegitimate": "ค่าใช้จ่ายที่ไม่ชอบธรรม (ไม่ชอบด้วยกฎหมายในทุกกรณี)",
    "fees.ilo_benchmark": "เกณฑ์ของ ILO: คนงานไม่ควรต้องจ่ายเงินใด ๆ",
    "fees.category_amount": "{category} {amount}",
    "fees.refund_early_dismissal": "เงินคืนกรณีถูกเลิกจ้างก่อนครบกำหนดสัญญา",
    "fees.refund_early_dismissal_share": "เงินคืนกรณีถูกเลิกจ้างก่อนครบกำหนดสัญญา ตามสัดส่วนระยะเวลาที่ไม่ได้ทำงาน",
    "fees.refund_lower_wage": "เงินคืนกรณีได้รับค่าจ้างต่ำกว่าที่ตกลงไว้",
    "fees.refund_lower_wage_share": "คืนค่าบริการตามสัดส่วนกรณีได้รับค่าจ้างต่ำกว่าที่ตกลงไว้",
    "fees.no_rule_table": "การคืนค่าบริการจัดหางานตามกฎหมายของ {country}",
    "fees.ph_other_outcome": "การคืนค่าบริการจัดหางาน: {outcome}",
    "fees.home_full_refund": "คืนเต็มจำนวน: งานในประเทศไทยไม่เป็นไปตามที่ตกลงไว้",
    "fees.home_other_outcome": "การคืนเงินกรณีจัดหางานในประเทศไทย: {outcome}",
    "formula.paid_on": "{amount} เมื่อวันที่ {on}",
    "formula.fees.placement_paid": "ค่าบริการจัดหางานที่จ่ายแล้ว: {amount}",
    "formula.fees.everything_paid": "ค่าบริการและค่าใช้จ่ายทั้งหมดที่จ่ายแล้ว: {amount}",
    "formula.fees.no_maximum": "ไม่ทราบอัตราสูงสุดตามกฎหมายสำหรับประเทศปลายทางและวันที่นี้: โปรดกรอก",
    "formula.fees.excess": "ค่าบริการ {charges} - อัตราสูงสุดตามกฎหมาย {maximum}",
    "formula.fees.illegitimate": "สินบน เงินประกัน และค่าใช้จ่ายที่ไม่ชอบธรรมอื่นที่จ่ายแล้ว: {amount}",
    "formula.fees.ilo_benchmark": "เงินทั้งหมดที่คนงานจ่าย ({parts})",
    "formula.fees.days_needed": "ต้องระบุจำนวนวันตามสัญญาและจำนวนวันที่ทำงานแล้ว",
    "formula.fees.days_not_worked": "{base} × {unworked} / {contract_days} วันที่ไม่ได้ทำงาน",
    "formula.fees.share_needed": "ต้องระบุสัดส่วนของค่าจ้างที่ได้รับจริงเทียบกับที่ตกลงไว้",
    "formula.fees.wage_share": "{charges} × (1 - {received} ของค่าจ้างที่ได้รับ)",
    "formula.fees.no_rule_table": "กฎหมายของ {country} (ประเทศที่ผู้จัดหางานได้รับอนุญาต) จะใช้บังคับ; ไม่มีตารางหลักเกณฑ์: ไม่ได้คำนวณจำนวนเงิน",
    "formula.fees.ph_no_rule": "กฎหมายฟิลิปปินส์ (ระเบียบ POEA/DMW) จะใช้บังคับกับการคืนเงินนี้; ไม่มีตารางหลักเกณฑ์: ไม่ได้คำนวณจำนวนเงิน",
    "formula.fees.home_kept": "คนหางานยังทำงานนั้นต่อ: มาตรา 28 วรรคสองไม่ได้กล่าวว่ายังต้องคืนเงินหรือไม่; ให้ทนายความพิจารณา (ไม่ได้คำนวณจำนวนเงิน)",
    "formula.fees.home_dismissed": "มาตรา 28 ไม่มีการคืนเงินกรณีถูกเลิกจ้างจากงานในประเทศไทย: ไม่ได้คำนวณจำนวนเงิน",
    "ph_fee_interest_from.dismissal": "เลิกจ้าง",
    "ph_fee_interest_from.payment": "จ่ายเงิน",
    "fee_outcome.as_promised": "เป็นไปตามที่ตกลงไว้",
    "fee_outcome.not_as_promised": "ไม่เป็นไปตามที่ตกลงไว้",
    "fee_outcome.dismissed_early": "ถูกเลิกจ้างก่อนครบสัญญา",
    "fee_outcome.lower_wage_kept": "ยังทำงานต่อแม้ได้ค่าจ้างต่ำกว่า",
    # TIP Fund
    "fund.item": "กองทุนเพื่อการป้องกันและปราบปรามการค้ามนุษย์: {item}",
    "fund.times": "{item} ({times} ครั้ง)",
    "fund.requested": "กองทุนเพื่อการป้องกันและปราบปรามการค้ามนุษย์: {item}: จำนวนที่ขอ",
    "fund.approved": "กองทุนเพื่อการป้องกันและปราบปรามการค้ามนุษย์: {item}: จำนวนที่อนุมัติ",
    "fund.paid": "กองทุนเพื่อการป้องกันและปราบปรามการค้ามนุษย์: {item}: จำนวนที่จ่ายแล้ว",
    "fund.approved_not_paid": "กองทุนเพื่อการป้องกันและปราบปรามการค้ามนุษย์: {item}: อนุมัติแล้วแต่ยังไม่ได้จ่าย",
    "fund_item.living_allowance": "ค่าครองชีพ",
    "fund_item.loss_of_income": "ค่าขาดประโยชน์ทำมาหาได้",
    "fund_item.consumption_goods": "ค่าเครื่องอุปโภคบริโภค",
    "fund_item.vocational_support": "ค่าส่งเสริมการประกอบอาชีพ",
    "fund_item.living_expenses": "ค่าใช้จ่ายในการดำรงชีพ",
    "fund_item.medical": "ค่ารักษาพยาบาล",
    "formula.fund.actual": "จำนวนที่จ่ายจริง {amount}",
    "formula.fund.rate": "{times} × {rate}",
    "formula.fund.observed": "{times} × {rate} (อัตราที่พบในคำขอจริง ไม่ใช่เพดาน)",
    "formula.fund.not_known": "ยังไม่ทราบจำนวน: รอกรอกข้อมูล (ไม่นับเป็นศูนย์)",
    "formula.fund.requested": "จำนวนที่ขอ: {amount}",
    "formula.fund.approved": "จำนวนที่อนุมัติ: {amount}",
    "formula.fund.paid": "จำนวนที่จ่ายแล้ว: {amount}",
    "formula.fund.approved_not_paid": "อนุมัติ {approved} - จ่ายแล้ว {paid}",
    # criminal compensation
    "comp": "ค่าสินไหมทดแทน",
    "comp.case": "ค่าสินไหมทดแทน ({case})",
    "comp.head": "{compensation}: {what}",
    "comp.from_head": "{compensation}: {what} (ตามหมวด{head}ข้างต้น)",
    "comp.proposed": "{compensation}: จำนวนที่เสนอ (เช่น ตามมติที่ประชุมปรึกษารายกรณีของสถานคุ้มครอง)",
    "comp.victim_wish": "{compensation}: จำนวนตามความประสงค์ของผู้เสียหาย บันทึกไว้คู่กับมติ",
    "comp.awarded": "{compensation}: จำนวนที่ศาลพิพากษาให้",
    "comp.awarded_on": "{compensation}: จำนวนที่ศาลพิพากษาให้เมื่อวันที่ {on}",
    "comp.received": "{compensation}: จำนวนที่ได้รับแล้ว",
    "comp.not_yet_received": "{compensation}: ศาลพิพากษาให้แล้วแต่ยังไม่ได้รับ",
    "head_word.wages": "ค่าจ้างค้างจ่าย",
    "head_word.fees": "ค่าบริการและค่าใช้จ่ายในการจัดหางาน",
    "head_word.debt": "หนี้สิน",
    "formula.amount": "{amount}",
    "formula.sum": "{terms}",
    "formula.difference": "{from} - {less}",
    "formula.comp.return_of_property": "การคืนทรัพย์สิน: ไม่มีจำนวนเงิน",
    "formula.comp.from_head": "ยอดรวมหมวด{head}ของการคำนวณนี้; นับรวมไว้แล้วในหมวดนั้น ไม่นับซ้ำ",
    "formula.comp.not_known": "ยังไม่ทราบจำนวน",
    # the basis of a line, in words
    "basis.rule": "หลักเกณฑ์ {rule}",
    "basis.contract": "{contract} ({employer})",
    "basis.trial": "พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541 มาตรา 5: ลูกจ้างทดลองงานเป็นลูกจ้าง (TH-LPA-TRIAL)",
    "basis.assumption_entered": "ข้อสันนิษฐานที่กรอกไว้",
    "basis.assumption_no_hours": "ข้อสันนิษฐาน: ไม่ได้ระบุเวลาทำงานปกติ",
    "basis.conv_hours": "CONV-HOURS: สันนิษฐานจำนวนวันทำงานต่อเดือน",
    "basis.conv_service": "CONV-SERVICE: นับทั้งวันแรกและวันสุดท้าย; นับระยะเวลาทดลองงานด้วย (TH-LPA-SEV-COUNT)",
    "basis.conv_payday": "CONV-PAYDAY: จ่ายค่าจ้างทุกวันสิ้นเดือน",
    "basis.leave_entered": "จำนวนวันที่ไม่ได้ใช้ตามที่กรอกไว้",
    "basis.received": "จำนวนเงินที่ได้รับตามที่กรอกไว้",
    "basis.designated": (
        "ประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 328 วรรคหนึ่ง: ลูกหนี้ระบุว่าชำระหนี้รายใด หนี้รายนั้นเป็นอันได้เปลื้องไป "
        "(TH-CCC-DESIGNATE ยังไม่ได้ตรวจสอบในสมุดหลักเกณฑ์)"
    ),
    "basis.conv_fx": "CONV-FX: อัตราแลกเปลี่ยนที่ผู้ใช้กรอก, {source}",
    "basis.lawful_by_user": "ผู้ใช้จัดว่าชอบด้วยกฎหมาย: {reason}",
    "basis.unlawful_by_user": "ผู้ใช้จัดว่าไม่ชอบด้วยกฎหมาย: {reason}",
    "basis.daycount.actual_365": "CONV-DAYCOUNT-TH: จำนวนวันจริง / 365 นับแต่วันถัดจากวันครบกำหนดถึงวันสุดท้าย",
    "basis.daycount.actual_actual": "CONV-DAYCOUNT-TH (ทางเลือก): จำนวนวันของแต่ละปีปฏิทิน / จำนวนวันของปีนั้น",
    "basis.daycount.ph.actual_365": "CONV-DAYCOUNT-PH: จำนวนวันจริง / 365 ดอกเบี้ยไม่ทบต้น ถึงวันสุดท้าย (ยังไม่ได้ตรวจสอบ)",
    "basis.daycount.ph.actual_actual": "CONV-DAYCOUNT-PH (ทางเลือก): จำนวนวันของแต่ละปีปฏิทิน / จำนวนวันของปีนั้น (ยังไม่ได้ตรวจสอบ)",
    "basis.surcharge_count.days_7": "CONV-SURCH: เงินเพิ่มหนึ่งครั้งต่อทุกระยะเวลา 7 วันเต็มที่ค้างชำระ, floor(วัน / 7)",
    "basis.surcharge_count.days_less_7": "CONV-SURCH (ทางเลือก): เงินเพิ่ม floor((วัน - 7) / 7) ครั้ง",
    "basis.loan_contract": "สัญญากู้ยืมเงินกับ {lender} ลงวันที่ {on} ({terms})",
    "basis.ccc_329": "ประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 329: เงินที่ชำระหักดอกเบี้ยก่อน",
    "basis.usury_effect": "TH-USURY-EFFECT: {option} (ยังไม่ได้ตรวจสอบว่าแนวใดใช้บังคับ)",
    "basis.evidence": "หลักฐาน: {evidence}",
    "basis.no_evidence": "หลักฐาน: ไม่มีบันทึก",
    "basis.evidence_needed": "หลักฐานที่ต้องใช้: {evidence}",
    "basis.ph_fee_refund": ("RA 8042 s.10 วรรคห้า (PH-MWA-S10-FEE-REFUND): คืนเต็มจำนวนพร้อมดอกเบี้ยร้อยละ 12 ต่อปี"),
    "basis.espa_46_1": "มาตรา 46 วรรคหนึ่ง: คืนค่าบริการและค่าใช้จ่ายเต็มจำนวน",
    "basis.espa_46_2": "มาตรา 46 วรรคสอง; คิดสัดส่วนตามจำนวนวัน (หลักการคำนวณ ยังไม่ได้ตรวจสอบ)",
    "basis.espa_46_3": "มาตรา 46 วรรคสาม; คิดสัดส่วนตามค่าจ้าง (หลักการคำนวณ ยังไม่ได้ตรวจสอบ)",
    "basis.espa_28_1": "พระราชบัญญัติจัดหางานฯ มาตรา 28 วรรคหนึ่ง (จัดหางานในประเทศ): คืนค่าบริการและค่าใช้จ่ายที่ได้รับไว้",
    "basis.espa_28_2": "พระราชบัญญัติจัดหางานฯ มาตรา 28 (จัดหางานในประเทศ; มาตรา 46 ใช้กับการไปทำงานต่างประเทศ)",
    "basis.espa_26_home": "พระราชบัญญัติจัดหางานฯ มาตรา 26 (จัดหางานในประเทศ): อัตราสูงสุดที่รัฐมนตรีกำหนดไม่อยู่ในตารางหลักเกณฑ์: โปรดระบุ",
    "basis.fees.which_law": "กฎหมายที่ใช้บังคับ: กฎหมายของประเทศที่ผู้จัดหางานได้รับอนุญาต ({country}); ไม่มีตารางหลักเกณฑ์",
    "basis.fees.ph_outcome": "RA 8042 s.10 ใช้กับการเลิกจ้างโดยไม่มีเหตุอันสมควร; ไม่มีตารางหลักเกณฑ์สำหรับกรณีนี้",
    "basis.ilo_illegitimate": "INTL-ILO-FEES-ITEMS: ค่าใช้จ่ายที่ไม่ชอบธรรมไม่ชอบด้วยกฎหมายในทุกกรณี (ผู้ใช้เป็นผู้จัดประเภท)",
    "basis.ilo_benchmark": (
        "หลักการทั่วไปและแนวทางปฏิบัติเพื่อการจัดหางานอย่างเป็นธรรม และคำนิยามของค่าธรรมเนียมการจัดหางาน"
        "และค่าใช้จ่ายที่เกี่ยวข้อง ขององค์การแรงงานระหว่างประเทศ (2562), INTL-ILO-FEES; เป็นเกณฑ์เปรียบเทียบ "
        "ไม่ใช่กฎหมายภายในประเทศ"
    ),
    "basis.maximum_entered": "อัตราสูงสุดตามกฎหมายที่ทนายความกรอกสำหรับประเทศปลายทางและวันที่นี้",
    "basis.no_fee_cap_rule": "ไม่มีหลักเกณฑ์อัตราสูงสุดของค่าบริการสำหรับ {placement}",
    "basis.fee_cap_needs_wage": "หลักเกณฑ์ {rule}: ต้องระบุค่าจ้างรายเดือนตามสัญญาในสกุล {currency}",
    "basis.rule_not_in_force": "หลักเกณฑ์ {rule}: ไม่มีผลใช้บังคับในวันที่ {on}",
    "basis.conv_daycount_ph": "CONV-DAYCOUNT-PH: นับแต่วัน{start} (ยังไม่ได้ตรวจสอบ)",
    "basis.ph_deduction_refund": "ถูกเลิกจ้างโดยไม่มีเหตุอันสมควร: คืนเงินที่หักไว้เต็มจำนวนพร้อมดอกเบี้ยร้อยละ 12 ต่อปี",
    "basis.ph_unexpired": "ถูกเลิกจ้างโดยไม่มีเหตุอันสมควร: เงินเดือนสำหรับระยะเวลาที่เหลือของสัญญา",
    "basis.fund.amount_entered": "จำนวนที่กรอกไว้ (ค่าใช้จ่ายจริง)",
    "basis.fund.rate_entered": "อัตราที่กรอกไว้",
    "basis.fund.amount_not_given": "ไม่ได้ระบุจำนวน",
    "basis.as_recorded": "ตามที่บันทึกไว้",
    "basis.comp.no_settlement": "ตามที่บันทึกไว้; การชำระเงินไม่ทำให้คดีอาญาระงับ (TH-TIP-NOSETTLE)",
    "basis.entered_by_lawyer": "ทนายความเป็นผู้กรอก",
    # การเปรียบเทียบข้อเสนอไกล่เกลี่ย (claims/calc/settlement.py): คำเตือนใช้อ่านให้ผู้เรียกร้องฟัง จึงควรสั้นและเข้าใจง่าย
    "settlement.rate.simple": "{rate} ต่อ{per}",
    "settlement.rate.compound": "{rate} ต่อ{per} แบบทบต้น",
    "settlement.rate.within_cap": "{terms} ไม่เกินอัตราสูงสุดตามกฎหมาย{cap} ต่อปี",
    "settlement.rate.capped": "{terms} ลดลงเหลืออัตราสูงสุดตามกฎหมาย{cap} ต่อปี",
    "settlement.rate.no_cap": "{terms} ไม่พบอัตราดอกเบี้ยสูงสุดตามกฎหมาย",
    "settlement.warn.break_even_above_claim": (
        "ข้อเสนอจะต้องสูงกว่าข้อเรียกร้องทั้งหมดจึงจะได้ผลเท่ากับการดำเนินคดีต่อ: {break_even} เทียบกับข้อเรียกร้อง {claim}"
    ),
    "settlement.warn.offer_below_debts": (
        "ข้อเสนอนี้รวมกับหนี้ที่ข้อเสนอยกเลิกให้ เป็นเงิน {worth} น้อยกว่าหนี้ทั้งหมดในวันนี้ {debts} "
        "หากรับข้อเสนอ จะยังคงมีหนี้ค้างอยู่ {left}"
    ),
    "settlement.warn.no_cap": (
        "ตารางหลักเกณฑ์ไม่มีอัตราดอกเบี้ยสูงสุดตามกฎหมายสำหรับ {jurisdiction}: หนี้เงินกู้เพิ่มขึ้นตามอัตราในสัญญา"
    ),
    "settlement.warn.cap_not_in_force": (
        "เงินกู้จาก {lender}: ไม่พบอัตราดอกเบี้ยสูงสุดตามกฎหมายสำหรับวันที่กู้ ({error}) หนี้จึงเพิ่มขึ้นตามอัตราในสัญญา"
    ),
    "settlement.warn.instalments_at_risk": (
        "เงินงวด {at_risk} จากที่สัญญาว่าจะผ่อนจ่าย {promised} อาจไม่ได้รับเลย: "
        "ประเมินโอกาสที่แต่ละงวดถัดไปจะไม่ได้รับชำระไว้ที่{risk}"
    ),
    "settlement.warn.instalments_counted_as_paid": "เงินทุกงวดนับเสมือนว่าจะได้รับครบถ้วนและตรงเวลา",
    "settlement.warn.instalments_after_payment": (
        "เงินงวดจำนวน {amount} ถึงกำหนดหลังวันที่ {on} ซึ่งเป็นวันที่ศาลน่าจะจ่ายเงิน จึงไม่นับรวมในฐานะการเงินของวันนั้น"
    ),
    "settlement.warn.long_court_path": (
        "การดำเนินคดีต่อใช้เวลา {months} เดือน เกิน {limit} เดือน ระหว่างที่รอ หนี้สินจะเพิ่มขึ้นเรื่อย ๆ"
    ),
    "settlement.warn.cancels_no_loan": (
        "ข้อเสนอยกเลิกหนี้เงินกู้จาก {lenders} แต่ผู้เรียกร้องไม่มีหนี้กับผู้ให้กู้รายนี้ ข้อเสนอส่วนนี้จึงไม่เป็นประโยชน์แก่ผู้เรียกร้อง"
    ),
    "settlement.warn.collateral_not_returned": "ข้อเสนอยกเลิกหนี้เงินกู้จาก {lender} แต่ไม่ได้ระบุว่าจะคืน{collateral}",
    "settlement.basis.net_position": (
        "ฐานะการเงินสุทธิ = เงินที่ได้รับ - หนี้สิน ณ วันเดียวกันทั้งสองทาง ไม่มีการคิดลดมูลค่า เงินที่ได้รับไม่มีดอกเบี้ยและไม่ได้นำไปชำระหนี้"
    ),
    "settlement.basis.loan_month": (
        "ดอกเบี้ยรายเดือนนับเดือนเต็มจากวันกู้ ส่วนที่ไม่เต็มเดือนคิดเป็นจำนวนวัน / 30 (ตามหลักที่ใช้กันทั่วไป); "
        "เงินที่ชำระตามที่บันทึกไว้นำไปหักดอกเบี้ยก่อน (ประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 329)"
    ),
    "settlement.basis.court_path": (
        "การดำเนินคดีต่อ: ข้อเรียกร้อง {claim} × โอกาสชนะคดี{chance} × ส่วนที่คาดว่าจะได้รับจริง{share} = {award} "
        "ได้รับวันที่ {paid_on}; นัดพิจารณา {hearings} นัด × {cost} = {costs} จ่ายเท่า ๆ กันทุกเดือนจนถึงวันพิพากษา "
        "{judgment}"
    ),
    "settlement.basis.instalments": (
        "เงินงวด: งวดแรกนับเต็มจำนวน งวดถัดไปนับเฉพาะเมื่อได้รับงวดก่อนหน้าทุกงวดแล้ว "
        "เมื่อคาดว่าแต่ละงวดมีโอกาสไม่ได้รับ{risk} งวดถัดไปแต่ละงวดจึงนับ{keep}ของที่งวดก่อนหน้านับ"
    ),
    "settlement.basis.usury_effect": (
        "{rule}: ศาลอาจถือว่าข้อตกลงเรื่องดอกเบี้ยทั้งหมดของเงินกู้ที่เกินอัตราสูงสุดเป็นโมฆะ "
        "แต่การเปรียบเทียบนี้ยังคิดดอกเบี้ยในอัตราสูงสุด ศาลจึงอาจบังคับให้ชำระน้อยกว่าที่แสดง"
    ),
    "settlement.made_by.respondent": "บริษัทจัดหางานหรือนายจ้าง",
    "settlement.made_by.claimants": "ฝ่ายผู้เรียกร้อง",
    "settlement.made_by.court": "เสนอในการไกล่เกลี่ยของศาล",
    "settlement.assistance.overseas_workers_fund": "กองทุนเพื่อช่วยเหลือคนหางานไปทำงานในต่างประเทศ",
    "settlement.assistance.start_up_grant": "เงินทุนตั้งตัว",
    "settlement.assistance.government_grant": "ความช่วยเหลือจากรัฐ",
    "settlement.assistance.ngo_grant": "เงินช่วยเหลือจากองค์กร",
    "settlement.assistance.other": "ความช่วยเหลืออื่น",
    "settlement.condition.withdraw_criminal_complaint": (
        "คดีค้ามนุษย์ไม่ระงับเพราะผู้เสียหายได้รับเงินหรือถอนคำร้องทุกข์ พนักงานอัยการยังดำเนินคดีต่อไป "
        "เงื่อนไขนี้จึงไม่อาจเป็นสิ่งที่ซื้อได้ด้วยเงิน"
    ),
    "settlement.condition.no_testimony": (
        "คดียังดำเนินต่อไปไม่ว่าผู้เสียหายจะตกลงอย่างไรกับบริษัทจัดหางาน และผู้เสียหายอาจถูกเรียกเป็นพยาน "
        "คำสัญญาว่าจะไม่ให้การเป็นพยานจึงไม่อาจซื้อได้โดยชอบด้วยกฎหมาย"
    ),
    # a condition of an offer, as the claimant's sheet names it
    "settlement.condition.kind.withdraw_labour_case": "ถอนฟ้องคดีแรงงาน",
    "settlement.condition.kind.withdraw_criminal_complaint": "ถอนคำร้องทุกข์ในคดีอาญา",
    "settlement.condition.kind.no_testimony": "ไม่ไปเป็นพยานในคดี",
    "settlement.condition.kind.confidentiality": "เก็บข้อตกลงนี้เป็นความลับ",
    "settlement.condition.kind.no_further_claims": "ไม่เรียกร้องเงินใด ๆ จากอีกฝ่ายอีก",
    "settlement.condition.kind.other": "เงื่อนไขอื่น (สอบถามทนายความ)",
    # กำหนดเวลา (claims/calc/deadlines.py): ชื่อกำหนดเวลา เหตุที่คำนวณไม่ได้ วิธีนับ และการเลื่อนวันสุดท้าย
    "deadline.wages": "วันสุดท้ายที่จะเรียกร้องค่าจ้างค้างจ่าย",
    "deadline.wages.oldest": "วันสุดท้ายที่จะเรียกร้องค่าจ้างที่ถึงกำหนดจ่ายวันที่ {due} ซึ่งเป็นงวดเก่าที่สุดที่ยังไม่ขาดอายุความ",
    "deadline.wages.last": "วันสุดท้ายที่จะเรียกร้องค่าจ้างค้างจ่ายงวดสุดท้าย ซึ่งถึงกำหนดจ่ายวันที่ {due}",
    "deadline.termination": "วันสุดท้ายที่จะเรียกร้องค่าชดเชยและสินจ้างแทนการบอกกล่าวล่วงหน้า",
    "deadline.offence": "วันสุดท้ายที่จะฟ้องคดีแพ่งเรียกค่าสินไหมทดแทนจากการกระทำความผิด (ละเมิด)",
    "deadline.refund_request": "วันสุดท้ายที่จะยื่นคำร้องต่อสำนักงานจัดหางานขอรับค่าบริการและค่าใช้จ่ายคืนจากบริษัทจัดหางาน",
    "deadline.fee_claim": "วันสุดท้ายที่จะฟ้องบริษัทจัดหางานเรียกค่าบริการและค่าใช้จ่ายคืน (ตามความเห็นที่ให้ระยะเวลาสั้นกว่า)",
    "deadline.appeal.labour": "วันสุดท้ายที่จะอุทธรณ์คำพิพากษาศาลแรงงาน",
    "deadline.appeal.criminal": "วันสุดท้ายที่จะอุทธรณ์คำพิพากษาคดีอาญา",
    "deadline.appeal.labour.in_case": "วันสุดท้ายที่จะอุทธรณ์คำพิพากษาศาลแรงงานในคดี {case}",
    "deadline.appeal.criminal.in_case": "วันสุดท้ายที่จะอุทธรณ์คำพิพากษาคดีอาญาในคดี {case}",
    "deadline.petition_44_1": (
        "ยื่นคำร้องขอให้บังคับจำเลยชดใช้ค่าสินไหมทดแทน (ประมวลกฎหมายวิธีพิจารณาความอาญา มาตรา 44/1) ก่อนเริ่มสืบพยาน"
    ),
    "deadline.advance_testimony": "ขอให้สืบพยานผู้เรียกร้องไว้ล่วงหน้าก่อนเดินทางกลับภูมิลำเนาตามกำหนด",
    "deadline.follow_up": "ติดตามเยี่ยมหลังเดินทางกลับ (เดือนที่ {months})",
    "deadline.follow_ups": "การติดตามเยี่ยมหลังเดินทางกลับ",
    "deadline.tip_fund_request": "คำขอรับความช่วยเหลือจากกองทุนเพื่อการป้องกันและปราบปรามการค้ามนุษย์",
    "deadline.missing": "คำนวณไม่ได้: โปรดกรอก{fact}",
    "deadline.no_rule": "คำนวณไม่ได้: {error}",
    "deadline.no_time_limit": ("ตารางกฎเกณฑ์ไม่มีกำหนดระยะเวลาสำหรับเรื่องนี้ หากมี ให้นักกฎหมายเพิ่มลงในตารางกฎเกณฑ์"),
    "deadline.fact.wage_due": "วันที่ค่าจ้างแต่ละงวดถึงกำหนดจ่าย (หรือวันที่ค่าจ้างงวดสุดท้ายถึงกำหนดจ่าย)",
    "deadline.fact.last_day_of_work": "วันทำงานวันสุดท้าย",
    "deadline.fact.returned_home_on": "วันที่เดินทางกลับ",
    "deadline.fact.judgment_read_on": "วันที่อ่านคำพิพากษา",
    "deadline.fact.first_witness_hearing_on": "วันนัดสืบพยานนัดแรก",
    "deadline.event.wage_due": "วันที่ค่าจ้างถึงกำหนดจ่าย",
    "deadline.event.work_ended": "วันทำงานวันสุดท้าย",
    "deadline.event.identified": "วันที่ผู้เรียกร้องได้รับการคัดแยกเป็นผู้เสียหาย",
    "deadline.event.returned": "วันที่เดินทางกลับ",
    "deadline.event.judgment_read": "วันอ่านคำพิพากษา",
    "deadline.event.refund_due": "วันสุดท้ายที่บริษัทจัดหางานต้องคืนเงิน",
    "deadline.period.day": "หนึ่งวัน",
    "deadline.period.days": "{n} วัน",
    "deadline.period.month": "หนึ่งเดือน",
    "deadline.period.months": "{n} เดือน",
    "deadline.period.year": "หนึ่งปี",
    "deadline.period.years": "{n} ปี",
    "deadline.basis.counted": (
        "{period} นับแต่{event} ({on}) โดยไม่นับวันนั้น (ประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 193/3 และมาตรา 193/5)"
    ),
    "deadline.basis.knowledge_read": (
        "การตีความ (ยังไม่ได้ตรวจสอบ): นับแต่วันที่ {on} ซึ่งผู้เรียกร้องได้รับการคัดแยกเป็นผู้เสียหาย โดยถือเป็นวันที่รู้ถึง"
        "การกระทำและรู้ตัวผู้จะพึงต้องใช้ค่าสินไหมทดแทน หากรู้ก่อนนั้น ระยะเวลาจะสิ้นสุดเร็วกว่านี้"
    ),
    "deadline.basis.longer_criminal_period": (
        "หากการกระทำเป็นความผิดอาญาที่มีอายุความยาวกว่า ให้ใช้อายุความที่ยาวกว่านั้น (ประมวลกฎหมายแพ่งและพาณิชย์ "
        "มาตรา 448 วรรคสอง) อายุความทางอาญาไม่อยู่ในตารางกฎเกณฑ์ วันที่แสดงจึงเป็นวันสิ้นสุดที่เร็วที่สุด"
    ),
    "deadline.basis.fee_claim": (
        "TH-ESPA-PRESC (ยังไม่ได้ตรวจสอบ): ยังไม่มีข้อยุติว่าการเรียกร้องต่อบริษัทจัดหางานเป็นมูลละเมิด (นับแต่วันที่"
        "คนหางานรู้ถึงการละเมิดและรู้ตัวบริษัท ในที่นี้นับแต่วันที่เดินทางกลับ: ถึงวันที่ {tort_end}) หรือมูลสัญญา "
        "(นับแต่วันสุดท้ายที่บริษัทต้องคืนเงิน {refund_due}: ถึงวันที่ {contract_end}) จึงใช้วันที่เร็วกว่าเป็นกำหนด"
    ),
    "deadline.basis.petition_44_1": (
        "ต้องยื่นคำร้องก่อนเริ่มสืบพยาน (หรือก่อนศาลพิพากษาหากไม่มีการสืบพยาน) ศาลนัดสืบพยานนัดแรกวันที่ {hearing} "
        "และยังไม่ได้ยื่นคำร้อง"
    ),
    "deadline.basis.advance_testimony": (
        "ผู้เรียกร้องที่ออกจากประเทศไทยก่อนการพิจารณาคดีอาจไม่ได้เบิกความเลย ควรขอให้พนักงานอัยการยื่นคำร้อง"
        "ขอสืบพยานไว้ล่วงหน้าก่อนผู้เรียกร้องเดินทาง วิธีการนี้ไม่อยู่ในตารางกฎเกณฑ์ (ยังไม่ได้ตรวจสอบ)"
    ),
    "deadline.basis.follow_up": "ค่าที่องค์กรกำหนด ไม่ใช่ข้อกฎหมาย: การเยี่ยมเดือนที่ {months} หลังเดินทางกลับเมื่อวันที่ {returned}",
    "deadline.moved": ("วันสุดท้าย {from} ไม่ใช่วันทำการ ({why}) ระยะเวลาจึงสิ้นสุดในวันทำการถัดไป คือวันที่ {to} ({rule})"),
    "deadline.closed.closure": "{day}: ศาลปิดทำการ ({reason})",
    "calendar.may_move": (
        "วันสุดท้าย {day} อาจยังเปลี่ยนได้: ปฏิทินศาลยังไม่มีวัน{holidays}ของปีนั้น (ประกาศเป็นรายปี) "
        "ผู้ดูแลระบบเพิ่มเป็นวันปิดทำการของศาลเมื่อมีประกาศแล้ว"
    ),
    "calendar.announced.royal_ploughing": "พระราชพิธีพืชมงคลจรดพระนังคัลแรกนาขวัญ",
    "deadline.closed.holiday": "{day}: {name}",
    "deadline.closed.saturday": "{day} เป็นวันเสาร์",
    "deadline.closed.sunday": "{day} เป็นวันอาทิตย์",
    # the closed lists of the input format
    "deduction_kind.tax": "ภาษีเงินได้",
    "deduction_kind.social_security": "เงินสมทบกองทุนประกันสังคม",
    "deduction_kind.union_dues": "ค่าบำรุงสหภาพแรงงาน",
    "deduction_kind.cooperative_debt": "หนี้สหกรณ์ออมทรัพย์",
    "deduction_kind.employee_benefit_debt": "หนี้เพื่อสวัสดิการของลูกจ้าง",
    "deduction_kind.deposit": "เงินประกันการทำงาน",
    "deduction_kind.damages": "ค่าเสียหาย",
    "deduction_kind.provident_fund": "เงินสะสมกองทุนสำรองเลี้ยงชีพ",
    "deduction_kind.food": "ค่าอาหาร",
    "deduction_kind.lodging": "ค่าที่พัก",
    "deduction_kind.recruitment_fee": "ค่าบริการจัดหางาน",
    "deduction_kind.fine": "ค่าปรับ",
    "deduction_kind.other": "อื่น ๆ",
    "fee_kind.service_fee": "ค่าบริการ",
    "fee_kind.travel": "ค่าเดินทาง",
    "fee_kind.visa": "ค่าวีซ่า",
    "fee_kind.medical": "ค่าตรวจสุขภาพ",
    "fee_kind.training": "ค่าฝึกอบรม",
    "fee_kind.deposit": "เงินประกัน",
    "fee_kind.broker_commission": "ค่านายหน้า",
    "fee_kind.other": "อื่น ๆ",
    "ilo_category.fee": "ค่าธรรมเนียม",
    "ilo_category.related_cost": "ค่าใช้จ่ายที่เกี่ยวข้อง",
    "ilo_category.illegitimate": "ค่าใช้จ่ายที่ไม่ชอบธรรม",
    "compensation_kind.unpaid_wages": "ค่าจ้างที่ไม่ได้รับ",
    "compensation_kind.medical_costs": "ค่ารักษาพยาบาล",
    "compensation_kind.loss_of_earnings": "ค่าขาดประโยชน์ทำมาหาได้",
    "compensation_kind.recruitment_costs": "ค่าใช้จ่ายในการจัดหางาน",
    "compensation_kind.debts": "หนี้สิน",
    "compensation_kind.general_damages": "ค่าเสียหายทั่วไป",
    "compensation_kind.return_of_property": "การคืนทรัพย์สิน",
    "compensation_kind.other": "อื่น ๆ",
    "damage_kind.recruitment_costs_lost": "ค่าใช้จ่ายในการจัดหางานที่เสียไป",
    "damage_kind.travel_costs_lost": "ค่าเดินทางที่เสียไป",
    "damage_kind.unfair_dismissal": "ค่าเสียหายจากการเลิกจ้างไม่เป็นธรรม",
    "damage_kind.other_damages": "ค่าเสียหายอื่น",
    "damages.described": "{kind}: {description}",
    "basis.no_damages_rule": "ไม่มีหลักเกณฑ์ {rule} ในตารางหลักเกณฑ์ ฐานทางกฎหมายมีเพียงที่ทนายความระบุ",
}

for _component, _words in _EXTRA_HOURS.items():
    TEMPLATES[f"wages.{_component}"] = _words
    TEMPLATES[f"wages.{_component}.contract"] = f"{_words} ตามสัญญาจ้าง"
    TEMPLATES[f"wages.{_component}.statutory"] = f"{_words} ตามอัตราที่กฎหมายกำหนด"
    TEMPLATES[f"wages.{_component}.name"] = _words
