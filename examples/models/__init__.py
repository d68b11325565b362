from .pages import ExampleIndexPage, ExamplePage, ExamplePageTag, ExampleTheme
from .snippets import County, Municipality, SizeClass, TargetGroup

__all__ = [
    "County",
    "ExampleIndexPage",
    "ExamplePage",
    "ExamplePageTag",
    "ExampleTheme",
    "Municipality",
    "SizeClass",
    "TargetGroup",
]
