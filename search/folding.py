"""Folding: the key under which «Bodø», «Bodo» and «Bodoe» are the same word.

Lower case; æ, ø, å and accented letters to their bare letter; then the ASCII spellings «aa», «oe»
and «ae» to one letter, so «Aalesund» = «Ålesund» = «Alesund», «Tromsoe» = «Tromsø» = «Tromso».
A key is only ever compared with other keys; words that collide («poeng»/«pong») are both offered
as alternatives, and only words that occur in the content are (vocabulary.py).

The SQL function ``portal_search_fold`` (migration 0003) does the same; a test keeps them equal.
"""

LETTERS = str.maketrans(
    {"æ": "a", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ü": "u", "é": "e", "è": "e", "ê": "e",
     "ó": "o", "ò": "o", "ô": "o", "á": "a", "à": "a"}
)  # fmt: skip
# The SQL function's translate() arguments, built from the same table.
SQL_FROM = "".join(chr(c) for c in LETTERS)
SQL_TO = "".join(LETTERS[c] for c in LETTERS)


def fold(word):
    folded = word.lower().translate(LETTERS)
    return folded.replace("aa", "a").replace("oe", "o").replace("ae", "a")


def fold_text(text):
    return " ".join(fold(word) for word in text.split())
