"""Who may do what with examples: editors write and submit, moderators approve and publish.

The groups and their admin permissions come from a migration (0004_editorial_groups). The page
permissions and the moderation workflow belong to the example section page, which may not exist
when migrations run; ``ensure_moderation`` attaches them and is called when the section is created
(demo loader, admin hook). It is idempotent.
"""

from django.contrib.auth.models import Group, Permission

from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS = "Redaktører"
MODERATORS = "Moderatorer"
WORKFLOW = "Moderering av eksempler"
TASK = "Godkjenning av moderator"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "unlock_page"],
}


def ensure_moderation(example_index):
    for group_name, codenames in PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=example_index,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    moderators = Group.objects.get(name=MODERATORS)
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK)
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=example_index, defaults={"workflow": workflow})
    return workflow
