"""Share-link tokens never reach a log line.

A share link's token is the key to a draft (mandates/access.py): whoever reads it in a log can
edit the draft. The link is followed as ``GET …/lenke/<token>/``, so the token is in gunicorn's
access line, in Django's «Not Found» warning when a link is wrong or revoked, in the dev server's
request line, and possibly in a traceback. This filter sits on every handler (LOGGING in
portal/settings/base.py) and replaces the token with ``[skjult]`` in the message, its arguments,
the traceback and any extra field, before any formatter (text or JSON) writes it.
"""

import logging
import re

HIDDEN = "[skjult]"
# «lenke/<token>» wherever it stands: a path, a full URL, a resolver's path without its slash.
SHARE_TOKEN = re.compile(r"(?<![\w-])(lenke/)[^/?#\s\"'<>\\]+")
# Attributes every LogRecord has; anything else on a record came in through ``extra``.
STANDARD_ATTRIBUTES = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message"}
PLAIN = (str, int, float, bool, type(None))


def hide_tokens(text):
    return SHARE_TOKEN.sub(rf"\g<1>{HIDDEN}", text)


class HideShareTokens(logging.Filter):
    def filter(self, record):
        message = record.getMessage()
        hidden = hide_tokens(message)
        if hidden != message:
            record.msg, record.args = hidden, None
        if record.exc_info:
            # Formatted once here, so every formatter prints the cleaned text (exc_text).
            record.exc_text = hide_tokens(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = hide_tokens(record.exc_text)
        for name, value in list(vars(record).items()):
            if name in STANDARD_ATTRIBUTES:
                continue
            if isinstance(value, str):
                setattr(record, name, hide_tokens(value))
            elif not isinstance(value, PLAIN):
                # A request or a socket handler (Django's extras): a JSON formatter would write
                # it as its str(), which names the path.
                setattr(record, name, hide_tokens(str(value)))
        return True
