"""Template tags that explain glossary terms where they appear in a page's text.

    {% glossary_text %} …rich text, stream fields… {% endglossary_text %}
    {% page_glossary extra=page_terms %}   (the «Ord og begreper på denne siden» list)

All regions of one page render share one state, so each term is linked at its first occurrence on
the page only, and the closing list holds exactly the terms the page uses.
"""

from django import template
from django.utils.safestring import mark_safe

from core.cachetags import depends_on, model_tag
from glossary.matching import MarkingState, MatchableTerm, get_matcher
from glossary.models import GlossaryTerm

register = template.Library()

STATE_KEY = "_glossary_marking"


def _marking(context):
    root = context.dicts[0]  # one dict per render: shared by the page template and its includes
    if STATE_KEY not in root:
        # A page with marked text changes when a term does (the page cache, core/cachetags.py).
        depends_on(context.get("request"), model_tag(GlossaryTerm))
        root[STATE_KEY] = (get_matcher(), MarkingState())
    return root[STATE_KEY]


class GlossaryTextNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        html = self.nodelist.render(context)
        matcher, state = _marking(context)
        page = context.get("page")
        link = getattr(page, "mark_glossary_terms", True)
        marked = matcher.mark_html(html, state, str(context.get("glossary_url", "")), link=link)
        # mark_safe: `html` is this template's own rendered (autoescaped) output; the marker copies
        # it through unchanged and only inserts <a> elements whose attribute values it escapes.
        return mark_safe(marked)  # noqa: S308


@register.tag
def glossary_text(parser, token):
    nodelist = parser.parse(("endglossary_text",))
    parser.delete_first_token()
    return GlossaryTextNode(nodelist)


@register.inclusion_tag("components/glossary_terms.html", takes_context=True)
def page_glossary(context, extra=None):
    """The terms used on the page, in order of appearance, then any the editor added."""
    _, state = _marking(context)
    terms = list(state.terms)
    seen = {term.id for term in terms}
    for term in extra or []:
        if term.id not in seen:
            terms.append(MatchableTerm(term.id, term.term, term.slug, term.definition))
            seen.add(term.id)
    return {"terms": terms, "glossary_url": context.get("glossary_url", "")}
