"""Fra asylmottak til kommune: written from veiviseren.no (process overview and phase 1
"Formidling av flyktninger"; phases 2 and 3 were not in the stored pages, so they are written
from IMDi, UDI, Helsedirektoratet, KS and municipal pages, and from the parallel veiviseren
phase "Bosetting og integrering" in "Bosetting av overføringsflyktninger"). See SOURCES.

Plain data, no Django imports. Rich-text values use only <p>, <ul>, <ol>, <li>, <strong>,
<em> and <h3>.
"""

AREA = "overgang-til-bolig-i-kommune"

SOURCES = [
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/overgang-til-bolig-i-kommune/fra-asylmottak-til-kommune",
        "title": "Veiviseren: Fra asylmottak til kommune (arbeidsprosess)",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/overgang-til-bolig-i-kommune/fra-asylmottak-til-kommune/formidling-av-flyktninger-til-kommunene",
        "title": "Veiviseren: Fra asylmottak til kommune – Fase 1: Formidling av flyktninger",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/overgang-til-bolig-i-kommune/bosetting-av-overforingsflyktninger/bosetting-i-kommunen",
        "title": "Veiviseren: Bosetting av overføringsflyktninger – Fase 4: Bosetting og integrering",
    },
    {
        "url": (
            "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/"
            "anmodning-og-vedtak-om-bosetting-av-flyktninger/"
            "fastsettelse-av-bosettingsbehov-og-anmodning-til-kommunene"
        ),
        "title": "Veiviseren: Planlegge for bosetting av flyktninger – Anmodning og vedtak om bosetting",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/overgang-til-bolig-i-kommune/flyktninger-som-finner-bolig-selv/avtalt-selvbosetting-fase",
        "title": "Veiviseren: Flyktninger som finner bolig selv – Fase 1: Avtalt selvbosetting",
    },
    {
        "url": "https://www.imdi.no/planlegging-og-bosetting/slik-bosettes-flyktninger/familier-og-enslige-voksne/",
        "title": "IMDi: Familier og enslige voksne på asylmottak (versjoner 2021 og 2024)",
    },
    {
        "url": "https://www.imdi.no/planlegging-og-bosetting/bosettingsprosessen/tildeling-av-bosettingskommune/",
        "title": "IMDi: Tildeling av bosettingskommune",
    },
    {
        "url": "https://www.imdi.no/nir-og-bosetting/bosetting/",
        "title": "IMDi: System for bosetting og bosettingsforberedende arbeid (IMDinett)",
    },
    {
        "url": "https://www.imdi.no/kommunene-bes-sjekke-status-over-bosatte-i-2022/",
        "title": "IMDi: Kommunene bes sjekke status over bosatte i 2022",
    },
    {
        "url": "https://www.imdi.no/planlegging-og-bosetting/kommunens-arbeid/boliger-til-flyktninger/",
        "title": "IMDi: Boliger til flyktninger",
    },
    {
        "url": "https://www.imdi.no/planlegging-og-bosetting/bosettingsprosessen/selvbosetting/",
        "title": "IMDi: Bosetting av flyktninger som finner bolig på egen hånd",
    },
    {
        "url": "https://www.imdi.no/arkiv/arkiverte-publikasjoner/avtalt-selvbosetting-blant-flyktninger.pdf/",
        "title": "IMDi/NIBR: Avtalt selvbosetting blant flyktninger (2016)",
    },
    {
        "url": "https://www.imdi.no/planlegging-og-bosetting/kommunens-arbeid/bosetting-og-kommuneokonomi/",
        "title": "IMDi: Bosetting og kommuneøkonomi",
    },
    {
        "url": "https://www.imdi.no/tilskudd/integreringstilskudd/",
        "title": "IMDi: Integreringstilskudd",
    },
    {
        "url": "https://www.imdi.no/tilskudd/tilskudd-bosetting-personer-nedsatt-funksjonsevne-atferdsvansker/",
        "title": "IMDi: Tilskudd for bosetting av personer med nedsatt funksjonsevne eller atferdsvansker",
    },
    {
        "url": "https://www.imdi.no/kvalifisering/regelverk/kvalifisering-i-mottak/opplaring-i-norsk-og-samfunnskunnskap-for-asylsokere-i-mottak---integreringsloven/",
        "title": "IMDi: Opplæring i norsk og samfunnskunnskap for asylsøkere i mottak – integreringsloven",
    },
    {
        "url": "https://imdi.no/kvalifisering/regelverk/juridisk-veileder-til-integreringsloven/kapittel-3-tidlig-kvalifisering",
        "title": "IMDi: Juridisk veileder til integreringsloven, kapittel 3 Tidlig kvalifisering",
    },
    {
        "url": "https://introduksjonsprogrammet.imdi.no/temaer/integreringsfremmende-tiltak-for-bosetting/",
        "title": "IMDi: Integreringsfremmende tiltak før bosetting",
    },
    {
        "url": "https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/kompetansekartlegging-etter-integreringsloven/",
        "title": "IMDi: Kompetansekartlegging etter integreringsloven",
    },
    {
        "url": "https://imdiny-prep.imdi.no/regelverk/integreringsloven/veileder-til-integreringsloven/5.-kompetansekartlegging-og-karriereveiledning",
        "title": "IMDi: Veileder til integreringsloven, kapittel 5 Kompetansekartlegging og karriereveiledning",
    },
    {
        "url": "https://www.imdi.no/regelverk/integreringsloven/veileder-til-integreringsloven/6.-introduksjonsprogram",
        "title": "IMDi: Veileder til integreringsloven, kapittel 6 Introduksjonsprogram",
    },
    {
        "url": "https://norgeslover.no/api/eksport-lov.php?format=pdf&id=NL%2Flov%2F2020-11-06-127",
        "title": "Integreringsloven – innholdsfortegnelse",
    },
    {
        "url": "https://www.regjeringen.no/no/dokumenter/prop.-89-l-20192020/id2699012/?ch=7",
        "title": "Prop. 89 L (2019–2020) Integreringsloven, kapittel 7 Tidlig kvalifisering",
    },
    {
        "url": "https://www.udi.no/en/asylum-reception-centres/jobber-i-mottak/integrering-i-mottak/kartlegge-beboernes-kompetanse/",
        "title": "UDI: Kartlegge beboernes kompetanse",
    },
    {
        "url": "https://www.ks.no/fagomrader/innvandring-og-integrering/flyktninger/frivillig-for-kommunene-a-bosette-flyktninger/",
        "title": "KS: Frivillig for kommunene å bosette flyktninger",
    },
    {
        "url": "https://www.ks.no/fagomrader/innvandring-og-integrering/krigen-i-ukraina/flyktningers-rett-til-norskopplaring-og-introduksjonsprogram-fra-kommunene/",
        "title": "KS: Flyktningers rett til norskopplæring og introduksjonsprogram fra kommunene",
    },
    {
        "url": (
            "https://www.helsedirektoratet.no/veiledere/"
            "helsetjenester-til-asylsokere-flyktninger-og-familiegjenforente/"
            "helse-og-omsorgstjenester-for-bosatte-flyktninger-og-familiegjenforente/"
            "helseundersokelser-ved-direkte-bosetting-i-kommunen"
        ),
        "title": "Helsedirektoratet: Helseundersøkelser ved direkte bosetting i kommunen",
    },
    {
        "url": "https://www.tysnes.kommune.no/opplaering-for-bebuarar-i-asylmottak.321786.201069t2ee56.tct.html",
        "title": "Tysnes kommune: Opplæring for bebuarar i asylmottak",
    },
    {
        "url": "https://www.gausdal.kommune.no/bosetting.433021.no.html",
        "title": "Gausdal kommune: Bosetting",
    },
    {
        "url": "https://velkommentilhustadvika.no/bolig",
        "title": "Hustadvika kommune: Housing (bolig ved bosetting)",
    },
    {
        "url": "http://docplayer.me/708732-Bosetting-av-flyktninger-i-molde-kommune-med-eksempler-fra-sunndal-kommune.html",
        "title": "Bosetting av flyktninger i Molde kommune, med eksempler fra Sunndal kommune (presentasjon)",
    },
]

