"""Forhindre utkastelse: written from veiviseren.no (process overview, the three phase pages and the
sub-process «Gjennomføring av utkastelse»), Husbanken, politiet.no (namsfogden), domstol.no,
Leieboerforeningen, Statsforvalteren, Helsetilsynet, Bergen kommune, BT and Moss kommune
(see SOURCES)."""

AREA = "tilrettelegge-og-beholde-bolig"

SOURCES = [
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/tilrettelegge-og-beholde-bolig/forhindre-utkastelse",
        "title": "Forhindre utkastelse (veiviseren.no, arbeidsprosess)",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/tilrettelegge-og-beholde-bolig/forhindre-utkastelse/forebygge-utkastelser",
        "title": "Fase 1: Forebygge utkastelser (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/tilrettelegge-og-beholde-bolig/forhindre-utkastelse/forhindre-begjaeringer-om-utkastelse",
        "title": "Fase 2: Forhindre begjæringer om utkastelse (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/tilrettelegge-og-beholde-bolig/forhindre-utkastelse/forhindre-utkastelser",
        "title": "Fase 3: Forhindre utkastelser (veiviseren.no)",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/tilrettelegge-og-beholde-bolig/forhindre-utkastelse/forhindre-utkastelser/gjennomforing-av-utkastelse",
        "title": "Gjennomføring av utkastelse (veiviseren.no, delprosess)",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/forvaltning-drift-vedlikehold-fdv/valg-av-bolig-og-beboeroppflgning/oppfolgning-av-beboer-i-leieforhold",
        "title": "Oppfølgning av beboer i leieforhold (veiviseren.no) – viser til Bergen-brosjyrer og Moss-prosjektet",
    },
    {
        "url": "https://www.husbanken.no/boligsosialt-arbeid/boligsosial-planlegging/hvordan-redusere-antall-utkastelser-fra-bolig/",
        "title": "Hvordan redusere antall utkastelser fra bolig? (Husbanken)",
    },
    {
        "url": "https://www.politiet.no/tjenester/namsmann-og-forliksrad/krav-pa-annet-enn-penger/fravikelse-utkastelse/namsmannens-gjennomforing-av-fravikelse/",
        "title": "Namsmannens gjennomføring av fravikelse (politiet.no)",
    },
    {
        "url": "https://www.politiet.no/tjenester/namsmann-og-forliksrad/krav-pa-annet-enn-penger/fravikelse-utkastelse/leiperioden-utlopt-uten-at-leietaker-flytter/",
        "title": "Leieperioden utløpt uten at leietaker flytter (politiet.no)",
    },
    {
        "url": "https://www.domstol.no/enkelt-domstol/buskerud-tingrett/Nar-jeg-skal-i-retten/Tvangsfullbyrdelse/Fravikelse/",
        "title": "Fravikelse (Buskerud tingrett, domstol.no)",
    },
    {
        "url": "https://www.leieboerforeningen.no/Rettigheter/Annetnyttig/tabid/381/ID/1009/Varslingsregelen.aspx",
        "title": "Varslingsregelen (Leieboerforeningen)",
    },
    {
        "url": "https://jusinfo.no/boligrett/opphor-av-leieforholdet-fra-utleier/tvangsfravikelse/",
        "title": "Tvangsfravikelse (Jusinfo)",
    },
    {
        "url": "https://www.statsforvalteren.no/nb/innlandet/helse-omsorg-og-sosialtjenester/bolig-for-velferd/boligsosial-lov-tradte-i-kraft-01.07.23/",
        "title": "Boligsosial lov trådte i kraft 01.07.23 (Statsforvalteren i Innlandet)",
    },
    {
        "url": "https://www.husbanken.no/boligsosialt-arbeid/boligsosial-lov/",
        "title": "Lov om kommunenes ansvar på det boligsosiale feltet (Husbanken)",
    },
    {
        "url": "https://www.helsetilsynet.no/tilsyn/tilsynsrapporter/troms-og-finnmark/2025/balsfjord-kommune-tilsyn-nav-kontorets-oekonomisk-raadgivning-2025",
        "title": "Rapport etter tilsyn med Nav-kontoret i Balsfjord kommune – økonomisk rådgivning 2025 (Helsetilsynet)",
    },
    {
        "url": "https://www.bergen.kommune.no/hvaskjer/tema/kommunale-boligprosjekter/forskning-og-utredning/prosjekt-redusere-antall-utkastelser",
        "title": "Prosjekt redusere antall utkastelser (Bergen kommune)",
    },
    {
        "url": "https://www.bt.no/nyheter/lokalt/i/dv2Gq/Farre-kastes-ut-fra-kommunale-utleieboliger",
        "title": "Færre kastes ut fra kommunale utleieboliger (Bergens Tidende)",
    },
    {
        "url": "http://docplayer.me/3911804-Prosjekt-kontra-utkastelse.html",
        "title": "Moss kommune: Prosjekt Kontra utkastelse, sluttrapport pr. 31.12.08",
    },
    {
        "url": "http://docplayer.me/1097079-Husleielovens-varslingsregel.html",
        "title": "Arne Holm: Husleielovens varslingsregel (NIBR-rapport 2013:7)",
    },
]


