from .contact import SiteContact
from .home import HomeFeaturedProcess, HomePage
from .information import InformationPage
from .resources import ResourceIndexPage, ResourcePage

__all__ = [
    "HomeFeaturedProcess",
    "HomePage",
    "InformationPage",
    "ResourceIndexPage",
    "ResourcePage",
    "SiteContact",
]
