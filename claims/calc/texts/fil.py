"""Filipino: the claimant's settlement sheet only (the ``settlement.rate.*``, ``settlement.warn.*``,
``settlement.made_by.*`` and ``settlement.condition.*`` keys). Every other key falls back to English
(claims/calc/text.py ``_template``).

The wording was written without a native speaker of Filipino and must be reviewed by one before a claimant relies
on it.
"""

from __future__ import annotations

from claims.calc.texts import _writing

LOCALE = "fil"


write_date, write_month, write_amount, write_percent, write_currency = _writing.writers(LOCALE)

TEMPLATES: dict[str, str] = {
    "per.month": "buwan",
    "per.year": "taon",
    "settlement.rate.simple": "{rate} kada {per}",
    "settlement.rate.compound": "{rate} kada {per}, may tubo sa tubo",
    "settlement.rate.within_cap": "{terms}, pasok sa legal na takdang {cap} kada taon",
    "settlement.rate.capped": "{terms}, ibinaba sa legal na takdang {cap} kada taon",
    "settlement.rate.no_cap": "{terms}, walang nakitang legal na takda",
    "settlement.warn.break_even_above_claim": "Para maging kasinghusay ng pagpapatuloy sa korte, ang alok ay kailangang higit pa sa buong claim: {break_even} laban sa claim na {claim}.",
    "settlement.warn.offer_below_debts": "Ang alok na ito at ang mga utang na kinakansela nito ay umaabot sa {worth}, mas mababa sa lahat ng utang ngayon, {debts}. Pagkatanggap, may {left} pang utang na dapat bayaran.",
    "settlement.warn.no_cap": "Walang legal na takda sa tubo ng pautang para sa {jurisdiction} ang rule book: lumalaki ang mga utang ayon sa tubo sa kanilang kontrata.",
    "settlement.warn.cap_not_in_force": "Utang mula kay {lender}: walang nakitang legal na takda sa tubo para sa araw na kinuha ito ({error}). Lumalaki ito ayon sa tubo sa kontrata nito.",
    "settlement.warn.instalments_at_risk": "Ang {at_risk} sa {promised} na ipinangakong hulugan ay maaaring hindi kailanman mabayaran: ang tsansang hindi mabayaran ang bawat susunod na hulog ay tinatayang {risk}.",
    "settlement.warn.instalments_counted_as_paid": "Bawat hulog ay binibilang na parang babayaran nang buo at nasa oras.",
    "settlement.warn.instalments_after_payment": "Ang mga hulog na {amount} ay dapat bayaran pagkatapos ng {on}, ang araw na magbabayad ang korte. Hindi sila binibilang sa mga posisyon sa araw na iyon.",
    "settlement.warn.long_court_path": "Ang daan sa korte ay aabot ng {months} buwan, higit sa {limit}. Patuloy na lumalaki ang mga utang habang naghihintay ang nagke-claim.",
    "settlement.warn.cancels_no_loan": "Kinakansela ng alok ang mga utang kay {lenders}, pero walang utang sa kanila ang nagke-claim: walang naibibigay sa nagke-claim ang bahaging iyon ng alok.",
    "settlement.warn.collateral_not_returned": "Kinakansela ng alok ang utang kay {lender} pero hindi sinasabi na ibabalik ang {collateral}.",
    "settlement.made_by.respondent": "Ang ahensya o employer",
    "settlement.made_by.claimants": "Ang panig ng mga nagke-claim",
    "settlement.made_by.court": "Iminungkahi sa pagkakasundo sa korte",
    "settlement.assistance.overseas_workers_fund": "Pondo para sa mga Manggagawang Nagtatrabaho sa Ibang Bansa (Thailand)",
    "settlement.assistance.start_up_grant": "Grant para sa pagsisimula ng kabuhayan",
    "settlement.assistance.government_grant": "Tulong ng pamahalaan",
    "settlement.assistance.ngo_grant": "Grant mula sa isang organisasyon",
    "settlement.assistance.other": "Ibang tulong",
    "settlement.condition.withdraw_criminal_complaint": "Hindi natatapos ang pag-uusig sa trafficking dahil nabayaran ang biktima o binawi niya ang reklamo: nagpapatuloy ang piskal. Hindi maaaring ito ang kondisyong binibili ng pera.",
    "settlement.condition.no_testimony": "Nagpapatuloy ang pag-uusig anuman ang mapagkasunduan ng biktima at ng ahensya, at maaaring ipatawag ang biktima bilang saksi: hindi maaaring legal na bilhin ang pangakong hindi tetestigo.",
    "settlement.condition.kind.withdraw_labour_case": "Bawiin ang kaso sa labor court",
    "settlement.condition.kind.withdraw_criminal_complaint": "Bawiin ang reklamong kriminal",
    "settlement.condition.kind.no_testimony": "Huwag tumestigo bilang saksi",
    "settlement.condition.kind.confidentiality": "Ilihim ang kasunduang ito",
    "settlement.condition.kind.no_further_claims": "Huwag nang maghabol ng anuman sa kanila",
    "settlement.condition.kind.other": "Ibang kondisyon (tanungin ang abogado mo)",
}
