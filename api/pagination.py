"""Paging for every API listing: ?limit= (1–100, default 20) and ?offset= (0–100 000)."""

from rest_framework.pagination import LimitOffsetPagination

from api.params import bounded_int
from api.serializers import public_address

MAX_OFFSET = 100_000


class Paging(LimitOffsetPagination):
    default_limit = 20
    max_limit = 100

    def get_limit(self, request):
        return bounded_int(request, "limit", self.default_limit, 1, self.max_limit)

    def get_offset(self, request):
        return bounded_int(request, "offset", 0, 0, MAX_OFFSET)

    def get_next_link(self):
        return public_address(super().get_next_link())

    def get_previous_link(self):
        return public_address(super().get_previous_link())

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        bounds = {"limit": (1, self.max_limit), "offset": (0, MAX_OFFSET)}
        for parameter in parameters:
            low, high = bounds[parameter["name"]]
            parameter["schema"].update(minimum=low, maximum=high)
        return parameters