WORK_PROCESS = {
    "title": "Fra asylmottak til kommune",
    "slug": "fra-asylmottak-til-kommune",
    "search_description": (
        "Bosetting av flyktninger fra asylmottak: IMDis formidling, kommunens forberedelser, "
        "bolig, introduksjonsprogram og de første ukene i kommunen."
    ),
    "intro": (
        "<p>De fleste som får beskyttelse i Norge, bor i et asylmottak mens søknaden behandles og "
        "fram til de blir bosatt i en kommune. Staten og kommunene deler ansvaret: UDI avgjør "
        "søknaden om opphold, IMDi finner en bosettingskommune, og kommunen skaffer eller godkjenner "
        "en egnet bolig og gir tjenestene flyktningen har rett på.</p>"
        "<p>Denne arbeidsprosessen følger flyktningen fra oppholdstillatelsen er gitt, via kommunens "
        "forberedelser, til flyttingen og de første månedene i kommunen. Hovedvekten ligger på det "
        "kommunen selv må gjøre, og på samspillet med IMDi og mottaket.</p>"
    ),
    "background": (
        "<p>Bosetting av flyktninger er frivillig for kommunene. Hvert år ber IMDi kommunene om å ta "
        "imot et bestemt antall flyktninger, og kommunen svarer med et vedtak om hvor mange den skal "
        "bosette – som regel fattet av kommunestyret. Et vedtak om opphold fra Utlendingsdirektoratet "
        "(UDI) gir grunnlag for å bli bosatt med offentlig hjelp. Bosetting etter avtale mellom IMDi "
        "og kommunen er forutsetningen for at flyktningen får introduksjonsprogram, "
        "introduksjonsstønad og annen bistand som følger med.</p>"
        "<p>Alle kommuner som bosetter, har lovpålagte oppgaver. Noen er ordinære tjenester som alle "
        "innbyggere har krav på, for eksempel helse, skole, barnehage og bistand fra Nav. Andre er "
        "forbeholdt nyankomne innvandrere, som opplæring i norsk og samfunnskunnskap, og noen gjelder "
        "bare flyktninger, som introduksjonsprogrammet. Integreringsloven trådte i kraft 1. januar "
        "2021 og erstattet introduksjonsloven fra 2003.</p>"
        "<p>Boligen er ofte det som avgjør hvor raskt kommunen kan ta imot. Å skaffe boliger til "
        "flyktninger er en del av kommunens boligsosiale arbeid, og den første boligen er ment som et "
        "midlertidig tilbud. Målet er at flyktningen etter hvert kan leie eller kjøpe sin egen bolig. "
        "Enslige mindreårige og barnefamilier prioriteres for rask bosetting, mens enslige voksne "
        "venter lengst.</p>"
    ),
    "body": (
        "<p>Prosessen har tre faser. For hver fase beskrives hva som skal være på plass før neste fase "
        "starter, og hvem som gjør hva. Oppgavene for IMDi, UDI og mottaket er tatt med fordi kommunen "
        "må kjenne dem, men det er kommunens egne oppgaver som er beskrevet mest utførlig. Hvordan "
        "kommunen planlegger og vedtar bosettingen for året, er en egen arbeidsprosess under "
        "helhetlig boligpolitisk planlegging.</p>"
        "<h3>Hvem har ansvaret</h3>"
        "<p>Kommunene organiserer bosettingsarbeidet på ulike måter og gir enhetene ulike navn – "
        "flyktningtjeneste, bosettingsteam, integreringstjeneste eller lignende. Her brukes "
        "«flyktningtjenesten» om den enheten som koordinerer arbeidet. Den trenger et tett samarbeid "
        "med boligkontoret eller eiendomsforvaltningen, Nav, helsetjenesten, skole og barnehage, "
        "voksenopplæringen og – for enslige mindreårige – barnevernstjenesten. Fylkeskommunen har "
        "ansvaret for karriereveiledningen av nyankomne flyktninger.</p>"
    ),
    "kind": "linear",
    "glossary_terms": [
        "flyktning",
        "asylmottak",
        "bosettingsanmodning",
        "bosettingskommune",
        "imdinett",
        "integreringsloven",
        "introduksjonsprogram",
        "kompetansekartlegging",
        "integreringstilskudd",
        "avtalt-selvbosetting",
        "vanskeligstilt-pa-boligmarkedet",
        "tverrfaglig-samarbeid",
        "samordning",
    ],
    "law_references": [
        "utlendingsloven-28",
        "integreringsloven-5",
        "integreringsloven-6",
        "integreringsloven-12",
        "boligsosialloven-6",
    ],
    "target_groups": ["flyktninger", "barnefamilier", "ungdom-og-unge-voksne"],
    "themes": [
        "Bosetting av flyktninger",
        "Tverrfaglig samarbeid",
        "Samordning",
        "Kommunale utleieboliger",
        "Kartlegging",
    ],
}

