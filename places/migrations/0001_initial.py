"""The municipality model as it came from examples (table renamed by examples.0007)."""

import django.core.validators
import modelsearch.index
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = [("examples", "0009_municipality_table_to_places")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Municipality",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("name", models.CharField(max_length=100, verbose_name="Navn")),
                        ("number", models.CharField(help_text="Fire sifre, som 3203 for Asker.", max_length=4, unique=True, validators=[django.core.validators.RegexValidator("^\\d{4}$", "Kommunenummeret skal være fire sifre.")], verbose_name="Kommunenummer")),
                        ("county", models.CharField(max_length=20, verbose_name="Fylke")),
                        ("size_class", models.CharField(max_length=10, verbose_name="Størrelse")),
                    ],
                    options={"verbose_name": "Kommune", "verbose_name_plural": "Kommuner", "ordering": ["name"]},
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ]
        )
    ]
