"""The fields of a claimant's claim as the templates see it: the claim table's rows, every line of the calculation,
the totals per payer and procedure, and the items asked of the Anti-Trafficking Fund.

Apart from claims.documents.fields because these describe what claims.documents.context makes of a stored
calculation, not the records of the case, and they change when the calculation's output does.
"""

from __future__ import annotations

from claims.documents.field_spec import MONEY_FIELDS, field

CLAIM_ROW = (
    field("number", "number", "row number (1, 2, ...)", "ลำดับ"),
    field("head", "text", "head code (wages, severance, interest ...)", "รหัสหมวด"),
    field("name", "text", "head of claim in the document's language (ค่าจ้างค้างจ่าย ...)", "รายการ"),
    field("period_from", "date", "first day of the period the row covers", "ตั้งแต่วันที่"),
    field("period_to", "date", "last day of the period the row covers", "ถึงวันที่"),
    field("basis", "text", "legal basis in the document's language (Act, section)", "ฐานทางกฎหมาย"),
    field("amount", "money", "amount of the row: the sum of its rounded lines", "จำนวนเงิน"),
    field(
        "unverified", "bool", "true when a rule the row rests on is not verified", "อาศัยหลักเกณฑ์ที่ยังไม่ได้ตรวจสอบ"
    ),
    field("line_count", "number", "how many calculation lines the row sums", "จำนวนบรรทัดการคำนวณ"),
)

CLAIM_LINE = (
    field("number", "number", "line number", "ลำดับ"),
    field("head", "text", "head code", "รหัสหมวด"),
    field("head_name", "text", "head of claim in the document's language", "หมวด"),
    field("label", "text", "what the line is", "รายการ"),
    field("period_from", "date", "first day of the line's period (may be empty)", "ตั้งแต่วันที่"),
    field("period_to", "date", "last day of the line's period (may be empty)", "ถึงวันที่"),
    field("formula", "text", "how it was computed, with the numbers put in", "วิธีคำนวณ"),
    field("basis", "text", "legal or contractual basis", "ฐานทางกฎหมาย"),
    field("amount", "money", "amount (empty when not known: never read as zero)", "จำนวนเงิน"),
    field("counted", "bool", "false for lines shown for comparison only", "นับรวมในยอด"),
    field("unverified", "bool", "rests on a rule not verified", "ยังไม่ได้ตรวจสอบ"),
    field("missing", "bool", "the amount is not known", "ยังไม่ทราบจำนวน"),
    field("time_barred", "bool", "past its limitation period", "ขาดอายุความ"),
    field("notes", "text", "notes on the line, joined", "หมายเหตุ"),
)

FORUM_TOTAL = (
    field("forum", "text", "labour, criminal or fund", "กระบวนการ"),
    field("name", "text", "who pays it, in which procedure, in the document's language", "ผู้จ่ายและกระบวนการ"),
    field("total", "money", "its total", "ยอดรวม", *MONEY_FIELDS),
    field("total_words", "text", "its total in words", "ยอดรวมเป็นตัวอักษร"),
    field("main", "bool", "true for the total given as claim.total", "เป็นยอดรวมหลัก"),
)

