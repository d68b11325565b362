"""Editable synonyms, the search vocabulary and suggestions built from live content, and the log
of what people search for."""

import re

from django.core.exceptions import ValidationError
from django.db import models

from wagtail.admin.panels import FieldPanel

WORD_SEPARATORS = re.compile(r"[,;\n]+")
# A word or a phrase of words: letters, digits, hyphens and "§" (law references), no punctuation.
ENTRY = re.compile(r"^[\w§-]+(?: [\w§-]+)*$")


def entry_list(text):
    """Comma- or line-separated entries, lower-case, whitespace collapsed, without duplicates."""
    seen = []
    for item in WORD_SEPARATORS.split(text or ""):
        entry = " ".join(item.split()).lower()
        if entry and entry not in seen:
            seen.append(entry)
    return seen


class SynonymGroup(models.Model):
    """Words and phrases that mean the same («rusmisbruker, personer med rusproblemer»), and the
    broader terms they belong under. Applied when a query is parsed."""

    words = models.TextField(
        "Ord som betyr det samme",
        help_text=(
            "Kommaseparert eller ett per linje, for eksempel «bolig, bustad» eller «rusmisbruker, "
            "personer med rusproblemer». Sammensatte ord følger med: «bolig, bustad» gjør at "
            "«boligkontor» også finner «bustadkontor»."
        ),
    )
    broader = models.TextField(
        "Videre begreper",
        blank=True,
        help_text=(
            "Begreper som omfatter disse ordene, for eksempel «vanskeligstilte» for "
            "«rusmisbruker». "
            "Foreslås når et søk gir få eller ingen treff, og søkes i når ordene ikke finnes."
        ),
    )
    note = models.CharField("Merknad", max_length=200, blank=True)

    panels = [FieldPanel("words"), FieldPanel("broader"), FieldPanel("note")]

    class Meta:
        verbose_name = "Synonymer"
        verbose_name_plural = "Synonymer"
        ordering = ["words"]

    def __str__(self):
        return " ↔ ".join(self.word_list)

    @property
    def word_list(self):
        return entry_list(self.words)

    @property
    def broader_list(self):
        return entry_list(self.broader)

    def clean(self):
        super().clean()
        words, broader = self.word_list, self.broader_list
        wrong = [entry for entry in words + broader if not ENTRY.match(entry)]
        if wrong:
            raise ValidationError(
                {"words": f"Bare ord og ordgrupper uten tegn: {', '.join(wrong)}."}
            )
        if len(words) < 2 and not broader:
            raise ValidationError(
                {"words": "Skriv minst to ord som betyr det samme, eller et videre begrep."}
            )
        self.words = ", ".join(words)
        self.broader = ", ".join(broader)


class VocabularyWord(models.Model):
    """A word of live, public content: what folding, typo correction and decompounding may turn a
    query word into, and what autocomplete offers. Rebuilt from the search index (vocabulary.py)."""

    word = models.CharField(max_length=100, unique=True)
    folded = models.CharField(max_length=100, db_index=True)  # folding.fold(word)
    documents = models.PositiveIntegerField(default=0)  # how many entries hold it

    class Meta:
        verbose_name = "Ord i søkeordlisten"
        verbose_name_plural = "Søkeordlisten"

    def __str__(self):
        return self.word


class Suggestion(models.Model):
    """One autocomplete suggestion: a title, a glossary term or variant, a municipality, a county
    or a frequent word, with its type. Page and term suggestions name their index entry, so the
    visibility filter of the search applies to them too (suggest.py)."""

    text = models.CharField(max_length=255)
    folded = models.CharField(max_length=255)  # folding.fold_text(text)
    kind = models.CharField(max_length=60)  # shown to the user: «Eksempel», «Begrep», «Fylke» …
    url = models.CharField(max_length=500, blank=True)  # empty: search for the text
    lang = models.CharField(max_length=5, blank=True)  # "nn" for nynorsk pages
    weight = models.FloatField(default=0)
    content_type_id = models.IntegerField(null=True)
    object_id = models.CharField(max_length=255, blank=True)

    class Meta:
        verbose_name = "Forslag i søkefeltet"
        verbose_name_plural = "Forslag i søkefeltet"

    def __str__(self):
        return f"{self.text} ({self.kind})"


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
