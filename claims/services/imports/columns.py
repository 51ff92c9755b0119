"""The sheets and columns an import reads, with their headers in English and in Thai.

Pure data. A column's ``key`` is the field name of the form that checks it (claims/web/claimants/forms.py and
claims/web/calculations/forms/): the import validates a row by filling that form, so a header maps straight to
a field. A header is matched in either language, or as its key, whatever the user's language; case, spaces and a
trailing ``*`` (the template's mark of a required column) do not matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What a cell of the kind holds: text, a date (claims/dates.py), a number, a choice (code or label), yes/no.
TEXT, DATE, NUMBER, CHOICE, YESNO = "text", "date", "number", "choice", "yesno"


@dataclass(frozen=True)
class Column:
    key: str
    en: str
    th: str
    kind: str = TEXT
    required: bool = False
    example: str = ""


@dataclass(frozen=True)
class Sheet:
    key: str
    en: str
    th: str
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


EXTERNAL_ID = Column("external_id", "External id", "รหัสภายนอก", required=True, example="G-2026-001")
PERIOD = Column("period", "Period no.", "ลำดับช่วงการจ้าง", NUMBER, example="1")

CLAIMANTS = Sheet(
    "claimants",
    "Claimants",
    "ผู้เรียกร้อง",
    (
        EXTERNAL_ID,
        Column("pseudonym", "Pseudonym", "นามแฝง", required=True, example="G-01"),
        Column("legal_name", "Legal name", "ชื่อจริง", required=True, example="Somchai Jaidee"),
        Column("sex", "Sex", "เพศ", CHOICE, example="male"),
        Column("date_of_birth", "Date of birth", "วันเกิด", DATE, example="15/03/2533"),
        Column("nationality", "Nationality", "สัญชาติ", CHOICE, example="TH"),
        Column("languages", "Languages", "ภาษาที่พูด", CHOICE, example="th"),
        Column("document_language", "Document language", "ภาษาของเอกสาร", CHOICE, example="th"),
        Column("interpreter_needed", "Needs an interpreter", "ต้องการล่าม", YESNO, example="no"),
        Column("home_country", "Home country", "ประเทศภูมิลำเนา", CHOICE, example="TH"),
        Column("home_province", "Home province", "จังหวัดภูมิลำเนา", example="Chaiyaphum"),
        Column("home_district", "Home district", "อำเภอภูมิลำเนา"),
        Column("phone", "Phone", "โทรศัพท์"),
        Column("address", "Address", "ที่อยู่"),
        Column("guardian_name", "Guardian's name", "ชื่อผู้ปกครอง"),
        Column("guardian_relationship", "Guardian's relationship", "ความเกี่ยวพันของผู้ปกครอง"),
        Column("document_kind", "Document kind", "ประเภทเอกสาร", CHOICE, example="national_id"),
        Column("document_number", "Document number", "เลขที่เอกสาร", example="3360100012345"),
        Column("trafficking_status", "Identification status", "สถานะการคัดแยกผู้เสียหาย", CHOICE),
        Column("identified_on", "Identified on", "วันที่คัดแยก", DATE),
        Column("identifying_agency", "Identifying agency", "หน่วยงานที่คัดแยก"),
        Column("returned_home_on", "Returned home on", "วันที่กลับภูมิลำเนา", DATE),
        Column("notes", "Notes", "หมายเหตุ"),
    ),
)

EMPLOYMENT = Sheet(
    "employment",
    "Employment",
    "ช่วงการจ้างงาน",
    (
        EXTERNAL_ID,
        PERIOD,
        Column("employer", "Employer", "นายจ้าง", required=True, example="Berry Farm AB"),
        Column("start", "First day worked", "วันแรกที่ทำงาน", DATE, True, "01/07/2566"),
        Column("end", "Last day worked", "วันสุดท้ายที่ทำงาน", DATE, True, "31/08/2566"),
        Column("pay_basis", "Paid", "การจ่ายค่าจ้าง", CHOICE, True, "monthly"),
        Column("rate", "Contract rate", "อัตราตามสัญญา", NUMBER, example="22000"),
        Column("rate_high", "Top of the range", "อัตราสูงสุดของช่วง", NUMBER),
        Column("currency", "Currency", "สกุลเงิน", required=True, example="THB"),
        Column("workplace", "Workplace country", "ประเทศที่ทำงาน", required=True, example="th"),
        Column("province", "Province (minimum wage)", "จังหวัด (ค่าจ้างขั้นต่ำ)", example="bangkok"),
        Column("normal_hours_per_day", "Normal hours a day", "ชั่วโมงทำงานปกติต่อวัน", NUMBER),
        Column("contract_basis", "Contract", "สัญญา"),
        Column("wilful_withholding", "Withheld wilfully", "จงใจไม่จ่าย", YESNO),
        Column("unused_annual_leave_days", "Unused annual leave (days)", "วันลาพักร้อนที่ไม่ได้ใช้", NUMBER),
        Column("terminated", "Terminated", "ถูกเลิกจ้าง", YESNO),
        Column("by_employer", "Terminated by the employer", "นายจ้างเป็นผู้เลิกจ้าง", YESNO),
        Column("notice_given_on", "Notice given on", "วันที่บอกกล่าว", DATE),
    ),
)

PAY_RECORDS = Sheet(
    "pay_records",
    "Pay records",
    "บันทึกการทำงาน",
    (
        EXTERNAL_ID,
        PERIOD,
        Column("start", "From", "ตั้งแต่", DATE, True, "01/07/2566"),
        Column("end", "To", "ถึง", DATE, True, "31/07/2566"),
        Column("repeat", "Every month", "ทุกเดือน", YESNO),
        Column("days_worked", "Days worked", "จำนวนวันทำงาน", NUMBER, example="26"),
        Column("normal_hours", "Normal hours", "ชั่วโมงปกติ", NUMBER),
        Column("pieces", "Pieces", "จำนวนชิ้น", NUMBER),
        Column("overtime_hours", "Overtime hours", "ชั่วโมงทำงานล่วงเวลา", NUMBER, example="40"),
        Column("holiday_hours", "Hours on holidays", "ชั่วโมงทำงานในวันหยุด", NUMBER),
        Column("holiday_overtime_hours", "Overtime hours on holidays", "ชั่วโมงล่วงเวลาในวันหยุด", NUMBER),
        Column("restday_hours", "Hours on rest days", "ชั่วโมงทำงานในวันพัก", NUMBER),
        Column("due", "Pay date", "วันจ่ายค่าจ้าง", DATE),
    ),
)

PAYMENTS = Sheet(
    "payments",
    "Payments",
    "เงินที่ได้รับ",
    (
        EXTERNAL_ID,
        PERIOD,
        Column("on", "Received on", "วันที่ได้รับ", DATE, True, "15/08/2566"),
        Column("amount", "Amount", "จำนวนเงิน", NUMBER, True, "5000"),
        Column("currency", "Currency", "สกุลเงิน", example="THB"),
        Column("note", "Note", "หมายเหตุ"),
    ),
)

FEES = Sheet(
    "fees",
    "Fees",
    "ค่าหัวคิวและค่าใช้จ่าย",
    (
        EXTERNAL_ID,
        Column("kind", "Kind", "ประเภท", CHOICE, True, "service_fee"),
        Column("payee", "Paid to", "จ่ายให้", required=True, example="Agency Co."),
        Column("amount", "Amount", "จำนวนเงิน", NUMBER, True, "35000"),
        Column("currency", "Currency", "สกุลเงิน", example="THB"),
        Column("paid_on", "Paid on", "วันที่จ่าย", DATE, True, "10/05/2566"),
        Column("ilo_category", "ILO category", "หมวดตาม ILO", CHOICE, True, "fee"),
        Column("evidence", "Evidence", "หลักฐาน"),
    ),
)

LOANS = Sheet(
    "loans",
    "Loans",
    "เงินกู้",
    (
        EXTERNAL_ID,
        Column("lender", "Lender", "ผู้ให้กู้", required=True, example="Agency Co."),
        Column("principal", "Principal", "เงินต้น", NUMBER, True, "50000"),
        Column("currency", "Currency", "สกุลเงิน", example="THB"),
        Column("taken_on", "Taken on", "วันที่กู้", DATE, True, "01/05/2566"),
        # A percentage, as the loan form takes it (3 for 3% a month); the claim keeps the fraction.
        Column("rate_percent", "Interest rate (%)", "อัตราดอกเบี้ย (ร้อยละ)", NUMBER, True, "3"),
        Column("rate_per", "Rate per", "อัตราต่อ", CHOICE, True, "month"),
        Column("method", "Interest", "วิธีคิดดอกเบี้ย", CHOICE, example="simple"),
        Column("collateral", "Collateral", "หลักประกัน"),
    ),
)

SHEETS = (CLAIMANTS, EMPLOYMENT, PAY_RECORDS, PAYMENTS, FEES, LOANS)
CLAIM_SHEETS = tuple(s for s in SHEETS if s is not CLAIMANTS)


def normalise(header) -> str:
    text = re.sub(r"\s+", " ", str(header or "")).strip().rstrip("*").strip()
    return text.casefold()


def _names(item) -> set[str]:
    return {
        normalise(item.key),
        normalise(item.en),
        normalise(item.th),
        normalise(item.key.replace("_", " ")),
    }


def sheet_named(name) -> Sheet | None:
    wanted = normalise(name)
    return next((s for s in SHEETS if wanted in _names(s)), None)


def column_named(sheet: Sheet, header) -> Column | None:
    wanted = normalise(header)
    return next((c for c in sheet.columns if wanted in _names(c)), None)


def sheet_for_headers(headers) -> Sheet | None:
    """The sheet a single-sheet file (.csv) holds, from its headers: the one whose required columns are all
    there and that matches the most headers."""
    best, best_score = None, 0
    for sheet in SHEETS:
        found = {c.key for h in headers if (c := column_named(sheet, h))}
        if not all(c.key in found for c in sheet.columns if c.required):
            continue
        if len(found) > best_score:
            best, best_score = sheet, len(found)
    return best
