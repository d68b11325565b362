"""gunicorn's configuration: `gunicorn -c python:portal.gunicorn portal.wsgi` (docs/deployment.md).

Its logs use the portal's own logging configuration (LOGGING in portal/settings/base.py): the
same format (LOG_FORMAT=json for JSON lines), and the filter that hides share-link tokens on
every handler, so an access line for `GET /veiviser/lenke/<token>/` never holds the token.
"""

import importlib
import os

_settings = importlib.import_module(
    os.environ.get("DJANGO_SETTINGS_MODULE", "portal.settings.production")
)

logconfig_dict = _settings.LOGGING
# One access line per request: request line, status, bytes and milliseconds. No client address,
# referrer or user agent: the privacy statement (/personvern/) promises that nothing the portal
# keeps is tied to a visitor, and an address beside the request line would be.
access_log_format = '"%(r)s" %(s)s %(b)s %(M)sms'
