"""Rådgivning ved tilpasning av bolig: written from veiviseren.no (process overview and the four phase
pages; «Tverrfaglig boligrådgivningsgruppe for tilpasning av bolig»; the related process «Tilpasning
av bolig»; the page on tilskudd til tilpasning), Husbanken's guidance for kommunene on tilskudd til
tilpasning and tilskudd til utredning og prosjektering, Kunnskapsbanken (roles and kartlegging of
existing dwellings) and municipal pages from Stjørdal, Harstad and Luster (see SOURCES)."""

AREA = "boligradgivning"

SOURCES = [
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/boligradgivning/radgivning-ved-tilpasning-av-bolig",
        "title": "Rådgivning ved tilpasning av bolig (veiviseren.no, arbeidsprosess)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/boligradgivning/radgivning-ved-tilpasning-av-bolig/kontaktfasen",
        "title": "Fase 1: Kontaktfasen (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/boligradgivning/radgivning-ved-tilpasning-av-bolig/kartleggings--og-soknadsfasen",
        "title": "Fase 2: Kartleggings- og søknadsfasen (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/boligradgivning/radgivning-ved-tilpasning-av-bolig/vedtaks--og-tiltaksfasen",
        "title": "Fase 3: Vedtaks- og tiltaksfasen (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/boligradgivning/radgivning-ved-tilpasning-av-bolig/oppfolgingsfasen",
        "title": "Fase 4: Oppfølgingsfasen (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/boligradgivning/tverrfaglig-boligradgivningsgruppe-for-tilpasning-av-bolig",
        "title": "Tverrfaglig boligrådgivningsgruppe for tilpasning av bolig (veiviseren.no)",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/tilrettelegge-og-beholde-bolig/tilpasning-av-bolig-/tilpasning-av-bolig",
        "title": "Tilpasning av bolig (veiviseren.no, arbeidsprosess)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/tilrettelegge-og-beholde-bolig/tilpasning-av-bolig-/tilpasning-av-bolig/kartlegging-og-utredningsfasen",
        "title": "Tilpasning av bolig – Fase 1: Kartlegging og utredningsfasen (veiviseren.no)",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/tilrettelegge-og-beholde-bolig/tilpasning-av-bolig-/tilpasning-av-bolig/planleggingsfasen",
        "title": "Tilpasning av bolig – Fase 2: Planleggingsfasen (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/forstaa-helheten/finansiering/tilskudd-til-tilpasning-av-egen-bolig",
        "title": "Tilskudd til tilpasning av egen bolig (veiviseren.no)",
    },
    {
        "url": "https://www.husbanken.no/kommune/startlaan/kommunale-boligtilskudd/veileder-tilskudd-til-tilpasning/",
        "title": "Rettleiar for tilskot til tilpassing (Husbanken)",
    },
    {
        "url": "https://husbanken.no/tilskudd/kommune/veileder-tilskudd-utredning-og-prosjektering/",
        "title": "Veileder for kommuner: Tilskudd til utredning og prosjektering (Husbanken)",
    },
    {
        "url": "https://www.kunnskapsbanken.net/bolig/roller-og-regelverk-pa-boligomradet/",
        "title": "Roller og regelverk på boligområdet (Kunnskapsbanken)",
    },
    {
        "url": "https://www.kunnskapsbanken.net/bolig/kartlegge-eksisterende-bolig/",
        "title": "Kartlegge eksisterende bolig (Kunnskapsbanken)",
    },
    {
        "url": "https://skjema.stjordal.kommune.no/skjema/STJ262/",
        "title": "Søknad om tilskudd til utredning og prosjektering (Stjørdal kommune)",
    },
    {
        "url": "https://www.harstad.kommune.no/tilskudd-til-tilpasning.469085.no.html",
        "title": "Tilskudd til tilpasning (Harstad kommune)",
    },
    {
        "url": "https://skjema.luster.kommune.no/skjema/LK026/",
        "title": "Tilpassing, utgreiing og prosjektering – tilskot (Luster kommune)",
    },
]


