"""Norwegian text helpers shared by the apps."""

import re
from html import unescape

from django.db.models import Func, Value
from django.db.models.functions import Collate, Lower
from django.utils.html import strip_tags

# C0 controls except \t and \n, DEL, C1 controls, lone surrogates and the two non-characters XML
# forbids. \r is turned into \n first. No-break space, soft hyphen and joiners are text and stay.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value):
    """``value`` as text any page, database column and export format can hold.

    The one cleaner for what people type and what is stored: None becomes "", line breaks are
    normalised to \n, and control characters other than \n and \t (C0, DEL, C1), lone
    surrogates and U+FFFE/U+FFFF are removed (PostgreSQL refuses NUL, XML refuses the rest).
    Everything else, HTML and script text included, is kept verbatim: escaping is the templates'
    job.
    """
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _UNWANTED.sub("", text)


NORWEGIAN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ"
_ORDER = {letter: index for index, letter in enumerate(NORWEGIAN_ALPHABET)}
_FOLD = str.maketrans({"É": "E", "È": "E", "Ä": "Æ", "Ö": "Ø", "Ü": "Y", "Á": "A"})


def norwegian_sort_key(text):
    """Sort key for A–Å order: Æ, Ø and Å come after Z, as in a Norwegian dictionary."""
    folded = text.upper().translate(_FOLD)
    return [(_ORDER.get(char, -1 if char.isdigit() else 100), char) for char in folded]


def norwegian_order_by(field):
    """An ORDER BY expression for A–Å order in the database, with no ICU collation.

    The embedded PostgreSQL is built without ICU and machines seldom have a nb_NO locale, so
    ``lower(field)`` is mapped onto the C collation with Æ, Ø and Å (and their Swedish and German
    look-alikes) turned into the three characters that follow «z» in ASCII. PostgreSQL 15 on
    Debian and the embedded PostgreSQL 18 order the same way.
    """
    folded = Func(Lower(field), Value("æøåäöüéèá"), Value("{|}{|yeea"), function="translate")
    return Collate(folded, "C")


_BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote|div|tr|figure)>|<br\s*/?>", re.IGNORECASE)


def html_to_text(html):
    """Plain text from HTML: tags dropped, entities decoded, one blank line between blocks."""
    text = unescape(strip_tags(_BLOCK_END.sub("\n\n", str(html or ""))))
    paragraphs = (" ".join(part.split()) for part in text.split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)
