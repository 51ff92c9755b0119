"""The data a document template may use, described field by field for the lawyer who edits the template.

This is the contract between the app and the templates: ``claims.services.documents`` builds exactly these values
(plain values: text, numbers, dates, :class:`~claims.money.Money`, lists and mappings, never database objects),
the lint refuses a template that names anything else, and the admin's template pages and
``document_templates/README.md`` print the same descriptions.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # text | number | date | time | money | bool | verbatim | object | list
    en: str
    th: str
    fields: tuple[Field, ...] = field(default=())

    def child(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None


def _f(name, kind, en, th, *fields):
    return Field(name, kind, en, th, tuple(fields))


# What every money value offers inside a template: ``{{ x|money }}`` is usually all a template needs.
MONEY_FIELDS = (
    _f("amount", "number", "the amount as a number, rounded to the satang", "จำนวนเงินเป็นตัวเลข"),
    _f("currency", "text", "ISO currency code (THB, USD ...)", "รหัสสกุลเงิน"),
)

CLAIM_ROW = (
    _f("number", "number", "row number (1, 2, ...)", "ลำดับ"),
    _f("head", "text", "head code (wages, severance, interest ...)", "รหัสหมวด"),
    _f("name", "text", "head of claim in the document's language (ค่าจ้างค้างจ่าย ...)", "รายการ"),
    _f("period_from", "date", "first day of the period the row covers", "ตั้งแต่วันที่"),
    _f("period_to", "date", "last day of the period the row covers", "ถึงวันที่"),
    _f("basis", "text", "legal basis in the document's language (Act, section)", "ฐานทางกฎหมาย"),
    _f("amount", "money", "amount of the row: the sum of its rounded lines", "จำนวนเงิน"),
    _f(
        "unverified", "bool", "true when a rule the row rests on is not verified", "อาศัยหลักเกณฑ์ที่ยังไม่ได้ตรวจสอบ"
    ),
    _f("line_count", "number", "how many calculation lines the row sums", "จำนวนบรรทัดการคำนวณ"),
)

CLAIM_LINE = (
    _f("number", "number", "line number", "ลำดับ"),
    _f("head", "text", "head code", "รหัสหมวด"),
    _f("head_name", "text", "head of claim in the document's language", "หมวด"),
    _f("label", "text", "what the line is", "รายการ"),
    _f("period_from", "date", "first day of the line's period (may be empty)", "ตั้งแต่วันที่"),
    _f("period_to", "date", "last day of the line's period (may be empty)", "ถึงวันที่"),
    _f("formula", "text", "how it was computed, with the numbers put in", "วิธีคำนวณ"),
    _f("basis", "text", "legal or contractual basis", "ฐานทางกฎหมาย"),
    _f("amount", "money", "amount (empty when not known: never read as zero)", "จำนวนเงิน"),
    _f("counted", "bool", "false for lines shown for comparison only", "นับรวมในยอด"),
    _f("unverified", "bool", "rests on a rule not verified", "ยังไม่ได้ตรวจสอบ"),
    _f("missing", "bool", "the amount is not known", "ยังไม่ทราบจำนวน"),
    _f("time_barred", "bool", "past its limitation period", "ขาดอายุความ"),
    _f("notes", "text", "notes on the line, joined", "หมายเหตุ"),
)

FORUM_TOTAL = (
    _f("forum", "text", "labour, criminal or fund", "กระบวนการ"),
    _f("name", "text", "who pays it, in which procedure, in the document's language", "ผู้จ่ายและกระบวนการ"),
    _f("total", "money", "its total", "ยอดรวม", *MONEY_FIELDS),
    _f("total_words", "text", "its total in words", "ยอดรวมเป็นตัวอักษร"),
    _f("main", "bool", "true for the total given as claim.total", "เป็นยอดรวมหลัก"),
)

CLAIM = _f(
    "claim",
    "object",
    "the claimant's computed claim in this case (from the calculation last computed)",
    "ข้อเรียกร้องที่คำนวณแล้วในคดีนี้",
    _f("rows", "list", "the claim table: one row per head of claim", "ตารางข้อเรียกร้องแยกตามหมวด", *CLAIM_ROW),
    _f(
        "cause_of_action",
        "text",
        "the cause of action from the heads claimed (เรียกค่าจ้างค้างจ่าย ค่าชดเชย ดอกเบี้ย และเงินเพิ่ม)",
        "ข้อหาหรือฐานความผิด ตามหมวดที่เรียกร้อง",
    ),
    _f("lines", "list", "every line of the calculation (for the annex)", "ทุกบรรทัดของการคำนวณ", *CLAIM_LINE),
    _f("total", "money", "total claimed: the sum of the rounded rows", "รวมเป็นเงินทั้งสิ้น", *MONEY_FIELDS),
    _f("total_words", "text", "the total in words in the document's language", "จำนวนเงินรวมเป็นตัวอักษร"),
    _f(
        "forum_totals",
        "list",
        "one total per payer and procedure (labour claim, criminal compensation, Fund items), never added together; "
        "total is the first (main) one",
        "ยอดรวมแยกตามผู้จ่ายและกระบวนการ (ไม่นำมารวมกัน)",
        *FORUM_TOTAL,
    ),
    _f(
        "other_totals",
        "list",
        "forum_totals without the main one: the totals beside it, paid by another payer",
        "ยอดรวมของผู้จ่ายรายอื่น (แยกจากยอดรวมหลัก)",
        *FORUM_TOTAL,
    ),
    _f("principal", "money", "total without interest and surcharge", "ต้นเงิน", *MONEY_FIELDS),
    _f(
        "interest",
        "money",
        "interest and surcharge up to the date computed to",
        "ดอกเบี้ยและเงินเพิ่ม",
        *MONEY_FIELDS,
    ),
    _f("computed_on", "date", "the date the claim is computed to (interest runs to it)", "คำนวณถึงวันที่"),
    _f("incomplete", "bool", "true when an amount is not yet known", "มีรายการที่ยังไม่ทราบจำนวน"),
    _f("missing", "list", "labels of the lines whose amount is not known", "รายการที่ยังไม่ทราบจำนวน"),
    _f("time_barred_total", "money", "part of the claim past its limitation period", "ส่วนที่ขาดอายุความ"),
    _f("warnings", "list", "warnings to print as notes (text)", "หมายเหตุคำเตือน"),
    _f("assumptions", "list", "assumptions used because data was missing (text)", "ข้อสันนิษฐาน"),
    _f("stale", "bool", "true when the rule tables changed since it was computed", "หลักเกณฑ์เปลี่ยนหลังคำนวณ"),
    _f(
        "employment",
        "list",
        "the employment periods the claim rests on (facts of the annex)",
        "ช่วงการจ้างงานที่ใช้คำนวณ",
        _f("employer", "text", "employer", "นายจ้าง"),
        _f("start", "date", "first day of work", "วันเริ่มทำงาน"),
        _f("end", "date", "last day of work, or of return", "วันสิ้นสุดการทำงาน"),
        _f("pay_basis", "text", "monthly, daily, hourly or piece rate", "ลักษณะการจ่ายค่าจ้าง"),
        _f("rate", "money", "the agreed rate of pay", "อัตราค่าจ้างตามสัญญา"),
        _f("workplace", "text", "country of the workplace", "ประเทศที่ทำงาน"),
    ),
    _f(
        "proposed",
        "money",
        "criminal cases: the amount decided to claim (e.g. at a shelter meeting)",
        "จำนวนที่ตกลงเรียกร้อง",
    ),
    _f(
        "victim_wish",
        "money",
        "criminal cases: the amount the victim wishes to claim",
        "จำนวนที่ผู้เสียหายประสงค์เรียกร้อง",
    ),
)

FUND_ITEM = (
    _f("number", "number", "row number", "ลำดับ"),
    _f("name", "text", "item of the Fund's regulation", "รายการ"),
    _f("quantity", "number", "times or units (empty when not counted)", "จำนวนครั้ง/หน่วย"),
    _f("rate", "money", "rate per time or unit", "อัตรา"),
    _f("amount", "money", "amount requested (empty when not yet known)", "จำนวนเงินที่ขอ"),
    _f("known", "bool", "false when the amount is not yet known", "ทราบจำนวนแล้ว"),
    _f("formula", "text", "how the amount was reached (1 x 3,000.00 THB, actual cost ...)", "วิธีคำนวณ"),
    _f("basis", "text", "the rule the item rests on", "ฐาน"),
    _f("unverified", "bool", "the rate rests on a rule not verified", "ยังไม่ได้ตรวจสอบ"),
    _f("evidence", "text", "evidence the item needs", "หลักฐานที่ต้องใช้"),
    _f("approved", "money", "amount approved (empty until decided)", "จำนวนเงินที่อนุมัติ"),
    _f("paid", "money", "amount paid (empty until paid)", "จำนวนเงินที่จ่ายแล้ว"),
)

PERSON = (
    _f("number", "number", "plaintiff number in the case (1, 2, ...)", "ลำดับที่ (โจทก์ที่)"),
    _f("name", "text", "legal name (court filings only)", "ชื่อ-สกุลตามกฎหมาย"),
    _f("pseudonym", "text", "pseudonym used outside the case file", "นามแฝง"),
    _f("initials", "text", "initials of the legal name (MDT papers)", "อักษรย่อชื่อ"),
    _f("sex", "text", "sex, in the document's language", "เพศ"),
    _f("age", "number", "age in years on the document's date", "อายุ (ปี)"),
    _f("date_of_birth", "date", "date of birth", "วันเกิด"),
    _f("nationality", "text", "nationality, in the document's language", "สัญชาติ"),
    _f(
        "id_document_kind",
        "text",
        "kind of identity document (passport, pink card ...)",
        "ประเภทเอกสารประจำตัว",
    ),
    _f(
        "id_document_number", "verbatim", "its number: printed as entered, never in Thai digits", "เลขที่เอกสาร"
    ),
    _f(
        "address",
        "text",
        "address; for a person under protection, their address for service instead (empty: a line to fill)",
        "ที่อยู่ (ผู้ที่อยู่ในความคุ้มครอง: ใช้ที่อยู่สำหรับส่งเอกสารแทน)",
    ),
    _f(
        "address_for_service",
        "text",
        "address for service entered by the lawyer (the organisation's or the shelter's legal address)",
        "ที่อยู่สำหรับส่งหมายและเอกสาร",
    ),
    _f("phone", "text", "telephone (empty for a person under protection)", "โทรศัพท์"),
    _f(
        "home_province",
        "text",
        "home province or region (empty for a person under protection)",
        "จังหวัดภูมิลำเนา",
    ),
    _f("language", "text", "language the claimant reads", "ภาษาที่อ่าน"),
    _f("interpreter_needed", "bool", "needs an interpreter", "ต้องการล่าม"),
    _f("role", "text", "role in this case (plaintiff, injured person ...)", "ฐานะในคดี"),
    _f("identified_victim", "bool", "identified as a trafficking victim", "ได้รับการคัดแยกเป็นผู้เสียหาย"),
    _f("identified_on", "date", "date identified", "วันที่คัดแยก"),
    _f("identifying_agency", "text", "agency that identified", "หน่วยงานที่คัดแยก"),
    _f("planned_return_on", "date", "planned return home", "กำหนดเดินทางกลับ"),
    _f("returned_home_on", "date", "date returned home", "วันที่เดินทางกลับ"),
    _f(
        "protection",
        "text",
        "the office that ordered the person's protection (never where or how they are kept)",
        "หน่วยงานที่มีคำสั่งคุ้มครอง",
    ),
    CLAIM,
    _f("fund_items", "list", "Anti-Trafficking Fund items", "รายการขอรับเงินกองทุน", *FUND_ITEM),
    _f("fund_total", "money", "total of the Fund items whose amount is known", "รวม (เฉพาะรายการที่ทราบจำนวน)"),
    _f("fund_unknown_count", "number", "how many Fund items have no amount yet", "จำนวนรายการที่ยังไม่ทราบจำนวน"),
    _f("awarded", "money", "amount awarded (empty before an outcome)", "จำนวนที่ศาลพิพากษา"),
    _f("received", "money", "amount actually received so far", "จำนวนที่ได้รับแล้ว"),
)

PARTY = (
    _f("number", "number", "defendant number (1, 2, ...)", "จำเลยที่"),
    _f("name", "text", "name", "ชื่อ"),
    _f("kind", "text", "company, person, agency ...", "ประเภท"),
    _f("licence_number", "verbatim", "recruitment licence number", "เลขที่ใบอนุญาต"),
    _f("address", "text", "address", "ที่อยู่"),
    _f("country", "text", "country", "ประเทศ"),
    _f("role", "text", "role in this case", "ฐานะในคดี"),
    _f("status", "text", "operating, closed, renamed ...", "สถานะ"),
)

FIELDS: tuple[Field, ...] = (
    _f(
        "document",
        "object",
        "the document being made",
        "เอกสารที่จัดทำ",
        _f("title", "text", "the template's title", "ชื่อเอกสาร"),
        _f("language", "text", "language code of the template (th, en ...)", "ภาษา"),
        _f("date", "date", "the document's date (the day it is made, or the date asked for)", "วันที่ของเอกสาร"),
        _f("template", "text", "template name", "ชื่อแม่แบบ"),
        _f("version", "number", "template version (0 = the version shipped with the app)", "ฉบับของแม่แบบ"),
    ),
    _f(
        "organisation",
        "object",
        "the legal-aid organisation (letterhead)",
        "องค์กร (หัวจดหมาย)",
        _f("name", "text", "name", "ชื่อองค์กร"),
        _f("address", "text", "address", "ที่อยู่"),
        _f("phone", "text", "telephone", "โทรศัพท์"),
        _f("email", "text", "e-mail", "อีเมล"),
    ),
    _f(
        "lawyer",
        "object",
        "the case's lawyer (drafter of filings)",
        "ทนายความผู้รับผิดชอบคดี (ผู้เรียง)",
        _f("name", "text", "name", "ชื่อ"),
        _f("licence_number", "verbatim", "lawyer's licence number", "ใบอนุญาตทนายความเลขที่"),
        _f("phone", "text", "telephone", "โทรศัพท์"),
        _f("email", "text", "e-mail", "อีเมล"),
    ),
    _f(
        "paralegal",
        "object",
        "the case's paralegal (contact for claimants)",
        "เจ้าหน้าที่ผู้ประสานงานคดี",
        _f("name", "text", "name", "ชื่อ"),
        _f("phone", "text", "telephone", "โทรศัพท์"),
        _f("email", "text", "e-mail", "อีเมล"),
    ),
    _f(
        "case",
        "object",
        "the case",
        "คดี",
        _f("reference", "text", "the organisation's case reference", "รหัสคดีขององค์กร"),
        _f("title", "text", "short title", "ชื่อเรื่อง"),
        _f("kind", "text", "labour, criminal, civil ... in the document's language", "ประเภทคดี"),
        _f("court", "text", "court name in the document's language", "ชื่อศาล"),
        _f("court_province", "text", "the court's province", "จังหวัดที่ตั้งศาล"),
        _f(
            "office",
            "text",
            "office handling it: police, labour office, or the public prosecutor in a criminal case",
            "หน่วยงานที่รับผิดชอบ (เช่น สำนักงานอัยการในคดีอาญา)",
        ),
        _f("offence", "text", "criminal cases: the offence charged", "ความผิดฐาน (คดีอาญา)"),
        _f("black_number", "text", "black case number as entered (e.g. คม.1/2559)", "คดีหมายเลขดำที่"),
        _f("red_number", "text", "red case number as entered", "คดีหมายเลขแดงที่"),
        _f("filed_on", "date", "filing date", "วันยื่นฟ้อง"),
        _f("stage", "text", "stage, in the document's language", "ขั้นตอนคดี"),
        _f("summary", "text", "summary of the facts (from the case page)", "สรุปข้อเท็จจริง"),
    ),
    _f(
        "claimant",
        "object",
        "the claimant the document is for (the first plaintiff in a joint document)",
        "ผู้เรียกร้องที่เอกสารนี้จัดทำให้",
        *PERSON,
    ),
    _f(
        "plaintiffs", "list", "every claimant in the document, in plaintiff order", "โจทก์ทุกคนตามลำดับ", *PERSON
    ),
    _f("plaintiff_count", "number", "how many claimants the document lists", "จำนวนโจทก์"),
    _f("plaintiff_count_words", "text", "that number in words (สี่สิบสาม)", "จำนวนโจทก์เป็นตัวอักษร"),
    _f("defendants", "list", "defendants / respondents in order", "จำเลยตามลำดับ", *PARTY),
    _f("defendant_count", "number", "how many defendants", "จำนวนจำเลย"),
    _f(
        "totals",
        "object",
        "totals of every claimant the document lists",
        "ยอดรวมของโจทก์ทุกคน",
        _f("total", "money", "total claimed", "รวมเป็นเงินทั้งสิ้น", *MONEY_FIELDS),
        _f("total_words", "text", "in words", "เป็นตัวอักษร"),
        _f(
            "cause_of_action",
            "text",
            "the cause of action from every head any plaintiff claims",
            "ข้อหาหรือฐานความผิด ตามหมวดที่โจทก์ทุกคนเรียกร้อง",
        ),
        _f("principal", "money", "total without interest", "ต้นเงิน", *MONEY_FIELDS),
        _f("interest", "money", "interest and surcharge", "ดอกเบี้ย", *MONEY_FIELDS),
        _f("currencies", "list", "the currencies claimed (a total is given per currency)", "สกุลเงิน"),
        _f("incomplete", "bool", "some amount is not yet known", "มีรายการที่ยังไม่ทราบจำนวน"),
    ),
    _f(
        "hearing",
        "object",
        "the next hearing of the case (empty when none is scheduled)",
        "วันนัดครั้งถัดไป",
        _f("date", "date", "date", "วันที่"),
        _f("time", "text", "time, 24-hour (09.00)", "เวลา"),
        _f("kind", "text", "conciliation, witness hearing, judgment ...", "ประเภทนัด"),
        _f("court", "text", "court", "ศาล"),
        _f("room", "text", "courtroom", "ห้องพิจารณาคดี"),
        _f("must_attend", "text", "who must attend", "ผู้ที่ต้องไปศาล"),
        _f("what_to_bring", "text", "what to bring (documents, things)", "สิ่งที่ต้องนำไป (เอกสาร สิ่งของ)"),
        _f("interpreter_language", "text", "interpreter language booked", "ภาษาของล่าม"),
        _f("transport", "text", "transport arranged", "การเดินทางที่จัดให้"),
        _f("lodging", "text", "lodging arranged", "ที่พักที่จัดให้"),
        _f("allowance", "money", "travel allowance", "ค่าเดินทาง", *MONEY_FIELDS),
    ),
    _f("hearings", "list", "every upcoming hearing of the case", "วันนัดที่จะมาถึงทั้งหมด"),
    _f(
        "cases",
        "list",
        "every case of the claimant (for the MDT summary)",
        "ทุกคดีของผู้เรียกร้อง",
        _f("reference", "text", "case reference", "รหัสคดี"),
        _f("kind", "text", "kind", "ประเภทคดี"),
        _f("court", "text", "court or office", "ศาล/หน่วยงาน"),
        _f("black_number", "text", "black number", "คดีหมายเลขดำ"),
        _f("red_number", "text", "red number", "คดีหมายเลขแดง"),
        _f("stage", "text", "stage", "ขั้นตอน"),
        _f("next_hearing", "date", "next hearing date", "วันนัดถัดไป"),
        _f("claimed", "money", "amount claimed", "จำนวนที่เรียกร้อง", *MONEY_FIELDS),
        _f("awarded", "money", "amount awarded", "จำนวนที่ได้รับตามคำพิพากษา", *MONEY_FIELDS),
        _f("received", "money", "amount received", "จำนวนที่ได้รับจริง", *MONEY_FIELDS),
    ),
    _f("tasks", "list", "open tasks of the case (what, who, by when)", "งานที่ต้องทำ"),
    _f(
        "settlement",
        "object",
        "settlement sheet only: the offer and how it compares with the court path, for this claimant",
        "เฉพาะแบบเปรียบเทียบข้อเสนอ: ข้อเสนอและการเปรียบเทียบกับการดำเนินคดีต่อ",
        _f("offer_date", "date", "the day of the offer (the claimant would accept on it)", "วันที่เสนอ"),
        _f("made_by", "text", "who made the offer", "ผู้เสนอ"),
        _f("cash", "money", "this claimant's cash on acceptance", "เงินสดที่ได้รับเมื่อตกลง", *MONEY_FIELDS),
        _f(
            "instalments",
            "list",
            "this claimant's part of each instalment",
            "เงินผ่อนแต่ละงวด",
            _f("due_on", "date", "due date", "วันครบกำหนด"),
            _f("amount", "money", "amount", "จำนวนเงิน"),
        ),
        _f("cancels", "list", "loans the offer cancels (lender names)", "หนี้ที่ข้อเสนอยกเลิกให้"),
        _f("collateral_returned", "list", "collateral returned if accepting", "หลักประกันที่ได้คืน"),
        _f("collateral_kept", "list", "collateral still held by other lenders", "หลักประกันที่ยังอยู่กับเจ้าหนี้"),
        _f("other_terms", "text", "other terms in words", "เงื่อนไขอื่น"),
        _f("conditions", "list", "conditions attached (text)", "เงื่อนไขที่ผูกไว้"),
        _f(
            "condition_warnings",
            "list",
            "conditions the law does not let a deal buy (text)",
            "เงื่อนไขที่กฎหมายไม่อนุญาต",
        ),
        _f("claim", "money", "the full computed claim", "จำนวนที่เรียกร้องทั้งหมด", *MONEY_FIELDS),
        _f(
            "compared_on",
            "date",
            "the day the court would pay (both paths compared on it)",
            "วันที่ศาลอาจจ่ายเงิน",
        ),
        _f("accept_net", "money", "net position that day if accepting", "เงินคงเหลือหลังหักหนี้ หากตกลง"),
        _f(
            "court_expected_net",
            "money",
            "net position that day in court, expected",
            "เงินคงเหลือหลังหักหนี้ หากดำเนินคดีต่อ",
        ),
        _f("court_best_net", "money", "the same at best (full claim paid)", "กรณีดีที่สุด"),
        _f("court_worst_net", "money", "the same at worst (nothing paid)", "กรณีแย่ที่สุด"),
        _f(
            "break_even_cash",
            "money",
            "the cash offer worth as much as going on in court",
            "เงินสดที่คุ้มเท่ากับการดำเนินคดีต่อ",
        ),
        _f("break_even_positive", "bool", "false when any offer beats the court path", "ค่าจุดคุ้มทุนมากกว่าศูนย์"),
        _f("offer_scheduled_total", "money", "cash and every instalment as scheduled", "รวมเงินตามข้อเสนอ"),
        _f(
            "offer_expected_total",
            "money",
            "the same, counting the risk instalments are not paid",
            "รวมเงินที่คาดว่าจะได้รับจริง",
        ),
        _f(
            "instalments_at_risk",
            "money",
            "the part of the instalments that may never be paid",
            "เงินผ่อนที่อาจไม่ได้รับ",
        ),
        _f("chance_percent", "number", "chance of winning, in percent", "โอกาสชนะคดี (ร้อยละ)"),
        _f(
            "share_collected_percent",
            "number",
            "share of an award likely collected, in percent",
            "ส่วนที่คาดว่าจะได้รับจริง (ร้อยละ)",
        ),
        _f("months_to_judgment", "number", "months until judgment", "จำนวนเดือนจนถึงวันพิพากษา"),
        _f(
            "months_to_payment",
            "number",
            "months from judgment to payment",
            "จำนวนเดือนจากวันพิพากษาถึงวันได้รับเงิน",
        ),
        _f("hearings", "number", "hearings expected", "จำนวนนัดที่คาดว่าต้องไปศาล"),
        _f("cost_per_hearing", "money", "cost of each hearing to the claimant", "ค่าใช้จ่ายต่อนัด"),
        _f(
            "debts",
            "list",
            "each debt on both paths",
            "หนี้แต่ละราย",
            _f("lender", "text", "lender", "เจ้าหนี้"),
            _f("collateral", "text", "collateral held", "หลักประกัน"),
            _f("cancelled", "bool", "cancelled by the offer", "ข้อเสนอยกเลิกหนี้นี้"),
            _f("today", "money", "balance on the day of the offer", "ยอดหนี้วันนี้"),
            _f("at_payment", "money", "balance on the day the court would pay", "ยอดหนี้ ณ วันที่ศาลอาจจ่ายเงิน"),
            _f("rate", "text", "its interest, and the legal cap used", "อัตราดอกเบี้ย"),
        ),
        _f("warnings", "list", "warnings in plain words (text)", "ข้อควรระวัง"),
        _f("chart", "image", "the chart: net position month by month on both paths", "แผนภูมิ"),
        _f(
            "assistance",
            "list",
            "assistance received outside the courts (funds, grants): never part of the figures above",
            "ความช่วยเหลืออื่นที่ได้รับ (กองทุน เงินสนับสนุน) ไม่นับรวมในตัวเลขข้างต้น",
            _f("source", "text", "where it came from, in the sheet's language", "แหล่งที่มา"),
            _f("giver", "text", "who paid, in their own name", "ผู้จ่าย"),
            _f("received_on", "date", "the day received", "วันที่ได้รับ"),
            _f("amount", "money", "amount, in its own currency", "จำนวนเงิน"),
            _f("basis", "text", "what it was paid under", "หลักเกณฑ์ที่จ่าย"),
        ),
    ),
)

HEARING_FIELDS = next(f for f in FIELDS if f.name == "hearing").fields
TASK_FIELDS = (
    _f("title", "text", "what is to be done", "สิ่งที่ต้องทำ"),
    _f("due_on", "date", "by when", "กำหนดเสร็จ"),
    _f("assignee", "text", "who", "ผู้รับผิดชอบ"),
)
# Lists whose items are described once above.
LIST_ITEMS = {"hearings": HEARING_FIELDS, "tasks": TASK_FIELDS}

ROOT = Field("", "object", "", "", FIELDS)


def flatten(fields: tuple[Field, ...] = FIELDS, prefix: str = "") -> list[tuple[str, Field]]:
    """Every field by its dotted path, as the reference page lists them ("claimant.claim.rows[].amount")."""
    out = []
    for f in fields:
        path = f"{prefix}{f.name}"
        out.append((path, f))
        children = f.fields or (LIST_ITEMS.get(f.name, ()) if f.kind == "list" else ())
        if children and f.kind != "money":
            out.extend(flatten(children, f"{path}[]." if f.kind == "list" else f"{path}."))
    return out


def lookup(path: str) -> Field | None:
    """The field at a dotted path ("claimant.claim.total"), list items written with [] or not."""
    node = ROOT
    for part in path.replace("[]", "").split("."):
        if not part:
            continue
        child = node.child(part)
        if child is None and node.kind == "list" and node.name in LIST_ITEMS:
            child = next((f for f in LIST_ITEMS[node.name] if f.name == part), None)
        if child is None:
            return None
        node = child
    return node
