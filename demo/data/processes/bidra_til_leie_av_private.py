"""Bidra til leie av privat bolig: written from veiviseren.no (process overview, the phase pages
Kartleggingsprosess, Kontraktsinngåelse, depositum og garanti, Overtakelsesprosess og innflytting,
Oppfølging og utflytting, and «Sosialfaglige tips i møte med boligsøker»), Husleietvistutvalget,
Husbanken (FINN hjerterom), Oslo kommune's Metodehåndbok i boligframskaffelse, Trondheim's
metodehefte and veiviseren's example from Sandnes (see SOURCES). No stored page was found for
phase 2 «Finne egnet bolig og visning»; that phase is written from the overview, the neighbouring
phases and the other sources."""

AREA = "tilrettelegge-og-beholde-bolig"

SOURCES = [
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/leie-og-kjop-av-bolig/bidra-til-leie-av-private/bidra-til-leie-av-privat-bolig",
        "title": "Bidra til leie av privat bolig (veiviseren.no, arbeidsprosess)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/leie-og-kjop-av-bolig/bidra-til-leie-av-private/bidra-til-leie-av-privat-bolig/kartleggingsprosess",
        "title": "Fase 1: Kartleggingsprosess (veiviseren.no)",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/leie-og-kjop-av-bolig/bidra-til-leie-av-private/bidra-til-leie-av-privat-bolig/kontraktsinngaelse-depositum-og-garanti",
        "title": "Fase 3: Kontraktsinngåelse, depositum og garanti (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/leie-og-kjop-av-bolig/bidra-til-leie-av-private/bidra-til-leie-av-privat-bolig/overtakelsesprosess-og-innflytting",
        "title": "Fase 4: Overtakelsesprosess og innflytting (veiviseren.no)",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/leie-og-kjop-av-bolig/bidra-til-leie-av-private/bidra-til-leie-av-privat-bolig/oppfolging-og-utflytting",
        "title": "Fase 5: Oppfølging og utflytting (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/leie-og-kjop-av-bolig/bidra-til-leie-av-private/sosialfaglige-tips-i-mte-med-boligsker",
        "title": "Sosialfaglige tips i møte med boligsøker (veiviseren.no)",
    },
    {
        "url": "http://docplayer.me/3232971-Metodehandbok-i-boligframskaffelse.html",
        "title": "Metodehåndbok i boligframskaffelse (Boligsosialt utviklingsprogram i Oslo, 2014)",
    },
    {
        "url": "https://www.htu.no/rettigheter-og-plikter/depositum-og-garanti",
        "title": "Depositum og garanti (Husleietvistutvalget)",
    },
    {"url": "https://www.htu.no/artikler/garanti", "title": "Garanti (Husleietvistutvalget)"},
    {
        "url": "https://www.htu.no/nn/artiklar/det-loner-seg-a-skrive-protokoll-ved-innflytting-og-utflytting",
        "title": "Det løner seg å skrive protokoll ved innflytting og utflytting (Husleietvistutvalget)",
    },
    {
        "url": "https://www.husbanken.no/boligsosialt-arbeid/finn-hjerterom/",
        "title": "FINN hjerterom, og boliger med god kvalitet til bosetting av flyktninger (Husbanken)",
    },
    {
        "url": "https://faerder.kommune.no/politikk-samfunn-og-organisasjon/samfunn/ukraina-og-var-beredskap/til-deg-som-vil-finne-bolig-selv/",
        "title": "Til deg som vil finne bolig selv (Færder kommune)",
    },
    {
        "url": "http://docplayer.me/576934-Privat-leie-av-bolig-nybosetting-av-flyktninger-til-private-utleieboliger.html",
        "title": "Privat leie av bolig. Nybosetting av flyktninger til private utleieboliger (Trondheim kommune, Husbanken og IMDi)",
    },
    {
        "url": "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/bosetting-av-flyktninger-i-privat-leiemarked",
        "title": "Bosetting av flyktninger i privat leiemarked (veiviseren.no, eksempel fra Sandnes)",
    },
    {
        "url": "http://docplayer.me/721516-Pa-vei-til-egen-boligkarriere-delrapport-3-private-leiemarked.html",
        "title": "På vei til egen boligkarriere. Delrapport 3 Private leiemarked (Porsgrunn)",
    },
]


