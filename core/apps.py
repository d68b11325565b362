from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app shares: blocks, page base classes, public querysets, text and HTTP helpers,
    security middleware, template tags and the site's own CSS and JavaScript. Imports no app."""

    name = "core"
    verbose_name = "Felles"

    def ready(self):
        from core import cachepurge

        cachepurge.connect()
