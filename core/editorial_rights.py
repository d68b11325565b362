"""What editors may not do alone: delete, and change what published pages already show.

Editors (Redaktører) write and propose; moderators (Moderatorer) decide what the public sees
(README, «Hvem kan gjøre hva i admin»). Wagtail's defaults let anyone with the right to change
pages delete every page that is not live, proposals waiting for a moderator included, and let
anyone with the right to change documents or images delete or replace any of them, also those a
published page shows. Here:

- a page can be deleted only by someone who may publish it (or a superuser), for every page type
  of the portal, including ones added later (``only_publishers_delete_pages`` runs over all page
  models when the admin's hooks load);
- documents and images are deleted only with the model permission ``delete_document`` /
  ``delete_image``, and one that a live page shows is changed only with ``change_document`` /
  ``change_image``. Moderators hold those; editors upload, choose and change what no published
  page shows yet.

The authorization matrix (tests/operations/test_authorization_matrix.py) checks every admin view for
anonymous visitors, editors, moderators and administrators.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PagePermissionTester, ReferenceIndex, get_page_models
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy


class PublisherDeletesPermissionTester(PagePermissionTester):
    def can_delete(self, ignore_bulk=False):
        allowed = super().can_delete(ignore_bulk=ignore_bulk)
        return allowed and (self.user.is_superuser or "publish" in self.permissions)


def publisher_deletes_permissions_for_user(self, user):
    return PublisherDeletesPermissionTester(user, self)


def only_publishers_delete_pages():
    for model in get_page_models():
        if model is not Page:
            model.permissions_for_user = publisher_deletes_permissions_for_user


def live_page_references(model):
    """ReferenceIndex rows from live pages to objects of ``model``."""
    live_ids = Page.objects.live().annotate(text_id=Cast("pk", CharField())).values("text_id")
    return ReferenceIndex.objects.filter(
        to_content_type=ReferenceIndex._get_base_content_type(model),
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=live_ids,
    )


class ModeratedMediaPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for documents and images (collections, uploader owns), plus the two
    rules above for whoever lacks the model permissions."""

    def _model_perm(self, user, action):
        return user.has_perm(self._get_permission_name(action))

    def _allowed_actions(self, user, actions, instance=None):
        actions = set(actions)
        if "delete" in actions and not self._model_perm(user, "delete"):
            actions.discard("delete")
        if (
            "change" in actions
            and instance is not None
            and not self._model_perm(user, "change")
            and live_page_references(self.model).filter(to_object_id=str(instance.pk)).exists()
        ):
            actions.discard("change")
        return actions

    def user_has_permission(self, user, action):
        if action == "delete" and not self._model_perm(user, "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        allowed = self._allowed_actions(user, actions, instance)
        return bool(allowed) and super().user_has_any_permission_for_instance(
            user, allowed, instance
        )

    def instances_user_has_any_permission_for(self, user, actions):
        allowed = self._allowed_actions(user, actions)
        if not allowed:
            return self.model._default_manager.none()
        instances = super().instances_user_has_any_permission_for(user, allowed)
        if allowed == {"change"} and not self._model_perm(user, "change"):
            shown = live_page_references(self.model).values("to_object_id")
            instances = instances.annotate(text_pk=Cast("pk", CharField())).exclude(
                text_pk__in=shown
            )
        return instances


def moderated_media_policies():
    """The policy for each media model, to register in place of Wagtail's."""
    return {
        model: ModeratedMediaPermissionPolicy(
            model, auth_model=auth_model, owner_field_name="uploaded_by_user"
        )
        for model, auth_model in (
            (get_document_model(), "wagtaildocs.Document"),
            (get_image_model(), "wagtailimages.Image"),
        )
    }
