"""Words for the bench data set (bench/dataset.py): names in the claimants' own scripts, provinces, courts,
organisations and the short texts hearings and notes carry. Invented, like the demo's: no real person is named."""

from __future__ import annotations

# (given names, family names) by nationality, in the script the person writes their name in. Myanmar names have
# no family name: two or three given names are joined instead.
NAMES = {
    "TH": (
        ("สมชาย", "สมศรี", "วิชัย", "มาลี", "สุดา", "ประเสริฐ", "บุญมี", "จันทร์เพ็ญ", "อำนาจ", "นภา", "ทองใบ", "ศิริพร"),
        ("ใจดี", "แสงทอง", "บุญเรือง", "ศรีสุข", "พรหมมา", "คำแก้ว", "ทองคำ", "สายบุญ", "วงศ์ใหญ่", "มีสุข"),
    ),
    "MM": (
        ("မောင်", "အောင်", "ကျော်", "ဇော်", "မြင့်", "သန်း", "ခင်", "နွယ်", "စန်း", "ဝင်း", "လှ", "မြ"),
        ("ထွန်း", "ဦး", "မင်း", "နိုင်", "ဌေး", "ဆွေ", "လွင်", "ကြည်", "မော်", "စိုး"),
    ),
    "KH": (
        ("សុខា", "ចាន់ធា", "សុភា", "វណ្ណា", "ដារ៉ា", "សំណាង", "ស្រីមុំ", "រតនា", "បុប្ផា", "វិចិត្រ"),
        ("សុខ", "ចាន់", "ហេង", "លី", "គឹម", "ម៉ៅ", "ពៅ", "ស៊ុន", "យឹម", "ឈិន"),
    ),
    "LA": (
        ("ບຸນມີ", "ສົມພອນ", "ຄຳຫຼ້າ", "ນາງແກ້ວ", "ສີດາ", "ພອນສະຫວັນ", "ບົວພັນ", "ຈັນທະລາ", "ວິໄລ", "ທອງດີ"),
        ("ສີສຸກ", "ວົງສາ", "ພົມມະ", "ແກ້ວມະນີ", "ສຸລິຍາ", "ຄຳພັນ", "ອິນທະວົງ", "ສີລາ", "ພັນທະວົງ", "ຈັນທະວົງ"),
    ),
}
# Nationalities in the proportion the network's claimants come from, with the languages they speak.
NATIONALITIES = (("TH", 35, "th"), ("MM", 35, "my"), ("KH", 18, "km"), ("LA", 12, "lo"))

PROVINCES = {
    "TH": (
        "Bangkok",
        "Samut Sakhon",
        "Samut Prakan",
        "Chon Buri",
        "Rayong",
        "Songkhla",
        "Ranong",
        "Phang Nga",
        "Surat Thani",
        "Chumphon",
        "Phetchaburi",
        "Prachuap Khiri Khan",
        "Tak",
        "Chiang Mai",
        "Chiang Rai",
        "Phetchabun",
        "Chaiyaphum",
        "Udon Thani",
        "Khon Kaen",
        "Nakhon Ratchasima",
        "Ubon Ratchathani",
        "Sisaket",
        "Surin",
        "Buriram",
        "Nong Khai",
        "Loei",
        "Kalasin",
        "Roi Et",
        "Yasothon",
        "Sakon Nakhon",
        "Nakhon Phanom",
        "Mukdahan",
        "Amnat Charoen",
        "Nong Bua Lamphu",
        "Maha Sarakham",
        "Lampang",
        "Nan",
        "Phrae",
        "Phayao",
        "Pattani",
        "Narathiwat",
        "Yala",
        "Trang",
        "Satun",
        "Krabi",
        "Phuket",
    ),
    "MM": ("Yangon", "Mandalay", "Mon", "Kayin", "Tanintharyi", "Bago", "Shan", "Ayeyarwady", "Magway"),
    "KH": ("Phnom Penh", "Battambang", "Banteay Meanchey", "Siem Reap", "Prey Veng", "Kampong Cham", "Takeo"),
    "LA": ("Vientiane", "Savannakhet", "Champasak", "Khammouane", "Salavan", "Luang Prabang"),
}
DISTRICTS = ("Mueang", "Lom Sak", "Nong Phai", "Mae Sot", "Mahachai", "Kantang", "Ban Dung", "Khon San")