PHASES = [
    {
        "number": 1,
        "title": "Formidling av flyktninger",
        "slug": "formidling-av-flyktninger",
        "short_description": (
            "<p>Når UDI har innvilget oppholdstillatelse, starter IMDi arbeidet med å finne en "
            "bosettingskommune. De fleste bosettingsklare flyktningene bor da i asylmottak. Noen bor "
            "privat, og de må selv søke IMDi om bosetting med offentlig hjelp innen seks måneder etter "
            "at tillatelsen ble gitt. Flyktninger som hentes direkte fra utlandet, har en egen "
            "arbeidsprosess (Bosetting av overføringsflyktninger).</p>"
            "<p>Mottaket gjennomfører en bosettingsforberedende samtale, og opplysningene registreres "
            "i IMDinett. IMDi bruker dem til å foreslå en kommune, og kommunen vurderer om den kan skaffe "
            "egnet bolig og boform innen rimelig tid. Noen kommuner snur rekkefølgen: De skaffer boligen "
            "først og ber IMDi om flyktninger som passer til den.</p>"
            "<p>Jo tidligere flyktningen kommer i gang med opplæring, desto bedre. Kommunens opplæring "
            "for beboere i asylmottak er derfor beskrevet som en underprosess til denne fasen.</p>"
        ),
        "results_intro": (
            "Fasen er ferdig når flyktningen har fått vedtak om bosettingskommune, og kommunen vet "
            "hvem den skal ta imot de nærmeste månedene:"
        ),
        "results": [
            "UDI har innvilget en oppholdstillatelse som gir grunnlag for bosetting, og IMDi er informert",
            "Mottaket har gjennomført bosettingsforberedende samtale med tolk, og opplysningene er registrert i IMDinett",
            "Helseopplysninger er innhentet med samtykke der flyktningen har helseutfordringer eller andre hjelpebehov",
            "Kommunen har vurdert forespørselen og godkjent fordelingslisten i IMDinett",
            "IMDi har fattet vedtak om bosettingskommune og sendt det til flyktningen og kommunen",
            "Kommunen har fått tilgang til personmappen og kan planlegge bosettingen for hver enkelt",
        ],
        "task_groups": [
            {
                "heading": "Kommunens vedtak og kapasitet",
                "tasks": [
                    {
                        "text": "Vedta hvor mange flyktninger kommunen skal bosette, etter anmodningen fra IMDi",
                        "responsible": ["kommunestyret", "radmann"],
                        "sub_points": [
                            "Hvor mange av plassene skal gå til enslige mindreårige?",
                            "Har kommunen boliger og kapasitet i tjenestene til det antallet vi sier ja til?",
                            "Sende vedtaket til IMDi og registrere antallet i IMDinett",
                        ],
                    },
                    {
                        "text": "Melde inn ledig kapasitet og konkrete boliger i IMDinett",
                        "responsible": ["flyktningtjenesten", "boligkontor"],
                        "sub_points": [
                            "Har vi en bolig som passer en bestemt husstandsstørrelse, slik at IMDi kan finne en familie eller person som passer?",
                            "Skal kommunen ta imot enslige mindreårige, må ledig kapasitet for denne gruppen meldes inn særskilt",
                        ],
                    },
                    {
                        "text": "Følge med på fordelingslistene i IMDinett",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Hvem logger seg inn jevnlig for å se om det har kommet nye forespørsler, og hvem er stedfortreder ved fravær?",
                            "Har de som skal svare på forespørsler, riktig rolle og tilgang i systemet?",
                        ],
                    },
                    {
                        "text": "Ha rutiner for mottak og arkivering av brev fra IMDi",
                        "responsible": ["saksbehandler", "flyktningtjenesten"],
                        "sub_points": [
                            "Anmodningsbrev og vedtak om bosetting kommer digitalt via KS' meldingstjeneste SvarUT til kommunens innboks i Altinn – vet postmottaket hvem brevene skal videre til?",
                            "IMDinett er et samhandlingsverktøy, ikke et arkiv: Hvordan sikrer vi journalføring av anmodninger, vedtak og dialog med mottaket?",
                        ],
                    },
                ],
            },
            {
                "heading": "Samtale og kartlegging i mottaket",
                "tasks": [
                    {
                        "text": "Varsle mottaket og flyktningen om innvilget tillatelse og bosettingssamtale",
                        "responsible": ["udi", "imdi"],
                        "sub_points": [
                            "UDI fatter vedtak om opphold, og IMDi gir mottaket beskjed om at samtalen kan holdes",
                            "Flyktningen får brev om at tillatelsen er gitt, og om samtalen på mottaket",
                        ],
                    },
                    {
                        "text": "Gjennomføre bosettingsforberedende samtale med tolk",
                        "responsible": ["asylmottak"],
                        "sub_points": [
                            "Utdanning, arbeidserfaring, familie og nettverk i Norge",
                            "Behov for tilrettelegging, for eksempel på grunn av helse eller funksjonsnedsettelse",
                            "Risiko knyttet til negativ sosial kontroll, tvangsekteskap eller utfordringer som LHBTI-person",
                            "Registrere opplysningene i IMDinett (tidligere i systemet Sesam)",
                        ],
                    },
                    {
                        "text": "Innhente samtykke og nødvendige helseopplysninger når flyktningen har helseutfordringer eller andre hjelpebehov",
                        "responsible": ["imdi", "asylmottak", "bruker"],
                        "sub_points": [
                            "Har flyktningen forstått hva samtykket gjelder, og hvem som får se opplysningene?",
                        ],
                    },
                    {
                        "text": "Sørge for kompetansekartlegging av beboere som har fått tillatelse og er i målgruppen for introduksjonsprogrammet",
                        "responsible": ["voksenopplaering", "flyktningtjenesten"],
                        "sub_points": [
                            "Det er vertskommunen for mottaket som skal sørge for kartleggingen etter at tillatelsen er gitt",
                            "Er språk, utdanning, arbeidserfaring og annen relevant kompetanse registrert, slik at IMDi kan bruke det i valget av kommune?",
                        ],
                    },
                ],
            },
            {
                "heading": "Valg av kommune og vedtak om bosetting",
                "tasks": [
                    {
                        "text": "Finne en egnet bosettingskommune for hver person eller familie",
                        "responsible": ["imdi"],
                        "sub_points": [
                            "Har flyktningen nær familie som allerede bor i Norge?",
                            "Hvordan fordeles store og små husstander, og personer med helseutfordringer, mellom kommunene?",
                            "Passer kommunens tilbud om arbeid og utdanning med den kompetansen som er kartlagt?",
                            "Familier bosettes som hovedregel samlet, når hele familien er klar for bosetting",
                        ],
                    },
                    {
                        "text": "Vurdere forespørselen og svare i IMDinett",
                        "responsible": ["flyktningtjenesten", "boligkontor"],
                        "sub_points": [
                            "Kan vi skaffe en bolig som passer husstandens størrelse og behov innen rimelig tid?",
                            "Har vi helsetjenester, skoleplass, barnehageplass og eventuell tilrettelegging som personen trenger?",
                            "Er noe uklart i opplysningene, slik at vi bør kontakte IMDi før vi svarer?",
                        ],
                    },
                    {
                        "text": "Fatte vedtak om bosettingskommune og sende det til flyktningen og kommunen",
                        "responsible": ["imdi"],
                        "sub_points": [
                            "Tilbudet om bosettingskommune kan ikke påklages",
                            "Etter vedtaket får kommunen tilgang til personmappen i IMDinett med kartleggingen fra mottaket",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Har vi et realistisk bilde av hvilke boliger vi kan tilby de neste månedene, og melder vi det inn til IMDi?",
            "Hvordan sikrer vi at opplysningene fra mottaket faktisk brukes når vi planlegger bolig og tjenester?",
        ],
        "glossary_terms": [
            "asylmottak",
            "bosettingsanmodning",
            "bosettingskommune",
            "imdinett",
            "kompetansekartlegging",
            "enslig-mindrearig-flyktning",
        ],
        "law_references": ["utlendingsloven-28", "integreringsloven-6"],
        "tools": [
            {
                "title": "IMDinett – bosetting",
                "description": (
                    "IMDis fagsystem der kommunen registrerer bosettingsvedtaket, melder inn kapasitet, "
                    "svarer på fordelingslister og finner personmappene. IMDi har brukerveiledninger på siden."
                ),
                "url": "https://www.imdi.no/nir-og-bosetting/bosetting/",
            },
            {
                "title": "Søknad om bosetting med offentlig hjelp for privatboende",
                "description": (
                    "IMDis digitale skjema for flyktninger som bor utenfor mottak og vil søke om å bli "
                    "bosatt med offentlig hjelp."
                ),
                "url": "https://www.imdi.no/planlegging-og-bosetting/slik-bosettes-flyktninger/familier-og-enslige-voksne/",
            },
        ],
        "subprocesses": [
            {
                "title": "Opplæring for beboere i asylmottak",
                "slug": "opplaering-for-beboere-i-asylmottak",
                "background": (
                    "<p>Mange asylsøkere blir boende lenge i mottak før søknaden er avgjort. For at tiden "
                    "skal brukes godt, har voksne asylsøkere plikt til å delta i opplæring i norsk og "
                    "samfunnskunnskap, og kommunen der mottaket ligger (vertskommunen), har plikt til å "
                    "tilby den. Ordningen står i integreringsloven § 5. Før 2021 var den regulert i "
                    "introduksjonsloven kapittel 4 A, som da ga 175 timer norsk og 50 timer opplæring i "
                    "norsk kultur og norske verdier, med målgruppe fra 16 år.</p>"
                    "<p>I dag gjelder plikten fra fylte 18 år og omfatter 175 timer norsk og 25 timer "
                    "samfunnskunnskap. Kultur og verdier er ikke lenger et eget tilbud; temaer som "
                    "likestilling, kvinners rettigheter, rettigheter for LHBTIQ+-personer og religionsfrihet "
                    "inngår i læreplanen i samfunnskunnskap fra 1. august 2021.</p>"
                ),
                "short_description": (
                    "<p>Vertskommunen skal sette i gang opplæringen så snart som mulig etter at asylsøkeren "
                    "er registrert i et mottak i kommunen. Plikten følger direkte av loven: Kommunen skal "
                    "ikke fatte vedtak om deltakelse, og asylsøkeren skal ikke måtte søke. Opplæringen kan "
                    "foregå utenfor mottaket.</p>"
                    "<p>Plikten gjelder ikke asylsøkere som får søknaden behandlet etter hurtigprosedyrer, "
                    "som er nektet realitetsbehandling, som bor på ankomstsenter eller i transittmottak, "
                    "eller som har fått avslag fra UDI. Den opphører ved første avslag, selv om avslaget "
                    "påklages, og når søknaden innvilges. Personer i målgruppen for kollektiv beskyttelse har "
                    "ikke plikt til opplæring i mottak. Kommunen kan gi fritak når særlige helsemessige "
                    "eller andre tungtveiende grunner tilsier det.</p>"
                ),
                "results_intro": "Underprosessen er gjennomført når opplæringen fungerer for alle med plikt:",
                "results": [
                    "Kommunen har rutiner med mottaket for å fange opp nye beboere med plikt til opplæring",
                    "Opplæringen er startet så snart det er praktisk mulig etter registreringen i mottaket",
                    "Oppmøte følges opp, og søknader om fritak er behandlet som enkeltvedtak",
                    "Unge asylsøkere er informert om og fulgt opp i retten til grunnskole eller videregående opplæring",
                    "Beboere som får tillatelse, er kompetansekartlagt før de flytter",
                ],
                "task_groups": [
                    {
                        "heading": "Organisere opplæringen",
                        "tasks": [
                            {
                                "text": "Avtale med mottaket hvordan nye beboere med plikt meldes til voksenopplæringen",
                                "responsible": ["voksenopplaering", "asylmottak"],
                                "sub_points": [
                                    "Hvem sier fra når en ny beboer er registrert, og når noen får vedtak og plikten opphører?",
                                    "Det er ikke et krav at helseundersøkelse, asylintervju eller utvidet registrering er gjennomført før opplæringen starter",
                                ],
                            },
                            {
                                "text": "Sette opp et tilbud på 175 timer norsk og 25 timer samfunnskunnskap",
                                "responsible": ["voksenopplaering"],
                                "sub_points": [
                                    "Kan opplæringen legges slik at den passer med andre avtaler i asylprosessen?",
                                    "Kan deler av tilbudet gis digitalt eller i samarbeid med nabokommuner?",
                                ],
                            },
                        ],
                    },
                    {
                        "heading": "Oppfølging, fritak og klage",
                        "tasks": [
                            {
                                "text": "Følge opp deltakelse og behandle søknader om fritak",
                                "responsible": ["voksenopplaering", "saksbehandler"],
                                "sub_points": [
                                    "Foreligger særlige helsemessige eller andre tungtveiende grunner?",
                                    "Avslag på fritak kan påklages innen tre uker; opprettholder kommunen avslaget, sendes klagen til Statsforvalteren",
                                ],
                            },
                        ],
                    },
                    {
                        "heading": "Barn, unge og tidlig kvalifisering",
                        "tasks": [
                            {
                                "text": "Følge opp at unge asylsøkere får brukt rettighetene sine etter opplæringsloven",
                                "responsible": ["voksenopplaering", "oppvekst"],
                                "sub_points": [
                                    "Unge over 16 år som trenger grunnskoleopplæring, har rett til grunnskole for voksne fram til de fyller 18",
                                    "Unge som har fullført grunnskole, har rett til videregående opplæring fram til de fyller 18",
                                ],
                            },
                            {
                                "text": "Vurdere andre integreringsfremmende tiltak før bosetting",
                                "responsible": ["voksenopplaering", "flyktningtjenesten"],
                                "sub_points": [
                                    "Kan vertskommunen tilby standardiserte elementer fra introduksjonsprogrammet for å motvirke passivitet?",
                                    "Personer som allerede har utdanning på nivå med studiekompetanse, har kort programtid etter bosetting – kan mottakstiden brukes til kvalifisering for dem?",
                                ],
                            },
                        ],
                    },
                ],
                "glossary_terms": ["opplaering-i-mottak", "asylmottak", "kompetansekartlegging"],
                "law_references": [
                    "integreringsloven-5",
                    "integreringsloven-6",
                    "integreringsloven-7",
                ],
            },
        ],
    },
    {
        "number": 2,
        "title": "Forberede bosetting",
        "slug": "forberede-bosetting",
        "short_description": (
            "<p>Når IMDi har fattet vedtak om bosettingskommune, går kommunen over fra å planlegge for et "
            "antall til å forberede seg på konkrete personer. Personmappen i IMDinett viser hva mottaket "
            "har kartlagt, og gir grunnlag for å velge bolig og varsle tjenestene som blir berørt. "
            "Kommunen avtaler detaljene rundt flyttingen med mottaket og sørger for at tjenestetilbudet er "
            "klart når flyktningen kommer.</p>"
            "<p>Kommunen avgjør selv hvilke boliger som kan brukes, hvilken standard de skal ha og hvilken "
            "husleie som godtas. De fleste kommuner kombinerer kommunale boliger med leie på det private "
            "markedet. For enslige voksne kan et bofellesskap være aktuelt. Noen kommuner tillater avtalt "
            "selvbosetting, der flyktningen selv finner en bolig i kommunen og blir bosatt der etter "
            "avtale mellom IMDi og kommunen.</p>"
        ),
        "results_intro": "Fasen er ferdig når alt er klart til at flyktningen kan flytte inn:",
        "results": [
            "Kommunen har gått gjennom personmappen og avklart behov for bolig, helse, skole, barnehage og tilrettelegging",
            "En egnet bolig er skaffet, besiktiget og gjort klar med nødvendig inventar",
            "Leiekontrakten er klar, og i bofellesskap har hver beboer sin egen kontrakt",
            "Flyttedato, transport og praktiske detaljer er avtalt med mottaket",
            "Helsetjenesten, skole og barnehage, voksenopplæringen og Nav er varslet og har satt av kapasitet",
            "Tolk er bestilt til de første møtene, og flyktningen har fått en kontaktperson i kommunen",
        ],
        "task_groups": [
            {
                "heading": "Bruke opplysningene fra mottaket",
                "tasks": [
                    {
                        "text": "Gå gjennom personmappen i IMDinett for hver person i husstanden",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Hva vet vi om helse, funksjonsnivå, utdanning, arbeidserfaring og nettverk?",
                            "Er det opplysninger vi mangler og bør avklare med mottaket, med samtykke fra flyktningen?",
                        ],
                    },
                    {
                        "text": "Avklare behov for tilrettelegging, og om kommunen kan søke ekstra tilskudd",
                        "responsible": ["flyktningtjenesten", "helse-og-omsorg"],
                        "sub_points": [
                            (
                                "Har personen en alvorlig, kjent funksjonsnedsettelse eller atferdsvansker som oppsto før "
                                "bosettingen? Da kan kommunen søke IMDi om tilskudd til de ekstraordinære utgiftene"
                            ),
                            "Trenger boligen fysisk tilpasning, eller trenger personen tjenester fra første dag?",
                        ],
                    },
                ],
            },
            {
                "heading": "Skaffe og klargjøre bolig",
                "tasks": [
                    {
                        "text": "Finne en bolig som passer husstanden",
                        "responsible": ["boligkontor", "eiendom", "flyktningtjenesten"],
                        "sub_points": [
                            "Passer størrelsen og planløsningen, og er boligen tilgjengelig for den som har nedsatt funksjonsevne?",
                            (
                                "Ligger boligen slik at flyktningen kommer seg til introduksjonsprogram, skole og "
                                "barnehage? Gausdal legger for eksempel vekt på nærhet til bussholdeplass fordi "
                                "undervisningen gis ved Lillehammer Læringssenter"
                            ),
                            "Står husleien i forhold til inntekten husstanden vil få, også etter at bostøtte er regnet med?",
                            "Er bomiljøet trygt og godt for barn?",
                        ],
                    },
                    {
                        "text": "Vurdere om kommunen skal åpne for avtalt selvbosetting",
                        "responsible": ["radmann", "flyktningtjenesten"],
                        "sub_points": [
                            "NIBR anbefaler skriftlige og offentlige retningslinjer, slik at praksisen blir forutsigbar og mindre personavhengig",
                            "Hvem i kommunen har ansvaret for å godkjenne husleiekontrakter og avtale bosettingen med IMDi?",
                            "Skal ordningen gjelde bestemte målgrupper, og skal det være et vilkår at flyktningen selv finner ny bolig ved flytting?",
                        ],
                    },
                    {
                        "text": "Etablere bofellesskap for enslige voksne der det er hensiktsmessig",
                        "responsible": ["eiendom", "boligkontor"],
                        "sub_points": [
                            "Hver beboer bør ha sin egen leiekontrakt og eget soverom",
                            "Er Husbankens lån og tilskudd til utleieboliger undersøkt?",
                        ],
                    },
                    {
                        "text": "Gjøre boligen klar til innflytting",
                        "responsible": ["eiendom", "flyktningtjenesten"],
                        "sub_points": [
                            "Besiktige boligen sammen med eier eller forvalter, og lese av strømmen",
                            "Skaffe møbler og utstyr; i mange kommuner er boligen møblert med det mest nødvendige, og kommunen eller utleier eier inventaret",
                            "Ha mat og nødvendige artikler på plass til den første dagen",
                            "Avklare hvordan husleie og strøm skal betales fram til introduksjonsstønaden kommer",
                        ],
                    },
                ],
            },
            {
                "heading": "Avtale flytting og gjøre tjenestene klare",
                "tasks": [
                    {
                        "text": "Avtale flyttedato, reise og bagasje med mottaket",
                        "responsible": ["flyktningtjenesten", "asylmottak"],
                        "sub_points": [
                            "Hvem følger flyktningen på reisen, og hvem tar imot ved ankomst?",
                            "Er flyktningen informert om boligen, husleien og hva som skjer de første dagene?",
                        ],
                    },
                    {
                        "text": "Varsle tjenestene som skal ta imot husstanden",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Helsetjenesten: helseundersøkelse, fastlege og eventuell henvisning til spesialisthelsetjenesten",
                            "Skole, barnehage og helsestasjon",
                            "Voksenopplæringen og den som skal fatte vedtak om introduksjonsprogram",
                            "Nav: økonomisk stønad fram til introduksjonsstønaden er i gang",
                            "Barnevernstjenesten når kommunen skal bosette enslige mindreårige",
                        ],
                    },
                    {
                        "text": "Planlegge kompetansekartlegging og vedtak om introduksjonsprogram",
                        "responsible": ["flyktningtjenesten", "voksenopplaering"],
                        "sub_points": [
                            "Er kompetansen allerede kartlagt i mottaket, eller må det gjøres etter bosetting?",
                            "Vedtaket om introduksjonsprogram skal fattes senest tre måneder etter bosetting – når må kartleggingen være ferdig?",
                        ],
                    },
                    {
                        "text": "Bestille tolk og oppnevne en kontaktperson",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Hvilket språk trenger husstanden, og trengs tolk til både første dag og de første møtene med tjenestene?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Gir boligene vi bruker, flyktningene en mulighet til å komme seg videre på boligmarkedet, eller blir de værende i kommunale boliger?",
            "Hvem koordinerer når mange enheter skal være klare til samme dag?",
        ],
        "glossary_terms": [
            "imdinett",
            "avtalt-selvbosetting",
            "bostotte",
            "kompetansekartlegging",
            "integreringstilskudd",
        ],
        "law_references": ["integreringsloven-10", "integreringsloven-12"],
        "tools": [
            {
                "title": "Tilskudd for bosetting av personer med nedsatt funksjonsevne eller atferdsvansker",
                "description": (
                    "IMDis tilskuddsordning for ekstraordinære utgifter ved bosetting av flyktninger med "
                    "alvorlig, kjent funksjonsnedsettelse. Førstegangssøknaden for tilskuddsår 1 eller 2 "
                    "må sendes innen 14 måneder etter bosettingsdatoen."
                ),
                "url": "https://www.imdi.no/tilskudd/tilskudd-bosetting-personer-nedsatt-funksjonsevne-atferdsvansker/",
            },
            {
                "title": "Husbankens veileder for tilskudd til utleieboliger",
                "description": "Regler og veiledning for kommuner som vil skaffe flere utleieboliger for vanskeligstilte, også bofellesskap.",
                "url": "https://www.husbanken.no/tilskudd/tilskudd-tilskudd-til-utleieboliger/veileder-utleieboliger/",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 3,
        "title": "Bosetting og integrering",
        "slug": "bosetting-og-integrering",
        "short_description": (
            "<p>Flyktningen flytter fra mottaket og blir innbygger i kommunen. Kommunen tar imot, følger "
            "til boligen og viser hvordan boligen fungerer, hvor butikker og offentlige kontorer ligger, "
            "og hvilke instanser flyktningen skal forholde seg til. Flyktningen får plass i "
            "introduksjonsprogram, og barna får plass i skole og barnehage. Barn og unge bør også få "
            "prøve en fritidsaktivitet.</p>"
            "<p>Kommunen bør bruke tolk de første dagene og ukene. Den må registrere bosettingsdatoen i "
            "IMDinett, søke om tilskuddene den har krav på og hjelpe flyktningen med å søke bostøtte fra "
            "Husbanken. Fasen går over i det ordinære integreringsarbeidet, der målet er arbeid eller "
            "utdanning og en bolig flyktningen kan bo i på sikt.</p>"
        ),
        "results_intro": "Fasen er ferdig når flyktningen er etablert og vet hvordan de første månedene skal se ut:",
        "results": [
            "Flyktningen har flyttet inn, fått boinformasjon og boveiledning etter behov, og alle avtaler knyttet til boligen er på plass",
            "Flyktningen kjenner sine rettigheter og plikter og er meldt inn hos de tjenestene i kommunen og fylkeskommunen som skal følge henne eller ham opp",
            "Flyktningen kjenner kontaktpersonene sine og vet hvor hun eller han skal henvende seg de første månedene",
            "Helseundersøkelse er tilbudt, og nødvendig lege- og tannbehandling er satt i gang",
            "Vedtak om introduksjonsprogram er fattet senest tre måneder etter bosetting, og integreringsplanen er utarbeidet sammen med deltakeren",
            "Barna har plass i skole eller barnehage, og barn og unge har fått tilbud om en fritidsaktivitet",
            "Bosettingsdatoen er registrert i IMDinett for hvert familiemedlem, og tilskudd er søkt",
            "Flyktningen har fått hjelp til å søke bostøtte",
        ],
        "task_groups": [
            {
                "heading": "De første dagene",
                "tasks": [
                    {
                        "text": "Ta imot flyktningen og følge til boligen",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Noen kommuner tar flyktningen med innom en dagligvarebutikk på veien, slik at det er mat i huset fra første kveld",
                            "Er tolk til stede eller tilgjengelig på telefon?",
                        ],
                    },
                    {
                        "text": "Gi boinformasjon og boveiledning",
                        "responsible": ["flyktningtjenesten", "bo-oppfolger"],
                        "sub_points": [
                            "Hvordan brukes og vedlikeholdes boligen – oppvarming, ventilasjon, vask, avfall og brannsikkerhet?",
                            "Hva står i leiekontrakten om husleie, oppsigelsestid og husordensregler?",
                            "Hvordan møter man naboer, og hvem kontakter man ved feil i boligen?",
                        ],
                    },
                    {
                        "text": "Vise vei til kontorer, butikker og tjenester i nærmiljøet",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Registrering, helse og økonomi",
                "tasks": [
                    {
                        "text": "Registrere bosettingsdato i IMDinett for hvert familiemedlem",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Integreringstilskuddet og tilskuddet for enslige mindreårige utløses først når personen er registrert som bosatt",
                        ],
                    },
                    {
                        "text": "Søke integreringstilskudd og andre tilskudd fra IMDi",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Integreringstilskuddet skal dekke kommunens gjennomsnittlige merutgifter i bosettingsåret og de fire neste årene og bør søkes så raskt som mulig",
                            "Gjelder det en enslig mindreårig, en eldre person, et barn i barnehagealder eller en person med alvorlig funksjonsnedsettelse, finnes egne tilskudd",
                        ],
                    },
                    {
                        "text": "Tilby helseundersøkelse og sørge for fastlege",
                        "responsible": ["helse-og-omsorg"],
                        "sub_points": [
                            "Helsedirektoratet anbefaler at kommunen innen tre måneder tilbyr alle en helseundersøkelse som kartlegger fysisk og psykisk helse",
                            "Trengs henvisning til spesialisthelsetjenesten eller tannhelsetjenesten?",
                        ],
                    },
                    {
                        "text": "Sikre livsopphold fram til introduksjonsstønaden er utbetalt",
                        "responsible": ["nav", "flyktningtjenesten"],
                        "sub_points": [],
                    },
                    {
                        "text": "Hjelpe flyktningen med å søke bostøtte fra Husbanken",
                        "responsible": ["flyktningtjenesten", "bruker"],
                        "sub_points": [
                            "Har husstanden de dokumentene som trengs, og forstår den at bostøtten må søkes og følges opp?",
                        ],
                    },
                ],
            },
            {
                "heading": "Introduksjonsprogram og kvalifisering",
                "tasks": [
                    {
                        "text": "Gjennomføre eller kvalitetssikre kompetansekartleggingen",
                        "responsible": ["flyktningtjenesten", "voksenopplaering"],
                        "sub_points": [
                            "Kartleggingen skal minst omfatte språk, utdanning, arbeidserfaring og annen relevant kompetanse",
                            "Bruk kvalifisert tolk, og registrer resultatet i IMDis digitale verktøy",
                        ],
                    },
                    {
                        "text": "Sørge for karriereveiledning",
                        "responsible": ["fylkeskommunen"],
                        "sub_points": [
                            "Karriereveiledningen fra fylkeskommunen skal brukes når sluttmålet for programmet fastsettes",
                        ],
                    },
                    {
                        "text": "Fatte vedtak om introduksjonsprogram senest tre måneder etter bosetting",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Er personen i målgruppen og har en tillatelse som gir rett og plikt til programmet?",
                            "Hvilket sluttmål og hvilken varighet er riktig ut fra kartleggingen og veiledningen?",
                        ],
                    },
                    {
                        "text": "Utarbeide integreringsplan og integreringskontrakt sammen med deltakeren",
                        "responsible": ["flyktningtjenesten", "bruker"],
                        "sub_points": [
                            "Har deltakeren fått medvirke, og er planen skrevet slik at hun eller han forstår hva kommunen har lagt vekt på?",
                        ],
                    },
                    {
                        "text": "Samordne introduksjonsprogrammet med de andre tjenestene",
                        "responsible": ["flyktningtjenesten", "voksenopplaering", "nav"],
                        "sub_points": [
                            "Hvordan samarbeider voksenopplæringen, Nav og fylkeskommunen om praksis, arbeid og videregående opplæring?",
                        ],
                    },
                ],
            },
            {
                "heading": "Barn og unge, nettverk og veien videre",
                "tasks": [
                    {
                        "text": "Sørge for skole- og barnehageplass og tilbud om fritidsaktivitet",
                        "responsible": ["oppvekst", "flyktningtjenesten"],
                        "sub_points": [
                            "Kan frivillige lag og organisasjoner hjelpe barna inn i en aktivitet?",
                        ],
                    },
                    {
                        "text": "Følge opp boforholdet og planlegge veien til en varig bolig",
                        "responsible": ["boligkontor", "flyktningtjenesten", "bo-oppfolger"],
                        "sub_points": [
                            "Hvor lenge skal flyktningen bo i den første boligen, og hva skal til for å leie privat eller kjøpe?",
                            "Kan startlån og økonomisk rådgivning være aktuelt når husstanden har fast inntekt?",
                            "Trenger husstanden individuelt tilpasset bistand etter boligsosialloven for å skaffe seg eller beholde en egnet bolig?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hva skal til for at flyktningen klarer seg i boligen når introduksjonsprogrammet er avsluttet og tettere oppfølging avtar?",
            "Får barna i familien den samme oppmerksomheten som de voksne i de første ukene?",
        ],
        "glossary_terms": [
            "introduksjonsprogram",
            "kompetansekartlegging",
            "integreringstilskudd",
            "bostotte",
            "oppfolgingstjenester-i-bolig",
            "inkludering",
        ],
        "law_references": [
            "integreringsloven-10",
            "integreringsloven-11",
            "integreringsloven-12",
            "integreringsloven-15",
            "integreringsloven-16",
            "boligsosialloven-6",
        ],
        "tools": [
            {
                "title": "Helsedirektoratets skjema for helseundersøkelse",
                "description": (
                    "Skjema som kan brukes ved helseundersøkelse av nyankomne flyktninger, omtalt i "
                    "veilederen om helsetjenester til asylsøkere, flyktninger og familiegjenforente."
                ),
                "url": (
                    "https://www.helsedirektoratet.no/veiledere/"
                    "helsetjenester-til-asylsokere-flyktninger-og-familiegjenforente/"
                    "helse-og-omsorgstjenester-for-bosatte-flyktninger-og-familiegjenforente/"
                    "helseundersokelser-ved-direkte-bosetting-i-kommunen"
                ),
            },
            {
                "title": "Integreringstilskudd – søknad via IMDi",
                "description": "Beskrivelse av integreringstilskudd, eldretilskudd og barnehagetilskudd, med kriterier og søknad.",
                "url": "https://www.imdi.no/tilskudd/integreringstilskudd/",
            },
            {
                "title": "IMDis verktøy for kompetansekartlegging",
                "description": "Digitalt verktøy der kommunen registrerer kompetansekartleggingen før introduksjonsprogrammet.",
                "url": "https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/kompetansekartlegging-etter-integreringsloven/",
            },
        ],
        "subprocesses": [],
    },
]
