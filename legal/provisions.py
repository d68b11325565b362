"""Legal provisions (lovhjemler) as data: one snippet per provision the portal cites.

Pages and glossary terms cite a provision through ``LegalReferenceBlock`` (a StreamField block),
so the text never carries a law reference that nobody can find again: the list page
(/lover-og-forskrifter/) shows every provision with where it is cited and when it was last
checked against Lovdata, and the editors' report lists those not checked for 12 months.
Where a provision is cited comes from Wagtail's reference index, which every page and snippet
keeps up to date on save; this app therefore knows no page type above it.
"""

from datetime import date, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import models

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index

from core.queries import public_live

CHECK_INTERVAL = timedelta(days=365)


class ProvisionQuerySet(models.QuerySet):
    def due_for_check(self, today=None):
        """Provisions not checked for 12 months (or never)."""
        limit = (today or date.today()) - CHECK_INTERVAL
        return self.filter(models.Q(last_checked__isnull=True) | models.Q(last_checked__lt=limit))


class LegalProvision(index.Indexed, models.Model):
    key = models.SlugField(
        "Nøkkel",
        max_length=80,
        unique=True,
        help_text="Stabil nøkkel, som husleieloven-9-11.",
    )
    law = models.CharField(
        "Lov eller forskrift",
        max_length=250,
        help_text="Hele navnet, som «Lov om husleieavtaler (husleieloven)».",
    )
    short_name = models.CharField(
        "Korttittel", max_length=100, help_text="For eksempel husleieloven."
    )
    section = models.CharField(
        "Paragraf",
        max_length=40,
        blank=True,
        help_text="For eksempel «§ 9-11». Tomt for hele loven.",
    )
    title = models.CharField(
        "Hva bestemmelsen handler om", max_length=200, help_text="Kort, med egne ord."
    )
    url = models.URLField("Lenke til Lovdata", max_length=300)
    last_checked = models.DateField(
        "Sist kontrollert",
        null=True,
        blank=True,
        help_text="Datoen noen sist så at lenken og innholdet stemmer med Lovdata.",
    )

    objects = ProvisionQuerySet.as_manager()

    panels = [
        FieldPanel("key"),
        FieldPanel("law"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("section")]),
        FieldPanel("title"),
        FieldPanel("url"),
        FieldPanel("last_checked"),
    ]
    search_fields = [
        index.SearchField("law"),
        index.SearchField("short_name", boost=2),
        index.SearchField("title"),
        index.AutocompleteField("short_name"),
        index.AutocompleteField("section"),
    ]

    class Meta:
        verbose_name = "Lovhjemmel"
        verbose_name_plural = "Lovhjemler"
        ordering = ["short_name", "section"]

    def __str__(self):
        return f"{self.citation} – {self.title}"

    @property
    def citation(self):
        """How the text names it: «husleieloven § 9-11», or the law alone."""
        return f"{self.short_name} {self.section}".strip()

    @property
    def is_due_for_check(self):
        return self.last_checked is None or self.last_checked < date.today() - CHECK_INTERVAL


def citations(provisions, request=None):
    """{provision id: [(title, url or ""), ...]} for the live, public pages and the live objects
    (glossary terms) that cite each provision, in four queries whatever the number. A page is
    named with its parent («Gjennomføring (Bygge og/eller oppgradere)»): phases of different
    processes often share a name."""
    provision_ids = [str(p.pk) for p in provisions]
    rows = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(LegalProvision),
        to_object_id__in=provision_ids,
    ).values_list("base_content_type_id", "object_id", "to_object_id")
    by_type = {}
    for base_type, object_id, _ in rows:
        by_type.setdefault(base_type, set()).add(object_id)
    found = {}
    page_type = ContentType.objects.get_for_model(Page).pk
    for base_type, ids in by_type.items():
        model = ContentType.objects.get_for_id(base_type).model_class()
        if model is None:
            continue
        if base_type == page_type:
            objects = public_live(Page.objects.filter(pk__in=ids), request)
        else:
            objects = model._default_manager.filter(pk__in=ids)
            if hasattr(model, "live"):
                objects = objects.filter(live=True)
        for obj in objects:
            found[(base_type, str(obj.pk))] = obj
    parents = _parent_titles([obj for obj in found.values() if isinstance(obj, Page)])
    result = {p.pk: [] for p in provisions}
    seen = set()
    for base_type, object_id, provision_id in rows:
        obj = found.get((base_type, object_id))
        if obj is None or (provision_id, base_type, object_id) in seen:
            continue
        seen.add((provision_id, base_type, object_id))
        url_method = getattr(obj, "get_url", None)
        url = url_method(request) if url_method else ""
        title = str(getattr(obj, "title", obj))
        if isinstance(obj, Page) and parents.get(obj.path[: -Page.steplen]):
            title = f"{title} ({parents[obj.path[: -Page.steplen]]})"
        result[int(provision_id)].append((title, url or ""))
    for cited in result.values():
        cited.sort()
    return result


def _parent_titles(pages):
    """{path: title} of the pages' parents, leaving out the site's top levels (one query)."""
    paths = {page.path[: -Page.steplen] for page in pages if page.depth > 3}
    return dict(Page.objects.filter(path__in=paths, depth__gt=3).values_list("path", "title"))
