"""Editors' synonym changes apply to the next search (the parsed list is cached)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.contrib.search_promotions.models import SearchPromotion

from core.cachepurge import purge_on_change

from .models import SynonymGroup
from .synonyms import forget_synonyms

# Search results show synonyms' effect and editors' recommended results (the page cache).
purge_on_change(SynonymGroup)
purge_on_change(SearchPromotion)


@receiver(post_save, sender=SynonymGroup)
@receiver(post_delete, sender=SynonymGroup)
def synonyms_changed(**kwargs):
    forget_synonyms()
