"""The shared StreamField block library used by the body of content pages.

Block names are stable on purpose: renaming one needs a data migration.
"""

from wagtail import blocks

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Overskrift", max_length=150)
    level = blocks.ChoiceBlock(
        label="Nivå",
        choices=[("h2", "Nivå 2"), ("h3", "Nivå 3")],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = "Overskrift"
        template = "components/blocks/heading_block.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Tittel", max_length=150, required=False)
    text = blocks.RichTextBlock(label="Tekst", features=["bold", "italic", "ul", "ol", "link"])

    class Meta:
        icon = "warning"
        label = "Faktaboks"
        template = "components/blocks/callout_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label="Sitat")
    attribution = blocks.CharBlock(label="Hvem sa det", max_length=150, required=False)

    class Meta:
        icon = "openquote"
        label = "Sitat"
        template = "components/blocks/quote_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label="Avsnitt", features=RICH_TEXT_FEATURES)
    callout = CalloutBlock()
    quote = QuoteBlock()

    class Meta:
        label = "Innhold"
