from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Forside og ressurser"

    def ready(self):
        from core.cachepurge import purge_on_change
        from home.models import SiteContact

        purge_on_change(SiteContact)  # the footer of every page
