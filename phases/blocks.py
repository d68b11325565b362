"""Blocks that describe the work of a phase: results, task groups with responsible roles, tools."""

from wagtail import blocks

from phases.roles import role_choices


class RoleChoiceBlock(blocks.MultipleChoiceBlock):
    """Role keys (ResponsibleRole.key). Stored keys are strings already, so reading a task does
    not look the choices up (Wagtail's own to_python would, for every value of every task)."""

    def to_python(self, value):
        return [str(key) for key in value or []]


class TaskBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Oppgave")
    responsible = RoleChoiceBlock(
        label="Ansvarlig",
        choices=role_choices,
        required=False,
        help_text="Hvem har ansvaret for oppgaven? Velg én eller flere.",
    )
    sub_points = blocks.ListBlock(
        blocks.CharBlock(label="Underpunkt", max_length=400),
        label="Underpunkter og spørsmål",
        required=False,
        default=[],
    )

    class Meta:
        icon = "tick"
        label = "Oppgave"


class TaskGroupBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label="Overskrift", max_length=200)
    tasks = blocks.ListBlock(TaskBlock(), label="Oppgaver")

    class Meta:
        icon = "list-ul"
        label = "Oppgavegruppe"
        template = "phases/blocks/task_group_block.html"


class ToolBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Navn", max_length=200)
    description = blocks.TextBlock(label="Kort beskrivelse", required=False)
    page = blocks.PageChooserBlock(label="Side i portalen", required=False)
    url = blocks.URLBlock(label="Ekstern lenke", required=False)

    class Meta:
        icon = "cog"
        label = "Verktøy eller mal"
