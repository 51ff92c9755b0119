"""Thai: wages, hours and rates; the payments and deductions set against them; severance, notice and
leave."""

from __future__ import annotations

_EXTRA_HOURS = {
    "overtime": "ค่าล่วงเวลาในวันทำงาน",
    "holiday": "ค่าทำงานในวันหยุดภายในเวลาทำงานปกติ",
    "holiday_overtime": "ค่าล่วงเวลาในวันหยุด",
    "restday": "ค่าทำงานในวันหยุดพักประจำสัปดาห์ (rest day)",
}
_TRIAL = " (ช่วง 'ทดลองงาน' ที่ไม่ได้รับค่าจ้าง: ต้องจ่ายเช่นเดียวกับวันทำงานอื่น)"

WAGES: dict[str, str] = {
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
}

EXTRA_HOURS: dict[str, str] = {}
for _component, _words in _EXTRA_HOURS.items():
    EXTRA_HOURS[f"wages.{_component}"] = _words
    EXTRA_HOURS[f"wages.{_component}.contract"] = f"{_words} ตามสัญญาจ้าง"
    EXTRA_HOURS[f"wages.{_component}.statutory"] = f"{_words} ตามอัตราที่กฎหมายกำหนด"
    EXTRA_HOURS[f"wages.{_component}.name"] = _words