CLAIM = field(
    "claim",
    "object",
    "the claimant's computed claim in this case (from the calculation last computed)",
    "ข้อเรียกร้องที่คำนวณแล้วในคดีนี้",
    field(
        "rows", "list", "the claim table: one row per head of claim", "ตารางข้อเรียกร้องแยกตามหมวด", *CLAIM_ROW
    ),
    field(
        "cause_of_action",
        "text",
        "the cause of action from the heads claimed (เรียกค่าจ้างค้างจ่าย ค่าชดเชย ดอกเบี้ย และเงินเพิ่ม)",
        "ข้อหาหรือฐานความผิด ตามหมวดที่เรียกร้อง",
    ),
    field(
        "lines", "list", "every line of the calculation (for the annex)", "ทุกบรรทัดของการคำนวณ", *CLAIM_LINE
    ),
    field("total", "money", "total claimed: the sum of the rounded rows", "รวมเป็นเงินทั้งสิ้น", *MONEY_FIELDS),
    field("total_words", "text", "the total in words in the document's language", "จำนวนเงินรวมเป็นตัวอักษร"),
    field(
        "forum_totals",
        "list",
        "one total per payer and procedure (labour claim, criminal compensation, Fund items), never added together; "
        "total is the first (main) one",
        "ยอดรวมแยกตามผู้จ่ายและกระบวนการ (ไม่นำมารวมกัน)",
        *FORUM_TOTAL,
    ),
    field(
        "other_totals",
        "list",
        "forum_totals without the main one: the totals beside it, paid by another payer",
        "ยอดรวมของผู้จ่ายรายอื่น (แยกจากยอดรวมหลัก)",
        *FORUM_TOTAL,
    ),
    field("principal", "money", "total without interest and surcharge", "ต้นเงิน", *MONEY_FIELDS),
    field(
        "interest",
        "money",
        "interest and surcharge up to the date computed to",
        "ดอกเบี้ยและเงินเพิ่ม",
        *MONEY_FIELDS,
    ),
    field("computed_on", "date", "the date the claim is computed to (interest runs to it)", "คำนวณถึงวันที่"),
    field("incomplete", "bool", "true when an amount is not yet known", "มีรายการที่ยังไม่ทราบจำนวน"),
    field("missing", "list", "labels of the lines whose amount is not known", "รายการที่ยังไม่ทราบจำนวน"),
    field("time_barred_total", "money", "part of the claim past its limitation period", "ส่วนที่ขาดอายุความ"),
    field("warnings", "list", "warnings to print as notes (text)", "หมายเหตุคำเตือน"),
    field("assumptions", "list", "assumptions used because data was missing (text)", "ข้อสันนิษฐาน"),
    field("stale", "bool", "true when the rule tables changed since it was computed", "หลักเกณฑ์เปลี่ยนหลังคำนวณ"),
    field(
        "employment",
        "list",
        "the employment periods the claim rests on (facts of the annex)",
        "ช่วงการจ้างงานที่ใช้คำนวณ",
        field("employer", "text", "employer", "นายจ้าง"),
        field("start", "date", "first day of work", "วันเริ่มทำงาน"),
        field("end", "date", "last day of work, or of return", "วันสิ้นสุดการทำงาน"),
        field("pay_basis", "text", "monthly, daily, hourly or piece rate", "ลักษณะการจ่ายค่าจ้าง"),
        field("rate", "money", "the agreed rate of pay", "อัตราค่าจ้างตามสัญญา"),
        field("workplace", "text", "country of the workplace", "ประเทศที่ทำงาน"),
    ),
    field(
        "proposed",
        "money",
        "criminal cases: the amount decided to claim (e.g. at a shelter meeting)",
        "จำนวนที่ตกลงเรียกร้อง",
    ),
    field(
        "victim_wish",
        "money",
        "criminal cases: the amount the victim wishes to claim",
        "จำนวนที่ผู้เสียหายประสงค์เรียกร้อง",
    ),
)


FUND_ITEM = (
    field("number", "number", "row number", "ลำดับ"),
    field("name", "text", "item of the Fund's regulation", "รายการ"),
    field("quantity", "number", "times or units (empty when not counted)", "จำนวนครั้ง/หน่วย"),
    field("rate", "money", "rate per time or unit", "อัตรา"),
    field("amount", "money", "amount requested (empty when not yet known)", "จำนวนเงินที่ขอ"),
    field("known", "bool", "false when the amount is not yet known", "ทราบจำนวนแล้ว"),
    field("formula", "text", "how the amount was reached (1 x 3,000.00 THB, actual cost ...)", "วิธีคำนวณ"),
    field("basis", "text", "the rule the item rests on", "ฐาน"),
    field("unverified", "bool", "the rate rests on a rule not verified", "ยังไม่ได้ตรวจสอบ"),
    field("evidence", "text", "evidence the item needs", "หลักฐานที่ต้องใช้"),
    field("approved", "money", "amount approved (empty until decided)", "จำนวนเงินที่อนุมัติ"),
    field("paid", "money", "amount paid (empty until paid)", "จำนวนเงินที่จ่ายแล้ว"),
)
