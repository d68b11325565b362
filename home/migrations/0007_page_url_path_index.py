from django.db import migrations


class Migration(migrations.Migration):
    """HomePage.route finds a page by its stored url_path in one query; without an index that
    query read every row of wagtailcore_page (a scan of 50,000 pages on every request)."""

    dependencies = [
        ("home", "0006_moderators_edit_site_contact"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS portal_page_url_path ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS portal_page_url_path",
        ),
    ]
