"""What a careless user or an attacker types: hypothesis strategies for one form value.

A value is either one the page itself offers (an option of a select, a checkbox's value, a
hidden field's value: that is how the fuzzer gets past the first validation and into the
deeper code), a known troublemaker (control characters, Unicode digits that ``str.isdigit()``
accepts and ``int()`` refuses, numbers past bigint, markup, very long text), or any text.
"""

from hypothesis import strategies as st

TROUBLEMAKERS = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x07\x1b[31m",
    "\u0085\u2028",
    "²",
    "①",
    "١٢",
    "1_2",
    " 12 ",
    "-1",
    "0",
    "00",
    "1e9",
    "NaN",
    "99999999999999999999",
    "9" * 40,
    "2024-02-30",
    "31.12.1899",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%00",
    "../../etc/passwd",
    "x" * 5000,
    "Ærlig øl på Åsen",
]

# Any text but lone surrogates, which a browser cannot send (they are not encodable as UTF-8).
ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)


def value(own_values=()):
    """One value for a field whose page offered ``own_values``."""
    choices = [st.sampled_from(TROUBLEMAKERS), ANY_TEXT]
    if own_values:
        choices.insert(0, st.sampled_from(sorted(set(own_values))))
    return st.one_of(*choices)


def values_for(fields, extra_keys=True):
    """A form submission: a dict of name → list of values for some of ``fields`` (name → the
    values the page offered), and now and then a key the form does not have."""
    names = sorted(fields)
    field_values = st.fixed_dictionaries(
        {},
        optional={name: st.lists(value(fields[name]), min_size=1, max_size=3) for name in names},
    )
    if not extra_keys:
        return field_values
    stray = st.dictionaries(ANY_TEXT, st.lists(value(), min_size=1, max_size=2), max_size=2)
    return st.builds(lambda known, other: {**other, **known}, field_values, stray)
