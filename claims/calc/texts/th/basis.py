"""Thai: the basis of a line, in words: the rule, contract, convention or evidence it rests on."""

from __future__ import annotations

BASIS: dict[str, str] = {
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
}
