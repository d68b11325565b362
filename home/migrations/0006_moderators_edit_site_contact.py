"""The editorial team (Moderatorer) keeps the footer's contact details up to date."""

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



def grant_contact(apps, schema_editor):
    ensure_permissions(apps)
    group = apps.get_model("auth", "Group").objects.filter(name="Moderatorer").first()
    if group is not None:
        grant(apps, group, "home", "sitecontact", ["change", "view"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_site_contact"),
        ("examples", "0004_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant_contact, migrations.RunPython.noop)]
