"""The demo's fixed facts: logins, the seeds' figures, courts, respondents and provinces."""

from datetime import date
from decimal import Decimal

from claims.models.enums import (
    RespondentKind,
    RespondentStatus,
    Role,
)

DEMO_PASSWORD = "demo-password"
DEMO_ORG_CODE = "DEMO"
DEMO_ORG_NAME = "Demo Legal Aid Network"

# The letterhead of the demo organisation's documents (an invented address).
DEMO_ORG_LETTERHEAD = {
    "address": "99/9 Demo Road, Bang Rak, Bangkok 10500",
    "phone": "02 000 0000",
    "email": "office@demo.example",
}

# Where the court serves papers on a protected claimant: never where they stay (an invented address).
DEMO_ADDRESS_FOR_SERVICE = "c/o Demo Legal Aid Network, 99/9 Demo Road, Bang Rak, Bangkok 10500"

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
# Seed 004: identified, the consultation meeting 115 days later, the advance testimony 18 days after that.
FISHING_MEETING_AFTER = 115
FISHING_TESTIMONY_AFTER = 133
# The double booking is about two weeks ahead: inside the calendar's first few weeks, after this week's hearings.
FORTNIGHT = 13
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
