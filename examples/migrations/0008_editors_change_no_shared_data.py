"""Editors write pages and propose; what other pages share goes through moderators.

Redaktører lose the rights to add and change municipalities (a renamed municipality would go
live at once on every published example and in the API) and the model permissions to change and
delete documents and images. Deleting media, and changing media a live page shows, needs those
(core/editorial_rights.py); Moderatorer keep them. Editors still upload, choose and change media
no published page shows yet (Wagtail's collection permissions), and choose municipalities.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Redaktører"
MODERATORS = "Moderatorer"
SHARED = [
    ("examples", "add_municipality"),
    ("examples", "change_municipality"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "delete_document"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "delete_image"),
]


# A copy, not an import: a migration must keep working whatever happens to the live code.
def ensure_permissions(apps):
    """Permissions are normally created after all migrations; make sure they exist now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None


def permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in SHARED
    ]


def move_shared_data_to_moderators(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    shared = permissions(apps)
    for group in Group.objects.filter(name=EDITORS):
        group.permissions.remove(*shared)
    for group in Group.objects.filter(name=MODERATORS):
        group.permissions.add(*shared)


def give_editors_back(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name=EDITORS):
        group.permissions.add(*permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("examples", "0007_similar_examples_indexes"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(move_shared_data_to_moderators, give_editors_back)]
