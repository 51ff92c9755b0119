"""The area keys of Thailand's minimum-wage tables: the 77 provinces and the districts with a rate of their own.

Keys are written as in the rule files (RTGS spelling, lower case, ``_`` for spaces). A district's rate, where a
round sets one, is looked up before its province's; a round that sets none (every round before 1 Jan 2025) covers
the district with its province's rate, so a claim may name the district for every period.
"""

from __future__ import annotations

# fmt: off
TH_PROVINCES = frozenset({
    "bangkok", "samut_prakan", "nonthaburi", "pathum_thani", "phra_nakhon_si_ayutthaya", "ang_thong", "lop_buri",
    "sing_buri", "chai_nat", "saraburi", "chon_buri", "rayong", "chanthaburi", "trat", "chachoengsao",
    "prachin_buri", "nakhon_nayok", "sa_kaeo", "nakhon_ratchasima", "buri_ram", "surin", "si_sa_ket",
    "ubon_ratchathani", "yasothon", "chaiyaphum", "amnat_charoen", "bueng_kan", "nong_bua_lam_phu", "khon_kaen",
    "udon_thani", "loei", "nong_khai", "maha_sarakham", "roi_et", "kalasin", "sakon_nakhon", "nakhon_phanom",
    "mukdahan", "chiang_mai", "lamphun", "lampang", "uttaradit", "phrae", "nan", "phayao", "chiang_rai",
    "mae_hong_son", "nakhon_sawan", "uthai_thani", "kamphaeng_phet", "tak", "sukhothai", "phitsanulok", "phichit",
    "phetchabun", "ratchaburi", "kanchanaburi", "suphan_buri", "nakhon_pathom", "samut_sakhon", "samut_songkhram",
    "phetchaburi", "prachuap_khiri_khan", "nakhon_si_thammarat", "krabi", "phang_nga", "phuket", "surat_thani",
    "ranong", "chumphon", "songkhla", "satun", "trang", "phatthalung", "pattani", "yala", "narathiwat",
})
# fmt: on

# District -> its province. From 1 Jan 2025 (Notification No. 13) these three have a rate of their own and the
# province's key stands for the rest of the province ("Chiang Mai except Mueang Chiang Mai district").
TH_DISTRICTS = {
    "mueang_chiang_mai": "chiang_mai",
    "hat_yai": "songkhla",
    "ko_samui": "surat_thani",
}

TH_AREAS = TH_PROVINCES | frozenset(TH_DISTRICTS)
