"""The example listing's filters for the API: the listing's own FilterSet
(examples/filters.py), so ``?tema=samordning&fylke=nordland`` means the same in both places.

Where the listing drops an unknown value with a notice, the API answers 400 with that notice:
a program asking for a theme that does not exist should hear so, not get every example.
"""

from rest_framework.filters import BaseFilterBackend

from api.params import MAX_VALUES_PER_PARAMETER, BadParameter
from examples.filters import SORTS, ExampleFilterSet

FACETS = ExampleFilterSet.facet_names()
FILTER_PARAMETERS = list(ExampleFilterSet.base_filters)


class ExampleListingFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        filterset = ExampleFilterSet(request.query_params, queryset=queryset)
        if filterset.notices:  # the listing's sentences, without its «and was ignored»
            raise BadParameter(
                " ".join(n.replace(" og ble ignorert", "") for n in filterset.notices)
            )
        return filterset.filter_queryset(queryset)

    def get_schema_operation_parameters(self, view):
        filters = ExampleFilterSet.base_filters
        parameters = [
            {
                "name": name,
                "in": "query",
                "required": False,
                "description": (
                    f"{filters[name].label}, som i filtrene på /eksempler/. Flere verdier "
                    f"(?{name}=a&{name}=b) betyr «eller»; ulike filtre betyr «og»."
                ),
                "schema": {
                    "type": "array",
                    "items": {"type": "string"},
                    "maxItems": MAX_VALUES_PER_PARAMETER,
                },
                "style": "form",
                "explode": True,
            }
            for name in FACETS
        ]
        parameters.append(
            {
                "name": "q",
                "in": "query",
                "required": False,
                "description": "Fritekst som snevrer inn listen (høyst 200 tegn brukes).",
                "schema": {"type": "string"},
            }
        )
        parameters.append(
            {
                "name": "sortering",
                "in": "query",
                "required": False,
                "description": "Rekkefølgen: " + ", ".join(f"{k} ({v})" for k, v in SORTS.items()),
                "schema": {"type": "string", "enum": list(SORTS)},
            }
        )
        return parameters