# The shared list of courts: (code, Thai name, English name, province, what it hears).
COURTS = (
    ("TH-LABOUR-CENTRAL", "ศาลแรงงานกลาง", "Central Labour Court", "Bangkok", "labour"),
    (
        "TH-CRIMINAL-TIP",
        "ศาลอาญา (แผนกคดีค้ามนุษย์)",
        "Criminal Court, Human Trafficking Cases Division",
        "Bangkok",
        "criminal",
    ),
    *(
        (f"TH-LABOUR-R{n}", f"ศาลแรงงานภาค {n}", f"Regional Labour Court {n}", province, "labour")
        for n, province in enumerate(
            (
                "Saraburi",
                "Chon Buri",
                "Nakhon Ratchasima",
                "Khon Kaen",
                "Chiang Mai",
                "Nakhon Sawan",
                "Nakhon Pathom",
                "Surat Thani",
                "Songkhla",
            ),
            start=1,
        )
    ),
    *(
        (
            f"TH-PROV-{province.upper().replace(' ', '-')}",
            f"ศาลจังหวัด{thai}",
            f"{province} Provincial Court",
            province,
            "criminal",
        )
        for province, thai in (
            ("Phetchaburi", "เพชรบุรี"),
            ("Phetchabun", "เพชรบูรณ์"),
            ("Chaiyaphum", "ชัยภูมิ"),
            ("Samut Sakhon", "สมุทรสาคร"),
            ("Songkhla", "สงขลา"),
            ("Ranong", "ระนอง"),
            ("Tak", "ตาก"),
            ("Chiang Rai", "เชียงราย"),
            ("Udon Thani", "อุดรธานี"),
            ("Rayong", "ระยอง"),
            ("Trang", "ตรัง"),
            ("Surat Thani", "สุราษฎร์ธานี"),
            ("Phang Nga", "พังงา"),
            ("Khon Kaen", "ขอนแก่น"),
        )
    ),
)

# (code, name): the first is the national network the bench logs into.
ORGANISATIONS = (
    ("NAT", "National Migrant Workers' Legal Aid Network"),
    ("NORTH", "Northern Labour Rights Foundation"),
    ("COAST", "Fishers' Rights Centre, Songkhla"),
    ("ISAN", "Isan Returnees' Support Group"),
    ("SHELTER", "Women's Shelter Foundation"),
    ("MAHACHAI", "Mahachai Workers' Centre"),
    ("MAESOT", "Mae Sot Migrant Assistance"),
    ("SOUTH", "Southern Legal Clinic"),
)

RESPONDENT_WORDS = (
    "Golden",
    "Siam",
    "Ocean",
    "Northern Star",
    "Pacific",
    "Royal",
    "Lucky",
    "Green Field",
    "Eastern",
    "Mekong",
    "Asia",
    "Sunrise",
    "Blue Sea",
    "Grand",
    "Unity",
    "Prosper",
)
RESPONDENT_TRADES = {
    "recruitment_agency": "Manpower Co., Ltd.",
    "employer": "Seafood Co., Ltd.",
    "broker": "Broker",
    "lender": "moneylender",
    "other": "Trading",
}

WORK = (
    "berry picking abroad",
    "fishing boat",
    "seafood processing",
    "construction",
    "garment factory",
    "domestic work",
    "rubber plantation",
    "poultry farm",
    "sugar cane farm",
    "karaoke bar",
)

HEARING_OUTCOMES = (
    "Adjourned: the defendant's lawyer asked for time to answer.",
    "Witnesses heard; the next session continues with the defence witnesses.",
    "No agreement at conciliation; the case goes to trial.",
    "The court approved the settlement of some plaintiffs; the others continue.",
    "Judgment read: the defendant is ordered to pay the amounts claimed with interest.",
    "Testimony recorded in advance with an interpreter before the claimant's return home.",
)
NEXT_STEPS = (
    "Prepare the witnesses for the next session.",
    "Chase the defendant for the agreed payment.",
    "Book transport and the interpreter for the next hearing.",
    "Request the writ of execution.",
)
NOTES = (
    "Met the claimant with an interpreter; documents copied.",
    "Called the claimant's family about the next hearing.",
    "Case conference with the shelter and the labour inspector.",
    "The claimant told of their rights and the court process.",
    "Received the employer's wage slips from the labour office.",
)
TASKS = (
    "Collect the payslips from the claimant.",
    "File the evidence list with the court.",
    "Ask the embassy for the claimant's passport copy.",
    "Prepare the calculation annex for the complaint.",
    "Book the interpreter for the witness examination.",
    "Chase the agency for the settlement instalment.",
)
