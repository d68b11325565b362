"""What the API returns for each kind of content. Texts come twice: as HTML (internal links
expanded, as the page shows them, without the glossary's term links) and as plain text. Every
``url`` is the page's absolute public address (the Site, which follows PUBLIC_BASE_URL)."""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings

from wagtail.rich_text import expand_db_html

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.text import html_to_text
from examples.snippets import TargetGroup
from places.regions import Municipality


def page_url(page, context):
    return page.get_full_url(request=context.get("request"))


def public_address(url):
    """``url`` (a path, or an address on whatever host the request came in on) as an address
    on the public site, PUBLIC_BASE_URL."""
    if url is None:
        return None
    parts = urlsplit(url)
    return settings.PUBLIC_BASE_URL + urlunsplit(("", "", parts.path, parts.query, ""))


def rich_html(value):
    """HTML of a RichTextField (a string) or a StreamField (a StreamValue)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return expand_db_html(value)
    return str(value.render_as_block())


class TextField(serializers.Field):
    """{"html": …, "text": …} for a rich text or StreamField attribute."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        html = rich_html(value)
        return {"html": html, "text": html_to_text(html)}


TextField = extend_schema_field(
    {
        "type": "object",
        "properties": {"html": {"type": "string"}, "text": {"type": "string"}},
        "required": ["html", "text"],
    }
)(TextField)


class PageUrlMixin(serializers.Serializer):
    url = serializers.SerializerMethodField(help_text="Sidens offentlige adresse.")

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, page):
        return page_url(page, self.context)


class MunicipalitySerializer(serializers.ModelSerializer):
    """From the register (places/): ``county`` is today's county, also for a municipality merged
    away since (``current`` false, ``label`` «Fjell (nå Øygarden)»)."""

    county = serializers.CharField(source="today_county.slug", read_only=True, default="")
    county_name = serializers.CharField(source="today_county.name", read_only=True, default="")
    size_name = serializers.CharField(source="get_size_class_display", read_only=True)
    current = serializers.BooleanField(source="is_current", read_only=True)

    class Meta:
        model = Municipality
        fields = [
            "name",
            "label",
            "number",
            "county",
            "county_name",
            "size_class",
            "size_name",
            "current",
        ]


class LegalReferenceSerializer(serializers.Serializer):
    citation = serializers.CharField(help_text="For eksempel «husleieloven § 9-11».")
    title = serializers.CharField()
    url = serializers.URLField(help_text="Lovdata.")
    last_checked = serializers.DateField(allow_null=True)


def law_references(page):
    """The provisions a page cites (LegalReferenceBlock), fetched with the stream in one query."""
    return [
        LegalReferenceSerializer(block.value["provision"]).data
        for block in getattr(page, "law_references", None) or []
        if block.value["provision"] is not None
    ]


class NamedSlugSerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()


class TargetGroupSerializer(serializers.ModelSerializer):
    class Meta:
        model = TargetGroup
        fields = ["name", "slug"]


class PhaseRefSerializer(PageUrlMixin):
    id = serializers.IntegerField()
    number = serializers.IntegerField()
    title = serializers.CharField()


class ProcessRefSerializer(PageUrlMixin):
    id = serializers.IntegerField()
    title = serializers.CharField()


class ExampleSerializer(PageUrlMixin):
    id = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()
    municipality = MunicipalitySerializer(allow_null=True)
    responsible_unit = serializers.CharField()
    summary = serializers.CharField()
    background = TextField()
    body = TextField(help_text="Hva ble gjort.")
    results = TextField()
    themes = serializers.SerializerMethodField()
    target_groups = TargetGroupSerializer(many=True, source="target_groups.all")
    phases = serializers.SerializerMethodField()
    start_year = serializers.IntegerField(allow_null=True)
    end_year = serializers.IntegerField(allow_null=True)
    language = serializers.CharField(help_text="Målform: nb (bokmål) eller nn (nynorsk).")
    source_url = serializers.CharField(help_text="Lenke til den opprinnelige publiseringen.")
    source_title = serializers.CharField()
    source_published = serializers.CharField(help_text="År, år-måned eller dato.")
    contact_name = serializers.CharField(help_text="Kontaktperson, når kilden nevner en.")
    contact_role = serializers.CharField(help_text="Kontaktpersonens stilling og enhet.")
    first_published_at = serializers.DateTimeField()
    last_published_at = serializers.DateTimeField()
    last_reviewed = serializers.DateField(allow_null=True)

    @extend_schema_field(NamedSlugSerializer(many=True))
    def get_themes(self, page):
        tags = sorted(page.tags.all(), key=lambda tag: tag.name)
        return [{"name": tag.name, "slug": tag.slug} for tag in tags]

    @extend_schema_field(PhaseRefSerializer(many=True))
    def get_phases(self, page):
        # Prefetched as live phases in number order (api/views.py).
        return PhaseRefSerializer(page.phases.all(), many=True, context=self.context).data


