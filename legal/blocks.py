from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class LegalReferenceBlock(blocks.StructBlock):
    """One provision cited, with an optional note on what it means here."""

    provision = SnippetChooserBlock("legal.LegalProvision", label="Lovhjemmel")
    note = blocks.CharBlock(
        label="Hva den betyr her",
        required=False,
        max_length=300,
        help_text="Valgfritt: én setning om hvorfor bestemmelsen gjelder i denne fasen.",
    )

    class Meta:
        icon = "doc-full"
        label = "Lovhjemmel"
        template = "legal/blocks/legal_reference.html"


def law_references_block():
    """The block list of a «Lover og forskrifter» StreamField."""
    return [("provision", LegalReferenceBlock())]
