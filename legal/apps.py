from django.apps import AppConfig


class LegalConfig(AppConfig):
    name = "legal"
    verbose_name = "Lover og forskrifter"

    def ready(self):
        from core.cachepurge import purge_on_change
        from legal.provisions import LegalProvision

        purge_on_change(LegalProvision)  # every page citing it, and the list of provisions
