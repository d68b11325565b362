"""python manage.py refresh_municipalities [--date 2025-01-01] [--dry-run]

Brings the register of counties and municipalities in line with Statistics Norway's KLASS on a
day (today by default). Needs a connection to data.ssb.no; see places/klass.py.
"""

from datetime import date
from urllib.error import URLError

from django.core.management.base import BaseCommand, CommandError

from places.klass import KLASS_BASE, refresh


class Command(BaseCommand):
    help = "Oppdater kommune- og fylkesregisteret fra SSBs klassifikasjonstjeneste (KLASS)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--date",
            type=date.fromisoformat,
            default=None,
            help="Dagen registeret skal gjelde for (ÅÅÅÅ-MM-DD). Standard: i dag.",
        )
        parser.add_argument("--base-url", default=KLASS_BASE, help="Adressen til KLASS-API-et.")
        parser.add_argument("--dry-run", action="store_true", help="Vis endringene uten å lagre.")

    def handle(self, *args, **options):
        day = options["date"] or date.today()
        try:
            report = refresh(day, options["base_url"], dry_run=options["dry_run"])
        except (URLError, TimeoutError, ValueError) as error:
            raise CommandError(f"Fikk ikke hentet kodelistene fra KLASS: {error}") from error
        for title, lines in (
            ("Nye", report.created),
            ("Nytt navn", report.renamed),
            ("Avsluttet", report.ended),
            ("Advarsler", report.warnings),
        ):
            for line in lines:
                self.stdout.write(f"{title}: {line}")
        verb = "ville blitt endret" if options["dry_run"] else "endret"
        if report.changed:
            self.stdout.write(self.style.SUCCESS(f"Registeret per {day.isoformat()} {verb}."))
        else:
            self.stdout.write(f"Registeret stemmer med KLASS per {day.isoformat()}.")
