"""Where visitors reach the people behind the portal: shown at the foot of every page.

The privacy and accessibility statements promise a way to ask, complain and report problems;
this is it. Editors change it under Innstillinger → Kontaktinformasjon, per site.
"""

from django.db import models

from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="mail")
class SiteContact(BaseSiteSetting):
    email = models.EmailField(
        "E-post til redaksjonen",
        blank=True,
        help_text=(
            "Vises nederst på alle sider. Hit skriver folk om feil, tilgjengelighet, "
            "personvern og forslag."
        ),
    )
    phone = models.CharField("Telefon", max_length=30, blank=True)
    organisation = models.CharField(
        "Ansvarlig for portalen",
        max_length=200,
        blank=True,
        help_text="Virksomheten som driver portalen og svarer på henvendelser.",
    )

    class Meta:
        verbose_name = "Kontaktinformasjon"
