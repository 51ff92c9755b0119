"""Khmer: the claimant's settlement sheet only (the ``settlement.rate.*``, ``settlement.warn.*``,
``settlement.made_by.*`` and ``settlement.condition.*`` keys). Every other key falls back to English
(claims/calc/text.py ``_template``).

The wording was written without a native speaker of Khmer and must be reviewed by one before a claimant relies
on it.
"""

from __future__ import annotations

from claims.calc.texts import _writing

LOCALE = "km"


write_date, write_month, write_amount, write_percent, write_currency = _writing.writers(LOCALE)

TEMPLATES: dict[str, str] = {
    "per.month": "ខែ",
    "per.year": "ឆ្នាំ",
    "settlement.rate.simple": "{rate} ក្នុងមួយ{per}",
    "settlement.rate.compound": "{rate} ក្នុងមួយ{per} គិតការប្រាក់លើការប្រាក់",
    "settlement.rate.within_cap": "{terms} ក្នុងកម្រិតអតិបរមាតាមច្បាប់ {cap} ក្នុងមួយឆ្នាំ",
    "settlement.rate.capped": "{terms} កំណត់ត្រឹមកម្រិតអតិបរមាតាមច្បាប់ {cap} ក្នុងមួយឆ្នាំ",
    "settlement.rate.no_cap": "{terms} រកមិនឃើញកម្រិតអតិបរមាតាមច្បាប់",
    "settlement.warn.break_even_above_claim": "ដើម្បីទទួលបានស្មើនឹងការបន្តនៅតុលាការ សំណើត្រូវតែលើសពីការទាមទារទាំងមូល៖ {break_even} ធៀបនឹងការទាមទារ {claim}។",
    "settlement.warn.offer_below_debts": "សំណើនេះ និងបំណុលដែលវាលុបចោល មានចំនួនសរុប {worth} តិចជាងបំណុលទាំងអស់នៅថ្ងៃនេះ {debts}។ ក្រោយពីទទួលយក នៅតែជំពាក់បំណុល {left}។",
    "settlement.warn.no_cap": "សៀវភៅច្បាប់មិនមានកម្រិតអតិបរមាតាមច្បាប់លើការប្រាក់កម្ចីសម្រាប់ {jurisdiction} ទេ៖ កម្ចីកើនឡើងតាមអត្រាក្នុងកិច្ចសន្យា។",
    "settlement.warn.cap_not_in_force": "កម្ចីពី {lender}៖ រកមិនឃើញកម្រិតអតិបរមាតាមច្បាប់លើការប្រាក់សម្រាប់ថ្ងៃដែលខ្ចី ({error})។ វាកើនឡើងតាមអត្រាក្នុងកិច្ចសន្យា។",
    "settlement.warn.instalments_at_risk": "{at_risk} នៃ {promised} ដែលបានសន្យាបង់រំលស់ ប្រហែលជាមិនត្រូវបានបង់ទាល់តែសោះ៖ ឱកាសដែលការបង់រំលស់បន្ទាប់នីមួយៗត្រូវខកខាន ត្រូវបានប៉ាន់ស្មានថា {risk}។",
    "settlement.warn.instalments_counted_as_paid": "ការបង់រំលស់នីមួយៗត្រូវបានគិតដូចជានឹងត្រូវបង់គ្រប់ចំនួន និងទាន់ពេល។",
    "settlement.warn.instalments_after_payment": "ការបង់រំលស់ចំនួន {amount} ដល់កំណត់បន្ទាប់ពី {on} ដែលជាថ្ងៃតុលាការនឹងបង់។ វាមិនត្រូវបានគិតក្នុងស្ថានភាពនៅថ្ងៃនោះទេ។",
    "settlement.warn.long_court_path": "ផ្លូវតុលាការចំណាយពេល {months} ខែ លើសពី {limit}។ បំណុលនៅតែកើនឡើង ខណៈអ្នកទាមទាររង់ចាំ។",
    "settlement.warn.cancels_no_loan": "សំណើលុបចោលកម្ចីពី {lenders} ប៉ុន្តែអ្នកទាមទារមិនមានកម្ចីពីពួកគេទេ៖ ផ្នែកនោះនៃសំណើមិនផ្តល់អ្វីដល់អ្នកទាមទារទេ។",
    "settlement.warn.collateral_not_returned": "សំណើលុបចោលកម្ចីពី {lender} ប៉ុន្តែមិនបាននិយាយថានឹងប្រគល់ {collateral} មកវិញទេ។",
    "settlement.made_by.respondent": "ភ្នាក់ងារ ឬនិយោជក",
    "settlement.made_by.claimants": "ភាគីអ្នកទាមទារ",
    "settlement.made_by.court": "បានស្នើក្នុងការផ្សះផ្សានៅតុលាការ",
    "settlement.assistance.overseas_workers_fund": "មូលនិធិជួយពលករទៅធ្វើការនៅក្រៅប្រទេស (ថៃ)",
    "settlement.assistance.start_up_grant": "ប្រាក់ឧបត្ថម្ភចាប់ផ្តើមមុខរបរ",
    "settlement.assistance.government_grant": "ជំនួយពីរដ្ឋាភិបាល",
    "settlement.assistance.ngo_grant": "ប្រាក់ឧបត្ថម្ភពីអង្គការ",
    "settlement.assistance.other": "ជំនួយផ្សេងទៀត",
    "settlement.condition.withdraw_criminal_complaint": "ការកាត់ទោសករណីជួញដូរមនុស្សមិនបញ្ចប់ដោយសារជនរងគ្រោះបានទទួលប្រាក់ ឬបានដកពាក្យបណ្តឹងទេ៖ ព្រះរាជអាជ្ញានៅតែបន្ត។ លក្ខខណ្ឌនេះមិនអាចជាអ្វីដែលប្រាក់ទិញបានទេ។",
    "settlement.condition.no_testimony": "ការកាត់ទោសនៅតែបន្ត មិនថាជនរងគ្រោះយល់ព្រមអ្វីជាមួយភ្នាក់ងារទេ ហើយជនរងគ្រោះអាចត្រូវបានកោះហៅជាសាក្សី៖ ការសន្យាថានឹងមិនផ្តល់សក្ខីកម្ម មិនអាចទិញបានដោយស្របច្បាប់ទេ។",
    "settlement.condition.kind.withdraw_labour_case": "ដកបណ្ដឹងការងារ",
    "settlement.condition.kind.withdraw_criminal_complaint": "ដកពាក្យបណ្ដឹងព្រហ្មទណ្ឌ",
    "settlement.condition.kind.no_testimony": "មិនធ្វើជាសាក្សី",
    "settlement.condition.kind.confidentiality": "រក្សាការព្រមព្រៀងនេះជាការសម្ងាត់",
    "settlement.condition.kind.no_further_claims": "មិនទាមទារអ្វីបន្ថែមទៀតពីពួកគេ",
    "settlement.condition.kind.other": "លក្ខខណ្ឌផ្សេងទៀត (សួរមេធាវីរបស់អ្នក)",
}
