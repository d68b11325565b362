"""The municipality register moves to its own app, places (a bottom layer the wizard may use
too). First the table is renamed to the name places will own; places.0001 then takes the model
over in Django's state, and 0008 points the examples' foreign key at it. No row is copied."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("examples", "0008_editors_change_no_shared_data")]

    operations = [migrations.AlterModelTable("municipality", "places_municipality")]
