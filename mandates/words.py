"""Friendly names for drafts, so a group can say which draft they mean ("Blå fjord 27")."""

import secrets

ADJECTIVES = (
    "Blå",
    "Grønn",
    "Gul",
    "Rød",
    "Lys",
    "Stille",
    "Varm",
    "Klar",
    "Modig",
    "Rolig",
    "Høy",
    "Vid",
    "Ny",
    "Frisk",
    "Sterk",
    "Trygg",
    "Åpen",
    "Lun",
    "Rask",
    "Solid",
)
NOUNS = (
    "fjord",
    "fjell",
    "bjørk",
    "elv",
    "bro",
    "vik",
    "li",
    "stue",
    "tun",
    "brygge",
    "lykt",
    "sti",
    "strand",
    "mo",
    "bakke",
    "dal",
    "holme",
    "vei",
    "kai",
    "tråd",
)


def draft_name():
    return f"{secrets.choice(ADJECTIVES)} {secrets.choice(NOUNS)} {secrets.randbelow(90) + 10}"
