"""Reference data for examples: municipalities, target groups and themes, managed as snippets."""

from django.core.validators import RegexValidator
from django.db import models

from taggit.models import TagBase
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class County(models.TextChoices):
    """Norway's counties (fylker) from 1 January 2024."""

    AGDER = "agder", "Agder"
    AKERSHUS = "akershus", "Akershus"
    BUSKERUD = "buskerud", "Buskerud"
    FINNMARK = "finnmark", "Finnmark"
    INNLANDET = "innlandet", "Innlandet"
    MORE_OG_ROMSDAL = "more-og-romsdal", "Møre og Romsdal"
    NORDLAND = "nordland", "Nordland"
    OSLO = "oslo", "Oslo"
    ROGALAND = "rogaland", "Rogaland"
    TELEMARK = "telemark", "Telemark"
    TROMS = "troms", "Troms"
    TRONDELAG = "trondelag", "Trøndelag"
    VESTFOLD = "vestfold", "Vestfold"
    VESTLAND = "vestland", "Vestland"
    OSTFOLD = "ostfold", "Østfold"


class SizeClass(models.TextChoices):
    SMALL = "small", "Liten (under 5 000 innbyggere)"
    MEDIUM = "medium", "Mellomstor (5 000–19 999 innbyggere)"
    LARGE = "large", "Stor (20 000–99 999 innbyggere)"
    XLARGE = "xlarge", "Storby (100 000 innbyggere eller flere)"


class Municipality(index.Indexed, models.Model):
    name = models.CharField("Navn", max_length=100)
    number = models.CharField(
        "Kommunenummer",
        max_length=4,
        unique=True,
        validators=[RegexValidator(r"^\d{4}$", "Kommunenummeret skal være fire sifre.")],
        help_text="Fire sifre, som 3203 for Asker.",
    )
    county = models.CharField("Fylke", max_length=20, choices=County.choices)
    size_class = models.CharField("Størrelse", max_length=10, choices=SizeClass.choices)

    panels = [
        FieldPanel("name"),
        FieldPanel("number"),
        FieldPanel("county"),
        FieldPanel("size_class"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.FilterField("county"),
        index.FilterField("size_class"),
    ]

    class Meta:
        verbose_name = "Kommune"
        verbose_name_plural = "Kommuner"
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} kommune"


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
