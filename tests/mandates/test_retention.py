import datetime
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from mandates.models import MandateDraft, MandateSection, ShareLink
from mandates.prefill import create_draft


def age(draft, days):
    moment = timezone.now() - datetime.timedelta(days=days)
    MandateDraft.objects.filter(pk=draft.pk).update(created_at=moment)
    MandateSection.objects.filter(draft=draft).update(updated_at=moment)


def test_drafts_nobody_saved_for_long_are_deleted_with_everything_in_them(db):
    old, _ = create_draft(None)
    recent, _ = create_draft(None)
    age(old, 800)
    age(recent, 800)
    MandateSection.objects.filter(draft=recent, key="oppdrag").update(updated_at=timezone.now())

    out = StringIO()
    call_command("delete_stale_mandate_drafts", "--dry-run", stdout=out)
    assert "1 utkast ville blitt slettet" in out.getvalue()
    assert MandateDraft.objects.count() == 2

    call_command("delete_stale_mandate_drafts", stdout=StringIO())
    assert list(MandateDraft.objects.all()) == [recent]
    assert not ShareLink.objects.filter(draft_id=old.pk).exists()
    assert not MandateSection.objects.filter(draft_id=old.pk).exists()
