"""Oppfølgingstjenester i hjemmet: written from veiviseren.no (process overview and phase 3
«Helhetlig oppfølging»; the pages «Kartlegging» and «Bo- og tjenestetilbud til personer med
ROP-lidelser»; «Bo-oppfølging og andre typer tjenester i og ved bolig»), Helsedirektoratet (IPLOS,
KPR), Helsedirektoratet's saksbehandlingsveileder as quoted in Vernepleieren, the Lovavdelingen's
statement on forvaltningsloven § 35, and municipal pages from Bodø and Tønsberg (see SOURCES). No
stored pages were found for phase 1 «Kontaktetablering og kartlegging» and phase 2 «Utmåling og
tildeling av tjenester»; they are written from the overview, phase 3 and the other sources."""

AREA = "tjenester-og-bo-oppfolging"

SOURCES = [
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/tjenester-og-bo-oppfolging/oppfolgingstjenester-i-hjemmet",
        "title": "Oppfølgingstjenester i hjemmet (veiviseren.no, arbeidsprosess)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/tjenester-og-bo-oppfolging/oppfolgingstjenester-i-hjemmet/helhetlige-tjenester",
        "title": "Fase 3: Helhetlig oppfølging (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/tjenester-og-bo-oppfolging/bo-og-tjenestetilbud-til-personer-med-rop/kartlegging",
        "title": "Kartlegging – bo- og tjenestetilbud til personer med ROP-lidelser (veiviseren.no)",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/tjenester-og-bo-oppfolging/bo-og-tjenestetilbud-til-personer-med-rop",
        "title": "Bo- og tjenestetilbud til personer med samtidig ruslidelse og psykisk lidelse (veiviseren.no)",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/tjenester-og-bo-oppfolging/bo-oppfolging-og-andre-typer-tjenester-i-og-ved-bolig",
        "title": "Bo-oppfølging og andre typer tjenester i og ved bolig (veiviseren.no)",
    },
    {
        "url": "https://helsedirektoratet.no/retningslinjer/iplos-veileder-for-personell-i-kommunale-helse-og-omsorgstjenester",
        "title": "IPLOS – veileder for personell i kommunale helse- og omsorgstjenester (Helsedirektoratet)",
    },
    {
        "url": "https://www.helsedirektoratet.no/rapporter/kommunale-helse-og-omsorgstjenester-2022/introduksjon/kommunale-helse-og-omsorgstjenester-i-rapporten",
        "title": "Kommunale helse- og omsorgstjenester 2022 – om KPR og IPLOS (Helsedirektoratet)",
    },
    {
        "url": "https://fagbladet-vernepleieren.no/fagbladet/vernepleieren-2-2023/20/",
        "title": "Vernepleieren 2-2023: sitater fra Helsedirektoratets veileder om saksbehandling av helse- og omsorgstjenester",
    },
    {
        "url": "https://www.regjeringen.no/no/dokumenter/-35---adgangen-til-a-gjore-endringer-i-l/id747348/",
        "title": "Adgangen til å gjøre endringer i løpende vedtak om kommunale helse- og omsorgstjenester – forvaltningsloven § 35 (Lovavdelingen)",
    },
    {
        "url": "https://bodo.kommune.no/helsetjenester_j_hjemmet/vis-skjul-artikler-helsetjenester-i-hjemmet/slik-vurderer-vi-soknaden",
        "title": "Helsetjenester i hjemmet – slik vurderer vi søknaden (Bodø kommune)",
    },
    {
        "url": "https://bodo.kommune.no/sok-helse-omsorgstjenester/vis-skjul-artikler-sok-tjenester/nar-vi-har-mottatt-soknaden-din",
        "title": "Når vi har mottatt søknaden din (Bodø kommune)",
    },
    {
        "url": "https://www.tonsberg.kommune.no/helse-og-omsorg/psykisk-helse-og-rus/hva-er-vedtaksbaserte-tjenester/",
        "title": "Hva er vedtaksbaserte tjenester? (Tønsberg kommune)",
    },
    {
        "url": "https://www.statsforvalteren.no/nb/innlandet/helse-omsorg-og-sosialtjenester/bolig-for-velferd/boligsosial-lov-tradte-i-kraft-01.07.23/",
        "title": "Boligsosial lov trådte i kraft 01.07.23 (Statsforvalteren i Innlandet)",
    },
]


