"""Norway's counties (fylker) and municipalities (kommuner), current and former.

One row per number, as in Statistics Norway's classifications (KLASS 104 and 131): a number that
was given up in a merger or a renumbering stays, with the day it stopped being valid and the
numbers that took over. So an example from Fjell (1246) still says where it was, and readers see
"Fjell (nå Øygarden)". ``valid_to`` is exclusive, as in KLASS: the first day a number is no longer
valid. Empty means still valid.

The fields search and the listing read (README, «Kommuneregisteret»):
- ``Municipality.name`` and ``label`` (what readers see), ``number``;
- ``county`` (the county the number belonged to) and ``current_county`` (today's county, the
  successor's for a former municipality): the listing filters on ``current_county``;
- ``size_class`` from the population (a former municipality takes its successor's);
- ``successors``/``predecessors`` between numbers, and ``County.successors`` the same way, so
  the counties a place belonged to before the 2020 and 2024 reforms can be found.
"""

from django.core.validators import RegexValidator
from django.db import models

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index


class SizeClass(models.TextChoices):
    SMALL = "small", "Liten (under 5 000 innbyggere)"
    MEDIUM = "medium", "Mellomstor (5 000–19 999 innbyggere)"
    LARGE = "large", "Stor (20 000–99 999 innbyggere)"
    XLARGE = "xlarge", "Storby (100 000 innbyggere eller flere)"

    @classmethod
    def for_population(cls, population):
        if population is None:
            return ""
        if population < 5_000:
            return cls.SMALL
        if population < 20_000:
            return cls.MEDIUM
        if population < 100_000:
            return cls.LARGE
        return cls.XLARGE


class CurrentQuerySet(models.QuerySet):
    def current(self):
        return self.filter(valid_to__isnull=True)

    def former(self):
        return self.filter(valid_to__isnull=False)


class County(models.Model):
    number = models.CharField(
        "Fylkesnummer",
        max_length=2,
        unique=True,
        validators=[RegexValidator(r"^\d{2}$", "Fylkesnummeret skal være to sifre.")],
    )
    name = models.CharField("Navn", max_length=100)
    slug = models.SlugField(
        "Nøkkel",
        max_length=100,
        unique=True,
        help_text="Brukes i adresser, som /eksempler/?fylke=trondelag.",
    )
    valid_from = models.DateField("Gyldig fra", null=True, blank=True)
    valid_to = models.DateField(
        "Gyldig til",
        null=True,
        blank=True,
        help_text="Første dag fylket ikke lenger fantes. Tomt for dagens fylker.",
    )
    successors = models.ManyToManyField(
        "self",
        verbose_name="Ble til",
        blank=True,
        symmetrical=False,
        related_name="predecessors",
    )

    objects = CurrentQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("name")]),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
        FieldPanel("successors"),
    ]

    class Meta:
        verbose_name = "Fylke"
        verbose_name_plural = "Fylker"
        ordering = ["name", "number"]

    def __str__(self):
        if self.valid_to is None:
            return self.name
        return f"{self.name} (til {self.valid_to.year - 1})"

    @property
    def is_current(self):
        return self.valid_to is None


class Municipality(index.Indexed, models.Model):
    number = models.CharField(
        "Kommunenummer",
        max_length=4,
        unique=True,
        validators=[RegexValidator(r"^\d{4}$", "Kommunenummeret skal være fire sifre.")],
        help_text="Fire sifre, som 3203 for Asker.",
    )
    name = models.CharField("Navn", max_length=100)
    label = models.CharField(
        "Visningsnavn",
        max_length=200,
        blank=True,
        help_text=(
            "Slik kommunen vises: «Fjell (nå Øygarden)», «Herøy (Nordland)». "
            "Fylles ut av registeret."
        ),
    )
    other_names = models.CharField(
        "Andre offisielle navn", max_length=300, blank=True, help_text="Samisk og kvensk navn."
    )
    county = models.ForeignKey(
        County,
        verbose_name="Fylke",
        on_delete=models.PROTECT,
        related_name="municipalities",
        help_text="Fylket kommunenummeret hørte til.",
    )
    current_county = models.ForeignKey(
        County,
        verbose_name="Fylke i dag",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        help_text="For en tidligere kommune: fylket til kommunen som tok over.",
    )
    population = models.PositiveIntegerField("Innbyggere", null=True, blank=True)
    population_date = models.DateField("Innbyggertall per", null=True, blank=True)
    size_class = models.CharField("Størrelse", max_length=10, choices=SizeClass.choices, blank=True)
    valid_from = models.DateField("Gyldig fra", null=True, blank=True)
    valid_to = models.DateField(
        "Gyldig til",
        null=True,
        blank=True,
        help_text="Første dag nummeret ikke lenger var i bruk. Tomt for dagens kommuner.",
    )
    successors = models.ManyToManyField(
        "self",
        verbose_name="Ble til",
        blank=True,
        symmetrical=False,
        related_name="predecessors",
    )

    objects = CurrentQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("name")]),
        FieldPanel("label", read_only=True),  # follows the name and links (places.signals)
        FieldPanel("other_names"),
        FieldRowPanel([FieldPanel("county"), FieldPanel("current_county")]),
        FieldRowPanel(
            [FieldPanel("population"), FieldPanel("population_date"), FieldPanel("size_class")]
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
                FieldPanel("successors"),
            ],
            heading="Sammenslåinger og nye nummer",
        ),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("label"),
        index.SearchField("other_names"),
        index.AutocompleteField("name"),
        index.FilterField("number"),
        index.FilterField("current_county"),
        index.FilterField("size_class"),
        index.FilterField("valid_to"),
    ]

    class Meta:
        verbose_name = "Kommune"
        verbose_name_plural = "Kommuner"
        ordering = ["name", "number"]

    def __str__(self):
        return self.label or self.name

    @property
    def is_current(self):
        return self.valid_to is None

    @property
    def today_county(self):
        return self.current_county or self.county
