"""Bad input never gives a 500 (issue 13): every POST route of the URL map, logged in as a lawyer (an admin for
the admin and court pages) on real records, gets generated bad values in each of its fields; the answer is below
500 and, where it is a refusal, nothing was written (the audit trail is unchanged). Also junk in URL ids, in
query-string filters and in the compute API's JSON."""

from __future__ import annotations

import html
import json
import re
from decimal import Decimal

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.models import AuditEntry
from tests.factories import wage_claim

BAD = [
    "NaN",
    "nan",
    "inf",
    "-Infinity",
    "1e30",
    "1" + "0" * 30,
    "",
    "x" * 100000,
    "\x00",
    "a\x00b",
    "2024-02-30",
    "16/12/2569",
    "9999-12-31",
    "๑๒",
    str(2**63),
    str(-(2**63) - 1),
    "-1",
    "-0.001",
    "1.123456789",
]
BIG_ID = 2**63

# Routes whose form is not a form of this app's records.
SKIP = {"/login", "/logout", "/language", "/documents/templates/<name>/upload", "/api/v1/compute"}
ADMIN_PREFIXES = ("/admin", "/courts")
FUZZ = settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)


def audit_count(db) -> int:
    db.session.rollback()
    return db.session.scalar(sa.select(sa.func.count(AuditEntry.id)))


@pytest.fixture
def world(db, make):
    """One of everything a form edits, in the default organisation."""
    from claims.models import Consent, CourtClosure, CourtOpenDay, EnforcementStep, Offer, ProtectionOrder
    from claims.models.enums import (
        ConsentMethod,
        ConsentPurpose,
        EnforcementKind,
        OfferParty,
        OfferStatus,
        ProtectionKind,
    )

    court = make.court(code="fz", name_en="Fuzz Court", name_th="ศาลทดสอบ", province="Bangkok")
    case = make.case(reference="FZ-1", court_id=court.id)
    claimant = make.claimant(pseudonym="FZ-C")
    link = make.party(case, claimant)
    respondent = make.respondent(name="Fuzz Co., Ltd.")
    make.defendant(case, respondent)
    hearing = make.hearing(case, court_id=court.id)
    outcome = make.outcome(case, claimant)
    payment = make.payment(outcome)
    lawyer = make.user(role="lawyer")
    entry = make.timeline(lawyer, case=case)
    document = make.identity_document(claimant)
    doc = wage_claim()
    doc["loans"] = [
        {
            "lender": "Lender",
            "principal": "100",
            "taken_on": "2024-01-01",
            "rate": "0.03",
            "rate_per": "month",
        }
    ]
    calculation = make.calculation(case, claimant, doc)
    db.session.flush()
    extra = {}
    for name, record in (
        (
            "step_id",
            EnforcementStep(
                org_id=case.org_id,
                outcome_id=outcome.id,
                kind=list(EnforcementKind)[0],
                occurred_on=outcome.decided_on,
            ),
        ),
        (
            "consent_id",
            Consent(
                org_id=case.org_id,
                claimant_id=claimant.id,
                purpose=list(ConsentPurpose)[0],
                method=list(ConsentMethod)[0],
                given_on=outcome.decided_on,
            ),
        ),
        (
            "order_id",
            ProtectionOrder(
                org_id=case.org_id,
                claimant_id=claimant.id,
                ordering_office="DSDW",
                legal_basis="Anti-Trafficking Act s.33",
                kind=list(ProtectionKind)[0],
                valid_from=outcome.decided_on,
            ),
        ),
        (
            "offer_id",
            Offer(
                org_id=case.org_id,
                case_id=case.id,
                made_on=outcome.decided_on,
                made_by=list(OfferParty)[0],
                status=list(OfferStatus)[0],
                cash=Decimal("1000"),
                chance_of_winning=Decimal("0.5"),
                share_collected=Decimal("0.5"),
                months_to_judgment=6,
                months_to_payment=6,
            ),
        ),
        ("closure_id", CourtClosure(org_id=case.org_id, day=outcome.decided_on, reason="Songkran")),
        (
            "open_day_id",
            CourtOpenDay(org_id=case.org_id, day=outcome.decided_on, reason="Sat", source="Notice"),
        ),
    ):
        try:
            with db.session.begin_nested():
                db.session.add(record)
            extra[name] = record.id
        except Exception as error:  # a model changed: say so rather than fuzz a 404
            raise AssertionError(f"the fuzz world could not make {name}: {error}") from error
    db.session.commit()
    return {
        "case_id": case.id,
        "claimant_id": claimant.id,
        "link_id": link.id,
        "respondent_id": respondent.id,
        "hearing_id": hearing.id,
        "outcome_id": outcome.id,
        "payment_id": payment.id,
        "entry_id": entry.id,
        "document_id": document.id,
        "calculation_id": calculation.id,
        "court_id": court.id,
        "record_id": payment.id,
        "user_id": lawyer.id,
        "index": 0,
        "period": 0,
        "number": 1,
        **extra,
    }


