"""The authorization matrix: anonymous, editor, moderator and administrator × every admin view.

The rows come from the URLconf: every pattern under /admin/ is requested, with its parameters
filled in from a small site built here (a draft example, a proposal waiting for a moderator, a
published example, a document and an image on that published page, one of each snippet). A view
someone adds later is a new row without any change here; a parameter nobody has seen before
fails the test until ``VALUES`` knows it.

For every role and view:

- no answer is a server error;
- anonymous visitors get the login page (or a 404), never the view, except for the login and
  password-reset views themselves;
- views that Wagtail declares for an action on a model (``permission_required``: add, change,
  delete, publish; index views count as «view») and the page views answer as ``RIGHTS`` says:
  allowed (200, or a redirect to somewhere other than the login or the dashboard) or refused
  (403, 404, or the redirect to the dashboard with Wagtail's «no permission» message).

``RIGHTS`` is the reviewed part (README, «Hvem kan gjøre hva i admin»): what each group may do
with each kind of object. A model not named there is for administrators only.
"""

import re
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.db.models import Model
from django.urls import URLPattern, URLResolver, get_resolver, resolve

from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Collection, Revision, Site, Workflow

import pytest
import wagtail_factories

from examples.editorial import EDITORS, MODERATORS, ensure_moderation
from examples.factories import ExampleIndexPageFactory, ExamplePageFactory, MunicipalityFactory
from examples.snippets import ExampleTheme, TargetGroup
from glossary.factories import GlossaryTermFactory
from legal.factories import LegalProvisionFactory
from phases.roles import ResponsibleRole
from places.regions import County
from search.models import SynonymGroup

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "editor", "moderator", "admin"]
ALL = {"view", "add", "change", "delete", "publish"}

# What each group may do. Pages: «examples» is a page in the example section (the draft, the
# proposal, the published example), «other» any page outside it. Media: «unused» is a document or
# image no published page shows, «shown» one a published page shows.
RIGHTS = {
    "editor": {
        "page:examples": {"view", "add", "change"},
        "wagtaildocs.document:unused": {"view", "add", "change"},
        "wagtaildocs.document:shown": {"view", "add"},
        "wagtailimages.image:unused": {"view", "add", "change"},
        "wagtailimages.image:shown": {"view", "add"},
        # The register (places/) is SSB's: read and chosen from, written by the import alone.
        "places.municipality": {"view"},
        "places.county": {"view"},
        "examples.exampletheme": {"view"},
        "examples.examplepage": {"view"},  # the «Eksempler» listing of what they may edit
    },
    "moderator": {
        "page:examples": {"view", "add", "change", "delete", "publish"},
        "wagtaildocs.document:unused": ALL,
        "wagtaildocs.document:shown": ALL,
        "wagtailimages.image:unused": ALL,
        "wagtailimages.image:shown": ALL,
        "places.municipality": {"view"},
        "places.county": {"view"},
        "examples.targetgroup": ALL,
        "examples.exampletheme": ALL,
        "home.sitecontact": {"change"},
        "phases.responsiblerole": {"view", "add", "change"},
        "examples.examplepage": {"view"},
    },
}
# Wagtail's own «does the error page work» view: it raises on purpose, for anyone let in.
DELIBERATE_ERRORS = {"wagtailadmin_error_test"}
# Views every logged-out visitor must reach, or that only say goodbye or send static text.
PUBLIC_ADMIN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}
# Wagtail's page views, by the action a user needs for them on the page in the URL.
PAGE_ACTIONS = {
    "wagtailadmin_pages:edit": "change",
    "wagtailadmin_pages:delete": "delete",
    "wagtailadmin_pages:unpublish": "publish",
    "wagtailadmin_pages:revisions_index": "change",
    "wagtailadmin_pages:history": "change",
}


# The admin's URLconf ----------------------------------------------------------------------------


@dataclass
class AdminView:
    route: str
    name: str
    callback: object

    @property
    def view_class(self):
        return getattr(self.callback, "view_class", None)

    def initkwarg(self, name):
        initkwargs = getattr(self.callback, "view_initkwargs", {}) or {}
        if name in initkwargs:
            return initkwargs[name]
        value = getattr(self.view_class, name, None)
        return value if not isinstance(value, property) else None

    @property
    def model(self):
        model = self.initkwarg("model")
        return model if isinstance(model, type) and issubclass(model, Model) else None

    @property
    def action(self):
        """The model action Wagtail checks for this view, or None."""
        if self.name in PAGE_ACTIONS:
            return PAGE_ACTIONS[self.name]
        required = self.initkwarg("permission_required")
        if required in ALL and self.model is not None:
            return required
        # Views that any of several rights opens (an inspect view, a report): the least, «view».
        if self.model is not None and "view" in (self.initkwarg("any_permission_required") or ()):
            return "view"
        if self.model is not None and self.view_class.__name__ == "IndexView":
            return "view"
        return None

    @property
    def parameters(self):
        return re.findall(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>", self.route)


def admin_views():
    def walk(patterns, prefix="", namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace
                full = f"{namespace}:{inner}" if namespace and inner else inner or namespace
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), full)
            elif isinstance(pattern, URLPattern):
                name = f"{namespace}:{pattern.name}" if namespace else pattern.name or ""
                yield AdminView(prefix + str(pattern.pattern), name, pattern.callback)

    return [view for view in walk(get_resolver().url_patterns) if view.route.startswith("admin/")]


