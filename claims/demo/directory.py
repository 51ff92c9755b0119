"""The demo's directory: the agencies the seeds' story names (the fishing victim's shelter and his partner in
Cambodia, the berry pickers' labour office and embassy, a Khmer interpreter), and his referral home.

Contact details are placeholders (an example.org address, numbers of zeros): a demo must not send a paralegal to
a real office's line with a made-up name."""

from claims.models import Agency, AgencyPerson, Claimant, Referral
from claims.models.enums import (
    AgencyKind,
    AgencyService,
    ReferralConsentMethod,
    ReferralStatus,
)

PLACEHOLDER = "Demo entry: the contact details are placeholders, not the agency's own."

AGENCIES = {
    "shelter": dict(
        name_en="Government shelter for victims of trafficking (demo)",
        name_th="สถานคุ้มครองผู้เสียหายจากการค้ามนุษย์ (ตัวอย่าง)",
        kind=AgencyKind.SHELTER,
        country="TH",
        area="Central region",
        phone="02 000 0001",
        services="shelter,medical,psychosocial,interpreting",
        languages="th,my,km",
        notes=PLACEHOLDER + " The shelter where FB-01 stays; its address is not his whereabouts, but ask the "
        "case team before telling anyone he is there.",
    ),
    "labour": dict(
        name_en="Phetchabun Provincial Labour Protection and Welfare Office (demo)",
        name_th="สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดเพชรบูรณ์ (ตัวอย่าง)",
        kind=AgencyKind.LABOUR_OFFICE,
        country="TH",
        area="Phetchabun",
        phone="056 000 002",
        services="labour_complaint,compensation",
        languages="th",
        notes=PLACEHOLDER + " Labour inspectors for the berry pickers' complaints (Form Kor.Ror.7).",
    ),
    "embassy": dict(
        name_en="Royal Thai Embassy, Stockholm (demo)",
        name_th="สถานเอกอัครราชทูต ณ กรุงสตอกโฮล์ม (ตัวอย่าง)",
        kind=AgencyKind.EMBASSY,
        country="SE",
        area="Stockholm (consular section for all of Sweden)",
        phone="+46 0 000 0003",
        email="consular@embassy.example.org",
        services="documents,repatriation",
        languages="th,en",
        notes=PLACEHOLDER + " Consular help for the berry pickers stranded in Sweden.",
    ),
    "cwcc": dict(
        name_en="CWCC (Cambodian Women's Crisis Center) (demo)",
        kind=AgencyKind.NGO,
        country="KH",
        area="Phnom Penh and the border provinces",
        phone="+855 00 000 004",
        email="referrals@cwcc.example.org",
        services="repatriation,psychosocial,livelihood",
        languages="km,en",
        notes=PLACEHOLDER + " Partner for returns to Cambodia: keeps in touch with FB-01's family.",
    ),
    "interpreter": dict(
        name_en="Sokha C. (freelance Khmer interpreter, demo)",
        kind=AgencyKind.INTERPRETER,
        country="TH",
        area="Bangkok and Samut Prakan",
        phone="08 0000 0005",
        line_id="sokha.demo",
        services="interpreting",
        languages="km,th",
        notes=PLACEHOLDER + " Interpreted FB-01's advance testimony.",
    ),
}
PEOPLE = {
    "shelter": dict(
        name="Social worker N. (demo)", role="Case manager", phone="02 000 0011", languages="th,my"
    ),
    "labour": dict(name="Inspector P. (demo)", role="Labour inspector", phone="056 000 012", languages="th"),
    "cwcc": dict(name="R. Chea (demo)", role="Reintegration focal person", languages="km,en"),
    "interpreter": dict(name="Sokha C. (demo)", role="Khmer–Thai interpreter", phone="08 0000 0005"),
}


class Directory:
    def _directory(self) -> None:
        names = [spec["name_en"] for spec in AGENCIES.values()]
        found = self._existing(Agency, Agency.name_en, names)
        created = {}
        for key, spec in AGENCIES.items():
            if spec["name_en"] not in found:
                created[key] = self.add(Agency(org_id=self.org.id, **spec))
        if not created:
            return
        self.session.flush()  # the new agencies' ids
        for key, spec in PEOPLE.items():
            if key in created:
                self.add(
                    AgencyPerson(org_id=self.org.id, agency_id=created[key].id, **{"languages": "", **spec})
                )
        victim: Claimant | None = self.claimants.get("FB-01")
        if "cwcc" in created and victim is not None:
            # His return home, asked of the partner three weeks ago and still unanswered: an overdue referral.
            self.add(
                Referral(
                    org_id=self.org.id,
                    claimant_id=victim.id,
                    to_agency_id=created["cwcc"].id,
                    referred_on=self.days(-21),
                    services=AgencyService.REPATRIATION.value + "," + AgencyService.LIVELIHOOD.value,
                    reason="Reintegration support and family tracing for his return home after the trial.",
                    consent_given=True,
                    consent_on=self.days(-22),
                    consent_method=ReferralConsentMethod.VERBAL,
                    consent_by="FB-01 himself, through the Khmer interpreter",
                    status=ReferralStatus.ACKNOWLEDGED,
                    expected_response_on=self.days(-7),
                )
            )
