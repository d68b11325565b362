"""One validation of what a visitor sends, for every view.

Text: control characters (C0 but tab and line feed; DEL; C1; lone surrogates) never reach the
database; ``core.text.clean_text`` is the one cleaner. PostgreSQL refuses a NUL byte in any
text value, and psycopg raises on it, so one ``?q=%00`` used to be a 500; the other control
characters are invisible noise in stored text.
``InputMiddleware`` strips them from every GET and POST key and value and from cookies before any
view runs, and answers 404 for a path that contains one (no page or route has such a name).

Numbers: ``ascii_int`` accepts ASCII digits only. ``str.isdigit()`` is true for «²» and «①»,
which ``int()`` refuses, and ``int()`` itself accepts «١٢», « 12 » and «1_2»; a parameter that
names a row, a page or a year is none of those.
"""

import re

from django.http import Http404, QueryDict

from core.text import clean_text

ASCII_DIGITS = re.compile(r"[0-9]{1,18}")  # 18 digits always fit in PostgreSQL's bigint


def has_control_characters(text):
    """True where ``clean_text``, the one text cleaner, would change ``text``."""
    return clean_text(text) != text


def ascii_int(value, default=None, minimum=None, maximum=None):
    """``value`` as an int if it is 1–18 ASCII digits within [minimum, maximum], else default."""
    if not isinstance(value, str) or not ASCII_DIGITS.fullmatch(value):
        return default
    number = int(value)
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        return default
    return number


def cleaned_querydict(querydict):
    if not any(
        has_control_characters(key) or any(has_control_characters(v) for v in values)
        for key, values in querydict.lists()
    ):
        return querydict
    cleaned = QueryDict(mutable=True, encoding=querydict.encoding)
    for key, values in querydict.lists():
        cleaned.setlist(clean_text(key), [clean_text(v) for v in values])
    cleaned._mutable = False
    return cleaned


class InputMiddleware:
    """Strips control characters from the query, form posts and cookies (see the module doc).

    Sits before the session middleware (a session cookie with a NUL byte would reach the
    database). Form posts are cleaned in ``process_view``, as Django's CSRF middleware reads
    them, and not at all for views exempt from CSRF, whose bodies are theirs to read.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_control_characters(request.path_info):
            raise Http404("Ugyldig adresse.")
        request.GET = cleaned_querydict(request.GET)
        cookies = request.COOKIES
        if any(has_control_characters(k + v) for k, v in cookies.items()):
            request.COOKIES = {
                k: v for k, v in cookies.items() if not has_control_characters(k + v)
            }
        return self.get_response(request)

    def process_view(self, request, callback, callback_args, callback_kwargs):
        if request.method == "POST" and not getattr(callback, "csrf_exempt", False):
            request.POST = cleaned_querydict(request.POST)
        return None
