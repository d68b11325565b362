"""Reference data for examples: target groups and themes, managed as snippets. Municipalities and
counties are the register in places/."""

from django.db import models

from taggit.models import TagBase
from wagtail.admin.panels import FieldPanel


class TargetGroup(models.Model):
    name = models.CharField("Navn", max_length=100, unique=True)
    slug = models.SlugField("Adresse", max_length=100, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        verbose_name = "Målgruppe"
        verbose_name_plural = "Målgrupper"
        ordering = ["name"]

    def __str__(self):
        return self.name


class ExampleTheme(TagBase):
    """A theme from the curated set: editors choose themes, moderators maintain the set."""

    free_tagging = False

    class Meta:
        verbose_name = "Tema"
        verbose_name_plural = "Temaer"
        ordering = ["name"]
