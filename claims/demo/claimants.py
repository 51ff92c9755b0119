"""The demo's claimants: berry pickers, the fishing-boat victim, the farm couple, the Petchabun injured persons."""

from datetime import date, timedelta
from decimal import Decimal

from claims.demo.data import (
    BERRY_1_PLAINTIFFS,
    BERRY_2_PLAINTIFFS,
    BERRY_IN_BOTH,
    DEMO_ADDRESS_FOR_SERVICE,
    FARM_RETURNED_HOME,
    FISHING_TESTIMONY_AFTER,
    LAND_TITLE_WORKER,
    PETCHABUN_INJURED,
    PROVINCES,
)
from claims.models import (
    Claimant,
    Consent,
    IdentificationEvent,
    IdentityDocument,
    Meeting,
    MeetingLink,
    ProtectionOrder,
    ReturnHome,
    TimelineEntry,
)
from claims.models.enums import (
    Channel,
    ConsentMethod,
    ConsentPurpose,
    ContactChannel,
    DocumentHolder,
    DocumentKind,
    ExploitationForm,
    IdentificationStatus,
    MeetingKind,
    NationalityVerification,
    ProtectionKind,
    ReferralConsentMethod,
    ReturneeCategory,
    ReturnProcedure,
    Sex,
    TimelineKind,
    TraffickingStatus,
)


class Claimants:
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
        # The seed's interval from identification to the advance testimony, which falls on the double-booked day.
        fishing_identified = self.double_booked_day - timedelta(days=FISHING_TESTIMONY_AFTER)
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
                exploitation_forms=ExploitationForm.FORCED_LABOUR.value,
                identifying_agency="Anti-Trafficking in Persons Division (ATPD), Royal Thai Police",
                protection_order=True,
                protection_note="Protected at the shelter since identification; his whereabouts stay off every "
                "page and document for anyone not assigned to his case.",
                address_for_service=DEMO_ADDRESS_FOR_SERVICE,
                _orders=[
                    dict(
                        ordering_office="Witness Protection Office, Ministry of Justice",
                        legal_basis="Witness Protection in Criminal Cases Act B.E. 2546 (2003), special measures",
                        kind=ProtectionKind.SPECIAL,
                        valid_from=fishing_identified + timedelta(days=7),
                        valid_to=fishing_identified + timedelta(days=237),  # until his planned return home
                        note="Kept at the shelter; escorted to the court for his advance testimony.",
                    )
                ],
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
                    # 17 years on a farm without wages (the seeds' case 1)
                    exploitation_forms=ExploitationForm.FORCED_LABOUR.value,
                    identifying_agency="Pathumthani Welfare Protection Center for VOT (MSDHS)",
                    protection_order=True,
                    protection_note="Witness protection order (Witness Protection Act 2004): a 24-hour police "
                    "guard while at the shelter.",
                    address_for_service=DEMO_ADDRESS_FOR_SERVICE,
                    # Their order ended when they went home; the older yes/no flag keeps them protected.
                    _orders=[
                        dict(
                            ordering_office="Witness Protection Office, Ministry of Justice",
                            legal_basis="Witness Protection in Criminal Cases Act B.E. 2546 (2003), special measures",
                            kind=ProtectionKind.GUARD_24H,
                            valid_from=date(2012, 11, 20),
                            valid_to=FARM_RETURNED_HOME,
                            note="A 24-hour police guard while at the shelter.",
                        )
                    ],
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
            orders = spec.pop("_orders", [])
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
            for order in orders:
                self.add(ProtectionOrder(org_id=self.org.id, claimant=claimant, **order))
            self._identification(claimant, intake)
            self._return(claimant)
        if "FB-01" in self.new_claimants:
            self._consultation_meeting(self.claimants["FB-01"])

    def _identification(self, claimant: Claimant, intake: date) -> None:
        """The claimant's status as the first event of their history, as the migration records it."""
        status = {
            TraffickingStatus.SCREENED_NOT_IDENTIFIED: IdentificationStatus.NOT_IDENTIFIED,
            TraffickingStatus.IDENTIFIED: IdentificationStatus.IDENTIFIED,
            TraffickingStatus.DECLINED_ASSISTANCE: IdentificationStatus.DECLINED,
        }.get(claimant.trafficking_status)
        if status is None:
            return
        self.add(
            IdentificationEvent(
                org_id=self.org.id,
                claimant=claimant,
                status=status,
                occurred_on=claimant.identified_on or intake,
                authority="Anti-Trafficking in Persons Act B.E. 2551"
                if status == IdentificationStatus.IDENTIFIED
                else None,
                agency=claimant.identifying_agency,
                official=claimant.identifying_official,
                returnee_category=ReturneeCategory.ASSISTED
                if claimant.home_country not in (None, "TH")
                else None,
            )
        )

    def _return(self, claimant: Claimant) -> None:
        """The claimant's return dates and contact abroad as their return record (the one record of them, as the
        migration makes it); the farm couple's assisted return under the Thailand–Myanmar MOU."""
        if not (claimant.planned_return_on or claimant.returned_home_on or claimant.contact_abroad):
            return
        went = claimant.returned_home_on
        self.add(
            ReturnHome(
                org_id=self.org.id,
                claimant=claimant,
                consent_given=went is not None,
                consent_on=went - timedelta(days=14) if went else None,
                consent_method=ReferralConsentMethod.WRITTEN if went else None,
                planned_on=claimant.planned_return_on,
                returned_on=went,
                destination_country=claimant.home_country,
                procedure=ReturnProcedure.MOU_MYANMAR if went and claimant.home_country == "MM" else None,
                nationality_status=NationalityVerification.VERIFIED
                if went
                else NationalityVerification.NOT_STARTED,
                nationality_verified_on=went - timedelta(days=30) if went else None,
                contact_channel=ContactChannel.PARTNER_VISIT,
                contact_detail=claimant.contact_abroad,
                partner_note=claimant.partner_organisation,
            )
        )

    def _consultation_meeting(self, claimant: Claimant) -> None:
        """Seed 004: the shelter's consultation meeting decided to claim 570,000 THB; the victim wanted 1,000,000."""
        held_on = (claimant.identified_on or self.days(-200)) + timedelta(days=30)
        meeting = self.add(
            Meeting(
                org_id=self.org.id,
                kind=MeetingKind.SHELTER_CONSULTATION,
                held_on=held_on,
                host_agency="Shelter for victims of trafficking (MSDHS)",
                attendees=[
                    {"name": "Shelter social worker", "agency": "MSDHS"},
                    {"name": self.lawyer.name, "agency": self.org.name},
                    {"name": "", "agency": "Office of the Attorney General"},
                ],
                decisions="Ask the prosecutor to claim 570,000 THB compensation under the TIP Act s.35.",
                claimant_view="He wants to claim 1,000,000 THB.",
                amount_decided=Decimal("570000"),
                amount_wanted=Decimal("1000000"),
                currency="THB",
            )
        )
        self.add(MeetingLink(org_id=self.org.id, meeting=meeting, claimant=claimant))
        self.add(
            TimelineEntry(
                org_id=self.org.id,
                meeting=meeting,
                kind=TimelineKind.TASK,
                occurred_on=min(held_on, self.today),
                body="Send the compensation claim and the victim's own figure to the prosecutor",
                author_id=self.lawyer.id,
                assignee_id=self.lawyer.id,
                due_on=self.today + timedelta(days=5),
            )
        )

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
