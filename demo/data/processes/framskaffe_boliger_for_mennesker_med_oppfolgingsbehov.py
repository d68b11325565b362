"""Framskaffe boliger for mennesker med oppfølgingsbehov: written from
https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/framskaffe-omsorgsboliger-for-mennesker-med-oppfolgingsbehov
(overview, glossary), its phase pages losningsutredning, forprosjektfase, detaljprosjektering and
oversikt-over-husbankens-saksgang, the sister process "Framskaffe omsorgsboliger for eldre og
sykehjem" (konsept og strategi, utredning av alternativer, programmering og tidlig prosjektering,
byggefase, innflytting og evaluering), veiviseren's and Husbanken's "Veileder for lokalisering og
utforming av omsorgsbygg", Husbanken's investeringstilskudd pages and Lovdata.

Veiviseren's own pages for phase 1 (Behov, målgrupper, tomt og erfaringer), phase 5
(Gjennomføringsfase) and phase 6 (Overlevering, innflytting, drift og evaluering) were not
found among the stored pages; they are written from the sister process for eldre og sykehjem
and from Husbanken's guidance, which veiviseren linked to from this process.
"""

AREA = "fremskaffe-og-forvalte-boliger"

SOURCES = [
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/framskaffe-omsorgsboliger-for-mennesker-med-oppfolgingsbehov",
        "title": "Framskaffe boliger for mennesker med oppfølgingsbehov (Veiviseren, oversikt og ordliste)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/framskaffe-omsorgsboliger-for-mennesker-med-oppfolgingsbehov/losningsutredning",
        "title": "Fase 2: Løsningsutredning (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/framskaffe-omsorgsboliger-for-mennesker-med-oppfolgingsbehov/forprosjektfase",
        "title": "Fase 3: Forprosjektfase (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/framskaffe-omsorgsboliger-for-mennesker-med-oppfolgingsbehov/detaljprosjektering",
        "title": "Fase 4: Detaljprosjektering (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/framskaffe-omsorgsboliger-for-mennesker-med-oppfolgingsbehov/oversikt-over-husbankens-saksgang",
        "title": "Oversikt over Husbankens saksgang (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/framskaffe-omsorgsboliger-for-eldre-og-sykehjem",
        "title": "Framskaffe omsorgsboliger for eldre og sykehjem (Veiviseren, søsterprosess)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/framskaffe-omsorgsboliger-for-eldre-og-sykehjem/konsept-og-strategi",
        "title": "Konsept og strategi (Veiviseren, søsterprosess)",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/framskaffe-omsorgsboliger-for-eldre-og-sykehjem/utredning-av-alternativer-og-gjennomforingsplan",
        "title": "Utredning av alternativer og gjennomføringsplan (Veiviseren, søsterprosess)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/framskaffe-omsorgsboliger-for-eldre-og-sykehjem/programmering-og-tidlig-prosjektering",
        "title": "Programmering og tidlig prosjektering (Veiviseren, søsterprosess)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/framskaffe-omsorgsboliger-for-eldre-og-sykehjem/byggefase",
        "title": "Byggefase (Veiviseren, søsterprosess)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/framskaffe-omsorgsboliger-for-eldre-og-sykehjem/innflytting-og-evaluering",
        "title": "Innflytting og evaluering (Veiviseren, søsterprosess)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/veileder-for-lokalisering-og-utforming-av-omsorgsbygg",
        "title": "Veileder for lokalisering og utforming av omsorgsbygg (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/veileder-for-lokalisering-og-utforming-av-omsorgsbygg/2-kvaliteter-ved-losningen/overordnede-prinsipper-ved-planlegging",
        "title": "Overordnede prinsipper ved planlegging (Veiviseren, veileder for omsorgsbygg)",
    },
    {
        "url": "https://www.husbanken.no/kommune/lan-og-tilskudd/investeringstilskudd/veileder-omsorgsbygg/",
        "title": "Veileder for lokalisering og utforming av omsorgsbygg (Husbanken)",
    },
    {
        "url": "https://www.husbanken.no/kommune/lan-og-tilskudd/investeringstilskudd/veileder-omsorgsbygg/bakgrunn/kartlegg-brukernes-onsker-og-behov/",
        "title": "Kartlegg brukernes ønsker og behov (Husbanken)",
    },
    {
        "url": "https://www.husbanken.no/kommune/lan-og-tilskudd/investeringstilskudd/veileder-omsorgsbygg/bakgrunn/soknadsprosessen-og-husbankens-involvering-i-prosjekteringsfasen/",
        "title": "Søknadsprosessen og Husbankens involvering i prosjekteringsfasen (Husbanken)",
    },
    {
        "url": "https://www.husbanken.no/kommune/lan-og-tilskudd/investeringstilskudd/veileder/hva-kan-det-gis-tilskudd-til/type-tiltak/",
        "title": "Investeringstilskudd – type tiltak (Husbanken)",
    },
    {
        "url": "https://www.husbanken.no/kommune/lan-og-tilskudd/investeringstilskudd/veileder/andre_bestemmelser/",
        "title": "Investeringstilskudd – andre bestemmelser (Husbanken)",
    },
    {
        "url": "https://veiviseren.no/forstaa-helheten/finansiering/investeringstilskudd-til-omsorgsboliger-og-sykehjemsplasser",
        "title": "Investeringstilskudd til omsorgsboliger og sykehjemsplasser (Veiviseren)",
    },
    {
        "url": "https://www.helsedirektoratet.no/veiledere/gode-helse-og-omsorgstjenester-til-personer-med-utviklingshemming/om-veilederen",
        "title": "Gode helse- og omsorgstjenester til personer med utviklingshemming (Helsedirektoratet)",
    },
]


