"""Fra fengsel og friomsorg: løslatelse fra forvaring: written from veiviseren.no (process
overview, phases 1–3 and the example "Refusjonsordning – løslatelse av forvaringsdømte"),
supplemented by Kriminalomsorgen, Stortinget, Sivilombudet, Husbanken and KRUS material.
See SOURCES.

The veiviseren pages describe the process at Ila fengsel og forvaringsanstalt from the
prison's side; this module keeps those steps and adds what the home municipality must do.
The key "boligsosialloven-6" is defined in fra-asylmottak-til-kommune.py.
"""

AREA = "overgang-til-bolig-i-kommune"

SOURCES = [
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/overgang-til-bolig-i-kommune/fra-fengsel-og-friomsorg/loslatelse-fra-forvaring",
        "title": "Veiviseren: Løslatelse fra forvaring (arbeidsprosess)",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/overgang-til-bolig-i-kommune/fra-fengsel-og-friomsorg/loslatelse-fra-forvaring/kartlegging-og-planlegging-av-forste-del-av-soning",
        "title": "Veiviseren: Løslatelse fra forvaring – Fase 1: Kartlegging og planlegging av første del av soning",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/overgang-til-bolig-i-kommune/fra-fengsel-og-friomsorg/loslatelse-fra-forvaring/under-soningsoppholdet-progresjon",
        "title": "Veiviseren: Løslatelse fra forvaring – Fase 2: Under soningsoppholdet – progresjon",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/overgang-til-bolig-i-kommune/fra-fengsel-og-friomsorg/loslatelse-fra-forvaring/begjaering-om-proveloslatelse-fra-forvaring",
        "title": "Veiviseren: Løslatelse fra forvaring – Fase 3: Begjæring om prøveløslatelse fra forvaring / statlig finansiert prøveløslatelse",
    },
    {
        "url": "https://www.veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/refusjonsordning---loslatelse-av-forvaringsdomte",
        "title": "Veiviseren: Refusjonsordning – løslatelse av forvaringsdømte",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/overgang-til-bolig-i-kommune/fra-fengsel-og-friomsorg/fra-friomsorg--straffegjennomfring-i-samfunnet",
        "title": "Veiviseren: Fra friomsorg – straffegjennomføring i samfunnet",
    },
    {
        "url": "https://www.kriminalomsorgen.no/forvaringens-tidsramme-og-innhold.241317.no.html",
        "title": "Kriminalomsorgen: Forvaringens tidsramme og innhold",
    },
    {
        "url": "https://www.advokat-teigstad.no/straffeloven-44/",
        "title": "Straffeloven § 44 Prøveløslatelse (gjengitt lovtekst)",
    },
    {
        "url": "https://www.stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Representantforslag/2021-2022/dok8-202122-257s/",
        "title": "Stortinget: Representantforslag 257 S (2021–2022) om ordningen med statlig finansiert prøveløslatelse",
    },
    {
        "url": "https://www.sivilombudet.no/uttalelser/soningstilbudet-til-forvaringsdomte-som-venter-i-ko-for-plass-pa-forvaringsavdeling/",
        "title": "Sivilombudet: Soningstilbudet til forvaringsdømte som venter i kø for plass på forvaringsavdeling",
    },
    {
        "url": "http://docplayer.me/24104655-Elleve-ar-med-forvaring-loslatelser-praksis-og-rettspraksis-og-tilbakefall-av-forskningsleder-dr-scient-berit-johnsen.html",
        "title": "Berit Johnsen (KRUS): Elleve år med forvaring – løslatelser, praksis og rettspraksis og tilbakefall",
    },
    {
        "url": "http://docplayer.me/32493740-Artikkel-av-berit-johnsen-1.html",
        "title": "Berit Johnsen (KRUS): Prøveløslatelse fra forvaring med vilkår om opphold i institusjon eller kommunal boenhet utover ettårsfristen",
    },
    {
        "url": "https://www.husbanken.no/bibliotek/bib_boligsosialt/prosjekt-boligkonsulent/",
        "title": "Husbanken: Ila fengsel – Prosjekt boligkonsulent (2012)",
    },
    {
        "url": "https://www.husbanken.no/bibliotek/bib_boligsosialt/prosjekt-boligsamarbeid/",
        "title": "Husbanken: Kriminalomsorgen – Prosjekt boligsamarbeid (2011)",
    },
    {
        "url": "https://9pdf.net/document/q5mr1k8r-samarbeid-ved-l%C3%B8slatelse-etter-straffegjennomf%C3%B8ring-i-fengsel.html",
        "title": "Samarbeid ved løslatelse etter straffegjennomføring i fengsel – samarbeidsavtale mellom regjeringen og KS",
    },
    {
        "url": "http://docplayer.me/4395224-Prosjektrapport-1-0-or-aniserin-av-ros-ektet.html",
        "title": "Kriminalomsorgen region nordøst: Prosjektrapport fra fengselsprosjektet «Bolig til alle»",
    },
    {
        "url": "https://sch-dsos04mstrs76x6prod.dxcloud.episerver.net/no/dokumenter/nou-2025-2/id3092109/?ch=5",
        "title": "NOU 2025: 2, kapittel 12 Kriminalomsorgen (organisering og regioner)",
    },
    {
        "url": "https://www.statsforvalteren.no/nb/agder/helse-omsorg-og-sosialtjenester/Boligsosialt-arbeid/ny-boligsosial-lov-gjelder-fra-1.juli.2023/",
        "title": "Statsforvalteren i Agder: Ny boligsosial lov gjelder fra 1. juli 2023",
    },
]

