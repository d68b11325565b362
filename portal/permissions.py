"""Granting model permissions to the editorial groups from data migrations."""

from django.contrib.auth.management import create_permissions


def ensure_permissions(apps):
    """Permissions are normally created after all migrations; make sure they exist now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
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