WORK_PROCESS = {
    "title": "Framskaffe boliger for mennesker med oppfølgingsbehov",
    "slug": "framskaffe-boliger-for-mennesker-med-oppfolgingsbehov",
    "search_description": (
        "Slik kan kommunen bygge eller kjøpe gode omsorgsboliger for personer under 67 år som "
        "trenger tjenester hele døgnet – fra behov og tomt til innflytting."
    ),
    "intro": (
        "<p>Denne arbeidsprosessen viser hvordan kommunen kan skaffe omsorgsboliger for personer "
        "som får helse- og omsorgstjenester hele døgnet, først og fremst for dem som er under 67 "
        "år. Det kan være personer med utviklingshemming, med nedsatt funksjonsevne eller med "
        "rusproblemer og psykiske lidelser. Boligene kan bygges nye, eller kommunen kan bygge om "
        "eller kjøpe eksisterende bygg.</p>"
        "<p>Gode løsninger krever klare mål, tverrfaglig kompetanse, samarbeid og en ryddig "
        "planprosess. Prosessen har seks faser, fra kartleggingen av behov, målgrupper og tomt "
        "til boligene er tatt i bruk og evaluert. For sykehjem og omsorgsboliger for eldre har "
        "veiviseren en egen søsterprosess, og mye av det som står der, gjelder også her.</p>"
    ),
    "background": (
        "<p>Initiativet kommer som regel fra helse- og omsorgstjenesten, som ser at det mangler "
        "egnede boliger for personer med store og varige behov for tjenester. Behovet bør være "
        "beskrevet i kommunens planer, for eksempel i en helse- og omsorgsplan eller en "
        "boligplan, og kommunestyret må ha satt av penger til utredning og prosjektering. Fra 1. "
        "juli 2023 pålegger boligsosialloven kommunen å ha oversikt over behovet for ordinære og "
        "tilpassede boliger og å ta hensyn til det i planleggingen. Tidligere lå ansvaret for å "
        "medvirke til å skaffe boliger til personer som trenger tilpasset bolig, i "
        "helse- og omsorgstjenesteloven § 3-7 og sosialtjenesteloven § 15.</p>"
        "<p>En omsorgsbolig er et hjem, ikke en institusjon. Beboerne leier boligen eller eier "
        "den selv, og får tjenestene de har rett til etter helse- og omsorgstjenesteloven, ut fra "
        "individuelle vedtak. Husbanken stiller krav om at boliger som får investeringstilskudd, "
        "ikke skal ha institusjonspreg, at de skal ligge i vanlige bomiljøer, at det ikke skal "
        "samles for mange boenheter på ett sted, og at ulike brukergrupper ikke skal "
        "samlokaliseres på en uheldig måte. Slike prinsipper om normalisering og inkludering "
        "bygger også på FN-konvensjonen om rettighetene til mennesker med nedsatt "
        "funksjonsevne.</p>"
        "<p>Utgiftene til tjenestene blir over tid langt større enn byggekostnadene. Derfor må "
        "hensynet til effektiv drift og gode arbeidsplasser veies mot det som gir beboerne "
        "trivsel og et godt liv. Brukerne, pårørende og de ansatte bør derfor trekkes med helt "
        "fra starten.</p>"
    ),
    "body": (
        "<p>Hver fase har en kort beskrivelse, resultater som viser når fasen er ferdig, og "
        "oppgaver med forslag til hvem som har ansvaret. Fasene bygger på hverandre, men i "
        "praksis går noe av arbeidet parallelt.</p>"
        "<h3>Hvem gjør hva</h3>"
        "<ul>"
        "<li><strong>Helse- og omsorgstjenesten</strong> er bestiller. Den kjenner målgruppen, "
        "beskriver behovet og skal drive tjenestene i boligene.</li>"
        "<li><strong>Eiendomsforvaltningen</strong> har ansvaret for selve prosjektet og for "
        "forvaltningen av boligene etterpå.</li>"
        "<li><strong>Prosjektlederen</strong> leder en tverrfaglig prosjektgruppe med folk fra "
        "helse og omsorg, fra planlegging og prosjektering og gjerne med bruker- og "
        "ansatterepresentanter.</li>"
        "<li><strong>Kommunedirektøren (rådmannen) og kommunestyret</strong> bevilger midler og "
        "vedtar løsning og prosjekt.</li>"
        "<li><strong>Husbanken</strong> veileder og gir investeringstilskudd, og "
        "<strong>Statsforvalteren</strong> får kopi av forespørselen og kan uttale seg.</li>"
        "</ul>"
        "<h3>Husbankens saksgang for investeringstilskudd</h3>"
        "<ol>"
        "<li>Kommunen sender en forespørsel til Husbanken så tidlig som mulig, gjennom "
        "Husbankens digitale løsning for kommuner. Forespørselen skal vise behovet, det politiske "
        "vedtaket og at prosjektet er med i årsbudsjettet eller den fireårige økonomiplanen.</li>"
        "<li>Husbanken bekrefter at forespørselen er mottatt og sender en sjekkliste "
        "(dialogverktøy) som er særlig nyttig for samlokaliserte boliger. Statsforvalteren får "
        "kopi og kan komme med en uttalelse.</li>"
        "<li>Husbanken kan invitere til et oppstartsmøte og gir veiledning mens prosjektet "
        "utvikles.</li>"
        "<li>Når kommunen og Husbanken er enige om løsningen, åpnes søknaden. Den skal blant "
        "annet ha tegninger, kostnadsoverslag og gjerne en uttalelse fra brukere eller "
        "brukerorganisasjoner.</li>"
        "<li>Tilskuddet utbetales når boligene er ferdige og tatt i bruk etter formålet.</li>"
        "</ol>"
    ),
    "kind": "linear",
    "glossary_terms": [
        "omsorgsbolig",
        "bofellesskap",
        "bokollektiv",
        "samlokaliserte-boliger",
        "heldogns-tjenester",
        "investeringstilskudd",
        "normalisering",
        "brukermedvirkning",
        "nedsatt-funksjonsevne",
    ],
    "law_references": [
        "boligsosialloven-5",
        "helse-og-omsorgstjenesteloven-3-2",
    ],
    "target_groups": [
        "personer-med-utviklingshemming",
        "personer-med-nedsatt-funksjonsevne",
        "personer-med-rusproblemer",
        "personer-med-psykiske-lidelser",
    ],
    "themes": ["Boligbygging og fremskaffelse", "Rus og psykisk helse", "Brukermedvirkning"],
}

