"""Editors' synonym changes apply to the next search (the parsed list is cached)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import SynonymGroup
from .synonyms import forget_synonyms


@receiver(post_save, sender=SynonymGroup)
@receiver(post_delete, sender=SynonymGroup)
def synonyms_changed(**kwargs):
    forget_synonyms()
