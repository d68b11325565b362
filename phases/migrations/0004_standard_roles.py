"""The standard responsible roles, with the keys tasks already store. Editors may rename them
and add more under «Ansvarlige roller»; existing rows are never changed here."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from phases.roles import ensure_standard_roles



def create_roles(apps, schema_editor):
    ResponsibleRole = apps.get_model("phases", "ResponsibleRole")
    ensure_standard_roles(ResponsibleRole)


def grant(apps, schema_editor):
    """Moderators keep the list of roles; editors use it."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Moderatorer").first()
    if group is not None:
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="phases",
                codename__in=["add_responsiblerole", "change_responsiblerole",
                              "view_responsiblerole"],
            )
        )


class Migration(migrations.Migration):
    dependencies = [("phases", "0003_structure_roles_law_references")]

    operations = [
        migrations.RunPython(create_roles, migrations.RunPython.noop),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
