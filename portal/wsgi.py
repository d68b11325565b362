"""WSGI entry point; production settings unless DJANGO_SETTINGS_MODULE says otherwise."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()

from portal.db import limit_web_statements  # noqa: E402 (needs the settings configured above)

limit_web_statements()
