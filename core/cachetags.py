"""What a cached response depends on, and purging by what changed (cache tags).

Every response the page cache stores carries a set of tags, strings naming what it shows. A change
purges tags, and every stored response carrying one of them is gone for the next request. The
purge costs one counter per tag whatever the number of pages: each tag has a version in the
shared cache, a response is stored with the versions it saw, and a lookup whose versions differ
is a miss (core/pagecache.py).

The tags (README, «Mellomlager for sider» says how a new page type declares its own):

``page:<id>``         the page, and every page that shows it (cards, similar examples, tools)
``tree:<path>``       the page at ``path`` and all below it (breadcrumbs show ancestors' titles)
``children:<path>``   listings of the children of the page at ``path`` (an index, a process's
                      phases, the menu, which lists the front page's children)
``type:<app.model>``  pages that list the newest pages of a type wherever they are (the front page)
``model:<app.model>`` pages that show a snippet or setting type (terms, themes, contact details)
``content``           everything that summarises all content: search, sitemap, API, feeds
``all``               every stored response (page view restrictions, `purge_page_cache`)

Purges happen at once and again when the transaction commits, so no request can keep a page read
before the change under a version from after it.
"""

import secrets

from django.core.cache import cache
from django.db import transaction

from core import frontendcache

VERSION_PREFIX = "pagecache:tag:"
EPOCH_KEY = "pagecache:epoch"
CONTENT = "content"
ALL = "all"


def page_tag(pk):
    return f"page:{pk}"


def tree_tag(path):
    return f"tree:{path}"


def children_tag(path):
    return f"children:{path}"


def type_tag(model):
    return f"type:{model._meta.label_lower}"


def model_tag(model):
    return f"model:{model._meta.label_lower}"


def related_tag(kind, pk):
    """Pages that list what points at another object (a phase's examples: ``related:phase:3``)."""
    return f"related:{kind}:{pk}"


# Recording, while a response is made ------------------------------------------------------------


def depends_on(request, *tags):
    """Record that the response to ``request`` shows what ``tags`` name."""
    recorded = getattr(request, "_cache_tags", None)
    if recorded is not None:
        recorded.update(tags)


def shows_pages(request, pages):
    """The response lists ``pages`` (cards, links): a change to any of them purges it."""
    depends_on(request, *(page_tag(page.pk) for page in pages))


def on_cache_hit(request, dotted_path, *args):
    """Call ``dotted_path(*args)`` also when the response is served from the cache (the search
    log counts every search, cached or not). Arguments must be picklable."""
    request._cache_on_hit = (dotted_path, args)


def page_dependencies(page):
    """What every page shows: itself, its ancestors' titles (breadcrumbs) and its own children."""
    path = page.path
    step = page.steplen
    tags = {page_tag(page.pk), children_tag(path), ALL}
    tags.update(tree_tag(path[:end]) for end in range(step, len(path) + 1, step))
    return tags


# Versions ---------------------------------------------------------------------------------------


def versions(tags, create=False):
    """The current version of each tag. A tag never seen gets a random start when ``create``;
    otherwise it is missing, which no stored version matches (so an evicted counter is a miss,
    never a stale hit)."""
    keys = {tag: VERSION_PREFIX + tag for tag in tags}
    found = cache.get_many(keys.values())
    current = {tag: found[key] for tag, key in keys.items() if key in found}
    if create:
        for tag in set(keys) - set(current):
            cache.add(keys[tag], secrets.randbits(48), None)
            current[tag] = cache.get(keys[tag])
    return current


def epoch():
    return cache.get(EPOCH_KEY)


# Purging ----------------------------------------------------------------------------------------


def purge(*tags):
    """Purge ``tags`` now and again when the current transaction commits: now, so this process
    sees its own change at once; at the commit, because a request elsewhere may have stored a
    page read before the commit under the versions purged now."""
    tags = set(tags)
    if tags:
        purge_now(tags)
        if transaction.get_connection().in_atomic_block:
            transaction.on_commit(lambda: purge_now(tags))


def purge_now(tags):
    for tag in [*tags, None]:
        key = EPOCH_KEY if tag is None else VERSION_PREFIX + tag
        try:
            cache.incr(key)
        except ValueError:  # never stored: nothing carries it
            if tag is None:
                cache.set(EPOCH_KEY, secrets.randbits(48), None)
    frontendcache.purge(tags)
