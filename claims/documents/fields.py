"""The data a document template may use, described field by field for the lawyer who edits the template.

This is the contract between the app and the templates: ``claims.services.documents`` builds exactly these values
(plain values: text, numbers, dates, :class:`~claims.money.Money`, lists and mappings, never database objects),
the lint refuses a template that names anything else, and the admin's template pages and
``document_templates/README.md`` print the same descriptions.

The tree is written here from its root: the document, the organisation and its people, the case, its claimants and
parties, hearings and tasks. The claim's fields are in claims.documents.claim_fields, the settlement sheet's in
claims.documents.settlement_fields, and what a field is in claims.documents.field_spec.
"""

from __future__ import annotations

from claims.documents.claim_fields import CLAIM, FUND_ITEM
from claims.documents.field_spec import MONEY_FIELDS, Field, field
from claims.documents.settlement_fields import SETTLEMENT

PERSON = (
    field("number", "number", "plaintiff number in the case (1, 2, ...)", "ลำดับที่ (โจทก์ที่)"),
    field("name", "text", "legal name (court filings only)", "ชื่อ-สกุลตามกฎหมาย"),
    field("pseudonym", "text", "pseudonym used outside the case file", "นามแฝง"),
    field("initials", "text", "initials of the legal name (MDT papers)", "อักษรย่อชื่อ"),
    field("sex", "text", "sex, in the document's language", "เพศ"),
    field("age", "number", "age in years on the document's date", "อายุ (ปี)"),
    field("date_of_birth", "date", "date of birth", "วันเกิด"),
    field("nationality", "text", "nationality, in the document's language", "สัญชาติ"),
    field(
        "id_document_kind",
        "text",
        "kind of identity document (passport, pink card ...)",
        "ประเภทเอกสารประจำตัว",
    ),
    field(
        "id_document_number", "verbatim", "its number: printed as entered, never in Thai digits", "เลขที่เอกสาร"
    ),
    field(
        "address",
        "text",
        "address; for a person under protection, their address for service instead (empty: a line to fill)",
        "ที่อยู่ (ผู้ที่อยู่ในความคุ้มครอง: ใช้ที่อยู่สำหรับส่งเอกสารแทน)",
    ),
    field(
        "address_for_service",
        "text",
        "address for service entered by the lawyer (the organisation's or the shelter's legal address)",
        "ที่อยู่สำหรับส่งหมายและเอกสาร",
    ),
    field("phone", "text", "telephone (empty for a person under protection)", "โทรศัพท์"),
    field(
        "home_province",
        "text",
        "home province or region (empty for a person under protection)",
        "จังหวัดภูมิลำเนา",
    ),
    field("language", "text", "language the claimant reads", "ภาษาที่อ่าน"),
    field("interpreter_needed", "bool", "needs an interpreter", "ต้องการล่าม"),
    field("role", "text", "role in this case (plaintiff, injured person ...)", "ฐานะในคดี"),
    field("identified_victim", "bool", "identified as a trafficking victim", "ได้รับการคัดแยกเป็นผู้เสียหาย"),
    field("identified_on", "date", "date identified", "วันที่คัดแยก"),
    field("identifying_agency", "text", "agency that identified", "หน่วยงานที่คัดแยก"),
    field("planned_return_on", "date", "planned return home", "กำหนดเดินทางกลับ"),
    field("returned_home_on", "date", "date returned home", "วันที่เดินทางกลับ"),
    field(
        "protection",
        "text",
        "the office that ordered the person's protection (never where or how they are kept)",
        "หน่วยงานที่มีคำสั่งคุ้มครอง",
    ),
    CLAIM,
    field("fund_items", "list", "Anti-Trafficking Fund items", "รายการขอรับเงินกองทุน", *FUND_ITEM),
    field(
        "fund_total", "money", "total of the Fund items whose amount is known", "รวม (เฉพาะรายการที่ทราบจำนวน)"
    ),
    field(
        "fund_unknown_count", "number", "how many Fund items have no amount yet", "จำนวนรายการที่ยังไม่ทราบจำนวน"
    ),
    field("awarded", "money", "amount awarded (empty before an outcome)", "จำนวนที่ศาลพิพากษา"),
    field("received", "money", "amount actually received so far", "จำนวนที่ได้รับแล้ว"),
)

