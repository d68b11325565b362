"""Rate limits count in the shared cache (Redis, as in production) and per client address as the
site's own proxies saw it, never as a client's header claims (core/ratelimit.py)."""

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache

import pytest

from core.ratelimit import client_address, over_limit

pytestmark = pytest.mark.django_db

PROPOSAL_URL = "/eksempler/foreslaa/"


def request_from(rf, remote="192.0.2.10", forwarded=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return rf.get("/", REMOTE_ADDR=remote, **headers)


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "192.0.2.10"),  # no proxy: a client's header is ignored
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # the forged entry is left of ours
        (2, "6.6.6.6, 198.51.100.7, 10.0.0.2", "198.51.100.7"),
        (2, "198.51.100.7", "192.0.2.10"),  # did not pass both proxies
        (1, "ikke-en-adresse", "192.0.2.10"),
        (1, "", "192.0.2.10"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_the_client_address_comes_from_our_own_proxies_only(
    rf, settings, proxies, forwarded, expected
):
    settings.TRUSTED_PROXY_COUNT = proxies
    assert client_address(request_from(rf, forwarded=forwarded)) == expected


def test_counts_are_shared_by_every_worker_and_survive_a_restart(rf, settings, shared_cache):
    rate = (3, 60)
    request = request_from(rf)
    assert not over_limit(request, "test", rate)
    # A second worker process has its own connection to the same Redis.
    other_worker = RedisCache(settings.CACHES["default"]["LOCATION"], {"KEY_PREFIX": "test"})
    assert other_worker.get("ratelimit:test:192.0.2.10") == 1
    assert not over_limit(request, "test", rate)
    caches.close_all()  # a restart: every connection is new, the counts stay in Redis
    assert not over_limit(request, "test", rate)
    assert over_limit(request, "test", rate)
    assert not over_limit(request_from(rf, remote="192.0.2.11"), "test", rate)


def test_the_window_ends(rf, shared_cache):
    request = request_from(rf)
    assert not over_limit(request, "kort", (1, 1))
    assert over_limit(request, "kort", (1, 1))
    shared_cache.delete("ratelimit:kort:192.0.2.10")  # what Redis does when the window expires
    assert not over_limit(request, "kort", (1, 1))


@pytest.fixture
def proposal(example):
    return {
        "title": "Et forslag",
        "municipality": example.municipality.number,
        "contact_name": "Kari",
        "contact_email": "kari@kommune.no",
        "summary": "Kort.",
        "measures": "Vi gjorde noe.",
    }


def test_a_forged_header_does_not_escape_the_proposal_limit(
    client, settings, shared_cache, proposal
):
    settings.EXAMPLE_PROPOSAL_RATE_LIMIT = (2, 3600)
    settings.TRUSTED_PROXY_COUNT = 0
    for n in range(2):
        response = client.post(PROPOSAL_URL, proposal, HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
        assert response.status_code == 303
    response = client.post(PROPOSAL_URL, proposal, HTTP_X_FORWARDED_FOR="203.0.113.99")
    assert response.status_code == 429


def test_behind_the_proxy_one_visitor_cannot_block_another(
    client, settings, shared_cache, proposal
):
    settings.EXAMPLE_PROPOSAL_RATE_LIMIT = (1, 3600)
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    first = client.post(PROPOSAL_URL, proposal, HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    assert first.status_code == 303
    blocked = client.post(PROPOSAL_URL, proposal, HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    assert blocked.status_code == 429
    other = client.post(PROPOSAL_URL, proposal, HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy)
    assert other.status_code == 303
