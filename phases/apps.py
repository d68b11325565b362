from django.apps import AppConfig


class PhasesConfig(AppConfig):
    name = "phases"
    verbose_name = "Arbeidsprosesser og faser"

    def ready(self):
        from phases.roles import connect_signals

        connect_signals()
