"""Forms for TIP Fund items, for criminal compensation with its heads, and for labour damages."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import (
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from claims.calc.inputs import (
    COMPENSATION_KINDS,
    LABOUR_DAMAGE_KINDS,
)
from claims.web.calculations.forms.fields import (
    CodeSelect,
    ItemForm,
    _choices,
    amount_field,
    currency_field,
)
from claims.web.calculations.forms.rows import PaymentRows
from claims.web.forms import ThaiDateField

# ---------------------------------------------------------------- choices, in the user's language

COMPENSATION_LABELS = {
    "unpaid_wages": _l("Unpaid wages"),
    "medical_costs": _l("Medical costs"),
    "loss_of_earnings": _l("Loss of earnings"),
    "recruitment_costs": _l("Recruitment costs and debts"),
    "debts": _l("Debts"),
    "general_damages": _l("General damages (pain and suffering)"),
    "return_of_property": _l("Return of property"),
    "other": _l("Other"),
}
DAMAGE_LABELS = {
    "recruitment_costs_lost": _l("Recruitment costs lost (the agency's or employer's breach)"),
    "travel_costs_lost": _l("Travel costs lost (the agency's or employer's breach)"),
    "unfair_dismissal": _l("Damages for unfair dismissal (Labour Court Act s.49)"),
    "other_damages": _l("Other damages (state their legal basis)"),
}
# The items of the Fund's regulation that the rule table (th.tip_fund.<item>) and the engine's words know.
FUND_ITEM_LABELS = {
    "living_allowance": _l("Living allowance"),
    "loss_of_income": _l("Loss of income"),
    "consumption_goods": _l("Consumption goods"),
    "vocational_support": _l("Vocational support"),
    "living_expenses": _l("Living expenses"),
    "medical": _l("Medical costs"),
}
FROM_HEAD_LABELS = {
    "wages": _l("The wages computed above"),
    "fees": _l("The recruitment fees computed above"),
    "debt": _l("The debts computed above"),
}


class FundItemForm(ItemForm):
    item_ = CodeSelect(
        _l("Item"),
        lambda: list(FUND_ITEM_LABELS.items()),
        message=_l("Choose an item from the list."),
        validators=[InputRequired()],
        description=_l("As in the Fund's regulation."),
    )
    label = StringField(_l("Label"), validators=[Optional(), Length(max=300)])
    quantity = amount_field(_l("Quantity"), description=_l("E.g. 3 times."))
    rate = amount_field(_l("Rate"))
    amount = amount_field(_l("Amount"), description=_l("Give a rate or an amount; neither: not known yet."))
    currency = currency_field(_l("Currency"))
    evidence = StringField(_l("Evidence"), validators=[Optional(), Length(max=500)])
    requested_on = ThaiDateField(_l("Requested on"), validators=[Optional()])
    requested = amount_field(_l("Requested"))
    approved = amount_field(_l("Approved"))
    paid = amount_field(_l("Paid"))

    doc_keys = {"item_": "item"}
    text_keys = ("label", "evidence", "item_")

    @classmethod
    def field_map(cls) -> dict:
        return {"item": "item_", "": "amount"}

    def validate_amount(self, field):
        if field.data is not None and self.rate.data is not None:
            raise ValidationError(_l("Give a rate (with a quantity) or an amount, not both."))


class CompensationForm(ItemForm):
    case = StringField(_l("The criminal case"), validators=[Optional(), Length(max=500)])
    currency = currency_field(_l("Currency"))
    proposed = amount_field(_l("Proposed"))
    victim_wish = amount_field(_l("The victim wishes"))
    awarded = amount_field(_l("Awarded"))
    awarded_on = ThaiDateField(_l("Awarded on"), validators=[Optional()])
    received = PaymentRows(
        _l("Received"), description=_l("A row for each payment received: its date and amount.")
    )

    text_keys = ("case",)

    def item(self) -> dict:
        item = {k: v for k, v in super().item().items() if k != "received"}
        received = self.received.payments()
        if received:
            item["received"] = received
        return item

    @classmethod
    def initial(cls, item: dict) -> dict:
        data = super().initial({k: v for k, v in item.items() if k not in ("received", "heads")})
        data["received"] = item.get("received") or []
        return data


class HeadForm(ItemForm):
    kind = SelectField(_l("Head"), choices=_choices(COMPENSATION_KINDS, COMPENSATION_LABELS))
    amount = amount_field(_l("Amount"), description=_l("Empty: not known yet, or taken from a head above."))
    currency = currency_field(_l("Currency"))
    basis = StringField(_l("Basis"), validators=[Optional(), Length(max=500)])
    description = TextAreaField(_l("Description"), validators=[Optional(), Length(max=2000)])
    from_head = SelectField(
        _l("Amount taken from"),
        choices=_choices(("wages", "fees", "debt"), FROM_HEAD_LABELS, blank="—"),
        default="",
    )

    text_keys = ("basis", "description")


class DamageForm(ItemForm):
    """A head of damages in a labour claim: claimed in the labour court, never as criminal compensation."""

    kind = SelectField(_l("Head"), choices=_choices(LABOUR_DAMAGE_KINDS, DAMAGE_LABELS))
    amount = amount_field(_l("Amount"), description=_l("Empty: not known yet (never read as zero)."))
    currency = currency_field(_l("Currency"))
    description = TextAreaField(
        _l("What was lost"),
        validators=[Optional(), Length(max=2000)],
        description=_l("E.g. the service charge and the loan fees paid to the agency for the job in Sweden."),
    )
    basis = StringField(
        _l("Legal basis in words"),
        # No Optional(): it would stop the chain before validate_basis, which needs to see an empty basis.
        validators=[Length(max=500)],
        description=_l("The facts or contract term it rests on; required for other damages."),
    )
    arose_on = ThaiDateField(
        _l("Loss arose on"),
        validators=[Optional()],
        description=_l("The day of the return or the dismissal; empty: the date computed to."),
    )

    doc_keys = {"arose_on": "on"}
    text_keys = ("description", "basis")

    @classmethod
    def field_map(cls) -> dict:
        return {"on": "arose_on"}

    def validate_basis(self, field):
        if self.kind.data == "other_damages" and not (field.data or "").strip():
            raise ValidationError(_l("Other damages need their legal basis in words."))
