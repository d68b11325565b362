from .pages import ExampleIndexPage, ExamplePage, ExamplePageTag
from .snippets import County, Municipality, SizeClass, TargetGroup

__all__ = [
    "County",
    "ExampleIndexPage",
    "ExamplePage",
    "ExamplePageTag",
    "Municipality",
    "SizeClass",
    "TargetGroup",
]
