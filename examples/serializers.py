"""API serializers for what an example refers to (used by ExamplePage.api_fields)."""

from rest_framework import serializers

from examples.snippets import Municipality, TargetGroup
from phases.models import PhasePage


class MunicipalitySerializer(serializers.ModelSerializer):
    county_name = serializers.CharField(source="get_county_display")
    size_name = serializers.CharField(source="get_size_class_display")

    class Meta:
        model = Municipality
        fields = ["name", "number", "county", "county_name", "size_class", "size_name"]


class PhaseSerializer(serializers.ModelSerializer):
    class Meta:
        model = PhasePage
        fields = ["id", "number", "title", "url_path"]


class TargetGroupSerializer(serializers.ModelSerializer):
    class Meta:
        model = TargetGroup
        fields = ["name", "slug"]


class TagNamesField(serializers.Field):
    """Theme names, read through ``.all()`` so a prefetched listing costs no query per example."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        return sorted(tag.name for tag in manager.all())
