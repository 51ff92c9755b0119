"""The demo story from the seeds, loaded by ``flask demo load`` and ``flask setup`` (idempotent).

Everything is told with pseudonyms and clearly fictional names ("Demo Person 001 (ตัวอย่าง)"); the seeds' own
names are changed already and none of them is used. The figures are the seeds' (see shared/domain/brief.md):

- LC-01: 43 berry pickers back from Sweden sue the recruitment agency at the Central Labour Court, 191,374 THB
  each (8,229,082 THB). Eleven settle with the agency and withdraw with the court's approval; 32 continue,
  claiming 6,123,968 THB. Some of the eleven have been paid, some only in part.
- LC-02: 44 berry pickers, 179,305 THB each (7,889,420 THB). Court-led conciliation fails, then a settlement:
  cash, the agency's loans cancelled, and one worker (BP-60) recovers two land title deeds. Two workers (BP-42,
  BP-43) are plaintiffs in both labour cases: one person can be in several cases.
- CR-01: the criminal case against the agency and its broker (Criminal Court, Human Trafficking Cases Division),
  linked to LC-01, with berry pickers as injured persons.
- CR-02: the fishing boat off Somalia (seed 004, case 2): a Cambodian man (FB-01) under protection, a
  consultation meeting deciding to claim 570,000 THB while he wished 1,000,000 THB, and his advance testimony
  before he goes home. The seed's intervals are kept (identified -> meeting 115 days -> testimony 18 days later
  -> return home 104 days later) but anchored on ``today`` so that the testimony is always a coming hearing.
- CR-03: the Myanmar couple of the Phetchaburi farm (seed 004, case 1), with the seed's real dates: returned
  home on 4 Aug 2014, Supreme Court judgment No. 1340/2560 of 11 Apr 2017 read on 24 Jul 2017, 900,000 THB of
  compensation, enforcement tried, nothing received: an award tracked for people already abroad.
- CR-04: Petchabun (seed 001): a criminal case at the Phetchabun Provincial Court, 14 injured persons claiming
  49,000 THB each (686,000 THB), and an MDT case conference whose action items are due around today.

Idempotent: records are looked up by their natural keys (organisation code, user e-mail, court code, respondent
name, claimant pseudonym, case reference) and only missing ones are created. What belongs to a case (its parties,
hearings, outcomes, payments, timeline) and to a claimant (documents, consents, timeline) is created together with
that case or claimant, never added to one that is already there: a second run, on the same day or a later one,
changes nothing and never undoes or duplicates what users did to the demo since (a hearing moved or marked held).

It is a loader, not a user action: it writes the models directly in one transaction, with one flush per batch,
and one CREATE audit entry per created record, authored by the demo administrator. Dates of the live cases are
relative to ``today``; hearing times are naive local (court) times.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import sqlalchemy as sa
from werkzeug.security import generate_password_hash

from claims import clock
from claims.calc.deadlines import WorkingDays
from claims.extensions import db
from claims.models import (
    AuditEntry,
    Calculation,
    Case,
    CaseClaimant,
    CaseLink,
    CaseRespondent,
    Claimant,
    Consent,
    Court,
    EnforcementStep,
    Hearing,
    IdentityDocument,
    Offer,
    Organisation,
    Outcome,
    ReceivedPayment,
    Respondent,
    TimelineEntry,
    User,
)
from claims.models.base import utcnow
from claims.models.enums import (
    AuditAction,
    CaseKind,
    CaseStage,
    CaseStatus,
    Channel,
    ClaimantRole,
    ConsentMethod,
    ConsentPurpose,
    DocumentHolder,
    DocumentKind,
    EnforcementKind,
    HearingKind,
    HearingStatus,
    OfferParty,
    OutcomeKind,
    Petition441Status,
    RespondentKind,
    RespondentRole,
    RespondentStatus,
    Role,
    Sex,
    TimelineKind,
    TraffickingStatus,
)
from claims.services import records

DEMO_PASSWORD = "demo-password"
DEMO_ORG_CODE = "DEMO"
DEMO_ORG_NAME = "Demo Legal Aid Network"

# The letterhead of the demo organisation's documents (an invented address).
DEMO_ORG_LETTERHEAD = {
    "address": "99/9 Demo Road, Bang Rak, Bangkok 10500",
    "phone": "02 000 0000",
    "email": "office@demo.example",
}

# (e-mail, display name, role, extra fields), in the order the logins are printed.
DEMO_USERS = (
    ("admin@demo.example", "Demo Admin", Role.ADMIN, {}),
    (
        "lawyer@demo.example",
        "Demo Lawyer",
        Role.LAWYER,
        {"licence_number": "DEMO-1234/2550", "phone": "081 000 0001"},
    ),
    ("paralegal@demo.example", "Demo Paralegal", Role.PARALEGAL, {"phone": "081 000 0002"}),
    ("advisor@demo.example", "Demo Advisor", Role.ADVISOR, {}),
)

# The seeds' figures (brief.md, "Real cases from the seeds").
BERRY_1_REFERENCE = "LC-01"
BERRY_1_PLAINTIFFS = 43
BERRY_1_CLAIM = Decimal("191374.00")
BERRY_1_SETTLED = 11
BERRY_1_SETTLEMENT = Decimal("60000.00")  # a test value: the seed gives no settlement amount
BERRY_2_REFERENCE = "LC-02"
BERRY_2_PLAINTIFFS = 44
BERRY_2_CLAIM = Decimal("179305.00")
BERRY_2_SETTLEMENT = Decimal("50000.00")  # a test value: the seed gives no settlement amount
BERRY_IN_BOTH = ("BP-42", "BP-43")  # plaintiffs in both labour cases
LAND_TITLE_WORKER = "BP-60"
BERRY_CRIMINAL_REFERENCE = "CR-01"
FISHING_REFERENCE = "CR-02"
FISHING_PETITION = Decimal("570000.00")
FISHING_WISH = Decimal("1000000.00")
FARM_REFERENCE = "CR-03"
FARM_AWARD = Decimal("900000.00")  # ordered for the couple together; recorded half each
FARM_RETURNED_HOME = date(2014, 8, 4)
FARM_JUDGMENT = date(2017, 4, 11)
FARM_JUDGMENT_READ = date(2017, 7, 24)
PETCHABUN_REFERENCE = "CR-04"
PETCHABUN_INJURED = 14
PETCHABUN_CLAIM = Decimal("49000.00")
# Decided at the shelter's consultation meeting (seed 004); the victim himself wished for 1,000,000 THB.
FISHING_CLAIM = Decimal("570000.00")

# Courts are shared reference data: created when absent, looked up by code. Thai names as in
# shared/domain/thai-documents.md section 1.7 (the trafficking division is a division of the Criminal Court,
# whose filings are headed "ศาลอาญา"; there is no "ศาลอาญาคดีค้ามนุษย์").
COURTS = (
    ("TH-LABOUR-CENTRAL", "ศาลแรงงานกลาง", "Central Labour Court", "Bangkok"),
    (
        "TH-CRIMINAL-TIP",
        "ศาลอาญา (แผนกคดีค้ามนุษย์)",
        "Criminal Court, Human Trafficking Cases Division",
        "Bangkok",
    ),
    ("TH-PROV-PHETCHABURI", "ศาลจังหวัดเพชรบุรี", "Phetchaburi Provincial Court", "Phetchaburi"),
    ("TH-PROV-PHETCHABUN", "ศาลจังหวัดเพชรบูรณ์", "Phetchabun Provincial Court", "Phetchabun"),
    ("TH-PROV-CHAIYAPHUM", "ศาลจังหวัดชัยภูมิ", "Chaiyaphum Provincial Court", "Chaiyaphum"),
)

# Fictional respondents. Keys are used inside this module only; the natural key in the database is the name.
RESPONDENTS = {
    "agency": dict(
        name="Northern Star Manpower Co., Ltd.",
        kind=RespondentKind.RECRUITMENT_AGENCY,
        licence_number="DEMO-LIC-001",
        country="TH",
        status=RespondentStatus.SUSPENDED,
        notes="Recruited berry pickers for Sweden. Licence suspended after the workers' complaints; the same "
        "people reopened under another name (see its successor).",
    ),
    "successor": dict(
        name="Polar Berry Recruitment Co., Ltd.",
        kind=RespondentKind.RECRUITMENT_AGENCY,
        licence_number="DEMO-LIC-002",
        country="TH",
        status=RespondentStatus.OPERATING,
        notes="Registered after Northern Star's licence was suspended; workers report the same staff and office.",
    ),
    "employer": dict(
        name="Nordic Forest Berries AB",
        kind=RespondentKind.EMPLOYER,
        country="SE",
        status=RespondentStatus.OPERATING,
        notes="Berry company in Sweden that took the pickers through the agency. Not a party in the Thai cases.",
    ),
    "lender": dict(
        name="Informal moneylender, Nong Phai",
        kind=RespondentKind.LENDER,
        country="TH",
        status=RespondentStatus.UNKNOWN,
        notes="Lent pickers the recruitment fee at high monthly interest; no written contract seen.",
    ),
    "broker": dict(
        name="Broker A.",
        kind=RespondentKind.BROKER,
        country="TH",
        status=RespondentStatus.UNKNOWN,
        notes="Village broker who signed up pickers for Northern Star and collected the fees.",
    ),
    "broker2": dict(
        name="Broker K.",
        kind=RespondentKind.BROKER,
        country="TH",
        status=RespondentStatus.UNKNOWN,
        notes="Broker in Phetchabun working for Polar Berry Recruitment.",
    ),
    "farm": dict(
        name="Farm owner, Phetchaburi",
        kind=RespondentKind.EMPLOYER,
        country="TH",
        status=RespondentStatus.UNKNOWN,
        notes="Convicted of forced labour (Supreme Court No. 1340/2560). No assets found in his name.",
    ),
    "boat": dict(
        name="Fishing vessel owner",
        kind=RespondentKind.EMPLOYER,
        country="TH",
        status=RespondentStatus.UNKNOWN,
        notes="Owner of the boat that fished in Somali waters.",
    ),
}

PROVINCES = (
    ("Phetchabun", ("Lom Sak", "Nong Phai", "Chon Daen", "Lom Kao")),
    ("Chaiyaphum", ("Khon San", "Kaset Sombun")),
    ("Udon Thani", ("Nong Han", "Ban Dung")),
)


def _weekday(day: date) -> date:
    """Courts sit on working days: a hearing that would fall on a weekend or a Thai public holiday moves to the
    next day the courts sit."""
    return WorkingDays().next_working_day(day)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _be(day: date) -> int:
    return day.year + 543


def _baht(amount: Decimal | int) -> str:
    return f"{Decimal(amount):,.0f}"


@dataclass
class DemoReport:
    logins: list[tuple[str, str]]
    users: int = 0
    claimants: int = 0
    cases: int = 0
    hearings: int = 0
    created: int = 0
    already_present: int = 0
    created_by_table: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        return (
            f"demo organisation ready: {self.users} users, {self.claimants} claimants, {self.cases} cases, "
            f"{self.hearings} hearings (created {self.created}, already present {self.already_present})"
        )


def load_demo(today: date | None = None) -> DemoReport:
    """Load the demo organisation and its story; return what is there. Running it again changes nothing."""
    loader = _Loader(today or clock.today())
    try:
        loader.run()
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return loader.report()


class _Loader:
    def __init__(self, today: date):
        self.session = db.session
        self.today = today
        self.created: list = []
        self.present = 0
        self.org: Organisation | None = None
        self.org_is_new = False
        self.users: dict[str, User] = {}
        self.courts: dict[str, Court] = {}
        self.respondents: dict[str, Respondent] = {}
        self.claimants: dict[str, Claimant] = {}
        self.new_claimants: set[str] = set()
        self.cases: dict[str, Case] = {}
        self._person_no = 0

    # ------------------------------------------------------------ plumbing

    def days(self, n: int) -> date:
        return self.today + timedelta(days=n)

    def add(self, record):
        self.session.add(record)
        self.created.append(record)
        return record

    def _existing(self, model, key_column, keys, *, org_scoped: bool = True) -> dict:
        if org_scoped and self.org_is_new:
            return {}  # a new organisation owns nothing yet: no need to ask
        query = sa.select(model).where(key_column.in_(list(keys)))
        if org_scoped:
            query = query.where(model.org_id == self.org.id)
        found = {getattr(record, key_column.key): record for record in self.session.scalars(query)}
        self.present += len(found)
        return found

    @property
    def admin(self) -> User:
        return self.users["admin@demo.example"]

    @property
    def lawyer(self) -> User:
        return self.users["lawyer@demo.example"]

    @property
    def paralegal(self) -> User:
        return self.users["paralegal@demo.example"]

    @property
    def advisor(self) -> User:
        return self.users["advisor@demo.example"]

    def run(self) -> None:
        self._organisation_users_courts()
        self.session.flush()  # ids of the organisation, the users and the courts
        self._respondents()
        self._claimants()
        self._cases()
        self.session.flush()  # every other record, batched per table
        self._audit()

    def report(self) -> DemoReport:
        org_id = self.org.id

        def count(model):
            return (
                sa.select(sa.func.count(model.id))
                .where(model.org_id == org_id, model.archived_at.is_(None))
                .scalar_subquery()
            )

        users, claimants, cases, hearings = self.session.execute(
            sa.select(count(User), count(Claimant), count(Case), count(Hearing))
        ).one()
        by_table: dict[str, int] = {}
        for record in self.created:
            by_table[record.__tablename__] = by_table.get(record.__tablename__, 0) + 1
        return DemoReport(
            logins=[(email, role.value) for email, _name, role, _extra in DEMO_USERS],
            users=users,
            claimants=claimants,
            cases=cases,
            hearings=hearings,
            created=len(self.created),
            already_present=self.present,
            created_by_table=by_table,
        )

    def _audit(self) -> None:
        """One CREATE entry per created record, with its values as records.create writes them, inserted in
        one executemany (the entries need no ids back)."""
        rows = []
        for record in self.created:
            if isinstance(record, Court):
                continue  # shared reference data: no organisation to file the entry under
            is_org = isinstance(record, Organisation)
            rows.append(
                {
                    "org_id": record.id if is_org else record.org_id,
                    "user_id": self.admin.id,
                    "at": utcnow(),
                    "action": AuditAction.CREATE,
                    "entity_type": record.__tablename__,
                    "entity_id": record.id,
                    "label": (f"Organisation {record.code}" if is_org else record.safe_label())[:200],
                    "changes": records.creation_changes(record),
                }
            )
        if rows:
            self.session.execute(sa.insert(AuditEntry), rows)

    # ------------------------------------------------------------ organisation, users, courts, respondents

    def _organisation_users_courts(self) -> None:
        session = self.session
        self.org = session.scalar(sa.select(Organisation).where(Organisation.code == DEMO_ORG_CODE))
        if self.org is None:
            self.org = self.add(Organisation(code=DEMO_ORG_CODE, name=DEMO_ORG_NAME, **DEMO_ORG_LETTERHEAD))
            self.org_is_new = True
        else:
            self.present += 1
        # E-mails are unique across organisations: look them up everywhere.
        self.users = self._existing(User, User.email, [u[0] for u in DEMO_USERS], org_scoped=False)
        missing = [u for u in DEMO_USERS if u[0] not in self.users]
        if missing:
            password_hash = generate_password_hash(DEMO_PASSWORD, method=User.PASSWORD_METHOD)  # once: slow
            for email, name, role, extra in missing:
                self.users[email] = self.add(
                    User(
                        organisation=self.org,
                        email=email,
                        name=name,
                        role=role,
                        password_hash=password_hash,
                        **extra,
                    )
                )
        self.courts = self._existing(Court, Court.code, [c[0] for c in COURTS], org_scoped=False)
        for code, name_th, name_en, province in COURTS:
            if code not in self.courts:
                self.courts[code] = self.add(
                    Court(code=code, name_th=name_th, name_en=name_en, province=province)
                )

    def _respondents(self) -> None:
        names = {key: spec["name"] for key, spec in RESPONDENTS.items()}
        found = self._existing(Respondent, Respondent.name, names.values())
        for key, spec in RESPONDENTS.items():
            existing = found.get(spec["name"])
            self.respondents[key] = existing or self.add(Respondent(org_id=self.org.id, **spec))
        agency = self.respondents["agency"]
        if agency.id is None:  # created now: link it to the company it reopened as
            agency.successor = self.respondents["successor"]

    # ------------------------------------------------------------ claimants

    def _claimant_specs(self) -> list[dict]:
        specs = []
        berry_total = BERRY_1_PLAINTIFFS + BERRY_2_PLAINTIFFS - len(BERRY_IN_BOTH)
        for n in range(1, berry_total + 1):
            province, districts = PROVINCES[n % len(PROVINCES)]
            pseudonym = f"BP-{n:02d}"
            in_berry_2 = n > BERRY_1_PLAINTIFFS or pseudonym in BERRY_IN_BOTH
            intake = self.days(-450) if in_berry_2 else self.days(-330)
            specs.append(
                dict(
                    pseudonym=pseudonym,
                    sex=Sex.FEMALE if n % 3 == 0 else Sex.MALE,
                    date_of_birth=date(1962 + (n * 7) % 24, 1 + (n * 5) % 12, 1 + (n * 11) % 28),
                    nationality="TH",
                    languages="th",
                    document_language="th",
                    home_country="TH",
                    home_province=province,
                    home_district=districts[n % len(districts)],
                    phone=f"080-555-{n:04d}",
                    _intake=intake,
                )
            )
        for n in range(1, PETCHABUN_INJURED + 1):
            specs.append(
                dict(
                    pseudonym=f"PC-{n:02d}",
                    sex=Sex.FEMALE if n % 4 == 0 else Sex.MALE,
                    date_of_birth=date(1970 + (n * 3) % 20, 1 + (n * 7) % 12, 1 + (n * 13) % 28),
                    nationality="TH",
                    languages="th",
                    document_language="th",
                    home_country="TH",
                    home_province="Phetchabun",
                    home_district=PROVINCES[0][1][n % 4],
                    phone=f"081-555-{n:04d}",
                    trafficking_status=TraffickingStatus.SCREENED_NOT_IDENTIFIED,
                    notes="Recruited in the village for farm work abroad; paid the fee and never left, or was "
                    "sent home without the promised job. Claims 49,000 THB in the criminal case.",
                    _intake=self.days(-200),
                )
            )
        fishing_identified = self.days(-120)
        specs.append(
            dict(
                pseudonym="FB-01",
                sex=Sex.MALE,
                date_of_birth=date(1991, 3, 14),
                nationality="KH",
                languages="km",
                document_language="km",
                interpreter_needed=True,
                home_country="KH",
                contact_abroad="Through CWCC after his return; CWCC keeps his family's contact.",
                partner_organisation="CWCC (Cambodian Women's Crisis Center)",
                trafficking_status=TraffickingStatus.IDENTIFIED,
                identified_on=fishing_identified,
                identifying_agency="Anti-Trafficking in Persons Division (ATPD), Royal Thai Police",
                protection_order=True,
                protection_note="Protected at the shelter since identification; his whereabouts stay off every "
                "page and document for anyone not assigned to his case.",
                planned_return_on=fishing_identified + timedelta(days=237),
                notes="Forced labour on a fishing boat in Somali waters. Kidney-stone surgery while at the "
                "shelter; fully recovered.",
                _intake=fishing_identified,
            )
        )
        for n, (sex, born) in enumerate(
            ((Sex.MALE, date(1968, 6, 2)), (Sex.FEMALE, date(1971, 9, 20))), start=1
        ):
            specs.append(
                dict(
                    pseudonym=f"FL-{n:02d}",
                    sex=sex,
                    date_of_birth=born,
                    nationality="MM",
                    languages="my",
                    document_language="my",
                    interpreter_needed=True,
                    home_country="MM",
                    contact_abroad="Through the partner organisation in Myanmar, which visits the family.",
                    partner_organisation="Department of Social Welfare, Myanmar",
                    trafficking_status=TraffickingStatus.IDENTIFIED,
                    identified_on=date(2012, 11, 16),
                    identifying_agency="Pathumthani Welfare Protection Center for VOT (MSDHS)",
                    protection_order=True,
                    protection_note="Witness protection order (Witness Protection Act 2004): a 24-hour police "
                    "guard while at the shelter.",
                    returned_home_on=FARM_RETURNED_HOME,
                    notes="Worked 17 years on a farm in Phetchaburi without wages, living costs deducted from "
                    "wages never paid; their three children were with them at the shelter. "
                    + (
                        "Disabled arm and back injury from the work; needs continuing treatment."
                        if n == 1
                        else ""
                    ),
                    _intake=date(2012, 11, 16),
                )
            )
        return specs

    def _claimants(self) -> None:
        specs = self._claimant_specs()
        self.claimants = self._existing(Claimant, Claimant.pseudonym, [s["pseudonym"] for s in specs])
        advised = {"BP-02", "BP-42", LAND_TITLE_WORKER}
        for spec in specs:
            self._person_no += 1
            pseudonym = spec["pseudonym"]
            if pseudonym in self.claimants:
                continue
            intake = spec.pop("_intake")
            values = dict(spec)
            values["legal_name"] = f"Demo Person {self._person_no:03d} (ตัวอย่าง)"
            if pseudonym in advised:
                values["advisor_id"] = self.advisor.id
            if pseudonym == LAND_TITLE_WORKER:
                values["notes"] = (
                    "Took a loan from the agency, secured on two land title deeds, and another loan from the "
                    "moneylender in Nong Phai to pay the recruitment fee. The settlement cleared the agency loan "
                    "and returned both titles; the moneylender's loan remains and keeps growing."
                )
            claimant = self.add(Claimant(org_id=self.org.id, **values))
            self.claimants[pseudonym] = claimant
            self.new_claimants.add(pseudonym)
            self._claimant_records(claimant, intake)

    def _claimant_records(self, claimant: Claimant, intake: date) -> None:
        """Consents, identity documents and the claimant's own timeline, created with the claimant."""
        org_id = self.org.id
        pseudonym = claimant.pseudonym
        method = ConsentMethod.THUMBPRINT if pseudonym.endswith("7") else ConsentMethod.WRITTEN
        if claimant.interpreter_needed:
            method = ConsentMethod.VERBAL_WITNESSED
        self.add(
            Consent(
                org_id=org_id,
                claimant=claimant,
                purpose=ConsentPurpose.STORE_DATA,
                given_on=intake,
                method=method,
                note="Explained in the claimant's language before anything was written down.",
            )
        )
        if claimant.partner_organisation:
            self.add(
                Consent(
                    org_id=org_id,
                    claimant=claimant,
                    purpose=ConsentPurpose.SHARE_WITH_PARTNER,
                    partner_name=claimant.partner_organisation,
                    given_on=intake + timedelta(days=10),
                    method=method,
                    note="For follow-up after the return home.",
                )
            )
        if claimant.interpreter_needed or pseudonym in ("BP-02", "BP-42", LAND_TITLE_WORKER):
            self.add(
                Consent(
                    org_id=org_id,
                    claimant=claimant,
                    purpose=ConsentPurpose.CONTACT,
                    given_on=intake + timedelta(days=10),
                    method=method,
                    note="May be contacted about the case, also after returning home.",
                )
            )

        def document(kind, number, country, held_by, expires=None):
            self.add(
                IdentityDocument(
                    org_id=org_id,
                    claimant=claimant,
                    kind=kind,
                    number=number,
                    issuing_country=country,
                    held_by=held_by,
                    expires_on=expires,
                )
            )

        def entry(kind, occurred_on, body, **extra):
            self.add(
                TimelineEntry(
                    org_id=org_id,
                    claimant=claimant,
                    kind=kind,
                    occurred_on=occurred_on,
                    body=body,
                    author=self.paralegal,
                    **extra,
                )
            )

        if pseudonym == "BP-17":
            document(DocumentKind.PASSPORT, "DEMO-P-0017", "TH", DocumentHolder.AGENCY, self.days(900))
            entry(
                TimelineKind.NOTE,
                intake,
                "The agency kept the passport 'as security for the loan' and has not returned it.",
            )
        if pseudonym == LAND_TITLE_WORKER:
            document(DocumentKind.NATIONAL_ID, "DEMO-ID-0060", "TH", DocumentHolder.CLAIMANT)
            entry(
                TimelineKind.NOTE,
                self.days(-235),
                "In the worker's words: \"I agreed to meet halfway. I would take my land title back with my debt "
                "cleared. Although I did not get enough to pay off the debt for what I had borrowed from others, "
                'I thought at least the company relented to our demands."',
            )
        if pseudonym == "FB-01":
            document(DocumentKind.SEAMAN_BOOK, "DEMO-SB-0001", "TH", DocumentHolder.EMPLOYER)
            document(
                DocumentKind.OTHER, "DEMO-CI-0001 (certificate of identity)", "KH", DocumentHolder.CLAIMANT
            )
            entry(
                TimelineKind.RIGHTS_INFORMED,
                intake + timedelta(days=5),
                "Told of his right to claim compensation from the offenders, to free legal aid, to TIP Fund "
                "assistance and to give his testimony in advance before going home.",
                channel=Channel.IN_PERSON,
                language="km",
                told_by="Demo Paralegal, through a Khmer interpreter",
            )
            entry(
                TimelineKind.NOTE,
                intake + timedelta(days=60),
                "TIP Fund request submitted: living expenses 3,000 + medical expenses 25,298 + vocational "
                "support 27,000 = 55,298 THB. Kept here until the app tracks fund requests.",
            )
        if pseudonym.startswith("FL-"):
            document(
                DocumentKind.OTHER,
                f"DEMO-{pseudonym} (no documents: never had any)",
                "MM",
                DocumentHolder.LOST,
            )
            entry(
                TimelineKind.RIGHTS_INFORMED,
                date(2012, 11, 20),
                "Told of the right to compensation from the employer, to legal aid and to witness protection.",
                channel=Channel.IN_PERSON,
                language="my",
                told_by="Shelter social worker, through a Burmese interpreter",
            )
            entry(
                TimelineKind.NEWS_INFORMED,
                date(2017, 8, 1),
                "Told of the judgment read on 24 July 2017: 900,000 THB compensation for the couple. Nothing "
                "collected yet.",
                channel=Channel.VIA_PARTNER,
                language="my",
                told_by="Department of Social Welfare caseworker, for Demo Paralegal",
            )
            entry(
                TimelineKind.NEWS_INFORMED,
                self.days(-30),
                "Told that the execution office still finds no assets and that a new asset search is asked for.",
                channel=Channel.VIA_PARTNER,
                language="my",
                told_by="Demo Paralegal, through the partner in Myanmar",
            )
        if pseudonym in ("BP-02", "BP-42"):
            entry(
                TimelineKind.RIGHTS_INFORMED,
                intake + timedelta(days=3),
                "Told of the right to claim the recruitment costs back, of free legal aid, and that a labour case "
                "costs no court fee.",
                channel=Channel.IN_PERSON,
                language="th",
                told_by="Demo Lawyer",
            )

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
            "compensation": {
                "case": "labour court, berry pickers against the recruitment agency",
                "heads": [
                    {
                        "kind": "recruitment_costs",
                        "amount": str(BERRY_1_CLAIM),
                        "basis": "expenses the agency made the worker pay, as demanded in the complaint",
                    }
                ],
            },
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

    def _berry_1(self) -> Case:
        filed = self.days(-300)
        continuing = BERRY_1_PLAINTIFFS - BERRY_1_SETTLED
        case = self._case(
            reference=BERRY_1_REFERENCE,
            title="Berry pickers (43) v. Northern Star Manpower: deceptive recruitment for Sweden",
            kind=CaseKind.LABOUR,
            court=self.courts["TH-LABOUR-CENTRAL"],
            black_number=f"1234/{_be(filed)}",  # stored as entered: no labour-court prefix is confirmed
            filed_on=filed,
            stage=CaseStage.CONCILIATION,
            status=CaseStatus.OPEN,
            summary=f"{BERRY_1_PLAINTIFFS} berry pickers claim {_baht(BERRY_1_CLAIM)} THB each "
            f"({_baht(BERRY_1_CLAIM * BERRY_1_PLAINTIFFS)} THB in all) for recruitment costs and lost earnings "
            f"after deceptive recruitment for berry picking in Sweden. {BERRY_1_SETTLED} settled with the agency "
            f"and withdrew with the court's approval; {continuing} continue, claiming "
            f"{_baht(BERRY_1_CLAIM * continuing)} THB.",
        )
        self._against(case, "agency", RespondentRole.DEFENDANT)
        settled_on = _weekday(self.days(-45))
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
                conditions=[{"kind": "withdraw_labour_case", "text": "Withdraw from the labour case"}],
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
            _at(settled_on, 9, 30),
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
            _at(_weekday(self.days(5)), 9, 30),
            HearingKind.CONCILIATION,
            room="Conciliation room 2",
            must_attend=f"The {continuing} continuing plaintiffs; Demo Lawyer waits outside the room",
            support_transport="Hired bus Phetchabun - Bangkok",
            support_lodging="Guest house near the court, one night",
            support_allowance=Decimal("9600.00"),
        )
        self._hearing(
            case,
            _at(_weekday(self.days(19)), 9, 0),
            HearingKind.WITNESS_EXAMINATION,
            room="Courtroom 5",
            must_attend="BP-02, BP-06 and BP-10 as witnesses; agency's manager summoned",
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
            _weekday(self.days(-10)),
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
        failed_on = _weekday(self.days(-330))
        settled_on = _weekday(self.days(-240))
        case = self._case(
            reference=BERRY_2_REFERENCE,
            title="Berry pickers (44) v. Northern Star Manpower: deceptive recruitment for Sweden",
            kind=CaseKind.LABOUR,
            court=self.courts["TH-LABOUR-CENTRAL"],
            black_number=f"987/{_be(filed)}",
            red_number=f"2210/{_be(settled_on)}",
            filed_on=filed,
            stage=CaseStage.CLOSED,
            status=CaseStatus.CLOSED,
            summary=f"{BERRY_2_PLAINTIFFS} berry pickers claimed {_baht(BERRY_2_CLAIM)} THB each "
            f"({_baht(BERRY_2_CLAIM * BERRY_2_PLAINTIFFS)} THB in all). Court-led conciliation failed; a later "
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
            _at(failed_on, 9, 30),
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
            f"Settlement approved by the court: {_baht(BERRY_2_SETTLEMENT)} THB each in cash, the agency's loans "
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

    def _berry_criminal(self) -> Case:
        filed = self.days(-200)
        case = self._case(
            reference=BERRY_CRIMINAL_REFERENCE,
            title="Prosecutor v. Northern Star Manpower and Broker A.: trafficking, deceptive recruitment",
            kind=CaseKind.CRIMINAL,
            court=self.courts["TH-CRIMINAL-TIP"],
            black_number=f"คม.41/{_be(filed)}",
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
        witness_day = _weekday(self.days(12))
        self._hearing(
            case,
            _at(witness_day, 13, 30),
            HearingKind.WITNESS_EXAMINATION,
            ends_at=_at(witness_day, 16, 30),  # the afternoon session
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
        identified = claimant.identified_on or self.days(-120)
        meeting = identified + timedelta(days=115)
        testimony = _weekday(identified + timedelta(days=133))
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
            f"petition: {_baht(FISHING_PETITION)} THB (his own wish: {_baht(FISHING_WISH)} THB).",
        )
        self._against(case, "boat", RespondentRole.ACCUSED)
        self._party(case, "FB-01", ClaimantRole.INJURED_PERSON, 1, FISHING_CLAIM)
        self._calculation(case, "FB-01", self._fishing_document(meeting, testimony))
        self._hearing(
            case,
            _at(testimony, 9, 0),
            HearingKind.ADVANCE_TESTIMONY,
            ends_at=_at(testimony, 16, 30),  # a whole day: testimony through an interpreter is slow
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
            f"{_baht(FISHING_PETITION)} THB. FB-01 wished to claim {_baht(FISHING_WISH)} THB; his wish is recorded "
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
            f"24 July 2017: 8 years 9 months' imprisonment and {_baht(FARM_AWARD)} THB compensation. The couple "
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
                f"{_baht(FARM_AWARD)} THB compensation for the couple, recorded half each. Read by the "
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
            _at(FARM_JUDGMENT_READ, 9, 0),
            HearingKind.JUDGMENT_READING,
            status=HearingStatus.HELD,
            room="Courtroom 1",
            must_attend="The accused; the couple's lawyer (the couple had already gone home)",
            interpreter_language="my",
            outcome="Supreme Court judgment No. 1340/2560 of 11 April 2017 read: 8 years 9 months' imprisonment "
            f"and {_baht(FARM_AWARD)} THB compensation.",
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
            black_number=f"512/{_be(filed)}",
            filed_on=filed,
            stage=CaseStage.TRIAL,
            status=CaseStatus.OPEN,
            summary=f"The province's first prosecution of a recruitment agency, brought after the MDT's work. "
            f"{PETCHABUN_INJURED} injured persons claim {_baht(PETCHABUN_CLAIM)} THB each "
            f"({_baht(PETCHABUN_CLAIM * PETCHABUN_INJURED)} THB in all).",
        )
        self._against(case, "successor", RespondentRole.ACCUSED)
        self._against(case, "broker2", RespondentRole.ACCUSED)
        for position in range(1, PETCHABUN_INJURED + 1):
            self._party(case, f"PC-{position:02d}", ClaimantRole.INJURED_PERSON, position, PETCHABUN_CLAIM)
        self._hearing(
            case,
            _at(_weekday(self.days(26)), 10, 0),
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
