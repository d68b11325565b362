"""Søknad og vedtak om kommunal bolig: written from veiviseren.no (phases 1 "Søknad om
kommunal bolig", 2 "Saksbehandling" and 3 "Vedtak"; the process overview page was not among the
stored pages), Husbanken's pages on tildeling and saksbehandling, Sivilombudet's statements,
Statsforvalteren, BOVEL (OsloMet) and municipal pages. See SOURCES.

The key "boligsosialloven-6" is defined in fra-asylmottak-til-kommune.py; the term "bostotte"
likewise.
"""

AREA = "leie-og-kjop-av-bolig"

SOURCES = [
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/leie-og-kjop-av-bolig/soknad-og-vedtak-om-kommunal-bolig/soknad-om-kommunal-bolig",
        "title": "Veiviseren: Søknad og vedtak om kommunal bolig – Fase 1: Søknad om kommunal bolig",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/leie-og-kjop-av-bolig/soknad-og-vedtak-om-kommunal-bolig/saksbehandling",
        "title": "Veiviseren: Søknad og vedtak om kommunal bolig – Fase 2: Saksbehandling",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/leie-og-kjop-av-bolig/soknad-og-vedtak-om-kommunal-bolig/vedtak",
        "title": "Veiviseren: Søknad og vedtak om kommunal bolig – Fase 3: Vedtak",
    },
    {
        "url": (
            "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/"
            "forvaltning-drift-vedlikehold-fdv/valg-av-bolig-og-beboeroppflgning/"
            "tildeling-av-kommunal-bolig-og-fastsettelse-av-husleie"
        ),
        "title": "Veiviseren: Valg av bolig og beboeroppfølging – Fase 1: Tildeling av kommunal bolig og fastsettelse av husleie",
    },
    {
        "url": "https://www.husbanken.no/boligrett/soknad-saksbehandling-og-vedtak/",
        "title": "Husbanken: Saksbehandling og klager (søknad, saksbehandling og vedtak om bolig)",
    },
    {
        "url": "https://www.husbanken.no/boligsosialt-arbeid/tildeling-av-kommunalt-disponert-bolig/",
        "title": "Husbanken: Tildeling av kommunalt disponert bolig",
    },
    {
        "url": "https://www.sivilombudet.no/uttalelser/klageinstansens-provingsplikt-i-sak-om-kommunal-bolig/",
        "title": "Sivilombudet: Klageinstansens prøvingsplikt i sak om kommunal bolig",
    },
    {
        "url": "https://www.sivilombudet.no/uttalelser/lillehammer-kommunes-behandling-av-soknad-om-vedtak-etter-boligsosialloven",
        "title": "Sivilombudet: Lillehammer kommunes behandling av søknad om vedtak etter boligsosialloven",
    },
    {
        "url": "https://www.statsforvalteren.no/nb/agder/helse-omsorg-og-sosialtjenester/Boligsosialt-arbeid/ny-boligsosial-lov-gjelder-fra-1.juli.2023/",
        "title": "Statsforvalteren i Agder: Ny boligsosial lov gjelder fra 1. juli 2023",
    },
    {
        "url": "https://www.karnovgroup.no/regelverk/lov-om-kommunenes-ansvar-paa-det-boligsosiale-feltet-boligsosialloven?hsLang=no",
        "title": "Karnov: Lov om kommunenes ansvar på det boligsosiale feltet (innledende kommentar)",
    },
    {
        "url": "https://www.regjeringen.no/no/dokumenter/prop.-132-l-20212022/id2919288/?ch=12",
        "title": "Prop. 132 L (2021–2022) Lov om kommunenes ansvar på det boligsosiale feltet, kapittel 12 Saksbehandling",
    },
    {
        "url": "https://uni.oslomet.no/bovel/2025/09/08/ny-publikasjon-kartlegging-av-tildelingskriterier-og-leievilkar-for-kommunale-boliger",
        "title": "BOVEL/OsloMet: Kartlegging av tildelingskriterier og leievilkår for kommunale boliger (2025)",
    },
    {
        "url": "https://www.nav.no/no/person/flere-tema/sosiale-tjenester/nynorsk/leige-kommunal-bustad",
        "title": "Nav: Leige kommunal bustad",
    },
    {
        "url": "https://www.ks.no/fagomrader/barn-og-unge/barnevern/oppfolging-av-unge-med-barnevernserfaring/regelverk-og-referanser/sosialtjenesteloven/",
        "title": "KS: Sosialtjenesteloven (utdrag §§ 15, 17, 27)",
    },
    {
        "url": "https://kinn.kommune.no/skjema/skjema/KINN010/",
        "title": "Kinn kommune: Leige av kommunal bustad (søknadsskjema)",
    },
    {
        "url": "https://skjema.onacos.no/tynset/prod/skjema/TYN039/",
        "title": "Tynset kommune: Søknad om leie av kommunal bolig (søknadsskjema)",
    },
    {
        "url": "https://www.donna.kommune.no/kommunal-bolig.536395.no.html",
        "title": "Dønna kommune: Kommunal bolig",
    },
    {
        "url": "https://www.kvam.no/tenester/tekniske-tenester/kommunale-bygg-parkar-og-grontanlegg/kommunale-bustadar/sok-ny-bustad/",
        "title": "Kvam herad: Søknad om bustad",
    },
]

