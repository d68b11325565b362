"""What the apps' factories share: pages as an editor leaves them, and where sections hang.

Factories live beside the models they build (``<app>/factories.py``) and follow the layers: an
app's factories import only its own models and the factories of the apps below it. Tests build
the trees they need from them (see tests/conftest.py); nothing here runs outside the tests.
"""

from datetime import timedelta

from django.utils import timezone
from django.utils.text import slugify

from wagtail.coreutils import find_available_slug
from wagtail.models import Page, Site

import factory
import wagtail_factories

# Publication dates count up from the moment of building, one millisecond more per page built, so
# the newest page built is the newest published ("Nyeste først", the feed and the front page's
# latest examples follow the order of a test's own factory calls), also beside content that was
# published for real earlier in the same test run (the demo loader publishes "now"; a fixed date
# in 2024 put every factory page behind it and off the first page of the listing).


def site_root():
    """The default site's root page, where the section pages hang (the front page in tests)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return Page.get_first_root_node()
    return site.root_page.specific


NORWEGIAN_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


def slug_of(text):
    """«Bostøtte i Tromsø» → «bostotte-i-tromso», as the demo content's addresses are written."""
    return slugify(text.translate(NORWEGIAN_LETTERS))


def free_slug(page):
    """The title's slug, with -2, -3 … if a sibling has it (as the admin does)."""
    base = slug_of(page.title)[:60] or "side"
    return find_available_slug(page.parent, base) if page.parent else base


def section(factory_class):
    """A default parent: the site's one page of a section type, built if the test has none."""

    def existing_or_new():
        return factory_class._meta.model.objects.first() or factory_class()

    return factory.LazyFunction(existing_or_new)


def publication_date():
    """``first_published_at`` for something built live: one hour later for each one built."""
    return factory.LazyAttributeSequence(
        lambda obj, n: timezone.now() + timedelta(milliseconds=n) if obj.live else None
    )


class PortalPageFactory(wagtail_factories.PageFactory):
    """A page as an editor leaves it after «Publiser»: live, with a publication date.

    ``live=False`` gives a draft that was never published (no publication date)."""

    slug = factory.LazyAttribute(free_slug)
    live = True
    has_unpublished_changes = factory.LazyAttribute(lambda page: not page.live)
    first_published_at = publication_date()
    last_published_at = factory.SelfAttribute("first_published_at")

    class Meta:
        abstract = True
        skip_postgeneration_save = True


class SectionPageFactory(PortalPageFactory):
    """A section of the site directly under the front page: there is one of each, so a second
    call returns the first (``get_or_create`` on parent and slug)."""

    parent = factory.LazyFunction(site_root)
    show_in_menus = True

    class Meta:
        abstract = True
        django_get_or_create = ("parent", "slug")
