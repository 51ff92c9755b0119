"""Thai: debts to lenders, their interest and the legal cap on it."""

from __future__ import annotations

DEBTS: dict[str, str] = {
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
}
