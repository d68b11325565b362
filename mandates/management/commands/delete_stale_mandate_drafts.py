import datetime

from django.core.management.base import BaseCommand
from django.db.models import Max
from django.utils import timezone

from mandates.drafts import MandateDraft


class Command(BaseCommand):
    help = (
        "Sletter mandatutkast som ingen har lagret i på et gitt antall dager (standard 730), "
        "med seksjoner, revisjoner og lenker. Utkast inneholder navn på personer, så de skal "
        "ikke ligge lenger enn de trengs. Kjør jevnlig, for eksempel fra cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=730, help="Dager uten lagring.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            dest="dry_run",
            help="Vis bare hva som ville blitt slettet.",
        )

    def handle(self, *args, days, dry_run, **options):
        cutoff = timezone.now() - datetime.timedelta(days=days)
        stale = MandateDraft.objects.annotate(last_saved=Max("sections__updated_at")).filter(
            created_at__lt=cutoff, last_saved__lt=cutoff
        )
        count = stale.count()
        if dry_run:
            self.stdout.write(
                f"{count} utkast ville blitt slettet (ingen lagring på {days} dager)."
            )
            return
        MandateDraft.objects.filter(pk__in=stale.values("pk")).delete()
        self.stdout.write(f"Slettet {count} utkast uten lagring på {days} dager.")