WORK_PROCESS = {
    "title": "Fra fengsel og friomsorg: løslatelse fra forvaring",
    "slug": "loslatelse-fra-forvaring",
    "search_description": (
        "Fra innkomst til prøveløslatelse fra forvaring: hva kriminalomsorgen gjør, og hva "
        "hjemkommunen må ha klart av bolig og tjenester."
    ),
    "intro": (
        "<p>Forvaring er den eneste straffen i Norge som ikke har en fast sluttdato. Den idømmes "
        "lovbrytere som vurderes som farlige, når en tidsbestemt fengselsstraff ikke anses nok til å "
        "verne samfunnet. Det er opprettet forvaringsplasser ved Ila fengsel og forvaringsanstalt, "
        "Trondheim fengsel og Bredtveit fengsel, som tar imot kvinner.</p>"
        "<p>Arbeidsprosessen beskriver veien fra innkomsten til forvaringsanstalten, gjennom soningen, "
        "til begjæringen om prøveløslatelse. Den bygger på arbeidsmåten ved Ila, som er nokså lik ved de "
        "to andre anstaltene. For hver fase er det tatt med hva hjemkommunen kan og bør bidra med, "
        "fordi en egnet bolig og et tilrettelagt tjenestetilbud ofte avgjør om løslatelsen blir "
        "vellykket.</p>"
    ),
    "background": (
        "<p>Retten fastsetter en tidsramme for forvaringen. Den bør normalt ikke være over 15 år og kan "
        "ikke være over 21 år, men retten kan etter begjæring fra påtalemyndigheten forlenge den med "
        "inntil fem år om gangen, uten noen grense for antall forlengelser. Retten bør også fastsette en "
        "minstetid på høyst ti år. Før minstetiden er ute, kan den dømte ikke prøveløslates, og "
        "minstetiden har også betydning for når permisjon, overføring til lavere sikkerhetsnivå, "
        "overgangsbolig og frigang kan bli aktuelt.</p>"
        "<p>Forvaringen skal ha et annet innhold enn tradisjonell fengselsstraff. Innsatte skal få "
        "mulighet til å gjøre en egen innsats for å endre et kriminelt handlingsmønster, og målet er at "
        "de etter soningen velger et liv uten kriminalitet. Det krever samarbeid med mange offentlige "
        "instanser og frivillige organisasjoner. I de første elleve årene med forvaring etter dagens "
        "regler ble 200 personer – 193 menn og sju kvinner – dømt til forvaring, og 108 ble løslatt. De "
        "fleste løslates av retten, og i en god del saker skjer det mot tilrådningen fra "
        "påtalemyndigheten eller kriminalomsorgen.</p>"
        "<p>Løslatte har rett til kommunale tjenester på lik linje med andre innbyggere. Kommunens plikt "
        "til å hjelpe vanskeligstilte på boligmarkedet står fra 1. juli 2023 i boligsosialloven; "
        "tidligere lå medvirkningsplikten i sosialtjenesteloven § 15 og helse- og omsorgstjenesteloven "
        "§ 3-7. Et midlertidig botilbud fra Nav etter sosialtjenesteloven § 27 er en nødløsning og bør "
        "ikke være planen for den som løslates etter mange år i forvaring. Ila fengsel hadde i tre år, fram til 2012, et eget prosjekt sammen med "
        "Kirkens Bymisjon med mål om at alle forvaringsdømte som løslates, skulle ha en egnet bolig og "
        "et tilrettelagt tjenestetilbud når de kom ut.</p>"
    ),
    "body": (
        "<p>Prosessen har tre faser. De to første strekker seg over flere år, og samarbeidet med "
        "kommunen bør starte lenge før minstetiden nærmer seg. Ila tar kontakt med hjemkommunen om "
        "bolig rundt to og et halvt år før minstetiden er nådd.</p>"
        "<h3>Hvem har ansvaret</h3>"
        "<p>I kriminalomsorgen har kontaktbetjenten ansvaret for den daglige oppfølgingen, mens "
        "sosialkonsulenten følger opp bolig, gjeld og kontakten med hjemkommunen. Arbeidsdrift og skole, "
        "psykolog og ledelsen i anstalten har egne oppgaver, og kriminalomsorgen region øst får "
        "anstaltens innstilling når det begjæres prøveløslatelse. Påtalemyndigheten fremmer saken for "
        "retten. Statlig finansiert prøveløslatelse administreres av kriminalomsorgen region nord, og "
        "friomsorgskontoret følger opp den prøveløslatte.</p>"
        "<p>I kommunen er det ofte Nav som får den første henvendelsen. Kommunen bør avklare hvem som "
        "koordinerer arbeidet med bolig og tjenester – for eksempel boligkontoret, koordinerende enhet "
        "eller en fast kontaktperson – og hvem som har myndighet til å gi samtykke dersom "
        "kriminalomsorgen ber om det.</p>"
    ),
    "kind": "linear",
    "glossary_terms": [
        "forvaring",
        "minstetid",
        "proveloslatelse",
        "refusjonsordningen",
        "progresjonssoning",
        "friomsorg",
        "tilbakeforing",
        "ansvarsgruppe",
        "individuell-plan",
        "vanskeligstilt-pa-boligmarkedet",
    ],
    "law_references": [
        "straffeloven-40",
        "straffeloven-43",
        "straffeloven-44",
        "straffeloven-45",
        "straffegjennomforingsloven-4",
        "boligsosialloven-6",
        "sosialtjenesteloven-27",
    ],
    "target_groups": [
        "loslatte-fra-fengsel",
        "personer-med-utviklingshemming",
        "personer-med-psykiske-lidelser",
        "personer-med-rusproblemer",
    ],
    "themes": ["Kriminalomsorg", "Tverrfaglig samarbeid", "Oppfølging i bolig", "Samordning"],
}

