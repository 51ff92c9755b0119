"""What every demo case is made of: parties, calculations, hearings, timeline, outcomes and payments."""

from datetime import date, datetime, timedelta
from decimal import Decimal

from claims.demo.data import (
    BERRY_1_CLAIM,
    BERRY_1_REFERENCE,
    BERRY_2_REFERENCE,
    BERRY_CRIMINAL_REFERENCE,
    FARM_REFERENCE,
    FISHING_PETITION,
    FISHING_REFERENCE,
    FISHING_WISH,
    PETCHABUN_REFERENCE,
)
from claims.models import (
    Calculation,
    Case,
    CaseClaimant,
    CaseLink,
    CaseRespondent,
    Hearing,
    Outcome,
    ReceivedPayment,
    TimelineEntry,
)
from claims.models.enums import (
    ClaimantRole,
    HearingKind,
    OutcomeKind,
    RespondentRole,
    TimelineKind,
)


class CaseRecords:
    # ------------------------------------------------------------ cases

    def _cases(self) -> None:
        references = (
            BERRY_1_REFERENCE,
            BERRY_2_REFERENCE,
            BERRY_CRIMINAL_REFERENCE,
            FISHING_REFERENCE,
            FARM_REFERENCE,
            PETCHABUN_REFERENCE,
        )
        self.cases = self._existing(Case, Case.reference, references)
        builders = {
            BERRY_1_REFERENCE: self._berry_1,
            BERRY_2_REFERENCE: self._berry_2,
            BERRY_CRIMINAL_REFERENCE: self._berry_criminal,
            FISHING_REFERENCE: self._fishing,
            FARM_REFERENCE: self._farm,
            PETCHABUN_REFERENCE: self._petchabun,
        }
        new = set()
        for reference, build in builders.items():
            if reference not in self.cases:
                self.cases[reference] = build()
                new.add(reference)
        if new & {BERRY_1_REFERENCE, BERRY_CRIMINAL_REFERENCE}:
            self.add(
                CaseLink(
                    org_id=self.org.id,
                    case=self.cases[BERRY_CRIMINAL_REFERENCE],
                    other_case=self.cases[BERRY_1_REFERENCE],
                    note="Same facts: deceptive recruitment of berry pickers for Sweden",
                )
            )

    def _case(self, **values) -> Case:
        values.setdefault("lawyer", self.lawyer)
        values.setdefault("paralegal", self.paralegal)
        return self.add(Case(org_id=self.org.id, **values))

    def _party(
        self,
        case: Case,
        pseudonym: str,
        role: ClaimantRole,
        position: int,
        claimed: Decimal | None = None,
        **values,
    ) -> None:
        self.add(
            CaseClaimant(
                org_id=self.org.id,
                case=case,
                claimant=self.claimants[pseudonym],
                role=role,
                position=position,
                claimed_amount=claimed,
                **values,
            )
        )

    def _calculation(self, case: Case, pseudonym: str, document: dict) -> None:
        """A stored claim document with its breakdown, computed by the engine like any user's."""
        from claims.services.calculations import computed_values

        self.add(
            Calculation(
                org_id=self.org.id,
                case=case,
                claimant=self.claimants[pseudonym],
                **computed_values(document),
            )
        )

    @staticmethod
    def _berry_document(filed: date) -> dict:
        # The amount claimed in the complaint (seed 001), and a loan from the agency secured on a land title. The
        # seeds give no interest rate: 3% a month is a synthetic test value, as in docs/examples.
        taken = filed - timedelta(days=400)
        return {
            "jurisdiction": "th",
            "computed_on": filed.isoformat(),
            "currency": "THB",
            # A labour claim: the recruitment costs lost are labour damages (the labour court's head), never
            # criminal compensation, which only a criminal case claims.
            "damages": [
                {
                    "kind": "recruitment_costs_lost",
                    "amount": str(BERRY_1_CLAIM),
                    "description": "recruitment costs and lost earnings after deceptive recruitment for Sweden",
                    "basis": "expenses the agency made the worker pay, as demanded in the complaint",
                    "on": filed.isoformat(),
                }
            ],
            "loans": [
                {
                    "lender": "the recruitment agency",
                    "principal": "80000",
                    "taken_on": taken.isoformat(),
                    "rate": "0.03",
                    "rate_per": "month",
                    "collateral": "land title deed",
                    "repayments": [{"on": (taken + timedelta(days=180)).isoformat(), "amount": "10000"}],
                }
            ],
            "projection_date": (filed + timedelta(days=730)).isoformat(),
        }

    @staticmethod
    def _fishing_document(meeting: date, testimony: date) -> dict:
        # The Fund request of seed 004: 3,000 + 25,298 + 27,000 = 55,298 THB, and the compensation petition.
        return {
            "jurisdiction": "th",
            "computed_on": testimony.isoformat(),
            "currency": "THB",
            "fund_items": [
                {
                    "item": "living_expenses",
                    "label": "living expenses",
                    "requested_on": meeting.isoformat(),
                    "evidence": "shelter record of stay",
                    "requested": "3000",
                },
                {
                    "item": "medical",
                    "label": "medical treatment",
                    "amount": "25298",
                    "evidence": "hospital receipts",
                    "requested": "25298",
                },
                {
                    "item": "vocational_support",
                    "label": "vocational support",
                    "requested_on": meeting.isoformat(),
                    "evidence": "vocational plan",
                    "requested": "27000",
                },
            ],
            "compensation": {
                "case": "criminal case, fishing boat off Somalia",
                "heads": [
                    {
                        "kind": "general_damages",
                        "amount": str(FISHING_PETITION),
                        "basis": "consultation meeting at the shelter",
                    },
                ],
                "proposed": str(FISHING_PETITION),
                "victim_wish": str(FISHING_WISH),
            },
        }

    def _against(self, case: Case, key: str, role: RespondentRole) -> None:
        self.add(CaseRespondent(org_id=self.org.id, case=case, respondent=self.respondents[key], role=role))

    def _hearing(self, case: Case, starts_at: datetime, kind: HearingKind, **values) -> Hearing:
        values.setdefault("court", case.court)
        return self.add(Hearing(org_id=self.org.id, case=case, starts_at=starts_at, kind=kind, **values))

    def _entry(self, case: Case, kind: TimelineKind, occurred_on: date, body: str, **values) -> TimelineEntry:
        values.setdefault("author", self.paralegal)
        return self.add(
            TimelineEntry(
                org_id=self.org.id, case=case, kind=kind, occurred_on=occurred_on, body=body, **values
            )
        )

    def _outcome(self, case: Case, pseudonym: str, kind: OutcomeKind, decided_on: date, **values) -> Outcome:
        return self.add(
            Outcome(
                org_id=self.org.id,
                case=case,
                claimant=self.claimants[pseudonym],
                kind=kind,
                decided_on=decided_on,
                **values,
            )
        )

    def _payment(self, outcome: Outcome, received_on: date, amount: Decimal, **values) -> None:
        self.add(
            ReceivedPayment(
                org_id=self.org.id, outcome=outcome, received_on=received_on, amount=amount, **values
            )
        )