WORK_PROCESS = {
    "title": "Søknad og vedtak om kommunal bolig",
    "slug": "soknad-og-vedtak-om-kommunal-bolig",
    "search_description": (
        "Fra søknad til vedtak om kommunal utleiebolig: informasjon og søknadsskjema, forsvarlig "
        "saksbehandling, enkeltvedtak og klage."
    ),
    "intro": (
        "<p>En kommunalt disponert utleiebolig er et velferdsgode det er knapphet på i de fleste "
        "kommuner. Derfor må søknadene behandles på en ryddig og etterprøvbar måte, slik at søkerne kan "
        "stole på at de er behandlet likt og rettferdig. Klare regler og rutiner gir også trygghet for "
        "saksbehandlerne.</p>"
        "<p>Arbeidsprosessen beskriver tre faser: hvordan kommunen tilrettelegger for og tar imot "
        "søknader, hvordan søknaden utredes og vurderes, og hva et vedtak skal inneholde – også når "
        "søkeren klager. Valget av en konkret bolig, fastsettelse av husleie og inngåelse av "
        "leiekontrakt beskrives i arbeidsprosessen om valg av bolig og beboeroppfølging.</p>"
    ),
    "background": (
        "<p>En avgjørelse om å tildele eller avslå en kommunalt disponert bolig, eller om å forlenge "
        "leietiden, er et enkeltvedtak etter forvaltningsloven. Det betyr at reglene om utredning, "
        "begrunnelse, underretning og klage gjelder. Vurderingen skal bygge på forvaltningsloven, "
        "kommunens egne retningslinjer og praksis og de ulovfestede prinsippene om forsvarlig "
        "saksbehandling: Det skal ikke forekomme usaklig forskjellsbehandling eller vilkårlighet, og "
        "det skal ikke legges vekt på utenforliggende hensyn. Kommunen må behandle søknadene selv og kan "
        "ikke overlate avgjørelsen til en privat eller frivillig aktør; det eneste unntaket er "
        "vertskommunesamarbeid.</p>"
        "<p>Fra 1. juli 2023 står kommunens boligsosiale plikter i boligsosialloven. Tidligere lå "
        "medvirkningsplikten i sosialtjenesteloven § 15 og helse- og omsorgstjenesteloven § 3-7. Loven gir "
        "ikke rett til en bolig, men den som er vanskeligstilt på boligmarkedet, har rett til et vedtak om "
        "individuelt tilpasset bistand ut fra sitt behov, og slike vedtak kan påklages til "
        "Statsforvalteren. En søknad om kommunal bolig kan derfor også være en anmodning om bistand etter "
        "boligsosialloven, og kommunen må kunne opplyse hvilken enhet som behandler slike saker. Nav skal "
        "fortsatt medvirke i det boligsosiale arbeidet og finne midlertidig botilbud for dem som ikke "
        "klarer det selv.</p>"
        "<p>Kommunene praktiserer tildelingen ulikt. En kartlegging som BOVEL ved OsloMet gjorde for "
        "Husbanken våren 2025, omfattet alle 357 kommuner. Den viste at 83 prosent av kommunene har noe "
        "informasjon om tildelingskriterier på nettsidene sine, fra 100 prosent av de mest sentrale "
        "kommunene til 73 prosent av de minst sentrale. De største og mest sentrale kommunene har også "
        "strengere og mer detaljerte regler enn små distriktskommuner.</p>"
    ),
    "body": (
        "<p>Prosessen har tre faser. Den første handler mest om rammene kommunen må ha på plass før den "
        "første søknaden kommer inn; de to neste følger den enkelte søknaden.</p>"
        "<h3>Hvem har ansvaret</h3>"
        "<p>Kommunestyret vedtar retningslinjer for tildeling og sørger for at det finnes en klageinstans. "
        "Kommunedirektøren (rådmannen) delegerer myndigheten til å fatte vedtak, for eksempel til et "
        "boligkontor, et tildelingskontor, Nav eller helse- og omsorgstjenesten. Arbeidet bør ligge hos "
        "ansatte med boligsosial kompetanse. Mange kommuner behandler søknadene i en tverrfaglig "
        "tildelingsgruppe der eiendomsforvaltningen, Nav og tjenestene er representert. Søkeren har selv "
        "ansvaret for å gi de opplysningene som trengs.</p>"
    ),
    "kind": "linear",
    "glossary_terms": [
        "kommunal-bolig",
        "tildeling",
        "enkeltvedtak",
        "klagenemnd",
        "boligsosialloven",
        "veiledningsplikt",
        "gjennomgangsbolig",
        "vanskeligstilt-pa-boligmarkedet",
    ],
    "law_references": [
        "forvaltningsloven-2",
        "boligsosialloven",
        "boligsosialloven-6",
        "sosialtjenesteloven-15",
        "forvaltningsloven-28",
    ],
    "target_groups": ["vanskeligstilte-pa-boligmarkedet", "barnefamilier", "bostedslose"],
    "themes": [
        "Tildeling av bolig",
        "Kommunale utleieboliger",
        "Tverrfaglig samarbeid",
        "Boligkontor",
    ],
}

