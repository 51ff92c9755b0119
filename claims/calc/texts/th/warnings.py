"""Thai: the warnings of a breakdown, the kinds of work and traditional holidays they name, and the kinds of
claim a limitation rule covers."""

from __future__ import annotations

WARNINGS: dict[str, str] = {
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
}
