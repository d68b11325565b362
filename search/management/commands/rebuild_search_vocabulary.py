"""Rebuild the search vocabulary and the autocomplete suggestions from the index (after
``update_index``, a bulk import, or to be sure)."""

from django.core.management.base import BaseCommand

from search.refresh import rebuild_all


class Command(BaseCommand):
    help = "Bygger ordlisten for søket og forslagene i søkefeltet på nytt fra søkeindeksen."

    def handle(self, *args, **options):
        words, suggestions = rebuild_all()
        if options["verbosity"]:
            self.stdout.write(f"Søkeordlisten: {words} ord, {suggestions} forslag.")
