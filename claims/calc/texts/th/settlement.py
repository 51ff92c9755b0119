"""Thai: the settlement comparison and the claimant's settlement sheet: rates, warnings, bases, who made an
offer and its conditions."""

from __future__ import annotations

SETTLEMENT: dict[str, str] = {
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
}
