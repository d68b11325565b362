"""The two editorial groups and what they may do outside the page tree.

Page permissions and the moderation workflow are attached to the example section by
examples.editorial.ensure_moderation once that page exists.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


# A copy, not an import: a migration must keep working whatever happens to the live code.
def ensure_permissions(apps):
    """Permissions are normally created after all migrations; make sure they exist now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None


def grant(apps, group, app_label, model, actions):
    """Give ``group`` (a Group from ``apps``) the ``actions`` ("add", "change", …) on a model."""
    Permission = apps.get_model("auth", "Permission")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label=app_label,
            codename__in=[f"{action}_{model}" for action in actions],
        )
    )


EDITORS = "Redaktører"
MODERATORS = "Moderatorer"
SNIPPET_PERMISSIONS = {
    EDITORS: [("examples", "municipality", ["add", "change", "view"])],
    MODERATORS: [
        ("examples", "municipality", ["add", "change", "delete", "view"]),
        ("examples", "targetgroup", ["add", "change", "delete", "view"]),
    ],
}


def create_groups(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for name, grants in SNIPPET_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for app_label, model, actions in grants:
            grant(apps, group, app_label, model, actions)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EDITORS, MODERATORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("examples", "0003_examplepage_mark_glossary_terms"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
