"""Thai: the TIP Fund, criminal compensation and damages."""

from __future__ import annotations

FUND_AND_COMPENSATION: dict[str, str] = {
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
}

DAMAGES: dict[str, str] = {
    "damages.described": "{kind}: {description}",
    "basis.no_damages_rule": "ไม่มีหลักเกณฑ์ {rule} ในตารางหลักเกณฑ์ ฐานทางกฎหมายมีเพียงที่ทนายความระบุ",
}
