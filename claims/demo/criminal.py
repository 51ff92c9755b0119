"""The criminal cases: the berry pickers' (CR-01), the fishing boat (CR-02), the farm couple (CR-03), Petchabun (CR-04)."""

from datetime import date, timedelta
from decimal import Decimal

from claims.demo.common import at, baht, be_year, court_day
from claims.demo.data import (
    BERRY_CRIMINAL_REFERENCE,
    FARM_AWARD,
    FARM_JUDGMENT,
    FARM_JUDGMENT_READ,
    FARM_REFERENCE,
    FISHING_CLAIM,
    FISHING_MEETING_AFTER,
    FISHING_PETITION,
    FISHING_REFERENCE,
    FISHING_TESTIMONY_AFTER,
    FISHING_WISH,
    PETCHABUN_CLAIM,
    PETCHABUN_INJURED,
    PETCHABUN_REFERENCE,
)
from claims.models import (
    Case,
    EnforcementStep,
)
from claims.models.enums import (
    CaseKind,
    CaseStage,
    CaseStatus,
    Channel,
    ClaimantRole,
    EnforcementKind,
    HearingKind,
    HearingStatus,
    OutcomeKind,
    Petition441Status,
    RespondentRole,
    TimelineKind,
    TraffickingStatus,
)


class CriminalCases:
    def _berry_criminal(self) -> Case:
        filed = self.days(-200)
        case = self._case(
            reference=BERRY_CRIMINAL_REFERENCE,
            title="Prosecutor v. Northern Star Manpower and Broker A.: trafficking, deceptive recruitment",
            kind=CaseKind.CRIMINAL,
            court=self.courts["TH-CRIMINAL-TIP"],
            black_number=f"คม.41/{be_year(filed)}",
            filed_on=filed,
            stage=CaseStage.TRIAL,
            status=CaseStatus.OPEN,
            summary="The criminal case on the facts of LC-01. Six berry pickers are injured persons and claim "
            "compensation in it; one who settled in LC-01 is a witness.",
        )
        self._against(case, "agency", RespondentRole.ACCUSED)
        self._against(case, "broker", RespondentRole.ACCUSED)
        # Four have filed their own compensation petitions (CPC s.44/1); BP-03 and BP-07 still have to, before the
        # witness hearing in twelve days: the deadline the case page and the dashboard warn of.
        for position, n in enumerate((2, 3, 4, 6, 7, 8), start=1):
            petition = (
                {"petition_44_1": Petition441Status.TO_FILE}
                if n in (3, 7)
                else {
                    "petition_44_1": Petition441Status.FILED,
                    "petition_44_1_filed_on": filed + timedelta(days=21),
                }
            )
            self._party(case, f"BP-{n:02d}", ClaimantRole.INJURED_PERSON, position, **petition)
        self._party(case, "BP-01", ClaimantRole.WITNESS, 7)
        for n in (2, 3, 4, 6, 7, 8):
            claimant = self.claimants[f"BP-{n:02d}"]
            if claimant.pseudonym in self.new_claimants:
                claimant.trafficking_status = TraffickingStatus.IDENTIFIED
                claimant.identified_on = self.days(-230)
                claimant.identifying_agency = (
                    "Phetchabun Provincial Office of Social Development and Human Security"
                )
                self._identification(claimant, claimant.identified_on)
        witness_day = self.double_booked_day
        self._hearing(
            case,
            at(witness_day, 13, 30),
            HearingKind.WITNESS_EXAMINATION,
            ends_at=at(witness_day, 16, 30),  # the afternoon session
            room="Courtroom 9",
            must_attend="BP-03 and BP-07 (injured persons), BP-01 (witness)",
            support_transport="Train tickets Phetchabun - Bangkok",
            support_lodging="Two nights",
            support_allowance=Decimal("1800.00"),
        )
        self._entry(
            case,
            TimelineKind.NOTE,
            filed - timedelta(days=30),
            "Timing agreed with the prosecutor so that the criminal case supports LC-01 and does not delay it.",
            author=self.lawyer,
        )
        return case

    def _fishing(self) -> Case:
        claimant = self.claimants["FB-01"]
        identified = claimant.identified_on or self.double_booked_day - timedelta(
            days=FISHING_TESTIMONY_AFTER
        )
        meeting = identified + timedelta(days=FISHING_MEETING_AFTER)
        testimony = court_day(identified + timedelta(days=FISHING_TESTIMONY_AFTER))
        case = self._case(
            reference=FISHING_REFERENCE,
            title="Fishing boat, Somali waters: forced labour of FB-01",
            kind=CaseKind.CRIMINAL,
            court=self.courts["TH-CRIMINAL-TIP"],
            office="Anti-Trafficking in Persons Division (ATPD), Royal Thai Police",
            stage=CaseStage.PREPARATION,
            status=CaseStatus.OPEN,
            summary="Complaint filed with the ATPD; the prosecution is being prepared. FB-01 gives his testimony "
            "in advance, before the case is filed, so that it is on record before he goes home. Compensation "
            f"petition: {baht(FISHING_PETITION)} THB (his own wish: {baht(FISHING_WISH)} THB).",
        )
        self._against(case, "boat", RespondentRole.ACCUSED)
        self._party(case, "FB-01", ClaimantRole.INJURED_PERSON, 1, FISHING_CLAIM)
        self._calculation(case, "FB-01", self._fishing_document(meeting, testimony))
        self._hearing(
            case,
            at(testimony, 9, 0),
            HearingKind.ADVANCE_TESTIMONY,
            ends_at=at(testimony, 16, 30),  # a whole day: testimony through an interpreter is slow
            room="Child and witness room",
            must_attend="FB-01, the Khmer interpreter, the shelter's social worker",
            interpreter_language="km",
            interpreter_booked=True,
            support_transport="Shelter van",
        )
        self._entry(
            case,
            TimelineKind.EVENT,
            meeting,
            f"Consultation meeting at the shelter on the compensation claim: decided to claim "
            f"{baht(FISHING_PETITION)} THB. FB-01 wished to claim {baht(FISHING_WISH)} THB; his wish is recorded "
            "beside the decision and was explained to him in Khmer.",
            author=self.lawyer,
        )
        self._entry(
            case,
            TimelineKind.NEWS_INFORMED,
            meeting + timedelta(days=1),
            "Told of the meeting's decision and of the date of his advance testimony.",
            claimant=claimant,
            channel=Channel.IN_PERSON,
            language="km",
            told_by="Demo Paralegal, through a Khmer interpreter",
        )
        self._entry(
            case,
            TimelineKind.TASK,
            meeting,
            "Confirm the Khmer interpreter for the advance testimony.",
            due_on=testimony - timedelta(days=7),
        )
        return case

    def _farm(self) -> Case:
        case = self._case(
            reference=FARM_REFERENCE,
            title="Phetchaburi farm: forced labour of a Myanmar couple",
            kind=CaseKind.CRIMINAL,
            court=self.courts["TH-PROV-PHETCHABURI"],
            black_number="1187/2556",
            red_number="2045/2557",
            filed_on=date(2013, 5, 20),
            stage=CaseStage.ENFORCEMENT,
            status=CaseStatus.OPEN,
            lawyer=None,
            summary="Supreme Court judgment No. 1340/2560 of 11 April 2017, read by the Phetchaburi court on "
            f"24 July 2017: 8 years 9 months' imprisonment and {baht(FARM_AWARD)} THB compensation. The couple "
            "went home on 4 August 2014. Nothing collected: no assets found.",
        )
        self._against(case, "farm", RespondentRole.ACCUSED)
        for position, pseudonym in enumerate(("FL-01", "FL-02"), start=1):
            self._party(case, pseudonym, ClaimantRole.INJURED_PERSON, position)
            outcome = self._outcome(
                case,
                pseudonym,
                OutcomeKind.JUDGMENT,
                FARM_JUDGMENT,
                amount=FARM_AWARD / 2,
                description="Supreme Court judgment No. 1340/2560 (คำพิพากษาศาลฎีกาที่ 1340/2560), 11 April 2017: "
                f"{baht(FARM_AWARD)} THB compensation for the couple, recorded half each. Read by the "
                "Phetchaburi court on 24 July 2017.",
            )
            self.add(
                EnforcementStep(
                    org_id=self.org.id,
                    outcome=outcome,
                    kind=EnforcementKind.WRIT_REQUESTED,
                    occurred_on=date(2017, 8, 21),
                    note="Writ of execution requested at the Phetchaburi Provincial Court.",
                )
            )
            self.add(
                EnforcementStep(
                    org_id=self.org.id,
                    outcome=outcome,
                    kind=EnforcementKind.ASSETS_NOT_FOUND,
                    occurred_on=date(2017, 9, 18),
                    note="The execution officer's search found no assets in the offender's name: "
                    "land and vehicles were transferred before the judgment.",
                )
            )
        self._hearing(
            case,
            at(FARM_JUDGMENT_READ, 9, 0),
            HearingKind.JUDGMENT_READING,
            status=HearingStatus.HELD,
            room="Courtroom 1",
            must_attend="The accused; the couple's lawyer (the couple had already gone home)",
            interpreter_language="my",
            outcome="Supreme Court judgment No. 1340/2560 of 11 April 2017 read: 8 years 9 months' imprisonment "
            f"and {baht(FARM_AWARD)} THB compensation.",
            next_step="Request a writ of execution; tell the couple through the partner in Myanmar.",
        )
        self._entry(
            case,
            TimelineKind.EVENT,
            date(2018, 3, 12),
            "Legal Execution Department: still no assets in the offender's name.",
        )
        self._entry(
            case,
            TimelineKind.TASK,
            self.days(-20),
            "Ask the Legal Execution Department for a new asset search (transfers to relatives).",
            due_on=self.days(7),
            author=self.lawyer,
        )
        return case

    def _petchabun(self) -> Case:
        filed = self.days(-150)
        conference = self.days(-10)
        case = self._case(
            reference=PETCHABUN_REFERENCE,
            title="Prosecutor v. Polar Berry Recruitment and Broker K.: deceptive recruitment and fraud",
            kind=CaseKind.CRIMINAL,
            court=self.courts["TH-PROV-PHETCHABUN"],
            black_number=f"512/{be_year(filed)}",
            filed_on=filed,
            stage=CaseStage.TRIAL,
            status=CaseStatus.OPEN,
            summary=f"The province's first prosecution of a recruitment agency, brought after the MDT's work. "
            f"{PETCHABUN_INJURED} injured persons claim {baht(PETCHABUN_CLAIM)} THB each "
            f"({baht(PETCHABUN_CLAIM * PETCHABUN_INJURED)} THB in all).",
        )
        self._against(case, "successor", RespondentRole.ACCUSED)
        self._against(case, "broker2", RespondentRole.ACCUSED)
        for position in range(1, PETCHABUN_INJURED + 1):
            self._party(case, f"PC-{position:02d}", ClaimantRole.INJURED_PERSON, position, PETCHABUN_CLAIM)
        self._hearing(
            case,
            at(court_day(self.days(26)), 10, 0),
            HearingKind.JUDGMENT_READING,
            room="Courtroom 3",
            must_attend="The 14 injured persons (optional); Demo Paralegal",
            support_transport="Minibus from Lom Sak",
            support_allowance=Decimal("4200.00"),
        )
        self._entry(
            case,
            TimelineKind.EVENT,
            conference,
            "MDT case conference at the provincial hall (police, prosecutor, labour office, social development "
            "office, volunteer lawyer): the compensation table for the 14 is agreed; action items below.",
        )
        tasks = (
            (-3, "Collect the fee receipts of PC-03 and PC-09 for the compensation table."),
            (4, "Send the compensation table (14 x 49,000 = 686,000 THB) to the prosecutor."),
            (10, "Visit PC-12 at home: she has not answered calls since the conference."),
            (20, "Book the minibus for the judgment reading."),
        )
        for due_in, body in tasks:
            self._entry(case, TimelineKind.TASK, conference, body, due_on=self.days(due_in))
        self._entry(
            case,
            TimelineKind.NEWS_INFORMED,
            conference + timedelta(days=1),
            "The 14 told of the conference's decisions and the judgment-reading date.",
            channel=Channel.PHONE,
            language="th",
            told_by="Demo Paralegal",
        )
        return case
