"""Rate limits that hold across worker processes and restarts.

The counters live in the cache, which is Redis when REDIS_URL is set; production refuses to
start without it (portal/settings/production.py), so every worker counts the same attempts and a
restart forgets nothing. Redis's INCR is atomic, so two workers never both see "first attempt".

Whose attempt it is: the client's address as the site's own reverse proxies saw it. With
``TRUSTED_PROXY_COUNT = N`` (how many proxies of ours stand in front, each appending the address
it saw to ``X-Forwarded-For``), the client is the N-th address from the right: the entries left
of it were written by the client and can say anything. With 0 (no proxy), the socket address
is the client and ``X-Forwarded-For`` is ignored.
"""

import ipaddress

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The visitor's IP address, never taken from a header the visitor could have written."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies <= 0:
        return remote
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [a for a in forwarded if a]
    if len(forwarded) < proxies:
        return remote  # not through all of our proxies: the socket is all we know
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


def over_limit(request, scope, rate, who=None):
    """Count this attempt in ``scope``; True once ``rate`` is passed.

    ``rate`` is ``(count, seconds)``, as the ``*_RATE_LIMIT`` settings give it. The window starts
    with the first attempt and lasts ``seconds``. Attempts are counted per client address, or per
    ``who`` when given (the mandate wizard counts saves per draft, whoever makes them).
    """
    limit, window = rate
    who = client_address(request) if who is None else who
    key = f"ratelimit:{scope}:{who}"
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        count = 1
    return count > limit