WORK_PROCESS = {
    "title": "Rådgivning ved tilpasning av bolig",
    "slug": "radgivning-ved-tilpasning-av-bolig",
    "search_description": (
        "Slik kan kommunen gi helhetlig boligrådgivning når noen trenger å tilpasse boligen: kontakt, "
        "kartlegging og søknad, gjennomføring og oppfølging over tid."
    ),
    "intro": (
        "<p>Kommunen gir råd og veiledning når personer med behov for tilpasset bolig skal bygge, bygge om eller "
        "tilpasse boligen sin. Slike saker kan bli omfattende både for den det gjelder og for kommunen, fordi "
        "mange instanser i og utenfor kommunen er involvert: tjenester som vurderer funksjon og hjelpemidler, "
        "de som forvalter lån og tilskudd, byggesaksbehandlingen og Nav hjelpemiddelsentral.</p>"
        "<p>For at brukeren skal få helhetlig informasjon og veiledning, må fagmiljøene samarbeide. Prosessen er "
        "delt i fire faser – kontaktfasen, kartleggings- og søknadsfasen, vedtaks- og tiltaksfasen og "
        "oppfølgingsfasen – for å synliggjøre de kritiske punktene i rådgivningen.</p>"
    ),
    "background": (
        "<p>Behovet kan oppstå brått, for eksempel når noen blir avhengig av rullestol, eller gradvis, når "
        "funksjonsevnen svekkes med alderen eller ved sykdom. Ofte er den første kontakten med en ergoterapeut "
        "eller sosionom på sykehuset. Henvendelsen kan også komme fra hjemmetjenesten, fra familien eller fra "
        "personen selv.</p>"
        "<p>Det finnes låne- og tilskuddsordninger som gjør det mulig å bli boende hjemme. Kommunen kan gi "
        "startlån til utbedring og tilpasning. Tilskudd til tilpasning og tilskudd til utredning og prosjektering "
        "ble fra 2020 kommunenes egne ordninger, finansiert gjennom rammetilskuddet. Det er nå opp til kommunen å "
        "avgjøre om det skal gis tilskudd og hvor mye, og kommunen må sette av midler i budsjettet. Nav "
        "hjelpemiddelsentral kan gi tilskudd i stedet for hjelpemidler som løfteplattform, heis eller rampe, noe "
        "som ofte gir bedre og mer varige løsninger.</p>"
        "<p>Den som bor i en bolig som ikke lenger er egnet, kan være vanskeligstilt på boligmarkedet. Etter "
        "boligsosialloven, som gjelder fra 1. juli 2023, har vanskeligstilte rett til individuelt tilpasset "
        "bistand for å skaffe seg eller beholde en egnet bolig, og kommunen skal fatte vedtak om bistanden.</p>"
        "<p>Erfaringene fra «Prosjekt Bustadtilpassing», et modellforsøk Husbanken og Rikstrygdeverket startet i "
        "13 kommuner i Hordaland og Sør-Trøndelag i januar 2005, viste at det er en klar gevinst for brukerne når "
        "kommunen samler økonomisk, teknisk og helse- og sosialfaglig kompetanse i en felles "
        "boligrådgivningstjeneste.</p>"
    ),
    "body": (
        "<p>Hver fase har en kort beskrivelse, resultater og oppgaver med forslag til ansvar.</p>"
        "<h3>Hvem har ansvaret</h3>"
        "<p>Arbeidet kan organiseres på flere måter, men mange kommuner har en tverrfaglig "
        "boligrådgivningsgruppe med en boligrådgiver som kan privatøkonomi og Husbankens og kommunens "
        "virkemidler, en ergoterapeut eller fysioterapeut som kan tilrettelegging og tekniske hjelpemidler, og en "
        "fagperson med byggteknisk bakgrunn. Den som har ansvar for startlån og tilskudd, bør være med. Ett av "
        "medlemmene bør være kontaktperson for brukeren. I sammensatte saker kan det være behov for en "
        "ansvarsgruppe. Brukeren – eller huseieren – er byggherre og har det juridiske og økonomiske ansvaret for "
        "arbeidet på boligen.</p>"
    ),
    "kind": "linear",
    "glossary_terms": [
        "tilpasning-av-bolig",
        "tverrfaglig-boligradgivningsgruppe",
        "tilskudd-til-tilpasning",
        "tilskudd-til-utredning-og-prosjektering",
        "nav-hjelpemiddelsentral",
        "byggherre",
        "hverdagsrehabilitering",
        "startlan",
        "nedsatt-funksjonsevne",
        "ansvarsgruppe",
        "tverrfaglig-samarbeid",
    ],
    "law_references": ["forskrift-lan-husbanken-5-3", "boligsosialloven-6", "pbl-20-1"],
    "target_groups": ["personer-med-nedsatt-funksjonsevne", "eldre", "barnefamilier"],
    "themes": ["Tilpasning av bolig", "Tverrfaglig samarbeid", "Startlån og økonomisk rådgivning"],
}

