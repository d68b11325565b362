"""The register is read, not written, in the admin: Redaktører and Moderatorer may view
municipalities and counties (editors choose from them), but adding, changing and deleting are
for administrators and the import (places.0002, ``refresh_municipalities``).

The register is SSB's (KLASS 131 and 104): a name changed by hand would differ from KLASS, go
live at once on every example and in the API, and be put back by the next refresh. 0002 gave
Moderatorer add and change on municipalities and change on counties, from the time the
municipalities were a short list kept by hand; they lose them here.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Redaktører", "Moderatorer"]
VIEW = ["view_municipality", "view_county"]
WRITE = [
    f"{action}_{model}"
    for action in ("add", "change", "delete")
    for model in ("municipality", "county")
]


# A copy, not an import: a migration must keep working whatever happens to the live code.
def ensure_permissions(apps):
    """Permissions are normally created after all migrations; make sure they exist now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None


def permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="places", codename__in=codenames)


def read_only(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions(apps, WRITE))
        group.permissions.add(*permissions(apps, VIEW))


def moderators_write_again(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Moderatorer"):
        group.permissions.add(
            *permissions(apps, ["add_municipality", "change_municipality", "change_county"])
        )


class Migration(migrations.Migration):
    dependencies = [
        ("places", "0002_register"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(read_only, moderators_write_again)]
