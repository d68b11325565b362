"""The areas of work that group the processes, as on veiviseren («Støtte i arbeidsprosess» and
«Planlegge, lede og utvikle»). Plain data; the intros are written for the portal."""

AREAS = [
    {
        "title": "Overgang til bolig i kommune",
        "slug": "overgang-til-bolig-i-kommune",
        "intro": (
            "<p>Når noen skal flytte fra et asylmottak, fra et annet land eller ut fra fengsel, må "
            "kommunen ha en bolig og tjenester klare før flyttedagen. Prosessene her viser hva som "
            "må avklares, og hvem som gjør hva, fra første kontakt til personen er på plass.</p>"
        ),
    },
    {
        "title": "Fremskaffe og forvalte boliger",
        "slug": "fremskaffe-og-forvalte-boliger",
        "intro": (
            "<p>Kommunen trenger boliger som passer dem som ikke finner en bolig selv. Her finner du "
            "prosessene for å bygge eller oppgradere boliger, skaffe boliger til personer med behov "
            "for oppfølging, og forvalte de kommunale utleieboligene godt.</p>"
        ),
    },
    {
        "title": "Leie og kjøp av bolig",
        "slug": "leie-og-kjop-av-bolig",
        "intro": (
            "<p>Søknaden om en kommunal bolig er for mange den første kontakten med kommunens "
            "boligsosiale arbeid. Prosessen viser hvordan søknaden tas imot, behandles og avgjøres "
            "etter boligsosialloven og forvaltningsloven.</p>"
        ),
    },
    {
        "title": "Tilrettelegge og beholde bolig",
        "slug": "tilrettelegge-og-beholde-bolig",
        "intro": (
            "<p>Det er lettere å beholde en bolig enn å skaffe en ny. Prosessene her handler om å "
            "forebygge utkastelser, refinansiere gjeld med startlån, hjelpe boligsøkere inn i det "
            "private leiemarkedet og samarbeide med private utleiere.</p>"
        ),
    },
    {
        "title": "Tjenester og bo-oppfølging",
        "slug": "tjenester-og-bo-oppfolging",
        "intro": (
            "<p>Mange trenger hjelp i hverdagen for å mestre det å bo. Prosessen viser hvordan "
            "kommunen kartlegger behovet, tildeler tjenester i hjemmet og samordner dem.</p>"
        ),
    },
    {
        "title": "Boligrådgivning",
        "slug": "boligradgivning",
        "intro": (
            "<p>Med god rådgivning kan flere bli boende i sin egen bolig når helsen eller "
            "funksjonsevnen endrer seg. Prosessen følger en tilpasning fra første kontakt til "
            "oppfølgingen etter at arbeidet er gjort.</p>"
        ),
    },
    {
        "title": "Planlegge, lede og utvikle",
        "slug": "planlegge-lede-og-utvikle",
        "intro": (
            "<p>Det boligsosiale arbeidet blir best når det er forankret i kommunens planer og "
            "organisert på tvers av enhetene. Her finner du planprosessen fra planstrategi til "
            "økonomiplan, og prosessen for å organisere det tverrfaglige samarbeidet.</p>"
        ),
    },
]
