"""What every journey does on every page it reaches, and the keyboard that fills its forms.

``Journey.seen(label)`` is called on each page a journey visits: it runs axe-core (no serious or critical
violation), checks that nothing is wider than a phone's screen, that no code or rule key shows where words belong
and, on a Thai page, that no English sentence of the catalogue was left untranslated; it saves a screenshot. The
problems of every page are gathered and reported together when the journey ends (``done()``), so one run shows
them all.

``fill_by_keyboard`` fills a form with the Tab key, typing, the arrow keys and Space, and sends it with Enter:
a field the keyboard cannot reach fails the journey.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

from tests.browser import axe

CATALOGUE = Path(__file__).parents[2] / "claims/translations/th/LC_MESSAGES/messages.po"
# A closed value or a rule key printed as it is stored: recruitment_costs, th.overtime.workday.
SNAKE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
RULE_KEY = re.compile(r"\b(?:th|ph|intl)\.[a-z_]+\.[a-z_.]+\b")
# A file's name is shown as it is saved (LC-01_labour_complaint_BP-02_th_2026-12-01.docx): not a code.
FILE_NAME = re.compile(r"\S+\.(?:docx|pdf|zip|xlsx|csv|png|jpe?g|ics|txt)\b", re.I)
# Read in the page: what a person sees (text and the names a screen reader speaks), not the markup.
VISIBLE_TEXT = """() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        const text = node.textContent.trim();
        if (!text || !el || el.closest('script, style, template, [hidden], input[type=hidden]')) continue;
        // Text marked as another language (the language switch's "English") is meant to be in it.
        if (el.closest('[lang]') !== document.documentElement) continue;
        if (el.checkVisibility && !el.checkVisibility() && !el.closest('.visually-hidden, option')) continue;
        out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
        for (const a of ['aria-label', 'title', 'placeholder']) {
            const v = (el.getAttribute(a) || '').trim();
            if (v) out.push(v);
        }
    }
    return out;
}"""


@cache
def english_sentences() -> tuple[re.Pattern, ...]:
    """Every English message of the catalogue that has its own Thai, as a pattern for a whole piece of text."""
    with CATALOGUE.open("rb") as po:
        catalogue = read_po(po, locale="th")
    patterns = []
    for message in catalogue:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strs = message.string if isinstance(message.string, tuple) else (message.string,)
        for msgid, msgstr in zip(ids, strs, strict=False):
            # Short words ("No.", "PDF") and messages the same in both languages are not evidence of anything.
            if not msgid or not msgstr or msgstr == msgid or len(re.sub(r"%\(\w+\)[sd]", "", msgid)) < 6:
                continue
            if not re.search(r"[A-Za-z]{3}", msgid):
                continue
            parts = re.split(r"%\(\w+\)[sd]|%[sd]", msgid)
            words = " ".join(parts).split()
            if len(parts) > 1 and (len(words) < 2 or len("".join(words)) < 12):
                continue  # "%(name)s agency" would match any name that ends so, a lender typed in English
            patterns.append(re.compile(".+?".join(re.escape(p) for p in parts), re.S))
    return tuple(patterns)


def untranslated(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        text = " ".join(text.split())
        for pattern in english_sentences():
            if pattern.fullmatch(text):
                found.append(text)
                break
    return found


class Journey:
    def __init__(self, page, name: str, width: int, shots: Path):
        self.page = page
        self.name = name
        self.width = width
        self.shots = shots
        self.problems: list[str] = []
        self.count = 0

    def seen(self, label: str) -> None:
        page = self.page
        page.wait_for_load_state()
        self.count += 1
        lang = page.locator("html").get_attribute("lang")
        where = f"{self.count:02d} {label} ({page.url}, {self.width} px, {lang})"
        found = axe.serious(axe.scan(page))
        if found:
            self.problems.append(f"{where}: axe\n{axe.report(found)}")
        wide = page.evaluate("document.documentElement.scrollWidth")
        if wide > self.width:
            self.problems.append(f"{where}: the page is {wide} px wide")
        texts = page.evaluate(VISIBLE_TEXT)
        words = [FILE_NAME.sub("", t) for t in texts]
        codes = sorted({m for t in words for m in SNAKE.findall(t) + RULE_KEY.findall(t)})
        if codes:
            self.problems.append(f"{where}: codes instead of words: {codes}")
        if lang == "th":
            english = untranslated(texts)
            if english:
                self.problems.append(f"{where}: English on a Thai page: {english[:10]}")
        height = page.evaluate("document.documentElement.scrollHeight")
        path = self.shots / f"{self.name}-{self.width}-{lang}-{self.count:02d}-{label}.png"
        # A whole page up to about five screens; past that the first screen (what a user sees on arriving).
        page.screenshot(path=path, full_page=height <= 5 * (page.viewport_size or {"height": 900})["height"])

    def done(self) -> None:
        assert not self.problems, "\n\n".join(self.problems)


# ---------------------------------------------------------------------------------------- the keyboard

FOCUSED = """() => {
    const e = document.activeElement;
    if (!e || e === document.body) return null;
    return {tag: e.tagName.toLowerCase(), type: (e.type || '').toLowerCase(), name: e.name || '',
            id: e.id || '', value: e.value, checked: !!e.checked};
}"""


def to_main(page) -> None:
    """Into the content: the skip link is the first stop of a page, then Enter and Tab. After a link to a place in
    the page (or a form sent from one, which keeps it) the browser starts from that place instead."""
    page.keyboard.press("Tab")
    if page.evaluate("document.activeElement.className") == "skip-link":
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
    inside = page.evaluate("!!document.activeElement.closest('main')")
    assert inside, "the keyboard did not reach the content from the top of the page"


def _date_keys(value: str, kind: str) -> list[str]:
    """What a person types into Chromium's date fields in an en-US browser: month, day, year; hour, minute, AM/PM."""
    if kind == "datetime-local":
        moment = datetime.fromisoformat(value)
        hour = moment.hour % 12 or 12
        return [
            moment.strftime("%m%d%Y"),
            "Tab",
            f"{hour:02d}{moment.minute:02d}",
            "AM" if moment.hour < 12 else "PM",
        ]
    return [date.fromisoformat(value).strftime("%m%d%Y")]


