import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Bare for utvikling: lager en lokal administrator «admin» med et generert passord som "
        "skrives ut én gang. Gjør ingenting hvis brukeren finnes."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/")

    def handle(self, *args, username, url, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin kan bare brukes når DEBUG er på (utvikling).")
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Administratoren «{username}» finnes allerede. Glemt passordet? Kjør "
                f"«.venv/bin/python manage.py changepassword {username}»."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                "\nLokal administrator opprettet (vises bare denne ene gangen):\n"
                f"  Adresse:    {url}\n"
                f"  Brukernavn: {username}\n"
                f"  Passord:    {password}\n"
            )
        )
