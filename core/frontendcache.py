"""A CDN or Varnish in front of the portal, purged by the same tags as the page cache.

Configured by the environment (README, «Mellomlager for sider»): ``FRONTEND_CACHE_VARNISH_URL``
or the Cloudflare variables fill Wagtail's ``WAGTAILFRONTENDCACHE``, and Wagtail's
``frontend_cache`` sends the purge requests. A proxy keys its cache by URL, not by tag, so the URLs
stored under each tag are remembered here (a Redis set per tag) and purged with the tag. Without a
frontend cache configured nothing is remembered.
"""

from django.conf import settings
from django.core.cache import cache

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

URLS_PREFIX = "pagecache:urls:"


def enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _redis(key):
    """The Redis client and full key for ``key`` when the cache is Django's Redis backend."""
    client = getattr(cache, "_cache", None)
    if client is None or not hasattr(client, "get_client"):
        return None, None
    full = cache.make_and_validate_key(key)
    return client.get_client(full, write=True), full


def remember(url, tags, timeout):
    if not enabled():
        return
    for tag in tags:
        redis, key = _redis(URLS_PREFIX + tag)
        if redis is not None:
            redis.sadd(key, url)
            redis.expire(key, timeout)
        else:  # the per-process cache of development: good enough for one process
            urls = cache.get(URLS_PREFIX + tag, set())
            urls.add(url)
            cache.set(URLS_PREFIX + tag, urls, timeout)


def purge(tags):
    if not enabled():
        return
    urls = set()
    for tag in tags:
        redis, key = _redis(URLS_PREFIX + tag)
        if redis is not None:
            urls.update(member.decode() for member in redis.smembers(key))
            redis.delete(key)
        else:
            urls.update(cache.get(URLS_PREFIX + tag, set()))
            cache.delete(URLS_PREFIX + tag)
    if urls:
        purge_urls_from_cache(sorted(urls))