WORK_PROCESS = {
    "title": "Forhindre utkastelse",
    "slug": "forhindre-utkastelse",
    "search_description": (
        "Slik kan kommunen og Nav forebygge og stanse utkastelser: tidlig oppfølging av restanser, "
        "varslingsregelen, samarbeid med namsfogden og hjelp ved fravikelse."
    ),
    "intro": (
        "<p>En utkastelse – i loven kalt fravikelse – er en stor belastning for den som mister hjemmet sitt, "
        "og særlig for barn. Den er også dyr og tidkrevende for utleieren, for Nav og for resten av "
        "hjelpeapparatet. Kommunen bør derfor arbeide for at det ikke blir sendt begjæring om utkastelse, og "
        "for at begjæringer som likevel blir sendt, ikke ender med at noen blir satt på gata. Å forhindre "
        "utkastelser var et prioritert innsatsområde i den nasjonale strategien Bolig for velferd (2014–2020), "
        "og arbeidet for at flere skal kunne beholde boligen sin ble videreført i strategien «Alle trenger et "
        "trygt hjem» (2021–2024).</p>"
        "<p>Arbeidsprosessen har tre faser som følger et leieforhold fra det går bra til det går galt: "
        "forebygging før noe har skjedd, innsats for å unngå at saken sendes til namsfogden, og innsats for å "
        "stanse en utkastelse som allerede er begjært. Under den siste fasen beskriver en egen delprosess hva "
        "som skjer når en utkastelse faktisk blir gjennomført, og hva kommunen da må gjøre.</p>"
    ),
    "background": (
        "<p>Grunnlaget for en begjæring om utkastelse kan være ubetalt husleie, at leieboeren ikke flytter når "
        "leietiden er ute eller etter en akseptert oppsigelse, eller alvorlige brudd på leieavtalen og "
        "husordensreglene, som bråk eller hærverk. Også mislighold av boliglån kan føre til at folk mister "
        "boligen, da gjennom tvangssalg. De fleste begjæringene i norske kommuner gjelder ubetalt husleie.</p>"
        "<p>Mange ber ikke om hjelp før saken har kommet langt, og noen først når låsen er skiftet. Nav får ofte "
        "ikke vite om misligholdet før namsfogden (tidligere namsmannen) sender melding om at en begjæring er "
        "mottatt. Da har restansen gjerne vokst, og gebyrer og omkostninger har kommet i tillegg. Jo tidligere "
        "tjenestene kommer inn, desto billigere og enklere er det å finne en løsning for leieboeren, utleieren "
        "og kommunen.</p>"
        "<p>Siden 1. juli 2023 har lov om kommunenes ansvar på det boligsosiale feltet (boligsosialloven) "
        "slått fast at vanskeligstilte på boligmarkedet har rett til individuelt tilpasset bistand for å "
        "skaffe seg <em>og beholde</em> en egnet bolig, og at kommunen skal fatte vedtak om bistanden. "
        "Tidligere lå dette ansvaret i medvirkningsplikten i sosialtjenesteloven § 15 og helse- og "
        "omsorgstjenesteloven § 3-7. Nav-kontorets plikter til å gi opplysning, råd og veiledning, "
        "økonomisk stønad og midlertidig botilbud følger fortsatt av sosialtjenesteloven.</p>"
    ),
    "body": (
        "<p>Hver fase har en kort beskrivelse, resultatene fasen skal gi, og oppgaver med forslag til hvem som "
        "har ansvaret. Fasene henger sammen: det som gjøres i fase 1, avgjør hvor ofte kommunen havner i fase "
        "2 og 3. Bruk oppgavene som utgangspunkt for kommunens egne skriftlige rutiner.</p>"
        "<h3>Hvem har ansvaret</h3>"
        "<p>Nav-kontoret har en nøkkelrolle, fordi det er Nav som gir økonomisk rådgivning og økonomisk stønad, "
        "og som mottar varsler fra utleiere og namsfogden. Boligkontoret eller eiendomsforvaltningen har "
        "ansvar for oppfølging av husleierestanser og leieforhold i de kommunale boligene. Bo-oppfølgere, "
        "helse- og omsorgstjenesten og barnevernstjenesten fanger ofte opp problemer først. Rutinene for "
        "samarbeidet bør forankres hos kommunedirektøren (rådmannen) eller politisk, slik at fullmakter og "
        "ressurser er avklart før sakene oppstår.</p>"
    ),
    "kind": "linear",
    "glossary_terms": [
        "utkastelse",
        "fravikelse",
        "begjaering-om-fravikelse",
        "varslingsregelen",
        "mislighold",
        "namsfogden",
        "tvangsgrunnlag",
        "losore",
        "gjeldsordning",
        "okonomisk-radgivning",
        "bostotte",
        "vanskeligstilt-pa-boligmarkedet",
        "oppfolgingstjenester-i-bolig",
        "samordning",
    ],
    "law_references": [
        "boligsosialloven-6",
        "husleieloven-9-11",
        "tvangsfullbyrdelsesloven-13-2",
        "sosialtjenesteloven-17",
        "sosialtjenesteloven-18",
        "sosialtjenesteloven-27",
    ],
    "target_groups": [
        "vanskeligstilte-pa-boligmarkedet",
        "barnefamilier",
        "personer-med-rusproblemer",
        "personer-med-psykiske-lidelser",
        "bostedslose",
    ],
    "themes": [
        "Forebygging av utkastelser",
        "Kommunale utleieboliger",
        "Oppfølging i bolig",
        "Tverrfaglig samarbeid",
        "Barn og unge",
    ],
}

