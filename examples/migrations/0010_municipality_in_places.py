import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("examples", "0009_municipality_table_to_places"),
        ("places", "0001_initial"),
    ]

    # State only: the table is already places_municipality and the constraint follows the rename.
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="examplepage",
                    name="municipality",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="examples",
                        to="places.municipality",
                        verbose_name="Kommune",
                    ),
                ),
                migrations.DeleteModel("Municipality"),
            ]
        )
    ]
