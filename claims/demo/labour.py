"""The two berry pickers' labour cases (LC-01, LC-02)."""

from datetime import timedelta
from decimal import Decimal

from claims.demo.common import at, baht, be_year, court_day
from claims.demo.data import (
    BERRY_1_CLAIM,
    BERRY_1_PLAINTIFFS,
    BERRY_1_REFERENCE,
    BERRY_1_SETTLED,
    BERRY_1_SETTLEMENT,
    BERRY_2_CLAIM,
    BERRY_2_PLAINTIFFS,
    BERRY_2_REFERENCE,
    BERRY_2_SETTLEMENT,
    BERRY_IN_BOTH,
    LAND_TITLE_WORKER,
)
from claims.models import (
    Case,
    Offer,
)
from claims.models.base import utcnow
from claims.models.enums import (
    CaseKind,
    CaseStage,
    CaseStatus,
    Channel,
    ClaimantRole,
    HearingKind,
    HearingStatus,
    OfferParty,
    OutcomeKind,
    RespondentRole,
    TimelineKind,
)


class LabourCases:
    def _berry_1(self) -> Case:
        filed = self.days(-300)
        continuing = BERRY_1_PLAINTIFFS - BERRY_1_SETTLED
        case = self._case(
            reference=BERRY_1_REFERENCE,
            title="Berry pickers (43) v. Northern Star Manpower: deceptive recruitment for Sweden",
            kind=CaseKind.LABOUR,
            court=self.courts["TH-LABOUR-CENTRAL"],
            black_number=f"1234/{be_year(filed)}",  # stored as entered: no labour-court prefix is confirmed
            filed_on=filed,
            stage=CaseStage.CONCILIATION,
            status=CaseStatus.OPEN,
            summary=f"{BERRY_1_PLAINTIFFS} berry pickers claim {baht(BERRY_1_CLAIM)} THB each "
            f"({baht(BERRY_1_CLAIM * BERRY_1_PLAINTIFFS)} THB in all) for recruitment costs and lost earnings "
            f"after deceptive recruitment for berry picking in Sweden. {BERRY_1_SETTLED} settled with the agency "
            f"and withdrew with the court's approval; {continuing} continue, claiming "
            f"{baht(BERRY_1_CLAIM * continuing)} THB.",
        )
        self._against(case, "agency", RespondentRole.DEFENDANT)
        settled_on = court_day(self.days(-45))
        for position in range(1, BERRY_1_PLAINTIFFS + 1):
            pseudonym = f"BP-{position:02d}"
            self._party(case, pseudonym, ClaimantRole.PLAINTIFF, position, BERRY_1_CLAIM)
            self._calculation(case, pseudonym, self._berry_document(filed))
            if position % 4 != 1:  # positions 1, 5, 9 ... 41: the eleven who settled
                continue
            settlement = self._outcome(
                case,
                pseudonym,
                OutcomeKind.SETTLEMENT,
                settled_on,
                amount=BERRY_1_SETTLEMENT,
                description="Settled with the agency at the court-led conciliation; the court approved the "
                "agreement. Paid directly by the agency.",
            )
            self._outcome(
                case,
                pseudonym,
                OutcomeKind.WITHDRAWAL,
                settled_on,
                description="Withdrew from the case after the settlement, with the court's approval.",
            )
            if position <= 29:  # eight paid in full
                self._payment(
                    settlement, settled_on + timedelta(days=7), BERRY_1_SETTLEMENT, payer="Northern Star"
                )
            else:  # three paid half; the rest is overdue
                self._payment(
                    settlement,
                    settled_on + timedelta(days=7),
                    BERRY_1_SETTLEMENT / 2,
                    payer="Northern Star",
                    note="First of two instalments.",
                )
        # The agency's new offer to BP-02 (advised by the demo advisor), for the second conciliation: test
        # values, since the seeds give none. Her sheet shows the loan it cancels and the title it returns.
        self.add(
            Offer(
                org_id=self.org.id,
                case=case,
                claimant=self.claimants["BP-02"],
                made_on=self.days(-3),
                made_by=OfferParty.RESPONDENT,
                currency="THB",
                cash=Decimal("60000.00"),
                instalments=[
                    {"due_on": self.days(60).isoformat(), "amount": "20000.00"},
                    {"due_on": self.days(120).isoformat(), "amount": "20000.00"},
                ],
                cancels_loans=["the recruitment agency"],
                returns_collateral=["land title deed"],
                conditions=[{"kind": "withdraw_labour_case"}],  # ticked, no words: the sheet names it
                instalment_risk=Decimal("0.25"),
                chance_of_winning=Decimal("0.8"),
                share_collected=Decimal("0.4"),
                months_to_judgment=12,
                months_to_payment=9,
                hearings=4,
                cost_per_hearing=Decimal("2500.00"),
                notes="Offered by the agency's lawyer after the first conciliation.",
            )
        )
        self._hearing(
            case,
            at(settled_on, 9, 30),
            HearingKind.CONCILIATION,
            status=HearingStatus.HELD,
            room="Conciliation room 2",
            must_attend="All 43 plaintiffs",
            outcome=f"{BERRY_1_SETTLED} plaintiffs settled with the agency; the court approved the agreements "
            f"and their withdrawal. {continuing} plaintiffs continue.",
            next_step="Second conciliation for the 32; witness examination set in case it fails.",
            support_transport="Hired bus Phetchabun - Bangkok",
            support_lodging="Guest house near the court, one night",
            support_allowance=Decimal("12900.00"),
        )
        self._hearing(
            case,
            at(court_day(self.days(5)), 9, 30),
            HearingKind.CONCILIATION,
            room="Conciliation room 2",
            must_attend=f"The {continuing} continuing plaintiffs; Demo Lawyer waits outside the room",
            support_transport="Hired bus Phetchabun - Bangkok",
            support_lodging="Guest house near the court, one night",
            support_allowance=Decimal("9600.00"),
        )
        self._hearing(
            case,
            at(court_day(self.days(19)), 9, 0),
            HearingKind.WITNESS_EXAMINATION,
            room="Courtroom 5",
            must_attend="BP-02, BP-06 and BP-10 as witnesses; agency's manager summoned",
            what_to_bring="Passport or pink card, every payslip, the recruitment receipts",
            support_transport="Bus tickets for three witnesses",
            support_allowance=Decimal("900.00"),
        )
        self._entry(
            case,
            TimelineKind.RIGHTS_INFORMED,
            filed - timedelta(days=20),
            "Group meeting in Lom Sak: the plaintiffs' rights, the labour-court process and how long it can "
            "take, explained to all 43 before filing.",
            channel=Channel.IN_PERSON,
            language="th",
            told_by="Demo Lawyer",
        )
        self._entry(
            case,
            TimelineKind.NOTE,
            settled_on - timedelta(days=3),
            "Rehearsal with the plaintiffs: at conciliation the lawyers must leave the room, so each plaintiff "
            "went through the figures of their own claim.",
        )
        self._entry(
            case,
            TimelineKind.NEWS_INFORMED,
            court_day(self.days(-10)),
            "The 32 continuing plaintiffs told of the second conciliation date and the bus arrangements.",
            channel=Channel.MESSAGING,
            language="th",
            told_by="Demo Paralegal",
        )
        self._entry(
            case,
            TimelineKind.TASK,
            self.days(-8),
            "Chase the agency for the second instalment owed to BP-33, BP-37 and BP-41.",
            due_on=self.days(2),
        )
        self._entry(
            case,
            TimelineKind.TASK,
            self.days(-8),
            "Book the bus and the guest house for the second conciliation.",
            due_on=self.days(1),
            done_at=utcnow(),
            done_by=self.paralegal,
        )
        return case

    def _berry_2(self) -> Case:
        filed = self.days(-420)
        failed_on = court_day(self.days(-330))
        settled_on = court_day(self.days(-240))
        case = self._case(
            reference=BERRY_2_REFERENCE,
            title="Berry pickers (44) v. Northern Star Manpower: deceptive recruitment for Sweden",
            kind=CaseKind.LABOUR,
            court=self.courts["TH-LABOUR-CENTRAL"],
            black_number=f"987/{be_year(filed)}",
            red_number=f"2210/{be_year(settled_on)}",
            filed_on=filed,
            stage=CaseStage.CLOSED,
            status=CaseStatus.CLOSED,
            summary=f"{BERRY_2_PLAINTIFFS} berry pickers claimed {baht(BERRY_2_CLAIM)} THB each "
            f"({baht(BERRY_2_CLAIM * BERRY_2_PLAINTIFFS)} THB in all). Court-led conciliation failed; a later "
            "settlement paid compensation, cancelled the agency's loans and returned two land title deeds to "
            f"{LAND_TITLE_WORKER}.",
        )
        self._against(case, "agency", RespondentRole.DEFENDANT)
        berry_1_only = BERRY_1_PLAINTIFFS - len(BERRY_IN_BOTH)
        pseudonyms = list(BERRY_IN_BOTH) + [
            f"BP-{n:02d}" for n in range(BERRY_1_PLAINTIFFS + 1, berry_1_only + BERRY_2_PLAINTIFFS + 1)
        ]
        for position, pseudonym in enumerate(pseudonyms, start=1):
            self._party(case, pseudonym, ClaimantRole.PLAINTIFF, position, BERRY_2_CLAIM)
            description = (
                "Settlement approved by the court: cash paid by the agency; the agency's loan cancelled."
            )
            if pseudonym == LAND_TITLE_WORKER:
                description += " Two land title deeds held as collateral for the loan returned to him."
            outcome = self._outcome(
                case,
                pseudonym,
                OutcomeKind.SETTLEMENT,
                settled_on,
                amount=BERRY_2_SETTLEMENT,
                description=description,
            )
            self._payment(
                outcome,
                settled_on + timedelta(days=14),
                BERRY_2_SETTLEMENT,
                payer="Northern Star",
                method="transfer",
            )
        self._hearing(
            case,
            at(failed_on, 9, 30),
            HearingKind.CONCILIATION,
            status=HearingStatus.HELD,
            room="Conciliation room 1",
            must_attend="All 44 plaintiffs",
            outcome="No agreement: the agency offered far less than the claims and would not cancel its loans.",
            next_step="Trial; talks with the agency continue through the lawyers.",
            support_transport="Hired bus Phetchabun - Bangkok",
            support_allowance=Decimal("13200.00"),
        )
        self._entry(
            case,
            TimelineKind.EVENT,
            settled_on,
            f"Settlement approved by the court: {baht(BERRY_2_SETTLEMENT)} THB each in cash, the agency's loans "
            f"to all 44 cancelled, and the two land title deeds of {LAND_TITLE_WORKER} returned.",
        )
        self._entry(
            case,
            TimelineKind.NEWS_INFORMED,
            settled_on + timedelta(days=15),
            "All 44 told that the settlement money was paid and the loans cancelled.",
            channel=Channel.PHONE,
            language="th",
            told_by="Demo Paralegal",
        )
        return case
