"""Lao: the claimant's settlement sheet only (the ``settlement.rate.*``, ``settlement.warn.*``,
``settlement.made_by.*`` and ``settlement.condition.*`` keys). Every other key falls back to English
(claims/calc/text.py ``_template``).

The wording was written without a native speaker of Lao and must be reviewed by one before a claimant relies
on it.
"""

from __future__ import annotations

from claims.calc.texts import _writing

LOCALE = "lo"


write_date, write_month, write_amount, write_percent, write_currency = _writing.writers(LOCALE)

TEMPLATES: dict[str, str] = {
    "per.month": "ເດືອນ",
    "per.year": "ປີ",
    "settlement.rate.simple": "{rate} ຕໍ່{per}",
    "settlement.rate.compound": "{rate} ຕໍ່{per}, ຄິດດອກເບ້ຍທົບຕົ້ນ",
    "settlement.rate.within_cap": "{terms}, ບໍ່ເກີນອັດຕາສູງສຸດຕາມກົດໝາຍ {cap} ຕໍ່ປີ",
    "settlement.rate.capped": "{terms}, ຫຼຸດລົງເຫຼືອອັດຕາສູງສຸດຕາມກົດໝາຍ {cap} ຕໍ່ປີ",
    "settlement.rate.no_cap": "{terms}, ບໍ່ພົບອັດຕາສູງສຸດຕາມກົດໝາຍ",
    "settlement.warn.break_even_above_claim": "ເພື່ອໃຫ້ໄດ້ຜົນເທົ່າກັບການດຳເນີນຄະດີຕໍ່ທີ່ສານ, ຂໍ້ສະເໜີຈະຕ້ອງສູງກວ່າຄຳຮ້ອງທັງໝົດ: {break_even} ທຽບກັບຄຳຮ້ອງ {claim}.",
    "settlement.warn.offer_below_debts": "ຂໍ້ສະເໜີນີ້ ແລະ ໜີ້ທີ່ມັນຍົກເລີກໃຫ້ ລວມເປັນ {worth}, ໜ້ອຍກວ່າໜີ້ທັງໝົດໃນມື້ນີ້ {debts}. ຫຼັງຈາກຮັບເອົາ, ຍັງຈະມີໜີ້ຄ້າງຢູ່ {left}.",
    "settlement.warn.no_cap": "ປຶ້ມກົດລະບຽບບໍ່ມີຂີດຈຳກັດຕາມກົດໝາຍກ່ຽວກັບດອກເບ້ຍເງິນກູ້ສຳລັບ {jurisdiction}: ເງິນກູ້ເພີ່ມຂຶ້ນຕາມອັດຕາໃນສັນຍາ.",
    "settlement.warn.cap_not_in_force": "ເງິນກູ້ຈາກ {lender}: ບໍ່ພົບຂີດຈຳກັດຕາມກົດໝາຍກ່ຽວກັບດອກເບ້ຍສຳລັບມື້ທີ່ກູ້ ({error}). ມັນເພີ່ມຂຶ້ນຕາມອັດຕາໃນສັນຍາ.",
    "settlement.warn.instalments_at_risk": "{at_risk} ຈາກ {promised} ທີ່ສັນຍາວ່າຈະຜ່ອນຈ່າຍ ອາດຈະບໍ່ໄດ້ຮັບເລີຍ: ໂອກາດທີ່ແຕ່ລະງວດຕໍ່ໄປຈະບໍ່ໄດ້ຈ່າຍ ຖືກປະເມີນໄວ້ທີ່ {risk}.",
    "settlement.warn.instalments_counted_as_paid": "ທຸກງວດຖືກນັບຄືກັບວ່າຈະໄດ້ຮັບຄົບຖ້ວນ ແລະ ທັນເວລາ.",
    "settlement.warn.instalments_after_payment": "ງວດເງິນ {amount} ຮອດກຳນົດຫຼັງຈາກ {on}, ມື້ທີ່ສານຈະຈ່າຍ. ມັນບໍ່ຖືກນັບໃນຖານະການເງິນຂອງມື້ນັ້ນ.",
    "settlement.warn.long_court_path": "ທາງສານໃຊ້ເວລາ {months} ເດືອນ, ຫຼາຍກວ່າ {limit}. ໜີ້ສິນຍັງເພີ່ມຂຶ້ນໃນຂະນະທີ່ຜູ້ຮ້ອງລໍຖ້າ.",
    "settlement.warn.cancels_no_loan": "ຂໍ້ສະເໜີຍົກເລີກເງິນກູ້ຈາກ {lenders}, ແຕ່ຜູ້ຮ້ອງບໍ່ມີເງິນກູ້ຈາກພວກເຂົາ: ສ່ວນນັ້ນຂອງຂໍ້ສະເໜີບໍ່ໃຫ້ຫຍັງແກ່ຜູ້ຮ້ອງ.",
    "settlement.warn.collateral_not_returned": "ຂໍ້ສະເໜີຍົກເລີກເງິນກູ້ຈາກ {lender} ແຕ່ບໍ່ໄດ້ບອກວ່າຈະສົ່ງ {collateral} ຄືນ.",
    "settlement.made_by.respondent": "ບໍລິສັດຈັດຫາງານ ຫຼື ນາຍຈ້າງ",
    "settlement.made_by.claimants": "ຝ່າຍຜູ້ຮ້ອງ",
    "settlement.made_by.court": "ສະເໜີໃນການໄກ່ເກ່ຍຂອງສານ",
    "settlement.assistance.overseas_workers_fund": "ກອງທຶນຊ່ວຍເຫຼືອຜູ້ອອກໄປເຮັດວຽກຕ່າງປະເທດ (ໄທ)",
    "settlement.assistance.start_up_grant": "ທຶນເລີ່ມຕົ້ນອາຊີບ",
    "settlement.assistance.government_grant": "ການຊ່ວຍເຫຼືອຈາກລັດ",
    "settlement.assistance.ngo_grant": "ທຶນຊ່ວຍເຫຼືອຈາກອົງການ",
    "settlement.assistance.other": "ການຊ່ວຍເຫຼືອອື່ນ",
    "settlement.condition.withdraw_criminal_complaint": "ການດຳເນີນຄະດີຄ້າມະນຸດບໍ່ສິ້ນສຸດຍ້ອນຜູ້ເສຍຫາຍໄດ້ຮັບເງິນ ຫຼື ຖອນຄຳຮ້ອງ: ອົງການໄອຍະການຍັງດຳເນີນຕໍ່ໄປ. ເງື່ອນໄຂນີ້ບໍ່ສາມາດເປັນສິ່ງທີ່ເງິນຊື້ໄດ້.",
    "settlement.condition.no_testimony": "ການດຳເນີນຄະດີຍັງສືບຕໍ່ ບໍ່ວ່າຜູ້ເສຍຫາຍຈະຕົກລົງຫຍັງກັບບໍລິສັດຈັດຫາງານ, ແລະ ຜູ້ເສຍຫາຍອາດຖືກເອີ້ນເປັນພະຍານ: ຄຳສັນຍາວ່າຈະບໍ່ເປັນພະຍານບໍ່ສາມາດຊື້ໄດ້ຢ່າງຖືກກົດໝາຍ.",
    "settlement.condition.kind.withdraw_labour_case": "ຖອນຟ້ອງຄະດີແຮງງານ",
    "settlement.condition.kind.withdraw_criminal_complaint": "ຖອນຄຳຮ້ອງທຸກໃນຄະດີອາຍາ",
    "settlement.condition.kind.no_testimony": "ບໍ່ໄປເປັນພະຍານ",
    "settlement.condition.kind.confidentiality": "ຮັກສາຂໍ້ຕົກລົງນີ້ເປັນຄວາມລັບ",
    "settlement.condition.kind.no_further_claims": "ບໍ່ຮຽກຮ້ອງຫຍັງອີກຈາກເຂົາເຈົ້າ",
    "settlement.condition.kind.other": "ເງື່ອນໄຂອື່ນ (ຖາມທະນາຍຄວາມຂອງທ່ານ)",
}
