"""The fields of the settlement sheet: an offer and how it compares, for one claimant, with going on in court.

Apart from claims.documents.fields because only the settlement sheet has them, filled from the offer and its
comparison by the settlement services, never from the case's records that every other document uses.
"""

from __future__ import annotations

from claims.documents.field_spec import MONEY_FIELDS, field

SETTLEMENT = field(
    "settlement",
    "object",
    "settlement sheet only: the offer and how it compares with the court path, for this claimant",
    "เฉพาะแบบเปรียบเทียบข้อเสนอ: ข้อเสนอและการเปรียบเทียบกับการดำเนินคดีต่อ",
    field("offer_date", "date", "the day of the offer (the claimant would accept on it)", "วันที่เสนอ"),
    field("made_by", "text", "who made the offer", "ผู้เสนอ"),
    field("cash", "money", "this claimant's cash on acceptance", "เงินสดที่ได้รับเมื่อตกลง", *MONEY_FIELDS),
    field(
        "instalments",
        "list",
        "this claimant's part of each instalment",
        "เงินผ่อนแต่ละงวด",
        field("due_on", "date", "due date", "วันครบกำหนด"),
        field("amount", "money", "amount", "จำนวนเงิน"),
    ),
    field("cancels", "list", "loans the offer cancels (lender names)", "หนี้ที่ข้อเสนอยกเลิกให้"),
    field("collateral_returned", "list", "collateral returned if accepting", "หลักประกันที่ได้คืน"),
    field("collateral_kept", "list", "collateral still held by other lenders", "หลักประกันที่ยังอยู่กับเจ้าหนี้"),
    field("other_terms", "text", "other terms in words", "เงื่อนไขอื่น"),
    field("conditions", "list", "conditions attached (text)", "เงื่อนไขที่ผูกไว้"),
    field(
        "condition_warnings",
        "list",
        "conditions the law does not let a deal buy (text)",
        "เงื่อนไขที่กฎหมายไม่อนุญาต",
    ),
    field("claim", "money", "the full computed claim", "จำนวนที่เรียกร้องทั้งหมด", *MONEY_FIELDS),
    field(
        "compared_on",
        "date",
        "the day the court would pay (both paths compared on it)",
        "วันที่ศาลอาจจ่ายเงิน",
    ),
    field("accept_net", "money", "net position that day if accepting", "เงินคงเหลือหลังหักหนี้ หากตกลง"),
    field(
        "court_expected_net",
        "money",
        "net position that day in court, expected",
        "เงินคงเหลือหลังหักหนี้ หากดำเนินคดีต่อ",
    ),
    field("court_best_net", "money", "the same at best (full claim paid)", "กรณีดีที่สุด"),
    field("court_worst_net", "money", "the same at worst (nothing paid)", "กรณีแย่ที่สุด"),
    field(
        "break_even_cash",
        "money",
        "the cash offer worth as much as going on in court",
        "เงินสดที่คุ้มเท่ากับการดำเนินคดีต่อ",
    ),
    field("break_even_positive", "bool", "false when any offer beats the court path", "ค่าจุดคุ้มทุนมากกว่าศูนย์"),
    field("offer_scheduled_total", "money", "cash and every instalment as scheduled", "รวมเงินตามข้อเสนอ"),
    field(
        "offer_expected_total",
        "money",
        "the same, counting the risk instalments are not paid",
        "รวมเงินที่คาดว่าจะได้รับจริง",
    ),
    field(
        "instalments_at_risk",
        "money",
        "the part of the instalments that may never be paid",
        "เงินผ่อนที่อาจไม่ได้รับ",
    ),
    field("chance_percent", "number", "chance of winning, in percent", "โอกาสชนะคดี (ร้อยละ)"),
    field(
        "share_collected_percent",
        "number",
        "share of an award likely collected, in percent",
        "ส่วนที่คาดว่าจะได้รับจริง (ร้อยละ)",
    ),
    field("months_to_judgment", "number", "months until judgment", "จำนวนเดือนจนถึงวันพิพากษา"),
    field(
        "months_to_payment",
        "number",
        "months from judgment to payment",
        "จำนวนเดือนจากวันพิพากษาถึงวันได้รับเงิน",
    ),
    field("hearings", "number", "hearings expected", "จำนวนนัดที่คาดว่าต้องไปศาล"),
    field("cost_per_hearing", "money", "cost of each hearing to the claimant", "ค่าใช้จ่ายต่อนัด"),
    field(
        "debts",
        "list",
        "each debt on both paths",
        "หนี้แต่ละราย",
        field("lender", "text", "lender", "เจ้าหนี้"),
        field("collateral", "text", "collateral held", "หลักประกัน"),
        field("cancelled", "bool", "cancelled by the offer", "ข้อเสนอยกเลิกหนี้นี้"),
        field("today", "money", "balance on the day of the offer", "ยอดหนี้วันนี้"),
        field("at_payment", "money", "balance on the day the court would pay", "ยอดหนี้ ณ วันที่ศาลอาจจ่ายเงิน"),
        field("rate", "text", "its interest, and the legal cap used", "อัตราดอกเบี้ย"),
    ),
    field("warnings", "list", "warnings in plain words (text)", "ข้อควรระวัง"),
    field("chart", "image", "the chart: net position month by month on both paths", "แผนภูมิ"),
    field(
        "assistance",
        "list",
        "assistance received outside the courts (funds, grants): never part of the figures above",
        "ความช่วยเหลืออื่นที่ได้รับ (กองทุน เงินสนับสนุน) ไม่นับรวมในตัวเลขข้างต้น",
        field("source", "text", "where it came from, in the sheet's language", "แหล่งที่มา"),
        field("giver", "text", "who paid, in their own name", "ผู้จ่าย"),
        field("received_on", "date", "the day received", "วันที่ได้รับ"),
        field("amount", "money", "amount, in its own currency", "จำนวนเงิน"),
        field("basis", "text", "what it was paid under", "หลักเกณฑ์ที่จ่าย"),
    ),
)
