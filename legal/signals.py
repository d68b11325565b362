"""A provision's new name or title reaches the search index of the pages that cite it (phases
and processes are found by the provisions they cite: phases.pages.CitesLaw)."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Page, ReferenceIndex
from wagtail.search import index


def provision_changed(sender, instance, created=False, raw=False, **kwargs):
    if created or raw:  # a new provision is cited by nothing yet
        return
    transaction.on_commit(lambda: index_citing_pages(instance))


def index_citing_pages(provision):
    page_ids = (
        ReferenceIndex.get_references_to(provision)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    for page in Page.objects.filter(pk__in=list(page_ids), live=True).specific():
        index.insert_or_update_object(page)