PHASES = [
    {
        "number": 1,
        "title": "Kontaktfasen",
        "slug": "kontaktfasen",
        "short_description": (
            "<p>For å kunne gi råd må kommunen komme i kontakt med dem som trenger å tilpasse boligen, enten behovet "
            "er her nå eller vil komme. Kontaktfasen har to startpunkter. Det ene er forebyggende: samtaler med "
            "personer som nærmer seg høy alder om hva som kan gjøres i boligen før behovet blir akutt. Det andre er "
            "at behovet allerede har oppstått, og at personen selv eller pårørende tar kontakt – ofte etter "
            "oppfordring fra sykehuset, et behandlings- eller opptreningssenter eller hjemmetjenesten.</p>"
            "<p>Et viktig premiss er at kommunale ergoterapeuter og hjemmetjenesten fanger opp sakene. "
            "Hjemmetjenesten kan se endringer i funksjonsnivået ved jevnlige besøk, og boligsituasjonen kan vurderes "
            "ved korttidsopphold på sykehjem eller innleggelse på sykehus. Vanskeligst er det å nå dem som har lite "
            "eller ingen kontakt med hjelpeapparatet, for eksempel eldre som gradvis får nedsatt funksjonsevne.</p>"
        ),
        "results_intro": "Fasen er ferdig når:",
        "results": [
            "Kommunen har fått kontakt med personen som trenger råd, og det er avklart hvem som er kontaktperson",
            "Henvendelsen er vurdert, og det er avklart om behovet er akutt eller forebyggende",
            "Personen og eventuelt pårørende har fått første informasjon om mulighetene og om hvordan kommunen arbeider",
            "Aktuelle fagpersoner i kommunen er varslet",
        ],
        "task_groups": [
            {
                "heading": "Fange opp behovet",
                "tasks": [
                    {
                        "text": "Være oppmerksom på endringer i funksjonsnivå og bosituasjon ved hjemmebesøk",
                        "responsible": ["helse-og-omsorg", "ergoterapeut"],
                        "sub_points": [
                            "Har brukeren begynt å få problemer med trapper, terskler, dusj eller atkomst?",
                            "Vet hjemmetjenesten hvem den skal melde fra til?",
                        ],
                    },
                    {
                        "text": "Vurdere boligsituasjonen før utskriving fra sykehus eller etter korttidsopphold på sykehjem",
                        "responsible": ["ergoterapeut", "helse-og-omsorg"],
                        "sub_points": [
                            "Kan personen komme hjem til boligen slik den er, eller trengs det tiltak først?",
                        ],
                    },
                    {
                        "text": "Nå ut forebyggende til grupper som har lite kontakt med hjelpeapparatet",
                        "responsible": ["helse-og-omsorg", "saksbehandler"],
                        "sub_points": [
                            "Kan informasjon gis gjennom forebyggende hjemmebesøk, eldreråd, pensjonistforeninger eller kommunens nettsider?",
                        ],
                    },
                ],
            },
            {
                "heading": "Etablere kontakt",
                "tasks": [
                    {
                        "text": "Ta imot henvendelsen og gi en første orientering om muligheter og framgangsmåte",
                        "responsible": ["saksbehandler", "ergoterapeut"],
                        "sub_points": [
                            "Er det tydelig hvor i kommunen man henvender seg om boligtilpasning?",
                        ],
                    },
                    {
                        "text": "Utnevne en kontaktperson for brukeren og varsle de fagpersonene som skal bidra",
                        "responsible": ["saksbehandler", "ergoterapeut"],
                        "sub_points": [
                            "Bør saken inn i den tverrfaglige boligrådgivningsgruppen?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvem i vår kommune blir aldri fanget opp før behovet er akutt – og hvordan kan vi nå dem?",
            "Vet innbyggerne hvor de skal spørre om råd om tilpasning av boligen?",
        ],
        "glossary_terms": [
            "tilpasning-av-bolig",
            "tverrfaglig-boligradgivningsgruppe",
            "nedsatt-funksjonsevne",
        ],
        "law_references": [],
        "tools": [],
        "subprocesses": [],
    },
    {
        "number": 2,
        "title": "Kartleggings- og søknadsfasen",
        "slug": "kartleggings-og-soknadsfasen",
        "short_description": (
            "<p>Denne fasen legger grunnlaget for de riktige valgene i resten av prosessen. Her avklares hva som er "
            "mulig for den som søker råd: hvor stort det økonomiske handlingsrommet er, hvilke lån og "
            "støtteordninger som er aktuelle, om boligen lar seg tilpasse, og hvilke tjenester og hjelpemidler som "
            "kan gjøre det mulig å bli boende. Tverrfaglig samarbeid er avgjørende.</p>"
            "<p>Kartleggingen omfatter uteområder, atkomst og boligens beliggenhet, framkommelighet inne, arealbehov "
            "og innredning, behovet for bistand fra Nav hjelpemiddelsentral og søkerens økonomi. Flytting til en "
            "bedre egnet bolig og et bedre bomiljø bør også vurderes. En god kartlegging skal hindre at det settes i "
            "gang tiltak som søkeren ikke har råd til, eller som ikke er gode løsninger byggteknisk eller i bruk.</p>"
            "<p>Kommunen kan gi tilskudd til utredning og prosjektering, slik at en fagkyndig kan undersøke boligen "
            "og prosjektere en løsning. Fasen ender med at brukeren velger løsning og søker om finansiering. "
            "Veiledningen bør gi brukeren en følelse av mestring og kontroll.</p>"
        ),
        "results_intro": "Fasen er ferdig når:",
        "results": [
            "Mulighetene og begrensningene i boligen er kartlagt, ute og inne",
            "Søkerens økonomi og mulighetene for lån og tilskudd er avklart",
            "Behovet for hjelpemidler og tjenester er vurdert, eventuelt sammen med Nav hjelpemiddelsentral",
            "Det er avklart om søkeren kan bli boende med tilpasning, eller om en annen bolig er bedre",
            "Det er vurdert om det trengs en ansvarsgruppe rundt brukeren",
            "Brukeren har valgt løsning og sendt søknad om finansiering",
        ],
        "task_groups": [
            {
                "heading": "Kartlegge bolig, behov og økonomi",
                "tasks": [
                    {
                        "text": "Forberede kartleggingen før første møte med brukeren",
                        "responsible": ["ergoterapeut"],
                        "sub_points": [
                            "Er lidelsen stabil, langsomt eller raskt progredierende, og hva betyr det for løsningene de neste årene?",
                            "Bør pårørende delta, og har hjemmetjenesten eller en kollega kunnskap som kan hjelpe?",
                            "Finnes det tegninger av boligen?",
                        ],
                    },
                    {
                        "text": "Kartlegge atkomst, uteområder, framkommelighet, arealbehov og innredning",
                        "responsible": ["ergoterapeut", "arkitekt"],
                        "sub_points": [
                            "Kan alle nødvendige rom komme på ett plan, og kan atkomsten til bolig og garasje bli trinnfri?",
                            "Hva er boligens tekniske tilstand?",
                        ],
                    },
                    {
                        "text": "Vurdere behovet for hjelpemidler og mulighetene for tilskudd i stedet for hjelpemiddel",
                        "responsible": ["ergoterapeut", "hjelpemiddelsentralen"],
                        "sub_points": [
                            "Gir et tilskudd til ombygging en bedre og mer varig løsning enn løfteplattform, heis eller rampe?",
                        ],
                    },
                    {
                        "text": "Kartlegge søkerens økonomi og mulighetene for startlån og tilskudd",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Kan søkeren finansiere tiltaket selv, eller trengs lån og tilskudd?",
                            "Kan lang nedbetalingstid eller avdragsfrihet på startlånet redusere behovet for tilskudd?",
                        ],
                    },
                    {
                        "text": "Vurdere flytting til en bedre egnet bolig som alternativ",
                        "responsible": ["saksbehandler", "ergoterapeut", "bruker"],
                        "sub_points": [
                            "Finnes det boliger i området som passer, eventuelt etter enklere tilpasning?",
                        ],
                    },
                ],
            },
            {
                "heading": "Utredning, løsning og søknad",
                "tasks": [
                    {
                        "text": "Vurdere tilskudd til utredning og prosjektering ved fagkyndig",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Kommunen avgjør selv om tilskudd skal gis og hvor stort det blir, og tilskuddet kan være behovsprøvd. Hva sier kommunens egne retningslinjer?",
                            "Stjørdal kommune opplyser for eksempel at det kan gis inntil 20 000 kroner til utredning og inntil 20 000 kroner til prosjektering.",
                        ],
                    },
                    {
                        "text": "Vurdere løsningene sammen med brukeren og la brukeren velge",
                        "responsible": ["ergoterapeut", "arkitekt", "bruker"],
                        "sub_points": [
                            "Løser tiltaket behovet på den rimeligste og mest hensiktsmessige måten?",
                            "Løsninger som ikke er nødvendige for å dekke behovet, må brukeren betale selv.",
                        ],
                    },
                    {
                        "text": "Hjelpe brukeren med søknaden om finansiering",
                        "responsible": ["saksbehandler", "bruker"],
                        "sub_points": [
                            "Er søknaden sendt før arbeidet starter?",
                            "Leier brukeren boligen? Da må utleieren godkjenne tiltakene.",
                        ],
                    },
                    {
                        "text": "Avklare om det trengs byggesøknad",
                        "responsible": ["arkitekt", "planavdeling"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Har vi avklart økonomien tidlig nok til at brukeren ikke bygger opp forventninger til en løsning det ikke er råd til?",
            "Hvem har siste ord når den faglig beste løsningen ikke er den brukeren ønsker seg?",
        ],
        "glossary_terms": [
            "tilskudd-til-utredning-og-prosjektering",
            "tilskudd-til-tilpasning",
            "nav-hjelpemiddelsentral",
            "startlan",
            "ansvarsgruppe",
            "kartlegging",
        ],
        "law_references": ["forskrift-lan-husbanken-5-3", "pbl-20-1"],
        "tools": [
            {
                "title": "Veileder for kommuner: Tilskudd til utredning og prosjektering (Husbanken)",
                "description": "Husbankens veiledning og rutinebeskrivelse for kommunenes behandling av søknader om tilskudd til utredning og prosjektering.",
                "url": "https://husbanken.no/tilskudd/kommune/veileder-tilskudd-utredning-og-prosjektering/",
            },
            {
                "title": "Rettleiar for tilskot til tilpassing (Husbanken)",
                "description": "Veiledning til kommunene om hva det kan gis tilskudd til, hvem som kan få det, og hvordan tilskudd ses sammen med startlån.",
                "url": "https://www.husbanken.no/kommune/startlaan/kommunale-boligtilskudd/veileder-tilskudd-til-tilpasning/",
            },
            {
                "title": "Kartlegge eksisterende bolig (Kunnskapsbanken)",
                "description": "Råd om kartlegging av bolig og behov i tre faser, med fullmaktsskjema og skjema for godkjenning av montering av hjelpemidler.",
                "url": "https://www.kunnskapsbanken.net/bolig/kartlegge-eksisterende-bolig/",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 3,
        "title": "Vedtaks- og tiltaksfasen",
        "slug": "vedtaks-og-tiltaksfasen",
        "short_description": (
            "<p>Når løsningen er valgt og finansieringen er på plass, kan arbeidet starte. Brukeren er byggherre og "
            "har ansvar for alt arbeid med tiltaket: hvem som gjør jobben, hvordan den organiseres, og at resultatet "
            "blir som avtalt. Brukeren kan knytte til seg fagpersoner som ivaretar byggherrerollen, og kommunen kan "
            "gi faglig bistand etter avtale.</p>"
            "<p>Løsningen prosjekteres innenfor de økonomiske rammene som finnes, gjerne med kvalifisert hjelp, alt "
            "etter hvor omfattende saken er. Kommunen holder løpende kontakt med brukeren under gjennomføringen, "
            "slik at avvik blir oppdaget og håndtert tidlig, og utbetaler lån og tilskudd etter avtale.</p>"
        ),
        "results_intro": "Fasen er ferdig når:",
        "results": [
            "Brukeren har fått vedtak om lån og tilskudd",
            "Løsningen er prosjektert innenfor de økonomiske rammene",
            "Tiltaket er gjennomført og ferdigstilt i tråd med avtalen",
            "Avvik underveis er fanget opp og håndtert",
            "Lån og tilskudd er utbetalt",
        ],
        "task_groups": [
            {
                "heading": "Vedtak og prosjektering",
                "tasks": [
                    {
                        "text": "Fatte vedtak om startlån og tilskudd, med begrunnelse og informasjon om klageadgang",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Bruker kommunen handlingsrommet i virkemidlene, slik at saken kan løses på best mulig måte?",
                        ],
                    },
                    {
                        "text": "Prosjektere løsningen innenfor de økonomiske rammene",
                        "responsible": ["arkitekt", "bruker"],
                        "sub_points": [
                            "Har arkitekten eller den fagkyndige satt seg godt inn i brukerens behov?",
                        ],
                    },
                ],
            },
            {
                "heading": "Gjennomføring",
                "tasks": [
                    {
                        "text": "Organisere arbeidet og velge hvem som skal utføre det",
                        "responsible": ["bruker", "arkitekt"],
                        "sub_points": [
                            "Trenger brukeren hjelp til å ivareta byggherrerollen, for eksempel fra pårørende eller en fagperson?",
                        ],
                    },
                    {
                        "text": "Følge opp arbeidet og håndtere avvik så snart de oppstår",
                        "responsible": ["bruker", "saksbehandler", "ergoterapeut"],
                        "sub_points": [
                            "Holder kommunen jevnlig kontakt med brukeren under byggingen?",
                        ],
                    },
                    {
                        "text": "Utbetale lån og tilskudd når vilkårene er oppfylt",
                        "responsible": ["saksbehandler"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvordan støtter vi brukere som ikke selv klarer å være byggherre?",
        ],
        "glossary_terms": ["byggherre", "tilskudd-til-tilpasning", "startlan", "vedtak"],
        "law_references": ["forvaltningsloven-28", "forskrift-lan-husbanken-5-3"],
        "tools": [],
        "subprocesses": [],
    },
    {
        "number": 4,
        "title": "Oppfølgingsfasen",
        "slug": "oppfolgingsfasen",
        "short_description": (
            "<p>Rådgivningen stopper ikke når ombyggingen er ferdig. Målet med å tilpasse boligen er at personen "
            "skal kunne bli boende hjemme, også med redusert funksjonsnivå, og det krever råd og bistand gjennom hele "
            "livsløpet. Oppfølgingen går derfor gradvis over i andre tjenester som til sammen skal holde "
            "funksjonsnivået oppe.</p>"
            "<p>Hjemmetjenesten er en viktig aktør, fordi den besøker brukeren jevnlig og har en varig "
            "rådgivningsrolle, blant annet innenfor hverdagsrehabilitering. Der står brukerens egen mestring i "
            "sentrum, og brukeren setter selv målene. Et eksempel er råd for å forebygge fall hjemme. "
            "Hverdagsrehabilitering bygger på tverrfaglig samarbeid mellom ergoterapeuter, fysioterapeuter, "
            "sykepleiere med rehabiliteringskompetanse og hjemmetjenesten.</p>"
        ),
        "results_intro": "Fasen er i orden når:",
        "results": [
            "Det er kontrollert at tilpasningen fungerer for brukeren i hverdagen",
            "Brukeren har fortsatt kontakt med kommunen, gjerne gjennom hjemmetjenesten",
            "Tjenester og bistand blir justert når funksjonsnivået endrer seg",
            "Brukeren har fått tilbud om hverdagsrehabilitering der det er aktuelt, med egne mål",
        ],
        "task_groups": [
            {
                "heading": "Etter ombyggingen",
                "tasks": [
                    {
                        "text": "Vurdere sammen med brukeren om tilpasningen fungerer som forutsatt",
                        "responsible": ["ergoterapeut", "bruker"],
                        "sub_points": [
                            "Trengs det opplæring i bruk av nye løsninger, hjelpemidler eller velferdsteknologi?",
                        ],
                    },
                    {
                        "text": "Sørge for at kontakten med kommunen fortsetter etter at saken er avsluttet",
                        "responsible": ["helse-og-omsorg"],
                        "sub_points": [
                            "Vet brukeren hvem hun eller han kan kontakte hvis behovet endrer seg?",
                        ],
                    },
                ],
            },
            {
                "heading": "Råd og bistand over tid",
                "tasks": [
                    {
                        "text": "Følge med på funksjonsnivået ved jevnlige besøk og gi råd i hverdagen",
                        "responsible": ["helse-og-omsorg"],
                        "sub_points": [
                            "Er det risiko for fall, og hva kan gjøres for å forebygge det?",
                        ],
                    },
                    {
                        "text": "Tilby hverdagsrehabilitering med mål som brukeren selv har satt",
                        "responsible": ["helse-og-omsorg", "ergoterapeut", "bruker"],
                        "sub_points": [
                            "Har kommunen et tverrfaglig rehabiliteringsteam, og er brukeren henvist dit?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvordan sikrer vi at erfaringene fra enkeltsaker brukes når kommunen planlegger nye boliger, slik at færre må tilpasses senere?",
        ],
        "glossary_terms": [
            "hverdagsrehabilitering",
            "tverrfaglig-samarbeid",
            "nedsatt-funksjonsevne",
        ],
        "law_references": [],
        "tools": [],
        "subprocesses": [],
    },
]