PHASES = [
    {
        "number": 1,
        "title": "Behov, målgrupper og tomt",
        "slug": "behov-malgrupper-og-tomt",
        "short_description": (
            "<p>Den første fasen handler om å forstå oppgaven før kommunen velger løsning. Hvem "
            "skal bo i boligene, hvor mange er de, og hva trenger de nå og om noen år? "
            "Kartleggingen bør bygge på tall fra tjenestene, på befolkningsprognoser og på samtaler "
            "med brukere, pårørende og ansatte. Den bør også se på hvilke boliger, bygg og tomter "
            "kommunen allerede har, og hva andre kommuner har lært av lignende prosjekter.</p>"
            "<p>En tverrfaglig ressursgruppe med folk fra helse og omsorg, plan og bygg og eiendom "
            "gjør arbeidet. Resultatet er en bestilling som kan forankres politisk, og penger til "
            "å gå videre med en løsningsutredning.</p>"
        ),
        "results_intro": "Fasen er ferdig når kommunen vet hva den skal løse:",
        "results": [
            "Målgruppen og antall boliger er beskrevet, også behovet de nærmeste årene",
            "Brukere, pårørende og ansatte har fått si hva som er viktig for dem",
            "Aktuelle tomter og eksisterende bygg er listet opp og grovt vurdert",
            "Erfaringer fra egne og andre kommuners prosjekter er samlet",
            "Behovet er forankret i kommunens planer, og det er satt av midler til utredning",
            "Husbanken er orientert om prosjektet",
        ],
        "task_groups": [
            {
                "heading": "Organisering",
                "tasks": [
                    {
                        "text": "Sette ned en tverrfaglig ressursgruppe og utpeke en som leder "
                        "arbeidet",
                        "responsible": ["helse-og-omsorg", "eiendom"],
                        "sub_points": [
                            "Er helse og omsorg, plan, bygg og eiendom og gjerne boligkontoret "
                            "med?",
                            "Hvordan skal brukere og ansatte representeres?",
                        ],
                    },
                ],
            },
            {
                "heading": "Behov og målgrupper",
                "tasks": [
                    {
                        "text": "Kartlegge hvem som trenger bolig med heldøgns tjenester, nå og "
                        "framover",
                        "responsible": ["helse-og-omsorg"],
                        "sub_points": [
                            "Hvor mange har, eller vil trolig få, vedtak om heldøgns tjenester?",
                            "Hvilke unge med utviklingshemming eller funksjonsnedsettelser vil "
                            "ønske å flytte hjemmefra de nærmeste årene?",
                            "Hvem bor i dag i boliger som ikke passer, eller i institusjon?",
                            "Hva sier befolkningsprognosene?",
                        ],
                    },
                    {
                        "text": "Snakke med brukere, pårørende og ansatte om ønsker og behov",
                        "responsible": ["helse-og-omsorg", "prosjektleder"],
                        "sub_points": [
                            "Hvordan vil den enkelte helst bo, og med hvem?",
                            "Kan brukerorganisasjoner eller kommunens råd for personer med "
                            "funksjonsnedsettelse bidra?",
                        ],
                    },
                    {
                        "text": "Vurdere hvilke grupper som kan bo sammen, og hvilke som ikke bør "
                        "samlokaliseres",
                        "responsible": ["helse-og-omsorg"],
                        "sub_points": [
                            "Hvor mange boenheter kan ligge sammen uten at bomiljøet får preg av "
                            "institusjon?",
                        ],
                    },
                ],
            },
            {
                "heading": "Tomt, bygg og erfaringer",
                "tasks": [
                    {
                        "text": "Lage en oversikt over aktuelle tomter og bygg",
                        "responsible": ["eiendom", "planavdeling"],
                        "sub_points": [
                            "Ligger tomten i et vanlig bomiljø, nær butikker, transport og "
                            "fritidstilbud?",
                            "Kan boliger kommunen allerede eier, bygges om?",
                            "Hva sier arealplanen og reguleringen om tomten?",
                        ],
                    },
                    {
                        "text": "Samle erfaringer fra andre kommuner og fra tidligere prosjekter",
                        "responsible": ["prosjektleder"],
                        "sub_points": [
                            "Kan vi besøke prosjekter som har fungert godt, og snakke med "
                            "beboere og ansatte der?",
                        ],
                    },
                ],
            },
            {
                "heading": "Forankring",
                "tasks": [
                    {
                        "text": "Sørge for at behovet er beskrevet i kommunens planer og at det er "
                        "satt av midler til utredning",
                        "responsible": ["radmann", "kommunestyret"],
                        "sub_points": [
                            "Står behovet i helse- og omsorgsplanen, boligplanen eller "
                            "økonomiplanen?",
                        ],
                    },
                    {
                        "text": "Orientere Husbanken om prosjektet",
                        "responsible": ["prosjektleder", "husbanken"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Har vi spurt dem som skal bo i boligene, eller bare dem som skal jobbe der?",
            "Er behovet vi planlegger for, beskrevet ut fra hva den enkelte trenger, eller ut fra "
            "hva som er enklest å drive?",
        ],
        "glossary_terms": [
            "heldogns-tjenester",
            "samlokaliserte-boliger",
            "normalisering",
            "brukerorganisasjoner",
            "kartlegging",
        ],
        "law_references": ["boligsosialloven-5"],
        "tools": [
            {
                "title": "Kartlegg brukernes ønsker og behov – Husbanken",
                "description": "Råd om å involvere brukere, pårørende og organisasjoner og om å "
                "bruke befolkningsprognoser og tomteoversikter.",
                "url": "https://www.husbanken.no/kommune/lan-og-tilskudd/investeringstilskudd/veileder-omsorgsbygg/bakgrunn/kartlegg-brukernes-onsker-og-behov/",
            },
            {
                "title": "Gode helse- og omsorgstjenester til personer med utviklingshemming – "
                "Helsedirektoratet",
                "description": "Nasjonal veileder om gode tjenester, også ved overganger som å "
                "flytte hjemmefra.",
                "url": "https://www.helsedirektoratet.no/veiledere/gode-helse-og-omsorgstjenester-til-personer-med-utviklingshemming",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 2,
        "title": "Løsningsutredning",
        "slug": "losningsutredning",
        "short_description": (
            "<p>I løsningsutredningen drøfter kommunen hvordan boligene kan utformes, hvilken "
            "kvalitet de skal ha, hvor de skal ligge og hva de vil koste. Alternativene kan være "
            "alt fra å flytte tjenester internt, via ombygging og tilbygg, til helt nye boliger. "
            "Arbeidet kalles også konseptvalgutredning, programmering eller mulighetsstudie.</p>"
            "<p>Prosjektlederen og bestilleren fra helse og omsorg henter inn en arkitekt, som "
            "lager et løsningsdokument. Samtidig sender kommunen en første forespørsel til "
            "Husbanken om målgruppe, antall beboere og boform. Fasen avsluttes med at ett "
            "alternativ blir vedtatt politisk etter innstilling fra kommunedirektøren.</p>"
        ),
        "results_intro": "Fasen er ferdig når kommunen har valgt løsning:",
        "results": [
            "Et løsningsdokument med alternativer, kostnader og konsekvenser for drift foreligger",
            "Husbanken har fått forespørsel og gitt veiledning",
            "Det er satt av penger til prosjektering",
            "Ett alternativ er vedtatt politisk etter innstilling fra kommunedirektøren",
            "Det finnes et grunnlag for å starte forprosjektet",
        ],
        "task_groups": [
            {
                "heading": "Organisering og bestilling",
                "tasks": [
                    {
                        "text": "Utpeke prosjektleder og sette sammen en tverrfaglig prosjektgruppe",
                        "responsible": ["eiendom", "helse-og-omsorg"],
                        "sub_points": [
                            "Dekker gruppen kompetanse på tjenestene, på organisering av "
                            "arbeidsplassen og på planlegging og prosjektering?",
                        ],
                    },
                    {
                        "text": "Formulere bestillingen fra helse og omsorg",
                        "responsible": ["helse-og-omsorg"],
                        "sub_points": [
                            "Hvor mange boenheter trengs, for hvem, og med hvilke fellesarealer og "
                            "personalarealer?",
                        ],
                    },
                    {
                        "text": "Anskaffe arkitekt",
                        "responsible": ["prosjektleder", "helse-og-omsorg"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Utrede alternativer",
                "tasks": [
                    {
                        "text": "Utrede alternativer og lage løsningsdokument",
                        "responsible": ["arkitekt", "prosjektgruppe"],
                        "sub_points": [
                            "Kan behovet løses ved intern flytting, ombygging, tilbygg eller "
                            "nybygg?",
                            "Hvilken boform passer: selvstendige leiligheter, bofellesskap eller "
                            "bokollektiv?",
                            "Hvordan påvirker hvert alternativ driftsutgiftene og bemanningen?",
                        ],
                    },
                    {
                        "text": "Beregne investerings- og driftskostnader for alternativene",
                        "responsible": ["prosjektleder", "helse-og-omsorg"],
                        "sub_points": [],
                    },
                    {
                        "text": "Sende forespørsel til Husbanken om målgruppe, antall beboere og "
                        "boform",
                        "responsible": ["prosjektleder", "husbanken"],
                        "sub_points": [
                            "Hva sier Husbanken om antall boenheter og samlokalisering?",
                        ],
                    },
                ],
            },
            {
                "heading": "Beslutning",
                "tasks": [
                    {
                        "text": "Legge fram innstilling om valg av løsning og midler til "
                        "prosjektering",
                        "responsible": ["radmann"],
                        "sub_points": [],
                    },
                    {
                        "text": "Vedta løsning og bevilge midler til prosjektering",
                        "responsible": ["kommunestyret"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hva skal til for at boligene får et hjemlig preg?",
        ],
        "glossary_terms": [
            "losningsdokument",
            "bofellesskap",
            "bokollektiv",
            "investeringstilskudd",
            "investeringskostnader",
        ],
        "law_references": [],
        "tools": [
            {
                "title": "Veileder for lokalisering og utforming av omsorgsbygg – Husbanken",
                "description": "Husbankens prinsipper og krav til kvalitet i omsorgsboliger og "
                "sykehjem som får investeringstilskudd.",
                "url": "https://www.husbanken.no/kommune/lan-og-tilskudd/investeringstilskudd/veileder-omsorgsbygg/",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 3,
        "title": "Forprosjekt",
        "slug": "forprosjekt",
        "short_description": (
            "<p>I forprosjektet blir den valgte løsningen tegnet ut. Arkitekten lager "
            "plantegninger, og prosjektgruppen gjennomfører gjerne en usikkerhetsanalyse av "
            "kostnader og framdrift. Reguleringen av tomten avklares, og det tas stilling til "
            "energiløsninger, velferdsteknologi, inventar og rutiner for forvaltning, drift og "
            "vedlikehold.</p>"
            "<p>Forprosjektet avsluttes med politisk behandling. Velger kommunen en "
            "entrepriseform der entreprenøren også prosjekterer, kan entreprenøren være anskaffet "
            "allerede i denne fasen. Endringer underveis bør tas opp med Husbanken.</p>"
        ),
        "results_intro": "Fasen er ferdig når prosjektet er vedtatt:",
        "results": [
            "Plantegninger og et kostnadsoverslag med vurdert usikkerhet foreligger",
            "Reguleringen er avklart",
            "Behovet for velferdsteknologi og inventar er beskrevet",
            "Husbanken er orientert om eventuelle endringer",
            "Kommunestyret har vedtatt prosjektet, og eventuelt er entreprenør anskaffet",
        ],
        "task_groups": [
            {
                "heading": "Regulering og tegninger",
                "tasks": [
                    {
                        "text": "Avklare og eventuelt gjennomføre regulering av tomten",
                        "responsible": ["planavdeling", "arkitekt"],
                        "sub_points": [
                            "Skal en reguleringsarkitekt gjøre arbeidet, eller skal "
                            "entreprenøren ta både regulering og forprosjekt?",
                            "Reguleringsplanen vedtas av kommunestyret.",
                        ],
                    },
                    {
                        "text": "Utarbeide plantegninger sammen med bestilleren og brukerne",
                        "responsible": ["arkitekt", "prosjektgruppe"],
                        "sub_points": [
                            "Har hver bolig egen inngang, eget kjøkken og bad og plass til "
                            "beboerens egne møbler?",
                            "Er personalarealene plassert slik at de ikke preger boligene?",
                        ],
                    },
                ],
            },
            {
                "heading": "Teknikk, drift og kostnader",
                "tasks": [
                    {
                        "text": "Vurdere energitiltak",
                        "responsible": ["arkitekt"],
                        "sub_points": [],
                    },
                    {
                        "text": "Avklare behov for velferdsteknologi",
                        "responsible": ["helse-og-omsorg", "prosjektleder"],
                        "sub_points": [
                            "Kan vi samarbeide med andre kommuner om løsninger?",
                            "Hvordan ivaretas personvernet til beboerne?",
                        ],
                    },
                    {
                        "text": "Planlegge inventar og rutiner for forvaltning, drift og "
                        "vedlikehold",
                        "responsible": ["eiendom"],
                        "sub_points": [],
                    },
                    {
                        "text": "Gjennomføre usikkerhetsanalyse og utarbeide budsjett",
                        "responsible": ["prosjektgruppe", "prosjektleder"],
                        "sub_points": [],
                    },
                    {
                        "text": "Holde dialogen med Husbanken, særlig ved endringer",
                        "responsible": ["prosjektleder", "husbanken"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Vedtak",
                "tasks": [
                    {
                        "text": "Legge fram forprosjektet til politisk behandling",
                        "responsible": ["radmann", "kommunestyret"],
                        "sub_points": [
                            "Beskriver saken både byggekostnader, husleie og driftsutgifter?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Blir beboernes behov lagt nok vekt på, både i utformingen og i den framtidige "
            "driften?",
        ],
        "glossary_terms": [
            "forprosjekt",
            "usikkerhetsanalyse",
            "velferdsteknologi",
            "fdv",
            "reguleringsplan",
        ],
        "law_references": ["pbl-12-1"],
        "tools": [],
        "subprocesses": [],
    },
    {
        "number": 4,
        "title": "Detaljprosjektering",
        "slug": "detaljprosjektering",
        "short_description": (
            "<p>I detaljprosjekteringen blir alle løsninger beskrevet så nøyaktig at bygget kan "
            "prises og bygges. Her avgjøres mye av det som gir boligene et hjemlig preg: farger, "
            "materialer, lys, møblering og skjerming av privatlivet. Brukere og ansatte bør derfor "
            "være med også i denne fasen.</p>"
            "<p>Velger kommunen byggherrestyrt entreprise, må den selv anskaffe en "
            "prosjekteringsgruppe; entreprisen for selve byggingen velges i neste fase. Husbanken "
            "skal ha beskjed om endringer og de endelige tegningene.</p>"
        ),
        "results_intro": "Fasen er ferdig når prosjektet er klart for bygging:",
        "results": [
            "Detaljerte tegninger og beskrivelser foreligger",
            "Brukere og ansatte har medvirket i valg av løsninger",
            "Husbanken har fått de endelige tegningene og beskjed om endringer",
            "Søknaden om investeringstilskudd er sendt",
        ],
        "task_groups": [
            {
                "heading": "Prosjektering",
                "tasks": [
                    {
                        "text": "Anskaffe prosjekteringsgruppe dersom kommunen styrer prosjekteringen "
                        "selv",
                        "responsible": ["prosjektleder", "eiendom"],
                        "sub_points": [],
                    },
                    {
                        "text": "Detaljprosjektere bygget",
                        "responsible": ["arkitekt"],
                        "sub_points": [
                            "Hvordan kan farger, materialer og møbler gjøre boligene hjemlige?",
                            "Er løsningene robuste nok, uten at boligene får preg av institusjon?",
                        ],
                    },
                    {
                        "text": "Involvere brukere og ansatte i valg av løsninger",
                        "responsible": ["prosjektgruppe", "bruker"],
                        "sub_points": [
                            "Kan framtidige beboere og pårørende se tegninger, modeller eller "
                            "prøverom?",
                        ],
                    },
                ],
            },
            {
                "heading": "Husbanken",
                "tasks": [
                    {
                        "text": "Sende endelige tegninger og opplysninger om endringer til "
                        "Husbanken",
                        "responsible": ["prosjektleder"],
                        "sub_points": [],
                    },
                    {
                        "text": "Søke om investeringstilskudd",
                        "responsible": ["eiendom", "husbanken"],
                        "sub_points": [
                            "Ligger tegninger, kostnadsoverslag og eventuelt uttalelse fra "
                            "brukere eller brukerorganisasjoner ved?",
                            "Byggingen bør ikke starte før tilsagnet er gitt.",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvordan kan vi involvere brukerne, både beboere og ansatte?",
        ],
        "glossary_terms": [
            "byggherrestyrt-entreprise",
            "investeringstilskudd",
            "brukermedvirkning",
        ],
        "law_references": [],
        "tools": [],
        "subprocesses": [],
    },
    {
        "number": 5,
        "title": "Gjennomføring",
        "slug": "gjennomforing",
        "short_description": (
            "<p>Gjennomføringen varer fra kommunen anskaffer entreprenør til bygget har fått "
            "ferdigattest eller midlertidig brukstillatelse. Konkurransegrunnlaget med "
            "anbudstegninger lages av prosjektgruppen, kunngjøres i Doffin og, over "
            "EØS-terskelverdien, også i EU/EØS. Tilbudene evalueres etter kvalifikasjonskrav og "
            "tildelingskriterier, og kontrakten signeres av den som har fullmakt.</p>"
            "<p>Byggingen må starte innen fristen Husbanken setter i tilsagnet. Veiviseren oppga "
            "tre til seks måneder etter tilsagnsdatoen; sjekk alltid selve tilsagnsbrevet. Mens det bygges, skal prosjektgruppen være "
            "tilgjengelig for avklaringer og besøke byggeplassen. Samtidig må helse- og "
            "omsorgstjenesten forberede driften: bemanning, rutiner og tildeling av boligene.</p>"
        ),
        "results_intro": "Fasen er ferdig når bygget er ferdig og godkjent for bruk:",
        "results": [
            "Entreprenør er valgt og kontrakt signert",
            "Bygget er oppført og har fått ferdigattest eller midlertidig brukstillatelse",
            "Tjenestene er planlagt og bemannet",
            "Beboerne har fått vedtak om bolig og tjenester og er forberedt på flyttingen",
        ],
        "task_groups": [
            {
                "heading": "Anskaffelse av entreprenør",
                "tasks": [
                    {
                        "text": "Utarbeide konkurransegrunnlag med anbudstegninger",
                        "responsible": ["prosjektgruppe", "arkitekt"],
                        "sub_points": [
                            "Er bruker- og ansatterepresentanter med i prosjektgruppen?",
                        ],
                    },
                    {
                        "text": "Kunngjøre konkurransen i Doffin",
                        "responsible": ["prosjektleder"],
                        "sub_points": [],
                    },
                    {
                        "text": "Evaluere tilbudene og lage innstilling",
                        "responsible": ["prosjektgruppe"],
                        "sub_points": [
                            "Er innstillingen kvalitetssikret av innkjøpsfaglige og om nødvendig "
                            "av en jurist?",
                        ],
                    },
                    {
                        "text": "Signere kontrakt med pris, tidsfrister og dagmulkt",
                        "responsible": ["radmann", "eiendom"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Bygging",
                "tasks": [
                    {
                        "text": "Søke om igangsettingstillatelse og starte byggingen innen fristen "
                        "i tilsagnet",
                        "responsible": ["entreprenor", "prosjektleder"],
                        "sub_points": [],
                    },
                    {
                        "text": "Ivareta byggherrens ansvar for sikkerhet, helse og arbeidsmiljø",
                        "responsible": ["eiendom", "prosjektleder"],
                        "sub_points": [],
                    },
                    {
                        "text": "Følge opp byggingen og besøke byggeplassen",
                        "responsible": ["prosjektgruppe"],
                        "sub_points": [
                            "Må Husbanken få beskjed om endringer?",
                        ],
                    },
                ],
            },
            {
                "heading": "Forberede drift og innflytting",
                "tasks": [
                    {
                        "text": "Planlegge bemanning, rutiner og opplæring av ansatte",
                        "responsible": ["helse-og-omsorg"],
                        "sub_points": [],
                    },
                    {
                        "text": "Fatte vedtak om bolig og tjenester og forberede beboerne på "
                        "flyttingen",
                        "responsible": ["helse-og-omsorg", "saksbehandler", "bruker"],
                        "sub_points": [
                            "Har beboerne og pårørende fått se boligen på forhånd?",
                            "Er husleie og eventuell bostøtte avklart?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Er beboerne og de pårørende godt nok forberedt på flyttingen?",
        ],
        "glossary_terms": [
            "doffin",
            "dagmulkt",
            "igangsettingstillatelse",
            "ferdigattest",
            "midlertidig-brukstillatelse",
        ],
        "law_references": ["anskaffelsesloven-4", "byggherreforskriften-7"],
        "tools": [],
        "subprocesses": [],
    },
    {
        "number": 6,
        "title": "Overlevering, innflytting, drift og evaluering",
        "slug": "overlevering-innflytting-drift-og-evaluering",
        "short_description": (
            "<p>Når bygget er ferdig, kaller entreprenøren inn til overtakelsesbefaring. "
            "Byggherren går gjennom bygget sammen med bruker- og ansatterepresentanter, og "
            "feil og mangler føres inn i en protokoll med frist for utbedring. Når "
            "sluttdokumentasjonen er levert, gir kommunen ferdigattest, og kommunen kan be "
            "Husbanken om å få utbetalt tilskuddet når boligene er tatt i bruk.</p>"
            "<p>Deretter overleveres bygget til enheten som skal drive det, og beboerne flytter "
            "inn. Reklamasjonstiden løper i flere år etter overtakelsen. Prosjektgruppen legges "
            "ned, men først bør erfaringene systematiseres: Hvordan fungerer boligene for beboerne "
            "og for de ansatte?</p>"
        ),
        "results_intro": "Fasen er ferdig når beboerne har flyttet inn og prosjektet er evaluert:",
        "results": [
            "Overtakelsesprotokoll er signert, og manglene er fulgt opp",
            "Ferdigattest er gitt, og tilskuddet fra Husbanken er utbetalt",
            "Bygget er overlevert til driftsenheten med FDV-dokumentasjon",
            "Beboerne har flyttet inn med husleiekontrakt og vedtak om tjenester",
            "Prosjektet er evaluert sammen med beboere og ansatte, og prosjektgruppen er lagt ned",
        ],
        "task_groups": [
            {
                "heading": "Overlevering",
                "tasks": [
                    {
                        "text": "Gjennomføre overtakelsesbefaring og signere protokoll",
                        "responsible": ["prosjektleder", "entreprenor", "helse-og-omsorg"],
                        "sub_points": [
                            "Er bruker- og ansatterepresentanter med?",
                        ],
                    },
                    {
                        "text": "Sørge for ferdigattest",
                        "responsible": ["prosjektleder", "planavdeling"],
                        "sub_points": [],
                    },
                    {
                        "text": "Be Husbanken om utbetaling av investeringstilskuddet",
                        "responsible": ["eiendom", "husbanken"],
                        "sub_points": [
                            "Er boligene tatt i bruk av personer med behov for heldøgns tjenester?",
                        ],
                    },
                    {
                        "text": "Overlevere bygget til driftsenheten",
                        "responsible": ["eiendom", "helse-og-omsorg"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Innflytting og drift",
                "tasks": [
                    {
                        "text": "Inngå husleiekontrakt og gjennomføre innflytting",
                        "responsible": ["eiendom", "bruker", "helse-og-omsorg"],
                        "sub_points": [
                            "Får beboeren ta med egne møbler og innrede boligen selv?",
                            "Er kontrakten forståelig for beboeren og eventuell verge?",
                        ],
                    },
                    {
                        "text": "Følge opp reklamasjoner i reklamasjonstiden",
                        "responsible": ["eiendom"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Evaluering",
                "tasks": [
                    {
                        "text": "Evaluere boligene og prosessen sammen med beboere, pårørende og "
                        "ansatte",
                        "responsible": ["prosjektleder", "helse-og-omsorg", "bruker"],
                        "sub_points": [
                            "Kan vi bruke intervjuer, observasjon, befaring med beboerne eller "
                            "en felles workshop?",
                            "Hva vil vi gjøre annerledes i neste prosjekt?",
                        ],
                    },
                    {
                        "text": "Systematisere erfaringene og legge ned prosjektgruppen",
                        "responsible": ["prosjektleder", "eiendom"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Opplever beboerne boligen som sitt eget hjem?",
            "Fungerer bygget som arbeidsplass for dem som gir tjenestene?",
        ],
        "glossary_terms": [
            "overtakelsesbefaring",
            "overtakelsesprotokoll",
            "ferdigattest",
            "reklamasjon",
            "evaluering",
        ],
        "law_references": ["pbl-21-10"],
        "tools": [],
        "subprocesses": [],
    },
]
