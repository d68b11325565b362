"""Django's model registry for the app; modules import from their own files."""

from legal.pages import LegalIndexPage
from legal.provisions import LegalProvision

__all__ = ["LegalIndexPage", "LegalProvision"]