# The site the views are asked about --------------------------------------------------------------


@pytest.fixture
def users(django_user_model):
    def member(username, group):
        user = django_user_model.objects.create_user(username, f"{username}@example.no", "pw")
        user.groups.add(Group.objects.get(name=group))
        return user

    return {
        "anonymous": None,
        "editor": member("redaktor-matrise", EDITORS),
        "moderator": member("moderator-matrise", MODERATORS),
        "admin": django_user_model.objects.create_superuser(
            "admin-matrise", "admin-matrise@example.no", "pw"
        ),
    }


@pytest.fixture
def world(home, users):
    """One of each thing the admin's views take, in the example section and outside it."""
    editor = users["editor"]
    index = ExampleIndexPageFactory(parent=home, slug="eksempler-matrise")
    workflow = ensure_moderation(index)
    # In a collection under the root, where the groups' collection permissions are (the
    # factories would otherwise make a tree of their own), uploaded by the editor.
    collection = Collection.get_first_root_node().add_child(name="Matrisesamling")
    media = {"collection": collection, "uploaded_by_user": editor}
    document_unused = wagtail_factories.DocumentFactory(title="Ubrukt", **media)
    document_shown = wagtail_factories.DocumentFactory(title="Vist", **media)
    image_unused = wagtail_factories.ImageFactory(title="Ubrukt bilde", **media)
    image_shown = wagtail_factories.ImageFactory(title="Vist bilde", **media)
    published = ExamplePageFactory(
        parent=index,
        title="Publisert eksempel",
        results=f'<p><a linktype="document" id="{document_shown.pk}">Rapporten</a></p>'
        f'<embed embedtype="image" id="{image_shown.pk}" format="left" alt=""/>',
    )
    published.save_revision().publish()
    draft = ExamplePageFactory(parent=index, title="Utkast", live=False, owner=editor)
    draft.save_revision(user=editor)
    proposal = ExamplePageFactory(parent=index, title="Forslag", live=False, owner=editor)
    proposal.save_revision(user=editor)
    workflow_state = workflow.start(proposal, editor)
    term = GlossaryTermFactory(term="Matrisebegrep", slug="matrisebegrep")
    term.save_revision().publish()
    return {
        "pages": {"examples": [draft, proposal, published], "other": [home]},
        "documents": {"unused": document_unused, "shown": document_shown},
        "images": {"unused": image_unused, "shown": image_shown},
        "proposal": proposal,
        "workflow_state": workflow_state,
        "term": term,
        "instances": {
            MunicipalityFactory._meta.model: MunicipalityFactory(name="Matrisevik"),
            County: County.objects.current().order_by("number").first(),
            LegalProvisionFactory._meta.model: LegalProvisionFactory(),
            ResponsibleRole: ResponsibleRole.objects.order_by("pk").first(),
            TargetGroup: TargetGroup.objects.create(name="Matrisegruppe", slug="matrise"),
            ExampleTheme: ExampleTheme.objects.create(name="Matrisetema", slug="matrisetema"),
            SynonymGroup: SynonymGroup.objects.create(words="matrise, tabell"),
            Query: Query.get("matrise"),
            Workflow: workflow,
            Collection: collection,
            Redirect: Redirect.objects.create(old_path="/matrise", redirect_link="/"),
            Site: Site.objects.get(is_default_site=True),
            type(term): term,
        },
    }


def instance_for(model, world):
    for known, instance in world["instances"].items():
        if issubclass(model, known) or issubclass(known, model):
            return instance
    return model._default_manager.order_by("pk").first()


def cases(view, world):
    """(URL, key into RIGHTS or None) for each object this view is asked about."""
    values = {}
    keys = [None]
    parameters = {a or b for a, b in view.parameters}
    page_parameters = parameters & {"page_id", "parent_page_id", "page_to_move_id", "page_pk"}
    if page_parameters:
        return [
            (fill(view, {name: page.pk for name in page_parameters}, world, page), f"page:{area}")
            for area, pages in world["pages"].items()
            for page in pages
            if page.live or view.action != "publish"  # only a live page can be unpublished
        ]
    for kind, name in (
        ("documents", "document_id"),
        ("images", "image_id"),
        ("documents", "doc_id"),
    ):
        if name in parameters:
            return [
                (fill(view, {name: item.pk}, world), f"{item._meta.label_lower}:{state}")
                for state, item in world[kind].items()
            ]
    model = view.model
    if model is not None:
        key = model._meta.label_lower
        if model._meta.label_lower in ("wagtaildocs.document", "wagtailimages.image"):
            key += ":unused"
            instance = world["documents" if "docs" in key else "images"]["unused"]
        else:
            instance = instance_for(model, world)
        if "pk" in parameters and instance is not None:
            values["pk"] = instance.pk
        keys = [key]
    return [(fill(view, values, world), key) for key in keys]


