"""The mandate wizard's start page and the guidance editors give for each step."""

WIZARD = {
    "title": "Mandat og arbeidsplan",
    "slug": "veiviser",
    "show_in_menus": True,
    "search_description": "Skriv mandatet og arbeidsplanen for arbeidsgruppen sammen på nett, og last dem ned som Word-dokument.",
    "intro": (
        "<p>Arbeidsgruppen skriver mandatet og arbeidsplanen sammen her, steg for steg. Arbeidsplanen "
        "fylles ut på forhånd med oppgavene fra fasene i arbeidsprosessen. Dere trenger ingen "
        "brukerkonto: dere får en lenke til å redigere og en til å lese, og alt lagres underveis.</p>"
    ),
    "privacy_note": (
        "<p>Den som har redigeringslenken, kan endre utkastet. Del den bare med arbeidsgruppen. "
        "Lenkene lagres ikke hos oss i lesbar form, så ta vare på dem. Skriv ikke "
        "personopplysninger om brukere i mandatet.</p>"
    ),
}

GUIDANCE = [
    {
        "step": "om-arbeidet",
        "help_text": (
            "<p>Gi arbeidet et navn som sier hva det gjelder, og skriv hvem som er oppdragsgiver. "
            "Oppdragsgiveren er vanligvis kommunedirektøren (rådmannen), men kan også være et "
            "politisk utvalg. Eieren er den lederen som har ansvaret for at arbeidet blir gjort.</p>"
        ),
        "example_wording": "Helhetlig organisering av det boligsosiale arbeidet i kommunen",
    },
    {
        "step": "bakgrunn-og-mal",
        "help_text": (
            "<p>Forklar hvorfor arbeidet starter nå: hvilket behov, vedtak eller plan det springer ut "
            "av, og hva som er gjort før. Skill mellom effektmål (nytten for innbyggerne på sikt) og "
            "resultatmål (det som skal foreligge når gruppen er ferdig).</p>"
        ),
        "example_wording": (
            "Hovedmål: Kommunen har en organisering som gjør at vanskeligstilte på boligmarkedet får "
            "samordnet hjelp til å skaffe og beholde en egnet bolig."
        ),
    },
    {
        "step": "oppdrag",
        "help_text": (
            "<p>Beskriv hva gruppen skal levere, for eksempel en beskrivelse av dagens situasjon, en "
            "vurdering av alternativer og et forslag til modell med tidsplan. Skriv også hva som "
            "ikke er en del av oppdraget, og hvilke planer, lover og vedtak som gjelder.</p>"
        ),
        "example_wording": (
            "Arbeidsgruppen skal kartlegge hvordan boligsosiale oppgaver er fordelt i dag, vurdere "
            "minst to modeller for organisering og legge fram et anbefalt forslag."
        ),
    },
    {
        "step": "organisering",
        "help_text": (
            "<p>Skriv hvem som sitter i styringsgruppen, hvem som leder arbeidsgruppen, og hvem som er "
            "medlemmer. Ta med enhetene som berøres, og tillitsvalgte. Avklar hva gruppen kan "
            "bestemme selv, og når den må løfte saker til styringsgruppen. Beskriv hvordan brukere "
            "og ansatte skal bli hørt.</p>"
        ),
        "example_wording": (
            "Arbeidsgruppen kan selv bestemme arbeidsform og møteplan. Forslag som får følger for "
            "budsjett eller bemanning, legges fram for styringsgruppen."
        ),
    },
    {
        "step": "rammer-og-oppfolging",
        "help_text": (
            "<p>Sett av tid til medlemmene og skriv hvilke midler som finnes. Legg inn milepæler og "
            "når gruppen rapporterer til styringsgruppen. Tenk gjennom de viktigste risikoene, hvem "
            "som må holdes orientert, og i hvilken form resultatet skal leveres.</p>"
        ),
        "example_wording": (
            "Arbeidsgruppen rapporterer til styringsgruppen hver sjette uke og leverer en rapport "
            "med forslag til modell innen fristen."
        ),
    },
    {
        "step": "arbeidsplan",
        "help_text": (
            "<p>Arbeidsplanen har ett punkt for hver oppgave. Forslagene kommer fra fasene i "
            "arbeidsprosessen dere valgte, med forslag til hvem som har ansvaret. Sett start og "
            "frist, merk milepælene, og fjern det som ikke passer hos dere.</p>"
        ),
        "example_wording": "",
    },
    {
        "step": "gjennomgang",
        "help_text": (
            "<p>Les gjennom hele mandatet og arbeidsplanen. Det som mangler, er listet øverst med "
            "lenke til stedet der det fylles ut. Når alt er på plass, laster dere ned Word-dokumentet "
            "og legger det fram for oppdragsgiveren til godkjenning.</p>"
        ),
        "example_wording": "",
    },
]
