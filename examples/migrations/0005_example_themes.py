"""Curated themes: examples' tags move from taggit's free tags to ExampleTheme.

Themes already in use are copied and the tagged rows re-pointed before the foreign key changes
(PostgreSQL checks the deferred constraint at commit, against the new target). Moderators may then
maintain the set; editors only choose from it.
"""

import django.db.models.deletion
import modelcluster.contrib.taggit
from django.contrib.auth.management import create_permissions
from django.db import migrations, models


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



def move_tags_to_themes(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    ExampleTheme = apps.get_model("examples", "ExampleTheme")
    ExamplePageTag = apps.get_model("examples", "ExamplePageTag")
    used = Tag.objects.filter(id__in=ExamplePageTag.objects.values("tag_id"))
    for tag in used:
        theme, _ = ExampleTheme.objects.get_or_create(name=tag.name, defaults={"slug": tag.slug})
        ExamplePageTag.objects.filter(tag_id=tag.id).update(tag_id=theme.id)


def grant_theme_permissions(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    grants = {"Moderatorer": ["add", "change", "delete", "view"], "Redaktører": ["view"]}
    for name, actions in grants.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            grant(apps, group, "examples", "exampletheme", actions)


class Migration(migrations.Migration):

    dependencies = [
        ('examples', '0004_editorial_groups'),
    ]

    operations = [
        migrations.CreateModel(
            name='ExampleTheme',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=100, unique=True, verbose_name='name')),
                ('slug', models.SlugField(allow_unicode=True, max_length=100, unique=True, verbose_name='slug')),
            ],
            options={
                'verbose_name': 'Tema',
                'verbose_name_plural': 'Temaer',
                'ordering': ['name'],
            },
        ),
        migrations.RunPython(move_tags_to_themes, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='examplepage',
            name='tags',
            field=modelcluster.contrib.taggit.ClusterTaggableManager(blank=True, help_text='Velg 2–5 temaer fra listen. Nye temaer legges inn av moderatorene.', through='examples.ExamplePageTag', to='examples.ExampleTheme', verbose_name='Temaer'),
        ),
        migrations.AlterField(
            model_name='examplepagetag',
            name='tag',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='tagged_examples', to='examples.exampletheme'),
        ),
        migrations.RunPython(grant_theme_permissions, migrations.RunPython.noop),
    ]
