"""Editable bokmål–nynorsk synonyms and the log of what people search for."""

import re

from django.core.exceptions import ValidationError
from django.db import models

from wagtail.admin.panels import FieldPanel

WORD_SEPARATORS = re.compile(r"[,;\n]+")
SINGLE_WORD = re.compile(r"^\w+$")


class SynonymGroup(models.Model):
    """Words that mean the same, for example «bolig, bustad». Applied when a query is parsed."""

    words = models.TextField(
        "Ord som betyr det samme",
        help_text=(
            "Kommaseparert eller ett per linje, for eksempel «bolig, bustad». Ett ord per "
            "oppføring (ingen mellomrom). Sammensatte ord følger med: «bolig, bustad» gjør at "
            "«boligkontor» også finner «bustadkontor»."
        ),
    )
    note = models.CharField("Merknad", max_length=200, blank=True)

    panels = [FieldPanel("words"), FieldPanel("note")]

    class Meta:
        verbose_name = "Synonymer"
        verbose_name_plural = "Synonymer"
        ordering = ["words"]

    def __str__(self):
        return " ↔ ".join(self.word_list)

    @property
    def word_list(self):
        seen = []
        for item in WORD_SEPARATORS.split(self.words or ""):
            word = item.strip().lower()
            if word and word not in seen:
                seen.append(word)
        return seen

    def clean(self):
        super().clean()
        words = self.word_list
        wrong = [word for word in words if not SINGLE_WORD.match(word)]
        if wrong:
            raise ValidationError(
                {"words": f"Bare enkeltord uten mellomrom eller tegn: {', '.join(wrong)}."}
            )
        if len(words) < 2:
            raise ValidationError({"words": "Skriv minst to ord som betyr det samme."})
        self.words = ", ".join(words)


class SearchQuery(models.Model):
    """One row per normalised query: how often it was searched and what it found last time.

    Only the query text is kept: no user, IP address or session.
    """

    query_string = models.CharField("Søk", max_length=200, unique=True)
    hits = models.PositiveIntegerField("Antall søk", default=0)
    result_count = models.PositiveIntegerField("Treff sist", default=0)
    first_searched_at = models.DateTimeField("Først søkt")
    last_searched_at = models.DateTimeField("Sist søkt", db_index=True)

    class Meta:
        verbose_name = "Søk i loggen"
        verbose_name_plural = "Søkelogg"
        ordering = ["-hits"]

    def __str__(self):
        return self.query_string
