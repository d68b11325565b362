"""What an API request may ask, checked before any query runs: only the documented parameters,
numbers as ASCII digits within bounds, a capped number of filter values. Anything else is a 400
with a Norwegian message saying what was wrong, never a 500 and never a query that runs away."""

from rest_framework.exceptions import APIException

from core.input import ascii_int

MAX_VALUES_PER_PARAMETER = 20  # a facet has at most ~40 values; 100 tags made a 30 s query
PAGING = ("limit", "offset")


class BadParameter(APIException):
    status_code = 400
    default_detail = "Ugyldig parameter."
    default_code = "ugyldig_parameter"


def check_parameters(request, allowed):
    """Refuse unknown parameters and too many values for one parameter."""
    unknown = sorted(set(request.query_params) - set(allowed))
    if unknown:
        raise BadParameter(
            f"Ukjent parameter: {', '.join(unknown)}. Tillatt her: {', '.join(sorted(allowed))}."
        )
    for name, values in request.query_params.lists():
        if len(values) > MAX_VALUES_PER_PARAMETER:
            raise BadParameter(
                f"For mange verdier for {name}: høyst {MAX_VALUES_PER_PARAMETER} "
                f"(fikk {len(values)})."
            )


def bounded_int(request, name, default, minimum, maximum):
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    value = ascii_int(raw, minimum=minimum, maximum=maximum)
    if value is None:
        raise BadParameter(
            f"{name} må være et heltall fra {minimum} til {maximum} (fikk «{raw[:40]}»)."
        )
    return value