def refused(response) -> bool:
    """A 4xx, or a page shown again with a message next to a field or an error flash (a 302 or a page without
    either may have saved: a POST-only action that succeeded)."""
    if 400 <= response.status_code < 500:
        return True
    page = response.get_data(as_text=True) if response.status_code == 200 else ""
    return 'class="error"' in page or "flash-error" in page


def _post_rules(app):
    rules = [r for r in app.url_map.iter_rules() if "POST" in r.methods and r.rule not in SKIP]
    return sorted(rules, key=lambda r: r.rule)


def _url(rule, ids: dict) -> str:
    path = rule.rule
    for match in re.finditer(r"<any\(([^)]*)\):(\w+)>", rule.rule):
        options = match.group(1).split(",")
        chosen = "loans" if "loans" in options else options[0]
        path = path.replace(match.group(0), chosen)
    path = re.sub(r"<int:(\w+)>", lambda m: str(ids.get(m.group(1), 1)), path)
    path = re.sub(r"<(\w+)>", "x", path)
    return f"{path}?case_id={ids['case_id']}&claimant_id={ids['claimant_id']}"


_INPUT = re.compile(r"<(input|textarea|select)\b([^>]*)>", re.S)
_ATTR = re.compile(r'([\w-]+)="([^"]*)"')


def form_values(page: str) -> dict[str, str]:
    """The names and current values of a page's form fields (selected option, textarea text)."""
    values: dict[str, str] = {}
    for match in _INPUT.finditer(page):
        tag, attrs = match.group(1), dict(_ATTR.findall(match.group(2)))
        name = attrs.get("name")
        if not name or attrs.get("type") in ("submit", "file"):
            continue
        if tag == "textarea":
            rest = page[match.end() :]
            values[name] = html.unescape(rest[: rest.find("</textarea>")])
        elif tag == "select":
            rest = page[match.end() : page.find("</select>", match.end())]
            chosen = re.search(
                r'<option[^>]*selected[^>]*value="([^"]*)"|<option[^>]*value="([^"]*)"[^>]*selected', rest
            )
            first = re.search(r'<option[^>]*value="([^"]*)"', rest)
            values[name] = html.unescape(
                (chosen and (chosen.group(1) or chosen.group(2))) or (first and first.group(1)) or ""
            )
        elif attrs.get("type") == "checkbox":
            if "checked" in match.group(2):
                values[name] = attrs.get("value", "y")
        else:
            values[name] = html.unescape(attrs.get("value", ""))
    values.pop("csrf_token", None)
    return values


def _rule_ids(app):
    return [r.rule + " " + ",".join(sorted(r.methods - {"HEAD", "OPTIONS"})) for r in _post_rules(app)]


def _last(rule) -> bool:
    # Archiving, removing, deactivating and computing change the shared records: they are fuzzed after the forms.
    return any(
        word in rule.rule for word in ("archive", "remove", "deactivate", "restore", "done", "compute")
    )


def test_every_post_route_survives_bad_values_in_every_field(app, db, world, login_as):
    from claims.models import Case

    clients = {"admin": login_as("admin"), "lawyer": login_as("lawyer")}
    # The lawyer of the case: the protection orders of its claimant are theirs to edit.
    db.session.get(Case, world["case_id"]).lawyer_id = clients["lawyer"].user.id
    db.session.commit()
    tried = 0
    for rule in sorted(_post_rules(app), key=lambda r: (_last(r), r.rule)):
        client = clients["admin" if rule.rule.startswith(ADMIN_PREFIXES) else "lawyer"]
        tried += _fuzz_route(db, client, rule, _url(rule, world))
    assert tried > 500  # the URL map still has its forms


def _fuzz_route(db, client, rule, url: str) -> int:
    baseline: dict[str, str] = {"version": "1"}
    if "GET" in rule.methods:
        page = client.get(url)
        assert page.status_code < 500, (url, page.status_code)
        if page.status_code == 200:
            baseline = form_values(page.get_data(as_text=True)) or baseline
    fields = sorted(baseline)
    posted = []

    def post_one(field, value):
        before = audit_count(db)
        response = client.post(url, {**baseline, field: value})
        posted.append(field)
        assert response.status_code < 500, (url, field, value[:40], response.status_code)
        if refused(response):
            assert audit_count(db) == before, (url, field, value[:40], "written though refused")

    # Every field gets two of the bad values (a different two for each field, so that across a form every
    # value is tried), then hypothesis draws more pairs.
    for i, field in enumerate(fields):
        for step in (0, 10):
            post_one(field, BAD[(i + step) % len(BAD)])
    FUZZ(given(field=st.sampled_from(fields), value=st.sampled_from(BAD))(post_one))()
    return len(posted)


