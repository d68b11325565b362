import factory

from places.regions import County, Municipality, SizeClass


class CountyFactory(factory.django.DjangoModelFactory):
    number = factory.Sequence(lambda n: f"{80 + n % 19:02d}")
    name = factory.Sequence(lambda n: f"Testfylke {n}")
    slug = factory.Sequence(lambda n: f"testfylke-{n}")

    class Meta:
        model = County
        django_get_or_create = ("number",)


def current_county(key):
    """A county of the register (loaded by places.0002) by slug or number, or a new one."""
    county = County.objects.filter(valid_to__isnull=True, slug=key).first()
    return county or County.objects.filter(number=key).first() or CountyFactory(slug=key)


class MunicipalityFactory(factory.django.DjangoModelFactory):
    """A municipality outside the register's numbers (9000–9998). ``county`` may be a County or
    a county's slug, as in the listing's URLs (``county="trondelag"``)."""

    name = factory.Sequence(lambda n: f"Testkommune {n}")
    label = factory.LazyAttribute(lambda o: o.name)
    number = factory.Sequence(lambda n: f"{9000 + n % 999:04d}")
    county = factory.Iterator(County.objects.filter(valid_to__isnull=True).order_by("number"))
    current_county = factory.SelfAttribute("county")
    size_class = factory.Iterator([s.value for s in SizeClass])

    class Meta:
        model = Municipality
        django_get_or_create = ("number",)

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        for name in ("county", "current_county"):
            if isinstance(kwargs.get(name), str):
                kwargs[name] = current_county(kwargs[name])
        return kwargs
