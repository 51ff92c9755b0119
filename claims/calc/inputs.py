"""What a claim is computed from: plain frozen dataclasses, built by :func:`claims.calc.parse.parse_claim` or by hand.

Amounts are :class:`~claims.money.Money` (Decimal with its currency); quantities and rates are ``Decimal``; dates are
``datetime.date``. An amount that is not known is ``None``, never zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from claims.money import Money

PAY_BASES = ("monthly", "daily", "hourly", "piece")
# The kind of work decides which LPA sections apply, from when (ministerial regulations under LPA s.22:
# claims/rules/th/kind_of_work.toml, claims/calc/kinds.py). "general": every section, as before issue 17.
# "agriculture" is the ministerial regulation's: work not employed all year round. A farm worker employed all year
# round is under the Labour Protection Act in full, as general work is, and says so ("agriculture_all_year").
KINDS_OF_WORK = ("general", "domestic", "sea_fishing", "agriculture", "agriculture_all_year")
DEDUCTION_KINDS = (
    "tax",  # required by law: LPA s.76(1), no percentage limit
    "social_security",
    "union_dues",  # s.76(2)-(5): at most 10% each and 1/5 in total unless consented in advance
    "cooperative_debt",
    "employee_benefit_debt",
    "deposit",
    "damages",
    "provident_fund",
    "food",  # not on the s.76 list: unlawful in Thailand
    "lodging",
    "recruitment_fee",
    "fine",
    "other",
)
LIMITED_DEDUCTIONS = frozenset(
    {"union_dues", "cooperative_debt", "employee_benefit_debt", "deposit", "damages", "provident_fund"}
)
FEE_KINDS = (
    "service_fee",
    "travel",
    "visa",
    "medical",
    "training",
    "deposit",
    "broker_commission",
    "other",
)
ILO_CATEGORIES = ("fee", "related_cost", "illegitimate")
FEE_OUTCOMES = ("as_promised", "not_as_promised", "dismissed_early", "lower_wage_kept")
# Damages claimed from the employer or the agency in the labour court (never criminal compensation): recruitment
# costs and travel lost through their breach, unfair-dismissal damages (Labour Court Act s.49), and other damages
# on a basis the lawyer states. Each rests on a rule of claims/rules/th/labour_damages.toml.
LABOUR_DAMAGE_KINDS = ("recruitment_costs_lost", "travel_costs_lost", "unfair_dismissal", "other_damages")
COMPENSATION_KINDS = (
    "unpaid_wages",
    "medical_costs",
    "loss_of_earnings",
    "recruitment_costs",
    "debts",
    "general_damages",
    "return_of_property",
    "other",
)


@dataclass(frozen=True, slots=True)
class Conventions:
    """Choices the law does not make (rule book section 7). Each is a named parameter with its default."""

    daycount: str = "actual/365"  # CONV-DAYCOUNT-TH / -PH; or "actual/actual"
    surcharge_count: str = "days/7"  # CONV-SURCH: floor(days / 7); or "(days-7)/7"
    payment_allocation: str = "oldest_first"  # CONV-ALLOCATION: a payment settles the oldest amount due first
    usury_paid_interest: str = "credit_to_principal"  # TH-USURY-EFFECT: or "unrecoverable"
    assumed_hours_per_day: Decimal | None = None  # None: the workplace's statutory normal day (8 h)
    assumed_working_days_per_month: Decimal = Decimal(22)  # CONV-HOURS: where no s.68-style divisor exists
    loan_days_per_month: Decimal = Decimal(30)  # CONV-LOAN-MONTH: a part month of a monthly rate = days / 30
    ph_fee_interest_from: str = "dismissal"  # CONV-DAYCOUNT-PH / PH-MWA-S10-FEE-REFUND: or "payment"
    limitation_warning_days: int = 90  # warn when a limitation period ends this soon


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    """A rate the user entered: 1 ``from_currency`` = ``rate`` ``to_currency`` on ``on``, from ``source``."""

    from_currency: str
    to_currency: str
    rate: Decimal
    on: date
    source: str


@dataclass(frozen=True, slots=True)
class Payment:
    on: date
    amount: Money
    note: str = ""
    # What the payer said it pays (CCC s.328 para 1): ("month", first day) for the wages of the work of that month,
    # ("due", date) for the amounts due on that date; None: the oldest amount due first (s.328 para 2)
    designation: tuple[str, date] | None = None


@dataclass(frozen=True, slots=True)
class Deduction:
    kind: str
    amount: Money
    on: date
    lawful: bool
    reason: str = ""
    consented_in_advance: bool = False


@dataclass(frozen=True, slots=True)
class WorkRecord:
    """What was worked in one period (usually a calendar month). Hours and pieces are Decimals; None = unknown."""

    start: date
    end: date
    days_worked: Decimal | None = None
    normal_hours: Decimal | None = None
    overtime_hours: Decimal = Decimal(0)
    holiday_hours: Decimal = Decimal(0)
    holiday_overtime_hours: Decimal = Decimal(0)
    restday_hours: Decimal = Decimal(0)
    pieces: Decimal | None = None
    overtime_pieces: Decimal = Decimal(0)
    holiday_entitled: bool | None = None  # paid for the holiday worked? None: monthly-paid yes, others no
    due: date | None = None  # pay date; None: the last day of the record (LPA s.70, monthly at least)
    # Traditional holidays (LPA s.29) in the period that were not worked: paid to every employee (s.56(2)); a
    # daily-paid worker's wage for them is claimed apart (claims/calc/holidays.py), a monthly wage includes them.
    traditional_holidays_not_worked: Decimal = Decimal(0)
    # A part month of a record repeated monthly: the whole month's days worked entered, of which days_worked is
    # the share (claims/calc/records.py). None: days_worked is as entered.
    days_prorated_from: Decimal | None = None

    @property
    def due_date(self) -> date:
        return self.due or self.end


@dataclass(frozen=True, slots=True)
class Termination:
    by_employer: bool = True
    misconduct: bool = False  # LPA s.119: no severance
    notice_given_on: date | None = None
    fixed_term: bool = False  # a fixed-term contract ending on its date needs no notice
    # Dismissed by the employer without just, valid or authorised cause before the contract's end: an overseas
    # Filipino worker's salaries for the unexpired portion (RA 8042 s.10, claims/calc/unexpired.py). The last day
    # of the period is the dismissal date.
    without_just_cause: bool = False
    contract_end: date | None = None  # the last day of the contract as signed


@dataclass(frozen=True, slots=True)
class EmploymentPeriod:
    employer: str
    start: date
    end: date
    pay_basis: str
    rate: (
        Decimal | None
    )  # per month/day/hour/piece; None: not known (only the statutory floor can be claimed)
    currency: str
    workplace: str  # jurisdiction code of the workplace ("th", "ph", "ro", ...)
    rate_high: Decimal | None = None  # the top of a range ("3,500-7,000 THB a month"); rate is then the low
    province: str | None = None
    normal_hours_per_day: Decimal | None = None
    normal_hours_per_month: Decimal | None = None
    contract_basis: str = "employment contract"
    overtime_multiplier: Decimal | None = None
    holiday_multiplier: Decimal | None = None
    holiday_overtime_multiplier: Decimal | None = None
    restday_multiplier: Decimal | None = None
    trial_end: date | None = None  # last day of an unpaid "trial": owed like any other day
    wilful_withholding: bool = False  # the user says the employer withheld wilfully (TH-LPA-SURCH)
    records: tuple[WorkRecord, ...] = ()
    deductions: tuple[Deduction, ...] = ()
    payments: tuple[Payment, ...] = ()
    termination: Termination | None = None
    unused_annual_leave_days: Decimal | None = None
    kind_of_work: str = "general"  # KINDS_OF_WORK

    @property
    def has_range(self) -> bool:
        return self.rate_high is not None and self.rate_high != self.rate


@dataclass(frozen=True, slots=True)
class Loan:
    lender: str
    principal: Money
    taken_on: date
    rate: Decimal  # as a fraction: "0.03" = 3%
    rate_per: str  # "month" or "year"
    method: str = "simple"  # or "compound" (interest added to principal every rate period)
    repayments: tuple[Payment, ...] = ()
    collateral: str | None = None
    demand_date: date | None = None  # from then the lender may at most claim statutory default interest
    jurisdiction: str | None = None  # whose usury rule applies; None: the claim's


@dataclass(frozen=True, slots=True)
class FeePayment:
    kind: str
    payee: str
    amount: Money
    paid_on: date
    ilo_category: str
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class Recruitment:
    """Fees and costs paid to recruiters, and what happened to the job (decides the refund, TH-ESPA-REFUND)."""

    fees: tuple[FeePayment, ...]
    placement: str  # jurisdiction of the recruiting agency's licence ("th", "ph")
    # Where the job was (a country code): the same country as the licence is a placement at home (ESPA s.26-28 for
    # a Thai agency), another is work abroad (ESPA s.46). None: not said, read as work abroad.
    destination: str | None = None
    outcome: str = "as_promised"
    legal_max: Money | None = None  # the cap a lawyer entered for this destination and date
    monthly_wage: Money | None = None  # the contract wage the cap is counted in
    contract_days: int | None = None  # for a refund in proportion to time worked
    days_worked: int | None = None
    wage_received_fraction: Decimal | None = None  # lower wage kept: received / promised
    dismissed_on: date | None = None


@dataclass(frozen=True, slots=True)
class FundItem:
    """One item of a TIP Fund request. Amount = quantity x rate, or an actual amount, or unknown (None)."""

    item: str  # "living_allowance", "loss_of_income", "medical", ...
    currency: str
    label: str = ""
    quantity: Decimal = Decimal(1)
    rate: Decimal | None = None  # None with no amount: the rule table's observed rate, if any
    amount: Decimal | None = None
    evidence: str = ""
    requested_on: date | None = None
    requested: Decimal | None = None
    approved: Decimal | None = None
    paid: Decimal | None = None


@dataclass(frozen=True, slots=True)
class LabourDamage:
    """One head of damages in a labour claim: what was lost, how much, and on what legal basis."""

    kind: str  # LABOUR_DAMAGE_KINDS
    currency: str
    amount: Decimal | None = None  # None: not known yet (a missing line, never zero)
    description: str = ""
    basis: str = ""  # the lawyer's words for the basis (the facts, the contract term); other_damages needs it
    on: date | None = None  # the day the loss arose: the rule in force that day (default: computed_on)


@dataclass(frozen=True, slots=True)
class CompensationHead:
    kind: str
    currency: str
    amount: Decimal | None = None  # None: not known yet (missing), or taken from another head
    basis: str = ""
    description: str = ""
    from_head: str | None = None  # "wages": the amount is the wages claim computed above


@dataclass(frozen=True, slots=True)
class CriminalCompensation:
    """The heads claimed from the offender in a criminal case, and what was proposed, wished, awarded, received."""

    heads: tuple[CompensationHead, ...]
    case: str = ""
    currency: str = "THB"
    proposed: Decimal | None = None
    victim_wish: Decimal | None = None
    awarded: Decimal | None = None
    awarded_on: date | None = None
    received: tuple[Payment, ...] = ()


@dataclass(frozen=True, slots=True)
class ClaimInput:
    jurisdiction: str  # the forum: whose interest and limitation rules apply
    computed_on: date
    currency: str  # the claim's main currency (other currencies are totalled apart, never converted)
    claimant: str = ""
    filed_on: date | None = None  # limitation is tested on this date; None: computed_on
    demand_date: date | None = None  # for interest that runs from demand (PH legal interest)
    projection_date: date | None = None  # debts projected to this date (expected judgment)
    employment: tuple[EmploymentPeriod, ...] = ()
    exchange_rates: tuple[ExchangeRate, ...] = ()
    loans: tuple[Loan, ...] = ()
    recruitment: Recruitment | None = None
    fund_items: tuple[FundItem, ...] = ()
    compensation: CriminalCompensation | None = None
    damages: tuple[LabourDamage, ...] = ()  # labour damages (labour forum), apart from criminal compensation
    conventions: Conventions = field(default_factory=Conventions)

    @property
    def limitation_date(self) -> date:
        return self.filed_on or self.computed_on
