"""Norwegian text helpers shared by the apps."""

NORWEGIAN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ"
_ORDER = {letter: index for index, letter in enumerate(NORWEGIAN_ALPHABET)}
_FOLD = str.maketrans({"É": "E", "È": "E", "Ä": "Æ", "Ö": "Ø", "Ü": "Y", "Á": "A"})


def norwegian_sort_key(text):
    """Sort key for A–Å order: Æ, Ø and Å come after Z, as in a Norwegian dictionary."""
    folded = text.upper().translate(_FOLD)
    return [(_ORDER.get(char, -1 if char.isdigit() else 100), char) for char in folded]
