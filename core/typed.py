"""Giving back what somebody typed into a form that could not be saved.

Both the CSRF failure page and the wizard's refusal page list the text a visitor sent, each
value under the label of its field, so it can be copied into a fresh form. Each form says which
of its posted keys are typed text (``label_for`` returns the label, or None): tokens, honeypots,
hidden row ids, formset counters, check boxes and choices are not, and neither is any key of a
form that is not ours (a password on the admin's login page is never echoed).
"""


def typed_values(post, label_for):
    """(label, text) for each non-empty text in ``post`` that ``label_for`` names, in form order."""
    values = []
    for key, texts in post.lists():
        label = label_for(key)
        if label is None:
            continue
        values.extend((label, text) for text in texts if text.strip())
    return values
