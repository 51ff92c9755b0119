"""Burmese: the claimant's settlement sheet only (the ``settlement.rate.*``, ``settlement.warn.*``,
``settlement.made_by.*`` and ``settlement.condition.*`` keys). Every other key falls back to English
(claims/calc/text.py ``_template``).

The wording was written without a native speaker of Burmese and must be reviewed by one before a claimant relies
on it.
"""

from __future__ import annotations

from claims.calc.texts import _writing

LOCALE = "my"


write_date, write_month, write_amount, write_percent, write_currency = _writing.writers(LOCALE)

TEMPLATES: dict[str, str] = {
    "per.month": "လ",
    "per.year": "နှစ်",
    "settlement.rate.simple": "{per} တစ်ခုလျှင် {rate}",
    "settlement.rate.compound": "{per} တစ်ခုလျှင် {rate}၊ အတိုးပေါ်အတိုး",
    "settlement.rate.within_cap": "{terms}၊ တစ်နှစ်လျှင် {cap} ဖြစ်သော ဥပဒေအရ အများဆုံးနှုန်းအတွင်း",
    "settlement.rate.capped": "{terms}၊ တစ်နှစ်လျှင် {cap} ဖြစ်သော ဥပဒေအရ အများဆုံးနှုန်းအထိ လျှော့ထားသည်",
    "settlement.rate.no_cap": "{terms}၊ ဥပဒေအရ အများဆုံးနှုန်း မတွေ့ပါ",
    "settlement.warn.break_even_above_claim": "တရားရုံးတွင် ဆက်လက်ဆောင်ရွက်ခြင်းလောက် ကောင်းရန် ကမ်းလှမ်းငွေသည် တောင်းဆိုချက်တစ်ခုလုံးထက် ပိုရမည်- တောင်းဆိုချက် {claim} နှင့် နှိုင်းယှဉ်လျှင် {break_even}။",
    "settlement.warn.offer_below_debts": "ဤကမ်းလှမ်းချက်နှင့် ၎င်းက ပယ်ဖျက်ပေးသော အကြွေးများ ပေါင်း {worth} ဖြစ်ပြီး ယနေ့ အကြွေးအားလုံး {debts} ထက် နည်းသည်။ လက်ခံပြီးနောက် အကြွေး {left} ကျန်နေဦးမည်။",
    "settlement.warn.no_cap": "{jurisdiction} အတွက် ချေးငွေအတိုးနှုန်း ဥပဒေကန့်သတ်ချက် စည်းမျဉ်းစာအုပ်တွင် မရှိပါ- ချေးငွေများသည် စာချုပ်ပါ နှုန်းအတိုင်း တိုးလာသည်။",
    "settlement.warn.cap_not_in_force": "{lender} ထံမှ ချေးငွေ- ချေးယူသည့်နေ့အတွက် အတိုးနှုန်း ဥပဒေကန့်သတ်ချက် မတွေ့ပါ ({error})။ စာချုပ်ပါ နှုန်းအတိုင်း တိုးလာသည်။",
    "settlement.warn.instalments_at_risk": "အရစ်ကျဖြင့် ပေးမည်ဟု ကတိပြုထားသော {promised} အနက် {at_risk} ကို ဘယ်တော့မှ မရနိုင်ပါ- နောက်အရစ်တစ်ခုစီ မရနိုင်သည့် အခွင့်အလမ်းကို {risk} ဟု ခန့်မှန်းထားသည်။",
    "settlement.warn.instalments_counted_as_paid": "အရစ်ကျတိုင်းကို အပြည့်အဝ အချိန်မီ ပေးမည်ဟု မှတ်ယူ၍ တွက်ထားသည်။",
    "settlement.warn.instalments_after_payment": "{amount} ရှိသော အရစ်ကျများသည် တရားရုံးက ငွေပေးမည့်နေ့ {on} နောက်မှ ပေးရမည်။ ၎င်းတို့ကို ထိုနေ့၏ အခြေအနေတွင် မထည့်တွက်ပါ။",
    "settlement.warn.long_court_path": "တရားရုံးလမ်းကြောင်းသည် {months} လ ကြာပြီး {limit} ထက် ပိုသည်။ တောင်းဆိုသူ စောင့်နေစဉ် အကြွေးများ ဆက်တိုးနေမည်။",
    "settlement.warn.cancels_no_loan": "ကမ်းလှမ်းချက်သည် {lenders} ထံမှ ချေးငွေများကို ပယ်ဖျက်ပေးသော်လည်း တောင်းဆိုသူတွင် ၎င်းတို့ထံမှ ချေးငွေ မရှိပါ- ကမ်းလှမ်းချက်၏ ထိုအပိုင်းသည် တောင်းဆိုသူအား ဘာမှ မပေးပါ။",
    "settlement.warn.collateral_not_returned": "ကမ်းလှမ်းချက်သည် {lender} ထံမှ ချေးငွေကို ပယ်ဖျက်ပေးသော်လည်း {collateral} ကို ပြန်ပေးမည်ဟု မဖော်ပြပါ။",
    "settlement.made_by.respondent": "အေဂျင်စီ သို့မဟုတ် အလုပ်ရှင်",
    "settlement.made_by.claimants": "တောင်းဆိုသူများဘက်",
    "settlement.made_by.court": "တရားရုံး ညှိနှိုင်းဖျန်ဖြေမှုတွင် အဆိုပြုထားသည်",
    "settlement.assistance.overseas_workers_fund": "ပြည်ပအလုပ်သွားလုပ်သူများ ကူညီရေးရန်ပုံငွေ (ထိုင်း)",
    "settlement.assistance.start_up_grant": "အသက်မွေးဝမ်းကြောင်း စတင်ရန် ထောက်ပံ့ငွေ",
    "settlement.assistance.government_grant": "အစိုးရ၏ အကူအညီ",
    "settlement.assistance.ngo_grant": "အဖွဲ့အစည်းတစ်ခု၏ ထောက်ပံ့ငွေ",
    "settlement.assistance.other": "အခြားအကူအညီ",
    "settlement.condition.withdraw_criminal_complaint": "လူကုန်ကူးမှု တရားစွဲဆိုမှုသည် ခံရသူက ငွေရခြင်း သို့မဟုတ် တိုင်ကြားချက်ကို ရုပ်သိမ်းခြင်းကြောင့် မရပ်ပါ- အစိုးရရှေ့နေက ဆက်လက်ဆောင်ရွက်သည်။ ဤအခြေအနေကို ငွေဖြင့် ဝယ်ယူ၍ မရပါ။",
    "settlement.condition.no_testimony": "ခံရသူက အေဂျင်စီနှင့် မည်သို့ပင် သဘောတူသည်ဖြစ်စေ တရားစွဲဆိုမှု ဆက်ရှိမည်ဖြစ်ပြီး ခံရသူကို သက်သေအဖြစ် ခေါ်နိုင်သည်- သက်သေမခံမည့် ကတိကို တရားဝင် ဝယ်ယူ၍ မရပါ။",
    "settlement.condition.kind.withdraw_labour_case": "အလုပ်သမားအမှုကို ရုပ်သိမ်းရန်",
    "settlement.condition.kind.withdraw_criminal_complaint": "ရာဇဝတ်တိုင်ကြားချက်ကို ရုပ်သိမ်းရန်",
    "settlement.condition.kind.no_testimony": "သက်သေအဖြစ် ထွက်မဆိုရန်",
    "settlement.condition.kind.confidentiality": "ဒီသဘောတူညီချက်ကို လျှို့ဝှက်ထားရန်",
    "settlement.condition.kind.no_further_claims": "နောက်ထပ် ဘာမှ မတောင်းဆိုရန်",
    "settlement.condition.kind.other": "အခြား အခြေအနေ (ရှေ့နေကို မေးပါ)",
}
