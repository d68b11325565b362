"""Blocks that describe the work of a phase: results, task groups with responsible roles, tools."""

from django.db import models

from wagtail import blocks


class ResponsibleRole(models.TextChoices):
    """Who carries a task. Stable keys: the mandate wizard suggests these roles in the work plan."""

    RADMANN = "radmann", "Rådmann/kommunedirektør"
    KOMMUNESTYRET = "kommunestyret", "Kommunestyret"
    STYRINGSGRUPPE = "styringsgruppe", "Styringsgruppe"
    ARBEIDSGRUPPELEDER = "arbeidsgruppeleder", "Arbeidsgruppens leder"
    ARBEIDSGRUPPE = "arbeidsgruppe", "Arbeidsgruppe"
    VIRKSOMHETSLEDERE = "virksomhetsledere", "Virksomhetsledere"


class TaskBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Oppgave")
    responsible = blocks.MultipleChoiceBlock(
        label="Ansvarlig",
        choices=ResponsibleRole.choices,
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
