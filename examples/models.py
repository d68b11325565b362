"""Django's model registry for the app: the pages (pages.py) and the data they refer to
(snippets.py). Modules inside the app import those two directly, never this one."""

from examples.pages import ExampleIndexPage, ExamplePage, ExamplePageTag
from examples.snippets import ExampleTheme, TargetGroup

__all__ = [
    "ExampleIndexPage",
    "ExamplePage",
    "ExamplePageTag",
    "ExampleTheme",
    "TargetGroup",
]
