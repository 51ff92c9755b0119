"""Forms for the items of a claim document (docs/claim-format.md): one form per kind of item, field by field.

Each form knows how to turn itself into the document's item (``item()``) and back (``initial(item)``): numbers are
written as decimal strings ("400.50"), dates as ISO strings, and a field left empty is left out (absent is not
zero). The service checks the whole document with the engine's parser and puts its messages next to these fields.

- fields: the choice lists, the fields and ItemForm every form is built from;
- employment: the claim's settings, employment periods, work records, deductions, payments, a group's shared terms;
- debts: exchange rates and loans;
- recruitment: the recruitment details and its fees;
- compensation: TIP Fund items, criminal compensation, and labour damages;
- conventions: the choices the law does not make (day count, surcharge count ...).
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from claims.web.calculations.forms.compensation import CompensationForm, DamageForm, FundItemForm, HeadForm
from claims.web.calculations.forms.conventions import ConventionsForm, conventions_in_force
from claims.web.calculations.forms.debts import ExchangeRateForm, LoanForm
from claims.web.calculations.forms.employment import (
    DeductionForm,
    PaymentForm,
    PeriodForm,
    SettingsForm,
    TemplateForm,
    WorkRecordForm,
)
from claims.web.calculations.forms.fields import ItemForm
from claims.web.calculations.forms.recruitment import FeeForm, RecruitmentForm

__all__ = [
    "LIST_FORMS",
    "OBJECT_FORMS",
    "CompensationForm",
    "ConventionsForm",
    "DamageForm",
    "DeductionForm",
    "ExchangeRateForm",
    "FeeForm",
    "FundItemForm",
    "HeadForm",
    "ItemForm",
    "LoanForm",
    "PaymentForm",
    "PeriodForm",
    "RecruitmentForm",
    "SettingsForm",
    "TemplateForm",
    "WorkRecordForm",
    "conventions_in_force",
]

# What the routes offer: the section's form, its heading, and whether it belongs to an employment period.
LIST_FORMS = {
    "employment": (PeriodForm, _l("Employment period")),
    "records": (WorkRecordForm, _l("Work record")),
    "deductions": (DeductionForm, _l("Deduction")),
    "payments": (PaymentForm, _l("Payment received")),
    "exchange_rates": (ExchangeRateForm, _l("Exchange rate")),
    "loans": (LoanForm, _l("Loan")),
    "fees": (FeeForm, _l("Recruitment fee or cost")),
    "fund_items": (FundItemForm, _l("TIP Fund item")),
    "heads": (HeadForm, _l("Head of criminal compensation")),
    "damages": (DamageForm, _l("Head of labour damages")),
}
OBJECT_FORMS = {
    "settings": (SettingsForm, _l("The claim")),
    "recruitment": (RecruitmentForm, _l("Recruitment")),
    "compensation": (CompensationForm, _l("Criminal compensation")),
    "conventions": (ConventionsForm, _l("Conventions")),
}