PHASES = [
    {
        "number": 1,
        "title": "Kartlegging og planlegging av første del av soningen",
        "slug": "kartlegging-og-planlegging-av-forste-del-av-soningen",
        "short_description": (
            "<p>Den forvaringsdømte starter i en innkomstavdeling, der oppholdet varer i inntil ti uker. "
            "Avdelingen lager et observasjonsdokument, og en psykolog utarbeider en risikovurdering. Både "
            "anstaltens egne ansatte og eksterne aktører har innkomstsamtaler med den innsatte, og når "
            "alle samtalene er gjennomført, kalles det inn til et innkomstmøte.</p>"
            "<p>Målet er å kartlegge historikken til den innsatte og sammen finne de tilbudene i anstalten "
            "som passer best, både innen utdanning, arbeid og behandling. Arbeidet tar utgangspunkt i "
            "lovbruddet og tilpasses den enkeltes forutsetninger og behov. Tiltakene skal påvirke "
            "atferden, styrke evnen til å fungere sosialt og motvirke ny kriminalitet, og legge grunnlaget "
            "for en gradvis progresjon mot full frihet.</p>"
            "<p>Kommunen er sjelden direkte involvert i denne fasen. Men det som kartlegges om bolig, gjeld "
            "og rus, blir sentralt når løslatelsen skal planlegges, og kommunen kan allerede nå bidra til "
            "at praktiske forhold som leieforhold og ytelser blir ordnet.</p>"
        ),
        "results_intro": "Fasen er ferdig når det er lagt en plan for første del av soningen:",
        "results": [
            "Observasjonsdokument og risikovurdering er utarbeidet",
            "Historikk om skole, arbeid, bolig, gjeld og rus er kartlagt",
            "Innkomstsamtaler og innkomstmøte er gjennomført",
            "Det er anbefalt hvilken avdeling den innsatte skal bo i, hvilken sysselsetting han eller hun skal ha på dagtid, og om og når behandling eller program skal tilbys",
            "Det er avklart hvem som er hjemkommune, og om den innsatte samtykker til kontakt med Nav og andre kommunale tjenester",
        ],
        "task_groups": [
            {
                "heading": "Innkomst og observasjon",
                "tasks": [
                    {
                        "text": "Følge den innsatte daglig med samtaler, observasjon, kartlegging og dokumentasjon",
                        "responsible": ["kriminalomsorgen"],
                        "sub_points": [
                            "Kontaktbetjenten har hovedansvaret for den daglige kontakten",
                        ],
                    },
                    {
                        "text": "Utarbeide observasjonsdokument og risikovurdering",
                        "responsible": ["kriminalomsorgen"],
                        "sub_points": [
                            "Avdelingen skriver observasjonsdokumentet, og psykolog gjør risikovurderingen",
                        ],
                    },
                ],
            },
            {
                "heading": "Kartlegging på tvers av fagområder",
                "tasks": [
                    {
                        "text": "Kartlegge skole- og arbeidshistorikk og informere om tilbudene i anstalten",
                        "responsible": ["kriminalomsorgen"],
                        "sub_points": [
                            "Arbeidsdrift og skole har ansvaret for denne delen",
                        ],
                    },
                    {
                        "text": "Kartlegge bolighistorikk og boligbehov, gjeld og rushistorikk",
                        "responsible": ["kriminalomsorgen", "bruker"],
                        "sub_points": [
                            "Sosialkonsulenten har ansvaret for denne delen",
                            "Har den innsatte en bolig eller leiekontrakt som må avsluttes på en ryddig måte, eller som kan beholdes?",
                            "Hvilken kommune regnes som hjemkommune, og hvilke tjenester har den innsatte hatt der før?",
                        ],
                    },
                    {
                        "text": "Gjennomføre innkomstsamtaler med interne og eksterne aktører og holde innkomstmøte",
                        "responsible": ["kriminalomsorgen", "bruker"],
                        "sub_points": [
                            "Hvilke tjenester utenfor kriminalomsorgen bør være med, for eksempel skole, helsetjeneste og Nav?",
                        ],
                    },
                ],
            },
            {
                "heading": "Kommunens bidrag i startfasen",
                "tasks": [
                    {
                        "text": "Avklare ytelser, husleie og gjeld når den innsatte samtykker",
                        "responsible": ["nav", "okonomiradgiver"],
                        "sub_points": [
                            "Må et leieforhold sies opp for å unngå at husleiegjelden vokser mens straffen sones?",
                            "Er det aktuelt å starte økonomisk rådgivning eller gjeldsrådgivning allerede nå?",
                        ],
                    },
                    {
                        "text": "Gi kriminalomsorgen opplysninger om tidligere tjenester når den innsatte samtykker",
                        "responsible": ["nav", "helse-og-omsorg"],
                        "sub_points": [
                            "Har den innsatte individuell plan, vedtak om tjenester eller en koordinator i kommunen?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvordan kan kommunen få vite tidlig at en innbygger soner forvaring, slik at arbeidet med bolig ikke starter fra null når minstetiden nærmer seg?",
        ],
        "glossary_terms": ["forvaring", "kontaktbetjent", "kartlegging", "individuell-plan"],
        "law_references": ["straffeloven-40", "straffegjennomforingsloven-4"],
        "tools": [],
        "subprocesses": [],
    },
    {
        "number": 2,
        "title": "Progresjon under soningen",
        "slug": "progresjon-under-soningen",
        "short_description": (
            "<p>Soningen skal legge til rette for en gradvis tilnærming til samfunnet. Når den innsatte "
            "har nådd permisjonstiden og kriminalomsorgen vurderer det som sikkerhetsmessig forsvarlig, "
            "skal det legges til rette for permisjon. I god tid før minstetiden skal det vurderes om den "
            "innsatte kan overføres til et fengsel med lavere sikkerhetsnivå. Ideelt sett har den innsatte "
            "både hatt permisjoner og blitt flyttet til et fengsel med lavere sikkerhetsnivå før "
            "minstetiden er ute.</p>"
            "<p>Kommunen og Nav er viktige samarbeidspartnere, særlig for bolig og arbeid. Ila skriver til "
            "Nav-lederen i den forvaringsdømtes hjemkommune omtrent to og et halvt år før minstetiden er "
            "nådd, for å sette i gang samarbeidet om bolig. Sivilombudet har påpekt at mange "
            "forvaringsdømte må starte soningen i ordinært fengsel mens de står i kø for plass i en "
            "forvaringsavdeling. Da blir det ekstra viktig at progresjonen og planleggingen av "
            "løslatelsen ikke stopper opp.</p>"
        ),
        "results_intro": "Fasen er ferdig når minstetiden nærmer seg, og løslatelsen kan planlegges konkret:",
        "results": [
            "Den innsatte har fått tilbud om BRIK-kartlegging og eventuelt en framtidsplan",
            "Det er holdt to ansvarsgruppemøter i året og minst fire strukturerte samtaler mellom kontaktbetjent og innsatt",
            "Den innsatte har hatt utganger med gradvis økende frihet, og overføring til lavere sikkerhetsnivå er vurdert",
            "Hjemkommunen er kontaktet om lag to og et halvt år før minstetiden og har utpekt en kontaktperson",
            "Boligbehovet er kartlagt, og kommunen har startet arbeidet med bolig og tjenester",
            "Det er vurdert om den innsatte kan være aktuell for statlig finansiert prøveløslatelse",
        ],
        "task_groups": [
            {
                "heading": "Samarbeid med den innsatte",
                "tasks": [
                    {
                        "text": "Tilby BRIK-kartlegging og lage en framtidsplan sammen med den innsatte",
                        "responsible": ["kriminalomsorgen", "bruker"],
                        "sub_points": [],
                    },
                    {
                        "text": "Gjennomføre minst fire strukturerte samtaler mellom kontaktbetjent og innsatt",
                        "responsible": ["kriminalomsorgen", "bruker"],
                        "sub_points": [
                            "Samtalene skal motivere, legge til rette for utdanning eller arbeid og motivere til behandling eller deltakelse i relevante program",
                        ],
                    },
                    {
                        "text": "Holde ansvarsgruppemøter to ganger i året",
                        "responsible": ["kriminalomsorgen", "nav", "helse-og-omsorg", "bruker"],
                        "sub_points": [
                            "Hvem fra kommunen bør delta – Nav, boligkontoret, rus- og psykisk helsetjeneste, tjenester for personer med utviklingshemming?",
                            "Kan kommunens deltakere møte digitalt når anstalten ligger langt unna?",
                        ],
                    },
                ],
            },
            {
                "heading": "Gradvis progresjon",
                "tasks": [
                    {
                        "text": "Legge til rette for permisjoner og andre utganger med gradvis økende frihet",
                        "responsible": ["kriminalomsorgen"],
                        "sub_points": [
                            "Kan utgangene brukes til å besøke hjemkommunen, se på bolig og møte tjenestene?",
                        ],
                    },
                    {
                        "text": "Arbeide for overføring til et fengsel med lavere sikkerhetsnivå når det er hensiktsmessig og sikkerhetsmessig forsvarlig",
                        "responsible": ["kriminalomsorgen"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Arbeid for å skaffe bolig i kommunen",
                "tasks": [
                    {
                        "text": "Sende brev til Nav-lederen i hjemkommunen om lag to og et halvt år før minstetiden",
                        "responsible": ["kriminalomsorgen"],
                        "sub_points": [
                            "Brevet skal sette i gang samarbeidet om bolig og oppfølging",
                        ],
                    },
                    {
                        "text": "Utpeke en kontaktperson og avklare hvem i kommunen som koordinerer arbeidet",
                        "responsible": ["nav", "boligkontor"],
                        "sub_points": [
                            "Er det Nav, boligkontoret eller koordinerende enhet som skal holde i saken?",
                            "Hvordan sikrer vi at saken ikke blir liggende når kontaktpersonen slutter eller er borte?",
                        ],
                    },
                    {
                        "text": "Kartlegge boligbehov og boevne sammen med den innsatte og kriminalomsorgen",
                        "responsible": ["boligkontor", "nav", "bruker"],
                        "sub_points": [
                            "Hva slags bolig trengs, og hvor bør den ligge?",
                            "Må det tas hensyn til hvor fornærmede eller etterlatte bor?",
                            "Hvilken oppfølging i bolig trengs de første månedene og på lengre sikt?",
                        ],
                    },
                    {
                        "text": "Behandle anmodningen om bistand og starte arbeidet med en konkret boligløsning",
                        "responsible": ["boligkontor", "saksbehandler"],
                        "sub_points": [
                            "Er den innsatte vanskeligstilt på boligmarkedet og har rett til individuelt tilpasset bistand etter boligsosialloven § 6? Avgjørelsen er et enkeltvedtak",
                            "Er søknad om kommunal bolig eller annen boligløsning tidfestet slik at boligen er klar når prøveløslatelse kan bli aktuelt?",
                        ],
                    },
                    {
                        "text": "Planlegge tjenestene den innsatte trenger etter løslatelsen",
                        "responsible": ["helse-og-omsorg", "nav"],
                        "sub_points": [
                            "Rus- og psykisk helsetjenester, tjenester til personer med utviklingshemming og hjelp til arbeid, for eksempel kvalifiseringsprogrammet",
                            "Har den innsatte rett til individuell plan og koordinator?",
                        ],
                    },
                ],
            },
            {
                "heading": "Vurdering av statlig finansiert prøveløslatelse",
                "tasks": [
                    {
                        "text": "Vurdere om den innsatte er en aktuell kandidat for refusjonsordningen",
                        "responsible": ["kriminalomsorgen"],
                        "sub_points": [
                            "Anstalten foreslår kandidaten, og regionalt nivå avgjør om personen er i målgruppen; er regionene uenige, går saken til Kriminalomsorgsdirektoratet",
                            (
                                "Målgruppen er først og fremst forvaringsdømte med utviklingshemming, men kan også omfatte "
                                "personer med store omsorgs- og rehabiliteringsbehov eller psykiske lidelser og "
                                "rusproblemer"
                            ),
                        ],
                    },
                    {
                        "text": "Informere kommunedirektøren (rådmannen) og be om kommunens samtykke",
                        "responsible": ["kriminalomsorgen", "radmann"],
                        "sub_points": [
                            "Hvilke bolig- og sikkerhetstiltak mener kriminalomsorgen at den innsatte trenger?",
                            "Hvem i kommunen har myndighet til å gi samtykket, og hva forplikter kommunen seg til?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Begynner vi å jobbe med saken når brevet fra anstalten kommer, eller blir det liggende til løslatelsen er nær?",
            "Hvordan kan kommunen bruke permisjonene til å bygge tillit mellom den innsatte og de som skal følge opp etterpå?",
        ],
        "glossary_terms": [
            "progresjonssoning",
            "minstetid",
            "ansvarsgruppe",
            "refusjonsordningen",
            "koordinerende-enhet",
            "kvalifiseringsprogrammet",
        ],
        "law_references": ["straffeloven-43", "straffegjennomforingsloven-4", "boligsosialloven-6"],
        "tools": [
            {
                "title": "Samarbeidsavtale om løslatelse mellom regjeringen og KS",
                "description": (
                    "Avtale om samarbeid ved løslatelse etter straffegjennomføring i fengsel, som skal "
                    "styrke samhandlingen og støtte lokale avtaler mellom kriminalomsorgen og kommunene."
                ),
                "url": "",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 3,
        "title": "Begjæring om prøveløslatelse fra forvaring",
        "slug": "begjaering-om-proveloslatelse-fra-forvaring",
        "short_description": (
            "<p>Den innsatte, advokaten eller kriminalomsorgen begjærer prøveløslatelse. Ila lager en "
            "innstilling som legges fram for kriminalomsorgen region øst, og påtalemyndigheten fremmer "
            "saken for tingretten, som avgjør den ved dom. Er kriminalomsorgen og påtalemyndigheten enige "
            "om at den dømte kan løslates på prøve, kan kriminalomsorgen selv fatte vedtaket. Prøvetiden "
            "er fra ett til fem år, og det er vanlig å sette omfattende vilkår, for eksempel om bolig, "
            "oppholdssted, arbeid, behandling og forbud mot rusmidler.</p>"
            "<p>Retten kan også sette som vilkår at den prøveløslatte skal bo i en institusjon eller en "
            "kommunal boenhet i mer enn ett år. Det krever særlige grunner og samtykke fra institusjonen "
            "eller kommunen. Dette kalles statlig finansiert prøveløslatelse eller refusjonsordningen. "
            "Retten kan også bestemme at personen skal kunne holdes igjen i boenheten mot sin vilje og "
            "hentes tilbake om han eller hun stikker av, om nødvendig med tvang og hjelp fra offentlig "
            "myndighet.</p>"
            "<p>Ordningen har røtter tilbake til 1993 og gjaldt da kommunale omsorgstiltak for personer "
            "med utviklingshemming som var dømt til sikring. I 2022 var 18 personer omfattet; ti bodde i "
            "en privat institusjon og åtte i en kommunal. Budsjettet for 2022 var på vel 100 millioner "
            "kroner.</p>"
        ),
        "results_intro": (
            "Målet er at rett person løslates til rett tid, slik at både samfunnets sikkerhet og den "
            "dømtes rettssikkerhet blir ivaretatt. Fasen er ferdig når:"
        ),
        "results": [
            "Begjæringen er fremmet, og anstalten har gitt sin innstilling",
            "Hjemkommunen er kontaktet på nytt, og bolig og oppfølging er konkret beskrevet",
            "Retten, eller kriminalomsorgen med samtykke fra påtalemyndigheten, har avgjort saken og fastsatt prøvetid og vilkår",
            "Boligen er klar fra løslatelsesdagen, og kommunen kjenner vilkårene og sin egen rolle",
            "Ved statlig finansiert prøveløslatelse har kommunen gitt samtykke, og ansvar, innhold og finansiering er avtalt",
            "Friomsorgen, kommunen og den prøveløslatte vet hvem som følger opp hva i prøvetiden",
        ],
        "task_groups": [
            {
                "heading": "Begjæring og behandling",
                "tasks": [
                    {
                        "text": "Fremme begjæring om prøveløslatelse",
                        "responsible": ["bruker", "kriminalomsorgen"],
                        "sub_points": [
                            "Er minstetiden utholdt?",
                            "Den dømte kan ikke selv begjære prøveløslatelse før ett år etter at forvaringsdommen, eller en dom som nekter prøveløslatelse, er endelig",
                        ],
                    },
                    {
                        "text": "Utarbeide anstaltens innstilling og legge den fram for regionalt nivå",
                        "responsible": ["kriminalomsorgen"],
                        "sub_points": [
                            "Hva sier innstillingen om bolig, tjenester og sikkerhetstiltak etter løslatelsen?",
                        ],
                    },
                    {
                        "text": "Fremme saken for tingretten, eller samtykke i at kriminalomsorgen avgjør den",
                        "responsible": ["patalemyndigheten"],
                        "sub_points": [],
                    },
                    {
                        "text": "Avgjøre saken ved dom og fastsette prøvetid og vilkår",
                        "responsible": ["domstolen"],
                        "sub_points": [
                            "Saker om prøveløslatelse skal behandles raskt",
                            "Vilkår om opphold i institusjon eller kommunal boenhet ut over ett år kan bare settes av retten",
                        ],
                    },
                ],
            },
            {
                "heading": "Bolig og tjenester på plass",
                "tasks": [
                    {
                        "text": "Kontakte hjemkommunen på nytt om bolig og oppfølging",
                        "responsible": ["kriminalomsorgen"],
                        "sub_points": [
                            "Sosialkonsulenten tar kontakten når begjæringen er fremmet",
                        ],
                    },
                    {
                        "text": "Fatte vedtak og ha boligen klar fra løslatelsesdagen",
                        "responsible": ["boligkontor", "saksbehandler"],
                        "sub_points": [
                            "Kan kommunen beskrive bolig og oppfølging så konkret at det kan legges fram for retten?",
                            "Er husleie, depositum og innbo avklart med Nav?",
                            "Hva gjør vi hvis datoen for løslatelse endres, eller hvis retten løslater tidligere eller senere enn ventet?",
                        ],
                    },
                    {
                        "text": "Etablere oppfølgingen i bolig og de andre tjenestene",
                        "responsible": ["helse-og-omsorg", "bo-oppfolger", "nav"],
                        "sub_points": [
                            "Hvem har ansvaret for bo-oppfølging de første ukene, og hvor ofte skal den skje?",
                            "Fortsetter ansvarsgruppen etter løslatelsen, og er individuell plan og koordinator på plass?",
                        ],
                    },
                    {
                        "text": "Avklare samarbeidet med friomsorgen om vilkår og oppfølging i prøvetiden",
                        "responsible": ["kriminalomsorgen", "nav", "helse-og-omsorg"],
                        "sub_points": [
                            "Hvilke vilkår gjelder bolig, oppholdssted, behandling og rus?",
                            "Hva er avtalt om deling av opplysninger, og hva krever samtykke fra den prøveløslatte?",
                        ],
                    },
                ],
            },
            {
                "heading": "Statlig finansiert prøveløslatelse (refusjonsordningen)",
                "tasks": [
                    {
                        "text": "Ta stilling til samtykke og avtale ansvar, innhold og finansiering med kriminalomsorgen",
                        "responsible": ["radmann", "kriminalomsorgen"],
                        "sub_points": [
                            "Hva skal tiltaket inneholde av bemanning, sikkerhetstiltak og aktivitet?",
                            "Hvilke kostnader dekker staten, og hvordan avtales oppgjøret?",
                        ],
                    },
                    {
                        "text": "Etablere botiltaket og forberede de ansatte",
                        "responsible": ["helse-og-omsorg", "eiendom"],
                        "sub_points": [
                            "Hva betyr det for de ansatte at retten kan bestemme at den prøveløslatte skal holdes tilbake og hentes tilbake ved unnvikelse?",
                            "Har de ansatte opplæring i de vilkårene som gjelder, og vet de hvem de skal kontakte ved brudd?",
                        ],
                    },
                    {
                        "text": "Planlegge for tiden etter at forvaringsstraffen er over",
                        "responsible": ["helse-og-omsorg", "boligkontor"],
                        "sub_points": [
                            "Vil personen trenge varig tilrettelagt bolig og oppfølging fra kommunen når straffen er gjennomført?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Er bolig- og tjenestetilbudet solid nok til å tåle at løslatelsesdatoen flytter seg?",
            "Hvordan ivaretar vi både sikkerheten i nærmiljøet og den prøveløslattes rett til et verdig liv i boligen?",
        ],
        "glossary_terms": [
            "proveloslatelse",
            "refusjonsordningen",
            "friomsorg",
            "tilbakeforing",
            "oppfolgingstjenester-i-bolig",
            "individuell-plan",
        ],
        "law_references": [
            "straffeloven-44",
            "straffeloven-45",
            "boligsosialloven-6",
            "sosialtjenesteloven-27",
        ],
        "tools": [],
        "subprocesses": [],
    },
]
