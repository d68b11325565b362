from .home import HomeFeaturedProcess, HomePage
from .resources import ResourceIndexPage, ResourcePage

__all__ = ["HomeFeaturedProcess", "HomePage", "ResourceIndexPage", "ResourcePage"]
