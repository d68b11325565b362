"""Django's model registry for the app; modules import from places.regions."""

from places import signals
from places.regions import County, Municipality

signals.connect()  # here, not in ready(): before the apps above connect theirs (places.signals)

__all__ = ["County", "Municipality"]
