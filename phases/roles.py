"""Who carries a task (ansvarlig): roles editors manage under Innstillinger → «Ansvarlige roller».

Tasks store a role's stable key (``nav``, ``boligkontor``), so renaming a role's label changes
every task that names it, and the mandate wizard pre-fills the work plan with today's labels.
The standard set is created by a migration (phases/migrations/0003_…).
"""

from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_delete, post_save

from wagtail.admin.panels import FieldPanel


class ResponsibleRole(models.Model):
    key = models.SlugField(
        "Nøkkel",
        max_length=50,
        unique=True,
        help_text="Stabil nøkkel som oppgavene lagrer, som «nav». Endre ikke når den er i bruk.",
    )
    label = models.CharField(
        "Navn", max_length=100, help_text="Slik rollen vises, som «Nav-kontoret»."
    )
    sort_order = models.PositiveSmallIntegerField("Rekkefølge", default=100)

    panels = [FieldPanel("label"), FieldPanel("key"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = "Ansvarlig rolle"
        verbose_name_plural = "Ansvarlige roller"
        ordering = ["sort_order", "label"]

    def __str__(self):
        return self.label


def role_choices():
    """The choices of a task's «Ansvarlig» field. Wagtail reads them whenever a task's value is
    loaded, not only in the editor's form, so they come from the cache (``role_labels``)."""
    return list(role_labels().items())


ROLE_LABELS_KEY = "phases:role-labels"


def role_labels():
    """{key: label} for every role: one query, then cached until a role is saved or deleted
    (every task on a page, and every page the glossary re-reads, asks)."""
    labels = cache.get(ROLE_LABELS_KEY)
    if labels is None:
        labels = dict(ResponsibleRole.objects.values_list("key", "label"))
        cache.set(ROLE_LABELS_KEY, labels, None)
    return labels


def forget_role_labels(**kwargs):
    cache.delete(ROLE_LABELS_KEY)


def connect_signals():
    from core.cachepurge import purge_on_change

    purge_on_change(ResponsibleRole)  # the pages whose tasks name a role
    for signal in (post_save, post_delete):
        signal.connect(
            forget_role_labels, sender=ResponsibleRole, dispatch_uid=f"roles_{id(signal)}"
        )


STANDARD_ROLES = [
    ("radmann", "Kommunedirektør (rådmann)"),
    ("kommunestyret", "Kommunestyret"),
    ("styringsgruppe", "Styringsgruppe"),
    ("prosjektleder", "Prosjektleder"),
    ("prosjektgruppe", "Prosjektgruppe"),
    ("arbeidsgruppeleder", "Arbeidsgruppens leder"),
    ("arbeidsgruppe", "Arbeidsgruppe"),
    ("virksomhetsledere", "Virksomhetsledere"),
    ("planavdeling", "Planavdelingen"),
    ("saksbehandler", "Saksbehandler i kommunen"),
    ("boligkontor", "Boligkontor / boligtjenesten"),
    ("eiendom", "Eiendomsforvaltning"),
    ("nav", "Nav-kontoret"),
    ("okonomiradgiver", "Økonomi- og gjeldsrådgiver"),
    ("helse-og-omsorg", "Helse- og omsorgstjenesten"),
    ("bo-oppfolger", "Bo-oppfølger"),
    ("ergoterapeut", "Ergoterapeut / fysioterapeut"),
    ("barnevern", "Barnevernstjenesten"),
    ("flyktningtjenesten", "Flyktningtjenesten"),
    ("voksenopplaering", "Voksenopplæringen"),
    ("oppvekst", "Skole og barnehage"),
    ("klagenemnd", "Kommunal klagenemnd"),
    ("bruker", "Søkeren / beboeren selv"),
    ("utleier", "Utleier"),
    ("bank", "Bank / kreditor"),
    ("arkitekt", "Arkitekt og byggfaglig rådgiver"),
    ("entreprenor", "Entreprenør"),
    ("husbanken", "Husbanken"),
    ("imdi", "IMDi"),
    ("udi", "UDI"),
    ("asylmottak", "Asylmottaket"),
    ("unhcr", "UNHCR"),
    ("iom", "IOM Norge"),
    ("statsforvalteren", "Statsforvalteren"),
    ("fylkeskommunen", "Fylkeskommunen"),
    ("kriminalomsorgen", "Kriminalomsorgen"),
    ("patalemyndigheten", "Påtalemyndigheten"),
    ("domstolen", "Domstolen (tingretten)"),
    ("namsfogden", "Namsfogden"),
    ("spesialisthelsetjenesten", "Spesialisthelsetjenesten"),
    ("hjelpemiddelsentralen", "Nav hjelpemiddelsentral"),
]


def ensure_standard_roles(model=ResponsibleRole):
    """Create the standard roles that are missing (the migration, and the demo loader after a
    flushed database); existing roles keep what editors made of them. Returns how many."""
    existing = set(model.objects.values_list("key", flat=True))
    created = model.objects.bulk_create(
        model(key=key, label=label, sort_order=(index + 1) * 10)
        for index, (key, label) in enumerate(STANDARD_ROLES)
        if key not in existing
    )
    forget_role_labels()
    return len(created)
