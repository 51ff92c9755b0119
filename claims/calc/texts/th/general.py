"""Thai: the words every breakdown shares: heads of claim, flags, failed rule look-ups and notes."""

from __future__ import annotations

GENERAL: dict[str, str] = {
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
}
