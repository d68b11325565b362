"""Refinansiering med startlån: written from veiviseren.no (process overview and the three phase
pages), Husbanken's veileder for startlån (refinansiering, unntak for å forhindre tvangssalg,
saksbehandling i Startskudd, søkere med verge), veiviseren's page on the startlån rules, Helsetilsynet
and Statsforvalteren (see SOURCES)."""

AREA = "tilrettelegge-og-beholde-bolig"

SOURCES = [
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/tilrettelegge-og-beholde-bolig/refinansiering",
        "title": "Refinansiering med startlån (veiviseren.no, arbeidsprosess)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/tilrettelegge-og-beholde-bolig/refinansiering/dialog-mellom-beboeren-og-hjelpeapparatet",
        "title": "Fase 1: Dialog mellom beboeren og hjelpeapparatet (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/tilrettelegge-og-beholde-bolig/refinansiering/innhenting-av-informasjon",
        "title": "Fase 2: Innhenting av informasjon (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/tilrettelegge-og-beholde-bolig/refinansiering/soknadsbehandling-og-vedtak",
        "title": "Fase 3: Søknadsbehandling og vedtak (veiviseren.no)",
    },
    {
        "url": "https://www.husbanken.no/kommune/startlaan/veileder/hva-kan-det-gis-startlan-til/refinansiering/",
        "title": "Veileder for startlån: Refinansiering med startlån (Husbanken)",
    },
    {
        "url": "https://husbanken.no/kommune/startlaan/veileder/hvem-kan-fa-startlan/unntak-fra-krav/forhindre-tvangssalg/",
        "title": "Veileder for startlån: Refinansiering for å forhindre tvangssalg (Husbanken)",
    },
    {
        "url": "https://www.husbanken.no/kommune/startlaan/veileder/behandle-soknader/startskudd/",
        "title": "Veileder for startlån: Saksbehandle startlån i Startskudd (Husbanken)",
    },
    {
        "url": "https://www.husbanken.no/kommune/startlaan/veileder/hvem-kan-fa-startlan/har-verge-eller-mangler-bankid/",
        "title": "Veileder for startlån: Når startlånsøker har verge eller mangler BankID (Husbanken)",
    },
    {
        "url": "https://www.husbanken.no/kommune/startlaan/veileder/kommunale-retningslinjer/",
        "title": "Veileder for startlån: Kommunale retningslinjer for startlån (Husbanken)",
    },
    {
        "url": "https://www.husbanken.no/bransje/lan-og-tilskudd/veileder-laan/sluttbestemmelser/ikrafttredelse/",
        "title": "Veileder for lån fra Husbanken: ikrafttredelse 1. januar 2020 (Husbanken)",
    },
    {
        "url": "https://www.veiviseren.no/forstaa-helheten/lover-og-forskrifter/forskrift-om-tilskudd-til-etablering-og-tilpasning-av-bolig-med-mer",
        "title": "Forskrift om tilskudd til etablering og tilpasning av bolig, med mer (veiviseren.no)",
    },
    {
        "url": "https://www.veiviseren.no/forstaa-helheten/lover-og-forskrifter/forskrift-om-startlan-fra-husbanken",
        "title": "Forskrift om startlån fra Husbanken (veiviseren.no)",
    },
    {
        "url": "https://uni.oslomet.no/bovel/2023/06/01/bidrar-refinansiering-med-startlan-til-bedre-boforhold/",
        "title": "Bidrar refinansiering med startlån til bedre boforhold? (BOVEL, OsloMet)",
    },
    {
        "url": "https://www.helsetilsynet.no/tilsyn/tilsynsrapporter/troms-og-finnmark/2025/balsfjord-kommune-tilsyn-nav-kontorets-oekonomisk-raadgivning-2025",
        "title": "Rapport etter tilsyn med Nav-kontoret i Balsfjord kommune – økonomisk rådgivning 2025 (Helsetilsynet)",
    },
    {
        "url": "https://www.husbanken.no/boligsosialt-arbeid/boligsosial-lov/",
        "title": "Lov om kommunenes ansvar på det boligsosiale feltet (Husbanken)",
    },
]