PHASES = [
    {
        "number": 1,
        "title": "Forebygge utkastelser",
        "slug": "forebygge-utkastelser",
        "short_description": (
            "<p>Den beste måten å unngå utkastelser på er å hindre at problemene oppstår. Allerede ved innflytting "
            "eller låneopptak bør leieboere og låntakere få vite hva de har forpliktet seg til, hvilke "
            "husordensregler som gjelder, og hva som skjer hvis husleie eller lån ikke blir betalt. For noen kan "
            "det være aktuelt å avtale frivillig trekk i trygd eller lønn, slik at de faste boutgiftene alltid "
            "blir dekket.</p>"
            "<p>Deretter handler forebyggingen om å følge med. Nav, bo-oppfølgere og andre tjenester som er i "
            "kontakt med personen, bør spørre om bosituasjonen og om regningene blir betalt. Når husleien ikke "
            "blir betalt, haster det. Den som først oppdager problemet, må sørge for at Nav-kontoret er koblet "
            "på. Kommunen bør også sikre at husstanden får bostøtte og andre ytelser den har krav på, og tilby "
            "økonomisk rådgivning, praktisk bistand og eventuelt hjelp til å bytte til en rimeligere eller bedre "
            "egnet bolig.</p>"
            "<p>Barnefamilier er særlig sårbare. Tjenestene bør se hele familien og gi foreldre støtte og "
            "veiledning i vanskelige perioder, slik at barna ikke blir de som betaler prisen.</p>"
        ),
        "results_intro": "Fasen er på plass når kommunen har et forebyggende arbeid som fanger opp problemer før de vokser:",
        "results": [
            "Leietakere i kommunale boliger og låntakere med startlån har fått muntlig og skriftlig informasjon om plikter, husordensregler og følgene av manglende betaling",
            "Tjenestene som har kontakt med personen, spør jevnlig om husleie og faste regninger blir betalt",
            "Det er avklart hvem som kobler inn Nav-kontoret når noen ser tegn til betalingsproblemer",
            "Husstanden har søkt bostøtte og andre ytelser den kan ha rett til",
            "Behovet for økonomisk rådgivning, frivillig trekk, praktisk bistand eller bytte av bolig er vurdert",
            "Barnas situasjon er vurdert særskilt i familier med økonomiske problemer",
        ],
        "task_groups": [
            {
                "heading": "Informasjon ved innflytting og låneopptak",
                "tasks": [
                    {
                        "text": "Gå gjennom leiekontrakten, husordensreglene og følgene av å ikke betale husleie med nye leietakere",
                        "responsible": ["boligkontor", "eiendom"],
                        "sub_points": [
                            "Har leietakeren forstått informasjonen, og trengs det tolk?",
                            "Finnes det skriftlig informasjon på et enkelt språk, gjerne på flere språk?",
                            "Vet leietakeren hvem hun eller han skal kontakte hvis det blir vanskelig å betale?",
                        ],
                    },
                    {
                        "text": "Informere låntakere med startlån om betalingsplikten og om hva de bør gjøre tidlig hvis de får betalingsproblemer",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Kjenner låntakeren muligheten for betalingsutsettelse eller endring av nedbetalingsplan?",
                        ],
                    },
                    {
                        "text": "Tilby avtale om frivillig trekk i trygd eller lønn der det er hensiktsmessig",
                        "responsible": ["nav", "boligkontor", "bruker"],
                        "sub_points": [
                            "Gjelder det noen som tidligere har latt være å betale husleien flere ganger?",
                            "Frivillig trekk bygger på samtykke. Tvangstrekk kan bare besluttes av namsmyndighetene.",
                        ],
                    },
                ],
            },
            {
                "heading": "Fange opp tidlige tegn",
                "tasks": [
                    {
                        "text": "Spørre jevnlig om husleie, strøm og andre faste regninger blir betalt",
                        "responsible": ["nav", "bo-oppfolger", "helse-og-omsorg"],
                        "sub_points": [
                            "Er spørsmålet en fast del av samtaler, hjemmebesøk og ansvarsgruppemøter?",
                            "Har det skjedd endringer i inntekt, helse eller familie som kan gi betalingsproblemer?",
                        ],
                    },
                    {
                        "text": "Sørge for at Nav-kontoret blir kontaktet så snart noen ser tegn til at husleien ikke blir betalt",
                        "responsible": [
                            "helse-og-omsorg",
                            "bo-oppfolger",
                            "boligkontor",
                            "barnevern",
                        ],
                        "sub_points": [
                            "Har personen gitt samtykke til at opplysninger kan deles, eller må vedkommende selv ta kontakt med Nav?",
                        ],
                    },
                    {
                        "text": "Følge opp restanser i de kommunale boligene fra første uteblitte innbetaling",
                        "responsible": ["eiendom", "boligkontor"],
                        "sub_points": [
                            "Hvem får oversikten over restanser, og hvor raskt kommer den fram?",
                            "Er det fast rutine for første kontakt med leietakeren, for eksempel en telefon eller et hjemmebesøk?",
                        ],
                    },
                ],
            },
            {
                "heading": "Sikre inntekt og kontroll over økonomien",
                "tasks": [
                    {
                        "text": "Informere om bostøtte og hjelpe til med søknaden",
                        "responsible": ["boligkontor", "saksbehandler", "nav"],
                        "sub_points": [
                            "Er boutgiftene og inntektene registrert riktig, slik at bostøtten blir riktig beregnet?",
                        ],
                    },
                    {
                        "text": "Kartlegge om husstanden har rett til andre ytelser, og hjelpe til med å søke",
                        "responsible": ["nav"],
                        "sub_points": [
                            "Er det behov for økonomisk stønad i en overgangsperiode?",
                        ],
                    },
                    {
                        "text": "Tilby økonomisk rådgivning og gjeldsrådgivning",
                        "responsible": ["okonomiradgiver", "nav"],
                        "sub_points": [
                            "Økonomisk rådgivning er en tjeneste etter sosialtjenesteloven § 17, og Nav-kontoret skal fatte skriftlig vedtak om den.",
                            "Trenger personen hjelp til budsjett, forhandling med kreditorer eller søknad om gjeldsordning?",
                        ],
                    },
                    {
                        "text": "Vurdere frivillig forvaltning av økonomien i en avgrenset periode",
                        "responsible": ["nav", "bruker"],
                        "sub_points": [
                            "Er avtalen tidsavgrenset, og er det avtalt når den skal evalueres?",
                        ],
                    },
                ],
            },
            {
                "heading": "Praktisk bistand, bolig og familie",
                "tasks": [
                    {
                        "text": "Vurdere praktisk bistand og veiledning i boligen",
                        "responsible": ["bo-oppfolger", "helse-og-omsorg"],
                        "sub_points": [
                            "Trenger personen hjelp til å holde orden på post, regninger og avtaler?",
                        ],
                    },
                    {
                        "text": "Vurdere bytte til en rimeligere eller bedre egnet bolig før problemene vokser",
                        "responsible": ["boligkontor", "bruker"],
                        "sub_points": [
                            "Står boutgiftene i rimelig forhold til inntekten over tid?",
                        ],
                    },
                    {
                        "text": "Ivareta barnas situasjon og gi foreldrene støtte og veiledning",
                        "responsible": ["nav", "barnevern", "helse-og-omsorg"],
                        "sub_points": [
                            "Hva betyr et mulig boligtap for barnas skole, fritid og nettverk?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvor tidlig får Nav-kontoret i dag vite at noen ikke betaler husleien – og hvem sier fra?",
            "Er informasjonen vi gir ved innflytting skrevet slik at leietakerne faktisk forstår den?",
            "Hvordan ser vi barnas behov når en familie får økonomiske problemer?",
        ],
        "glossary_terms": [
            "mislighold",
            "bostotte",
            "okonomisk-radgivning",
            "frivillig-forvaltning",
            "oppfolgingstjenester-i-bolig",
            "familie",
        ],
        "law_references": [
            "boligsosialloven-6",
            "sosialtjenesteloven-17",
            "sosialtjenesteloven-18",
        ],
        "tools": [
            {
                "title": "Brosjyren «Hva skjer om jeg ikke betaler husleien?» (Bergen kommune)",
                "description": "Informasjon til kommunale leietakere om hva som skjer ved manglende betaling. Veiviseren viste til brosjyren som et eksempel på god leietakerinformasjon.",
                "url": "",
            },
            {
                "title": "Brosjyren «Et tilbud til deg som står i fare for å miste boligen» (Bergen kommune)",
                "description": "Informasjon om hvilken hjelp kommunen kan gi leietakere som står i fare for å miste boligen.",
                "url": "",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 2,
        "title": "Forhindre begjæringer om utkastelse",
        "slug": "forhindre-begjaeringer-om-utkastelse",
        "short_description": (
            "<p>Å forhindre en begjæring om utkastelse betyr å løse saken før namsfogden blir koblet inn. Det er "
            "langt mindre ressurskrevende enn å stanse en utkastelse som allerede er begjært, og det sparer både "
            "leieboeren og utleieren for store menneskelige og økonomiske belastninger.</p>"
            "<p>Kommunen bør ha skriftlige rutiner for dette arbeidet: hvem som gjør hva, hvilke etater som har "
            "ansvar, hvilke fullmakter som gjelder, og hvordan tjenestene samarbeider. Rutinene bør være "
            "forankret hos kommunedirektøren eller politisk, slik at løsningen som velges i den enkelte saken, "
            "faktisk kan gjennomføres. Kommunen bør også regne på hva en utkastelse koster – med ny bolig, "
            "midlertidig botilbud og flere tjenester – sammenlignet med bistand som gjør at husstanden kan bli "
            "boende.</p>"
            "<p>Økonomisk mislighold er den vanligste årsaken, men også andre brudd på leiekontrakten, som bråk, "
            "skade på boligen eller brudd på husordensreglene, kan gi grunnlag for utkastelse. Gjelder det en "
            "eid bolig, er det mislighold av lån som kan ende med tvangssalg.</p>"
        ),
        "results_intro": "Fasen er ferdig når saken er løst uten at den er sendt til namsfogden:",
        "results": [
            "Kommunen har skriftlige rutiner med ansvar, fullmakter og samarbeidsformer, forankret hos kommunedirektøren eller politisk",
            "Misligholdet er oppdaget tidlig, og leieboeren og Nav-kontoret er kontaktet",
            "Årsaken til misligholdet og husstandens samlede økonomi er kartlagt",
            "Leieboeren og utleieren har en skriftlig avtale om nedbetaling eller en annen løsning",
            "Kostnadene ved utkastelse er veid mot kostnadene ved bistand til å bli boende",
            "Der det ikke finnes noen løsning, er det planlagt en overgang til en annen egnet bolig",
        ],
        "task_groups": [
            {
                "heading": "Rutiner, ansvar og fullmakter",
                "tasks": [
                    {
                        "text": "Utarbeide skriftlige rutiner for arbeidet med å forhindre begjæringer om utkastelse",
                        "responsible": ["virksomhetsledere", "boligkontor", "nav"],
                        "sub_points": [
                            "Hvem oppdager misligholdet, hvem kontakter leieboeren, og hvem har ansvar for å finne en løsning?",
                            "Hvordan deles informasjon mellom utleieren, boligkontoret og Nav innenfor reglene om taushetsplikt?",
                            "Hvilke frister gjelder for hvert trinn?",
                        ],
                    },
                    {
                        "text": "Forankre rutinene hos kommunedirektøren eller politisk",
                        "responsible": ["radmann", "kommunestyret"],
                        "sub_points": [
                            "Er det avsatt ressurser til oppfølging og eventuell økonomisk stønad?",
                        ],
                    },
                    {
                        "text": "Avklare fullmakter til betalingsutsettelse, nedbetalingsavtaler og økonomisk stønad",
                        "responsible": ["radmann", "eiendom", "nav"],
                        "sub_points": [
                            "Hvem kan gi betalingsutsettelse i kommunale boliger uten å måtte løfte saken?",
                        ],
                    },
                    {
                        "text": "Gjøre varslingsregelen i husleieloven § 9-11 kjent for kommunale og private utleiere",
                        "responsible": ["boligkontor", "nav", "utleier"],
                        "sub_points": [
                            "Vet de største utleierne i kommunen hvor varselet skal sendes?",
                            "Har kommunen selv, som utleier, en rutine for å varsle Nav?",
                        ],
                    },
                    {
                        "text": "Avtale med namsfogden hvordan kommunen kan få vite om varsler og begjæringer så tidlig som mulig",
                        "responsible": ["nav", "namsfogden"],
                        "sub_points": [
                            "Hva kan namsfogden dele, og hva krever samtykke fra leieboeren?",
                        ],
                    },
                ],
            },
            {
                "heading": "Når husleien ikke blir betalt",
                "tasks": [
                    {
                        "text": "Kontakte leieboeren raskt når restansen blir oppdaget, og koble inn Nav-kontoret",
                        "responsible": ["eiendom", "boligkontor", "nav"],
                        "sub_points": [
                            "Saken kan også bli kjent gjennom en bekymringsmelding, en forespørsel om betalingsutsettelse eller en søknad om økonomisk hjelp – rutinen må fange opp alle veiene inn.",
                        ],
                    },
                    {
                        "text": "Kartlegge årsaken til misligholdet og husstandens samlede inntekter, utgifter og gjeld",
                        "responsible": ["nav", "okonomiradgiver"],
                        "sub_points": [
                            "Er dette en engangshendelse eller en del av et større gjeldsproblem?",
                            "Er bostøtte og andre ytelser søkt og riktig beregnet?",
                        ],
                    },
                    {
                        "text": "Forhandle fram en skriftlig nedbetalingsavtale med utleieren",
                        "responsible": ["bruker", "utleier", "nav"],
                        "sub_points": [
                            "Er avdragene realistiske ut fra budsjettet?",
                            "Hvem følger med på at avtalen blir overholdt?",
                        ],
                    },
                    {
                        "text": "Vurdere økonomisk stønad til å dekke restansen",
                        "responsible": ["nav"],
                        "sub_points": [
                            "Er stønad til restansen nok til å løse saken, eller må den kombineres med rådgivning og oppfølging?",
                        ],
                    },
                ],
            },
            {
                "heading": "Andre brudd på leieforholdet",
                "tasks": [
                    {
                        "text": "Ta tak i klager på bråk, skade eller brudd på husordensreglene med en gang",
                        "responsible": ["eiendom", "boligkontor"],
                        "sub_points": [
                            "Er leieboeren hørt, og er samtalen og eventuelle advarsler dokumentert skriftlig?",
                        ],
                    },
                    {
                        "text": "Vurdere behovet for oppfølgingstjenester, rus- og psykisk helsehjelp",
                        "responsible": ["helse-og-omsorg", "bo-oppfolger"],
                        "sub_points": [
                            "Kan tettere oppfølging i en periode gjøre at leieforholdet kan fortsette?",
                        ],
                    },
                    {
                        "text": "Vurdere om en annen bolig eller et annet bomiljø vil passe bedre",
                        "responsible": ["boligkontor"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Når boligen er eid",
                "tasks": [
                    {
                        "text": "Reagere raskt på mislighold av startlån, kommunale avgifter eller henvendelser fra banken",
                        "responsible": ["saksbehandler", "okonomiradgiver"],
                        "sub_points": [
                            "Har kommunen rutiner for å oppdage mislighold av egne startlån?",
                        ],
                    },
                    {
                        "text": "Vurdere refinansiering med startlån, betalingsutsettelse eller gjeldsordning",
                        "responsible": ["saksbehandler", "okonomiradgiver", "nav"],
                        "sub_points": [
                            "Se arbeidsprosessen «Refinansiering med startlån».",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hva koster det kommunen når en familie blir kastet ut, sammenlignet med å hjelpe dem å bli boende?",
            "Kjenner de som skal bruke rutinene, faktisk til dem?",
        ],
        "glossary_terms": [
            "mislighold",
            "varslingsregelen",
            "begjaering-om-fravikelse",
            "okonomisk-radgivning",
            "refinansiering",
            "startlan",
            "gjeldsordning",
        ],
        "law_references": [
            "husleieloven-9-11",
            "husleieloven-9-9",
            "boligsosialloven-6",
            "sosialtjenesteloven-17",
            "sosialtjenesteloven-18",
            "gjeldsordningsloven",
        ],
        "tools": [],
        "subprocesses": [],
    },
    {
        "number": 3,
        "title": "Forhindre utkastelser",
        "slug": "forhindre-utkastelser",
        "short_description": (
            "<p>Ofte får Nav-kontoret først vite om misligholdet når namsfogden sender melding om at det er kommet "
            "en begjæring om utkastelse. Da har saken pågått en stund, og gebyrer og omkostninger øker raskt. "
            "Tidlig kontakt mellom namsfogden, kommunen og leieboeren er derfor avgjørende, og kommunen må "
            "reagere samme dag som melding eller varsel kommer.</p>"
            "<p>En del utkastelser kan stanses fordi grunnlaget ikke holder. Fravikelse uten dom krever en "
            "skriftlig leieavtale, underskrevet av leieboeren, med en klausul om at leieboeren godtar "
            "tvangsfravikelse ved manglende betaling eller når leietiden er ute. Har utleieren unnlatt å sende "
            "skriftlig flytteoppfordring innen tre måneder etter at en tidsbestemt avtale løp ut, går avtalen "
            "over til å gjelde på ubestemt tid. Og en oppsigelse som leieboeren protesterer skriftlig på innen "
            "én måned, gir ikke grunnlag for utkastelse uten videre.</p>"
            "<p>Der grunnlaget er i orden, handler fasen om å finne en løsning før fravikelsen gjennomføres. "
            "Saken stanser hvis skyldig husleie og omkostninger blir betalt før utkastelsen er gjennomført. "
            "Lykkes det ikke, må kommunen sørge for at husstanden har et sted å bo.</p>"
        ),
        "results_intro": "Fasen er ferdig når utkastelsen er avverget – eller når husstanden har fått hjelp til en ordnet overgang:",
        "results": [
            "Varsler fra utleiere og namsfogden blir fordelt og fulgt opp samme dag",
            "Leieboeren er kontaktet, og grunnlaget for begjæringen er gjennomgått sammen med henne eller ham",
            "Eventuelle innsigelser er sendt til namsfogden innen fristen",
            "Restanse og omkostninger er dekket eller avtalt nedbetalt, slik at utleieren trekker begjæringen",
            "Der utkastelsen ikke kan avverges, er ny bolig eller midlertidig botilbud klart, og barnas situasjon er ivaretatt",
        ],
        "task_groups": [
            {
                "heading": "Når varsel eller melding kommer",
                "tasks": [
                    {
                        "text": "Registrere og fordele varsler fra utleiere og meldinger fra namsfogden samme dag",
                        "responsible": ["nav"],
                        "sub_points": [
                            "Har Nav-kontoret en fast mottaker og en stedfortreder for slike varsler?",
                            "For at Nav skal rekke å handle, bør det gå minst to uker fra utleieren varsler Nav til begjæringen sendes namsfogden.",
                            "Leieboere kan reservere seg skriftlig mot at utleieren varsler Nav. Respekter reservasjonen, men tilby hjelp på andre måter.",
                        ],
                    },
                    {
                        "text": "Ta kontakt med leieboeren straks, helst ved et personlig møte",
                        "responsible": ["nav", "bo-oppfolger"],
                        "sub_points": [
                            "Vet leieboeren hvilke frister som løper, og hva som skjer hvis de går ut?",
                        ],
                    },
                    {
                        "text": "Gå gjennom grunnlaget for begjæringen sammen med leieboeren",
                        "responsible": ["nav", "okonomiradgiver", "bruker"],
                        "sub_points": [
                            "Er leieavtalen skriftlig og underskrevet, og inneholder den en klausul om tvangsfravikelse?",
                            "Stemmer kravet, eller har utleieren krevd for mye eller lagt på ulovlige gebyrer?",
                            "Har utleieren sendt skriftlig flytteoppfordring innen tre måneder etter at leietiden løp ut?",
                            "Var leietiden i strid med husleielovens regler om minstetid?",
                            "Oppfylte oppsigelsen formkravene, og har leieboeren protestert skriftlig innen én måned?",
                        ],
                    },
                ],
            },
            {
                "heading": "Finne en løsning",
                "tasks": [
                    {
                        "text": "Vurdere økonomisk stønad til restanse og omkostninger",
                        "responsible": ["nav"],
                        "sub_points": [
                            "Utkastelsen avverges hvis leie og omkostninger blir betalt før fravikelsen er gjennomført.",
                            "Bør stønaden kombineres med frivillig trekk eller forvaltning for å hindre ny restanse?",
                        ],
                    },
                    {
                        "text": "Forhandle med utleieren om å trekke begjæringen mot en betalingsavtale",
                        "responsible": ["nav", "boligkontor", "utleier"],
                        "sub_points": [
                            "Hva trenger utleieren for å føle seg trygg på at leieforholdet kan fortsette?",
                        ],
                    },
                    {
                        "text": "Hjelpe leieboeren med å sende innsigelser til namsfogden innen fristen",
                        "responsible": ["nav", "bruker"],
                        "sub_points": [
                            "Leieboeren har normalt 14 dager til å uttale seg etter at namsfogden har sendt begjæringen.",
                            "Ta vare på kopier av protester, kvitteringer og brev.",
                        ],
                    },
                    {
                        "text": "Vurdere tettere oppfølging i boligen etter at saken er løst",
                        "responsible": ["bo-oppfolger", "helse-og-omsorg"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Når utkastelsen ikke kan avverges",
                "tasks": [
                    {
                        "text": "Skaffe ny bolig, eller midlertidig botilbud dersom det ikke er mulig før fravikelsen",
                        "responsible": ["nav", "boligkontor"],
                        "sub_points": [
                            "Nav-kontoret har plikt til å finne midlertidig botilbud for dem som ikke klarer det selv (sosialtjenesteloven § 27).",
                            "Er det truffet vedtak om boligsosial bistand etter boligsosialloven § 6?",
                        ],
                    },
                    {
                        "text": "Sikre at barn i husstanden får en trygg overgang",
                        "responsible": ["nav", "barnevern"],
                        "sub_points": [
                            "Kan barna fortsette på samme skole og barnehage?",
                        ],
                    },
                    {
                        "text": "Planlegge hva som skal skje med innbo og løsøre",
                        "responsible": ["nav", "bruker"],
                        "sub_points": [
                            "Se delprosessen «Gjennomføring av utkastelse».",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvor lang tid går det hos oss fra namsfogden sender melding til noen fra kommunen har snakket med leieboeren?",
            "Sjekker vi rutinemessig om grunnlaget for begjæringen holder, eller tar vi det for gitt?",
        ],
        "glossary_terms": [
            "fravikelse",
            "begjaering-om-fravikelse",
            "tvangsgrunnlag",
            "varslingsregelen",
            "namsfogden",
            "tidsbestemt-leieavtale",
        ],
        "law_references": [
            "husleieloven-9-11",
            "husleieloven-9-2",
            "husleieloven-9-3",
            "husleieloven-9-7",
            "husleieloven-9-8",
            "tvangsfullbyrdelsesloven-13-2",
            "tvangsfullbyrdelsesloven-13-6",
            "sosialtjenesteloven-27",
            "boligsosialloven-6",
        ],
        "tools": [],
        "subprocesses": [
            {
                "title": "Gjennomføring av utkastelse",
                "slug": "gjennomforing-av-utkastelse",
                "background": (
                    "<p>I noen få saker blir utkastelsen gjennomført. Det er krevende for alle som er involvert, og "
                    "mest for den som mister hjemmet. Kommunen har ikke myndighet i selve fravikelsen, men har "
                    "ansvar for at personen får bistand og et sted å bo, og for at overgangen blir så skånsom som "
                    "mulig.</p>"
                ),
                "short_description": (
                    "<p>Fravikelse er den juridiske betegnelsen på utkastelse. Det betyr at namsfogden gir utleieren "
                    "tilbake retten til å disponere boligen. Bare namsfogden kan gjennomføre en utkastelse – "
                    "utleieren kan verken skifte lås, slå av strømmen eller bære ut tingene selv. Loven stiller "
                    "formelle krav og frister før en begjæring kan sendes, og prosessen tar tid og kan være "
                    "konfliktfylt.</p>"
                    "<p>Enhver utkastelse starter med at utleieren sender et skriftlig varsel etter "
                    "tvangsfullbyrdelsesloven § 4-18. Leieboeren får 14 dager til å betale eller flytte. Deretter "
                    "kan utleieren sende begjæring om fravikelse til namsfogden der boligen ligger. Leieboeren får "
                    "melding og normalt 14 dager til å komme med innsigelser, før namsfogden fastsetter og varsler "
                    "en dato. Begjæringer som bygger på heving av leieavtalen eller på at leieboeren åpenbart ikke "
                    "har rett til å bo der, behandles av tingretten. Saken avsluttes hvis leieboeren betaler "
                    "skyldig leie og omkostninger før fravikelsen er gjennomført.</p>"
                ),
                "results_intro": "Delprosessen er avsluttet når:",
                "results": [
                    "Utleieren har fått tilbake disposisjonsretten til boligen",
                    "Personen har et sted å bo, midlertidig eller varig",
                    "Innbo og løsøre er hentet, lagret eller håndtert etter namsfogdens beslutning",
                    "Videre oppfølging er avtalt, slik at personen ikke blir stående uten bistand",
                ],
                "task_groups": [
                    {
                        "heading": "Varsel og begjæring",
                        "tasks": [
                            {
                                "text": "Sende skriftlig varsel etter tvangsfullbyrdelsesloven § 4-18 med 14 dagers frist",
                                "responsible": ["utleier", "eiendom"],
                                "sub_points": [
                                    "Varselet må si hva som vil skje hvis leieboeren ikke betaler eller flytter.",
                                    "Ved utløpt leietid må det også være sendt skriftlig flytteoppfordring.",
                                    "Politiet har maler for varsel og begjæring.",
                                ],
                            },
                            {
                                "text": "Sende begjæring om fravikelse til namsfogden, eller til tingretten der grunnlaget er heving",
                                "responsible": ["utleier", "eiendom"],
                                "sub_points": [
                                    "Begjæringen kan ikke sendes før fristen i varselet har gått ut.",
                                    "Når kommunen selv er utleier: er Nav varslet i god tid, og er alle muligheter for løsning prøvd?",
                                ],
                            },
                            {
                                "text": "Følge opp leieboeren mens saken er hos namsfogden",
                                "responsible": ["nav", "bo-oppfolger"],
                                "sub_points": [
                                    "Det er fortsatt mulig å avverge utkastelsen ved å betale leie og omkostninger.",
                                ],
                            },
                        ],
                    },
                    {
                        "heading": "Selve fravikelsen",
                        "tasks": [
                            {
                                "text": "Gjennomføre fravikelsen på stedet sammen med utleieren og låsesmed",
                                "responsible": ["namsfogden", "utleier"],
                                "sub_points": [
                                    "Fravikelsen gjennomføres selv om leieboeren ikke er til stede.",
                                    "Leieboeren får skriftlig beskjed om fristen for å hente eiendelene sine.",
                                    "Namsfogden avgjør om nøklene skal overleveres utleieren, og plomberer vanligvis døren.",
                                ],
                            },
                            {
                                "text": "Vurdere om noen fra kommunen bør være til stede eller tilgjengelig på dagen",
                                "responsible": ["nav", "bo-oppfolger"],
                                "sub_points": [
                                    "Vet personen hvor hun eller han skal sove samme natt?",
                                    "Trengs det hjelp med medisiner, dyr eller viktige papirer?",
                                ],
                            },
                            {
                                "text": "Sørge for midlertidig eller varig botilbud fra samme dag",
                                "responsible": ["nav", "boligkontor"],
                                "sub_points": [
                                    "Oppfyller det midlertidige botilbudet kravene til forsvarlighet, særlig for barn?",
                                ],
                            },
                        ],
                    },
                    {
                        "heading": "Løsøre og oppfølging etterpå",
                        "tasks": [
                            {
                                "text": "Hjelpe personen med å hente eller lagre innbo og løsøre innen fristen",
                                "responsible": ["nav", "bruker"],
                                "sub_points": [
                                    "Leieboeren har 14 dager på å hente tingene sine. Hentes de ikke, sender namsfogden et nytt varsel før tingene registreres og enten selges eller kastes.",
                                    "Utleieren kan ikke selv selge eller kaste tingene uten namsfogdens beslutning.",
                                ],
                            },
                            {
                                "text": "Informere om adgangen til å klage på namsfogdens avgjørelser til tingretten",
                                "responsible": ["nav"],
                                "sub_points": [
                                    "En klage stanser som hovedregel ikke gjennomføringen.",
                                ],
                            },
                            {
                                "text": "Avtale videre oppfølging, økonomisk rådgivning og eventuelt bo-oppfølging i ny bolig",
                                "responsible": ["nav", "bo-oppfolger", "okonomiradgiver"],
                                "sub_points": [
                                    "Hva må til for at det ikke skjer igjen?",
                                ],
                            },
                        ],
                    },
                ],
                "glossary_terms": [
                    "fravikelse",
                    "utkastelse",
                    "begjaering-om-fravikelse",
                    "losore",
                    "namsfogden",
                    "tvangsgrunnlag",
                ],
                "law_references": [
                    "tvangsfullbyrdelsesloven-4-18",
                    "tvangsfullbyrdelsesloven-13-2",
                    "tvangsfullbyrdelsesloven-13-6",
                    "tvangsfullbyrdelsesloven-13-11",
                    "tvangsfullbyrdelsesloven-5-16",
                    "sosialtjenesteloven-27",
                ],
                "tools": [
                    {
                        "title": "Maler for varsel etter § 4-18, flytteoppfordring og begjæring om fravikelse (politiet.no)",
                        "description": "Politiets sider om fravikelse har maler for varsel, flytteoppfordring og skjema for begjæring om fravikelse til namsfogden.",
                        "url": "https://www.politiet.no/tjenester/namsmann-og-forliksrad/krav-pa-annet-enn-penger/fravikelse-utkastelse/leiperioden-utlopt-uten-at-leietaker-flytter/",
                    },
                ],
            },
        ],
    },
]
