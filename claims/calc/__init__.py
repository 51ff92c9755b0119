"""The calculation engine: plain inputs and a rule book in, a Breakdown out. Pure: no Flask, no database, no I/O.

from claims.calc import parse_claim, compute_claim, to_dict
breakdown = compute_claim(parse_claim(data), load_rulebook())

The breakdown's words are catalogue keys with their arguments (claims.calc.text); to_dict keeps them beside the
English, and render_line / render_warning write a stored line or warning in Thai or English.
"""

from claims.calc.breakdown import Breakdown, Head, Warning, group_totals
from claims.calc.breakdown_dict import to_dict
from claims.calc.claim import compute_claim, compute_claims
from claims.calc.deadlines import Deadline, Facts, Judgment, WorkingDays, compute_deadlines
from claims.calc.debt import LoanState, balance_on
from claims.calc.inputs import (
    ClaimInput,
    CompensationHead,
    Conventions,
    CriminalCompensation,
    Deduction,
    EmploymentPeriod,
    ExchangeRate,
    FeePayment,
    FundItem,
    LabourDamage,
    Loan,
    Payment,
    Recruitment,
    Termination,
    WorkRecord,
)
from claims.calc.interest import accrue
from claims.calc.lines import Flag, Line
from claims.calc.lookup import Rules, rules_for
from claims.calc.lump_sum import split_lump_sum
from claims.calc.parse import InputError, parse_claim
from claims.calc.settlement import (
    Comparison,
    CourtPath,
    DebtRow,
    Instalment,
    MonthPoint,
    OfferTerms,
    compare,
)
from claims.calc.text import (
    Text,
    flag_name,
    head_name,
    render_basis,
    render_line,
    render_text,
    render_warning,
)
from claims.calc.wilful_surcharge import surcharge

__all__ = [
    "Breakdown",
    "ClaimInput",
    "Comparison",
    "CompensationHead",
    "Conventions",
    "CourtPath",
    "CriminalCompensation",
    "DebtRow",
    "Deadline",
    "Deduction",
    "EmploymentPeriod",
    "ExchangeRate",
    "Facts",
    "FeePayment",
    "Flag",
    "FundItem",
    "Head",
    "LabourDamage",
    "InputError",
    "Instalment",
    "Judgment",
    "Line",
    "Loan",
    "LoanState",
    "MonthPoint",
    "OfferTerms",
    "Payment",
    "Recruitment",
    "Rules",
    "Termination",
    "Text",
    "Warning",
    "WorkRecord",
    "WorkingDays",
    "accrue",
    "balance_on",
    "compare",
    "compute_claim",
    "compute_claims",
    "compute_deadlines",
    "flag_name",
    "group_totals",
    "head_name",
    "parse_claim",
    "render_basis",
    "render_line",
    "render_text",
    "render_warning",
    "rules_for",
    "split_lump_sum",
    "surcharge",
    "to_dict",
]