WORK_PROCESS = {
    "title": "Refinansiering med startlån",
    "slug": "refinansiering-med-startlan",
    "search_description": (
        "Slik kan kommunen bruke startlån til å refinansiere dyr gjeld, slik at husstander som står i fare "
        "for tvangssalg, kan beholde boligen sin."
    ),
    "intro": (
        "<p>Å hindre at husstander mister boligen fordi de ikke klarer å betale lånene sine, er et viktig mål i "
        "det boligsosiale arbeidet. Refinansiering betyr at dyr gjeld erstattes av et nytt lån på bedre vilkår. "
        "Når dette gjøres med startlån, kan husstanden få lavere boutgifter og bli boende – forutsatt at den "
        "samlede økonomien etterpå er bærekraftig.</p>"
        "<p>Arbeidsprosessen har tre faser: dialog og informasjonsutveksling mellom søkeren, kommunen og andre "
        "parter, innhenting av opplysningene som trengs for å behandle en søknad, og selve behandlingen, som "
        "ender med innvilgelse av startlån og eventuelt tilskudd, eller med avslag.</p>"
    ),
    "background": (
        "<p>Prosessen starter når noen ber om økonomisk hjelp for å beholde boligen, eller når kommunen selv "
        "oppdager at en husstand har økonomiske problemer som kan føre til tvangssalg eller utkastelse. Det kan "
        "skje ved at innbyggeren tar kontakt, ved at en bank henvender seg til kommunen om mislighold, eller "
        "ved at kommunen ser at startlån eller kommunale avgifter ikke blir betalt.</p>"
        "<p>Startlån skal ikke brukes til refinansiering generelt. Men kommunen kan refinansiere dyre lån for "
        "husstander som står i fare for å miste boligen på tvangssalg fordi boutgiftene er for høye. Da kan "
        "kommunen gjøre unntak fra de vanlige kravene om langvarige finansieringsproblemer og om sparing. "
        "Refinansieringen kan omfatte alle typer lån og gjeld, også for eksempel skattegjeld og bidragsgjeld, "
        "men bare innenfor boligens verdi. Den som ikke eier boligen selv, kan ikke få startlån til "
        "refinansiering.</p>"
        "<p>Reglene for startlån står i kapittel 5 i forskrift om lån fra Husbanken, som har gjeldt siden 1. "
        "januar 2020. Kommunen kan også gi tilskudd til etablering for å refinansiere når det er nødvendig for "
        "å beholde boligen. Siden 1. juli 2023 har boligsosialloven i tillegg gitt vanskeligstilte rett til "
        "individuelt tilpasset bistand for å beholde boligen, og kommunen skal bistå søkere som trenger hjelp "
        "til å søke.</p>"
    ),
    "body": (
        "<p>Fasene beskriver en typisk sak. Hver fase har en kort beskrivelse, resultater og oppgaver med "
        "forslag til ansvar. Hvordan arbeidet fordeles, må tilpasses kommunens organisering.</p>"
        "<h3>Hvem har ansvaret</h3>"
        "<p>Saksbehandleren for startlån (startlånansvarlig) har hovedansvaret for saken, for samarbeidet med "
        "de andre partene og for å lage en helhetlig oversikt. Søkeren har ansvar for å skaffe dokumentasjon, "
        "gjerne med hjelp fra hjelpeapparatet. Økonomi- og gjeldsrådgiveren i Nav er sentral når gjelden er "
        "stor. Andre aktører kan være banken og andre kreditorer, namsfogden og Nav-kontoret for øvrig. "
        "Vedtaket fattes av den som har fullmakt i kommunen.</p>"
    ),
    "kind": "linear",
    "glossary_terms": [
        "startlan",
        "refinansiering",
        "tvangssalg",
        "betjeningsevne",
        "tilskudd-til-etablering",
        "frivillig-forvaltning",
        "gjeldsbrev",
        "gjeldsordning",
        "okonomisk-radgivning",
        "vanskeligstilt-pa-boligmarkedet",
    ],
    "law_references": [
        "forskrift-lan-husbanken-5-3",
        "forskrift-lan-husbanken-5-4",
        "boligsosialloven-6",
        "sosialtjenesteloven-17",
    ],
    "target_groups": [
        "vanskeligstilte-pa-boligmarkedet",
        "barnefamilier",
        "personer-med-nedsatt-funksjonsevne",
    ],
    "themes": [
        "Startlån og økonomisk rådgivning",
        "Forebygging av utkastelser",
        "Tverrfaglig samarbeid",
    ],
}

