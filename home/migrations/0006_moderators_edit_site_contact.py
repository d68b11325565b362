"""The editorial team (Moderatorer) keeps the footer's contact details up to date."""

from django.db import migrations

from portal.permissions import ensure_permissions, grant


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
