"""Thai: interest and the surcharge for wilful withholding: the line of each amount falling due, and their
formulas."""

from __future__ import annotations

AMOUNTS_DUE: dict[str, str] = {
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
}

FORMULAS: dict[str, str] = {
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
}