PHASES = [
    {
        "number": 1,
        "title": "Søknad om kommunal bolig",
        "slug": "soknad-om-kommunal-bolig",
        "short_description": (
            "<p>Før søknadene kommer, må kommunen ha bestemt hvem som skal fatte vedtak, og delegert "
            "myndigheten gjennom delegeringsreglementet. Klagesakene avgjøres av et politisk valgt "
            "klageorgan. Informasjon om utleieboligene, reglene for tildeling og hvordan man søker, skal "
            "være lett å finne på kommunens nettsider. Enheten som fatter vedtak, bør også sørge for at "
            "ordningen er godt kjent internt, for eksempel i helse- og sosialtjenestene.</p>"
            "<p>Et godt søknadsskjema er kort og lett å fylle ut, men spør om det som trengs for å opplyse "
            "saken og få fram hva søkeren trenger. Det er en fordel om søkeren samtykker til at kommunen kan hente "
            "nødvendige opplysninger fra andre offentlige organer. Det er ikke et lovkrav at tildeling "
            "bygger på en søknad, men det er ryddig, og alle som søker, skal få et skriftlig svar. Kommunen "
            "skal hjelpe dem som trenger det, med å fylle ut skjemaet og skaffe dokumentasjon.</p>"
        ),
        "results_intro": "Fasen er ferdig når kommunen har rammene på plass og søknader kan tas imot og behandles:",
        "results": [
            "Kommunen har vedtatt retningslinjer og rutiner for saksbehandling og tildeling av utleieboliger",
            "Det er bestemt hvem som skal fatte vedtak, og myndigheten er delegert",
            "Kommunestyret har sørget for en klageinstans",
            "Søknadsskjemaet er utarbeidet og lagt ut på nettsidene og spredt til samarbeidspartnere",
            "Informasjon om utleieboligene, tildelingsreglene og søknadsprosessen er tilgjengelig og kjent internt og eksternt",
            "Det er avklart hvordan søknader som også gjelder bistand etter boligsosialloven, skal behandles",
            "Søkere som trenger hjelp til å søke, får det",
        ],
        "task_groups": [
            {
                "heading": "Rammer og ansvar",
                "tasks": [
                    {
                        "text": "Vedta retningslinjer for tildeling av kommunale utleieboliger",
                        "responsible": ["kommunestyret", "radmann"],
                        "sub_points": [
                            "Hvem er målgruppen, og hvilke grunnvilkår gjelder – for eksempel lovlig opphold og at søkeren er uten, eller i ferd med å bli uten, en egnet bolig?",
                            "Hvordan prioriteres søkerne når det er flere søkere enn boliger? Tynset legger for eksempel vekt på behov og ikke på hvor lenge søkeren har stått på venteliste",
                            "Er boligene gjennomgangsboliger, og hvor lange leiekontrakter gis? Tynset gir vanligvis kontrakter på tre år om gangen",
                            "Er retningslinjene i tråd med forvaltningsloven og gir de rom for skjønn i den enkelte saken?",
                            "Husbanken viser til Bergen kommunes retningslinjer for tildeling som et eksempel på hvordan kriteriene kan gjøres tydelige",
                        ],
                    },
                    {
                        "text": "Delegere myndigheten til å fatte vedtak",
                        "responsible": ["radmann"],
                        "sub_points": [
                            "Hvilken enhet fatter vedtak om ordinære utleieboliger, og hvilken om omsorgsboliger og tilrettelagte boliger?",
                            "Myndigheten kan ikke overlates til private eller frivillige aktører, bortsett fra ved vertskommunesamarbeid",
                            "Ligger oppgaven hos ansatte med boligsosial kompetanse?",
                        ],
                    },
                    {
                        "text": "Opprette eller utpeke klageinstans for vedtak om kommunal bolig",
                        "responsible": ["kommunestyret"],
                        "sub_points": [
                            "Skal kommunestyret selv eller en kommunal klagenemnd avgjøre klagene?",
                            "Hvem forbereder klagesakene for klageinstansen?",
                        ],
                    },
                    {
                        "text": "Avklare hvem som behandler anmodninger om bistand etter boligsosialloven",
                        "responsible": ["radmann", "boligkontor", "nav"],
                        "sub_points": [
                            "Hvordan sikrer vi at en søknad som havner hos feil enhet, sendes videre uten at søkeren må be om det?",
                            (
                                "Sivilombudet har kritisert Lillehammer kommune for at en søknad om bistand etter "
                                "boligsosialloven ble liggende i mer enn ett år uten vedtak, og for at den ikke "
                                "uoppfordret ble sendt til enheten som kunne fatte vedtaket"
                            ),
                        ],
                    },
                ],
            },
            {
                "heading": "Søknadsskjema og informasjon",
                "tasks": [
                    {
                        "text": "Utarbeide et søknadsskjema som får fram søkerens behov",
                        "responsible": ["boligkontor"],
                        "sub_points": [
                            "Hvem består husstanden av, og hvordan bor den i dag?",
                            "Hvilke inntekter og hvilken formue har husstanden?",
                            "Har helse, funksjonsnivå eller sosiale forhold betydning for hva slags bolig som trengs?",
                            "Trenger søkeren oppfølging for å klare å bo?",
                            "Samtykker søkeren til at kommunen kan hente inn opplysninger fra andre offentlige organer?",
                            (
                                "Hvilken dokumentasjon skal legges ved? Kinn ber for eksempel om inntektsdokumentasjon, "
                                "siste skattemelding, nåværende leiekontrakt og eventuell oppsigelse og bekreftelse på "
                                "sosiale eller medisinske forhold"
                            ),
                        ],
                    },
                    {
                        "text": "Legge informasjon om utleieboligene og søknadsprosessen ut på kommunens nettsider",
                        "responsible": ["boligkontor"],
                        "sub_points": [
                            "Står det hvem boligene er for, hvilke kriterier som gjelder, og hvilke leievilkår søkeren kan vente?",
                            "Står det hvor lang tid saksbehandlingen normalt tar, og hvordan man klager?",
                            "Er informasjonen lett å forstå også for dem som ikke har norsk som morsmål?",
                        ],
                    },
                    {
                        "text": "Gjøre ordningen kjent hos samarbeidspartnere internt og eksternt",
                        "responsible": ["boligkontor"],
                        "sub_points": [
                            "Kjenner Nav, helse- og omsorgstjenesten, flyktningtjenesten, barnevernstjenesten, spesialisthelsetjenesten og kriminalomsorgen til søknadsskjemaet og reglene?",
                        ],
                    },
                    {
                        "text": "Lage en intern prosedyre for behandling av søknader",
                        "responsible": ["boligkontor", "saksbehandler"],
                        "sub_points": [
                            "Hvordan registreres og journalføres søknadene, og får søkeren bekreftelse på at søknaden er mottatt?",
                        ],
                    },
                ],
            },
            {
                "heading": "Hjelp til å søke",
                "tasks": [
                    {
                        "text": "Gi veiledning og hjelp til å fylle ut søknaden og skaffe dokumentasjon",
                        "responsible": ["boligkontor", "nav", "saksbehandler"],
                        "sub_points": [
                            "Trenger søkeren tolk, eller vil en fullmektig søke på vegne av søkeren?",
                            "Har søkeren fått råd om andre måter å løse boligbehovet på, som leie i det private markedet, startlån eller bostøtte?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Ville en søker uten kjennskap til kommunen forstått nettsidene våre og klart å fylle ut skjemaet?",
            "Er det tydelig for søkeren om hun eller han søker om en bolig, om bistand etter boligsosialloven, eller begge deler?",
        ],
        "glossary_terms": [
            "kommunal-bolig",
            "veiledningsplikt",
            "gjennomgangsbolig",
            "boligsosialloven",
            "startlan",
            "bostotte",
        ],
        "law_references": [
            "forvaltningsloven-11",
            "forvaltningsloven-28",
            "boligsosialloven",
            "sosialtjenesteloven-17",
        ],
        "tools": [],
        "subprocesses": [],
    },
    {
        "number": 2,
        "title": "Saksbehandling",
        "slug": "saksbehandling",
        "short_description": (
            "<p>Saksbehandleren går gjennom søknaden med vedlegg og kontrollerer at alle opplysninger av "
            "betydning er med. Så må det avklares hvilket boligbehov søkeren har, om hun eller han hører "
            "til målgruppen for kommunale utleieboliger, og om grunnvilkårene i retningslinjene er oppfylt. "
            "Til slutt vurderes det om det er forhold kommunen må ta særskilt hensyn til, og om søkeren "
            "trenger tjenester for å mestre både boligen og hverdagen.</p>"
            "<p>Kommunen har plikt til å sørge for at saken er så godt opplyst som mulig før vedtaket fattes. "
            "En samtale med søkeren eller et hjemmebesøk anbefales. Mange kommuner lar en tverrfaglig "
            "gruppe vurdere søknadene, slik at eiendomsforvaltningen, Nav og tjenestene sammen finner den "
            "beste løsningen.</p>"
        ),
        "results_intro": "Fasen er ferdig når kommunen har avklart om søkeren kvalifiserer for kommunal utleiebolig:",
        "results": [
            "Søknaden er sendt til rett avdeling eller saksbehandler",
            "Saken er godt nok opplyst, og manglende opplysninger er innhentet",
            "Boligbehovet er avklart, gjerne i samtale med søkeren",
            "Det er vurdert om søkeren er i målgruppen og oppfyller grunnvilkårene",
            "Andre løsninger, som startlån, bostøtte eller leie i det private markedet, er vurdert, og søkeren er informert",
            "Behov for oppfølging, tilpasning av boligen og hensyn til nabolag og bomiljø er vurdert",
            "Søkeren har fått foreløpig svar dersom saken ikke kan avgjøres innen en måned",
        ],
        "task_groups": [
            {
                "heading": "Motta og fordele søknaden",
                "tasks": [
                    {
                        "text": "Sende søknaden til rett avdeling eller saksbehandler",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Gjelder søknaden en ordinær utleiebolig, en omsorgsbolig eller bistand etter boligsosialloven – eller flere av delene?",
                        ],
                    },
                    {
                        "text": "Kontrollere at opplysningene er fullstendige, og be om det som mangler",
                        "responsible": ["saksbehandler", "bruker"],
                        "sub_points": [
                            "Søkeren har ansvaret for å gi relevante opplysninger; gi en rimelig frist og forklar hva som mangler",
                        ],
                    },
                    {
                        "text": "Sende foreløpig svar dersom søknaden ikke kan avgjøres innen en måned",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Svaret skal si hvorfor saken tar tid, og når søkeren kan vente et vedtak",
                        ],
                    },
                ],
            },
            {
                "heading": "Opplyse saken",
                "tasks": [
                    {
                        "text": "Avklare boligbehovet i en samtale eller et hjemmebesøk",
                        "responsible": ["saksbehandler", "bruker"],
                        "sub_points": [
                            "Hva mener søkeren selv er viktigst ved en ny bolig?",
                            "Hvorfor fungerer ikke dagens bosituasjon, og finnes det løsninger som gjør at søkeren kan bli boende?",
                        ],
                    },
                    {
                        "text": "Be andre enheter om en faglig vurdering eller boligkartlegging der det trengs",
                        "responsible": ["saksbehandler", "helse-og-omsorg", "nav"],
                        "sub_points": [
                            "Trengs det en vurdering fra ergoterapeut, helse- og omsorgstjenesten, barnevernstjenesten eller Nav?",
                        ],
                    },
                    {
                        "text": "Vurdere om søkeren kan skaffe seg bolig på andre måter",
                        "responsible": ["saksbehandler", "okonomiradgiver"],
                        "sub_points": [
                            "Er søkeren i målgruppen for startlån og eventuelt tilskudd til kjøp av bolig? Gi i så fall informasjon om dette",
                            "Kan leie i det private markedet være mulig med depositumsgaranti og bostøtte?",
                        ],
                    },
                ],
            },
            {
                "heading": "Vurdere søknaden",
                "tasks": [
                    {
                        "text": "Vurdere søkerens behov opp mot regelverket",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Hva sier lov, forskrift, kommunens retningslinjer og tidligere praksis i like saker?",
                            "Blir søkeren behandlet likt med andre i samme situasjon, og er det lagt vekt på relevante hensyn?",
                            "Kvalifiserer søkeren for kommunal bolig? Da skal det fattes vedtak om tildeling. Gjør søkeren det ikke, skal det gis avslag",
                        ],
                    },
                    {
                        "text": "Vurdere krav til boligen, nabolaget og bomiljøet",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Trenger søkeren en bolig som er tilpasset personlige behov, for eksempel på bakkeplan eller med heis?",
                            "Har søkeren behov knyttet til nabolag og bomiljø, og hva betyr boligen for barnas oppvekst, skolevei og nettverk?",
                        ],
                    },
                    {
                        "text": "Vurdere behovet for oppfølging etter innflytting",
                        "responsible": ["saksbehandler", "helse-og-omsorg", "bo-oppfolger"],
                        "sub_points": [
                            "Trenger søkeren oppfølging i bolig, og hvem skal i så fall gi den?",
                        ],
                    },
                    {
                        "text": "Behandle søknaden i tildelingsmøte der kommunen bruker det",
                        "responsible": ["boligkontor", "eiendom", "nav", "helse-og-omsorg"],
                        "sub_points": [
                            "Hvem deltar fast, og hvem kalles inn etter behov?",
                            "Hvem avgjør saken dersom deltakerne er uenige, og hvordan dokumenteres vurderingene?",
                        ],
                    },
                    {
                        "text": "Vurdere om søkeren har rett til individuelt tilpasset bistand etter boligsosialloven",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Er søkeren vanskeligstilt på boligmarkedet? Da har søkeren krav på et vedtak om bistand, også om søknaden om kommunal bolig avslås",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Er det søkerens behov, eller hvilke boliger som tilfeldigvis er ledige, som styrer vurderingen vår?",
            "Får søkeren si sin mening før vi konkluderer, også om forhold vi har fått vite om fra andre?",
        ],
        "glossary_terms": [
            "tildeling",
            "kommunal-bolig",
            "tverrfaglig-samarbeid",
            "startlan",
            "depositumsgaranti",
        ],
        "law_references": ["forvaltningsloven-11a", "forvaltningsloven-17", "boligsosialloven-6"],
        "tools": [],
        "subprocesses": [],
    },
    {
        "number": 3,
        "title": "Vedtak",
        "slug": "vedtak",
        "short_description": (
            "<p>Søkeren får et skriftlig vedtak om tildeling eller avslag. Vedtaket skal, i denne "
            "rekkefølgen, inneholde konklusjonen og begrunnelsen. Ved tildeling skal det stå hva slags bolig "
            "søkeren får, hvor lenge leieforholdet skal vare og hvilke vedlegg som følger med. Uansett utfall "
            "skal vedtaket opplyse om retten til å klage.</p>"
            "<p>Mangel på ledige boliger er ingen grunn til å vente med vedtaket; den konkrete boligen kan "
            "tildeles senere. Ved avslag bør kommunen vurdere om søkeren trenger veiledning om andre "
            "boligsosiale virkemidler. Klager sendes til enheten som fattet vedtaket. Den kan omgjøre vedtaket "
            "selv, og ellers sendes saken til klageinstansen, som skal prøve saken reelt og selvstendig.</p>"
        ),
        "results_intro": "Fasen er ferdig når kommunen har fattet et endelig vedtak i tråd med regelverket, om nødvendig etter klage:",
        "results": [
            "Den som har fullmakt, har fattet vedtak uten ugrunnet opphold",
            "Vedtaket er skriftlig, begrunnet og viser til regelverket det bygger på",
            "Ved tildeling står det hva slags bolig søkeren får, hvor lenge leieforholdet varer, og hvem søkeren skal kontakte om visning og kontrakt",
            "Vedtaket opplyser om klageadgang, klagefrist og hvilken hjelp søkeren kan få til å klage",
            "Ved avslag har søkeren fått veiledning om andre virkemidler",
            "Eventuelle klager er vurdert på nytt og enten omgjort eller sendt til klageinstansen, som har avgjort dem",
        ],
        "task_groups": [
            {
                "heading": "Skrive vedtaket",
                "tasks": [
                    {
                        "text": "Fatte vedtak om tildeling eller avslag",
                        "responsible": ["saksbehandler", "boligkontor"],
                        "sub_points": [
                            "Er det den som har delegert myndighet, som fatter vedtaket?",
                            (
                                "Beskriv tilbudet så konkret som mulig: omtrentlig størrelse, antall rom, lengden på "
                                "leiekontrakten og eventuelle krav som bakkeplan eller heis. Da er det bare beliggenhet og "
                                "husleie som er nytt når boligen tilbys"
                            ),
                            "Må søkeren vente på en bolig? Skriv i så fall at vedtaket faller bort dersom forutsetningene det bygger på, endrer seg",
                        ],
                    },
                    {
                        "text": "Begrunne vedtaket",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Vis til reglene vedtaket bygger på, og til de faktiske forholdene som er lagt til grunn",
                            "Forklar hvilke hensyn som har vært avgjørende, særlig ved avslag",
                        ],
                    },
                    {
                        "text": "Opplyse om klageadgang, klagefrist og hjelp til å klage",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Klagefristen er tre uker fra søkeren fikk vedtaket, og klagen sendes til enheten som fattet vedtaket",
                            "I spesielle tilfeller bør vedtaket også opplyse om muligheten til å be om utsatt iverksetting, om veiledningsplikten, om dekning av sakskostnader og om fri rettshjelp",
                            "Har søkeren en fullmektig? Da skal vedtaket også sendes til fullmektigen",
                        ],
                    },
                    {
                        "text": "Veilede om andre virkemidler når søknaden avslås",
                        "responsible": ["saksbehandler", "nav", "okonomiradgiver"],
                        "sub_points": [
                            "Er bostøtte, depositumsgaranti fra Nav, startlån eller økonomisk rådgivning aktuelt?",
                            "Trenger søkeren et vedtak om individuelt tilpasset bistand etter boligsosialloven?",
                        ],
                    },
                ],
            },
            {
                "heading": "Når søkeren får tildelt bolig",
                "tasks": [
                    {
                        "text": "Gi forvalteren beskjed og avtale visning og kontrakt",
                        "responsible": ["boligkontor", "eiendom"],
                        "sub_points": [
                            "Forvalteren og enheten som fattet vedtaket, bør sammen finne en bolig som passer husstandens behov",
                            "For boliger til vanskeligstilte kan kommunen inngå tidsbestemte leieavtaler etter særregelen i husleieloven",
                        ],
                    },
                    {
                        "text": "Sette i gang oppfølgingen som er vurdert nødvendig",
                        "responsible": ["helse-og-omsorg", "bo-oppfolger"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Klage",
                "tasks": [
                    {
                        "text": "Vurdere klagen på nytt i enheten som fattet vedtaket",
                        "responsible": ["saksbehandler"],
                        "sub_points": [
                            "Gir klagen eller nye opplysninger grunn til å endre vedtaket?",
                            "Opprettholdes vedtaket, forberedes saken og sendes til klageinstansen – en enhet i kommunen kan ikke selv avgjøre klagen endelig",
                            (
                                "Som hovedregel kan søkeren klage på et avslag, men ikke på hvilken bolig som tilbys – med "
                                "mindre boligen åpenbart ikke passer, for eksempel en bolig i fjerde etasje uten heis for "
                                "en rullestolbruker"
                            ),
                        ],
                    },
                    {
                        "text": "Avgjøre klagen etter en selvstendig prøving av hele saken",
                        "responsible": ["klagenemnd"],
                        "sub_points": [
                            "Klageinstansen kan prøve alle sider av saken og skal ta stilling til de synspunktene klageren kommer med",
                            "Sivilombudet har slått fast at manglende kunnskap om de andre søkerne eller om ledige boliger ikke er et argument for å opprettholde et avslag",
                            "Konklusjonen kan være å avvise klagen, ikke ta den til følge, oppheve vedtaket og sende saken tilbake, eller gi klageren medhold",
                        ],
                    },
                    {
                        "text": "Sende klager på vedtak om bistand etter boligsosialloven til Statsforvalteren",
                        "responsible": ["saksbehandler", "statsforvalteren"],
                        "sub_points": [
                            "Statsforvalteren har laget et eget oversendelsesskjema for slike klagesaker",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Vil søkeren forstå av vedtaket hvorfor det ble som det ble, og hva hun eller han kan gjøre videre?",
            "Hvor mange av avslagene våre blir omgjort etter klage, og hva forteller det om saksbehandlingen?",
        ],
        "glossary_terms": [
            "enkeltvedtak",
            "klagenemnd",
            "tildeling",
            "boligsosialloven",
            "depositumsgaranti",
            "bostotte",
        ],
        "law_references": [
            "forvaltningsloven-2",
            "forvaltningsloven-11a",
            "forvaltningsloven-24",
            "forvaltningsloven-25",
            "forvaltningsloven-27",
            "forvaltningsloven-28",
            "forvaltningsloven-29",
            "forvaltningsloven-34",
            "husleieloven-11-1",
            "boligsosialloven",
        ],
        "tools": [
            {
                "title": "Oversendelsesskjema for klagesak etter boligsosialloven",
                "description": (
                    "Skjema fra Statsforvalteren som kommunen bruker når den sender en klage på vedtak etter "
                    "boligsosialloven videre til Statsforvalteren."
                ),
                "url": "https://www.statsforvalteren.no/nb/agder/helse-omsorg-og-sosialtjenester/Boligsosialt-arbeid/ny-boligsosial-lov-gjelder-fra-1.juli.2023/",
            },
        ],
        "subprocesses": [],
    },
]
