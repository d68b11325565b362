"""A clear Norwegian refusal when an editor tries to create a page type in the wrong place.

Wagtail's own create view answers a misplaced page type with a generic "no access" message. This
view runs in front of it: it explains which page type cannot go where, lists what may be created
there, and sends the editor back to the parent page. Anything allowed goes straight to Wagtail.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import get_object_or_404, redirect
from django.utils.text import get_text_list
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages.create import CreateView
from wagtail.models import Page

wagtail_create_view = never_cache(require_admin_access(CreateView.as_view()))


def create_page_in_allowed_place(
    request, content_type_app_name, content_type_model_name, parent_page_id
):
    try:
        content_type = ContentType.objects.get_by_natural_key(
            content_type_app_name, content_type_model_name
        )
    except ContentType.DoesNotExist:
        content_type = None
    page_class = content_type.model_class() if content_type else None
    if request.user.is_authenticated and page_class is not None and issubclass(page_class, Page):
        parent = get_object_or_404(Page, id=parent_page_id).specific
        if not page_class.can_create_at(parent):
            name = page_class.get_verbose_name()
            if page_class in parent.specific_class.allowed_subpage_models():
                message = (
                    f"Det kan bare finnes én side av typen «{name}», og den finnes allerede. "
                    "Rediger den eksisterende siden i stedet."
                )
            else:
                allowed = [m.get_verbose_name() for m in parent.creatable_subpage_models()]
                message = f"En side av typen «{name}» kan ikke opprettes under «{parent.title}»."
                if allowed:
                    message += f" Her kan du opprette: {get_text_list(allowed, 'og')}."
                else:
                    message += " Denne siden kan ikke ha undersider."
            messages.error(request, message)
            return redirect("wagtailadmin_explore", parent.id)
    return wagtail_create_view(
        request,
        content_type_app_name=content_type_app_name,
        content_type_model_name=content_type_model_name,
        parent_page_id=parent_page_id,
    )
