"""Retire Wagtail's English starter groups in favour of Redaktører and Moderatorer.

Wagtail's first migrations create «Editors» and «Moderators», with page rights over the whole tree
and a site-wide «Moderators approval» workflow. Beside our two groups they would confuse editors
(four groups, two of them in English, with wider rights than ours). On a site where nobody belongs
to them, their image and document rights move to our groups, the site-wide approval task is given
to Moderatorer and named in Norwegian, and the English groups are deleted. A group that has
members is left alone: somebody chose to use it.
"""

from django.db import migrations

EDITORS = "Redaktører"
MODERATORS = "Moderatorer"
SUCCESSORS = {"Editors": EDITORS, "Moderators": MODERATORS}
SITE_WORKFLOW = "Godkjenning av sider"
SITE_TASK = "Moderatorgodkjenning"
MEDIA_APPS = ("wagtailimages", "wagtaildocs")


def retire_starter_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    for old_name, new_name in SUCCESSORS.items():
        old = Group.objects.filter(name=old_name).first()
        new = Group.objects.filter(name=new_name).first()
        if old is None or new is None or old.user_set.exists():
            continue
        new.permissions.add(
            *old.permissions.filter(content_type__app_label__in=MEDIA_APPS)
        )
        for grant in GroupCollectionPermission.objects.filter(group=old):
            GroupCollectionPermission.objects.get_or_create(
                group=new, collection_id=grant.collection_id, permission_id=grant.permission_id
            )
        for task in GroupApprovalTask.objects.filter(groups=old):
            task.groups.add(new)
            if task.name == "Moderators approval":
                task.name = SITE_TASK
                task.save(update_fields=["name"])
        old.delete()
    Workflow.objects.filter(name="Moderators approval").update(name=SITE_WORKFLOW)


class Migration(migrations.Migration):
    dependencies = [
        ("examples", "0005_example_themes"),
        ("wagtailcore", "0048_add_default_workflows"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(retire_starter_groups, migrations.RunPython.noop)]