WORK_PROCESS = {
    "title": "Bidra til leie av privat bolig",
    "slug": "bidra-til-leie-av-private",
    "search_description": (
        "Slik kan kommunen hjelpe vanskeligstilte å leie bolig på det private markedet: kartlegging, "
        "visning, kontrakt, depositum og garanti, innflytting og oppfølging."
    ),
    "intro": (
        "<p>Det private leiemarkedet er en viktig ressurs for kommunen. Når flere vanskeligstilte leier privat, "
        "lettes presset på de kommunale boligene, boligsøkeren får flere å velge mellom, og kommunen har større "
        "mulighet til å finne en bolig som passer. Det gir også mer blandede bomiljøer og bedre muligheter for "
        "integrering.</p>"
        "<p>En privat leiebolig kan dessuten være mer stabil for leietakeren. Den som bor i en kommunal bolig, "
        "må ofte flytte når økonomien blir bedre. Den som leier privat, kan bli boende. Arbeidsprosessen har fem "
        "faser, fra kartlegging av behov til oppfølging og utflytting.</p>"
    ),
    "background": (
        "<p>Mange kommuner har for få kommunale boliger og er avhengige av det private markedet for å skaffe bolig "
        "til vanskeligstilte. De som ikke klarer å skaffe bolig selv, oppsøker ofte kommunen. Noen har et akutt "
        "behov, andre har vært uten bolig lenge. Behovet for hjelp varierer mye, og det må vurderes individuelt.</p>"
        "<p>Etter boligsosialloven, som gjelder fra 1. juli 2023, har vanskeligstilte rett til individuelt "
        "tilpasset bistand for å skaffe seg en egnet bolig, og kommunen skal fatte vedtak om bistanden. "
        "Bistanden kan være råd og veiledning, hjelp til å finne og vurdere boliger, hjelp med kontrakt og "
        "depositum, og oppfølging etter innflytting. Loven gir ikke rett til en bolig, men til hjelp.</p>"
    ),
    "body": (
        "<p>Hver fase har en kort beskrivelse, resultater og oppgaver med forslag til ansvar. Fasene kan gå over i "
        "hverandre, og noen boligsøkere trenger bare hjelp i én av dem.</p>"
        "<h3>Hvem har ansvaret</h3>"
        "<p>Den som først møter boligsøkeren – på Nav-kontoret, boligkontoret, i flyktningtjenesten eller en "
        "annen tjeneste – kartlegger behovet og henviser eventuelt videre til enheten som skaffer boliger. "
        "Kommunen formidler kontakt mellom boligsøker og utleier, men er ikke part i leieavtalen. Det bør "
        "komme tydelig fram overfor begge parter. Boligsøkeren må selv bidra til å finne bolig, med den hjelpen "
        "hun eller han trenger.</p>"
    ),
    "kind": "linear",
    "glossary_terms": [
        "depositum",
        "husleiegaranti",
        "bostotte",
        "balansert-leiekontrakt",
        "tidsbestemt-leieavtale",
        "trygghetsavtale",
        "overtakelsesprotokoll",
        "oppfolgingstjenester-i-bolig",
        "vanskeligstilt-pa-boligmarkedet",
        "kartlegging",
    ],
    "law_references": [
        "boligsosialloven-6",
        "husleieloven-3-5",
        "husleieloven-3-6",
        "husleieloven-9-3",
        "husleieloven-9-5",
    ],
    "target_groups": [
        "vanskeligstilte-pa-boligmarkedet",
        "flyktninger",
        "ungdom-og-unge-voksne",
        "barnefamilier",
        "bostedslose",
    ],
    "themes": [
        "Leie av private boliger",
        "Bosetting av flyktninger",
        "Oppfølging i bolig",
        "Kartlegging",
    ],
}

