"""The template to download: a workbook with one sheet per kind of row, its headers in the chosen language (a
``*`` marks a required column), an example row, and an instructions sheet; or one sheet as .csv."""

from __future__ import annotations

import csv
import io

from claims.services.imports.columns import DATE, SHEETS, Sheet

INSTRUCTIONS = {
    "en": (
        "How to fill in this workbook",
        "One row per claimant on the Claimants sheet; their claim data on the other sheets, one row per "
        "employment period, pay record, payment, fee or loan, each with the claimant's external id.",
        "The external id is your own id for the person: importing the file again updates the same people.",
        "A column marked * is required. Delete the example rows before importing.",
        "Dates: 2026-12-16, 16/12/2026 (day first) or 16/12/2569 in the Buddhist Era; Thai digits are read. "
        "Two-digit years are refused.",
        "Numbers: 1500 or 1,500.50. An interest rate is a percentage, as on the loan form: for 3% a month "
        "write 3 under Interest rate (%) and month under Rate per.",
        "Type values: formulas and error cells are refused.",
        "Claim data goes into the case you choose when you upload the file.",
    ),
    "th": (
        "วิธีกรอกแบบฟอร์มนี้",
        "ผู้เรียกร้องหนึ่งคนต่อหนึ่งแถวในแผ่นงานผู้เรียกร้อง ข้อมูลการเรียกร้องอยู่ในแผ่นงานอื่น "
        "หนึ่งแถวต่อช่วงการจ้าง บันทึกการทำงาน เงินที่ได้รับ ค่าหัวคิว หรือเงินกู้ พร้อมรหัสภายนอกของผู้เรียกร้อง",
        "รหัสภายนอกคือรหัสที่องค์กรใช้เรียกบุคคลนั้น นำเข้าไฟล์เดิมอีกครั้งจะปรับปรุงข้อมูลของบุคคลเดิม",
        "คอลัมน์ที่มีเครื่องหมาย * ต้องกรอก ลบแถวตัวอย่างก่อนนำเข้า",
        "วันที่: 2026-12-16, 16/12/2026 (วันก่อน) หรือ 16/12/2569 แบบพุทธศักราช อ่านเลขไทยได้ ไม่รับปีสองหลัก",
        "ตัวเลข: 1500 หรือ 1,500.50 อัตราดอกเบี้ยเขียนเป็นร้อยละเหมือนในแบบฟอร์มเงินกู้: ร้อยละ 3 ต่อเดือน "
        "ให้กรอก 3 ในคอลัมน์อัตราดอกเบี้ย (ร้อยละ) และ month ในคอลัมน์อัตราต่อ",
        "พิมพ์ค่าลงไป ไม่รับสูตรและเซลล์ที่มีข้อผิดพลาด",
        "ข้อมูลการเรียกร้องจะเข้าสู่คดีที่เลือกตอนอัปโหลดไฟล์",
    ),
}


def headers(sheet: Sheet, language: str) -> list[str]:
    return [(c.th if language == "th" else c.en) + (" *" if c.required else "") for c in sheet.columns]


def example(sheet: Sheet) -> list[str]:
    return [c.example for c in sheet.columns]


def template_xlsx(language: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    notes = book.active
    lines = INSTRUCTIONS.get(language, INSTRUCTIONS["en"])
    notes.title = "คำแนะนำ" if language == "th" else "Instructions"
    for line in lines:
        notes.append([line])
    notes["A1"].font = Font(bold=True)
    notes.column_dimensions["A"].width = 120
    for sheet in SHEETS:
        ws = book.create_sheet(sheet.th if language == "th" else sheet.en)
        ws.append(headers(sheet, language))
        ws.append(example(sheet))
        for index, column in enumerate(sheet.columns, start=1):
            ws.cell(row=1, column=index).font = Font(bold=True)
            letter = ws.cell(row=1, column=index).column_letter
            ws.column_dimensions[letter].width = max(14, len(ws.cell(row=1, column=index).value) + 2)
            if column.kind == DATE:
                # Text, not a date cell: Excel would otherwise turn 16/12/2569 into its own guess.
                for row in (2, 3):
                    ws.cell(row=row, column=index).number_format = "@"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def template_csv(sheet: Sheet, language: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers(sheet, language))
    writer.writerow(example(sheet))
    # A byte-order mark: Excel opens a UTF-8 .csv as Thai text only with one.
    return ("\ufeff" + out.getvalue()).encode("utf-8")
