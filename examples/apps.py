from django.apps import AppConfig


class ExamplesConfig(AppConfig):
    name = "examples"
    verbose_name = "Eksempler"

    def ready(self):
        from examples import signals

        signals.connect()