WORK_PROCESS = {
    "title": "Oppfølgingstjenester i hjemmet",
    "slug": "oppfolgingstjenester-i-hjemmet",
    "search_description": (
        "Slik kartlegger kommunen behov, fatter vedtak og gir helhetlige oppfølgingstjenester i hjemmet, særlig "
        "til personer med rusproblemer og psykiske lidelser."
    ),
    "intro": (
        "<p>Kommunen skal sørge for nødvendige helse- og omsorgstjenester til personer som trenger hjelp for å "
        "mestre livet og boforholdet sitt. Tjenestene skal dekke de samlede behovene personen har rett til å få "
        "dekket, og bygge på en individuell kartlegging og en vurdering etter pasient- og "
        "brukerrettighetsloven. De skal gis med respekt og verdighet, og ta hensyn til brukerens egne ønsker så "
        "langt det er mulig og forsvarlig.</p>"
        "<p>En trygg og forutsigbar bosituasjon er grunnlaget for å mestre hverdagen, håndtere helseplager, delta "
        "i samfunnet og unngå sosiale problemer. Arbeidsprosessen gjelder alle, men retter seg særlig mot "
        "personer med rusproblemer og psykiske lidelser. Den har tre faser: kontaktetablering og kartlegging, "
        "utmåling og tildeling av tjenester, og helhetlig oppfølging.</p>"
    ),
    "background": (
        "<p>Kommunen kan få vite om et hjelpebehov på mange måter: gjennom en søknad eller en annen henvendelse "
        "fra personen selv eller en fullmektig, gjennom en bekymringsmelding fra pårørende, naboer, fastlegen, "
        "andre kommunale tjenester eller spesialisthelsetjenesten, gjennom frivillige organisasjoner og "
        "brukerorganisasjoner, gjennom melding om en pasient som er utskrivningsklar fra sykehus eller "
        "institusjon, eller gjennom melding om løslatelse fra fengsel.</p>"
        "<p>Mange trenger bare praktiske råd om boforholdet, mens andre trenger sammensatt og langvarig hjelp. "
        "Tjenestene gis etter helse- og omsorgstjenesteloven og pasient- og brukerrettighetsloven. Trenger "
        "personen i tillegg hjelp til å skaffe eller beholde bolig, har hun eller han siden 1. juli 2023 rett "
        "til individuelt tilpasset bistand etter boligsosialloven. Den boligsosiale plikten som tidligere lå i "
        "helse- og omsorgstjenesteloven § 3-7, er videreført der.</p>"
    ),
    "body": (
        "<p>Hver fase har en kort beskrivelse, resultater og oppgaver med forslag til ansvar. Kartleggingen og "
        "vurderingen av behov gjentas gjennom hele forløpet, fordi behovene endrer seg.</p>"
        "<h3>Hvem har ansvaret</h3>"
        "<p>Helse- og omsorgstjenesten – ofte et tildelingskontor eller en forvaltningsenhet – kartlegger, "
        "vurderer og fatter vedtak. Tjenestene utføres av hjemmetjenesten, psykisk helse- og rustjenesten, "
        "bo-oppfølgere og andre. Den koordinerende enheten har ansvar for individuell plan og koordinator. Nav, "
        "spesialisthelsetjenesten og eventuelt kriminalomsorgen er viktige samarbeidspartnere, og brukeren selv "
        "skal være med på å bestemme innholdet i tjenestene.</p>"
    ),
    "kind": "linear",
    "glossary_terms": [
        "bruker",
        "oppfolgingstjenester-i-bolig",
        "kartlegging",
        "iplos",
        "vedtak",
        "helsetjenester-i-hjemmet",
        "praktisk-bistand-og-opplaering",
        "individuell-plan",
        "koordinator",
        "koordinerende-enhet",
        "ansvarsgruppe",
        "informert-samtykke",
        "rop-lidelser",
        "bedringsprosess",
        "brukermedvirkning",
    ],
    "law_references": [
        "helse-og-omsorgstjenesteloven-3-1",
        "helse-og-omsorgstjenesteloven-3-2",
        "pasient-og-brukerrettighetsloven-2-1a",
        "boligsosialloven-6",
    ],
    "target_groups": [
        "personer-med-rusproblemer",
        "personer-med-psykiske-lidelser",
        "loslatte-fra-fengsel",
        "bostedslose",
        "vanskeligstilte-pa-boligmarkedet",
    ],
    "themes": [
        "Oppfølging i bolig",
        "Rus og psykisk helse",
        "Kartlegging",
        "Tverrfaglig samarbeid",
        "Brukermedvirkning",
    ],
}