def test_ids_past_a_64_bit_integer_are_404_not_500(app, db, world, login_as):
    client = login_as("admin")
    for rule in app.url_map.iter_rules():
        if "<int:" not in rule.rule or rule.rule in SKIP:
            continue
        if not rule.methods & {"GET", "POST"}:
            continue  # the API's PATCH rules share their paths with GET rules, tried there
        url = _url(
            rule,
            {k: BIG_ID for k in world}
            | {
                "case_id": BIG_ID,
                "claimant_id": BIG_ID,
                "deadline_id": BIG_ID,
                "token_id": BIG_ID,
                "job_id": BIG_ID,
            },
        )
        method = "get" if "GET" in rule.methods else "post"
        response = getattr(client, method)(url)
        assert response.status_code == 404, (url, response.status_code)


LIST_PAGES = [
    "/cases/",
    "/claimants/",
    "/hearings/",
    "/calendar/",
    "/deadlines/",
    "/respondents/",
    "/admin/audit",
]
JUNK = ["", "x", "\x00", "9" * 40, str(BIG_ID), "-1", "NaN", "2024-02-30", "16/12/2569", "' OR 1=1 --", "[]"]
FILTERS = [
    "case_kind",
    "court_id",
    "status",
    "kind",
    "window",
    "day",
    "q",
    "page",
    "province",
    "lawyer_id",
    "user_id",
    "action",
    "date_from",
    "date_to",
    "sort",
    "entity_type",
    "record_id",
]


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    derandomize=True,
)
@given(page=st.sampled_from(LIST_PAGES), key=st.sampled_from(FILTERS), value=st.sampled_from(JUNK))
def test_junk_in_query_string_filters_is_ignored_or_named(app, db, world, login_as, page, key, value):
    client = login_as("admin")
    response = client.get(page, query_string={key: value})
    assert response.status_code < 500, (page, key, value[:40])


@pytest.mark.parametrize("value", ["\x00", str(BIG_ID), "9" * 5000])
def test_every_filter_of_every_list_takes_a_nul_or_a_huge_number_below_500(db, world, login_as, value):
    client = login_as("admin")
    for page in LIST_PAGES:
        for key in FILTERS:
            response = client.get(page, query_string={key: value})
            assert response.status_code < 500, (page, key, value[:40])


# ---------------------------------------------------------------- the compute API


def _api(client, body: bytes):
    return client._open(
        "post",
        "/api/v1/compute",
        data=body,
        headers={"X-CSRFToken": client.csrf_token(), "Content-Type": "application/json"},
    )


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(BAD[:8] + ["2569-12-16", "9999-12-31", "0001-01-01"]),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)
CLAIM_KEYS = ["computed_on", "filed_on", "currency", "jurisdiction", "employment", "loans", "projection_date"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.sampled_from(CLAIM_KEYS), value=JSON_VALUES)
def test_the_compute_api_answers_bad_json_values_below_500(db, login_as, key, value):
    client = login_as("lawyer")
    claim = {**wage_claim(), key: value}
    response = _api(client, json.dumps(claim).encode())
    assert response.status_code in (200, 400, 422), (key, response.status_code)
    assert "errors" in response.get_json() or "lines" in response.get_json()


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100000 + b"]" * 100000,
        b'{"a":' * 5000 + b"1" + b"}" * 5000,
        b'{"computed_on": "9999-12-31"}',
        b"\x00",
        b'"' + b"x" * 3_000_000 + b'"',
    ],
    ids=["deep-list", "deep-object", "year-9999", "nul", "huge"],
)
def test_deep_or_huge_json_is_refused_with_a_message(db, login_as, body):
    response = _api(login_as("lawyer"), body)
    assert 400 <= response.status_code < 500
    assert response.get_json()["errors"][0]["problem"]


def test_year_9999_in_the_api_is_refused_as_outside_the_window(db, login_as):
    claim = {**wage_claim(), "computed_on": "9999-12-31"}
    response = _api(login_as("lawyer"), json.dumps(claim).encode())
    assert response.status_code == 422
    assert "Buddhist-Era" in response.get_json()["errors"][0]["problem"]
