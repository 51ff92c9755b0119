"""Vietnamese: the claimant's settlement sheet only (the ``settlement.rate.*``, ``settlement.warn.*``,
``settlement.made_by.*`` and ``settlement.condition.*`` keys). Every other key falls back to English
(claims/calc/text.py ``_template``).

The wording was written without a native speaker of Vietnamese and must be reviewed by one before a claimant relies
on it.
"""

from __future__ import annotations

from claims.calc.texts import _writing

LOCALE = "vi"


write_date, write_month, write_amount, write_percent, write_currency = _writing.writers(LOCALE)

TEMPLATES: dict[str, str] = {
    "per.month": "tháng",
    "per.year": "năm",
    "settlement.rate.simple": "{rate} mỗi {per}",
    "settlement.rate.compound": "{rate} mỗi {per}, tính lãi kép",
    "settlement.rate.within_cap": "{terms}, trong mức trần pháp định {cap} mỗi năm",
    "settlement.rate.capped": "{terms}, giới hạn ở mức trần pháp định {cap} mỗi năm",
    "settlement.rate.no_cap": "{terms}, không tìm thấy mức trần pháp định",
    "settlement.warn.break_even_above_claim": "Để được bằng việc tiếp tục kiện ra tòa, khoản đề nghị phải lớn hơn toàn bộ yêu cầu: {break_even} so với yêu cầu {claim}.",
    "settlement.warn.offer_below_debts": "Khoản đề nghị này cùng các khoản nợ được xóa là {worth}, ít hơn tổng số nợ hôm nay, {debts}. Sau khi chấp nhận, vẫn còn nợ {left}.",
    "settlement.warn.no_cap": "Bộ quy tắc không có giới hạn pháp định về lãi suất cho vay đối với {jurisdiction}: các khoản vay tăng theo lãi suất trong hợp đồng.",
    "settlement.warn.cap_not_in_force": "Khoản vay từ {lender}: không tìm thấy giới hạn pháp định về lãi suất cho ngày vay ({error}). Khoản vay tăng theo lãi suất trong hợp đồng.",
    "settlement.warn.instalments_at_risk": "{at_risk} trong số {promised} được hứa trả góp có thể không bao giờ được trả: khả năng mỗi đợt sau bị lỡ được ước tính là {risk}.",
    "settlement.warn.instalments_counted_as_paid": "Mỗi đợt trả góp được tính như thể sẽ được trả đủ và đúng hạn.",
    "settlement.warn.instalments_after_payment": "Các đợt trả góp {amount} đến hạn sau {on}, ngày tòa sẽ trả tiền. Chúng không được tính vào tình hình tài chính ngày đó.",
    "settlement.warn.long_court_path": "Con đường tòa án mất {months} tháng, hơn {limit}. Các khoản nợ tiếp tục tăng trong khi người yêu cầu chờ đợi.",
    "settlement.warn.cancels_no_loan": "Khoản đề nghị xóa các khoản vay từ {lenders}, nhưng người yêu cầu không vay của họ: phần đó của khoản đề nghị không mang lại gì cho người yêu cầu.",
    "settlement.warn.collateral_not_returned": "Khoản đề nghị xóa khoản vay từ {lender} nhưng không nói rằng {collateral} sẽ được trả lại.",
    "settlement.made_by.respondent": "Công ty môi giới hoặc chủ sử dụng lao động",
    "settlement.made_by.claimants": "Phía người yêu cầu",
    "settlement.made_by.court": "Đề xuất trong hòa giải tại tòa",
    "settlement.assistance.overseas_workers_fund": "Quỹ hỗ trợ người lao động đi làm việc ở nước ngoài (Thái Lan)",
    "settlement.assistance.start_up_grant": "Trợ cấp khởi nghiệp",
    "settlement.assistance.government_grant": "Hỗ trợ của nhà nước",
    "settlement.assistance.ngo_grant": "Trợ cấp của một tổ chức",
    "settlement.assistance.other": "Hỗ trợ khác",
    "settlement.condition.withdraw_criminal_complaint": "Việc truy tố tội mua bán người không chấm dứt vì nạn nhân đã được trả tiền hoặc đã rút đơn: công tố viên vẫn tiếp tục. Điều kiện này không thể là thứ mà số tiền mua được.",
    "settlement.condition.no_testimony": "Việc truy tố vẫn tiếp tục dù nạn nhân thỏa thuận gì với công ty môi giới, và nạn nhân có thể được triệu tập làm nhân chứng: không thể mua một cách hợp pháp lời hứa không làm chứng.",
    "settlement.condition.kind.withdraw_labour_case": "Rút đơn kiện lao động",
    "settlement.condition.kind.withdraw_criminal_complaint": "Rút đơn tố cáo hình sự",
    "settlement.condition.kind.no_testimony": "Không ra làm chứng",
    "settlement.condition.kind.confidentiality": "Giữ bí mật thỏa thuận này",
    "settlement.condition.kind.no_further_claims": "Không đòi thêm gì từ họ nữa",
    "settlement.condition.kind.other": "Điều kiện khác (hỏi luật sư của bạn)",
}