PHASES = [
    {
        "number": 1,
        "title": "Kontaktetablering og kartlegging",
        "slug": "kontaktetablering-og-kartlegging",
        "short_description": (
            "<p>Når kommunen får vite om et mulig hjelpebehov, må den ta kontakt med personen og kartlegge "
            "situasjonen sammen med henne eller ham. Uten kartlegging blir oppfølgingen lett prøving og feiling, "
            "og helheten i behovene blir borte. Kartleggingen skjer gjennom samtaler med brukeren og, når "
            "brukeren samtykker, med familie og nettverk. Et hjemmebesøk gir ofte et bedre bilde av hvordan "
            "personen mestrer boforholdet.</p>"
            "<p>Begynn med ressursene og interessene. Deretter kartlegges blant annet somatisk og psykisk helse, "
            "bruk av rusmidler, kognitive funksjoner, økonomi, bosituasjon og hvem personen kan bo sammen med. "
            "Brukeren må gi informert samtykke til en systematisk kartlegging og til at resultatene brukes i "
            "oppfølgingen. Kartlegg bare når tjenesten faktisk kan tilby hjelp, og sjekk tidligere kartlegginger, "
            "slik at brukeren slipper å svare på de samme spørsmålene igjen og igjen.</p>"
            "<p>Opplysningene om funksjon og bistandsbehov registreres etter den nasjonale IPLOS-standarden. "
            "I dag rapporteres de til Kommunalt pasient- og brukerregister (KPR), som ble opprettet i 2017.</p>"
        ),
        "results_intro": "Fasen er ferdig når kommunen har et godt nok grunnlag til å vurdere og tildele tjenester:",
        "results": [
            "Kommunen har fått kontakt med personen, og det er avklart hvem som følger saken",
            "Brukerens ressurser, ønsker, mål og behov er kartlagt sammen med brukeren",
            "Brukeren har gitt informert samtykke til kartlegging og til samarbeid med andre",
            "Opplysninger fra pårørende, fastlege, spesialisthelsetjenesten og andre er innhentet der brukeren samtykker",
            "Funksjonsnivå og bistandsbehov er registrert etter IPLOS",
            "Det er avklart om brukeren også trenger boligsosial bistand, økonomisk hjelp eller arbeidsrettet oppfølging",
        ],
        "task_groups": [
            {
                "heading": "Ta imot henvendelsen og etablere kontakt",
                "tasks": [
                    {
                        "text": "Registrere henvendelsen og vurdere hvor raskt kommunen må handle",
                        "responsible": ["helse-og-omsorg"],
                        "sub_points": [
                            "Gjelder det en utskrivningsklar pasient, en forestående løslatelse eller en akutt krise?",
                            "Er det en søknad, eller en bekymringsmelding som krever at kommunen tar kontakt?",
                        ],
                    },
                    {
                        "text": "Ta kontakt med personen og avtale en samtale, gjerne hjemme hos henne eller ham",
                        "responsible": ["helse-og-omsorg", "bo-oppfolger"],
                        "sub_points": [
                            "Hvordan møter vi en person som ikke selv har bedt om hjelp?",
                            "Trengs det tolk eller en person brukeren har tillit til?",
                        ],
                    },
                    {
                        "text": "Avklare samtykke til kartlegging og til å innhente og dele opplysninger",
                        "responsible": ["helse-og-omsorg", "bruker"],
                        "sub_points": [
                            "Er samtykket informert, og vet brukeren hva opplysningene skal brukes til?",
                        ],
                    },
                ],
            },
            {
                "heading": "Kartlegge behov og ressurser",
                "tasks": [
                    {
                        "text": "Kartlegge ressurser, interesser, mål og ønsker sammen med brukeren",
                        "responsible": ["helse-og-omsorg", "bruker"],
                        "sub_points": [
                            "Hva er viktig for brukeren selv, og hva ønsker hun eller han å få til?",
                        ],
                    },
                    {
                        "text": "Kartlegge helse, rusmiddelbruk, kognitiv funksjon, økonomi og bosituasjon",
                        "responsible": ["helse-og-omsorg", "nav"],
                        "sub_points": [
                            "Finnes det tidligere kartlegginger som kan brukes, slik at brukeren slipper å gjenta alt?",
                            "Bør det brukes et kartleggingsverktøy, for eksempel et av verktøyene som er anbefalt i ROP-retningslinjen?",
                            "Står personen i fare for å miste boligen, for eksempel på grunn av husleierestanse eller konflikter med naboer?",
                        ],
                    },
                    {
                        "text": "Vurdere boligens tilstand og forholdene for tjenesteyting i hjemmet",
                        "responsible": ["helse-og-omsorg"],
                        "sub_points": [
                            "Er boligen egnet, og må noe på plass før tjenester kan ytes forsvarlig der?",
                        ],
                    },
                    {
                        "text": "Innhente opplysninger fra pårørende, fastlege, spesialisthelsetjenesten og andre som kjenner brukeren",
                        "responsible": ["helse-og-omsorg", "spesialisthelsetjenesten"],
                        "sub_points": [
                            "Trengs det en mer omfattende utredning i spesialisthelsetjenesten?",
                        ],
                    },
                    {
                        "text": "Registrere funksjonsnivå og bistandsbehov etter IPLOS",
                        "responsible": ["helse-og-omsorg"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Kartlegger vi det brukeren mestrer, eller bare det hun eller han ikke mestrer?",
            "Hvor mange ganger har denne brukeren svart på de samme spørsmålene fra ulike tjenester?",
        ],
        "glossary_terms": [
            "kartlegging",
            "iplos",
            "informert-samtykke",
            "rop-lidelser",
            "bruker",
            "brukermedvirkning",
        ],
        "law_references": [
            "pasient-og-brukerrettighetsloven-3-1",
            "pasient-og-brukerrettighetsloven-4-1",
            "forvaltningsloven-17",
        ],
        "tools": [
            {
                "title": "IPLOS – veileder for personell i kommunale helse- og omsorgstjenester (Helsedirektoratet)",
                "description": "Oversikt over IPLOS-opplysningene med beskrivelser og krav til registrering, for saksbehandlere og tjenesteytere.",
                "url": "https://helsedirektoratet.no/retningslinjer/iplos-veileder-for-personell-i-kommunale-helse-og-omsorgstjenester",
            },
            {
                "title": "Kartleggingsverktøy anbefalt i ROP-retningslinjen",
                "description": "Nasjonal faglig retningslinje for personer med samtidig ruslidelse og psykisk lidelse (IS-1948) anbefaler verktøy for screening og kartlegging, blant annet av rusmiddelbruk.",
                "url": "",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 2,
        "title": "Utmåling og tildeling av tjenester",
        "slug": "utmaling-og-tildeling-av-tjenester",
        "short_description": (
            "<p>På grunnlag av kartleggingen vurderer kommunen hvilke tjenester brukeren har behov for og rett "
            "til, og fatter vedtak. Retten til nødvendige helse- og omsorgstjenester gjelder alle, uavhengig av "
            "diagnose, og bygger på en individuell helse- og sosialfaglig vurdering. Tjenesten skal være "
            "forsvarlig: den skal holde god nok kvalitet og gis i tide og i tilstrekkelig omfang.</p>"
            "<p>Vedtaket skal si hvilke tjenester som gis, i hvilket omfang, til hvilken tid og for hvor lang tid. "
            "Det bør være så konkret at brukeren vet hva hun eller han kan forvente, men så fleksibelt at det tåler "
            "vanlige svingninger i behovet. Vedtaket skal begrunnes: hvilke regler som er brukt, hvilke fakta som "
            "er lagt til grunn, og hvilke hensyn som har vært avgjørende. Brukeren kan klage til "
            "Statsforvalteren, og klagen sendes først til kommunen.</p>"
        ),
        "results_intro": "Fasen er ferdig når:",
        "results": [
            "Brukeren har fått et skriftlig og begrunnet vedtak med informasjon om klageadgang",
            "Vedtaket beskriver hvilke tjenester som gis, omfang, tidspunkt og varighet",
            "Brukeren har medvirket i utformingen av tjenestene",
            "Tjenesteyterne vet hva vedtaket omfatter, og oppstart er avtalt",
            "Det er vurdert om brukeren har rett til individuell plan og koordinator",
        ],
        "task_groups": [
            {
                "heading": "Vurdere og utmåle",
                "tasks": [
                    {
                        "text": "Vurdere hvilke tjenester brukeren har behov for og rett til",
                        "responsible": ["helse-og-omsorg", "saksbehandler"],
                        "sub_points": [
                            "Er det behov for helsetjenester i hjemmet, praktisk bistand og opplæring, støttekontakt eller andre tjenester?",
                            "Hva kan brukeren klare selv med opplæring og veiledning, og hva må tjenestene gjøre?",
                        ],
                    },
                    {
                        "text": "Utforme tjenestene sammen med brukeren",
                        "responsible": ["helse-og-omsorg", "bruker"],
                        "sub_points": [
                            "Passer tidspunktene og formen på tjenestene med brukerens hverdag?",
                        ],
                    },
                    {
                        "text": "Vurdere samtidig behovet for boligsosial bistand og ytelser fra Nav",
                        "responsible": ["helse-og-omsorg", "nav", "boligkontor"],
                        "sub_points": [
                            "Skal det fattes vedtak om boligsosial bistand etter boligsosialloven?",
                            "Kan tjenestene ses i sammenheng med arbeidsrettet oppfølging fra Nav?",
                        ],
                    },
                ],
            },
            {
                "heading": "Vedtak og oppstart",
                "tasks": [
                    {
                        "text": "Fatte skriftlig vedtak med begrunnelse og informasjon om klageadgang",
                        "responsible": ["helse-og-omsorg", "saksbehandler"],
                        "sub_points": [
                            "Går det fram hva som gis, hvor mye, når og hvor lenge?",
                            "Er begrunnelsen skrevet slik at brukeren forstår den?",
                        ],
                    },
                    {
                        "text": "Informere tjenesteyterne om vedtaket og avtale oppstart med brukeren",
                        "responsible": ["helse-og-omsorg", "bo-oppfolger"],
                        "sub_points": [
                            "Vet brukeren hvem som kommer, og hvem som er kontaktperson?",
                        ],
                    },
                    {
                        "text": "Tilby individuell plan og koordinator når brukeren har behov for langvarige og koordinerte tjenester",
                        "responsible": ["helse-og-omsorg"],
                        "sub_points": [
                            "Koordinerende enhet har ansvar for arbeidet med individuell plan og for å oppnevne koordinator.",
                        ],
                    },
                    {
                        "text": "Behandle endringer og klager på vedtaket",
                        "responsible": ["helse-og-omsorg", "statsforvalteren"],
                        "sub_points": [
                            "Kommunen vurderer klagen først, og sender den til Statsforvalteren hvis vedtaket opprettholdes.",
                            "Et løpende vedtak kan ikke uten videre endres til ugunst for brukeren; reglene om omgjøring i forvaltningsloven § 35 gjelder.",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Er vedtakene våre så konkrete at brukeren kan sjekke om hun eller han får det som er lovet?",
            "Utformer vi tjenestene sammen med brukeren, eller bare for brukeren?",
        ],
        "glossary_terms": [
            "vedtak",
            "helsetjenester-i-hjemmet",
            "praktisk-bistand-og-opplaering",
            "stottekontakt",
            "individuell-plan",
            "koordinator",
        ],
        "law_references": [
            "pasient-og-brukerrettighetsloven-2-1a",
            "helse-og-omsorgstjenesteloven-3-2",
            "forvaltningsloven-24",
            "forvaltningsloven-25",
            "forvaltningsloven-35",
            "pasient-og-brukerrettighetsloven-7-2",
            "boligsosialloven-6",
        ],
        "tools": [
            {
                "title": "Helsedirektoratets veileder for saksbehandling av tjenester etter helse- og omsorgstjenesteloven",
                "description": "Veileder om vurdering av rett til tjenester, krav til vedtakets innhold og begrunnelse, og klagebehandling.",
                "url": "",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 3,
        "title": "Helhetlig oppfølging",
        "slug": "helhetlige-tjenester",
        "short_description": (
            "<p>Gjennom individuell plan og godt samarbeid mellom tjenestene får brukeren forutsigbare og "
            "koordinerte tjenester som henger sammen med egne ønsker og mål. Pårørende og nettverk deltar når det "
            "er hensiktsmessig og brukeren samtykker. Oppfølgingen i hjemmet skal styrke brukerens evne til å "
            "mestre hverdagen og boforholdet, og skje samtidig med annen hjelp fra kommunen, Nav og "
            "spesialisthelsetjenesten.</p>"
            "<p>Behovene og bistanden må vurderes og justeres jevnlig, ut fra observasjoner, ny kunnskap og det som "
            "kommer fram i møter med brukeren og samarbeidspartnerne, blant annet i ansvarsgruppen og i arbeidet "
            "med individuell plan. Trenger brukeren i perioder mer hjelp enn det som kan gis i hjemmet, må "
            "alternativer vurderes sammen med brukeren: et behandlingsopphold i spesialisthelsetjenesten, et "
            "opphold i kommunal institusjon, brukerstyrte plasser eller et annet forsterket tilbud.</p>"
        ),
        "results_intro": "Fasen er i orden når:",
        "results": [
            "Brukeren får individuelt tilpasset oppfølging i hjemmet som en del av et helhetlig behandlings- og rehabiliteringsforløp",
            "Tjenestene er fleksible og tilpasset brukerens situasjon, og brukeren deltar aktivt i egen bedringsprosess",
            "Tjenestene ses i sammenheng med Nav-tjenester, også de arbeidsrettede, og med andre hjelpetiltak",
            "Individuell plan og koordinator er på plass og brukes aktivt sammen med brukeren",
            "Brukere som ikke ønsker individuell plan, har likevel fått tilbud om koordinator",
            "Behov og bistand evalueres jevnlig, og vedtaket endres når behovet endrer seg",
        ],
        "task_groups": [
            {
                "heading": "Koordinering og samarbeid",
                "tasks": [
                    {
                        "text": "Utarbeide individuell plan sammen med brukeren og oppnevne koordinator",
                        "responsible": ["helse-og-omsorg", "bruker"],
                        "sub_points": [
                            "Er målene i planen brukerens egne?",
                            "Hvem er koordinator, og vet alle tjenestene det?",
                        ],
                    },
                    {
                        "text": "Etablere og lede en ansvarsgruppe når flere tjenester er involvert",
                        "responsible": ["helse-og-omsorg", "nav", "spesialisthelsetjenesten"],
                        "sub_points": [
                            "Skjer det noe mellom møtene, og følges avtalene opp?",
                        ],
                    },
                    {
                        "text": "Involvere pårørende og nettverk når brukeren ønsker det",
                        "responsible": ["helse-og-omsorg", "bruker"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Oppfølging i hjemmet",
                "tasks": [
                    {
                        "text": "Gi oppfølging i hjemmet som styrker brukerens mestring av hverdagen og boforholdet",
                        "responsible": ["bo-oppfolger", "helse-og-omsorg"],
                        "sub_points": [
                            "Får brukeren veiledning, opplæring og trening i praktiske ferdigheter, ikke bare hjelp?",
                            "Følges økonomi, husleie og naboforhold med, slik at boligen ikke står i fare?",
                        ],
                    },
                    {
                        "text": "Se tjenestene i sammenheng med arbeid, aktivitet og Nav-tjenester",
                        "responsible": ["nav", "helse-og-omsorg"],
                        "sub_points": [
                            "Er arbeidsrettet oppfølging, for eksempel individuell jobbstøtte, vurdert?",
                        ],
                    },
                ],
            },
            {
                "heading": "Evaluering og justering",
                "tasks": [
                    {
                        "text": "Evaluere behov og bistand jevnlig sammen med brukeren og samarbeidspartnerne",
                        "responsible": ["helse-og-omsorg", "bruker"],
                        "sub_points": [
                            "Har noe endret seg i helse, rus, økonomi eller bosituasjon?",
                            "Må vedtaket endres, og er brukeren hørt før endringen?",
                        ],
                    },
                    {
                        "text": "Vurdere forsterket tilbud i perioder når hjelpen i hjemmet ikke strekker til",
                        "responsible": ["helse-og-omsorg", "spesialisthelsetjenesten", "bruker"],
                        "sub_points": [
                            "Er behandlingsopphold, kommunal institusjon eller brukerstyrt plass aktuelt?",
                            "Hvordan sikres boligen mens brukeren er borte?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Opplever brukeren at tjenestene henger sammen, eller må hun eller han selv koordinere dem?",
            "Hvordan støtter vi brukerens egen bedringsprosess, også når det går tregt?",
        ],
        "glossary_terms": [
            "individuell-plan",
            "koordinator",
            "koordinerende-enhet",
            "ansvarsgruppe",
            "bedringsprosess",
            "oppfolgingstjenester-i-bolig",
            "samhandling",
        ],
        "law_references": [
            "helse-og-omsorgstjenesteloven-7-1",
            "helse-og-omsorgstjenesteloven-7-2",
            "helse-og-omsorgstjenesteloven-7-3",
            "pasient-og-brukerrettighetsloven-2-5",
        ],
        "tools": [],
        "subprocesses": [],
    },
]
