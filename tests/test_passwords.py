"""The password policy (claims.security.passwords): no database, no request."""

import pytest

from claims.security.passwords import common_passwords, password_problem

COMMON = "This password is one of the most common ones and is guessed first. Choose another."
PERSONAL = "A password must not contain the name or the e-mail address of its user."
EMAIL, NAME = "s.jaidee@example.org", "Somchai Jaidee"


def test_the_shipped_list_holds_the_ten_thousand_most_common_passwords():
    passwords = common_passwords()
    assert len(passwords) == 10_000
    assert {"123456", "password", "qwerty", "iloveyou", "password1234"} <= passwords


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("", "Use at least 12 characters."),
        ("aaaaaaaaaa", "Use at least 12 characters."),
        ("password12", "Use at least 12 characters."),
        ("x" * 201, "Use at most 200 characters."),
        ("aaaaaaaaaaaa", COMMON),  # too few different characters
        ("abababababab", COMMON),
        ("password1234", COMMON),
        ("Password1234", COMMON),  # the list is compared without case
        ("qwertyuiop123!", COMMON),  # a common password with digits and signs at its ends
        ("2024!!iloveyou", COMMON),
        ("1q2w3e4r5t6y", COMMON),
        ("Somchai river 1985", PERSONAL),
        ("my jaidee passphrase", PERSONAL),  # the e-mail address's local part
        ("somchaijaidee!!", PERSONAL),  # the name without its space
    ],
)
def test_weak_passwords_are_refused_with_the_reason(app, password, message):
    with app.test_request_context():
        assert password_problem(password, email=EMAIL, name=NAME) == message


def test_a_thai_name_is_refused_as_written(app):
    with app.test_request_context():
        assert password_problem("สมชาย รักแม่น้ำเจ้าพระยา", email="x@example.org", name="สมชาย ใจดี") == PERSONAL


@pytest.mark.parametrize(
    "password",
    [
        "correct horse battery staple",
        "berry pickers 2012",
        "ตลาดน้ำ ฝนตก 2567",
        ("the quiet river bank " * 10)[:200],
    ],
)
def test_long_uncommon_impersonal_passwords_are_accepted(app, password):
    with app.test_request_context():
        assert password_problem(password, email=EMAIL, name=NAME) is None


def test_short_name_parts_do_not_refuse_unrelated_words(app):
    with app.test_request_context():
        assert password_problem("announcement of rain", email="an@example.org", name="Ann Li") is None


def test_the_reasons_are_given_in_thai(app):
    with app.test_request_context(headers={"Accept-Language": "th"}):
        assert password_problem("short") == "ใช้อย่างน้อย 12 ตัวอักษร"
        assert password_problem("password1234") == (
            "รหัสผ่านนี้เป็นหนึ่งในรหัสผ่านที่ใช้กันมากที่สุด และจะถูกเดาเป็นอันดับแรก โปรดเลือกรหัสผ่านอื่น"
        )
