"""Pages and static files travel gzip-compressed to a browser that asks, except where a page echoes the request
(BREACH: claims/web/compression.py says why)."""

from __future__ import annotations

import gzip
import re

import pytest

GZIP = {"Accept-Encoding": "gzip, deflate, br"}


def _case_page(make, db, login_as):
    client = login_as("lawyer")
    case = make.case(lawyer_id=client.user.id)
    for position in range(1, 9):
        make.party(case, make.claimant(), position=position)
    db.session.commit()
    return client, f"/cases/{case.id}"


def test_the_dashboard_and_a_case_page_are_compressed_and_read_the_same(make, db, login_as):
    client, case_page = _case_page(make, db, login_as)
    for url in ("/", case_page):
        plain = client.get(url)
        packed = client.get(url, headers=GZIP)
        assert (plain.status_code, packed.status_code) == (200, 200)
        assert "Content-Encoding" not in plain.headers  # a client that does not ask gets the page as it is
        assert packed.headers["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in packed.headers["Vary"]
        html = gzip.decompress(packed.get_data()).decode()
        # the same page but for the CSRF token, which is signed anew each time
        strip = re.compile(r'value="[^"]{40,}"')
        assert strip.sub("", html) == strip.sub("", plain.get_data(as_text=True))
        assert int(packed.headers["Content-Length"]) == len(packed.get_data())
        assert len(packed.get_data()) < len(plain.get_data()) / 2, url


@pytest.mark.parametrize(
    "url",
    [
        "/claimants/?q=Somchai",  # a search echoes its words
        "/calendar/?view=month",  # a filter or view is chosen by the request
        "/no-such-page",  # an error page
    ],
)
def test_a_page_that_echoes_the_request_is_not_compressed(login_as, url):
    response = login_as("lawyer").get(url, headers=GZIP)
    assert response.status_code in (200, 404)
    assert "Content-Encoding" not in response.headers
    assert "<html" in response.get_data(as_text=True)


def test_the_login_page_is_compressed_but_not_when_it_carries_the_page_to_return_to(client):
    assert client.get("/login", headers=GZIP).headers["Content-Encoding"] == "gzip"
    after = client.get("/login?next=/claimants/%3Fq%3DSomchai", headers=GZIP)
    assert after.status_code == 200 and "Content-Encoding" not in after.headers


def test_a_refused_form_sent_back_with_what_was_typed_is_not_compressed(login_as):
    response = login_as("lawyer").post(
        "/claimants/new", data={"pseudonym": "", "legal_name": "Somchai Guess"}, headers=GZIP
    )
    assert response.status_code == 200 and "Somchai Guess" in response.get_data(as_text=True)
    assert "Content-Encoding" not in response.headers


def test_the_stylesheet_and_script_are_compressed_and_keep_a_year_s_cache(app, login_as):
    client = login_as("lawyer")
    page = client.get("/").get_data(as_text=True)
    for address in re.findall(r'(?:href|src)="(/static/[^"]+\?v=[^"]+)"', page):
        name = address.split("?")[0].rsplit("/", 1)[1]
        on_disk = (app.static_folder + "/" + name, name)
        packed = client.get(address, headers=GZIP)
        packed.close()  # a static file is streamed from disk
        assert packed.status_code == 200
        assert packed.headers["Content-Encoding"] == "gzip"
        assert packed.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        with open(on_disk[0], "rb") as source:
            assert gzip.decompress(packed.get_data()) == source.read()
        # The same content in another encoding: a weak validator, which still answers "not modified".
        etag = packed.headers["ETag"]
        assert etag.startswith('W/"')
        again = client.get(address, headers={**GZIP, "If-None-Match": etag})
        again.close()
        assert again.status_code == 304


def test_a_range_of_a_static_file_is_sent_as_asked(login_as):
    response = login_as("lawyer").get("/static/app.css", headers={**GZIP, "Range": "bytes=0-99"})
    response.close()
    assert response.status_code == 206 and len(response.get_data()) == 100
    assert "Content-Encoding" not in response.headers
