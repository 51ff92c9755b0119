"""The offer form: the terms of the offer and the lawyer's judgement of the court path, in plain fields.

Lists (instalments, loans cancelled, collateral returned, amounts per claimant) are typed one per line, the way a
lawyer jots them down in the conciliation room; each line is checked and a bad one is named.
"""

from __future__ import annotations

from decimal import Decimal

from flask_babel import lazy_gettext as _l
from wtforms import IntegerField, SelectField, SelectMultipleField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from claims.models.enums import OfferCondition, OfferParty, OfferStatus
from claims.web.form_lines import line_amount, line_parsed_date, say_line_date_understood
from claims.web.forms import RecordForm, enum_coerce
from claims.web.labels import choices, currency_choices, options
from claims.web.outcomes.forms import amount_field, date_field

GROUP = ""


def _optional_id(value):
    if value in (None, "", "None"):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 0
    return number if 0 < number < 2**63 else 0


def percent_field(label, description=None) -> IntegerField:
    return IntegerField(
        label,
        validators=[InputRequired(message=_l("Enter a percentage from 0 to 100.")), NumberRange(0, 100)],
        description=description,
    )


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class OfferForm(RecordForm):
    claimant_id = SelectField(_l("Offer to"), coerce=_optional_id, validators=[Optional()])
    made_on = date_field(_l("Date of the offer"))
    made_by = SelectField(_l("Made by"), choices=lambda: choices(OfferParty), coerce=enum_coerce(OfferParty))
    status = SelectField(_l("Status"), choices=lambda: choices(OfferStatus), coerce=enum_coerce(OfferStatus))
    currency = SelectField(_l("Currency"), choices=currency_choices, default="THB")
    cash = amount_field(_l("Cash on acceptance"), required=True)
    instalments_text = TextAreaField(
        _l("Instalments"),
        validators=[Optional(), Length(max=4000)],
        description=_l("One per line: the date it is due and the amount, e.g. 2027-01-31 20000"),
    )
    instalment_risk = percent_field(
        _l("Risk that a later instalment is not paid (%)"),
        _l("Your judgement: agencies close and reopen under new names."),
    )
    cancels_loans_text = TextAreaField(
        _l("Loans the offer cancels"),
        validators=[Optional(), Length(max=2000)],
        description=_l("One lender per line, as the claimant's calculation names it."),
    )
    returns_collateral_text = TextAreaField(
        _l("Collateral returned"),
        validators=[Optional(), Length(max=2000)],
        description=_l("One per line, e.g. land title deed."),
    )
    conditions_kinds = SelectMultipleField(
        _l("Conditions attached"),
        choices=lambda: choices(OfferCondition),
        widget=ListWidget(prefix_label=False),
        option_widget=CheckboxInput(),
        validators=[Optional()],
    )
    conditions_text = TextAreaField(_l("The conditions in words"), validators=[Optional(), Length(max=4000)])
    other_terms = TextAreaField(_l("Other terms"), validators=[Optional(), Length(max=4000)])
    split_rule = SelectField(
        _l("A group offer is split"),
        choices=lambda: options(
            [
                ("pro_rata", _l("in proportion to each claimant's computed claim")),
                ("equal", _l("in equal shares")),
                ("given", _l("by the amounts given below")),
            ]
        ),
        default="pro_rata",
    )
    given_shares_text = TextAreaField(
        _l("Amounts per claimant"),
        validators=[Optional(), Length(max=8000)],
        description=_l("One per line: the claimant's pseudonym and the amount, e.g. BP-02 25000"),
    )
    chance_of_winning = percent_field(_l("Chance of winning in court (%)"))
    share_collected = percent_field(
        _l("Share of an award likely to be collected (%)"),
        _l("Awards against agencies are often never paid in full."),
    )
    months_to_judgment = IntegerField(
        _l("Months until judgment"), validators=[InputRequired(), NumberRange(0, 240)]
    )
    months_to_payment = IntegerField(
        _l("Months from judgment to payment"), validators=[InputRequired(), NumberRange(0, 240)]
    )
    hearings = IntegerField(_l("Hearings expected"), validators=[InputRequired(), NumberRange(0, 200)])
    cost_per_hearing = amount_field(
        _l("Cost of each hearing to the claimant"),
        required=True,
        description=_l("Travel, lodging and the days of work lost."),
    )
    notes = TextAreaField(_l("Notes"), validators=[Optional(), Length(max=4000)])

    pseudonyms: dict[str, int] = {}

    def validate_instalments_text(self, field):
        self._instalments = []
        understood = []
        for n, line in enumerate(_lines(field.data), start=1):
            parts = line.split(None, 1)
            if len(parts) < 2:
                raise ValidationError(
                    _l("Line %(n)d: write the date and the amount, e.g. 2027-01-31 20000.", n=n)
                )
            parsed = line_parsed_date(parts[0], n)
            amount = line_amount(parts[1].strip(), n)
            understood.append((n, parts[0], parsed))
            self._instalments.append({"due_on": parsed.value, "amount": amount})
        for n, typed, parsed in understood:
            say_line_date_understood(field, n, typed, parsed)

    def validate_given_shares_text(self, field):
        self._given = {}
        for n, line in enumerate(_lines(field.data), start=1):
            parts = line.rsplit(None, 1)
            if len(parts) < 2:
                raise ValidationError(_l("Line %(n)d: write the pseudonym and the amount.", n=n))
            name, amount = parts[0].strip(), parts[1]
            value = line_amount(amount, n)
            claimant_id = self.pseudonyms.get(name)
            if claimant_id is None:
                raise ValidationError(_l("Line %(n)d: no claimant %(name)s in this case.", n=n, name=name))
            self._given[str(claimant_id)] = value

    def values(self) -> dict:
        conditions_text = (self.conditions_text.data or "").strip()
        conditions = [{"kind": kind, "text": conditions_text} for kind in self.conditions_kinds.data or []]
        if conditions_text and not conditions:
            conditions = [{"kind": OfferCondition.OTHER.value, "text": conditions_text}]
        return {
            "claimant_id": self.claimant_id.data,
            "made_on": self.made_on.data,
            "made_by": self.made_by.data,
            "status": self.status.data,
            "currency": self.currency.data,
            "cash": self.cash.data,
            "instalments": getattr(self, "_instalments", []),
            "instalment_risk": Decimal(self.instalment_risk.data) / 100,
            "cancels_loans": _lines(self.cancels_loans_text.data),
            "returns_collateral": _lines(self.returns_collateral_text.data),
            "conditions": conditions,
            "other_terms": (self.other_terms.data or "").strip() or None,
            "split_rule": self.split_rule.data,
            "given_shares": getattr(self, "_given", {}),
            "chance_of_winning": Decimal(self.chance_of_winning.data) / 100,
            "share_collected": Decimal(self.share_collected.data) / 100,
            "months_to_judgment": self.months_to_judgment.data,
            "months_to_payment": self.months_to_payment.data,
            "hearings": self.hearings.data,
            "cost_per_hearing": self.cost_per_hearing.data,
            "notes": (self.notes.data or "").strip() or None,
        }

    def fill_from(self, offer, pseudonyms_by_id: dict[int, str]) -> None:
        """The form's text fields from a stored offer (lists back to one item per line)."""
        self.instalments_text.data = "\n".join(f"{i['due_on']} {i['amount']}" for i in offer.instalments)
        self.cancels_loans_text.data = "\n".join(offer.cancels_loans)
        self.returns_collateral_text.data = "\n".join(offer.returns_collateral)
        self.conditions_kinds.data = [c["kind"] for c in offer.conditions if c.get("kind") != "other"]
        self.conditions_text.data = next((c.get("text") for c in offer.conditions if c.get("text")), "")
        self.given_shares_text.data = "\n".join(
            f"{pseudonyms_by_id.get(int(k), k)} {v}" for k, v in offer.given_shares.items()
        )
        for name in ("chance_of_winning", "share_collected", "instalment_risk"):
            getattr(self, name).data = int(Decimal(getattr(offer, name)) * 100)