PHASES = [
    {
        "number": 1,
        "title": "Dialog mellom beboeren og hjelpeapparatet",
        "slug": "dialog-mellom-beboeren-og-hjelpeapparatet",
        "short_description": (
            "<p>Et mulig tvangssalg kan komme fram på mange måter: gjennom en søknad om startlån, gjennom en "
            "henvendelse fra banken, gjennom mislighold av et startlån eller ubetalte kommunale avgifter, eller "
            "ved at innbyggeren selv tar kontakt med Nav, gjeldsrådgiveren eller saksbehandleren for startlån. "
            "Kommunen trenger rutiner som sikrer at henvendelsen havner hos rett instans uansett hvor den kommer "
            "inn.</p>"
            "<p>I denne fasen avklares situasjonen, alternativene og konsekvensene. Hvis gjeldsproblemet er stort, "
            "og gjelden er høyere enn boligens verdi, bør saksbehandleren for startlån henvise søkeren til "
            "gjeldsrådgiver. Søkeren og hjelpeapparatet avklarer hva de kan forvente av hverandre, og fordeler "
            "arbeidet med å hente inn opplysninger.</p>"
        ),
        "results_intro": "Fasen er ferdig når det er etablert en forpliktende dialog om saken:",
        "results": [
            "Det er etablert kontakt mellom søkeren og saksbehandleren eller gjeldsrådgiveren",
            "Søkeren har fått informasjon om sin økonomiske situasjon, om regelverket og om virkemidlene som kan være aktuelle",
            "Det er laget en framdriftsplan med oppgaver og ansvar",
            "Arbeidet med å hente inn opplysninger og å kontakte andre parter i saken er i gang",
        ],
        "task_groups": [
            {
                "heading": "Fange opp og fordele henvendelsen",
                "tasks": [
                    {
                        "text": "Avklare situasjonen ved første kontakt og sende saken videre til rett instans i kommunen",
                        "responsible": ["nav", "saksbehandler", "okonomiradgiver"],
                        "sub_points": [
                            "Er det et akutt tvangssalg på gang, og hvilke frister løper?",
                            "Hvem i kommunen har ansvaret for startlån, og hvem for gjeldsrådgivning?",
                        ],
                    },
                    {
                        "text": "Ha rutiner for å oppdage mislighold av kommunens egne startlån og kommunale avgifter",
                        "responsible": ["saksbehandler", "virksomhetsledere"],
                        "sub_points": [
                            "Får saksbehandleren varsel når en låntaker ikke betaler?",
                        ],
                    },
                    {
                        "text": "Ta imot og følge opp henvendelser fra banker og namsfogden om mislighold",
                        "responsible": ["saksbehandler", "nav"],
                        "sub_points": [
                            "Har søkeren samtykket til at kommunen kan snakke med banken?",
                        ],
                    },
                ],
            },
            {
                "heading": "Avklare situasjonen sammen med søkeren",
                "tasks": [
                    {
                        "text": "Gå gjennom den økonomiske situasjonen, aktuelle regler og mulige virkemidler med søkeren",
                        "responsible": ["saksbehandler", "okonomiradgiver", "bruker"],
                        "sub_points": [
                            "Er refinansiering med startlån realistisk, eller er gjelden høyere enn boligens verdi?",
                            "Er gjeldsordning, salg av boligen eller en avtale med kreditorene et bedre alternativ?",
                            "Hva ønsker søkeren selv, og hva er hun eller han villig til å gjøre?",
                        ],
                    },
                    {
                        "text": "Henvise til gjeldsrådgivning når gjeldsproblemet er stort",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Økonomisk rådgivning gis etter sosialtjenesteloven § 17, og Nav-kontoret skal fatte vedtak om tjenesten.",
                        ],
                    },
                    {
                        "text": "Avklare forventninger og lage en framdriftsplan med fordeling av oppgavene",
                        "responsible": ["saksbehandler", "bruker"],
                        "sub_points": [
                            "Hva skal søkeren skaffe selv, og hva henter kommunen inn med samtykke?",
                            "Hvilke andre parter bør trekkes inn, for eksempel Nav, namsfogden, banken eller boligkontoret?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvor mange ulike steder i kommunen kan en henvendelse om betalingsproblemer komme inn – og vet alle hvor den skal videre?",
            "Oppdager vi mislighold av egne startlån tidlig nok til å gjøre noe med det?",
        ],
        "glossary_terms": [
            "tvangssalg",
            "refinansiering",
            "startlan",
            "okonomisk-radgivning",
            "gjeldsordning",
        ],
        "law_references": ["sosialtjenesteloven-17", "boligsosialloven-6"],
        "tools": [],
        "subprocesses": [],
    },
    {
        "number": 2,
        "title": "Innhenting av informasjon",
        "slug": "innhenting-av-informasjon",
        "short_description": (
            "<p>I denne fasen samles og systematiseres alle opplysningene i saken: inntekter og utgifter, en "
            "fullstendig gjeldsoversikt – også gjeld til privatpersoner – og en verdivurdering av boligen. "
            "Saksbehandleren avklarer hvem som er parter i saken, og oppretter kontakt med dem. Det er også viktig "
            "å forstå den økonomiske og sosiale historikken, og å avklare om søkeren ønsker, vil og kan følge opp "
            "det en refinansiering krever.</p>"
            "<p>Fasen ender med at søkeren leverer en skriftlig søknad om startlån og eventuelt tilskudd til "
            "refinansiering. Kommunen skal bistå søkere som trenger hjelp til å søke, også dem som ikke kan søke "
            "digitalt.</p>"
        ),
        "results_intro": "Fasen er ferdig når grunnlaget for en endelig vurdering er lagt:",
        "results": [
            "De økonomiske og sosiale konsekvensene av refinansiering er avklart og dokumentert",
            "Kommunen har mottatt en fullstendig søknad med riktige vedlegg",
            "Det er laget en plan med avklart ansvar for det videre arbeidet",
            "Grunnlaget for den endelige vurderingen av saken er på plass",
        ],
        "task_groups": [
            {
                "heading": "Økonomi og gjeld",
                "tasks": [
                    {
                        "text": "Hente inn opplysninger om inntekter og utgifter",
                        "responsible": ["saksbehandler", "bruker"],
                        "sub_points": [
                            "Er inntekten stabil, eller kan den endre seg de nærmeste årene?",
                            "Får husstanden bostøtte og andre ytelser den har rett til?",
                        ],
                    },
                    {
                        "text": "Utarbeide en fullstendig gjeldsoversikt, også over gjeld til privatpersoner",
                        "responsible": ["saksbehandler", "okonomiradgiver", "bruker"],
                        "sub_points": [
                            "Hvilken gjeld er sikret med pant i boligen, og hvilken er usikret?",
                            "Finnes det skattegjeld, bidragsgjeld eller inkassosaker?",
                        ],
                    },
                    {
                        "text": "Beregne betjeningsevnen etter refinansieringen",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Kan husstanden betjene de samlede framtidige utgiftene og fortsatt ha nok til livsopphold?",
                            "Kan lengre nedbetalingstid eller en periode uten avdrag gjøre regnestykket bærekraftig?",
                        ],
                    },
                ],
            },
            {
                "heading": "Boligen og partene i saken",
                "tasks": [
                    {
                        "text": "Innhente verdivurdering eller takst av boligen",
                        "responsible": ["saksbehandler", "bruker"],
                        "sub_points": [
                            "Samlet lånebeløp etter refinansieringen kan ikke være høyere enn boligens verdi.",
                            "Er boligen egnet for husstanden også på sikt, for eksempel ved nedsatt funksjonsevne?",
                        ],
                    },
                    {
                        "text": "Avklare hvem som er parter i saken, og opprette kontakt med dem",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Har banken eller andre kreditorer begjært tvangssalg, og kan de vente til saken er behandlet?",
                            "Er namsfogden, Nav eller boligkontoret involvert?",
                        ],
                    },
                    {
                        "text": "Avklare den økonomiske og sosiale historikken og søkerens motivasjon for oppfølging",
                        "responsible": ["saksbehandler", "okonomiradgiver", "bruker"],
                        "sub_points": [
                            "Hva førte til problemene, og er årsakene borte?",
                            "Vil søkeren ta imot økonomisk rådgivning, frivillig forvaltning eller annen oppfølging etterpå?",
                        ],
                    },
                ],
            },
            {
                "heading": "Søknaden",
                "tasks": [
                    {
                        "text": "Levere skriftlig søknad om startlån og eventuelt tilskudd til refinansiering",
                        "responsible": ["bruker"],
                        "sub_points": [
                            "Trenger søkeren hjelp til den digitale søknaden, eller har søkeren verge?",
                        ],
                    },
                    {
                        "text": "Ta imot og kvalitetssikre søknaden, og be om manglende dokumentasjon",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Har søkeren verken verge eller annen medhjelper, kan saksbehandleren som siste utvei være medhjelper i søknadsløsningen. For søkere uten BankID har Startskudd en egen framgangsmåte.",
                            "Har søkeren verge, må Statsforvalteren samtykke til låneopptaket.",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Har vi tatt oss tid til å forstå hvorfor gjelden oppsto – eller bare hvor stor den er?",
            "Hvordan sikrer vi at søkere som ikke mestrer digitale løsninger, får den samme muligheten?",
        ],
        "glossary_terms": [
            "betjeningsevne",
            "gjeldsbrev",
            "frivillig-forvaltning",
            "bostotte",
            "refinansiering",
        ],
        "law_references": [
            "forskrift-lan-husbanken-5-3",
            "forskrift-lan-husbanken-5-4",
            "boligsosialloven-6",
        ],
        "tools": [
            {
                "title": "Husbankens veileder for startlån",
                "description": "Husbankens veiledning for kommunale saksbehandlere, med eget punkt om refinansiering for å forhindre tvangssalg.",
                "url": "https://www.husbanken.no/kommune/startlaan/veileder/hva-kan-det-gis-startlan-til/refinansiering/",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 3,
        "title": "Søknadsbehandling og vedtak",
        "slug": "soknadsbehandling-og-vedtak",
        "short_description": (
            "<p>Kommunen vurderer søknaden, fatter vedtak, sender svar og gjennomfører refinansieringen. "
            "Søknader om startlån behandles i Husbankens saksbehandlingssystem Startskudd, som er obligatorisk. "
            "Saksbehandleren innstiller, mens den som har fullmakt, tar beslutningen. Et avslag skal begrunnes, "
            "og søkeren har rett til å klage.</p>"
            "<p>En refinansiering løser sjelden alt alene. Derfor avsluttes fasen med en skriftlig avtale om "
            "oppfølging mellom søkeren og samarbeidspartnerne, der det går fram hvem som følger opp og hvor ofte. "
            "Får søkeren avslag, bør kommunen hjelpe husstanden med å finne en ny og egnet bolig.</p>"
        ),
        "results_intro": "Fasen er ferdig når:",
        "results": [
            "Søkeren har fått et begrunnet vedtak om innvilgelse eller avslag",
            "Ved innvilgelse er refinansieringen gjennomført, og husstanden har en mer oversiktlig økonomi og beholder boligen",
            "Det finnes en skriftlig plan, godkjent av alle parter, for hvem som følger opp søkeren og hvor ofte",
            "Ved avslag har husstanden fått hjelp til å finne en ny og egnet bolig",
        ],
        "task_groups": [
            {
                "heading": "Vurdering og vedtak",
                "tasks": [
                    {
                        "text": "Vurdere opplysningene i saken sammen med dem som har ansvar for de aktuelle områdene",
                        "responsible": ["saksbehandler", "okonomiradgiver", "nav"],
                        "sub_points": [
                            "Gir refinansieringen en bærekraftig økonomi over tid?",
                            "Bør startlånet kombineres med tilskudd til etablering, lengre nedbetalingstid eller en avdragsfri periode?",
                        ],
                    },
                    {
                        "text": "Gi foreløpig svar hvis søknaden ikke kan behandles innen rimelig tid",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Svaret skal si hvorfor saken tar tid, og når søkeren kan vente svar (forvaltningsloven § 11 a).",
                        ],
                    },
                    {
                        "text": "Fatte vedtak etter innstilling fra saksbehandleren",
                        "responsible": ["saksbehandler", "virksomhetsledere"],
                        "sub_points": [
                            "Er fullmaktene i kommunen avklart og skriftlige?",
                        ],
                    },
                    {
                        "text": "Skrive og sende begrunnet vedtak med informasjon om klageadgang",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Går det klart fram hvilke regler og hvilke fakta vedtaket bygger på?",
                            "Ved avslag: står begrunnelsen i selve vedtaket?",
                        ],
                    },
                ],
            },
            {
                "heading": "Gjennomføring og oppfølging",
                "tasks": [
                    {
                        "text": "Gjennomføre refinansieringen og innfri den dyre gjelden",
                        "responsible": ["saksbehandler", "bank"],
                        "sub_points": [
                            "Er gammel gjeld innfridd og pant slettet som avtalt?",
                        ],
                    },
                    {
                        "text": "Inngå en skriftlig oppfølgingsavtale med søkeren og samarbeidspartnerne",
                        "responsible": ["saksbehandler", "okonomiradgiver", "bruker"],
                        "sub_points": [
                            "Hvem følger opp, hvor ofte, og hva skjer hvis nye betalingsproblemer oppstår?",
                            "Trenger husstanden økonomisk rådgivning, frivillig forvaltning eller bo-oppfølging?",
                        ],
                    },
                    {
                        "text": "Hjelpe husstanden med å finne en ny og egnet bolig ved avslag",
                        "responsible": ["boligkontor", "nav", "saksbehandler"],
                        "sub_points": [
                            "Er det aktuelt med startlån til en rimeligere bolig, leie privat eller kommunal bolig?",
                            "Er det fattet vedtak om boligsosial bistand?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Vet vi hvordan det går med husstandene ett og to år etter at vi har refinansiert?",
            "Bruker vi handlingsrommet i regelverket, for eksempel lang nedbetalingstid og avdragsfrihet, godt nok?",
        ],
        "glossary_terms": [
            "startlan",
            "refinansiering",
            "tilskudd-til-etablering",
            "vedtak",
            "frivillig-forvaltning",
        ],
        "law_references": [
            "forskrift-lan-husbanken-5-3",
            "forvaltningsloven-11a",
            "forvaltningsloven-24",
            "forvaltningsloven-25",
            "forvaltningsloven-28",
            "boligsosialloven-6",
        ],
        "tools": [
            {
                "title": "Startskudd og e-søknad for startlån (Husbanken)",
                "description": "Husbankens obligatoriske saksbehandlingssystem for startlån, med trinnvis veiledning gjennom vilkårene. Husbanken har kurs og demoversjoner for saksbehandlere.",
                "url": "https://www.husbanken.no/kommune/startlaan/veileder/behandle-soknader/startskudd/",
            },
        ],
        "subprocesses": [],
    },
]
