"""records.check_bounds: what a column cannot hold is refused field by field before it reaches the database."""

from decimal import Decimal

import pytest

from claims.models import Case, CaseClaimant
from claims.services.errors import ValidationFailed
from claims.services.records import check_bounds


@pytest.mark.parametrize(
    ("model", "values", "field", "message"),
    [
        (Case, {"reference": "x" * 41}, "reference", "Enter at most 40 characters."),
        (
            Case,
            {"reference": "LC\x001"},
            "reference",
            "This text contains a NUL character (\\0), which cannot be stored: remove it.",
        ),
        (CaseClaimant, {"position": 2**31}, "position", "This number is too large."),
        (
            CaseClaimant,
            {"claimed_amount": Decimal("NaN")},
            "claimed_amount",
            "Enter an amount such as 1500 or 1500.50.",
        ),
        (
            CaseClaimant,
            {"claimed_amount": Decimal("1e30")},
            "claimed_amount",
            "Enter an amount such as 1500 or 1500.50.",
        ),
    ],
)
def test_a_value_the_column_cannot_hold_is_refused_next_to_its_field(app, model, values, field, message):
    with app.test_request_context(), pytest.raises(ValidationFailed) as caught:
        check_bounds(model, values)
    assert caught.value.errors == {field: message}


def test_values_the_columns_hold_pass(app):
    with app.test_request_context():
        check_bounds(Case, {"reference": "x" * 40})
        check_bounds(CaseClaimant, {"position": 2**31 - 1, "claimed_amount": Decimal("999999999999.99")})
