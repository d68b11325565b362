from .contact import SiteContact
from .home import HomeFeaturedProcess, HomePage
from .information import InformationPage
from .resources import ResourceIndexPage, ResourcePage
from .understanding import UnderstandingPage

__all__ = [
    "HomeFeaturedProcess",
    "HomePage",
    "InformationPage",
    "ResourceIndexPage",
    "ResourcePage",
    "SiteContact",
    "UnderstandingPage",
]
