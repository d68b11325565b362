"""Examples from veiviseren's example bank and from the new processes' sources, written for
the portal (sources in each entry; the writers' notes are summarised in demo/README.md).

"process" is the slug of the work process the example illustrates and "phases" its phase
numbers there ("step" for a phase of a planning step). "municipality" is the name today;
"former_municipality" names one merged away since. Plain data.
"""

EXAMPLES = [
    {
        "title": "Fast arbeidsflyt fra utsøking til innflytting i Molde",
        "slug": "arbeidsflyt-bosetting-flyktninger-molde",
        "municipality": "Molde",
        "responsible_unit": "Flyktningtjenesten",
        "language": "nb",
        "summary": (
            "Molde kommune har beskrevet bosettingen av flyktninger som en fast kjede av steg, fra "
            "kommunestyrets vedtak til leiligheten er klar. Flyktningtjenesten, tildelingskontoret "
            "og Molde Eiendom har hver sine tydelige oppgaver."
        ),
        "background": (
            "<p>Når mange enheter skal bidra til samme bosetting, er det lett at noe faller mellom "
            "to stoler. En presentasjon av bosettingsarbeidet i Molde, med eksempler fra Sunndal, "
            "viser hvordan kommunen har delt arbeidet inn i faste steg med en klar ansvarlig for "
            "hvert steg.</p>"
        ),
        "body": (
            "<h3>Fra anmodning til venteliste</h3><ul><li>Anmodningen fra IMDi behandles i "
            "kommunestyret, og svaret sendes IMDi sammen med en plan for bosettingen. Samtidig "
            "melder flyktningtjenesten behovet for boliger til kommunens "
            "eiendomsavdeling.</li><li>Når IMDi presenterer en person eller familie og sender brev "
            "om bosetting, blir dokumentene journalført og registrert i kommunens fagsystem, og "
            "saksbehandleren i flyktningtjenesten følger saken videre.</li><li>Flyktningen settes "
            "på venteliste, og de nødvendige opplysningene går til kommunens tildelingskontor, som "
            "fatter vedtak om bolig.</li></ul><h3>Fra vedtak til klar "
            "leilighet</h3><ul><li>Vedtaket sendes Molde Eiendom, som finner en egnet bolig og "
            "sender tilbud om en ledig leilighet til flyktningtjenesten.</li><li>En miljøarbeider "
            "besiktiger og godkjenner leiligheten sammen med Molde Eiendom, leser av strømmen, "
            "bestiller møbler og utstyr og skriver et velkomstbrev.</li></ul><p>Presentasjonen "
            "peker også på at mindre kommuner ofte lar eiendomssjefen eller et boligutvalg tildele "
            "boligen, og at noen kommuner oppfordrer flyktninger til å finne bolig selv gjennom "
            "nettverket sitt eller annonserer etter boliger på det private markedet.</p>"
        ),
        "results": (
            "<p>Kilden beskriver arbeidsflyten, ikke resultater i form av tall. Eksempelet viser "
            "først og fremst verdien av at hvert steg har en navngitt ansvarlig enhet, og at "
            "boligvedtaket går gjennom det ordinære tildelingssystemet i kommunen.</p>"
        ),
        "tags": ["Bosetting av flyktninger", "Tildeling av bolig", "Samordning"],
        "target_groups": ["flyktninger"],
        "process": "fra-asylmottak-til-kommune",
        "phases": [1, 2],
        "county": "Møre og Romsdal",
        "source": {
            "url": (
                "http://docplayer.me/708732-Bosetting-av-flyktninger-i-molde-kommune-med-eksempler-"
                "fra-sunndal-kommune.html"
            ),
            "title": (
                "Bosetting av flyktninger i Molde kommune, med eksempler fra Sunndal kommune"
            ),
            "published": "",
        },
        "contact": None,
        "start_year": None,
        "end_year": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Statlig finansiert prøveløslatelse for en forvaringsdømt med utviklingshemming",
        "slug": "refusjonsordning-loslatelse-forvaringsdomte",
        "municipality": None,
        "responsible_unit": "Kriminalomsorgen, Ila fengsel og forvaringsanstalt",
        "language": "nb",
        "summary": (
            "En forvaringsdømt med lett utviklingshemming kunne ikke prøveløslates på vanlige "
            "vilkår. Kriminalomsorgen, regionene og hjemkommunen samarbeidet om et botiltak etter "
            "refusjonsordningen, og mannen ble prøveløslatt i august 2015."
        ),
        "background": (
            "<p>Mannen var diagnostisert med lett psykisk utviklingshemming. Kriminalomsorgen mente"
            " at en vanlig prøveløslatelse ikke ville være sikkerhetsmessig forsvarlig, og at han "
            "ville trenge tett oppfølging både i og utenfor institusjon i flere år. Det ble vurdert"
            " som mulig at han ville trenge varig tilrettelagt oppfølging i bolig fra kommunen også"
            " etter at forvaringsstraffen var over.</p><p>Med vilkår om opphold i en kommunal "
            "boenhet eller institusjon ut over ett år – refusjonsordningen – kunne han likevel få "
            "den gradvise overgangen til et liv i frihet som han trengte.</p>"
        ),
        "body": (
            "<h3>Målet</h3><p>Tiltaket skulle gjøre ham i stand til å mestre et liv i frihet, med "
            "den oppfølgingen og veiledningen han trengte etter fengselsoppholdet.</p><h3>Hvem "
            "gjorde hva</h3><ol><li>Ila fengsel vurderte ham som en aktuell kandidat og skrev til "
            "kriminalomsorgen region øst og region nord, som avgjorde at han var i målgruppen. "
            "Hadde regionene vært uenige, skulle saken vært sendt til Kriminalomsorgsdirektoratet. "
            "Her var alle enige.</li><li>Kriminalomsorgen skrev til rådmannen, nå "
            "kommunedirektøren, i hjemkommunen, forklarte sine vurderinger og beskrev hvilke bolig-"
            " og sikkerhetstiltak de mente han trengte. Kommunen ga sitt samtykke.</li><li>Da "
            "tiltaket var nesten klart og minstetiden var nådd, begjærte han seg prøveløslatt. "
            "Fordi en slik prøveløslatelse er svært inngripende, var det domstolen som avgjorde "
            "saken.</li></ol>"
        ),
        "results": (
            "<p>Mannen ble prøveløslatt i midten av august 2015 til et tiltak der han fikk "
            "oppfølging og veiledning videre. Eksempelet viser hvor viktig det er at kommunen blir "
            "trukket inn tidlig, og at samtykket bygger på en konkret beskrivelse av hvilke tiltak "
            "som trengs.</p>"
        ),
        "tags": ["Kriminalomsorg", "Tverrfaglig samarbeid", "Oppfølging i bolig"],
        "target_groups": ["loslatte-fra-fengsel", "personer-med-utviklingshemming"],
        "process": "loslatelse-fra-forvaring",
        "phases": [2, 3],
        "county": None,
        "source": {
            "url": (
                "https://www.veiviseren.no/forstaa-helheten/eksempler-og-"
                "erfaringer/refusjonsordning---loslatelse-av-forvaringsdomte"
            ),
            "title": "Refusjonsordning - løslatelse av forvaringsdømte",
            "published": "",
        },
        "contact": None,
        "start_year": None,
        "end_year": 2015,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Boligkonsulent for forvaringsdømte ved Ila fengsel",
        "slug": "prosjekt-boligkonsulent-ila-fengsel",
        "municipality": None,
        "responsible_unit": "Ila fengsel og forvaringsanstalt og Kirkens Bymisjon",
        "language": "nb",
        "summary": (
            "Ila fengsel og Kirkens Bymisjon drev i tre år et prosjekt med en egen boligkonsulent. "
            "Målet var at alle forvaringsdømte som ble løslatt fra Ila, skulle ha en egnet bolig og"
            " et tilrettelagt tjenestetilbud når de kom ut."
        ),
        "background": (
            "<p>Overgangen fra fengsel til et selvstendig liv kan være svært krevende, og egen "
            "bolig er et av de viktigste målene når en løslatelse planlegges. For forvaringsdømte, "
            "som ofte har sonet i mange år, er behovet for forberedelse særlig stort.</p>"
        ),
        "body": (
            "<p>Prosjektet var et samarbeid mellom Kirkens Bymisjon og Ila fengsel og ble avsluttet"
            " 1. september 2012. Forberedelser før løslatelse, bistand i boligsaken og oppfølging "
            "etterpå var sentrale deler av arbeidsmåten.</p><p>I tillegg til sluttrapporten ble det"
            " laget en analyse med tittelen «Mind the gap». Den beskriver de generelle behovene til"
            " forvaringsdømte og hvilke tjenester som finnes i kommunene, og hva som skal til for å"
            " legge til rette for en god løslatelse og framtid etter en forvaringsdom.</p>"
        ),
        "results": (
            "<p>Husbankens omtale av sluttrapporten oppgir ikke tall for hvor mange som fikk bolig."
            " Erfaringene fra prosjektet er samlet i sluttrapporten og gap-analysen, som er utgitt "
            "av Ila fengsel i samarbeid med Kirkens Bymisjon (2012).</p>"
        ),
        "tags": ["Kriminalomsorg", "Tverrfaglig samarbeid", "Kartlegging"],
        "target_groups": ["loslatte-fra-fengsel"],
        "process": "loslatelse-fra-forvaring",
        "phases": [2, 3],
        "county": "Akershus",
        "source": {
            "url": ("https://www.husbanken.no/bibliotek/bib_boligsosialt/prosjekt-boligkonsulent/"),
            "title": "Ila fengsel: Prosjekt boligkonsulent",
            "published": "2012",
        },
        "contact": None,
        "start_year": 2009,
        "end_year": 2012,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Boligsamarbeid mellom kriminalomsorgen og kommuner i Rogaland og Agder",
        "slug": "prosjekt-boligsamarbeid-kriminalomsorgen-region-sorvest",
        "municipality": None,
        "responsible_unit": "Kriminalomsorgen region sørvest",
        "language": "nb",
        "summary": (
            "Kriminalomsorgen region sørvest startet i 2009 et prosjekt for å få faste rutiner for "
            "å skaffe bolig til domfelte etter soning. Det endte med samarbeidsavtaler med 18 "
            "kommuner i Rogaland og 19 i Agder."
        ),
        "background": (
            "<p>Rapporten «Løslatt og hjemløs» fra NIBR (2006) anslo at minst 4 000 domfelte ble "
            "løslatt til en midlertidig bolig hvert år. For å få på plass gode rutiner for å skaffe"
            " bolig etter endt soning startet kriminalomsorgen region sørvest et boligsamarbeid med"
            " kommuner i Rogaland, Aust-Agder og Vest-Agder (i dag Agder).</p>"
        ),
        "body": (
            "<p>Prosjektet arbeidet for skriftlige samarbeidsavtaler mellom kriminalomsorgen og "
            "hver enkelt kommune. Målet med avtalene var at domfelte skulle kunne disponere en egen"
            " eid eller leid bolig når straffegjennomføringen var over.</p>"
        ),
        "results": (
            "<p>I løpet av prosjektperioden kom det i stand samarbeidsavtaler med 18 kommuner i "
            "Rogaland og 19 kommuner i Agder. Samarbeidet om bolig for domfelte ble bedre, flere "
            "hadde bolig ved løslatelse, og færre enn før mistet boligen som følge av soningen. "
            "Mange ansatte både i kommunene og i kriminalomsorgen bidro aktivt.</p>"
        ),
        "tags": ["Kriminalomsorg", "Tverrfaglig samarbeid", "Samordning"],
        "target_groups": ["loslatte-fra-fengsel", "bostedslose"],
        "process": "loslatelse-fra-forvaring",
        "phases": [2],
        "county": None,
        "source": {
            "url": ("https://www.husbanken.no/bibliotek/bib_boligsosialt/prosjekt-boligsamarbeid/"),
            "title": "Kriminalomsorgen: Prosjekt boligsamarbeid",
            "published": "2011",
        },
        "contact": None,
        "start_year": 2009,
        "end_year": 2011,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Egen boligansvarlig og tett oppfølging av leietakerne i Tynset",
        "slug": "boligansvarlig-og-oppfolging-tynset",
        "municipality": "Tynset",
        "responsible_unit": "Boligansvarlig i kommunen, sammen med boligutvalget",
        "language": "nb",
        "summary": (
            "Tynset kommune har samlet ansvaret for de kommunale boligene i en egen stilling som "
            "boligansvarlig og har et boligutvalg. Leietakerne følges tett opp, og kommunen "
            "vurderer underveis om de kan gå videre til å leie privat eller eie selv."
        ),
        "background": (
            "<p>I en liten kommune er det ofte få som arbeider med boliger, og oppgavene kan lett "
            "bli spredt på flere enheter. Tynset valgte å gi én person ansvaret for de kommunale "
            "boligene, slik at søkere og leietakere har én å forholde seg til. Kommunen har flere "
            "typer kommunale boliger, blant annet gjennomgangsboliger, trygdeboliger og "
            "omsorgsboliger.</p>"
        ),
        "body": (
            "<p>Kommunen har opprettet en egen stilling som boligansvarlig og har et eget "
            "boligutvalg. Når en husstand får bolig, inngår kommunen både en leiekontrakt og en "
            "egen avtale om bo-oppfølging. Slik blir det tydelig fra starten hvilken hjelp "
            "leietakeren kan regne med, og hva som forventes.</p><p>Leietakerne følges tett opp "
            "gjennom leieforholdet. Kommunen vurderer jevnlig om husstanden er klar for å leie i "
            "det private markedet eller kjøpe egen bolig, slik at den kommunale boligen blir et "
            "steg på veien og ikke en endestasjon.</p>"
        ),
        "results": (
            "<p>Veiviseren beskrev arbeidsmåten, men oppga ikke tall for resultatene. Eksemplet "
            "viser hvordan en liten kommune kan samle ansvaret for tildeling, kontrakt og "
            "oppfølging hos én person og knytte bo-oppfølgingen til leieforholdet fra første "
            "dag.</p>"
        ),
        "tags": ["Kommunale utleieboliger", "Tildeling av bolig", "Oppfølging i bolig"],
        "target_groups": ["vanskeligstilte-pa-boligmarkedet"],
        "phases": [1, 2, 3],
        "start_year": None,
        "end_year": None,
        "last_reviewed": "2026-11-30",
        "process": "forvaltning-drift-og-vedlikehold-valg-av-bolig-og-beboeroppfolging",
        "county": "Innlandet",
        "source": {
            "url": (
                "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-"
                "boliger/forvaltning-drift-vedlikehold-fdv/valg-av-bolig-og-beboeroppflgning"
            ),
            "title": "Forvaltning, drift og vedlikehold: valg av bolig og beboeroppfølging",
            "published": "",
        },
        "contact": None,
    },
    {
        "title": "Tverrfaglig gruppe vurderer søknadene om bolig i Kvam",
        "slug": "tverrfaglig-tildelingsgruppe-kvam",
        "municipality": "Kvam",
        "responsible_unit": "Tildelingsgruppe for kommunale boliger",
        "language": "nb",
        "summary": (
            "I Kvam vurderes søknader om ordinære kommunale boliger av en gruppe der drift og "
            "forvaltning, den kommunale boligstiftelsen, Nav og tjenestene er representert. "
            "Søknader om trygde- og omsorgsboliger går til forvaltningskontoret i pleie og omsorg."
        ),
        "background": (
            "<p>Kvam herad skiller mellom to typer boliger når søknadene skal behandles. Trygde- og"
            " omsorgsboliger henger tett sammen med helse- og omsorgstjenester og behandles av "
            "forvaltningskontoret i pleie og omsorg. De andre kommunale boligene er for "
            "vanskeligstilte som trenger hjelp til å skaffe seg eller beholde et sted å bo.</p>"
        ),
        "body": (
            "<h3>En gruppe med flere fagområder</h3><p>Søknadene om de andre boligene vurderes av "
            "en gruppe med lederen for forvaltning, drift og vedlikehold av bygg og daglig leder i "
            "Kvam bustadstifting. Nav, flyktningtjenesten og rus- og psykiatritjenesten deltar "
            "etter behov. Slik blir både boligmassen og søkerens behov for tjenester vurdert "
            "samtidig.</p><h3>Fortløpende behandling</h3><ul><li>Søknader vurderes etter hvert som "
            "de kommer inn. Søkeren blir satt på venteliste eller får tildelt bolig med en gang "
            "hvis det finnes en ledig bolig og tildelingskriteriene for den boligen er "
            "oppfylt.</li><li>Kan saken ikke avgjøres innen en måned, får søkeren skriftlig beskjed"
            " om hvorfor, og om når vedtaket ventes.</li><li>Den som er misfornøyd, kan klage til "
            "kommunen innen tre uker. Opprettholder kommunen vedtaket, går saken til "
            "klagenemnda.</li><li>Husleien følger kommunens avgiftshefte, som justeres i "
            "budsjettarbeidet hver høst og gjelder fra 1. mai året etter.</li></ul>"
        ),
        "results": (
            "<p>Kommunens tjenesteomtale beskriver hvordan ordningen er organisert, men oppgir ikke"
            " resultater. Eksempelet viser en enkel måte å få eiendomsforvaltning, Nav og tjenester"
            " til å vurdere søknadene sammen, samtidig som omsorgsboligene følger sitt eget "
            "vedtaksløp.</p>"
        ),
        "tags": [
            "Tildeling av bolig",
            "Tverrfaglig samarbeid",
            "Kommunale utleieboliger",
        ],
        "target_groups": ["vanskeligstilte-pa-boligmarkedet"],
        "process": "soknad-og-vedtak-om-kommunal-bolig",
        "phases": [2, 3],
        "county": "Vestland",
        "source": {
            "url": (
                "https://www.kvam.no/tenester/tekniske-tenester/kommunale-bygg-parkar-og-"
                "grontanlegg/kommunale-bustadar/sok-ny-bustad/"
            ),
            "title": "Søknad om bustad",
            "published": "2017",
        },
        "contact": None,
        "start_year": None,
        "end_year": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Bosetting av flyktninger i privat leiemarked i Sandnes",
        "slug": "bosetting-flyktninger-privat-leiemarked-sandnes",
        "municipality": "Sandnes",
        "responsible_unit": "Boligtjenesten",
        "language": "nb",
        "summary": (
            "Sandnes kommune har få kommunale utleieboliger og bosetter derfor flyktninger "
            "hovedsakelig i private boliger som kommunen leier og fremleier. Godt samarbeid internt"
            " og systematisk arbeid mot utleiere har gitt kommunen en stor portefølje av private "
            "utleieboliger."
        ),
        "background": (
            "<p>Sandnes har relativt få kommunale utleieboliger. Det er derfor etablert praksis at "
            "flyktninger i hovedsak bosettes ved at kommunen leier boliger på det private markedet "
            "og fremleier dem til flyktninger i introduksjonsprogrammet. IMDi anmodet kommunen om å"
            " bosette 170 flyktninger i 2016 og 196 i 2017.</p>"
        ),
        "body": (
            "<p>Målene var å sikre flyktningene tilgang til boliger og gode bomiljøer, og å kunne "
            "ta imot det antallet IMDi ba om. Kommunen har arbeidet systematisk, metodisk og "
            "målrettet for å bygge opp en portefølje av private utleiere – både ved å se på egen "
            "organisering og ved å arbeide utad mot utleierne.</p><h3>Samarbeid "
            "internt</h3><p>Flyktningeenheten og Boligtjenesten har faste møter på ledernivå. I "
            "tillegg gir kommunen ulike oppfølgingstjenester og bo-oppfølging, slik at boligene "
            "blir brukt godt og bosettingen bidrar til integrering.</p>"
        ),
        "results": (
            "<p>Per mai 2016 hadde kommunen 136 innleide boliger. Presset på de kommunalt eide "
            "boligene er blitt mindre, og kommunen opplever at det nå står utleiere i kø for å leie"
            " ut til den. Mange utleiere er villige til å leie ut rimelig og er sosialt engasjerte."
            " Sandnes ble nominert til Bosettingsprisen i 2015 for arbeidet.</p>"
        ),
        "tags": [
            "Leie av private boliger",
            "Bosetting av flyktninger",
            "Samordning",
            "Oppfølging i bolig",
        ],
        "target_groups": ["flyktninger"],
        "process": "bidra-til-leie-av-private",
        "phases": [2, 3, 5],
        "county": "Rogaland",
        "start_year": None,
        "end_year": None,
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/bosetting-av-"
                "flyktninger-i-privat-leiemarked"
            ),
            "title": "Bosetting av flyktninger i privat leiemarked",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Privat leie av bolig – nybosetting av flyktninger i Trondheim",
        "slug": "privat-leie-nybosetting-flyktninger-trondheim",
        "municipality": "Trondheim",
        "responsible_unit": "Trondheim kommune, i samarbeid med Husbanken og IMDi",
        "language": "nb",
        "summary": (
            "Trondheim kommune, Husbanken og IMDi samarbeidet om et prosjekt for å bosette "
            "flyktninger direkte fra asylmottak i private utleieboliger. Erfaringene ble samlet i "
            "et metodehefte om arbeidsprosessene."
        ),
        "background": (
            "<p>Privat leie ble sett som en vei inn i det ordinære boligmarkedet og et første steg "
            "i en boligkarriere for nybosatte flyktninger. Prosjektet ble initiert og startet opp i"
            " 2010–2011.</p>"
        ),
        "body": (
            "<p>Prosjektet «Privat leie av bolig» var et samarbeid mellom Husbanken Region Midt-"
            "Norge, IMDi Region Midt-Norge og Trondheim kommune. Husbanken finansierte det meste, "
            "mens kommunen var prosjektansvarlig og bidro med egen finansiering. Styringsgruppen "
            "hadde representanter fra alle tre.</p><p>Metodeheftet beskriver leiemarkedet og "
            "hvordan utleiere kan kategoriseres, med egne råd for arbeidet med utleiere som ikke er"
            " profesjonelle. Det inneholder også en framdriftsplan, råd og tips, og en beskrivelse "
            "av forløpet fra mottak til innflytting i privat bolig.</p>"
        ),
        "results": (
            "<p>Resultatet er et metodehefte som deler erfaringer fra praksis med andre kommuner "
            "som vil bosette flyktninger på det private markedet.</p>"
        ),
        "tags": [
            "Leie av private boliger",
            "Bosetting av flyktninger",
            "Tjenesteinnovasjon",
        ],
        "target_groups": ["flyktninger"],
        "process": "bidra-til-leie-av-private",
        "phases": [1, 2, 4],
        "county": "Trøndelag",
        "start_year": 2010,
        "end_year": None,
        "source": {
            "url": (
                "http://docplayer.me/576934-Privat-leie-av-bolig-nybosetting-av-flyktninger-til-"
                "private-utleieboliger.html"
            ),
            "title": "Privat leie av bolig. Nybosetting av flyktninger til private utleieboliger",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": (
            "Prosjekt for å redusere antall utkastelser fra kommunale utleieboliger i Bergen"
        ),
        "slug": "redusere-antall-utkastelser-bergen",
        "municipality": "Bergen",
        "responsible_unit": "Bergen kommune, i samarbeid med Husbanken",
        "language": "nb",
        "summary": (
            "Bergen kommune gjennomførte et prosjekt for å få ned antall begjæringer om utkastelse "
            "og utkastelser fra de kommunale utleieboligene. Rutinene fra prosjektet ble "
            "videreført, og kommunen har senere fortalt at utkastelsene gikk ned fra rundt 70 til "
            "like over 20 i året."
        ),
        "background": (
            "<p>Den nasjonale strategien «På vei til egen bolig» satte som mål at begjæringer om "
            "utkastelse skulle reduseres med 50 prosent og utkastelser med 30 prosent innen 2007. "
            "Bergen hadde før prosjektet rundt 70 utkastelser i året fra de kommunale "
            "utleieboligene.</p>"
        ),
        "body": (
            "<p>Prosjektet «Redusere antall utkastelser» ble satt i gang 1. februar 2006 som et "
            "samarbeid mellom Bergen kommune og Husbanken, som finansierte det. Målet var færre "
            "begjæringer og færre utkastelser fra kommunens egne utleieboliger. (I avisomtalen er "
            "prosjektperioden oppgitt som 2005–2007.)</p><p>Da prosjektet ble avsluttet, ble det "
            "laget faste rutiner for å fange opp og forebygge slike saker. Et sentralt grep er at "
            "Nav i bydelen der boligen ligger, får beskjed samtidig som en sak sendes til "
            "namsfogden med begjæring om fravikelse. Nav skal da ta kontakt med leietakeren og gi "
            "råd, veiledning og i noen tilfeller økonomisk hjelp, slik at leieforholdet kan "
            "fortsette.</p><h3>Hvorfor det fungerer</h3><ul><li>Varslingen til Nav er en fast "
            "rutine og ikke avhengig av enkeltpersoner.</li><li>Nav får vite om saken mens det "
            "fortsatt er tid til å finne en løsning.</li><li>Kommunen skiller mellom saker som kan "
            "løses, og de få der utkastelse er riktig utfall.</li></ul>"
        ),
        "results": (
            "<p>Ifølge kommunen ble de aller fleste varslede utkastelsene ikke gjennomført. Antall "
            "utkastelser gikk ned fra rundt 70 i året før prosjektet til like over 20 i året da "
            "rutinene var innarbeidet.</p>"
        ),
        "tags": [
            "Forebygging av utkastelser",
            "Kommunale utleieboliger",
            "Tverrfaglig samarbeid",
        ],
        "target_groups": ["vanskeligstilte-pa-boligmarkedet"],
        "process": "forhindre-utkastelse",
        "phases": [2, 3],
        "county": "Vestland",
        "start_year": 2006,
        "end_year": 2007,
        "source": {
            "url": (
                "https://www.bergen.kommune.no/hvaskjer/tema/kommunale-boligprosjekter/forskning-"
                "og-utredning/prosjekt-redusere-antall-utkastelser"
            ),
            "title": "Prosjekt redusere antall utkastelser",
            "published": "",
        },
        "contact": {
            "name": "Trond Stigen",
            "role": "Seksjonssjef",
            "unit": "Byrådsavdeling for sosial, bolig og områdesatsing, Bergen kommune",
        },
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Prosjekt Kontra utkastelse i Moss",
        "slug": "kontra-utkastelse-moss",
        "municipality": "Moss",
        "responsible_unit": "Sosialtjenesten i Moss kommune",
        "language": "nb",
        "summary": (
            "Moss kommune kartla i et flerårig prosjekt alle begjæringer om utkastelse for å forstå"
            " hvem som ble begjært kastet ut, og hvorfor. På grunnlag av kartleggingen ble rutinene"
            " for husleierestanser endret hos sosialtjenesten, kemneren og det kommunale "
            "eiendomsselskapet."
        ),
        "background": (
            "<p>Moss ville redusere antall begjæringer om utkastelse og utkastelser. For å gjøre "
            "det trengte kommunen kunnskap om sakene: hvem det gjaldt, hvem som begjærte, og hva "
            "som var årsaken. Veiviseren omtalte prosjektet som et fireårig prosjekt. (Moss og "
            "Rygge ble slått sammen til Moss kommune i 2020.)</p>"
        ),
        "body": (
            "<p>Prosjektet kartla begjæringene for 2006, 2007 og 2008. Kartleggingen så blant annet"
            " på kjønn og alder, husstander med barn, statsborgerskap, gjengangere, forholdet til "
            "sosialtjenesten, mottak av sosialhjelp og kommunal husleiegaranti, hvem som begjærte, "
            "årsaken og utfallet. For 2008 ble det også registrert hva sosialtjenesten visste om "
            "personene og om forholdet som utløste begjæringen.</p><p>Prosjektet gikk også gjennom "
            "rutinene for husleierestanser i kommunale leiligheter og i boliger med kommunal "
            "husleiegaranti, og beregnet kostnadene ved begjæringer og utkastelser. Dette førte til"
            " nye rutiner både i sosialtjenesten og hos Moss kommunale eiendomsselskap og "
            "kemneren.</p>"
        ),
        "results": (
            "<p>Resultatet var en samlet kunnskap om sakene i kommunen og nye, felles rutiner for "
            "oppfølging av husleierestanser. Sluttrapporten gjelder status per 31. desember "
            "2008.</p>"
        ),
        "tags": ["Forebygging av utkastelser", "Kartlegging", "Kommunale utleieboliger"],
        "target_groups": ["vanskeligstilte-pa-boligmarkedet", "barnefamilier"],
        "process": "forhindre-utkastelse",
        "phases": [1, 2],
        "county": "Østfold",
        "start_year": None,
        "end_year": 2008,
        "source": {
            "url": "http://docplayer.me/3911804-Prosjekt-kontra-utkastelse.html",
            "title": "Moss kommune – Prosjekt Kontra utkastelse. Sluttrapport pr. 31.12.08",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Utlysing av utleieboliger med tilvisningsavtale i Skibotn",
        "slug": "utlysing-tilvisningsavtale-skibotn-storfjord",
        "municipality": "Storfjord",
        "responsible_unit": "Storfjord kommune",
        "language": "nb",
        "summary": (
            "Storfjord kommune lyste i 2019 ut et ønske om utleieboliger med tilvisningsavtale i "
            "Skibotn. Utlysingen viser hvordan en liten kommune kan gjøre kriteriene for valg av "
            "utbygger tydelige og vektede på forhånd."
        ),
        "background": (
            "<p>Kommunen ville få bygget utleieboliger i Skibotn i samarbeid med private "
            "boligbyggere, med finansiering fra Husbanken og kommunal tilvisningsrett.</p>"
        ),
        "body": (
            "<p>I utlysingen opplyste kommunen at boligbyggerne kunne søke Husbanken om lån på "
            "inntil 85 prosent av prosjektkostnaden eller kjøpesummen, og at Husbanken ikke gir "
            "tilskudd til prosjekter med tilvisningsavtale. Tilbyderne måtte selv skaffe tomt og "
            "vise beliggenhet og planer i en situasjonsplan, og de kunne tilby leiligheter i flere "
            "prosjekter.</p><p>Tilbudene skulle vurderes etter fem vektede "
            "kriterier:</p><ul><li>husleienivå: 50 prosent</li><li>bomiljø: 20 prosent</li><li>plan"
            " for forvaltning: 15 prosent</li><li>beliggenhet: 10 prosent</li><li>tidspunkt for "
            "ferdigstilling: 5 prosent</li></ul><p>Fristen for tilbud var 16. mai 2019.</p>"
        ),
        "results": (
            "<p>Utlysingen ga tilbyderne et klart bilde av hva kommunen ville legge vekt på – "
            "husleienivået alene telte halvparten. Hva utlysingen førte til av avtaler, er ikke "
            "beskrevet i kilden.</p>"
        ),
        "tags": ["Boligbygging og fremskaffelse", "Leie av private boliger"],
        "target_groups": ["vanskeligstilte-pa-boligmarkedet"],
        "process": "samarbeid-med-private-og-tilvisningsavtale",
        "phases": [2, 3],
        "county": "Troms",
        "start_year": 2019,
        "end_year": None,
        "source": {
            "url": (
                "https://storfjord.custompublish.com/framskaffelse-av-utleieboliger-med-"
                "tilvisningsavtale.6214537-102429.html"
            ),
            "title": "Framskaffelse av utleieboliger med tilvisningsavtale",
            "published": "2019",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Fra fengsel til frihet – Askers fengselsteam",
        "slug": "fengselsteam-asker",
        "municipality": "Asker",
        "county": "Akershus",
        "responsible_unit": "Servicekontoret, Askers fengselsteam",
        "language": "nb",
        "summary": (
            "Asker kommune har et eget team som tar kontakt med innbyggere mens de ennå soner, for "
            "å finne løsninger før løslatelsen. Teamet kartlegger helse, økonomi, bolig, aktivitet "
            "og nettverk og loser den innsatte videre i hjelpeapparatet."
        ),
        "background": (
            "<p>Når dommen er sonet og den innsatte går ut av fengselet, er det kommunen som har "
            "ansvaret. Mange innsatte har større rus- og psykiske helseproblemer enn befolkningen "
            "ellers, en del har bare et kriminelt miljø å vende tilbake til, og mange har verken "
            "bolig, arbeid eller studieplass å komme ut til.</p><p>Står det bare en plass på et "
            "hospits og venter etter løslatelsen, blir det svært vanskelig å begynne på et nytt "
            "liv. Asker kommune ville derfor komme i inngrep med den innsatte før soningen er "
            "over.</p>"
        ),
        "body": (
            "<p>Kommunen har satt sammen et fengselsteam, organisert under Servicekontoret, som "
            "følger innbyggerne gjennom overgangen fra soning til frihet. Så snart teamet vet at en"
            " løslatelse nærmer seg, besøker det innbyggeren i fengselet.</p><h3>Kartlegging før "
            "løslatelse</h3><p>Sammen med den innsatte går teamet gjennom fem "
            "områder:</p><ul><li>helse</li><li>økonomi</li><li>bolig</li><li>jobb, utdanning eller "
            "annen aktivitet på dagtid</li><li>nettverk</li></ul><p>Ut fra kartleggingen forteller "
            "teamet hvilke tilbud som finnes, og hvordan innbyggeren kan gå fram for å ta dem i "
            "bruk. Deretter loser teamet personen gjennom systemet – til bolig, økonomisk hjelp og "
            "helsetjenester, og for noen også til arbeid eller utdanning. Frivillige organisasjoner"
            " brukes aktivt i arbeidet.</p><p>Kommunens plikt til å hjelpe vanskeligstilte med "
            "bolig følger i dag av boligsosialloven (fra 1. juli 2023); før lå den i "
            "sosialtjenesteloven § 15 og helse- og omsorgstjenesteloven § 3-7.</p>"
        ),
        "results": (
            "<p>Kommunen oppgir at arbeidet har gitt:</p><ul><li>bedre ivaretakelse av dem som "
            "løslates, også med råd og veiledning der det ikke er aktuelt med tjenester</li><li>mer"
            " samordnet hjelp, også praktisk hjelp, når flere instanser er inne</li><li>færre "
            "løslatte uten fast bolig og kortere opphold på hospits</li><li>bedre oversikt over hva"
            " de som står i overgangen trenger</li><li>at innsatte får grunnleggende informasjon om"
            " kommunens tilbud</li></ul>"
        ),
        "tags": ["Kriminalomsorg", "Kartlegging", "Samordning", "Tverrfaglig samarbeid"],
        "target_groups": ["loslatte-fra-fengsel", "bostedslose", "personer-med-rusproblemer"],
        "process": "organisering-og-tverrfaglig-samarbeid",
        "phases": [],
        "start_year": None,
        "end_year": None,
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/asker-fengselsteam"
            ),
            "title": "Fra fengsel til frihet - Askers fengselsteam",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Bergerløkka sameie for unge funksjonshemmede",
        "slug": "bergerlokka-sameie-asker",
        "municipality": "Asker",
        "county": "Akershus",
        "responsible_unit": "Asker kommune",
        "language": "nb",
        "summary": (
            "Høsten 2020 flyttet åtte unge voksne med nedsatt funksjonsevne fra foreldrehjemmet og "
            "inn i boliger de eier selv, organisert som et sameie i et nytt boligområde i Asker. "
            "Boligene har samme standard som resten av prosjektet, og personalbasen er skilt ut som"
            " en egen næringsseksjon."
        ),
        "background": (
            "<p>Asker kommune har arbeidet systematisk med å skaffe seg kunnskap om og organisere "
            "tjenesteutviklingen for mennesker med nedsatt funksjonsevne. En temaplan for 2016–2019"
            " la retningen for å styrke bolig- og tjenestetilbudet, med et mål om at flere skulle "
            "eie boligen sin.</p><p>Etter kommunesammenslåingen i 2020 har nye Asker kommune "
            "kartlagt behovene på nytt og laget en boligtrapp med en tilhørende innsatstrapp for "
            "personer med nedsatt funksjonsevne.</p>"
        ),
        "body": (
            "<p>Beboerne er unge og klarer seg i stor grad selv. Bofellesskapet er organisert som "
            "boligseksjoner etter eierseksjonsloven, slik at hver beboer eier sin egen "
            "bolig.</p><h3>En del av et vanlig nabolag</h3><ul><li>Boligene ligger i et helt nytt "
            "område med nær 1 640 boliger, der infrastruktur og et nærsenter er bygget ut "
            "samtidig.</li><li>Bofellesskapet hører til et tun med seks bygg i fire etasjer rundt "
            "et felles gårdsrom.</li><li>Boligene ligger i samme bygg og har samme standard ute og "
            "inne som de øvrige boligene i prosjektet.</li></ul><h3>Utforming</h3><ul><li>Fem "
            "boliger og personalbasen ligger i første etasje, tre boliger i andre.</li><li>Boligene"
            " er fra 48 til 62 kvadratmeter.</li><li>Personalbasen har to innganger, slik at "
            "sosiale arrangementer ikke blir forstyrret.</li><li>Basen er etablert som en "
            "næringsseksjon og må være godkjent av Arbeidstilsynet som "
            "arbeidsplass.</li><li>Kommunen og beboerne kjøper parkeringsplasser etter "
            "behov.</li></ul>"
        ),
        "results": (
            "<p>Åtte unge funksjonshemmede har siden november 2020 bodd i egne, eide boliger i et "
            "ordinært boligprosjekt, med tjenester fra en personalbase i samme bygg.</p>"
        ),
        "tags": ["Boligbygging og fremskaffelse", "Planarbeid"],
        "target_groups": ["personer-med-nedsatt-funksjonsevne", "ungdom-og-unge-voksne"],
        "process": "framskaffe-boliger-for-mennesker-med-oppfolgingsbehov",
        "phases": [6],
        "start_year": 2020,
        "end_year": None,
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/bergerlokka-sameie-"
                "for-unge-funksjonshemmede"
            ),
            "title": "Bergerløkka sameie for unge funksjonshemmede",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Herre i eget hus – småhus med investeringstilskudd",
        "slug": "herre-i-eget-hus-smahus-asker",
        "municipality": "Asker",
        "county": "Akershus",
        "responsible_unit": "Asker kommune",
        "language": "nb",
        "summary": (
            "Asker kommune har bygget modulbaserte småhus med omsorgsstandard for personer med "
            "rusproblemer og samtidige psykiske lidelser, finansiert med investeringstilskudd fra "
            "Husbanken. Boligene har gitt færre på venteliste, beboere som trives og mindre vold og"
            " utagering."
        ),
        "background": (
            "<p>Asker manglet boliger som passet for personer med rus- og psykiske helseproblemer, "
            "og behovet var stort. For å møte det satte kommunen av investeringsmidler over tre år "
            "til å utvikle funksjonelle og egnede boliger.</p><p>Mange aktører i kommunen har vært "
            "med underveis: fra behovet ble beskrevet, gjennom tidligfaseplanlegging, regulering og"
            " prosjektutvikling, i byggeperioden og ved innflytting, og videre i driften av "
            "boligene.</p>"
        ),
        "body": (
            "<h3>Kort om tilbudet</h3><ul><li><strong>Tilbud:</strong> småhus på 40 kvadratmeter "
            "med omsorgsstandard og tjenester hele døgnet</li><li><strong>Beliggenhet:</strong> "
            "sentrumsnært</li><li><strong>Målgruppe:</strong> personer med rusproblemer og "
            "samtidige psykiske lidelser</li><li><strong>Antall:</strong> inntil seks boliger "
            "samlet</li><li><strong>Ferdigstilt:</strong> 2017</li><li><strong>Eieform:</strong> "
            "kommunal utleiebolig med husleieavtale på tre år</li></ul><p>Husene er modulbaserte og"
            " godkjent av Husbanken for finansiering med investeringstilskudd. De er fullverdige "
            "boliger som kan tilpasses ulike målgruppers behov, og enkelte av dem kan flyttes til "
            "andre kommunale tomter om det blir nødvendig. Brukeren skal stå i sentrum i "
            "arbeidet.</p>"
        ),
        "results": (
            "<ul><li>Boligene har gjort kommunens kjede av bo- og tiltakstilbud mer helhetlig, og "
            "færre står på venteliste.</li><li>Beboerne er fornøyde, trives og opplever boligen som"
            " et hjem.</li><li>Skjermingen får gode tilbakemeldinger, og i begge prosjektene er "
            "samarbeidet med naboene godt.</li><li>Husene er byggeteknisk gode, med god kvalitet i "
            "materialer og detaljer, og fleksible nok til beboere med ulike behov.</li><li>Vold og "
            "utagering har gått ned, og god skjerming og faglighet har gitt mer trivsel.</li></ul>"
        ),
        "tags": [
            "Boligbygging og fremskaffelse",
            "Rus og psykisk helse",
            "Oppfølging i bolig",
        ],
        "target_groups": ["personer-med-rusproblemer", "personer-med-psykiske-lidelser"],
        "process": "framskaffe-boliger-for-mennesker-med-oppfolgingsbehov",
        "phases": [1, 6],
        "start_year": 2017,
        "end_year": None,
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/herre-i-eget-hus"
            ),
            "title": "Herre i eget hus - småhus med investeringstilskudd",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Retningslinjer for tildeling av kommunal bolig",
        "slug": "retningslinjer-tildeling-kommunal-bolig-bergen",
        "municipality": "Bergen",
        "county": "Vestland",
        "responsible_unit": "Bergen kommune",
        "language": "nb",
        "summary": (
            "Bergen kommune har laget politisk vedtatte retningslinjer for hvem som kan få tildelt "
            "en ordinær kommunal utleiebolig. Tydelige kriterier og normer skal gi bedre "
            "treffsikkerhet og lik praksis på tvers av tjenesteområdene."
        ),
        "background": (
            "<p>Kommunen har få utleieboliger sammenlignet med hvor mange som spør etter dem. Over "
            "flere tiår er boligene i stadig større grad forbeholdt husstandene som har det "
            "vanskeligst på boligmarkedet. Da blir det avgjørende at boligene går til dem som "
            "trenger dem mest, etter kriterier som er åpne og vedtatt.</p><p>Ulike tjenesteområder "
            "i en kommune kan ha ulikt syn på hva som skal avgjøre hvem som får tilbud om bolig. "
            "Retningslinjene skal gi dem et felles grunnlag.</p>"
        ),
        "body": (
            "<p>Retningslinjene gjelder ordinære kommunale utleieboliger, og målgruppen er "
            "husstander som av ulike grunner trenger hjelp fra det offentlige for å skaffe seg "
            "bolig.</p><h3>Målene med retningslinjene</h3><ul><li>Vanskeligstilte skal få den "
            "hjelpen de trenger for å etablere seg og bli boende i en egnet bolig i et godt "
            "bomiljø.</li><li>Kriterier og normer for hvem som kan søke, skal gjøres tydeligere "
            "gjennom justerte tildelingskriterier.</li><li>Lokale og nasjonale føringer skal henge "
            "sammen.</li><li>Kommunale vedtak og planer som berører feltet, skal ses i sammenheng, "
            "slik at planarbeidet også preger praksis.</li><li>Berørte avdelinger, etater og "
            "tjenesteytere skal samarbeide for å sikre gode bosettinger og gode rutiner for "
            "samhandling.</li></ul><p>I dag må slike retningslinjer også bygge på boligsosialloven,"
            " som samler kommunens boligsosiale ansvar fra 1. juli 2023.</p>"
        ),
        "results": (
            "<ul><li>Retningslinjene er vedtatt, slik at den politiske og administrative "
            "avklaringen er formalisert.</li><li>Kriteriene og normene for tildeling er "
            "tydelige.</li><li>Tildelingen treffer målgruppen bedre og er i tråd med nasjonale mål,"
            " føringer og lovverk.</li><li>Utleieboligene brukes mer effektivt og tilpasset "
            "målgruppene.</li></ul>"
        ),
        "tags": [
            "Tildeling av bolig",
            "Kommunale utleieboliger",
            "Planarbeid",
            "Samordning",
        ],
        "target_groups": ["vanskeligstilte-pa-boligmarkedet"],
        "process": "soknad-og-vedtak-om-kommunal-bolig",
        "phases": [],
        "start_year": None,
        "end_year": None,
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/retningslinjer-for-"
                "tildeling-av-kommunal-bolig"
            ),
            "title": "Retningslinjer for tildeling av kommunal bolig",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Bodø kommunes boligplan 2018–2021",
        "slug": "boligplan-2018-2021-bodo",
        "municipality": "Bodø",
        "county": "Nordland",
        "responsible_unit": "Bodø kommune",
        "language": "nb",
        "summary": (
            "Bodø kommune rullerte sin første boligpolitiske handlingsplan til Boligplan 2018–2021,"
            " en temaplan for hele boligpolitikken med tre målområder. Planen er det styrende "
            "dokumentet for kommunens boligarbeid og ble laget med bred medvirkning."
        ),
        "background": (
            "<p>Bodøs første helhetlige plan for boligpolitikken var boligpolitisk handlingsplan "
            "2014–2017. Kommunen regner den som en suksess, og da den skulle rulleres, ble "
            "oppbyggingen og inndelingen beholdt, men planen fikk det nye navnet Boligplan "
            "2018–2021. Bystyret vedtok den i desember 2017.</p><p>Planen er også en sentral del av"
            " programavtalen mellom kommunen og Husbanken i Husbankens kommuneprogram, som var "
            "måten strategien Bolig for velferd (2014–2020) ble fulgt opp på i kommunene.</p>"
        ),
        "body": (
            "<h3>Tre målområder</h3><ul><li><strong>Generell boligutvikling:</strong> "
            "boligbyggingen skal følge befolkningens behov – hvor mange boliger, hvilke typer og "
            "hvor de ligger – og bidra til gode bomiljøer og en helhetlig og bærekraftig areal-, "
            "miljø-, transport- og energiplanlegging.</li><li><strong>Boligsosiale "
            "forhold:</strong> flere vanskeligstilte skal bosettes i egnet "
            "bolig.</li><li><strong>Organisering:</strong> kommunen skal organisere boligarbeidet "
            "slik at den styrker sin rolle som premissgiver og tilrettelegger.</li></ul><h3>Slik "
            "ble planen laget</h3><p>Arbeidet startet med et oppstartsmøte for rulleringen, en "
            "prosjektgruppe og en prosjektplan. Det ble opprettet referansegrupper, planen ble lagt"
            " fram i råd og komiteer, styringsgruppen godkjente prosjektplanen, og oppstarten ble "
            "meldt som politisk sak. Deretter fulgte en fase med utredning og "
            "medvirkning.</p><p>Prosjektgruppen var tverrfaglig og samarbeidet tett med andre "
            "planer som var under arbeid. Kommunen holdt verksteder innen aktuelle fagområder, og "
            "for å nå innbyggerne ble det holdt folkemøte, kjørt kampanjer for innspill på nett og "
            "i sosiale medier og holdt et politisk verksted for komiteer, råd og "
            "kommunedelsutvalg.</p><p>I tillegg til planen lager kommunen årlige handlingsplaner. "
            "De gir Husbanken grunnlag for å planlegge sin innsats og kommunen en samlet oversikt "
            "over aktivitetene på boligområdet.</p>"
        ),
        "results": (
            "<ul><li>Boligplan 2018–2021 er vedtatt og er det styrende dokumentet for kommunens "
            "boligpolitiske arbeid.</li><li>Planen styrker kommunens rolle som aktiv premissgiver "
            "og tilrettelegger for boligutviklingen.</li><li>Medvirkningen viste hvilke ønsker som "
            "gikk igjen: varierte boformer og bomiljøer for alle, ulike boligstørrelser og "
            "prisnivåer, flere utleieboliger og gode møteplasser og uterom på tvers av alder og "
            "livssituasjon.</li></ul>"
        ),
        "tags": ["Planarbeid", "Brukermedvirkning", "Samordning"],
        "target_groups": ["vanskeligstilte-pa-boligmarkedet"],
        "process": "helhetlig-boligpolitisk-planlegging",
        "phases": [3],
        "start_year": 2018,
        "end_year": 2021,
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/bodo-kommunes-"
                "boligplan-2018-2021"
            ),
            "title": "Bodø kommunes boligplan 2018-2021",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
        "step": 4,
    },
    {
        "title": "Helhetlig boligpolitisk handlingsplan 2014–2017 i Bodø",
        "slug": "boligpolitisk-handlingsplan-2014-2017-bodo",
        "municipality": "Bodø",
        "county": "Nordland",
        "responsible_unit": "Plan- og samfunnsseksjonen",
        "language": "nb",
        "summary": (
            "For å styre boligutviklingen bedre vedtok Bodø kommune i 2014 sin første helhetlige "
            "boligpolitiske handlingsplan og opprettet to nye stillinger, en boligkoordinator og en"
            " boligsosial rådgiver. Planen samler generell boligutvikling, boligsosiale "
            "utfordringer og organisering i ett dokument."
        ),
        "background": (
            "<p>Før planen ble laget, så kommunen flere problemer i "
            "boligutviklingen:</p><ul><li>Det ble bygget rundt 160 boliger i året, mens behovet var"
            " 300–400.</li><li>Kommunen hadde ingen tydelig strategi for boligutviklingen, og de "
            "økonomiske virkemidlene ble ikke brukt i sammenheng eller i bredde.</li><li>Det var få"
            " boligprodusenter og andre aktører i markedet, og behov for mer samhandling mellom dem"
            " og kommunen.</li><li>Det manglet egnede leieboliger for studenter, vanskeligstilte, "
            "eldre, unge og tilflyttere, og for folk i distriktene i kommunen.</li><li>Kommunen var"
            " usikker på om det som ble bygget, svarte på innbyggernes behov, og hadde liten "
            "styring med hvilke boligtyper som kom.</li></ul><p>Kommunen inngikk samarbeidsavtale "
            "med Husbanken i 2011, og planen bygde på en boliganalyse og en egen boligsosial "
            "analyse.</p>"
        ),
        "body": (
            "<p>Kommunen gjorde to grep. Bystyret vedtok boligpolitisk handlingsplan 2014–2017 den "
            "13. februar 2014, og plan- og samfunnsseksjonen fikk to nye stillinger: en "
            "boligkoordinator og en boligsosial rådgiver.</p><p>Planen ble integrert i kommunens "
            "øvrige planverk, og organisering, samarbeid og kompetanseutvikling for det "
            "boligsosiale arbeidet ble tatt inn i de overordnede planene. Den favner både den "
            "generelle boligutviklingen, de boligsosiale utfordringene og hvordan kommunen "
            "organiserer arbeidet.</p>"
        ),
        "results": (
            "<ul><li>Bodø fikk sin første helhetlige plan for boligpolitikken, som styrer kommunens"
            " boligarbeid og styrker rollen som premissgiver og aktiv "
            "tilrettelegger.</li><li>Gjennom planen tar kommunen grep for å sikre nok boliger, "
            "variasjon i boligtyper og en god sosial profil.</li><li>Da Bodø ble nominert til "
            "Statens pris for boligsosialt arbeid i 2016, pekte omtalen på flere utleieboliger, "
            "flere husstander i eid bolig, flere universelt utformede boliger og flere boliger med "
            "lavt energiforbruk.</li><li>Planen ble senere rullert til Boligplan 2018–2021 med "
            "samme inndeling.</li></ul>"
        ),
        "tags": [
            "Planarbeid",
            "Samordning",
            "Kartlegging",
            "Boligbygging og fremskaffelse",
        ],
        "target_groups": ["vanskeligstilte-pa-boligmarkedet"],
        "process": "helhetlig-boligpolitisk-planlegging",
        "phases": [3],
        "start_year": 2014,
        "end_year": 2017,
        "source": {
            "url": (
                "https://www.veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/helhetlig-"
                "boligpolitisk-handlingsplan"
            ),
            "title": "Helhetlig boligpolitisk handlingsplan, Bodø kommune",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
        "step": 4,
    },
    {
        "title": "Foyer Bodø",
        "slug": "foyer-bodo",
        "municipality": "Bodø",
        "county": "Nordland",
        "responsible_unit": "Barneverntjenesten",
        "language": "nb",
        "summary": (
            "Foyer Bodø gir ungdom mellom 16 og 23 år som er eller står i fare for å bli "
            "bostedsløse, en egen bolig, veiledning og hjelp til å samordne tjenestene. Tilbudet "
            "hører til barneverntjenesten, og målet er at ungdommene innen tre år bor selvstendig "
            "og er i jobb, læretid eller utdanning."
        ),
        "background": (
            "<p>Utekontakten og barneverntjenesten meldte at Bodø hadde 15–20 bostedsløse "
            "ungdommer. En del unge mellom 16 og 23 år slet med livet, ikke minst med å få et sted "
            "å bo, og var med i ulike hjelpeprogrammer hos barneverntjenesten, Utekontakten, Nav og"
            " Ny GIV.</p><p>Kommunen samarbeidet allerede med Husbanken om ungdom og bolig, og "
            "Foyer Bodø ble forankret både i den boligpolitiske handlingsplanen og i oppvekstplanen"
            " for barn og unge. Modellen er hentet fra Aberdeen Foyer i Skottland og ble etablert i"
            " samarbeid med private aktører og flere faglige etater.</p>"
        ),
        "body": (
            "<p>Det er Nav, flyktningkontoret eller barneverntjenesten – som ungdommene allerede "
            "har kontakt med – som søker dem inn. Ungdommene får en egen leilighet og en fast "
            "koordinator som veileder dem og hjelper dem å holde oversikt over tjenestene, slik at "
            "de kan ta styring over eget liv. Oppfølgingen tilpasses hver ungdom, og ungdommene er "
            "med på å bestemme.</p><h3>Mål</h3><ul><li>Alle beboerne skal ha egen bolig og være i "
            "jobb, lærlingkontrakt eller utdanning innen tre år.</li><li>Ungdommene skal bli "
            "selvstendige unge voksne.</li></ul><p>Foyer Bodø åpnet i mai 2014 med 14 boenheter: ti"
            " for enslige ungdommer, to for unge familier og to for korttidsopphold. Ungdommene kan"
            " bo der i opptil tre år.</p>"
        ),
        "results": (
            "<ul><li>Færre unge er bostedsløse: før åpningen hadde kommunen rundt 20 bostedsløse "
            "ungdommer, tre år senere var tallet nær null.</li><li>Tjenestene er bedre samordnet, "
            "og ungdommene får helhetlig oppfølging.</li><li>Ungdommene har stor innflytelse på sin"
            " egen oppfølging.</li><li>Færre unge mottar passive ytelser.</li></ul>"
        ),
        "tags": [
            "Barn og unge",
            "Oppfølging i bolig",
            "Tverrfaglig samarbeid",
            "Brukermedvirkning",
        ],
        "target_groups": ["ungdom-og-unge-voksne", "bostedslose"],
        "process": "oppfolgingstjenester-i-hjemmet",
        "phases": [3],
        "start_year": 2014,
        "end_year": None,
        "source": {
            "url": "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/foyer-bodo",
            "title": "Foyer Bodø",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Bolig Nu – midlertidig botilbud med vei videre til varig bolig",
        "slug": "bolig-nu-bodo",
        "municipality": "Bodø",
        "county": "Nordland",
        "responsible_unit": "Næring og utvikling",
        "language": "nb",
        "summary": (
            "Bolig Nu er et midlertidig botilbud i Bodø for bostedsløse, der beboerne får hjelp til"
            " å finne en varig bolig og de tjenestene de trenger for å bo. Tilbudet har kortet ned "
            "oppholdene på hospits og pensjonat og spart Nav Bodø for store utgifter."
        ),
        "background": (
            "<p>Fra 2010 til 2013 økte tallet på husstander i Bodø som trengte midlertidig bolig, "
            "sterkt, og det gjorde også kostnadene:</p><ul><li>2010: 22 husstander, ingen med "
            "opphold over tre måneder, 267 000 kroner</li><li>2011: 67 husstander, 11 over tre "
            "måneder, 2 550 000 kroner</li><li>2012: 90 husstander, 20 over tre måneder, 4 792 353 "
            "kroner</li><li>2013: 92 husstander, 5 399 000 kroner</li></ul><p>Lange opphold på "
            "pensjonat og hospits er lite tilfredsstillende for den enkelte, og Nav Bodø fikk store"
            " utgifter til økonomisk sosialhjelp som ikke var budsjettert. Kommunen ville ha færre "
            "i midlertidig bolig og kortere opphold.</p>"
        ),
        "body": (
            "<p>Nav-kontoret har plikt til å finne et midlertidig botilbud for den som står uten et"
            " sted å bo (sosialtjenesteloven § 27), og bør samtidig sette i gang arbeid for en "
            "varig bolig. Bolig Nu ble bygget opp for å gjøre den overgangen kortere. Tilbudet "
            "åpnet i Bodø sentrum i mai 2014, med sju hybler, felles stue og kjøkken. Beboerne kan "
            "bo der i opptil tre måneder og inngår en bo- og oppfølgingsavtale i stedet for en "
            "husleiekontrakt.</p><h3>Hjelp til å komme videre</h3><ul><li>De ansatte hjelper "
            "beboerne å finne bolig på det private leiemarkedet, blant annet gjennom annonser og "
            "kontakt med utleiere, og forbereder dem på møtet med utleieren.</li><li>Bolig Nu "
            "deltar i kommunens boligmøte der kommunale boliger fordeles.</li><li>Beboerne får "
            "hjelp til søknader til Nav og til å skaffe rimelige møbler.</li><li>Fylkesmannen (nå "
            "Statsforvalteren) i Nordland bidro med finansiering i en toårsperiode.</li></ul>"
        ),
        "results": (
            "<ul><li>Fra oppstarten og fram til 30. april 2016 hadde 123 personer brukt tilbudet. "
            "40 av dem etablerte seg i privat bolig, 2 kjøpte egen bolig og 13 fikk kommunal "
            "bolig.</li><li>Nav Bodø brukte 5,4 millioner kroner på midlertidige boliger i 2013, "
            "488 000 kroner i april 2014 og 20 000 kroner i april 2015. Driftsbudsjettet for Bolig "
            "Nu var 2,88 millioner kroner i 2015.</li><li>Kommunen har beregnet en innsparing på "
            "over én million kroner bare i første halvår 2015, sammenlignet med 2013.</li><li>Flere"
            " bostedsløse får raskere og bedre hjelp, og innsatsen i kommunen er bedre "
            "koordinert.</li></ul>"
        ),
        "tags": ["Leie av private boliger", "Oppfølging i bolig", "Samordning"],
        "target_groups": ["bostedslose", "vanskeligstilte-pa-boligmarkedet"],
        "process": "bidra-til-leie-av-private",
        "phases": [],
        "start_year": 2014,
        "end_year": None,
        "source": {
            "url": ("https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/bolig-nu-bodo"),
            "title": "Bolig Nu",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Barn bor bra i Bærum",
        "slug": "barn-bor-bra-baerum",
        "municipality": "Bærum",
        "county": "Akershus",
        "responsible_unit": "Boligbistand og Nav Bærum",
        "language": "nb",
        "summary": (
            "Barn bor bra i Bærum hjelper barnefamilier med lav inntekt til å kjøpe egen bolig med "
            "startlån, i et samarbeid mellom kommunens boligbistand og Nav. En evaluering fra 2020 "
            "viser at familiene opplever en tryggere og mer stabil hverdag for barna etter at de "
            "ble boligeiere."
        ),
        "background": (
            "<p>De høye leieprisene i Bærum gjorde det vanskelig for barnefamilier med dårlig råd. "
            "Mange bodde trangt, i boliger med lav standard og med korte leiekontrakter, og de "
            "måtte flytte ofte, noe som gikk ut over barnas tilhørighet og stabilitet. Forskning "
            "viser at ustabile boforhold i oppveksten kan få negative følger for barn og unge "
            "senere i livet.</p><p>I 2016 startet boligbistanden i kommunen og Nav et felles "
            "prosjekt, «Startlån til flyktninger». De første familiene som kjøpte bolig gjennom "
            "prosjektet, deltok i Navs kvalifiseringsprogram.</p>"
        ),
        "body": (
            "<p>Fra forsommeren 2019 ble prosjektet videreført som Barn bor bra i Bærum. Da ble "
            "målgruppen utvidet til lavinntektsfamilier med andre former for oppfølging fra Nav – "
            "familier som kan ha sammensatte behov.</p><h3>Slik fungerer "
            "ordningen</h3><ul><li>Målgruppen er barnefamilier og enslige forsørgere med vedvarende"
            " lav inntekt som får oppfølging og økonomisk støtte fra Nav, med barn under 18 "
            "år.</li><li>Kommunen gjør unntak fra det absolutte inntektskravet som ellers gjelder "
            "for startlån.</li><li>Det er nok at én av foreldrene har sikker inntekt, så lenge den "
            "andre er i et arbeidsrettet løp.</li><li>Nav og boligbistanden vurderer sammen hvilke "
            "familier som passer for ordningen.</li></ul><p>Sommeren 2020 bestemte kommunen seg for"
            " å undersøke hvordan det hadde gått med de tretten familiene som kjøpte bolig med "
            "startlån fra 2016. Evalueringen, som ble gjennomført i desember 2020, legger vekt på "
            "brukerperspektivet og beskriver også metode, rutiner, ressursbruk og lærdommer som "
            "andre kommuner kan bruke.</p>"
        ),
        "results": (
            "<p>Tretten familier kjøpte bolig gjennom «Startlån til flyktninger», og 19 til kjøpte "
            "gjennom Barn bor bra i 2019–2020. I spørreundersøkelsen sa familiene "
            "at:</p><ul><li>det å eie gir barna en tryggere og mer stabil hverdag, og det er "
            "lettere å ta med venner hjem</li><li>alle som fortsatt eier, er glade for at de kan bo"
            " på samme sted så lenge de vil, og de fleste blir lettere kjent med naboene</li><li>de"
            " økonomiske bekymringene ikke har økt, selv om det for noen er mer krevende å "
            "eie</li><li>de fleste bruker mer tid på arbeid etter boligkjøpet, og nesten alle sier "
            "det er mer motiverende å jobbe når man eier selv</li><li>det er blitt lettere å "
            "håndtere utfordringer i hverdagen</li></ul>"
        ),
        "tags": [
            "Startlån og økonomisk rådgivning",
            "Barn og unge",
            "Tverrfaglig samarbeid",
            "Bosetting av flyktninger",
        ],
        "target_groups": ["barnefamilier", "flyktninger", "vanskeligstilte-pa-boligmarkedet"],
        "process": None,
        "phases": [],
        "start_year": 2016,
        "end_year": None,
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/barn-bor-bra-i-"
                "baerum"
            ),
            "title": "Barn bor bra i Bærum",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Rett bolig til rett tid på rett sted i Bærum",
        "slug": "rett-bolig-rett-tid-rett-sted-baerum",
        "municipality": "Bærum",
        "county": "Akershus",
        "responsible_unit": "Bærum kommune",
        "language": "nb",
        "summary": (
            "Bærum kommune har utviklet en modell der personer med rusproblemer og psykiske "
            "lidelser får bolig og tjenester ut fra det de trenger nå og senere, og får et nytt "
            "tilbud når behovet endrer seg. Boligene ligger spredt, og kommunen legger stor vekt på"
            " dialog med naboene."
        ),
        "background": (
            "<p>Når kommunen skal bosette noen, drøfter fagfolkene hvordan personen vil fungere i "
            "bomiljøet boligen ligger i. Kommunens erfaring er at godt boligsosialt arbeid bygger "
            "på dialog og tillit til den som skal få tilbudet.</p><p>Kommunen vil være en aktør "
            "beboerne kan stole på, og som handler når noe skjer. Endrer livet seg, må "
            "bosituasjonen fortsatt være ivaretatt.</p>"
        ),
        "body": (
            "<ul><li><strong>Tilbud:</strong> variert bosetting med tett "
            "oppfølging</li><li><strong>Beliggenhet:</strong> spredt i "
            "kommunen</li><li><strong>Målgruppe:</strong> personer med rusproblemer og/eller "
            "psykiske lidelser</li><li><strong>Ferdigstillelse:</strong> en kontinuerlig "
            "prosess</li></ul><p>Modellen bygger på erfaringer og evalueringer fra kommunens rus- "
            "og psykiske helsearbeid. Bolig og tiltak for å mestre det å bo tilbys ut fra den "
            "enkeltes behov i dag og framover. Når behovet for bolig eller tjenester endrer seg, "
            "fordi personen mestrer mer eller livet tar en ny retning, får beboeren et nytt, "
            "tilpasset tilbud. Målet er at de som får et kommunalt tilbud, skal komme videre i "
            "livet, og boligen ses som en forutsetning for å mestre livet og få mer "
            "stabilitet.</p><p>Kommunen legger stor vekt på dialog med nabolaget, særlig når "
            "personer med rusproblemer og psykiske lidelser bosettes. Tjenestene tilpasses den "
            "enkelte, og ambulant oppfølging kommer i tillegg til en rekke andre tjenester – blant "
            "annet et FACT-team som ble etablert i Bærum kommune og Bærum DPS (Vestre Viken) i "
            "oktober 2018.</p>"
        ),
        "results": (
            "<ul><li>Det kommunale boligtilbudet er blitt mer variert.</li><li>Beboere, innbyggere "
            "og brukere er godt involvert i utviklingen av boligene, naboskapet og "
            "tjenestene.</li></ul>"
        ),
        "tags": [
            "Rus og psykisk helse",
            "Oppfølging i bolig",
            "Kommunale utleieboliger",
            "Brukermedvirkning",
        ],
        "target_groups": ["personer-med-rusproblemer", "personer-med-psykiske-lidelser"],
        "process": "oppfolgingstjenester-i-hjemmet",
        "phases": [3],
        "start_year": None,
        "end_year": None,
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/rett-bolig-til-"
                "rett-tid-pa-rett-sted"
            ),
            "title": "Rett bolig til rett tid på rett sted i Bærum",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Botilbud for ungdom som springbrett til å greie seg selv",
        "slug": "botilbud-for-ungdom-baerum",
        "municipality": "Bærum",
        "county": "Akershus",
        "responsible_unit": "Bærum kommune",
        "language": "nb",
        "summary": (
            "Bærum kommune har et eget botiltak med hybler for unge mellom 18 og 29 år, med "
            "leiekontrakt for seks måneder og tett hjelp til å komme videre til egen bolig. "
            "Ungdommene må være i jobb, utdanning eller et Nav-tiltak på dagtid."
        ),
        "background": (
            "<p>Bærum kommune skulle bygge opp et mer variert bo- og oppfølgingstilbud. I arbeidet "
            "ble det tydelig at kommunen måtte få bedre oversikt over den samlede situasjonen og "
            "boevnen til unge mellom 18 og 29 år. Kommunen ville heller ikke fortsette å kjøpe "
            "plasser i og utenfor kommunen, fordi det gjør den sosialfaglige oppfølgingen "
            "vanskeligere.</p><p>Ungdomsavdelingen i Nav Bærum har til enhver tid 15–20 unge "
            "registrert uten fast bolig. Flere har bolig, men mestrer ikke alle sider ved det å bo "
            "og trenger oppfølging.</p>"
        ),
        "body": (
            "<p>Erfaringen i kommunen er at oppfølging av ungdom gir lite så lenge boforholdet er "
            "vanskelig. Skal de lykkes med skole, studier eller arbeidsrettede tiltak, må de ha et "
            "ordentlig sted å bo.</p><p>Løsningen ble et eget botiltak med hybler. Ungdommene får "
            "en leiekontrakt på seks måneder og god hjelp til å komme seg videre til en egen bolig."
            " For å få kontrakt må de være i aktivitet på dagtid – i jobb, utdanning eller et "
            "tiltak gjennom Nav. Tjenestene samordnes rundt den enkelte, slik at hjelpeapparatet "
            "kan tilpasse oppfølgingen.</p>"
        ),
        "results": (
            "<ul><li>I 2018 bodde 13 leietakere i botilbudet. Sju av dem flyttet ut til en mer "
            "stabil bosituasjon: fire til det private leiemarkedet, én kjøpte egen bolig, én fikk "
            "kommunal bolig og én omsorgsbolig.</li><li>Fra 2015 til 2018 ble til sammen 121 "
            "ungdommer henvist fra ulike instanser i kommunen. Henvisningene har økt, og det er nå "
            "venteliste til hyblene.</li><li>Ungdommene får et samordnet og helhetlig tilbud med "
            "sikte på å klare seg selv med bolig, utdanning og jobb.</li></ul>"
        ),
        "tags": [
            "Barn og unge",
            "Oppfølging i bolig",
            "Samordning",
            "Tverrfaglig samarbeid",
        ],
        "target_groups": ["ungdom-og-unge-voksne", "bostedslose"],
        "process": "oppfolgingstjenester-i-hjemmet",
        "phases": [3],
        "start_year": 2015,
        "end_year": None,
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/baerum-botiltak-"
                "for-ungdom"
            ),
            "title": "Botilbud for ungdom som springbrett til å greie seg selv",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Leie til eie – fra kommunal leietaker til boligeier i Drammen",
        "slug": "leie-til-eie-drammen",
        "municipality": "Drammen",
        "county": "Buskerud",
        "responsible_unit": "Boligkontoret",
        "language": "nb",
        "summary": (
            "Siden 2011 har Drammen kommune hjulpet leietakere i kommunale boliger til å kjøpe "
            "boligen de bor i, eller en annen bolig. Prosjektet «Leie til eie» har gitt mange nye "
            "boligeiere, bedre gjennomstrømning i de kommunale boligene og penger til å kjøpe nye "
            "utleieboliger."
        ),
        "background": (
            "<p>Over 1 000 innbyggere leier bolig av Drammen Eiendom fordi de har, eller har hatt, "
            "vansker med å skaffe seg bolig på egen hånd. De fleste kontraktene løper bare for en "
            "bestemt tid, og mange leietakere opplever det som utrygt.</p><p>Kommunen så flere "
            "problemer:</p><ul><li>Mange sto på venteliste til kommunal bolig fordi få flyttet "
            "ut.</li><li>Leietakerne fikk ingen hjelp til å komme seg ut av den kommunale "
            "boligen.</li><li>Det var vanskelig for mange å komme inn på det private leiemarkedet, "
            "og leieprisene var høye.</li></ul>"
        ),
        "body": (
            "<p>Prosjektet «Leie til eie» startet i juni 2011 for å styrke hjelpen til dem som "
            "leier kommunal bolig, slik at flere får mulighet til å eie sin egen bolig. Målgruppen "
            "ble utvidet fra 2015. Leie til eie var en del av kommunens boligsosiale "
            "utviklingsprogram med Husbanken (2010–2014), der det boligsosiale arbeidet ble samlet "
            "i en boligtjeneste.</p><p>Kjøperne får tett individuell oppfølging. Inntektene fra "
            "boligene som selges, brukes til å kjøpe nye kommunale boliger, slik at boligmassen "
            "fornyes. I 2011 og 2012 kjøpte kommunen 59 nye utleieboliger og solgte 43 til "
            "tidligere leietakere gjennom prosjektet.</p><p>Prosjektet er godt kjent internt i "
            "kommunen, og kommunen mener det har overføringsverdi til andre kommuner.</p>"
        ),
        "results": (
            "<ul><li>Flere har fått eie sin egen bolig: 36 nye boligeiere i 2013 og 133 husstander "
            "i alt ved utgangen av utviklingsprogrammet i 2014.</li><li>Større gjennomstrømning i "
            "de kommunale boligene, og en oppgradert boligmasse.</li><li>Bedre samarbeid mellom "
            "virksomhetene som arbeider med bolig.</li><li>Boligkjøperne forteller om en følelse av"
            " verdighet, trygghet og forutsigbarhet.</li><li>Drammen vant Statens pris for "
            "boligsosialt arbeid i 2013, blant annet for dette arbeidet, og boligtjenesten fikk "
            "«Boligprisen» i 2014.</li></ul>"
        ),
        "tags": [
            "Kommunale utleieboliger",
            "Startlån og økonomisk rådgivning",
            "Boligkontor",
            "Boligsosialt utviklingsprogram",
        ],
        "target_groups": ["vanskeligstilte-pa-boligmarkedet"],
        "process": None,
        "phases": [],
        "start_year": 2011,
        "end_year": None,
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/fra-leie-til-eie-i-"
                "drammen"
            ),
            "title": "Bidra til kjøp av bolig for beboere i kommunale boliger",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Ditt valg – Bolig først: Housing First i Drammen",
        "slug": "housing-first-ditt-valg-bolig-forst-drammen",
        "municipality": "Drammen",
        "county": "Buskerud",
        "responsible_unit": "Boligtjenesten",
        "language": "nb",
        "summary": (
            "Fra 2013 til 2016 prøvde Drammen kommune ut Housing First i prosjektet «Ditt valg – "
            "Bolig først» for å få ned tallet på bostedsløse. 53 personer deltok, de fleste ble "
            "boende i boligen sin, og teamet forhindret 22 utkastelser."
        ),
        "background": (
            "<p>Housing First ble prøvd ut som et tiltak i kommunens boligsosiale handlingsplan for"
            " 2012–2014, med mål om færre bostedsløse. Drammen var på den tiden med i Husbankens "
            "boligsosiale utviklingsprogram.</p>"
        ),
        "body": (
            "<p>Prosjektet gikk over tre år, fra høsten 2013 til desember 2016, i samarbeid med "
            "Husbanken sør. Det hadde samme prosjekteier og styringsgruppe som det boligsosiale "
            "utviklingsprogrammet; prosjekteier var rådmannen (i dag kommunedirektøren) ved helse- "
            "og sosialdirektøren. Kommunen, Husbanken og Helsedirektoratet finansierte "
            "prosjektet.</p><p>Deltakerne fikk tett oppfølging der de selv styrte, tjenester "
            "tilpasset hver enkelt, hjelp til å skaffe bolig og hjelp til å mestre å bo i egen "
            "leilighet. En medarbeider med egen brukererfaring var ansatt i prosjektteamet, og "
            "Høgskolen i Buskerud og Vestfold fulgte prosjektet med følgeforskning.</p>"
        ),
        "results": (
            "<ul><li>53 personer deltok i 2013–2016: 41 menn og 12 kvinner, med en "
            "gjennomsnittsalder på 38 år. 11 av dem var med fra starten.</li><li>25 var bostedsløse"
            " da de kom inn, 23 hadde bolig fra før, og fem kom fra institusjon.</li><li>Av de 25 "
            "bostedsløse fikk 20 fast bolig. Én bodde midlertidig på institusjon og fire "
            "midlertidig hos familie.</li><li>Ventetiden på bolig var omtrent tre til fire uker, og"
            " 83 prosent av alle deltakerne ble boende i boligen de fikk.</li><li>Ni personer (18 "
            "prosent) mistet boligen underveis og fikk en ny. Teamet forhindret 22 "
            "utkastelser.</li></ul>"
        ),
        "tags": [
            "Housing First",
            "Rus og psykisk helse",
            "Oppfølging i bolig",
            "Forebygging av utkastelser",
            "Brukermedvirkning",
        ],
        "target_groups": [
            "bostedslose",
            "personer-med-rusproblemer",
            "personer-med-psykiske-lidelser",
        ],
        "process": "oppfolgingstjenester-i-hjemmet",
        "phases": [3],
        "start_year": 2013,
        "end_year": 2016,
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/etablering-av-"
                "housing-first-i-drammen"
            ),
            "title": "Etablering av Housing First i Drammen",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Tilrettelagte boliger for unge med behov for tett oppfølging (Torskar)",
        "slug": "tilrettelagte-boliger-torskar-froland",
        "municipality": "Froland",
        "county": "Agder",
        "responsible_unit": "Froland kommune",
        "language": "nb",
        "summary": (
            "Froland kommune har bygget seks kommunale utleieboliger i massivtre for unge med "
            "sammensatte behov innen habilitering, med personalbase, fellesrom og en innendørs "
            "«gate» under samme tak. Pårørende var med i prosjektgruppen, og målet var å bygge "
            "hjem, ikke en institusjon."
        ),
        "background": (
            "<p>I 2017–2018 trengte kommunen flere botilbud til unge innbyggere som trenger tettere"
            " oppfølging i hverdagen enn de kan få i en vanlig enebolig eller leilighet. Både et "
            "eldre bofellesskap fra ansvarsreformen i 1991 og et nyere botilbud fra 2016 var i stor"
            " grad fulle. Kommunen måtte derfor vurdere et nybygg for dem som trengte tett "
            "oppfølging innen habiliteringsfeltet og ikke ønsket å kjøpe egen bolig.</p><p>De "
            "aktuelle beboerne ønsket å bo tett ved en personalbase og å kunne søke hjelp og "
            "trygghet uten å måtte gå ut. Kommunen ville samtidig gjennomføre et klimavennlig "
            "prosjekt og bygge i massivtre.</p>"
        ),
        "body": (
            "<p>Med dette som utgangspunkt startet kommunen byggeprosessen, og pårørende ble "
            "viktige bidragsytere i prosjektgruppen.</p><h3>Mål</h3><ul><li>Bygge gode hjem for "
            "unge mennesker med funksjonsnedsettelser.</li><li>Tilpasse boligene slik at de blir et"
            " godt sted å bo, en god arbeidsplass og et godt sted å komme på besøk.</li><li>Lage et"
            " bærekraftig og energieffektivt bygg med mindre klimaavtrykk.</li></ul><h3>Slik gikk "
            "kommunen fram</h3><ol><li>Behovene som var meldt inn, ble først avklart med familiene "
            "og med den øverste politiske og administrative ledelsen.</li><li>Kommunen satte ned en"
            " bred prosjektgruppe og utnevnte en prosjektleder.</li><li>Deretter fulgte "
            "prosjekteringen og byggingen.</li></ol>"
        ),
        "results": (
            "<ul><li>Seks kommunale utleieboliger i et klimavennlig bygg i massivtre.</li><li>En "
            "innendørs «gate» der inngangen til hver leilighet er tydelig markert, og der hver "
            "beboers egne farger går igjen ved inngangspartiet – målet var egne hjem.</li><li>Tak, "
            "gulv og belysning i «gata» og fellesrommene er valgt for å gi hjemmefølelse og "
            "trivsel.</li><li>Personalbase, felles kjøkken og felles stue er lett "
            "tilgjengelig.</li><li>En prosess med tett samarbeid mellom byggfag, "
            "habiliteringsfeltet og pårørende.</li></ul>"
        ),
        "tags": [
            "Boligbygging og fremskaffelse",
            "Brukermedvirkning",
            "Kommunale utleieboliger",
        ],
        "target_groups": ["personer-med-nedsatt-funksjonsevne", "ungdom-og-unge-voksne"],
        "process": "framskaffe-boliger-for-mennesker-med-oppfolgingsbehov",
        "phases": [1, 6],
        "start_year": 2017,
        "end_year": None,
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/tilrettelagte-"
                "boliger-for-innbyggere-med-behov-for-tett-oppfolging"
            ),
            "title": "Tilrettelagte boliger for innbyggere med behov for tett oppfølging",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Leie før eie i Gjøvik",
        "slug": "leie-for-eie-gjovik",
        "municipality": "Gjøvik",
        "county": "Innlandet",
        "responsible_unit": "Gjøvik Boligstiftelse, Gjøvik kommune og Nav Gjøvik",
        "language": "nb",
        "summary": (
            "Barnefamilier uten egenkapital får leie en ny bolig i Gjøvik i fem år med fast sparing"
            " i husleien, og kan deretter kjøpe boligen til en pris som er avtalt på forhånd. 16 "
            "familier har fått en slik avtale."
        ),
        "background": (
            "<p>For mange barnefamilier står egenkapitalkravet i veien for et boligkjøp. I Gjøvik "
            "har boligprisene de siste årene steget med 6–10 prosent årlig, og med NTNU i byen har "
            "leieprisene økt kraftig. Da blir det lite igjen å spare av når husleien er "
            "betalt.</p><p>Leie betyr ofte flere flyttinger, og for barna nye skoler og nye venner."
            " Leieboligene kan dessuten ha lav standard, være for små og mangle gode uterom, og "
            "bomiljøet er ikke alltid godt. Kommunen har også hatt synkende folketall, blant annet "
            "fordi familier flytter dit boligene er billigere.</p>"
        ),
        "body": (
            "<p>Gjøvik Boligstiftelse, Gjøvik kommune og Nav Gjøvik har sammen laget tilbudet. "
            "Stiftelsen bygger boligene, og familien leier i fem år med en avtalt sparedel. Ved "
            "slutten av perioden har familien rett, men ikke plikt, til å kjøpe boligen til den "
            "prisen som ble fastsatt da leieforholdet startet.</p><h3>Hvem tilbudet er "
            "for</h3><ul><li>barnefamilier med barn som skal bo i "
            "boligen</li><li>førstegangskjøpere med lav, men fast inntekt</li><li>familier som kan "
            "oppfylle bankens krav til finansiering når de skal kjøpe</li><li>familier som "
            "forplikter seg til en spareplan over husleien i leieperioden</li></ul><p>Målet er gode"
            " bomiljøer for barnefamilier som har vansker med å komme inn på eiermarkedet, og en "
            "økonomisk ramme som gjør det mulig for dem å spare opp egenkapital.</p>"
        ),
        "results": (
            "<ul><li>16 boenheter er bygget på to boligfelt, med to bygg med fire leiligheter på "
            "hvert felt. De sto ferdige og ble tildelt tidlig i 2021.</li><li>16 familier som hadde"
            " vansker med å komme inn på eiermarkedet, har fått en leieavtale for fem år med rett "
            "til å kjøpe til fastsatt pris.</li><li>Behovet har vist seg å være stort, og "
            "boligstiftelsen har satt seg som mål å gjennomføre to slike prosjekter i "
            "året.</li></ul>"
        ),
        "tags": [
            "Barn og unge",
            "Boligbygging og fremskaffelse",
            "Tverrfaglig samarbeid",
        ],
        "target_groups": ["barnefamilier", "vanskeligstilte-pa-boligmarkedet"],
        "process": None,
        "phases": [],
        "start_year": 2021,
        "end_year": None,
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/leie-for-eie-i-"
                "gjovik"
            ),
            "title": "Leie før eie i Gjøvik",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Eie først/Barna først i Kongsvinger",
        "slug": "eie-forst-barna-forst-kongsvinger",
        "municipality": "Kongsvinger",
        "county": "Innlandet",
        "responsible_unit": "Kongsvinger kommune",
        "language": "nb",
        "summary": (
            "Kongsvinger kommune har i flere år prøvd ut Eie først, der barnefamilier som delvis "
            "får sosialhjelp til boutgiftene, kan kjøpe bolig med startlån. Lånet er avdragsfritt "
            "så lenge familien trenger sosialhjelp, og SINTEF har fulgt arbeidet."
        ),
        "background": (
            "<p>Mange barnefamilier med svak økonomi har for liten og lite egnet bolig, og "
            "bosituasjonen kan hindre foreldrene i å komme i arbeid eller aktivitet. Trangboddhet "
            "kan føre til at familien holdes utenfor sosialt, og kan gå ut over barnas skolegang. "
            "Leiekontrakter som kan sies opp, gir en følelse av ustabilitet og av ikke å ha "
            "kontroll over hvor man skal bo.</p><p>Kommunen ville gi foreldre og barn en bedre "
            "bosituasjon og mulighet til å utnytte det de har i seg.</p>"
        ),
        "body": (
            "<p>Eie først er for familier som ikke fyller de vanlige kravene for startlån, men som "
            "har mulighet til å bli økonomisk selvhjulpne på sikt. Familien kjøper bolig med "
            "startlån, og lånet er avdragsfritt så lenge familien er avhengig av "
            "sosialhjelp.</p><h3>Første trinn</h3><p>Arbeidet starter med en samtale der kommunen "
            "forklarer familien hva Eie først innebærer, og sikrer seg at familien forstår modellen"
            " og er interessert. Deretter avklarer kommunen familiens muligheter og "
            "potensial.</p><p>Arbeidsprosessen «Eie først – med startlån og tilskudd» på veiviseren"
            " beskriver samme modell trinn for trinn.</p>"
        ),
        "results": (
            "<p>Familiene SINTEF har intervjuet, forteller om:</p><ul><li>bedre livskvalitet og en "
            "opplevelse av trygghet, mestring og kontroll over egen bosituasjon</li><li>stolthet og"
            " glede over å eie, hos både foreldre og barn, og større vilje til å ta vare på "
            "omgivelsene</li><li>mer motivasjon og overskudd til å lære norsk og få fast "
            "jobb</li><li>nytt håp og tro på framtiden</li><li>følelsen av å høre til i et nabolag "
            "– bedre integrering enn når de leide</li><li>bedre økonomi og mulighet til å bygge opp"
            " noe å etterlate barna</li></ul>"
        ),
        "tags": [
            "Startlån og økonomisk rådgivning",
            "Barn og unge",
            "Tverrfaglig samarbeid",
        ],
        "target_groups": ["barnefamilier", "vanskeligstilte-pa-boligmarkedet"],
        "process": None,
        "phases": [],
        "start_year": None,
        "end_year": None,
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/eie-forst-i-"
                "kongsvinger"
            ),
            "title": "Eie først/Barna først i Kongsvinger",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Barna først i Kragerø",
        "slug": "barna-forst-kragero",
        "municipality": "Kragerø",
        "county": "Telemark",
        "responsible_unit": "Boligkontoret",
        "language": "nb",
        "summary": (
            "Kragerø kommune setter barnas beste først og ser egen bolig som hjelp til selvhjelp, "
            "ikke som noe familier må kvalifisere seg til. Med fullfinansiering gjennom startlån og"
            " et ekstraordinært tilskudd har familier uten fast inntekt kunnet kjøpe bolig, med "
            "bedre integrering og mer stabile oppvekstvilkår som resultat."
        ),
        "background": (
            "<p>I vurderingen av hva som er best for en familie, skal barnas beste veie tyngst. Det"
            " er i tråd med FNs barnekonvensjon artikkel 3, som sier at barnets beste skal være et "
            "grunnleggende hensyn i alle handlinger som berører barn. Kommunen mener "
            "boligpolitikken har et ansvar for at alle barn skal bo godt og trygt.</p><p>Det finnes"
            " få utleieboliger i Kragerø, og mange flyktningfamilier bodde trangt og dyrt. "
            "Tidligere måtte barna ofte flytte mellom leieforhold, med nye skoler, venner og "
            "nærmiljø hver gang.</p>"
        ),
        "body": (
            "<p>Kommunen har snudd den vanlige tanken om at bolig er et mål man må kvalifisere seg "
            "for. I stedet brukes egen bolig som et virkemiddel for integrering og for å bekjempe "
            "fattigdom.</p><p>Familier uten fast inntekt har fått kjøpe bolig med fullfinansiering:"
            " startlån kombinert med et ekstraordinært tilskudd. Kommunen kalte prosjektet «Eie "
            "først», og det er boligkontoret som følger opp familiene. Boligene er kjøpt spredt "
            "rundt i hele kommunen.</p>"
        ),
        "results": (
            "<ul><li>Holdningene endret seg: familiene ble mer aktive for å skaffe seg arbeid, slik"
            " at de kunne beholde boligen de hadde kjøpt.</li><li>Både flyktningfamilier og "
            "familier som sto økonomisk utenfor, er blitt bedre integrert. De bor der «alle andre» "
            "bor, og den spredte bosettingen hindrer at sosiale problemer hoper seg "
            "opp.</li><li>Barna slipper å flytte og har fått et stabilt oppvekstmiljø. I flere "
            "familier der barna hadde langvarig skolevegring og sto i fare for å falle ut av "
            "skolen, har utviklingen snudd etter boligkjøpet.</li><li>Stolthet over egen bolig gir "
            "mer sosial kontakt.</li></ul>"
        ),
        "tags": [
            "Barn og unge",
            "Startlån og økonomisk rådgivning",
            "Bosetting av flyktninger",
            "Boligkontor",
        ],
        "target_groups": ["barnefamilier", "flyktninger", "vanskeligstilte-pa-boligmarkedet"],
        "process": None,
        "phases": [],
        "start_year": None,
        "end_year": None,
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/barna-forst-kragero"
            ),
            "title": "Barna først i Kragerø",
            "published": "",
        },
        "contact": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Bidra til kjøp av bolig i Sandnes",
        "slug": "bidra-til-kjop-av-bolig-sandnes",
        "municipality": "Sandnes",
        "responsible_unit": "Boligtjenesten og fagstab levekår",
        "language": "nb",
        "summary": (
            "Sandnes kommune hjelper leietakere i kommunale boliger og søkere til kommunal bolig "
            "som har en forutsigbar inntekt, til å kjøpe sin egen bolig. Motivasjonsarbeid, "
            "praktisk hjelp, startlån og eventuelt tilskudd har gjort 20–30 husstander i året til "
            "boligeiere, om lag 125 husstander til sammen."
        ),
        "background": (
            "<p>Sandnes har vokst raskt, med en befolkningsøkning på mellom 2 og 3,5 prosent i året"
            " de siste årene. Høy aktivitet i næringslivet og mange arbeidsinnvandrere har over tid"
            " presset boligmarkedet: prisene er høye, og det er få ledige boliger både å leie og å "
            "kjøpe. I et slikt marked blir de med små økonomiske eller sosiale ressurser skjøvet "
            "ut.</p><p>Kommunen har samtidig relativt få kommunale boliger per 1 000 innbyggere, "
            "sammenlignet med andre byer, og mange bostedsløse. Store behov og begrensede ressurser"
            " ga et stort press på boligtjenesten, lang ventetid før tildeling av bolig og en "
            "streng prioritering mellom søkerne.</p>"
        ),
        "body": (
            "<p>Kommunen har gjort det å hjelpe folk over i eid bolig til en fast del av det "
            "boligsosiale arbeidet. Tilbudet retter seg mot to grupper: husstander som allerede "
            "leier kommunal bolig, og husstander som søker om det. Felles for dem er at de har en "
            "inntekt det går an å planlegge ut fra.</p><h3>Slik arbeider "
            "kommunen</h3><ul><li><strong>Motivasjon:</strong> Boligtjenesten arbeider målrettet "
            "med å motivere husstandene til å ta steget fra leie til eie.</li><li><strong>Praktisk "
            "bistand og støtte:</strong> Husstanden får hjelp gjennom prosessen fram mot et kjøp, "
            "og kommunen har satt av ressurser til å følge den "
            "opp.</li><li><strong>Finansiering:</strong> Kjøpet finansieres med startlån og, når "
            "det trengs, tilskudd fra Husbanken.</li><li><strong>Systematikk:</strong> Arbeidet "
            "følger en systematisk metodikk og har egne ressurser til oppfølging.</li></ul><p>Hver "
            "husstand som flytter fra en kommunal bolig og inn i egen bolig, frigjør en kommunal "
            "bolig til en ny søker. Tiltaket hjelper dermed både den som kjøper og dem som står i "
            "kø.</p>"
        ),
        "results": (
            "<ul><li>Mellom 20 og 30 husstander har kjøpt egen bolig hvert år, om lag 125 "
            "husstander til sammen. Mange er barnefamilier, så langt flere personer er "
            "berørt.</li><li>Det er blitt mer sirkulasjon i den kommunale boligmassen, og kommunen "
            "kan tilby bolig til flere vanskeligstilte.</li><li>Ventelistene for kommunal bolig er "
            "blitt kortere.</li><li>Kjøperne får en mer verdig og forutsigbar bosituasjon og tar "
            "del i verdiutviklingen i boligmarkedet.</li><li>Tiltaket er en viktig del av "
            "integreringen av flyktninger, og mange av disse er barnefamilier.</li></ul>"
        ),
        "tags": [
            "Startlån og økonomisk rådgivning",
            "Kommunale utleieboliger",
            "Oppfølging i bolig",
            "Bosetting av flyktninger",
            "Barn og unge",
        ],
        "target_groups": ["barnefamilier", "flyktninger", "vanskeligstilte-pa-boligmarkedet"],
        "process": None,
        "phases": [],
        "county": "Rogaland",
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/fra-leie-til-eie-i-"
                "sandnes"
            ),
            "title": "Bidra til kjøp av bolig i Sandnes",
            "published": "",
        },
        "contact": None,
        "start_year": None,
        "end_year": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Småhus i Sandnes med tilskudd til utleieboliger",
        "slug": "smahus-sandnes",
        "municipality": "Sandnes",
        "responsible_unit": "Mestringsenheten, Boligtjenesten og Sandnes Eiendom KF",
        "language": "nb",
        "summary": (
            "Sandnes kommune har bygd 18 små, frittliggende hus for personer med omfattende "
            "rusproblemer, som ofte har vært bostedsløse lenge. Boligtypen, plasseringen og "
            "tilpassede tjenester har sammen gitt varige boforhold for en gruppe som tidligere ikke"
            " fikk det til å fungere i andre boliger."
        ),
        "background": (
            "<p>Kommunen hadde en gruppe innbyggere som var bostedsløse over lang tid. Flere ulike "
            "boligløsninger var prøvd, uten at noen av dem ga et varig boforhold.</p><p>Målet ble å"
            " kunne tilby differensierte botilbud til personer med langvarig bostedsløshet og "
            "rusproblemer, slik at også denne gruppen får gode bomiljøer, stabilitet i boforholdet "
            "og like muligheter for gode levekår som andre.</p>"
        ),
        "body": (
            "<p>Småhus er små, frittstående boliger beregnet på personer med rusproblemer, "
            "eventuelt i kombinasjon med psykiske vansker. Målgruppen er både kvinner og menn med "
            "omfattende rusutfordringer. Kommunen har i dag 18 slike hus, ferdigstilt i perioden "
            "2012–2019. Husene eies av kommunen, og tittelen på eksempelet viser at Husbankens "
            "tilskudd til utleieboliger er brukt i finansieringen.</p><h3>Plassering</h3><p>Husene "
            "er bevisst spredt. Variasjonen i plassering skal gjøre det mulig å finne riktig bolig "
            "for den enkelte, unngå at mange beboere med store utfordringer samles på ett sted, og "
            "begrense belastningen for nærmiljøet. Det har vært krevende å finne egnede tomter, "
            "både med tanke på beliggenhet og naboer.</p><h3>Tjenester og tilsyn</h3><ul><li>Selve "
            "boligene har ingen fast bemanning. Beboerne får tjenester etter helse- og "
            "omsorgstjenesteloven ut fra behov.</li><li>En miljøvaktmester fører tilsyn med "
            "husene.</li><li>Tre av husene ligger knyttet til en base som er bemannet hele "
            "døgnet.</li></ul><p>Tilbudet er et samarbeid mellom Mestringsenheten, Boligtjenesten "
            "og det kommunale foretaket Sandnes Eiendom KF.</p>"
        ),
        "results": (
            "<ul><li>Kommunen har fått flere småhus.</li><li>Beboerne har fått en stabil "
            "bosituasjon. Erfaringen er at kombinasjonen av boligtype, lokalisering og tilpassede "
            "oppfølgingstjenester har ført til varig bosetting av personer som var "
            "bostedsløse.</li><li>Arbeidet har styrket det tverrfaglige "
            "samarbeidet.</li><li>Kartleggingen og dokumentasjonen av behov er blitt "
            "bedre.</li><li>De fleste beboerne er svært fornøyde.</li></ul><p>Kommunens erfaring er"
            " at boligene fungerer svært godt når de først er tatt i bruk, selv om veien fram til "
            "en egnet tomt kan være lang.</p>"
        ),
        "tags": [
            "Boligbygging og fremskaffelse",
            "Rus og psykisk helse",
            "Oppfølging i bolig",
            "Tverrfaglig samarbeid",
            "Kartlegging",
        ],
        "target_groups": [
            "personer-med-rusproblemer",
            "personer-med-psykiske-lidelser",
            "bostedslose",
        ],
        "process": "framskaffe-boliger-for-mennesker-med-oppfolgingsbehov",
        "phases": [],
        "county": "Rogaland",
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/smahus-i-sandnes"
            ),
            "title": "Småhus i Sandnes med tilskudd til utleieboliger",
            "published": "",
        },
        "contact": None,
        "start_year": 2012,
        "end_year": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Boligsosial handlingsplan 2018–2023 i Stavanger",
        "slug": "boligsosial-handlingsplan-2018-2023-stavanger",
        "municipality": "Stavanger",
        "responsible_unit": "Stavanger kommune",
        "language": "nb",
        "summary": (
            "Stavanger har i over tjue år styrt det boligsosiale arbeidet gjennom langsiktige "
            "planer. Den boligsosiale handlingsplanen for 2018–2023 er en temaplan forankret i "
            "kommuneplanen, med konkrete tiltak og særlig vekt på kommunale boliger uten fast "
            "bemanning og de økonomiske virkemidlene."
        ),
        "background": (
            "<p>Kommunen laget sin første boligpolitiske strategiplan i 1995, og senere har "
            "boligsosiale handlingsplaner overtatt rollen. Planen for 2010–2015 ble vedtatt av "
            "bystyret i 2010. Neste rullering ble utsatt mens kommunen organiserte det boligsosiale"
            " arbeidet på nytt, og i årene 2015–2017 fungerte programplanen for kommunens "
            "boligsosiale velferdsprogram som plandokument.</p><p>Erfaringen er at langsiktige "
            "planer har vært til stor nytte. Feltet er sammensatt og krever et bredt blikk, og en "
            "handlingsplan er et godt verktøy for å se virkemidlene i sammenheng og for å få "
            "aktørene til å trekke i samme retning.</p>"
        ),
        "body": (
            "<p>Planen skal være grunnlaget for kommunens boligsosiale arbeid i planperioden. "
            "Gjennom konkrete tiltak skal den legge til rette for et helhetlig arbeid og for god "
            "bruk av virkemidler og ressurser. Perspektivet er bredt, men tyngdepunktet ligger på "
            "de kommunale boligene uten fast bemanning og på de økonomiske virkemidlene.</p><h3>En "
            "temaplan i plansystemet</h3><ul><li>Planen bygger på nasjonale og lokale føringer og "
            "er forankret i kommuneplanen.</li><li>Den skal ses i sammenheng med andre temaplaner, "
            "blant annet planen for omsorgsbygg, den ruspolitiske handlingsplanen og planen for "
            "psykisk helse.</li><li>Målene handler om å møte boligbehovet til vanskeligstilte "
            "gjennom et variert tilbud av boliger.</li></ul><h3>Politisk behandling og "
            "oppfølging</h3><p>Bystyret vedtok planen i januar 2019. Tiltak som krever penger, skal"
            " vurderes i handlings- og økonomiplanen eller i egne saker, og bystyret skal få en "
            "årlig sak om hvordan tiltakene gjennomføres. Blant tiltakene bystyret la inn, var å "
            "tynne ut konsentrasjoner av kommunale boliger i utvalgte områder og å prøve ut en "
            "områdebase i en bydel med mange kommunale boliger. Planen skulle oppdateres etter at "
            "nye Stavanger kommune ble etablert i 2020.</p><p>I dag sier boligsosialloven, som "
            "gjelder fra 1. juli 2023, at kommunen skal ta boligsosiale hensyn i planleggingen. "
            "Stavangers lange planpraksis viser hvordan det kan gjøres i en stor kommune.</p>"
        ),
        "results": (
            "<ul><li>Det boligsosiale arbeidet er forankret både politisk og "
            "administrativt.</li><li>Kommunen har konkrete tiltak for hvordan de boligsosiale "
            "målene skal nås i de kommende årene.</li><li>Planen gir et godt grunnlag for en "
            "samordnet og systematisk innsats fra mange aktører på et komplekst felt.</li></ul>"
        ),
        "tags": [
            "Planarbeid",
            "Samordning",
            "Kommunale utleieboliger",
            "Startlån og økonomisk rådgivning",
        ],
        "target_groups": ["vanskeligstilte-pa-boligmarkedet"],
        "process": "helhetlig-boligpolitisk-planlegging",
        "phases": [3],
        "county": "Rogaland",
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/stavanger-kommunes-"
                "boligsosial-handlingsplan-2018_2023"
            ),
            "title": "Stavanger kommunes boligsosial handlingsplan 2018 - 2023",
            "published": "",
        },
        "contact": None,
        "start_year": 2018,
        "end_year": 2023,
        "last_reviewed": "2026-11-30",
        "step": 4,
    },
    {
        "title": "Bo-oppfølging med elementer fra Housing First i Stavanger",
        "slug": "bo-oppfolging-housing-first-stavanger",
        "municipality": "Stavanger",
        "responsible_unit": "Hillevåg hjemmebaserte tjenester",
        "language": "nb",
        "summary": (
            "Etter et forprosjekt sammen med Helse Stavanger vedtok Stavanger kommune å opprette et"
            " bo-oppfølgingsteam bygd på prinsipper fra Housing First. Det toårige prosjektet "
            "startet i 2015, og etter første år hadde ni beboere fått bolig."
        ),
        "background": (
            "<p>Stavanger hadde allerede flere tilbud om oppfølging i bolig for personer med "
            "samtidig rus- og psykiske lidelser (ROP-lidelser). De fleste tjenestene gis etter "
            "vedtak fra helse- og sosialkontorene, blant annet fra miljøterapeutiske enheter i de "
            "hjemmebaserte tjenestene og fra miljøtjenestene i Rehabiliteringsseksjonen. Kommunen "
            "har også flere bofellesskap for personer med ROP-lidelser.</p><p>Et oppsøkende "
            "behandlingsteam arbeider med personer med alvorlige psykiske lidelser som ikke får "
            "nytte av de ordinære tilbudene. De fleste av dem har i tillegg andre utfordringer, som"
            " rus, bostedsløshet eller vansker med å beholde en bolig. Kommunen ville undersøke om "
            "et team etter Housing First-modellen kunne være et nyttig supplement.</p>"
        ),
        "body": (
            "<h3>Forprosjekt med spesialisthelsetjenesten</h3><p>Sammen med Avdeling Unge Voksne i "
            "Helse Stavanger gjennomførte kommunen et forprosjekt. Der ble målgruppen for et mulig "
            "Housing First-tilbud kartlagt, og partene beskrev mulig samarbeid, hvilke ressurser et"
            " team ville trenge og hvordan det kunne finansieres. Arbeidet ble samlet i en "
            "prosjektrapport.</p><h3>Fra rapport til politisk vedtak</h3><p>Rapporten ble "
            "grunnlaget for en politisk sak med forslag om å etablere et bo-oppfølgingsteam basert "
            "på prinsipper fra Housing First. Forslaget ble vedtatt, og prosjektet startet i 2015 "
            "med en varighet på to år.</p><p>Housing First bygger blant annet på at bolig er en "
            "grunnleggende rettighet, at bolig og tjenester holdes atskilt, og at deltakeren selv "
            "har stor innflytelse på hvilken bolig og oppfølging han eller hun får.</p>"
        ),
        "results": (
            "<ul><li>De fleste deltakerne har fått et mer stabilt boforhold.</li><li>Etter første "
            "prosjektår var ni beboere bosatt i åtte leiligheter.</li><li>To deltakere hadde "
            "avsluttet fordi de ikke lenger ønsket oppfølging fra teamet.</li></ul>"
        ),
        "tags": [
            "Housing First",
            "Oppfølging i bolig",
            "Rus og psykisk helse",
            "Tverrfaglig samarbeid",
            "Kartlegging",
        ],
        "target_groups": [
            "personer-med-rusproblemer",
            "personer-med-psykiske-lidelser",
            "bostedslose",
        ],
        "process": "oppfolgingstjenester-i-hjemmet",
        "phases": [],
        "county": "Rogaland",
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/booppfolging-med-"
                "elementer-fra-housing-first"
            ),
            "title": "Bo-oppfølging med elementer fra Housing First",
            "published": "",
        },
        "contact": None,
        "start_year": 2015,
        "end_year": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Boligpolitisk handlingsplan 2015–2018 i Tromsø",
        "slug": "boligpolitisk-handlingsplan-tromso",
        "municipality": "Tromsø",
        "responsible_unit": "Stab for politisk og administrativ ledelse",
        "language": "nb",
        "summary": (
            "Med boligpolitisk handlingsplan 2015–2018 fikk Tromsø sin første helhetlige plan for "
            "hele boligpolitikken, ikke bare for den boligsosiale delen. Planen skal sikre nok og "
            "riktige boliger på rett sted, og den vever de boligsosiale oppgavene inn i den "
            "ordinære boligbyggingen."
        ),
        "background": (
            "<p>Planen erstattet den boligsosiale handlingsplanen for 2009–2014. Med den nye planen"
            " samlet kommunen det ordinære boligmarkedet, de boligsosiale utfordringene og "
            "byutviklingen i ett og samme dokument.</p>"
        ),
        "body": (
            "<p>Planen dekker det ordinære boligmarkedet, boligsosiale utfordringer og muligheter, "
            "noen prinsipper for byutvikling og hvordan kommunen skal organisere seg og samarbeide "
            "med private boligaktører. Ambisjonen er at det bygges nok boliger, med riktig "
            "variasjon i boligtyper, og på steder der boligene bidrar til den byutviklingen "
            "kommunen ønsker.</p><h3>Boligsosiale oppgaver i den ordinære boligbyggingen</h3><p>Et "
            "hovedpoeng er at de boligsosiale oppgavene så langt som mulig skal løses som en del av"
            " den vanlige boligbyggingen, og dermed også bidra til at det bygges mer. Det "
            "forutsetter et tett samarbeid mellom kommunen, boligbransjen og "
            "Husbanken.</p><h3>Fortetting i eksisterende byområder</h3><p>Mye av framtidens "
            "boligetablering og byutvikling vil skje der det allerede bor folk. Planen omfatter "
            "derfor både eksisterende og ny boligmasse, og peker på fortetting og utfylling av "
            "bydeler og bydelssentre som prinsipp. Dette er prinsipielle innspill til "
            "kommuneplanens arealdel, der den konkrete arealbruken blir "
            "bestemt.</p><h3>Boligprogram</h3><p>Kommunen innførte en ny plantype, boligprogram, "
            "som gjør handlingsplanen konkret ved å holde den opp mot en kartlegging av "
            "brukergruppene og deres boligbehov.</p>"
        ),
        "results": (
            "<ul><li>Kommunen har fått en felles forståelse av de boligpolitiske og boligsosiale "
            "målene og strategiene, og delvis også av hvilke tiltak som skal "
            "til.</li><li>Prosjekter som pågår eller skal starte, er systematisert og forankret i "
            "en overordnet plan.</li><li>Plantypen boligprogram er innført.</li><li>Tiltakene er "
            "prioritert opp mot økonomiplanen.</li><li>Planen er godt forankret i boligbransjen og "
            "har tverrpolitisk forankring i kommunen.</li></ul>"
        ),
        "tags": [
            "Planarbeid",
            "Boligbygging og fremskaffelse",
            "Samordning",
            "Kartlegging",
        ],
        "target_groups": ["vanskeligstilte-pa-boligmarkedet"],
        "process": "helhetlig-boligpolitisk-planlegging",
        "phases": [3],
        "county": "Troms",
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/boligpolitisk-"
                "handlingsplan-20152018-tromso-kommune"
            ),
            "title": "Boligpolitisk handlingsplan 2015-2018, Tromsø kommune",
            "published": "",
        },
        "contact": None,
        "start_year": 2015,
        "end_year": 2018,
        "last_reviewed": "2026-11-30",
        "step": 4,
    },
    {
        "title": "«Ny vri» – bedre bomiljø i kommunale boliger i Trondheim",
        "slug": "ny-vri-bomiljo-kommunale-boliger-trondheim",
        "municipality": "Trondheim",
        "responsible_unit": (
            "Teamet for forvaltning, drift og vedlikehold og teamet for tildeling og bomiljø"
        ),
        "language": "nb",
        "summary": (
            "«Ny vri» er et samarbeid mellom to kommunale team i Trondheim: det som forvalter og "
            "vedlikeholder de kommunale boligene, og det som tildeler boliger og arbeider med "
            "bomiljø. Målet er tryggere bomiljø i de store helkommunale boligkompleksene, færre "
            "konflikter mellom naboer og færre skader på byggene."
        ),
        "background": (
            "<p>Kommunen så flere problemer i de kommunale utleieboligene på en "
            "gang:</p><ul><li>Stadig flere klager på bomiljøet.</li><li>Fare for utrygge "
            "oppvekstvilkår i store boligkompleks der alle boligene er kommunale.</li><li>Dårlige "
            "løsninger for barnevogner, slik at beboerne satte private eiendeler i fellesarealene "
            "og sperret rømningsveier.</li><li>Avfall som ble satt fra seg i "
            "fellesarealer.</li><li>Mange byggskader med fukt og sopp.</li><li>Dårlig merkede "
            "postkasser, slik at husleiefakturaer ofte kom i retur til Trondheim "
            "eiendom.</li></ul><p>I kommunens boligpolitiske plan var det dessuten foreslått at "
            "bomiljøteamet skulle besøke nye leietakere hjemme når de flyttet inn i kommunal "
            "bolig.</p>"
        ),
        "body": (
            "<p>Problemene berørte både bygningene og beboerne. I «Ny vri» går derfor teamet som "
            "har ansvar for forvaltning, drift og vedlikehold, og teamet som tildeler boliger og "
            "arbeider med bomiljø, sammen om ett felles tiltak.</p><h3>Mål for "
            "tiltaket</h3><ul><li>Et trygt bomiljø og bedre forhold mellom naboene i de kommunale "
            "utleieboligene.</li><li>En tryggere og enklere hverdag for barnefamilier og andre "
            "beboere.</li><li>Bedre samarbeid mellom kommunen og leietakerne.</li><li>Lavere "
            "konfliktnivå mellom naboer og færre byggskader.</li></ul><p>Det overordnede målet er "
            "at arbeidsformen skal bli en del av den daglige driften i alle de helkommunale "
            "boligkompleksene.</p>"
        ),
        "results": (
            "<p>Tiltaket ble startet høsten 2020 og satt i drift våren 2021. Det har ingen fastsatt"
            " sluttdato, og kommunen regnet med å kunne se resultater etter om lag ett år. "
            "Eksempelsiden oppgir ikke målte resultater ennå.</p>"
        ),
        "tags": [
            "Kommunale utleieboliger",
            "Oppfølging i bolig",
            "Tverrfaglig samarbeid",
            "Barn og unge",
        ],
        "target_groups": ["barnefamilier", "vanskeligstilte-pa-boligmarkedet"],
        "process": "forvaltning-drift-og-vedlikehold-valg-av-bolig-og-beboeroppfolging",
        "phases": [],
        "county": "Trøndelag",
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/ny-vri-leie-av-"
                "bolig-i-trondheim-kommune"
            ),
            "title": "Ny vri - leie av bolig i Trondheim kommune",
            "published": "",
        },
        "contact": None,
        "start_year": 2020,
        "end_year": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Helhetlig boligsosialt arbeid i Stord",
        "slug": "helhetlig-boligsosialt-arbeid-stord",
        "municipality": "Stord",
        "responsible_unit": "Stord kommune",
        "language": "nb",
        "summary": (
            "Stord kommune vant Statens pris for boligsosialt arbeid i 2018 for et arbeid som "
            "favner alle vanskeligstilte på boligmarkedet. Kommunen har ingen bostedsløse, flere "
            "familier eier egen bolig ved hjelp av startlån, og ventetiden på kommunal bolig er "
            "blitt kortere."
        ),
        "background": (
            "<p>I 2014 laget Rambøll Management en foranalyse for Stord kommune i forbindelse med "
            "kommunens deltakelse i Husbankens kommuneprogram. Analysen pekte på områder der "
            "kommunen kunne bli bedre, og ble et utgangspunkt for det videre arbeidet.</p>"
        ),
        "body": (
            "<p>Stord planlegger for at alle innbyggere skal ha en bolig som passer, og ser de "
            "boligsosiale oppgavene i sammenheng. Arbeidet omfatter flere "
            "deler:</p><ul><li><strong>Organisering:</strong> Kommunen har organisert det "
            "boligsosiale arbeidet slik at det går effektivt, og har tydeliggjort roller og ansvar "
            "både på strategisk og operativt nivå. I tillegg har den en egen arena der aktørene "
            "deler informasjon på tvers av enhetene (se også eksempelet om bustadsosialt forum i "
            "Stord).</li><li><strong>Eie egen bolig:</strong> Mange vanskeligstilte familier har "
            "kjøpt egen bolig gjennom aktiv bruk av startlån.</li><li><strong>Housing First for "
            "alle som trenger det:</strong> Kommunen bruker Housing First som tilnærming overfor "
            "alle med rusproblemer og/eller psykisk sykdom som trenger langvarige og koordinerte "
            "tjenester. Alle bostedsløse har fått bolig.</li><li><strong>Eldre og personer med "
            "nedsatt funksjonsevne:</strong> Kommunen tilrettelegger boliger og informerer hele "
            "befolkningen, slik at flere kan bo hjemme uansett livssituasjon.</li><li><strong>Eldre"
            " rusavhengige:</strong> Sykehjemmet har en egen avdeling for personer med rusproblemer"
            " og/eller psykiske vansker.</li></ul>"
        ),
        "results": (
            "<ul><li>Tiltak som gjør roller og ansvar tydelige, både strategisk og "
            "operativt.</li><li>Flere familier i egen bolig ved hjelp av startlån.</li><li>Ingen "
            "bostedsløse.</li><li>Et bedre tilbud til personer med samtidig rus- og psykiske "
            "lidelser.</li><li>Kortere ventetid på kommunale boliger.</li><li>Langt flere boliger "
            "tilrettelagt for eldre beboere.</li><li>Et bedre tilbud til eldre med "
            "rusavhengighet.</li></ul><p>Arbeidet ble belønnet med Statens pris for boligsosialt "
            "arbeid 2018.</p>"
        ),
        "tags": [
            "Samordning",
            "Housing First",
            "Startlån og økonomisk rådgivning",
            "Rus og psykisk helse",
            "Tilpasning av bolig",
        ],
        "target_groups": [
            "vanskeligstilte-pa-boligmarkedet",
            "bostedslose",
            "barnefamilier",
            "personer-med-rusproblemer",
            "personer-med-psykiske-lidelser",
            "personer-med-nedsatt-funksjonsevne",
            "eldre",
        ],
        "process": "organisering-og-tverrfaglig-samarbeid",
        "phases": [2, 4],
        "county": "Vestland",
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/helhetlig-"
                "boligsosialt-arbeid-i-stord"
            ),
            "title": "Helhetlig boligsosialt arbeid i Stord",
            "published": "",
        },
        "contact": None,
        "start_year": 2014,
        "end_year": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Utleieboliger med tilvisningsavtale i Ringsaker",
        "slug": "tilvisningsavtaler-utleieboliger-ringsaker",
        "municipality": "Ringsaker",
        "responsible_unit": "Servicesenteret",
        "language": "nb",
        "summary": (
            "Ringsaker kommune har inngått tilvisningsavtaler med seks private utbyggere for å få "
            "flere utleieboliger. Utbyggerne bygger nye boliger i Moelv og Brumunddal med lån fra "
            "Husbanken, og kommunen får rett til å tilvise boligsøkere til 40 prosent av "
            "boligene i hvert prosjekt."
        ),
        "background": (
            "<p>Ringsaker har om lag 34 000 innbyggere. I 2015 hadde kommunen langt flere søkere "
            "til utleieboliger enn boliger å tilby. En grundig kartlegging av boligbehovet viste at"
            " det manglet mange kommunalt disponerte boliger.</p><p>Kommunen har deltatt i "
            "Husbankens boligsosiale utviklingsprogram siden 2011. Et av resultatene er en vilje "
            "til å handle som er godt forankret både politisk og administrativt. Kommunen ønsker "
            "også å styrke de sentrumsnære områdene, blant annet ved å ruste opp eksisterende "
            "bygninger og skaffe flere gode boliger i gode bomiljøer.</p>"
        ),
        "body": (
            "<h3>Forankring før utlysning</h3><p>Boligkontoret analyserte boligbehovet: hvem "
            "trenger bolig, hva slags boliger og hvor mange. Analysen ble grunnlaget for en sak til"
            " kommunestyret, og kommunedirektøren (rådmannen) brukte den til å forankre behovet i "
            "resten av kommuneledelsen. Kommunestyret ga fullmakt til å inngå tilvisningsavtaler "
            "med private utbyggere og til å utpeke en prosjektleder, slik at kompetansen ble "
            "værende i kommunen.</p><h3>Utlysning og valg av samarbeidspartnere</h3><p>I 2015 "
            "rykket kommunen inn en annonse i lokalavisen og inviterte private utbyggere til "
            "samarbeid. Seks aktører meldte seg, og alle har siden inngått én eller flere "
            "tilvisningsavtaler med kommunen.</p><h3>Slik virker avtalene</h3><ul><li>Utbyggerne "
            "bygger nye boliger i Moelv og Brumunddal og finansierer dem med grunnlån fra "
            "Husbanken (i dag lån til utleieboliger).</li><li>Kommunen får tilvisningsrett til 40 prosent av boenhetene i hvert "
            "prosjekt, og dermed tilgang til flere boliger enn de den eier selv.</li><li>Boligene "
            "med tilvisningsavtale er et supplement til kommunens egne boliger. Kommunen legger "
            "vekt på et mangfoldig boligmarked med både salgs- og utleieboliger.</li></ul>"
        ),
        "results": (
            "<p>Seks private aktører har inngått én eller flere tilvisningsavtaler med kommunen, og"
            " kommunen har fått tilvisningsrett til 40 prosent av boligene i hvert av prosjektene. "
            "Tilvisningsavtalene er blitt et aktivt boligsosialt virkemiddel for å øke andelen "
            "utleieboliger i kommunen.</p>"
        ),
        "tags": [
            "Leie av private boliger",
            "Boligbygging og fremskaffelse",
            "Planarbeid",
            "Kartlegging",
        ],
        "target_groups": ["vanskeligstilte-pa-boligmarkedet"],
        "process": "samarbeid-med-private-og-tilvisningsavtale",
        "phases": [1, 2, 3, 4],
        "county": "Innlandet",
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/utleieboliger-med-"
                "tilvisningsavtale-i-ringsaker"
            ),
            "title": "Utleieboliger med tilvisningsavtale i Ringsaker",
            "published": "",
        },
        "contact": {
            "name": "Roger Nilsen",
            "role": "Kontaktperson for eksempelet",
            "unit": "Servicesenteret, Ringsaker kommune",
        },
        "start_year": 2015,
        "end_year": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Eie først i Ringerike kommune",
        "slug": "eie-forst-ringerike",
        "municipality": "Ringerike",
        "responsible_unit": "Boligtjenesten og Nav",
        "language": "nb",
        "summary": (
            "I Ringerike fikk en familie med noe arbeidsinntekt kjøpe bolig med startlån og "
            "tilskudd, selv om den også mottok supplerende sosialhjelp. Familien gikk fra hyppige "
            "flyttinger mellom leieboliger til en eid bolig med forutsigbare utgifter de neste ti "
            "årene."
        ),
        "background": (
            "<p>Barn i familien har en diagnose og trenger stabilitet og forutsigbarhet. Familien "
            "hadde flyttet ofte og hadde høye boutgifter i leid bolig. Fordi barna har store behov,"
            " kunne forelderen ikke arbeide fullt.</p><p>Vanligvis får ikke husstander som er "
            "avhengige av økonomisk sosialhjelp, startlån. Eie først er en arbeidsmåte der kommunen"
            " likevel kan gi startlån når familien har et sterkt ønske om å eie og et potensial for"
            " å bli selvhjulpen på sikt, og der lånet kan løpe avdragsfritt en periode.</p>"
        ),
        "body": (
            "<h3>Mål for familien</h3><ul><li>En eid bolig i barnas skolekrets.</li><li>Boutgifter "
            "som ikke er høyere enn husleien familien betalte, med avdragsfritt lån i en "
            "periode.</li><li>Oppfølging fram mot en inntekt som dekker alle utgifter, også "
            "avdrag.</li><li>Større motivasjon for å øke arbeidsinntekten.</li></ul><h3>Slik ble "
            "det gjort</h3><ol><li><strong>Helhetlig oppfølging fra Nav.</strong> Familien fikk en "
            "fast kontaktperson, en familiekoordinator, som fulgte opp arbeid, økonomi, bolig og "
            "barnas situasjon. Oppfølgingen bygger på kartlegging av alle disse områdene, samtaler "
            "med familien om hva de ønsker å endre, og samarbeid med andre tjenester ved "
            "behov.</li><li><strong>Avtale om å delta i Eie først.</strong> Familien fikk en "
            "gjennomgang av hva det innebærer å være med, og det ble inngått en skriftlig avtale. "
            "Den viser hvem som deltar, beskriver situasjonen, mål og tiltak, og sier hva kommunen "
            "forventer av familien og hva som skjer dersom en av partene ikke følger "
            "opp.</li></ol><p>Boligen ble kjøpt med startlån og tilskudd. Eksempelet er et "
            "samarbeid mellom boligtjenesten og Nav.</p>"
        ),
        "results": (
            "<ul><li>Familien har flyttet fra skiftende leieboliger til en eid bolig som gir "
            "forutsigbarhet.</li><li>Boutgiftene er forutsigbare de neste ti årene.</li><li>Lånet "
            "er avdragsfritt til barna er over SFO-alder.</li></ul>"
        ),
        "tags": [
            "Startlån og økonomisk rådgivning",
            "Barn og unge",
            "Tverrfaglig samarbeid",
            "Oppfølging i bolig",
        ],
        "target_groups": ["barnefamilier", "vanskeligstilte-pa-boligmarkedet"],
        "process": None,
        "phases": [],
        "county": "Buskerud",
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/eie-forst-i-"
                "ringerike-kommune"
            ),
            "title": "Eie først i Ringerike kommune",
            "published": "",
        },
        "contact": None,
        "start_year": None,
        "end_year": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Småhus i Melhus kommune med investeringstilskudd",
        "slug": "smahus-robuste-boliger-melhus",
        "municipality": "Melhus",
        "responsible_unit": "Melhus kommune",
        "language": "nb",
        "summary": (
            "Melhus kommune har bygd fire små, robuste boliger for personer med samtidig rus- og "
            "psykiske lidelser, i samarbeid med SINTEF Byggforsk og Husbanken. Etter to års bruk "
            "gir boligene et stabilt bomiljø, de krever lite vedlikehold og oppleves likevel som "
            "hjemmekoselige."
        ),
        "background": (
            "<p>Melhus vil ha et bredt og variert bo- og tjenestetilbud til personer med "
            "sammensatte rus- og psykiske helseutfordringer. Kommunen hadde tidligere et småbruk "
            "med fire leiligheter for denne gruppen. Da småbruket ble revet, måtte de fire boligene"
            " erstattes, og kommunen valgte å bruke to områder som allerede var satt av til "
            "boligsosiale formål.</p>"
        ),
        "body": (
            "<p>Prosjektet fikk navnet «Robuste boliger». Målet var å utvikle robuste og "
            "helsefremmende boliger for personer med rusproblemer, personer med ROP-lidelser og "
            "andre vanskeligstilte. Det var et samarbeid mellom Melhus kommune, SINTEF Byggforsk og"
            " Husbanken, og tittelen på eksempelet viser at boligene fikk investeringstilskudd fra "
            "Husbanken.</p><h3>Boligene</h3><ul><li>Fire småhus på to ulike sentrumsnære tomter: to"
            " på 33 kvadratmeter og to på 39 kvadratmeter.</li><li>De to prosjektene har ulike "
            "konsepter for materialvalg og størrelse, men samme mål: at bomiljøet skal passe til "
            "behovene i målgruppen.</li><li>Boligene er kommunale og sto ferdige i "
            "2016.</li></ul><h3>Tjenester</h3><p>Beboerne har vedtak om tjenester etter helse- og "
            "omsorgstjenesteloven. Boligene har ingen fast bemanning; oppfølgingen gis av "
            "ambulerende team fra hjemmesykepleien eller fra Idrettsveien bofellesskap (se "
            "eksempelet om samlokaliserte boliger med døgnbemanning i Melhus).</p><p>SINTEF har "
            "senere evaluert «Robuste boliger på Melhus og Lundamo», sammen med Idrettsveien "
            "bofellesskap og et mobilt minihus, i rapporten «Bokvalitet og verdighet» (2019).</p>"
        ),
        "results": (
            "<ul><li>Etter to års bruk er erfaringen at boligene gir et stabilt bomiljø for dem som"
            " bor der.</li><li>Småhusene gjør kommunens samlede botilbud mer helhetlig.</li><li>De "
            "robuste materialene gir mindre vedlikehold for kommunen, samtidig som boligene er "
            "hjemmekoselige og bidrar til et verdig liv for beboerne.</li></ul>"
        ),
        "tags": [
            "Boligbygging og fremskaffelse",
            "Rus og psykisk helse",
            "Oppfølging i bolig",
        ],
        "target_groups": [
            "personer-med-rusproblemer",
            "personer-med-psykiske-lidelser",
            "vanskeligstilte-pa-boligmarkedet",
        ],
        "process": "framskaffe-boliger-for-mennesker-med-oppfolgingsbehov",
        "phases": [],
        "county": "Trøndelag",
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/smahus-i-melhus-"
                "kommune-med-investeringstilskudd"
            ),
            "title": "Småhus i Melhus kommune med investeringstilskudd",
            "published": "",
        },
        "contact": None,
        "start_year": 2016,
        "end_year": None,
        "last_reviewed": "2026-11-30",
    },
    {
        "title": "Samlokaliserte boliger med døgnbemanning i Melhus – Idrettsveien",
        "slug": "idrettsveien-samlokaliserte-boliger-melhus",
        "municipality": "Melhus",
        "responsible_unit": "Melhus kommune",
        "language": "nb",
        "summary": (
            "Idrettsveien i Melhus sentrum er et bofellesskap med tolv leiligheter og en "
            "døgnbemannet personalbase for personer med samtidig rus- og psykiske lidelser. "
            "Tilbudet bygger på recovery-tenkning, og beboerne flytter først inn på en "
            "tidsavgrenset bo- og tjenesteavtale før de kan få ordinær leiekontrakt."
        ),
        "background": (
            "<p>Melhus kommune ønsker et bredt og variert bo- og tjenestetilbud til personer med "
            "sammensatte rus- og psykiske lidelser. Idrettsveien er den døgnbemannede delen av "
            "dette tilbudet, og teamet herfra følger også opp beboere som bor andre steder i "
            "kommunen, blant annet i kommunens småhus.</p>"
        ),
        "body": (
            "<h3>Boligene</h3><ul><li>Tolv kommunale leiligheter på 55 kvadratmeter over to "
            "etasjer, samlokalisert i Melhus sentrum.</li><li>Egen personalbase med kontorer på 130"
            " kvadratmeter, bemannet hele døgnet.</li><li>Tre boliger til kartlegging og "
            "korttidsopphold.</li><li>Et brukerstyrt aktivitetsloft.</li><li>Boligene ble "
            "ferdigstilt i 2008 og 2015.</li></ul><h3>Innflytting i to trinn</h3><p>Nye beboere "
            "flytter først inn med en bo- og tjenesteavtale, som kan vare i høyst ett år. Fungerer "
            "tilbudet både for beboeren og for tjenesteyterne, får beboeren en ordinær "
            "husleieavtale. Den som ikke finner seg til rette i Idrettsveien, får tilbud om en "
            "annen tilpasset bolig fra kommunen.</p><h3>Fellesskap og aktivitet</h3><p>Beboerne har"
            " selv vært med på å pusse opp et stort fellesareal med kjøkken på loftet. Loftet er "
            "lagt til rette for sosialt samvær og brukes både av beboerne og av andre i kommunen "
            "som trenger aktivitet og fellesskap. Uteområdet brukes til hagearbeid og vanlige "
            "hageaktiviteter som badminton, krokket, ballspill og frisbee.</p>"
        ),
        "results": (
            "<ul><li>Idrettsveien er blitt et bo- og tjenestetilbud der beboerne kan leve "
            "meningsfulle og aktive liv, selv om de har helseutfordringer knyttet til rus og "
            "psykisk helse.</li><li>I tillegg til beboerne er omtrent 50 personer som bor andre "
            "steder i kommunen, knyttet til tilbudet.</li><li>Beboerne har deltatt i å skape "
            "fellesarealene, og loftet er blitt en møteplass også for andre brukere i "
            "kommunen.</li></ul>"
        ),
        "tags": [
            "Rus og psykisk helse",
            "Oppfølging i bolig",
            "Brukermedvirkning",
            "Boligbygging og fremskaffelse",
        ],
        "target_groups": ["personer-med-rusproblemer", "personer-med-psykiske-lidelser"],
        "process": "framskaffe-boliger-for-mennesker-med-oppfolgingsbehov",
        "phases": [],
        "county": "Trøndelag",
        "source": {
            "url": (
                "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/samlokaliserte-"
                "boliger-med-dognbemanning-i-melhus-kommune"
            ),
            "title": "Samlokaliserte boliger med døgnbemanning i Melhus kommune",
            "published": "",
        },
        "contact": None,
        "start_year": 2008,
        "end_year": None,
        "last_reviewed": "2026-11-30",
    },
]
