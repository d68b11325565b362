"""A per-IP counter in the cache: how many times an address did something within a window."""

from django.core.cache import cache


def over_limit(request, scope, rate):
    """Count this attempt of the client's IP address in ``scope``; True once ``rate`` is passed.

    ``rate`` is ``(count, seconds)``, as the ``*_RATE_LIMIT`` settings give it.
    """
    limit, window = rate
    key = f"ratelimit:{scope}:{request.META.get('REMOTE_ADDR', '')}"
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        count = 1
    return count > limit
