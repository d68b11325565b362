import factory
import wagtail_factories

from examples.pages import ExampleIndexPage, ExamplePage
from examples.snippets import County, Municipality, SizeClass


class MunicipalityFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Testkommune {n}")
    number = factory.Sequence(lambda n: f"{9000 + n % 1000:04d}")
    county = factory.Iterator([c.value for c in County])
    size_class = factory.Iterator([s.value for s in SizeClass])

    class Meta:
        model = Municipality
        django_get_or_create = ("number",)


class ExampleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Eksempler"
    slug = "eksempler"

    class Meta:
        model = ExampleIndexPage


class ExamplePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Boligsosialt eksempel {n}")
    municipality = factory.SubFactory(MunicipalityFactory)
    responsible_unit = "Boligkontoret"
    summary = factory.Faker("paragraph", locale="no_NO")
    results = "<p>Færre bostedsløse.</p>"
    start_year = factory.Iterator(range(2010, 2026))

    class Meta:
        model = ExamplePage
