from django.apps import AppConfig


class LegalConfig(AppConfig):
    name = "legal"
    verbose_name = "Lover og forskrifter"

    def ready(self):
        from django.db.models.signals import post_save

        from core.cachepurge import purge_on_change
        from legal.provisions import LegalProvision
        from legal.signals import provision_changed

        purge_on_change(LegalProvision)  # every page citing it, and the list of provisions
        post_save.connect(provision_changed, sender=LegalProvision, dispatch_uid="legal.index")
