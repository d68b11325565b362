"""Django's model registry for the app; modules import from places.regions."""

from places.regions import County, Municipality

__all__ = ["County", "Municipality"]