def _set(page, field: dict, value) -> None:
    keyboard = page.keyboard
    kind = field["type"]
    if kind in ("date", "datetime-local"):
        for keys in _date_keys(value, kind):
            keyboard.press(keys) if keys == "Tab" else keyboard.type(keys)
        expected = value if kind == "date" else datetime.fromisoformat(value).strftime("%Y-%m-%dT%H:%M")
    elif field["tag"] == "select":
        # A closed list answers the arrow keys: from the first choice down to the one wanted.
        keyboard.press("Home")
        for _ in range(page.evaluate("document.activeElement.options.length")):
            if page.evaluate("document.activeElement.value") == value:
                break
            keyboard.press("ArrowDown")
        expected = value
    elif kind == "file":
        # The operating system's file chooser is outside the page: the file is handed to the focused field.
        page.locator(":focus").set_input_files(value)
        assert page.evaluate("document.activeElement.files.length") == 1
        return
    elif kind == "checkbox":
        if field["checked"] != bool(value):
            keyboard.press("Space")
        assert page.evaluate("document.activeElement.checked") == bool(value), field
        return
    elif kind == "radio":
        for _ in range(20):
            if page.evaluate("document.activeElement.value") == value:
                break
            keyboard.press("ArrowDown")
        keyboard.press("Space")
        expected = value
    else:
        keyboard.press("ControlOrMeta+a")
        keyboard.press("Delete")
        keyboard.type(str(value))
        expected = str(value)
    got = page.evaluate("document.activeElement.value")
    assert got == expected, f"{field['name']}: the keyboard gave {got!r}, not {expected!r}"


def fill_by_keyboard(page, values: dict, submit: str = "main form button.primary", *, navigates: bool = True):
    """Tab from the top of the content through the form, set each named field on the way, then press Enter on the
    submit button. ``values`` maps a field's name to what to choose: an option's value, a date as ISO, a bool."""
    to_main(page)
    todo = dict(values)
    for _ in range(300):
        field = page.evaluate(FOCUSED)
        if field is not None and field["name"] in todo:
            _set(page, field, todo.pop(field["name"]))
        elif not todo and page.evaluate("(s) => document.activeElement.matches(s)", submit):
            if navigates:
                with page.expect_navigation():
                    page.keyboard.press("Enter")
            else:
                page.keyboard.press("Enter")
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"not reached with the Tab key: {sorted(todo) or submit}")


def login_by_keyboard(page, email: str, password: str = "demo-password") -> None:
    page.goto(page.base + "/login")
    fill_by_keyboard(page, {"email": email, "password": password})
    assert page.url.split("#")[0] == page.base + "/", f"not logged in: {page.url}"
