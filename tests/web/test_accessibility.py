"""What a keyboard or a screen reader needs from every page: a way past the header, a menu it can open on a phone,
and form fields that carry their hint and their errors."""

from __future__ import annotations

import re

from tests.web.test_claimants import VALID


def test_every_page_starts_with_a_link_past_the_header_to_the_content(db, login_as):
    page = login_as("paralegal").get("/claimants/").get_data(as_text=True)
    body = page.split("<body>", 1)[1]
    assert re.match(r'\s*<a class="skip-link" href="#main">Skip to the content</a>', body)
    assert '<main id="main" tabindex="-1">' in page


def test_the_folded_phone_menu_is_a_control_a_screen_reader_can_reach(db, login_as):
    page = login_as("paralegal").get("/").get_data(as_text=True)
    toggle = re.search(r'<input type="checkbox" id="menu-toggle"[^>]*>', page).group(0)
    assert "aria-hidden" not in toggle and "hidden" not in toggle.replace("menu-toggle", "")
    label = re.search(r'<label for="menu-toggle" class="menu-button">(.*?)</label>', page).group(1)
    assert '<span class="visually-hidden">Menu</span>' in label


def test_a_refused_field_is_marked_invalid_and_points_at_its_message(db, login_as):
    page = login_as("lawyer").post("/claimants/new", data={**VALID, "pseudonym": ""}).get_data(as_text=True)
    field = re.search(r'<input[^>]*id="pseudonym"[^>]*>', page).group(0)
    assert 'aria-invalid="true"' in field and 'aria-describedby="pseudonym-hint pseudonym-err"' in field
    assert '<p class="error" id="pseudonym-err">This field is required.</p>' in page
    assert page.count('aria-invalid="true"') == 1


def test_a_hint_is_read_with_its_field_and_so_is_each_of_several_errors(db, login_as):
    client = login_as("lawyer")
    page = client.get("/account/password").get_data(as_text=True)
    field = re.search(r'<input[^>]*id="password"[^>]*>', page).group(0)
    assert 'aria-describedby="password-hint"' in field
    assert re.search(r'<small class="hint" id="password-hint">[^<]+</small>', page)

    page = client.post(
        "/account/password", data={"current": "wrong", "password": "short", "confirm": "other"}
    ).get_data(as_text=True)
    field = re.search(r'<input[^>]*id="password"[^>]*>', page).group(0)
    described = re.search(r'aria-describedby="([^"]+)"', field).group(1).split()
    assert described[0] == "password-hint" and described[1] == "password-err"
    ids = re.findall(r'<p class="error" id="(password-err[^"]*)">', page)
    assert ids == described[1:]  # one id each, every one named by the field


def test_a_chart_whose_bars_are_links_is_a_group_a_screen_reader_enters():
    # An image's content is hidden from assistive technology (axe: nested-interactive): its links would be lost.
    from decimal import Decimal

    from claims.web.reports.charts import Bar, Row, bar_chart

    svg = bar_chart(
        "c", "Title", "Description", [Row("LC-01", [Bar("Claimed", Decimal(5), "5", "/x")])], ["Claimed"]
    )
    assert 'role="group"' in svg and 'role="img"' not in svg
    assert 'aria-labelledby="c-t c-d"' in svg and '<a href="/x">' in svg


def test_no_table_has_a_column_without_a_name():
    # A header cell without text is read as nothing (axe: empty-table-header); an action column says so to a
    # screen reader, and a footer's empty cell is a plain cell.
    from pathlib import Path

    templates = Path(__file__).parents[2] / "templates"
    empty = [str(p.relative_to(templates)) for p in templates.rglob("*.html") if "<th></th>" in p.read_text()]
    assert not empty


def test_the_action_column_is_named_in_the_user_s_language(db, login_as):
    page = login_as("admin", locale="th").get("/admin/users").get_data(as_text=True)
    assert '<th><span class="visually-hidden">การดำเนินการ</span></th>' in page
