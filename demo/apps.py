from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content (``load_demo_content``) and the local admin for development."""

    name = "demo"
    verbose_name = "Demoinnhold"