def fill(view, values, world, page=None):
    proposal = world["proposal"]
    revision = (page or world["term"]).latest_revision or Revision.objects.order_by("-pk").first()
    state = world["workflow_state"].current_task_state
    known = {
        "pk": 999999,
        "revision_id": revision.pk,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "task_state_id": state.pk,
        "task_id": state.task_id,
        "workflow_state_id": world["workflow_state"].pk,
        "workflow_pk": world["workflow_state"].workflow_id,
        "action_name": "approve",
        "destination_id": proposal.get_parent().pk,
        "content_type_app_name": "examples",
        "content_type_model_name": "examplepage",
        "app_label": "examples",
        "app_name": "home",
        "model_name": "sitecontact",
        "action": "delete",
        "object_id": str(proposal.pk),
        "session_id": 999999,
        "uploaded_file_id": 999999,
        "redirect_id": world["instances"][Redirect].pk,
        "query_id": world["instances"][Query].pk,
        "collection_id": world["instances"][Collection].pk,
        "filter_spec": "max-100x100",
        "uidb64": "MQ",
        "token": "ugyldig",
        **values,
    }
    if view.name == "wagtail_bulk_action":
        known.update(app_label="wagtailcore", model_name="page")
    if view.name.startswith("wagtailsnippets_") and "revision_id" in known and "pk" in values:
        instance = instance_for(view.model, world) if view.model else None
        if getattr(instance, "latest_revision", None):
            known["revision_id"] = instance.latest_revision.pk
    url = "/" + view.route

    def value(match):
        name = match.group(1) or match.group(2)
        if name not in known:
            raise KeyError(f"{view.name}: ukjent parameter «{name}» i {view.route}")
        return str(known[name])

    url = re.sub(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)", value, url)
    url = url.replace("^", "").replace("$", "").replace(".*", "finnes-ikke")
    url = url.replace("\\.", ".")
    return url


# What the answer means ----------------------------------------------------------------------------


def answer(client, url):
    """The response to ``url``, after one redirect to another admin view (the revisions index
    of a page sends to its history), so the view the user lands on decides."""
    response = client.get(url, HTTP_ACCEPT="text/html")
    location = response.get("Location", "")
    if (
        response.status_code in (301, 302)
        and location.startswith("/admin/")
        and not location.startswith("/admin/login/")
        and location.rstrip("/") != "/admin"
        and location.split("?")[0] != url
    ):
        return client.get(location, HTTP_ACCEPT="text/html")
    return response


def outcome(response):
    if response.status_code >= 500:
        return "error"
    location = response.get("Location", "")
    if response.status_code in (301, 302) and "/admin/login/" in location:
        return "login"
    if response.status_code in (403, 404) or (
        response.status_code == 302 and location.rstrip("/") == "/admin"
    ):
        return "refused"
    if response.status_code == 405:
        return "method"
    return "allowed"


def expected(role, action, key):
    if role == "admin":
        return "allowed"
    if role == "anonymous":
        return "login"
    rights = RIGHTS[role].get(key, set())
    return "allowed" if action in rights else "refused"


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_view_answers_each_role_as_the_rights_say(client, role, users, world):
    if users[role] is not None:
        client.force_login(users[role])
    views = admin_views()
    assert len(views) > 200  # the whole admin, not a part of it
    wrong, checked = [], 0
    for view in views:
        if view.name in DELIBERATE_ERRORS:
            continue
        if view.name == "wagtailadmin_logout" and users[role] is not None:
            continue  # it would end the session the rest of the rows are asked with
        for url, key in cases(view, world):
            if resolve(url).func is not view.callback:
                continue  # shadowed by an earlier pattern (ours), which has its own row
            response = answer(client, url)
            got = outcome(response)
            if got == "error":
                wrong.append(f"{view.name} {url}: {response.status_code}")
                continue
            if role == "anonymous":
                public = view.name in PUBLIC_ADMIN_VIEWS or view.name == "default"
                if not public and got not in ("login", "refused"):
                    wrong.append(f"{view.name} {url}: anonym fikk {response.status_code}")
                continue
            if view.action is None or got == "method" or key is None:
                continue
            checked += 1
            want = expected(role, view.action, key)
            if got != want:
                wrong.append(
                    f"{view.name} {url} ({view.action} på {key}): ventet {want}, "
                    f"fikk {response.status_code} {response.get('Location', '')}"
                )
    assert wrong == [], "\n".join(wrong)
    if role != "anonymous":
        assert checked > 60, checked
