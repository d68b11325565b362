"""Pages about the portal itself (InformationPage), linked from the footer.

Plain data, no Django imports. What the privacy and accessibility statements say must stay true
to what the code does: cookies (mandates/access.py, Django's csrftoken), the search log
(portal/search), proposals (examples/proposals.py), retention (delete_stale_mandate_drafts) and
how accessibility is tested (tests/browser/).
"""

import datetime

UPDATED = datetime.date(2026, 11, 24)

# Shown at the foot of every page (home.SiteContact); an address of the reserved .example domain
# until the operator sets the real one under Innstillinger → Kontaktinformasjon.
CONTACT = {
    "organisation": "Redaksjonen for Boligsosial veiviser",
    "email": "redaksjonen@boligsosial.example",
}

PAGES = [
    {
        "title": "Om portalen",
        "slug": "om-portalen",
        "intro": (
            "Boligsosial veiviser samler kunnskap, eksempler og verktøy for kommuner som vil "
            "organisere det boligsosiale arbeidet på tvers av tjenester og fag."
        ),
        "body": (
            "<h2>Hvorfor portalen finnes</h2>"
            "<p>Husbanken drev i mange år nettstedet veiviseren.no, som viste kommunene hvordan de "
            "kunne organisere det boligsosiale arbeidet på tvers av enheter. Nettstedet ble lagt "
            "ned i 2023. Denne portalen tar opp arbeidet og bygger videre på det.</p>"
            "<h2>Hva du finner her</h2>"
            "<ul>"
            "<li><b>Arbeidsprosesser</b> delt i faser, med resultater, oppgaver og hvem som har "
            "ansvaret.</li>"
            "<li><b>Eksempler</b> fra kommuner som har prøvd noe andre kan lære av. Du kan filtrere "
            "på tema, målgruppe, fylke, kommunestørrelse og fase.</li>"
            "<li><b>Ordlisten</b>, som forklarer begrepene der de står i teksten.</li>"
            "<li><b>Mandat og arbeidsplan</b>, der arbeidsgruppen skriver mandatet og "
            "arbeidsplanen sammen på nett og laster dem ned som Word-dokument.</li>"
            "</ul>"
            "<h2>Bidra</h2>"
            "<p>Har kommunen din et eksempel andre kan ha nytte av? Bruk skjemaet «Foreslå et "
            "eksempel» på eksempelsiden. Redaksjonen går gjennom alle forslag og tar kontakt før "
            "noe blir publisert.</p>"
        ),
    },
    {
        "title": "Personvernerklæring",
        "slug": "personvern",
        "intro": (
            "Her står hvilke opplysninger portalen tar imot, hva de brukes til, og hvor lenge de "
            "blir lagret. Du trenger ingen brukerkonto for å bruke portalen."
        ),
        "body": (
            "<h2>Når du leser og søker</h2>"
            "<p>Portalen bruker ikke analyseverktøy eller sporing fra andre, og den henter ikke "
            "innhold fra andre nettsteder mens du bruker den. Når du søker, lagres søketeksten "
            "uten noe som knytter den til deg, slik at redaksjonen kan se hva folk leter etter. "
            "Søk som ser ut som fødselsnummer, telefonnummer eller e-postadresse, lagres ikke.</p>"
            "<p>For å stoppe misbruk teller portalen kortvarig hvor mange skjemaer som kommer fra "
            "samme IP-adresse. Tellingen lagres ikke varig og forsvinner etter høyst en time.</p>"
            "<h2>Når du foreslår et eksempel</h2>"
            "<p>Skjemaet ber om navn og e-postadresse, slik at redaksjonen kan kontakte deg om "
            "forslaget. Forslaget lagres som et utkast som bare redaksjonen ser. Blir eksempelet "
            "publisert, kan navnet og e-postadressen stå som kontaktperson, men bare hvis du er "
            "enig i det. Blir forslaget ikke brukt, sletter redaksjonen det.</p>"
            "<h2>Når arbeidsgruppen skriver mandat og arbeidsplan</h2>"
            "<p>Det gruppen skriver i veiviseren, lagres på serveren, sammen med tidligere "
            "versjoner, slik at ingenting går tapt. Bare de som har en lenke til utkastet, kan se "
            "det. Lenkene lagres ikke i lesbar form hos oss. Skriv ikke personopplysninger om "
            "brukere av tjenestene i mandatet. Utkast som ingen har lagret i på to år, blir "
            "slettet.</p>"
            "<h2>Informasjonskapsler</h2>"
            "<ul>"
            "<li><b>csrftoken</b> beskytter skjemaene mot forfalskede innsendinger. Den varer i et "
            "år.</li>"
            "<li><b>veiviser_…</b> husker at nettleseren din har åpnet et utkast med en "
            "delingslenke, slik at lenken ikke trenger å stå i adressefeltet. Den gjelder bare "
            "for det ene utkastet og varer i et halvt år.</li>"
            "<li><b>sessionid</b> og <b>messages</b> brukes bare når redaktører er logget inn i "
            "publiseringsløsningen.</li>"
            "</ul>"
            "<p>Ingen av dem brukes til statistikk eller markedsføring.</p>"
            "<h2>Dine rettigheter</h2>"
            "<p>Du kan be om innsyn i, retting av eller sletting av opplysninger om deg. Skriv "
            "til redaksjonen på e-postadressen nederst på siden. Mener du "
            "at opplysninger om deg blir behandlet i strid med reglene, kan du klage til "
            "Datatilsynet.</p>"
        ),
    },
    {
        "title": "Tilgjengelighetserklæring",
        "slug": "tilgjengelighet",
        "intro": (
            "Portalen skal kunne brukes av alle, også med skjermleser, forstørrelse eller bare "
            "tastatur. Den er laget for å oppfylle kravene i WCAG 2.1 på nivå AA."
        ),
        "body": (
            "<h2>Slik tester vi</h2>"
            "<p>Hver gang koden endres, åpner automatiske tester sidene i en ekte nettleser og "
            "sjekker dem med verktøyet axe-core mot kravene i WCAG 2.1 nivå A og AA. Testene "
            "dekker blant annet forsiden, arbeidsprosessene og fasene, eksempellisten med "
            "filtre, søket med forslag, ordlisten med forklaringer i teksten, skjemaet for nye "
            "eksempler med feilmeldinger og hvert steg i veiviseren for mandat og arbeidsplan.</p>"
            "<p>Veiviseren testes også fra start til nedlastet Word-dokument med bare tastatur. "
            "Alle sider virker uten JavaScript. Skript brukes bare til å gjøre sidene enklere å "
            "bruke, for eksempel med forslag mens du skriver og automatisk lagring.</p>"
            "<h2>Kjente begrensninger</h2>"
            "<ul>"
            "<li>Datofelt i veiviseren viser dag, måned og år i den rekkefølgen nettleseren din "
            "bruker, som ikke alltid er den norske.</li>"
            "<li>Automatiske tester finner ikke alle problemer. Vi tar gjerne imot beskjed om det "
            "du støter på.</li>"
            "</ul>"
            "<h2>Gi beskjed</h2>"
            "<p>Finner du noe som ikke virker, vil vi gjerne vite det: skriv til redaksjonen på "
            "e-postadressen nederst på siden. Du kan også melde fra til "
            "Tilsynet for universell utforming av ikt, som fører tilsyn med at offentlige "
            "nettsteder er universelt utformet.</p>"
        ),
    },
]
