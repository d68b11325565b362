from django.core.management.base import BaseCommand

from demo.loader import DemoContentLoader


class Command(BaseCommand):
    help = (
        "Bygger demoinnholdet (arbeidsprosess, faser, eksempler, ordliste, ressurser). "
        "Lager bare det som mangler, så den kan kjøres flere ganger."
    )

    def handle(self, *args, **options):
        report = DemoContentLoader().run()
        if report.total == 0:
            self.stdout.write("Demoinnholdet er allerede på plass; ingenting ble endret.")
            return
        for kind, count in sorted(report.created.items()):
            self.stdout.write(f"  {kind}: {count} opprettet")
        self.stdout.write(self.style.SUCCESS(f"Demoinnhold lastet: {report.total} nye objekter."))
