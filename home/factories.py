import factory
import wagtail_factories

from home.models import HomePage, ResourceIndexPage, ResourcePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Boligsosial veiviser"
    slug = "forside"
    intro = "<p>Kunnskap for boligsosialt arbeid.</p>"

    class Meta:
        model = HomePage


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Ressurser"
    slug = "ressurser"

    class Meta:
        model = ResourceIndexPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Rapport om boligsosialt arbeid {n}")
    summary = factory.Faker("paragraph", locale="no_NO")
    year = 2018
    publisher = "NTNU Samfunnsforskning"

    class Meta:
        model = ResourcePage
