"""The front page and the section pages of the demo portal, and the shared target groups."""

HOME = {
    "title": "Boligsosial veiviser",
    "slug": "forside",
    "seo_title": "Boligsosial veiviser – kunnskap for boligsosialt arbeid i kommunene",
    "search_description": "Arbeidsprosesser, eksempler fra kommunene og en ordliste for deg som organiserer det boligsosiale arbeidet på tvers av tjenestene.",
    "intro": (
        "<p>Her finner du hjelp til å organisere det boligsosiale arbeidet i kommunen på tvers av "
        "enheter og fag: arbeidsprosesser delt i faser med oppgaver og ansvar, eksempler på hva andre "
        "kommuner har fått til, og forklaringer på begrepene som brukes.</p>"
    ),
}

PROCESS_INDEX = {
    "title": "Arbeidsprosesser",
    "slug": "arbeidsprosesser",
    "show_in_menus": True,
    "intro": (
        "<p>En arbeidsprosess beskriver steg for steg hvordan kommunen kan gå fram, fra oppstart og "
        "mandat til evaluering. Hver fase forteller hva som skal gjøres, hvem som har ansvaret og hva "
        "som skal være på plass før neste fase.</p>"
    ),
}

EXAMPLE_INDEX = {
    "title": "Eksempler",
    "slug": "eksempler",
    "show_in_menus": True,
    "intro": (
        "<p>Slik har andre kommuner organisert og gjennomført boligsosialt arbeid. Eksemplene er "
        "skrevet av eller sammen med kommunene og viser både hva de gjorde og hva de oppnådde.</p>"
    ),
}

GLOSSARY_INDEX = {
    "title": "Ordliste",
    "slug": "ordliste",
    "show_in_menus": True,
    "intro": "<p>Forklaringer på ord og begreper som brukes i det boligsosiale arbeidet.</p>",
}

RESOURCE_INDEX = {
    "title": "Ressurser",
    "slug": "ressurser",
    "show_in_menus": True,
    "intro": (
        "<p>Rapporter, presentasjoner og verktøy som arbeidsprosessene og eksemplene bygger på.</p>"
    ),
}

TARGET_GROUPS = [
    ("Barnefamilier", "barnefamilier"),
    ("Ungdom og unge voksne", "ungdom-og-unge-voksne"),
    ("Personer med rusproblemer", "personer-med-rusproblemer"),
    ("Personer med psykiske lidelser", "personer-med-psykiske-lidelser"),
    ("Flyktninger", "flyktninger"),
    ("Personer med utviklingshemming", "personer-med-utviklingshemming"),
    ("Personer med nedsatt funksjonsevne", "personer-med-nedsatt-funksjonsevne"),
    ("Bostedsløse", "bostedslose"),
    ("Løslatte fra fengsel", "loslatte-fra-fengsel"),
    ("Vanskeligstilte på boligmarkedet", "vanskeligstilte-pa-boligmarkedet"),
    ("Eldre", "eldre"),
]

THEMES = [
    "Samordning",
    "Tverrfaglig samarbeid",
    "Boligkontor",
    "Tildeling av bolig",
    "Oppfølging i bolig",
    "Brukermedvirkning",
    "Planarbeid",
    "Kartlegging",
    "Tjenesteinnovasjon",
    "Bosetting av flyktninger",
    "Barn og unge",
    "Rus og psykisk helse",
    "Kriminalomsorg",
    "Boligsosialt utviklingsprogram",
    "Kommunale utleieboliger",
    "Forebygging av utkastelser",
    "Startlån og økonomisk rådgivning",
    "Tilpasning av bolig",
    "Boligbygging og fremskaffelse",
    "Leie av private boliger",
    "Housing First",
]

UNDERSTANDING = {
    "title": "Forstå helheten",
    "slug": "forsta-helheten",
    "show_in_menus": True,
    "search_description": "Seks suksessfaktorer for godt boligsosialt arbeid, og bruker- og pårørendeorganisasjoner kommunen kan samarbeide med.",
    "intro": (
        "<p>Godt boligsosialt arbeid hviler på noen få forutsetninger som går igjen i kommunene "
        "som lykkes. Her er de seks suksessfaktorene, organisasjonene som taler brukernes og de "
        "pårørendes sak, og ordlisten med begrepene arbeidsprosessene bruker.</p>"
    ),
    "organisations_intro": (
        "<p>Bruker- og pårørendeorganisasjonene kjenner hverdagen til dem tjenestene er til for. "
        "Inviter dem inn når kommunen planlegger, utvikler og evaluerer det boligsosiale "
        "arbeidet, for eksempel i en referansegruppe eller et brukerråd.</p>"
    ),
}

LEGAL_INDEX = {
    "title": "Lover og forskrifter",
    "slug": "lover-og-forskrifter",
    "show_in_menus": False,
    "intro": (
        "<p>Her er alle lovbestemmelsene og forskriftene portalen viser til, med lenke til "
        "Lovdata, sidene som bruker dem og datoen redaksjonen sist kontrollerte dem.</p>"
    ),
}
