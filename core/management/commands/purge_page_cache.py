"""Empty the page cache (and a CDN or Varnish in front): after a release that changes templates."""

from django.core.management.base import BaseCommand

from core.cachetags import ALL, purge_now


class Command(BaseCommand):
    help = "Tømmer mellomlageret for sider (og en CDN eller Varnish foran), for eksempel etter "
    "en ny versjon."

    def handle(self, *args, **options):
        purge_now({ALL})
        self.stdout.write("Mellomlageret for sider er tømt.")