PHASES = [
    {
        "number": 1,
        "title": "Kartleggingsprosess",
        "slug": "kartleggingsprosess",
        "short_description": (
            "<p>Arbeidet starter med å kartlegge boligsøkerens behov og ønsker. En ansatt på Nav-kontoret, "
            "boligkontoret eller i en annen relevant tjeneste vurderer situasjonen, beskriver eventuelle "
            "boligsosiale utfordringer og oppfølgingsbehov, og henviser ved behov til enheten i kommunen som "
            "skaffer bolig.</p>"
            "<p>Etter kartleggingen bør det holdes et felles møte mellom den ansatte, boligsøkeren og enheten som "
            "skaffer bolig, for å legge en plan for arbeidet. Andre kan være med når det er ønskelig, for eksempel "
            "en ruskonsulent eller en representant for ansvarsgruppen. Mange boligsøkere regner med at det er "
            "kommunen som skal skaffe boligen. Møtet er en god anledning til å snakke om hva som er realistisk å "
            "forvente, både av hjelp og av standard på boligen.</p>"
        ),
        "results_intro": "Fasen er ferdig når kommunen kan samordne ressursene og starte letingen:",
        "results": [
            "Boligsøkerens behov, ønsker, ressurser og økonomi er kartlagt",
            "Eventuelle oppfølgingsbehov etter innflytting er beskrevet",
            "Boligsøkeren vet hvilken støtte kommunen kan gi, og hva hun eller han selv må bidra med",
            "Det er holdt et felles møte, og det finnes en plan for arbeidet med å skaffe bolig",
            "Det er fattet vedtak om boligsosial bistand når boligsøkeren har bedt om det",
        ],
        "task_groups": [
            {
                "heading": "Kartlegge behov og ressurser",
                "tasks": [
                    {
                        "text": "Kartlegge boligsøkerens situasjon, behov og ønsker",
                        "responsible": ["nav", "boligkontor", "flyktningtjenesten"],
                        "sub_points": [
                            "Hvor mange skal bo i boligen, og hvilke krav stiller helse, funksjonsevne, arbeid, skole og nettverk til beliggenhet og standard?",
                            "Hvilken husleie tåler økonomien, med bostøtte og andre ytelser?",
                            "Er behovet akutt, og trengs det midlertidig botilbud i mellomtiden?",
                        ],
                    },
                    {
                        "text": "Beskrive boligsosiale utfordringer og behov for oppfølging etter innflytting",
                        "responsible": ["nav", "helse-og-omsorg", "bo-oppfolger"],
                        "sub_points": [
                            "Er situasjonen mer sammensatt enn det så ut til i første møte, for eksempel med rus eller psykiske helseplager?",
                            "Trenger boligsøkeren hjelp fra andre tjenester, og er de koblet på?",
                        ],
                    },
                    {
                        "text": "Henvise til enheten som skaffer bolig, med alle relevante opplysninger",
                        "responsible": ["nav", "boligkontor"],
                        "sub_points": [
                            "Har boligsøkeren samtykket til at opplysningene deles?",
                        ],
                    },
                ],
            },
            {
                "heading": "Felles møte og plan",
                "tasks": [
                    {
                        "text": "Holde et felles møte med boligsøkeren, saksbehandleren og enheten som skaffer bolig",
                        "responsible": ["boligkontor", "nav", "bruker"],
                        "sub_points": [
                            "Bør ruskonsulent, ansvarsgruppe eller andre fagpersoner delta?",
                        ],
                    },
                    {
                        "text": "Avklare forventninger til hjelp fra kommunen og til standard og pris på boligen",
                        "responsible": ["boligkontor", "bruker"],
                        "sub_points": [
                            "Har boligsøkeren fått mange avslag, og trengs det motivasjon til å fortsette?",
                            "Gode referanser fra et første leieforhold kan gi bedre muligheter senere.",
                        ],
                    },
                    {
                        "text": "Lage en plan for letingen med fordeling av oppgaver og tidspunkt for ny kontakt",
                        "responsible": ["boligkontor", "bruker"],
                        "sub_points": [
                            "Hva gjør boligsøkeren selv, og hva gjør kommunen?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvordan finner vi balansen mellom å gi håp og å gi realistiske forventninger?",
            "Får vi fram hele bildet av boligsøkerens situasjon før vi begynner å lete?",
        ],
        "glossary_terms": [
            "kartlegging",
            "ansvarsgruppe",
            "bostotte",
            "vanskeligstilt-pa-boligmarkedet",
            "brukermedvirkning",
        ],
        "law_references": ["boligsosialloven-6", "sosialtjenesteloven-17"],
        "tools": [
            {
                "title": "Metodehåndbok i boligframskaffelse (Oslo kommune, 2014)",
                "description": "Erfaringsbasert håndbok fra Boligsosialt utviklingsprogram i Oslo, laget av bydelene i Groruddalen og Velferdsetaten, med råd om kartlegging og møtet med boligsøkere. Veiviserens «sosialfaglige tips» bygger på den.",
                "url": "http://docplayer.me/3232971-Metodehandbok-i-boligframskaffelse.html",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 2,
        "title": "Finne egnet bolig og visning",
        "slug": "finne-egnet-bolig-og-visning",
        "short_description": (
            "<p>I denne fasen leter boligsøkeren og kommunen etter en bolig som passer behovet og økonomien, og "
            "går på visning. Hvor mye hjelp som trengs, varierer: noen klarer seg med tips om hvor de kan lete, "
            "andre trenger hjelp til å ta kontakt med utleiere, følge med på annonser og gå på visning.</p>"
            "<p>Kommunen har ansvar både for boligsøkeren og overfor utleieren og bomiljøet. Boligen bør vurderes "
            "ut fra standard, størrelse, beliggenhet og pris, og ut fra om bomiljøet passer for den som skal bo "
            "der. For flyktninger finnes FINN hjerterom, der utleiere kan krysse av for at de vil leie ut til "
            "flyktninger. Noen kommuner har også veiledende rammer for husleie, og krever at boligen og "
            "kontraktsutkastet blir vurdert før avtale inngås.</p>"
        ),
        "results_intro": "Fasen er ferdig når:",
        "results": [
            "Boligsøkeren har sett en eller flere aktuelle boliger",
            "Boligens standard, størrelse, beliggenhet og pris er vurdert opp mot behovet og økonomien",
            "Det er avklart hvilke opplysninger utleieren skal få, og boligsøkeren har samtykket",
            "Boligsøkeren har fått tilsagn om å leie en bolig",
        ],
        "task_groups": [
            {
                "heading": "Lete etter bolig",
                "tasks": [
                    {
                        "text": "Lete etter aktuelle boliger i annonser, hos profesjonelle utleiere og i kommunens nettverk av utleiere",
                        "responsible": ["bruker", "boligkontor", "flyktningtjenesten"],
                        "sub_points": [
                            "Har kommunen en oversikt over utleiere som tidligere har leid ut til kommunens boligsøkere?",
                            "Er FINN hjerterom aktuelt for boligsøkere som er flyktninger?",
                        ],
                    },
                    {
                        "text": "Hjelpe boligsøkeren med å ta kontakt med utleiere og skrive søknader om å få leie",
                        "responsible": ["boligkontor", "bo-oppfolger"],
                        "sub_points": [
                            "Trenger boligsøkeren hjelp med språk eller tolk?",
                        ],
                    },
                ],
            },
            {
                "heading": "Vurdere boligen og gå på visning",
                "tasks": [
                    {
                        "text": "Vurdere om boligen er egnet ut fra behovet, standarden og bomiljøet",
                        "responsible": ["boligkontor", "bruker"],
                        "sub_points": [
                            "Er størrelsen riktig for husstanden, og er det nærhet til skole, arbeid og tjenester?",
                            "Er bomiljøet godt for barn, og for en person som skal holde seg unna rusmidler?",
                        ],
                    },
                    {
                        "text": "Regne på om husleien og boutgiftene er forsvarlige",
                        "responsible": ["nav", "boligkontor"],
                        "sub_points": [
                            "Hva blir boutgiften etter bostøtte, og er strøm inkludert i leien?",
                            "Finnes det veiledende husleiesatser i kommunen?",
                        ],
                    },
                    {
                        "text": "Følge boligsøkeren på visning når det trengs",
                        "responsible": ["boligkontor", "bo-oppfolger", "flyktningtjenesten"],
                        "sub_points": [
                            "Hva skal boligsøkeren se etter og spørre om på visningen?",
                        ],
                    },
                    {
                        "text": "Avklare hva utleieren skal få vite, og om kommunen kan tilby garanti eller oppfølging",
                        "responsible": ["boligkontor", "nav", "bruker"],
                        "sub_points": [
                            "Opplysninger om boligsøkeren kan bare deles med samtykke.",
                            "Kan tilbud om garanti eller kontaktperson i kommunen gjøre utleieren tryggere?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvordan ivaretar vi både boligsøkeren, utleieren og naboene når vi formidler en bolig?",
        ],
        "glossary_terms": ["bostotte", "husleiegaranti", "vanskeligstilt-pa-boligmarkedet"],
        "law_references": ["boligsosialloven-6"],
        "tools": [
            {
                "title": "FINN hjerterom",
                "description": "Tjeneste utviklet av FINN og Røde Kors der utleiere kan vise at de vil leie ut til flyktninger. Kommuner og flyktninger kan bruke den til å finne boliger.",
                "url": "https://www.husbanken.no/boligsosialt-arbeid/finn-hjerterom/",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 3,
        "title": "Kontraktsinngåelse, depositum og garanti",
        "slug": "kontraktsinngaelse-depositum-og-garanti",
        "short_description": (
            "<p>Når boligsøkeren har fått tilsagn om å leie, skal leiekontrakten underskrives. Det finnes tre "
            "standardkontrakter som sikrer leieboerens rettigheter etter husleieloven: fra Leieboerforeningen "
            "(gratis for medlemmer), fra Forbrukerrådet og fra Huseierne (for medlemmer). Brukes en annen kontrakt, "
            "må kommunen hjelpe leietakeren med å se om den er i tråd med husleieloven. I tillegg til kontrakten "
            "kan partene inngå en trygghetsavtale som gir utleieren ekstra trygghet.</p>"
            "<p>Før kontrakten underskrives, bør kommunen også sjekke at boenheten er godkjent for utleie. Det "
            "kan undersøkes i eiendomsregisteret, og noen kommuner har en egen godkjenningsordning.</p>"
            "<p>Utleieren kan kreve sikkerhet i form av depositum eller garanti, men bare hvis det er avtalt. "
            "Depositum skal stå på en sperret konto i leietakerens navn. Depositum og garanti kan til sammen ikke "
            "være høyere enn seks måneders leie. Nav-kontoret kan etter en individuell vurdering stille garanti for "
            "husleien.</p>"
        ),
        "results_intro": "Fasen er ferdig når:",
        "results": [
            "Leiekontrakten er gjennomgått og underskrevet, og eventuelt en trygghetsavtale",
            "Det er kontrollert at boenheten er godkjent for utleie",
            "Leietakeren forstår hva kontrakten innebærer, særlig leietid og oppsigelse",
            "Depositum er satt inn på depositumskonto, eller det er stilt garanti",
            "Leietakeren og utleieren vet at kommunen ikke er part i leieavtalen",
        ],
        "task_groups": [
            {
                "heading": "Leiekontrakten",
                "tasks": [
                    {
                        "text": "Anbefale en av standardkontraktene som sikrer leietakerens rettigheter",
                        "responsible": ["boligkontor"],
                        "sub_points": [
                            "Kjenner utleieren kontraktene fra Leieboerforeningen, Forbrukerrådet og Huseierne?",
                        ],
                    },
                    {
                        "text": "Gå gjennom kontrakter som ikke er standardkontrakter, sammen med leietakeren",
                        "responsible": ["boligkontor", "bruker"],
                        "sub_points": [
                            "Er det adgang til å si opp avtalen, og for hvem?",
                            "Er leietiden kortere enn tre år, og er det i så fall lovlig grunn til det?",
                            "Er kravene til vedlikehold og til boligens stand ved utflytting rimelige?",
                            "Er det utleierens egen bolig? Da har leietakeren ofte svakere rettigheter.",
                            "Er husleien og det som kommer i tillegg, som strøm, klart beskrevet?",
                        ],
                    },
                    {
                        "text": "Kontrollere at boenheten er godkjent for utleie",
                        "responsible": ["boligkontor"],
                        "sub_points": [
                            "Har kommunen en egen godkjenningsordning for utleieboliger?",
                        ],
                    },
                    {
                        "text": "Vurdere en trygghetsavtale i tillegg til leiekontrakten",
                        "responsible": ["boligkontor", "utleier", "bruker"],
                        "sub_points": [
                            "Hva lover kommunen utleieren, for eksempel en kontaktperson ved problemer?",
                        ],
                    },
                ],
            },
            {
                "heading": "Depositum og garanti",
                "tasks": [
                    {
                        "text": "Avklare om utleieren krever depositum eller garanti, og hvor stort beløpet skal være",
                        "responsible": ["boligkontor", "bruker"],
                        "sub_points": [
                            "Depositum og garanti kan til sammen ikke overstige seks måneders leie.",
                        ],
                    },
                    {
                        "text": "Sørge for at depositum blir satt inn på en sperret depositumskonto i leietakerens navn",
                        "responsible": ["bruker", "utleier"],
                        "sub_points": [
                            "Depositum skal aldri betales kontant eller til utleierens egen konto.",
                        ],
                    },
                    {
                        "text": "Vurdere garanti for depositum eller husleie når leietakeren ikke kan betale depositum",
                        "responsible": ["nav"],
                        "sub_points": [
                            "Hva dekker garantien, hvor lenge gjelder den, og hva skjer om den blir utløst?",
                            "Brukes standard garantidokument i husleieforhold, slik at garantien er forståelig for utleieren?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Forstår leietakeren hva hun eller han skriver under på – og hvem har forklart det?",
        ],
        "glossary_terms": [
            "balansert-leiekontrakt",
            "tidsbestemt-leieavtale",
            "trygghetsavtale",
            "depositum",
            "husleiegaranti",
        ],
        "law_references": ["husleieloven-3-5", "husleieloven-3-6", "husleieloven-9-3"],
        "tools": [
            {
                "title": "Standard husleiekontrakter",
                "description": "Standardkontrakter for utleie av bolig fra Leieboerforeningen, Forbrukerrådet og Huseierne.",
                "url": "",
            },
            {
                "title": "Standard garantidokument i husleieforhold",
                "description": "Departementets standardiserte garantidokument, som gjør det enklere for utleiere å forstå og godta en garanti fra Nav.",
                "url": "",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 4,
        "title": "Overtakelsesprosess og innflytting",
        "slug": "overtakelsesprosess-og-innflytting",
        "short_description": (
            "<p>Når kontrakt og depositum er i orden, kan leietakeren flytte inn. Mange trenger hjelp ved selve "
            "overtakelsen, og mange trenger også hjelp til å skaffe det som trengs i boligen.</p>"
            "<p>Ved innflytting bør det fylles ut en overtakelsesprotokoll og en inventarliste. Skader og mangler "
            "ved tilbakelevering er den vanligste årsaken til konflikt mellom leietaker og utleier. Går partene "
            "gjennom boligen sammen, dokumenterer skader og mangler og skriver under på en felles protokoll – gjerne "
            "med bilder – har begge et grunnlag å vise til når leieforholdet avsluttes. Hvis ikke annet er avtalt, "
            "skal boligen leveres tilbake ren, ryddig og i samme stand som ved overtakelsen, bortsett fra vanlig "
            "slit og elde.</p>"
        ),
        "results_intro": "Fasen er ferdig når:",
        "results": [
            "Leietakeren har flyttet inn og fått den hjelpen som trengtes",
            "Overtakelsesprotokoll og eventuell inventarliste er fylt ut og underskrevet av begge parter",
            "Boligens stand er dokumentert med bilder",
            "Leietakeren har det nødvendigste av utstyr, og strøm og andre abonnementer er ordnet",
            "Leietakeren vet hvem hun eller han skal kontakte når noe oppstår",
        ],
        "task_groups": [
            {
                "heading": "Overtakelse",
                "tasks": [
                    {
                        "text": "Gå gjennom boligen sammen med utleieren og fylle ut overtakelsesprotokoll",
                        "responsible": ["bruker", "utleier", "boligkontor"],
                        "sub_points": [
                            "Er alle skader og mangler skrevet inn, og er partene enige? Er de uenige, skrives det i protokollen.",
                        ],
                    },
                    {
                        "text": "Ta bilder av boligen som vedlegg til protokollen",
                        "responsible": ["bruker", "boligkontor"],
                        "sub_points": [
                            "Er alle flater, innredning og vinduer fotografert, i tillegg til skader, slitasje og hull etter skruer og spiker?",
                            "Er møblene flyttet slik at det som er bak dem, også er dokumentert?",
                        ],
                    },
                    {
                        "text": "Fylle ut inventarliste når boligen leies helt eller delvis møblert",
                        "responsible": ["bruker", "utleier"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Innflytting og etablering",
                "tasks": [
                    {
                        "text": "Hjelpe leietakeren med å skaffe nødvendig utstyr og inventar",
                        "responsible": ["nav", "flyktningtjenesten", "bo-oppfolger"],
                        "sub_points": [
                            "Er det behov for økonomisk stønad til etablering?",
                        ],
                    },
                    {
                        "text": "Hjelpe til med strømavtale, adresseendring, bostøtte og andre praktiske forhold",
                        "responsible": ["bo-oppfolger", "bruker"],
                        "sub_points": [
                            "Er søknad om bostøtte sendt så snart husleiekontrakten er på plass?",
                        ],
                    },
                    {
                        "text": "Informere leietakeren om rettigheter og plikter i leieforholdet og om husordensregler",
                        "responsible": ["boligkontor", "utleier"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hva kan vi gjøre ved innflytting for å unngå konflikt om depositum når leietakeren flytter ut?",
        ],
        "glossary_terms": ["overtakelsesprotokoll", "depositum", "bostotte"],
        "law_references": [],
        "tools": [
            {
                "title": "Overtakelsesprotokoll fra Huseierne og Leieboerforeningen",
                "description": "Forslag til protokoll for gjennomgang av boligen ved innflytting og utflytting, som Husleietvistutvalget viser til.",
                "url": "https://www.htu.no/nn/artiklar/det-loner-seg-a-skrive-protokoll-ved-innflytting-og-utflytting",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 5,
        "title": "Oppfølging og utflytting",
        "slug": "oppfolging-og-utflytting",
        "short_description": (
            "<p>Mange trenger en viss oppfølging fra kommunen etter at de har flyttet inn. Kommunen bør ta kontakt "
            "med leietakeren, og eventuelt med utleieren, i løpet av de tre første månedene for å høre hvordan det "
            "går. Dette er vanlig ved bosetting av flyktninger, men er en god rutine også for andre. En slik kontakt "
            "kan forebygge problemer og gi trygghet både for utleieren og leietakeren.</p>"
            "<p>Leieforholdet avsluttes ved at leietakeren flytter ut – frivillig, etter oppsigelse eller etter "
            "fravikelse. Leietakeren kan si opp muntlig og uten begrunnelse, men bør gjøre det skriftlig og be om "
            "bekreftelse. Utleieren må ha saklig grunn for å si opp, og oppsigelsen må oppfylle formkravene i "
            "husleieloven. Målet er at leietakeren flytter videre til en ny leid eller eid bolig.</p>"
        ),
        "results_intro": "Fasen er ferdig når:",
        "results": [
            "Kommunen har hatt kontakt med leietakeren, og eventuelt utleieren, i løpet av de første tre månedene",
            "Problemer i leieforholdet er fanget opp tidlig og fulgt opp",
            "Ved utflytting er boligen levert tilbake etter protokollen, og depositumet er gjort opp",
            "Leietakeren har flyttet til en ny leid eller eid bolig",
        ],
        "task_groups": [
            {
                "heading": "Oppfølging i leieperioden",
                "tasks": [
                    {
                        "text": "Ta kontakt med leietakeren, og eventuelt utleieren, i løpet av de tre første månedene",
                        "responsible": ["boligkontor", "flyktningtjenesten", "bo-oppfolger"],
                        "sub_points": [
                            "Blir husleien betalt, og fungerer det med naboene?",
                            "Er det behov for bo-oppfølging eller andre tjenester?",
                        ],
                    },
                    {
                        "text": "Være tilgjengelig for utleieren når det oppstår problemer",
                        "responsible": ["boligkontor"],
                        "sub_points": [
                            "Vet utleieren hvem i kommunen hun eller han kan ringe?",
                            "Se arbeidsprosessen «Forhindre utkastelse» ved betalingsproblemer.",
                        ],
                    },
                    {
                        "text": "Vurdere jevnlig om leietakeren kan gå videre til å eie, for eksempel med startlån",
                        "responsible": ["saksbehandler", "bruker"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Oppsigelse og utflytting",
                "tasks": [
                    {
                        "text": "Veilede leietakeren ved egen oppsigelse",
                        "responsible": ["boligkontor", "bruker"],
                        "sub_points": [
                            "Er oppsigelsen gitt skriftlig, for eksempel på SMS eller e-post, og har utleieren bekreftet den?",
                            "Er oppsigelsesfristen i kontrakten kjent?",
                        ],
                    },
                    {
                        "text": "Hjelpe leietakeren med å vurdere en oppsigelse fra utleieren",
                        "responsible": ["boligkontor", "nav", "bruker"],
                        "sub_points": [
                            "Har utleieren saklig grunn, og er oppsigelsen skriftlig og begrunnet?",
                            "Opplyser oppsigelsen om at leietakeren kan protestere skriftlig innen én måned?",
                            "Bør leietakeren protestere, og er fristen notert?",
                        ],
                    },
                    {
                        "text": "Gå gjennom boligen ved utflytting med utgangspunkt i overtakelsesprotokollen",
                        "responsible": ["bruker", "utleier"],
                        "sub_points": [
                            "Hva skyldes vanlig slit og elde, og hva er skader leietakeren må dekke?",
                        ],
                    },
                    {
                        "text": "Hjelpe leietakeren videre til en ny bolig",
                        "responsible": ["boligkontor", "nav", "saksbehandler"],
                        "sub_points": [
                            "Er det aktuelt med startlån, en ny privat leiebolig eller annen bistand?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvordan kan vi bli en utleier vil leie ut til igjen – også etter et leieforhold som ikke gikk bra?",
        ],
        "glossary_terms": ["oppfolgingstjenester-i-bolig", "depositum", "startlan", "utkastelse"],
        "law_references": ["husleieloven-9-5", "husleieloven-9-7", "husleieloven-9-8"],
        "tools": [],
        "subprocesses": [],
    },
]
