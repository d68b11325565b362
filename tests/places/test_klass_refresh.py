"""refresh_municipalities against KLASS answers served from this machine (the stored answers in
this folder, and one built in their shape), never the internet."""

import json
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from pathlib import Path
from urllib.parse import urlparse

from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

from places.regions import Municipality

pytestmark = pytest.mark.django_db
HERE = Path(__file__).parent


@pytest.fixture
def klass():
    """A local KLASS: ``answers[classification]`` is what codesAt answers; requests are kept."""
    answers, requests = {}, []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            requests.append(self.path)
            classification = urlparse(self.path).path.split("/")[-2]
            body = json.dumps(answers[classification]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield answers, requests, f"http://127.0.0.1:{server.server_port}/api/klass/v1"
    server.shutdown()


def stored(name):
    return json.loads((HERE / name).read_text(encoding="utf-8"))


def refresh(base, *extra):
    out = StringIO()
    call_command(
        "refresh_municipalities", "--date", "2024-01-01", "--base-url", base, *extra, stdout=out
    )
    return out.getvalue()


def test_a_partial_answer_changes_names_but_ends_nothing(klass):
    answers, requests, base = klass
    answers["131"] = stored("klass_sample_response.json")
    answers["104"] = stored("klass_sample_response_104.json")
    output = refresh(base)
    assert any("codesAt.json?date=2024-01-01" in r for r in requests)
    assert "ser ufullstendig ut" in output
    assert Municipality.objects.current().count() == 357
    # KLASS's Sami forms and county qualifiers do not replace the register's Norwegian names
    assert "Nytt navn" not in output
    names = dict(
        Municipality.objects.filter(number__in=["1818", "5612", "5001"]).values_list(
            "number", "name"
        )
    )
    assert names == {"1818": "Herøy", "5612": "Kautokeino", "5001": "Trondheim"}


def test_a_full_answer_adds_new_numbers_and_ends_the_missing_one(klass):
    answers, _, base = klass
    codes = [
        {
            "code": m.number,
            "parentCode": None,
            "level": "1",
            "name": m.name,
            "shortName": "",
            "presentationName": "",
            "validFrom": None,
            "validTo": None,
            "notes": "",
        }
        for m in Municipality.objects.current().exclude(number="1580")
    ]
    codes.append({**codes[0], "code": "1599", "name": "Nykommune"})
    codes.append({**codes[0], "code": "9999", "name": "Uoppgitt"})
    answers["131"] = {"codes": codes}
    answers["104"] = stored("klass_sample_response_104.json")

    assert "ville blitt endret" in refresh(base, "--dry-run")
    assert Municipality.objects.current().count() == 357

    output = refresh(base)
    assert "Nye: kommune 1599 Nykommune" in output
    assert "Avsluttet: kommune 1580 Haram" in output
    haram = Municipality.objects.get(number="1580")
    assert haram.valid_to == date(2024, 1, 1)
    new = Municipality.objects.get(number="1599")
    assert new.is_current and new.county.name == "Møre og Romsdal" and new.label == "Nykommune"
    assert not Municipality.objects.filter(number="9999").exists()
    assert "stemmer med KLASS" in refresh(base)  # a second run changes nothing


def test_offline_gives_a_clear_message(klass):
    with pytest.raises(CommandError, match="Fikk ikke hentet kodelistene fra KLASS"):
        refresh("http://127.0.0.1:9/api/klass/v1")