PARTY = (
    field("number", "number", "defendant number (1, 2, ...)", "จำเลยที่"),
    field("name", "text", "name", "ชื่อ"),
    field("kind", "text", "company, person, agency ...", "ประเภท"),
    field("licence_number", "verbatim", "recruitment licence number", "เลขที่ใบอนุญาต"),
    field("address", "text", "address", "ที่อยู่"),
    field("country", "text", "country", "ประเทศ"),
    field("role", "text", "role in this case", "ฐานะในคดี"),
    field("status", "text", "operating, closed, renamed ...", "สถานะ"),
)

FIELDS: tuple[Field, ...] = (
    field(
        "document",
        "object",
        "the document being made",
        "เอกสารที่จัดทำ",
        field("title", "text", "the template's title", "ชื่อเอกสาร"),
        field("language", "text", "language code of the template (th, en ...)", "ภาษา"),
        field(
            "date", "date", "the document's date (the day it is made, or the date asked for)", "วันที่ของเอกสาร"
        ),
        field("template", "text", "template name", "ชื่อแม่แบบ"),
        field("version", "number", "template version (0 = the version shipped with the app)", "ฉบับของแม่แบบ"),
    ),
    field(
        "organisation",
        "object",
        "the legal-aid organisation (letterhead)",
        "องค์กร (หัวจดหมาย)",
        field("name", "text", "name", "ชื่อองค์กร"),
        field("address", "text", "address", "ที่อยู่"),
        field("phone", "text", "telephone", "โทรศัพท์"),
        field("email", "text", "e-mail", "อีเมล"),
    ),
    field(
        "lawyer",
        "object",
        "the case's lawyer (drafter of filings)",
        "ทนายความผู้รับผิดชอบคดี (ผู้เรียง)",
        field("name", "text", "name", "ชื่อ"),
        field("licence_number", "verbatim", "lawyer's licence number", "ใบอนุญาตทนายความเลขที่"),
        field("phone", "text", "telephone", "โทรศัพท์"),
        field("email", "text", "e-mail", "อีเมล"),
    ),
    field(
        "paralegal",
        "object",
        "the case's paralegal (contact for claimants)",
        "เจ้าหน้าที่ผู้ประสานงานคดี",
        field("name", "text", "name", "ชื่อ"),
        field("phone", "text", "telephone", "โทรศัพท์"),
        field("email", "text", "e-mail", "อีเมล"),
    ),
    field(
        "case",
        "object",
        "the case",
        "คดี",
        field("reference", "text", "the organisation's case reference", "รหัสคดีขององค์กร"),
        field("title", "text", "short title", "ชื่อเรื่อง"),
        field("kind", "text", "labour, criminal, civil ... in the document's language", "ประเภทคดี"),
        field("court", "text", "court name in the document's language", "ชื่อศาล"),
        field("court_province", "text", "the court's province", "จังหวัดที่ตั้งศาล"),
        field(
            "office",
            "text",
            "office handling it: police, labour office, or the public prosecutor in a criminal case",
            "หน่วยงานที่รับผิดชอบ (เช่น สำนักงานอัยการในคดีอาญา)",
        ),
        field("offence", "text", "criminal cases: the offence charged", "ความผิดฐาน (คดีอาญา)"),
        field("black_number", "text", "black case number as entered (e.g. คม.1/2559)", "คดีหมายเลขดำที่"),
        field("red_number", "text", "red case number as entered", "คดีหมายเลขแดงที่"),
        field("filed_on", "date", "filing date", "วันยื่นฟ้อง"),
        field("stage", "text", "stage, in the document's language", "ขั้นตอนคดี"),
        field("summary", "text", "summary of the facts (from the case page)", "สรุปข้อเท็จจริง"),
    ),
    field(
        "claimant",
        "object",
        "the claimant the document is for (the first plaintiff in a joint document)",
        "ผู้เรียกร้องที่เอกสารนี้จัดทำให้",
        *PERSON,
    ),
    field(
        "plaintiffs", "list", "every claimant in the document, in plaintiff order", "โจทก์ทุกคนตามลำดับ", *PERSON
    ),
    field("plaintiff_count", "number", "how many claimants the document lists", "จำนวนโจทก์"),
    field("plaintiff_count_words", "text", "that number in words (สี่สิบสาม)", "จำนวนโจทก์เป็นตัวอักษร"),
    field("defendants", "list", "defendants / respondents in order", "จำเลยตามลำดับ", *PARTY),
    field("defendant_count", "number", "how many defendants", "จำนวนจำเลย"),
    field(
        "totals",
        "object",
        "totals of every claimant the document lists",
        "ยอดรวมของโจทก์ทุกคน",
        field("total", "money", "total claimed", "รวมเป็นเงินทั้งสิ้น", *MONEY_FIELDS),
        field("total_words", "text", "in words", "เป็นตัวอักษร"),
        field(
            "cause_of_action",
            "text",
            "the cause of action from every head any plaintiff claims",
            "ข้อหาหรือฐานความผิด ตามหมวดที่โจทก์ทุกคนเรียกร้อง",
        ),
        field("principal", "money", "total without interest", "ต้นเงิน", *MONEY_FIELDS),
        field("interest", "money", "interest and surcharge", "ดอกเบี้ย", *MONEY_FIELDS),
        field("currencies", "list", "the currencies claimed (a total is given per currency)", "สกุลเงิน"),
        field("incomplete", "bool", "some amount is not yet known", "มีรายการที่ยังไม่ทราบจำนวน"),
    ),
    field(
        "hearing",
        "object",
        "the next hearing of the case (empty when none is scheduled)",
        "วันนัดครั้งถัดไป",
        field("date", "date", "date", "วันที่"),
        field("time", "text", "time, 24-hour (09.00)", "เวลา"),
        field("kind", "text", "conciliation, witness hearing, judgment ...", "ประเภทนัด"),
        field("court", "text", "court", "ศาล"),
        field("room", "text", "courtroom", "ห้องพิจารณาคดี"),
        field("must_attend", "text", "who must attend", "ผู้ที่ต้องไปศาล"),
        field("what_to_bring", "text", "what to bring (documents, things)", "สิ่งที่ต้องนำไป (เอกสาร สิ่งของ)"),
        field("interpreter_language", "text", "interpreter language booked", "ภาษาของล่าม"),
        field("transport", "text", "transport arranged", "การเดินทางที่จัดให้"),
        field("lodging", "text", "lodging arranged", "ที่พักที่จัดให้"),
        field("allowance", "money", "travel allowance", "ค่าเดินทาง", *MONEY_FIELDS),
    ),
    field("hearings", "list", "every upcoming hearing of the case", "วันนัดที่จะมาถึงทั้งหมด"),
    field(
        "cases",
        "list",
        "every case of the claimant (for the MDT summary)",
        "ทุกคดีของผู้เรียกร้อง",
        field("reference", "text", "case reference", "รหัสคดี"),
        field("kind", "text", "kind", "ประเภทคดี"),
        field("court", "text", "court or office", "ศาล/หน่วยงาน"),
        field("black_number", "text", "black number", "คดีหมายเลขดำ"),
        field("red_number", "text", "red number", "คดีหมายเลขแดง"),
        field("stage", "text", "stage", "ขั้นตอน"),
        field("next_hearing", "date", "next hearing date", "วันนัดถัดไป"),
        field("claimed", "money", "amount claimed", "จำนวนที่เรียกร้อง", *MONEY_FIELDS),
        field("awarded", "money", "amount awarded", "จำนวนที่ได้รับตามคำพิพากษา", *MONEY_FIELDS),
        field("received", "money", "amount received", "จำนวนที่ได้รับจริง", *MONEY_FIELDS),
    ),
    field("tasks", "list", "open tasks of the case (what, who, by when)", "งานที่ต้องทำ"),
    SETTLEMENT,
)

HEARING_FIELDS = next(f for f in FIELDS if f.name == "hearing").fields
TASK_FIELDS = (
    field("title", "text", "what is to be done", "สิ่งที่ต้องทำ"),
    field("due_on", "date", "by when", "กำหนดเสร็จ"),
    field("assignee", "text", "who", "ผู้รับผิดชอบ"),
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
