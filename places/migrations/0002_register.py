"""Counties as rows, municipalities with population, validity and successors, and the whole
register of 2024 (357 municipalities, 15 counties, and the numbers given up since 2017) loaded
from places/data/. Existing municipalities keep their row (examples point at them); their old
county key is matched to the county row by its slug."""

import django.core.validators
import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

from places.loading import norwegian_slug, sync_register


def load_register(apps, schema_editor):
    County = apps.get_model("places", "County")
    Municipality = apps.get_model("places", "Municipality")
    rows = list(Municipality.objects.all())
    sync_register(County, Municipality)
    # Rows the files do not know (made by hand or by tests) keep their county from the old key.
    by_slug = {c.slug: c for c in County.objects.all()}
    for municipality in Municipality.objects.filter(county__isnull=True):
        key = next(r.county_key for r in rows if r.pk == municipality.pk)
        municipality.county = by_slug.get(key) or by_slug[norwegian_slug("Oslo")]
        municipality.current_county = municipality.county
        municipality.label = municipality.name
        municipality.save()


def grant_permissions(apps, schema_editor):
    """Moderators keep the register; editors choose from it (the two groups of examples.0004)."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    rights = {
        "Redaktører": ["view_municipality", "view_county"],
        "Moderatorer": ["add_municipality", "change_municipality", "view_municipality",
                        "change_county", "view_county"],
    }
    for name, codenames in rights.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*Permission.objects.filter(
                content_type__app_label="places", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("places", "0001_initial"),
        ("examples", "0010_municipality_in_places"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.CreateModel(
            name="County",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("number", models.CharField(max_length=2, unique=True, validators=[django.core.validators.RegexValidator("^\\d{2}$", "Fylkesnummeret skal være to sifre.")], verbose_name="Fylkesnummer")),
                ("name", models.CharField(max_length=100, verbose_name="Navn")),
                ("slug", models.SlugField(help_text="Brukes i adresser, som /eksempler/?fylke=trondelag.", max_length=100, unique=True, verbose_name="Nøkkel")),
                ("valid_from", models.DateField(blank=True, null=True, verbose_name="Gyldig fra")),
                ("valid_to", models.DateField(blank=True, help_text="Første dag fylket ikke lenger fantes. Tomt for dagens fylker.", null=True, verbose_name="Gyldig til")),
                ("successors", models.ManyToManyField(blank=True, related_name="predecessors", to="places.county", verbose_name="Ble til")),
            ],
            options={"verbose_name": "Fylke", "verbose_name_plural": "Fylker", "ordering": ["name", "number"]},
        ),
        migrations.RenameField("municipality", "county", "county_key"),
        migrations.AddField("municipality", "county", models.ForeignKey(help_text="Fylket kommunenummeret hørte til.", null=True, on_delete=django.db.models.deletion.PROTECT, related_name="municipalities", to="places.county", verbose_name="Fylke")),
        migrations.AddField("municipality", "current_county", models.ForeignKey(blank=True, help_text="For en tidligere kommune: fylket til kommunen som tok over.", null=True, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="places.county", verbose_name="Fylke i dag")),
        migrations.AddField("municipality", "label", models.CharField(blank=True, help_text="Slik kommunen vises: «Fjell (nå Øygarden)», «Herøy (Nordland)». Fylles ut av registeret.", max_length=200, verbose_name="Visningsnavn")),
        migrations.AddField("municipality", "other_names", models.CharField(blank=True, help_text="Samisk og kvensk navn.", max_length=300, verbose_name="Andre offisielle navn")),
        migrations.AddField("municipality", "population", models.PositiveIntegerField(blank=True, null=True, verbose_name="Innbyggere")),
        migrations.AddField("municipality", "population_date", models.DateField(blank=True, null=True, verbose_name="Innbyggertall per")),
        migrations.AddField("municipality", "valid_from", models.DateField(blank=True, null=True, verbose_name="Gyldig fra")),
        migrations.AddField("municipality", "valid_to", models.DateField(blank=True, help_text="Første dag nummeret ikke lenger var i bruk. Tomt for dagens kommuner.", null=True, verbose_name="Gyldig til")),
        migrations.AddField("municipality", "successors", models.ManyToManyField(blank=True, related_name="predecessors", to="places.municipality", verbose_name="Ble til")),
        migrations.AlterField("municipality", "size_class", models.CharField(blank=True, choices=[("small", "Liten (under 5 000 innbyggere)"), ("medium", "Mellomstor (5 000–19 999 innbyggere)"), ("large", "Stor (20 000–99 999 innbyggere)"), ("xlarge", "Storby (100 000 innbyggere eller flere)")], max_length=10, verbose_name="Størrelse")),
        migrations.AlterModelOptions("municipality", {"ordering": ["name", "number"], "verbose_name": "Kommune", "verbose_name_plural": "Kommuner"}),
        migrations.RunPython(load_register, migrations.RunPython.noop),
        migrations.RemoveField("municipality", "county_key"),
        migrations.AlterField("municipality", "county", models.ForeignKey(help_text="Fylket kommunenummeret hørte til.", on_delete=django.db.models.deletion.PROTECT, related_name="municipalities", to="places.county", verbose_name="Fylke")),
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
    ]