class TaskSerializer(serializers.Serializer):
    text = serializers.CharField()
    responsible = serializers.ListField(
        child=serializers.CharField(), help_text="Roller (nøkler som radmann, arbeidsgruppe)."
    )
    sub_points = serializers.ListField(child=serializers.CharField())


class TaskGroupSerializer(serializers.Serializer):
    heading = serializers.CharField()
    tasks = TaskSerializer(many=True)


class PhaseSerializer(PageUrlMixin):
    id = serializers.IntegerField()
    number = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()
    process = serializers.SerializerMethodField()
    short_description = TextField()
    results_intro = serializers.CharField()
    results = serializers.SerializerMethodField()
    task_groups = serializers.SerializerMethodField()
    reflection_questions = serializers.SerializerMethodField()
    law_references = serializers.SerializerMethodField()

    @extend_schema_field(LegalReferenceSerializer(many=True))
    def get_law_references(self, phase):
        return law_references(phase)

    @extend_schema_field(ProcessRefSerializer(allow_null=True))
    def get_process(self, phase):
        process = self.context.get("processes", {}).get(phase.path[: -phase.steplen])
        return ProcessRefSerializer(process, context=self.context).data if process else None

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_results(self, phase):
        return [str(block.value) for block in phase.results]

    @extend_schema_field(TaskGroupSerializer(many=True))
    def get_task_groups(self, phase):
        return [
            {
                "heading": group.value["heading"],
                "tasks": [
                    {
                        "text": task["text"],
                        "responsible": list(task["responsible"] or []),
                        "sub_points": list(task["sub_points"] or []),
                    }
                    for task in group.value["tasks"]
                ],
            }
            for group in phase.task_groups
        ]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_reflection_questions(self, phase):
        return [str(block.value) for block in phase.reflection_questions]


class WorkProcessSerializer(PageUrlMixin):
    id = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()
    kind = serializers.CharField(help_text="linear (faser) eller circular (trinn i en sirkel).")
    intro = TextField()
    background = TextField()
    body = TextField()
    phases = serializers.SerializerMethodField()
    law_references = serializers.SerializerMethodField()

    @extend_schema_field(LegalReferenceSerializer(many=True))
    def get_law_references(self, process):
        return law_references(process)

    @extend_schema_field(PhaseRefSerializer(many=True))
    def get_phases(self, process):
        phases = self.context.get("phases_by_process", {}).get(process.path, [])
        return PhaseRefSerializer(phases, many=True, context=self.context).data


class GlossaryTermSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    term = serializers.CharField()
    slug = serializers.CharField()
    definition = serializers.CharField()
    variants = serializers.ListField(child=serializers.CharField(), source="variant_list")
    url = serializers.SerializerMethodField(help_text="Begrepets side i ordlisten.")

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, term):
        base = self.context.get("glossary_url")
        return f"{base}{term.slug}/" if base else None


class ResourceSerializer(PageUrlMixin):
    id = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()
    kind = serializers.CharField()
    kind_name = serializers.CharField(source="get_kind_display")
    authors = serializers.CharField()
    publisher = serializers.CharField()
    year = serializers.IntegerField(allow_null=True)
    summary = serializers.CharField()
    body = TextField()
    link_url = serializers.CharField()
    document_url = serializers.SerializerMethodField()

    @extend_schema_field(OpenApiTypes.URI)
    def get_document_url(self, resource):
        if resource.document is None:
            return None
        return public_address(resource.document.url)
