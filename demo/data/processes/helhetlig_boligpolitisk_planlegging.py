"""Helhetlig boligpolitisk planlegging (the circular planning process, six steps): written from
https://www.veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging
and its step pages (kommuneplanens-samfunnsdel, kommuneplanens-arealdel, fag-temaplan-bolig with
its phase and task pages, reguleringsplan), veiviseren's "Helhetlig boligplanlegging – hva er
det?" pages, Husbanken's "Boligsosiale hensyn i planlegging", regjeringen.no (veileder om
kommunal planstrategi, Prop. 132 L (2021–2022) kap. 10) and Lovdata.

Veiviseren's own pages for step 1 (Planstrategi) and step 6 (Økonomiplan) were not found among
the stored pages; they are written from the overview page, the plansystem pages, Husbanken,
regjeringen.no's planstrategi guidance and the law itself.
"""

AREA = "planlegge-lede-og-utvikle"

SOURCES = [
    {
        "url": "https://www.veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging",
        "title": "Helhetlig boligpolitisk planlegging (Veiviseren, oversikt)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/kommuneplanens-samfunnsdel",
        "title": "Kommuneplanens samfunnsdel (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/kommuneplanens-arealdel",
        "title": "Kommuneplanens arealdel (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig",
        "title": "Fag-/temaplan bolig (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/forfase-fagtemaplan",
        "title": "Forfase – fag-/temaplan (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/identifiserings-og-kartleggingsfase",
        "title": "Identifiserings- og kartleggingsfase (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/identifiserings-og-kartleggingsfase/identifiser-oppgaven-og-avklar-foringer",
        "title": "Identifiser oppgaven og avklar føringer (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/identifiserings-og-kartleggingsfase/kartlegg-befolkning-boforhold-og-bomiljo",
        "title": "Kartlegg befolkning, boforhold og bomiljø (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/identifiserings-og-kartleggingsfase/individkartlegging",
        "title": "Individkartlegging (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/3-losningsfase",
        "title": "Løsningsfase (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/3-losningsfase/utarbeide-mal",
        "title": "Utarbeide mål (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/3-losningsfase/utarbeide-strategier",
        "title": "Utarbeide strategier (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/3-losningsfase/bli-enige-om-tiltak",
        "title": "Bli enige om tiltak (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/bearbeidings-og-ferdigstillingsfasen",
        "title": "Bearbeidings- og ferdigstillingsfasen (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/bearbeidings-og-ferdigstillingsfasen/lage-utkast-til-temaplan",
        "title": "Lage utkast til temaplan (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/bearbeidings-og-ferdigstillingsfasen/temaplan-pa-hring",
        "title": "Temaplan på høring (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/bearbeidings-og-ferdigstillingsfasen/ferdigstille-og-vedta-temaplanen",
        "title": "Ferdigstille og vedta temaplanen (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/gjennomforingsfase",
        "title": "Gjennomføringsfase (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/gjennomforingsfase/tiltak-innarbeides-i-okonomiplanen",
        "title": "Tiltak innarbeides i økonomiplanen (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/fag-temaplan-bolig/gjennomforingsfase/evaluering-av-temaplan",
        "title": "Evaluering av temaplan (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/planlegge-lede-og-utvikle/helhetlig-boligpolitisk-planlegging/helhetlig-boligpolitisk-planlegging/reguleringsplan",
        "title": "Reguleringsplan (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/forstaa-helheten/helhetlig-boligplanlegging-hva-er-det/hva-er-planlegging-i-kommunen",
        "title": "Hva er planlegging i kommunen? (Veiviseren)",
    },
    {
        "url": "https://www.veiviseren.no/forstaa-helheten/helhetlig-boligplanlegging-hva-er-det/plansystemet-og-helhetlig-boligplanlegging",
        "title": "Plansystemet og helhetlig boligplanlegging (Veiviseren)",
    },
    {
        "url": "https://www.husbanken.no/kommune/boligsosial-planlegging/",
        "title": "Boligsosiale hensyn i planlegging (Husbanken)",
    },
    {
        "url": "https://regjeringen.no/no/dokumenter/kommunal-planstrategi/id3055721/?ch=6",
        "title": "Kommunal planstrategi – veileder (regjeringen.no)",
    },
    {
        "url": "https://regjeringen.no/no/dokumenter/prop.-132-l-20212022/id2919288/?ch=10",
        "title": "Prop. 132 L (2021–2022), kap. 10 Kommunens ansvar knyttet til organisering og planlegging",
    },
    {
        "url": "https://www.statsforvalteren.no/nb/innlandet/helse-omsorg-og-sosialtjenester/bolig-for-velferd/boligsosial-lov-tradte-i-kraft-01.07.23/",
        "title": "Boligsosial lov trådte i kraft 01.07.23 (Statsforvalteren i Innlandet)",
    },
    {
        "url": "https://lovdata.no/lov/2008-06-27-71",
        "title": "Lov om planlegging og byggesaksbehandling (plan- og bygningsloven)",
    },
    {
        "url": "https://lovdata.no/lov/2018-06-22-83",
        "title": "Lov om kommuner og fylkeskommuner (kommuneloven)",
    },
]


WORK_PROCESS = {
    "title": "Helhetlig boligpolitisk planlegging",
    "slug": "helhetlig-boligpolitisk-planlegging",
    "search_description": (
        "Slik tar kommunen boligpolitikken og det boligsosiale arbeidet inn i alle plannivåer: "
        "planstrategi, kommuneplan, temaplan, regulering og økonomiplan."
    ),
    "intro": (
        "<p>Kommunen trenger planer som sørger for at det finnes nok boliger, og at boligene "
        "passer for dem som skal bo i dem. Planene må også sikre gode bomiljøer og tjenester som "
        "gjør at folk klarer å bo. Det får kommunen bare til hvis boligpolitikken er med på alle "
        "nivåer i plansystemet, og hvis sektorene – plan, eiendom, Nav, helse og omsorg, "
        "oppvekst og flyktningtjenesten – planlegger sammen.</p>"
        "<p>Denne prosessen viser plansystemet etter plan- og bygningsloven som en sirkel i seks "
        "trinn: planstrategi, kommuneplanens samfunnsdel, kommuneplanens arealdel, fag- eller "
        "temaplan for bolig, reguleringsplan og økonomiplan. For hvert trinn står det hvem som "
        "gjør hva, hva trinnet handler om, og hvor boligspørsmålene hører hjemme. Trinnet om "
        "fag- og temaplan har i tillegg sine egne fem faser.</p>"
    ),
    "background": (
        "<p>Behovet for å planlegge oppstår ofte når de folkevalgte ønsker å utrede et "
        "boligpolitisk spørsmål, eller når administrasjonen ser utfordringer som bør løses, for "
        "eksempel at det mangler boliger for vanskeligstilte, at bomiljøer forvitrer, eller at "
        "boligmarkedet er lite variert. Helhetlig boligplanlegging handler om å se "
        "utbyggingspolitikken og den boligsosiale politikken i sammenheng.</p>"
        "<p>Kommuneplanen er kommunens overordnede styringsdokument. Den består av en samfunnsdel "
        "med handlingsdel og en arealdel. Innenfor rammene av loven står kommunen fritt til å "
        "bestemme innholdet og prosessen, men den må ta hensyn til de nasjonale forventningene "
        "til regional og kommunal planlegging, som regjeringen legger fram hvert fjerde år, og "
        "til regionale planer. Kommunedirektøren (rådmannen) eier og styrer planprosessene på "
        "vegne av kommunestyret.</p>"
        "<p>Fra 1. juli 2023 har boligsosialloven gjort planleggingen til en lovfestet del av "
        "det boligsosiale ansvaret. Kommunen skal sørge for samarbeid på tvers av sektorer og ha "
        "oversikt over behovet for ordinære og tilpassede boliger for vanskeligstilte på "
        "boligmarkedet. Oversikten skal være en del av grunnlaget for planstrategien, og "
        "kommuneplanen skal ha overordnede mål og strategier for det boligsosiale arbeidet. "
        "Modellen for bestemmelsen er folkehelseloven §§ 5 og 6.</p>"
    ),
    "body": (
        "<p>Trinnene henger sammen i en sirkel: Planstrategien avgjør hvilke planer som skal "
        "lages eller revideres i valgperioden. Samfunnsdelen setter mål og strategier, arealdelen "
        "og reguleringsplanene sikrer arealene, temaplanen gjør mål om til tiltak, og "
        "økonomiplanen setter av pengene. Erfaringene fra gjennomføringen blir så en del av "
        "kunnskapsgrunnlaget for neste planstrategi.</p>"
        "<h3>Hvem gjør hva</h3>"
        "<ul>"
        "<li><strong>Kommunestyret</strong> vedtar planstrategien, kommuneplanen, "
        "reguleringsplanene og økonomiplanen.</li>"
        "<li><strong>Kommunedirektøren</strong> har ansvaret for at planene blir utarbeidet, og "
        "legger fram forslagene.</li>"
        "<li><strong>Planavdelingen</strong> leder og koordinerer arbeidet med de lovpålagte "
        "planene.</li>"
        "<li><strong>Fagavdelingene</strong> – for eksempel boligkontoret, Nav, helse og omsorg, "
        "eiendom og flyktningtjenesten – bidrar med kunnskap om behov og virkemidler.</li>"
        "<li><strong>Innbyggerne, brukerorganisasjoner og kommunens råd</strong> skal få medvirke "
        "i planprosessene.</li>"
        "<li><strong>Statsforvalteren, fylkeskommunen og Husbanken</strong> gir råd og "
        "innspill. Statsforvalteren og andre statlige myndigheter kan fremme innsigelse når "
        "nasjonale eller vesentlige regionale interesser står på spill.</li>"
        "</ul>"
    ),
    "kind": "circular",
    "glossary_terms": [
        "planstrategi",
        "kommuneplan",
        "samfunnsdel",
        "arealdel",
        "handlingsdel",
        "temaplan",
        "reguleringsplan",
        "okonomiplan",
        "vanskeligstilt-pa-boligmarkedet",
        "samordning",
    ],
    "law_references": [
        "boligsosialloven-5",
        "pbl-10-1",
        "pbl-11-1",
        "kommuneloven-14-4",
    ],
    "target_groups": ["vanskeligstilte-pa-boligmarkedet"],
    "themes": ["Planarbeid", "Samordning", "Kartlegging", "Tverrfaglig samarbeid"],
}

PHASES = [
    {
        "number": 1,
        "title": "Planstrategi",
        "slug": "planstrategi",
        "who_does_what": (
            "<p>Kommunestyret skal vedta planstrategien senest ett år etter at det er konstituert. "
            "Kommunedirektøren har ansvaret for å lage forslaget, og planavdelingen koordinerer "
            "arbeidet. Fagavdelingene, blant dem boligkontoret, Nav, helse og omsorg, eiendom og "
            "flyktningtjenesten, bidrar til kunnskapsgrunnlaget med tall og vurderinger om "
            "boligbehov og boligsosiale utfordringer.</p>"
            "<p>Kommunen skal hente inn synspunkter fra statlige og regionale organer og fra "
            "nabokommunene, og den bør legge til rette for en offentlig debatt. Statsforvalteren og "
            "Husbanken kan bidra med kunnskap og råd.</p>"
        ),
        "background": (
            "<p>Planstrategien er kommunens verktøy for å bestemme hvilke planer som trengs i "
            "valgperioden. Her drøfter kommunestyret de strategiske valgene for samfunnsutviklingen, "
            "den langsiktige arealbruken og sektorenes virksomhet, og tar stilling til om "
            "kommuneplanen skal revideres. Planstrategien er ikke en plan i seg selv, men avgjør "
            "hvilke planer som skal lages.</p>"
            "<p>Kunnskapsgrunnlaget er en administrativ oppgave, og regjeringens veileder anbefaler "
            "at det utarbeides før valget, slik at det nye kommunestyret raskt kan ta stilling til "
            "planbehovet. Oversikten over folkehelsen skal inngå i grunnlaget, og etter "
            "boligsosialloven skal også oversikten over behovet for ordinære og tilpassede boliger "
            "for vanskeligstilte være med. Kommunen bør drøfte det boligsosiale arbeidet i selve "
            "planstrategien.</p>"
        ),
        "description": (
            "<p>I planstrategien må boligspørsmålene være en del av utfordringsbildet. Hvis "
            "kommunen ønsker en egen fag- eller temaplan for bolig, bør bestillingen stå i "
            "planstrategien, slik at planen er forankret politisk fra starten.</p>"
            "<h3>Boligspørsmål som bør belyses i kunnskapsgrunnlaget</h3>"
            "<ul>"
            "<li>befolkningsutvikling og behov for nye boliger, også for eldre og for personer med "
            "funksjonsnedsettelser</li>"
            "<li>hvor mange som er vanskeligstilte på boligmarkedet, og hvilke boliger og tjenester "
            "de trenger</li>"
            "<li>kommunens egne boliger, deres standard og om de passer for dem som trenger dem</li>"
            "<li>hvordan startlån, tilskudd og bostøtte brukes</li>"
            "<li>anmodningen om bosetting av flyktninger</li>"
            "</ul>"
        ),
        "task_groups": [
            {
                "heading": "Kunnskapsgrunnlag",
                "tasks": [
                    {
                        "text": "Utarbeide kunnskapsgrunnlag med boligsosiale utfordringer, helst "
                        "før kommunevalget",
                        "responsible": ["radmann", "planavdeling"],
                        "sub_points": [
                            "Har vi en oppdatert oversikt over behovet for ordinære og "
                            "tilpassede boliger?",
                            "Er folkehelseoversikten og levekårsdata med?",
                        ],
                    },
                    {
                        "text": "Hente inn tall og vurderinger fra fagavdelingene",
                        "responsible": ["planavdeling", "boligkontor", "nav", "helse-og-omsorg"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Forslag og vedtak",
                "tasks": [
                    {
                        "text": "Hente inn synspunkter fra statlige og regionale organer og "
                        "nabokommuner",
                        "responsible": ["planavdeling"],
                        "sub_points": [],
                    },
                    {
                        "text": "Vurdere behovet for en egen fag- eller temaplan for bolig",
                        "responsible": ["radmann"],
                        "sub_points": [
                            "Dekkes boligspørsmålene godt nok i samfunnsdelen, eller trengs en "
                            "egen plan?",
                        ],
                    },
                    {
                        "text": "Offentliggjøre forslaget minst 30 dager før behandlingen",
                        "responsible": ["planavdeling"],
                        "sub_points": [],
                    },
                    {
                        "text": "Vedta planstrategien innen ett år etter konstitueringen",
                        "responsible": ["kommunestyret"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "glossary_terms": [
            "planstrategi",
            "kunnskapsgrunnlag",
            "levekarskartlegging",
            "kommuneplan",
        ],
        "law_references": ["pbl-10-1", "boligsosialloven-5", "folkehelseloven-6"],
        "tools": [
            {
                "title": "Kommunal planstrategi – veileder fra Kommunal- og distriktsdepartementet",
                "description": "Veiledning om innhold, kunnskapsgrunnlag og prosess for "
                "planstrategien.",
                "url": "https://www.regjeringen.no/no/dokumenter/kommunal-planstrategi/id3055721/",
            },
            {
                "title": "Boligsosiale hensyn i planlegging – Husbanken",
                "description": "Råd om hvordan boligsosiale hensyn tas inn på hvert plannivå.",
                "url": "https://www.husbanken.no/kommune/boligsosial-planlegging/",
            },
        ],
        "phases": [],
    },
    {
        "number": 2,
        "title": "Kommuneplanens samfunnsdel",
        "slug": "kommuneplanens-samfunnsdel",
        "who_does_what": (
            "<p>Administrasjonen, som regel planavdelingen eller en egen kommuneplanlegger, lager "
            "forslaget sammen med fagavdelingene og med politiske styringsgrupper der kommunen har "
            "det. Brukerrepresentanter, kommunens råd og innbyggerne skal få medvirke. Forslaget "
            "førstegangsbehandles politisk, sendes på høring og legges ut til offentlig ettersyn "
            "før kommunestyret vedtar planen.</p>"
        ),
        "background": (
            "<p>Samfunnsdelen bygger på planstrategien og på statlige og regionale føringer. Den "
            "tar for seg de langsiktige utfordringene, målene og strategiene for kommunesamfunnet "
            "som helhet og for kommunen som organisasjon – både som samfunnsutvikler og som "
            "tjenesteleverandør. Den gir føringer for arealdelen og for sektorenes planer.</p>"
            "<p>Samfunnsdelen skal ha en handlingsdel som viser hvordan planen skal følges opp de "
            "fire neste årene eller mer, og som revideres hvert år. Økonomiplanen kan inngå i "
            "handlingsdelen. Etter boligsosialloven skal kommuneplanen ha overordnede mål og "
            "strategier for det boligsosiale arbeidet.</p>"
        ),
        "description": (
            "<p>I samfunnsdelen utdypes utfordringsbildet fra planstrategien. Temaer som "
            "befolkningsutvikling, utbyggingsmønster og utbyggingsvolum, folkehelse, barn og unges "
            "oppvekstvilkår, integrering og næringsutvikling henger tett sammen med "
            "boligpolitikken. Det boligsosiale arbeidet bør knyttes til disse strategiene, gjerne "
            "med egne delmål.</p>"
            "<h3>Eksempler på boligpolitiske delmål</h3>"
            "<ul>"
            "<li>Flest mulig av dem som ønsker det, skal kunne eie sin egen bolig.</li>"
            "<li>Å leie skal være et trygt og godt alternativ.</li>"
            "<li>Eldre skal kunne bo hjemme så lenge som mulig.</li>"
            "</ul>"
            "<p>Trinnet er ferdig når bolig- og velferdshensyn er tatt inn i samfunnsdelen, med mål "
            "og strategier som de andre planene kan bygge videre på.</p>"
        ),
        "task_groups": [
            {
                "heading": "Utarbeide planforslag",
                "tasks": [
                    {
                        "text": "Varsle oppstart og lage planprogram",
                        "responsible": ["planavdeling"],
                        "sub_points": [],
                    },
                    {
                        "text": "Ta boligpolitiske og boligsosiale utfordringer inn i "
                        "utfordringsbildet",
                        "responsible": ["planavdeling", "boligkontor", "nav", "helse-og-omsorg"],
                        "sub_points": [
                            "Hva viser oversikten over boligbehovet?",
                        ],
                    },
                    {
                        "text": "Formulere overordnede mål og strategier for boligpolitikken og det "
                        "boligsosiale arbeidet",
                        "responsible": ["planavdeling", "radmann"],
                        "sub_points": [
                            "Hvordan skal målene følges opp i arealdelen og i en eventuell "
                            "temaplan?",
                        ],
                    },
                    {
                        "text": "Sørge for medvirkning fra innbyggere, brukerorganisasjoner og råd",
                        "responsible": ["planavdeling"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Behandling og vedtak",
                "tasks": [
                    {
                        "text": "Førstegangsbehandle planforslaget",
                        "responsible": ["kommunestyret"],
                        "sub_points": [
                            "Ofte er det formannskapet eller et planutvalg som gjør dette.",
                        ],
                    },
                    {
                        "text": "Sende planforslaget på høring og legge det ut til offentlig "
                        "ettersyn i minst seks uker",
                        "responsible": ["planavdeling"],
                        "sub_points": [],
                    },
                    {
                        "text": "Vedta samfunnsdelen",
                        "responsible": ["kommunestyret"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "glossary_terms": [
            "samfunnsdel",
            "handlingsdel",
            "planprogram",
            "offentlig-ettersyn",
            "medvirkning",
        ],
        "law_references": [
            "pbl-11-1",
            "pbl-11-2",
            "pbl-11-14",
            "boligsosialloven-5",
            "kommuneloven-14-4",
        ],
        "tools": [
            {
                "title": "Kommuneplanprosessen – samfunnsdelen, handlingsdelen (veileder T-1494)",
                "description": "Departementets veileder om arbeidet med samfunnsdelen og "
                "handlingsdelen.",
                "url": "",
            },
        ],
        "phases": [],
    },
    {
        "number": 3,
        "title": "Kommuneplanens arealdel",
        "slug": "kommuneplanens-arealdel",
        "who_does_what": (
            "<p>Kommunestyret bestemmer, gjennom planstrategien, om arealdelen skal revideres. "
            "Planavdelingen utarbeider planforslaget, gjerne i samarbeid med eiendomsavdelingen "
            "og fagavdelingene som kjenner behovene for boliger og tjenester. Forslaget sendes på "
            "høring og legges ut til offentlig ettersyn før kommunestyret vedtar planen. "
            "Statsforvalteren og andre myndigheter kan fremme innsigelse.</p>"
        ),
        "background": (
            "<p>Arealdelen viser sammenhengen mellom den framtidige samfunnsutviklingen og "
            "arealbruken. Samfunnsdelen gir føringene. Arealdelen består av et plankart, "
            "bestemmelser og en planbeskrivelse, og plankartet og bestemmelsene er juridisk "
            "bindende for framtidig bruk av arealene. Områderegulering og detaljregulering følger "
            "opp arealdelen.</p>"
        ),
        "description": (
            "<p>Gjennom arealdelen kan kommunen sette av nok og egnet areal til boliger, til "
            "tjenesteyting, friområder og samferdsel, der behovene er identifisert i de andre "
            "planene. Plasseringen av nye boligområder har stor betydning for hvem som kan bo der, "
            "og for bomiljøet: nærhet til kollektivtransport, skoler, butikker og tjenester gjør "
            "det lettere å bo for alle, og særlig for dem som ikke har bil eller trenger "
            "tjenester.</p>"
            "<p>Kommunen kan også bruke arealplanleggingen til å sikre boliger for "
            "vanskeligstilte, for eksempel gjennom krav om variert boligsammensetning i nye "
            "områder. Utbyggingsavtaler etter kapittel 17 i plan- og bygningsloven kan gi kommunen "
            "fortrinnsrett til å kjøpe en andel av boligene i et nytt prosjekt til "
            "markedspris.</p>"
        ),
        "task_groups": [
            {
                "heading": "Areal til boliger og tjenester",
                "tasks": [
                    {
                        "text": "Vurdere hvor mye og hvilket areal som trengs til boliger og "
                        "tjenesteyting",
                        "responsible": ["planavdeling", "eiendom"],
                        "sub_points": [
                            "Hva sier samfunnsdelen og boligplanen om behovet?",
                            "Er det tomter som egner seg for utleieboliger og omsorgsboliger i "
                            "vanlige bomiljøer?",
                        ],
                    },
                    {
                        "text": "Vurdere bestemmelser som gir variert boligsammensetning",
                        "responsible": ["planavdeling"],
                        "sub_points": [
                            "Skal det stilles krav om boligstørrelser eller tilgjengelighet?",
                        ],
                    },
                    {
                        "text": "Vurdere bruk av utbyggingsavtaler og fortrinnsrett til kjøp av "
                        "boliger",
                        "responsible": ["planavdeling", "eiendom", "kommunestyret"],
                        "sub_points": [
                            "Har kommunestyret vedtatt at utbyggingsavtaler kan brukes?",
                        ],
                    },
                ],
            },
            {
                "heading": "Behandling og vedtak",
                "tasks": [
                    {
                        "text": "Sende planforslaget på høring og legge det ut til offentlig "
                        "ettersyn",
                        "responsible": ["planavdeling"],
                        "sub_points": [],
                    },
                    {
                        "text": "Vedta arealdelen",
                        "responsible": ["kommunestyret"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "glossary_terms": ["arealdel", "utbyggingsavtale", "reguleringsplan", "bomiljo"],
        "law_references": ["pbl-11-5", "pbl-11-14", "pbl-17-3"],
        "tools": [],
        "phases": [],
    },
    {
        "number": 4,
        "title": "Fag-/temaplan bolig",
        "slug": "fag-temaplan-bolig",
        "who_does_what": (
            "<p>Kommunedirektøren gir mandat, ofte etter en bestilling i planstrategien eller fra "
            "kommunestyret. En styringsgruppe med ledere fra de berørte enhetene styrer arbeidet, "
            "en prosjektleder leder det, og en tverrfaglig prosjektgruppe gjør selve arbeidet. "
            "Brukerorganisasjoner og kommunens råd trekkes med underveis. Kommunestyret vedtar "
            "planen, og de enhetene som får ansvar for tiltakene, gjennomfører dem.</p>"
        ),
        "background": (
            "<p>En fag- eller temaplan for bolig, ofte kalt boligplan eller boligsosial "
            "handlingsplan, er et styringsverktøy som samler mål, strategier, tiltak og "
            "prioriteringer på boligfeltet. En helhetlig boligplan omfatter både "
            "utbyggingspolitikken og den boligsosiale politikken, og den ser boliger og tjenester "
            "i sammenheng.</p>"
            "<p>Det er ikke lovpålagt å ha en egen boligplan. Boligsosialloven krever at "
            "kommuneplanen har overordnede mål og strategier for det boligsosiale arbeidet, men "
            "mange kommuner trenger en mer detaljert plan for å omsette dem i praksis. En temaplan "
            "kan lages uten prosesskravene i plan- og bygningsloven. Velger kommunen en "
            "kommunedelplan, gjelder reglene om planprogram, høring og offentlig ettersyn.</p>"
        ),
        "description": (
            "<p>Arbeidet med en fag- eller temaplan for bolig deles her i fem faser: forfase, "
            "identifiserings- og kartleggingsfase, løsningsfase, bearbeidings- og "
            "ferdigstillingsfase og gjennomføringsfase. Før arbeidet starter, bør kommunen vurdere "
            "om de overordnede planene allerede dekker behovet. Tiltakene i planen må "
            "innarbeides i budsjettet og økonomiplanen for å bli gjennomført.</p>"
        ),
        "task_groups": [],
        "glossary_terms": [
            "temaplan",
            "kommunedelplan",
            "mandat",
            "styringsgruppe",
            "okonomiplan",
        ],
        "law_references": ["boligsosialloven-5", "pbl-11-1"],
        "tools": [],
        "phases": [
            {
                "number": 1,
                "title": "Forfase",
                "slug": "forfase",
                "short_description": (
                    "<p>I forfasen legges rammene for planarbeidet. Kommunen bestemmer hva slags plan det "
                    "skal bli, hvem som skal delta, og hvordan arbeidet skal gjennomføres. Valget av "
                    "plantype har betydning for prosessen: En kommunedelplan må følge reglene i kapittel "
                    "11 i plan- og bygningsloven, med varsel om oppstart, planprogram, høring og "
                    "offentlig ettersyn. En temaplan har ingen slike formelle krav, men også her er det "
                    "lurt å varsle oppstart og få et politisk vedtak, slik at de folkevalgte får eierskap "
                    "til planen.</p>"
                    "<p>Initiativet kan komme fra kommunedirektøren, fra administrasjonen, fra de "
                    "folkevalgte eller fra eiendomsutviklere, men det bør helst være forankret i "
                    "planstrategien. Før arbeidet starter, bør kommunen også sjekke om de overordnede "
                    "planene allerede dekker behovet.</p>"
                ),
                "results_intro": "Forfasen er ferdig når:",
                "results": [
                    "Et mandat er vedtatt, med valg av plantype og avgrensning av oppgaven",
                    "Prosjektorganisasjonen er etablert med styringsgruppe, prosjektleder og "
                    "prosjektgruppe",
                    "En prosjektplan med framdrift, milepæler og medvirkning er godkjent",
                    "Oppstart av planarbeidet er varslet og eventuelt vedtatt politisk",
                ],
                "task_groups": [
                    {
                        "heading": "Utarbeide mandat",
                        "tasks": [
                            {
                                "text": "Avklare om behovet allerede dekkes av andre planer",
                                "responsible": ["radmann", "planavdeling"],
                                "sub_points": [
                                    "Står boligspørsmålene allerede i samfunnsdelen eller i andre "
                                    "temaplaner?",
                                ],
                            },
                            {
                                "text": "Bestemme om det skal lages en temaplan eller en kommunedelplan",
                                "responsible": ["radmann", "kommunestyret"],
                                "sub_points": [
                                    "Er boligpolitikken en hovedsatsing som bør ha en kommunedelplan "
                                    "med prosess etter plan- og bygningsloven?",
                                ],
                            },
                            {
                                "text": "Skrive mandat med formål, avgrensning, ressurser og tidsramme",
                                "responsible": ["radmann"],
                                "sub_points": [
                                    "Skal planen omfatte både generell boligutvikling og boligsosiale "
                                    "utfordringer?",
                                    "Skal arbeidet organiseres som et prosjekt?",
                                ],
                            },
                        ],
                    },
                    {
                        "heading": "Opprette prosjektorganisasjon",
                        "tasks": [
                            {
                                "text": "Oppnevne styringsgruppe og prosjektleder",
                                "responsible": ["radmann"],
                                "sub_points": [
                                    "Sitter ledere med myndighet over de viktigste virkemidlene i "
                                    "styringsgruppen?",
                                ],
                            },
                            {
                                "text": "Sette sammen en tverrfaglig prosjektgruppe",
                                "responsible": ["styringsgruppe", "prosjektleder"],
                                "sub_points": [
                                    "Er plan, eiendom, boligkontor, Nav, helse og omsorg, oppvekst og "
                                    "flyktningtjenesten med?",
                                    "Hvordan skal brukerrepresentanter delta?",
                                ],
                            },
                            {
                                "text": "Lage en oversikt over interessenter",
                                "responsible": ["prosjektleder"],
                                "sub_points": [
                                    "Hvem berøres av planen, og hvem kan påvirke den – internt og "
                                    "eksternt?",
                                ],
                            },
                        ],
                    },
                    {
                        "heading": "Utarbeide prosjektplan",
                        "tasks": [
                            {
                                "text": "Lage prosjektplan med faser, milepæler og ansvar",
                                "responsible": ["prosjektleder", "prosjektgruppe"],
                                "sub_points": [
                                    "Hvordan skal innbyggere, brukerorganisasjoner og råd medvirke?",
                                    "Når skal de folkevalgte orienteres?",
                                ],
                            },
                            {
                                "text": "Godkjenne prosjektplanen",
                                "responsible": ["styringsgruppe"],
                                "sub_points": [],
                            },
                            {
                                "text": "Varsle oppstart av planarbeidet og legge fram saken politisk",
                                "responsible": ["prosjektleder", "radmann", "kommunestyret"],
                                "sub_points": [
                                    "Kreves planprogram fordi det skal lages en kommunedelplan?",
                                ],
                            },
                        ],
                    },
                ],
                "reflection_questions": [
                    "Er planarbeidet godt nok forankret i planstrategien og hos de folkevalgte?",
                    "Har vi med oss dem som eier virkemidlene planen skal ta i bruk?",
                ],
                "glossary_terms": [
                    "mandat",
                    "styringsgruppe",
                    "temaplan",
                    "kommunedelplan",
                    "planprogram",
                    "prosjektplan",
                ],
                "law_references": ["pbl-11-12", "pbl-11-13"],
                "tools": [],
                "subprocesses": [],
            },
            {
                "number": 2,
                "title": "Identifiserings- og kartleggingsfase",
                "slug": "identifiserings-og-kartleggingsfase",
                "short_description": (
                    "<p>I denne fasen lager prosjektgruppen kunnskapsgrunnlaget for planen. Først "
                    "identifiseres oppgavene: hvilke boligoppgaver kommunen har, hvem som utfører dem, og "
                    "hvilke føringer som gjelder nasjonalt, regionalt og lokalt. Deretter kartlegges "
                    "befolkningsutviklingen, boligmarkedet og bomiljøene, og behovet for boliger og "
                    "tjenester blant vanskeligstilte, inkludert anmodningen om å bosette flyktninger.</p>"
                    "<p>Kartleggingen bør også omfatte kommunens egne ressurser: boligmassen, "
                    "virkemidlene, personellet og tjenestene. Mange kommuner supplerer tallene med en "
                    "individkartlegging, der fagavdelingene anonymt registrerer personer og husstander "
                    "som er vanskeligstilte på boligmarkedet.</p>"
                ),
                "results_intro": "Fasen er ferdig når kommunen har et felles kunnskapsgrunnlag:",
                "results": [
                    "Boligoppgavene og ansvaret for dem er beskrevet",
                    "Nasjonale, regionale og lokale føringer er avklart",
                    "Befolkningsutvikling, boligmarked og bomiljø er kartlagt",
                    "Bolig- og tjenestebehovet blant vanskeligstilte er kartlagt, også gjennom "
                    "individkartlegging",
                    "Kommunens virkemidler og ressurser er kartlagt",
                    "Utfordringene er oppsummert og drøftet i styringsgruppen",
                ],
                "task_groups": [
                    {
                        "heading": "Identifisere oppgaven og avklare føringer",
                        "tasks": [
                            {
                                "text": "Beskrive boligoppgavene og hvem som gjør hva",
                                "responsible": ["prosjektleder", "prosjektgruppe"],
                                "sub_points": [
                                    "Hvem har ansvaret for boligplanlegging, fremskaffelse, "
                                    "boligfinansiering, tildeling og forvaltning av boliger?",
                                    "Hvem gir tjenester og bo-oppfølging, og hvem har ansvaret for bo- og "
                                    "nærmiljø?",
                                    "Hvordan er arbeidet organisert, og hvem driver utviklingsarbeidet?",
                                ],
                            },
                            {
                                "text": "Avklare nasjonale, regionale og lokale føringer",
                                "responsible": ["prosjektleder", "planavdeling"],
                                "sub_points": [
                                    "Hva sier boligsosialloven, de nasjonale forventningene og "
                                    "regionale planer?",
                                    "Hvilke mål i samfunnsdelen skal temaplanen følge opp?",
                                ],
                            },
                        ],
                    },
                    {
                        "heading": "Kartlegge befolkning, boforhold, bomiljø, virkemidler og tjenester",
                        "tasks": [
                            {
                                "text": "Kartlegge befolkningsutviklingen og boligmarkedet",
                                "responsible": ["planavdeling", "prosjektgruppe"],
                                "sub_points": [
                                    "Hvordan vil befolkningen endre seg etter alder og "
                                    "husholdningstype?",
                                    "Hvor mange boliger bygges, og hvilke typer mangler?",
                                    "Hva koster det å leie og å kjøpe?",
                                ],
                            },
                            {
                                "text": "Kartlegge bomiljøene",
                                "responsible": ["prosjektgruppe"],
                                "sub_points": [
                                    "Finnes det områder med opphopning av levekårsproblemer?",
                                ],
                            },
                            {
                                "text": "Kartlegge kommunens boliger, virkemidler og tjenester",
                                "responsible": ["prosjektgruppe", "eiendom", "boligkontor"],
                                "sub_points": [
                                    "Hvor mange utleieboliger eier kommunen, og hvor mange har den "
                                    "tildelingsrett til?",
                                    "Hvor mange omsorgsboliger finnes, og hvilke oppfølgingstjenester "
                                    "tilbys?",
                                    "Hvor mye startlån har kommunen lånt ut, og får alle som har rett "
                                    "på det, bostøtte?",
                                    "Gir kommunen boveiledning?",
                                ],
                            },
                            {
                                "text": "Kartlegge behovet for boliger til flyktninger",
                                "responsible": ["flyktningtjenesten", "prosjektgruppe"],
                                "sub_points": [
                                    "Hvor mange har kommunen blitt anmodet om å bosette, og hvor mange "
                                    "kommer gjennom familiegjenforening?",
                                ],
                            },
                        ],
                    },
                    {
                        "heading": "Individkartlegging",
                        "tasks": [
                            {
                                "text": "Gjennomføre en anonym kartlegging av vanskeligstilte på "
                                "boligmarkedet",
                                "responsible": ["prosjektleder", "nav", "helse-og-omsorg"],
                                "sub_points": [
                                    "Hvem er uten egen bolig, hvem står i fare for å miste boligen, og "
                                    "hvem bor i en bolig som ikke passer?",
                                    "Bidrar boligkontor, Nav, barnevern, utekontakt, rus- og psykisk "
                                    "helsetjeneste og flyktningtjenesten?",
                                    "Kan krisesenter, kriminalomsorgen, behandlingsinstitusjoner, "
                                    "spesialisthelsetjenesten og frivillige bidra?",
                                ],
                            },
                            {
                                "text": "Sammenstille resultatene og oppsummere utfordringene",
                                "responsible": ["prosjektgruppe", "prosjektleder"],
                                "sub_points": [],
                            },
                            {
                                "text": "Drøfte utfordringsbildet i styringsgruppen",
                                "responsible": ["styringsgruppe"],
                                "sub_points": [],
                            },
                        ],
                    },
                ],
                "reflection_questions": [
                    "Bygger kunnskapsgrunnlaget på erfaringene til dem som trenger hjelp, ikke bare på "
                    "tall?",
                    "Har vi tatt vare på personvernet i individkartleggingen?",
                ],
                "glossary_terms": [
                    "kunnskapsgrunnlag",
                    "kartlegging",
                    "levekarskartlegging",
                    "ressurskartlegging",
                    "vanskeligstilt-pa-boligmarkedet",
                    "bomiljo",
                ],
                "law_references": ["boligsosialloven-5"],
                "tools": [],
                "subprocesses": [],
            },
            {
                "number": 3,
                "title": "Løsningsfase",
                "slug": "losningsfase",
                "short_description": (
                    "<p>I løsningsfasen bestemmer kommunen hva den vil oppnå og hvordan. Arbeidet følger "
                    "et målhierarki: overordnede mål, strategier som viser veien til målene, og konkrete "
                    "tiltak. Målene bør være konkrete, målbare, realistiske og tidsbestemte, og de bør "
                    "være forankret hos dem som skal nå dem, slik at de kan følges opp og "
                    "evalueres.</p>"
                    "<p>Veiviseren viste til to eksempler. Bodø delte sin boligpolitiske handlingsplan i "
                    "tre målområder: generell boligutvikling, boligsosiale forhold og organisering. "
                    "Larvik formulerte boligsosiale mål om boliger for alle i gode bomiljøer, trygg "
                    "etablering i eid eller leid bolig og boforhold som fremmer velferd og "
                    "deltakelse.</p>"
                ),
                "results_intro": "Fasen er ferdig når:",
                "results": [
                    "Mål for planen er formulert og forankret",
                    "Strategier er valgt",
                    "Det er enighet om konkrete tiltak med ansvar",
                ],
                "task_groups": [
                    {
                        "heading": "Utarbeide mål",
                        "tasks": [
                            {
                                "text": "Holde idédugnad om mål med fagfolk og brukere",
                                "responsible": ["prosjektleder"],
                                "sub_points": [
                                    "Har vi møtt brukerorganisasjonene og hørt hva de mener er "
                                    "viktigst?",
                                ],
                            },
                            {
                                "text": "Foreslå mål",
                                "responsible": ["prosjektgruppe", "prosjektleder"],
                                "sub_points": [
                                    "Er målene spesifikke, målbare og tidsbestemte?",
                                ],
                            },
                            {
                                "text": "Kvalitetssikre målene",
                                "responsible": ["styringsgruppe"],
                                "sub_points": [],
                            },
                            {
                                "text": "Forankre målene politisk og administrativt",
                                "responsible": ["radmann", "kommunestyret"],
                                "sub_points": [
                                    "Bør målene legges fram som referatsak, for formannskapet eller i "
                                    "kommunedirektørens ledergruppe?",
                                ],
                            },
                        ],
                    },
                    {
                        "heading": "Utarbeide strategier",
                        "tasks": [
                            {
                                "text": "Drøfte kommunens rolle og ansvarsdelingen med andre aktører",
                                "responsible": ["prosjektgruppe", "styringsgruppe"],
                                "sub_points": [
                                    "Skal kommunen legge til rette for andre, eller bygge og eie selv?",
                                    "Hva kan private utbyggere og utleiere bidra med, og hva er den "
                                    "enkeltes eget ansvar?",
                                    "Hvordan kan plan- og bygningsloven brukes, for eksempel gjennom "
                                    "utbyggingsavtaler?",
                                    "Hvordan kan Husbankens virkemidler brukes, for eksempel startlån "
                                    "og lån til utleieboliger med tilvisningsavtale?",
                                ],
                            },
                            {
                                "text": "Velge strategier for å nå målene",
                                "responsible": ["prosjektgruppe", "styringsgruppe"],
                                "sub_points": [],
                            },
                        ],
                    },
                    {
                        "heading": "Bli enige om tiltak",
                        "tasks": [
                            {
                                "text": "Samle aktørene for å foreslå tiltak",
                                "responsible": ["prosjektleder"],
                                "sub_points": [
                                    "Kan vi bruke virkemidlene mer, prioritere dem annerledes eller "
                                    "informere bedre om dem?",
                                    "Trengs nytt samarbeid, mer kompetanse eller en annen organisering?",
                                ],
                            },
                            {
                                "text": "Systematisere tiltakene og gjøre dem konkrete og målbare",
                                "responsible": ["prosjektgruppe"],
                                "sub_points": [
                                    "Kan vi svare ja eller nei på om tiltaket er gjennomført?",
                                ],
                            },
                            {
                                "text": "Bli enige om tiltakene",
                                "responsible": ["styringsgruppe"],
                                "sub_points": [],
                            },
                        ],
                    },
                ],
                "reflection_questions": [
                    "Henger mål, strategier og tiltak sammen, slik at tiltakene faktisk bidrar til "
                    "målene?",
                ],
                "glossary_terms": [
                    "malhierarki",
                    "utbyggingsavtale",
                    "tilvisningsavtale",
                    "startlan",
                    "brukerorganisasjoner",
                ],
                "law_references": ["pbl-17-3"],
                "tools": [],
                "subprocesses": [],
            },
            {
                "number": 4,
                "title": "Bearbeidings- og ferdigstillingsfase",
                "slug": "bearbeidings-og-ferdigstillingsfase",
                "short_description": (
                    "<p>I denne fasen blir innholdet til en plan. Tiltakene systematiseres og prioriteres, "
                    "hvert tiltak får en ansvarlig enhet, og det vurderes om planen er realistisk. "
                    "Prosjektlederen skriver utkastet, som sendes på høring før det ferdigstilles og "
                    "vedtas.</p>"
                    "<p>Kravene til høring avhenger av plantypen. En kommunedelplan skal etter plan- og "
                    "bygningsloven på høring og legges ut til offentlig ettersyn i minst seks uker. For en "
                    "temaplan er det ingen formelle krav, men en høring gir bedre planer og bredere "
                    "eierskap. Det lønner seg å holde de folkevalgte orientert underveis, slik at "
                    "planen ikke kommer overraskende på dem.</p>"
                ),
                "results_intro": "Fasen er ferdig når planen er vedtatt:",
                "results": [
                    "Et utkast til plan med prioriterte tiltak og ansvarlige enheter foreligger",
                    "Planen har vært på høring, og innspillene er vurdert",
                    "Styringsgruppen har godkjent planen",
                    "Kommunestyret har vedtatt planen",
                ],
                "task_groups": [
                    {
                        "heading": "Lage utkast til temaplan",
                        "tasks": [
                            {
                                "text": "Lage fremdriftsplan for skrivearbeidet",
                                "responsible": ["prosjektgruppe"],
                                "sub_points": [],
                            },
                            {
                                "text": "Avklare hvilken enhet som får ansvaret for hvert tiltak",
                                "responsible": ["styringsgruppe", "radmann"],
                                "sub_points": [
                                    "Er tiltakene realistiske innenfor kommunens økonomi og kapasitet?",
                                ],
                            },
                            {
                                "text": "Skrive utkast til plan",
                                "responsible": ["prosjektleder"],
                                "sub_points": [
                                    "Er opplysningene fra individkartleggingen presentert slik at ingen "
                                    "kan kjennes igjen?",
                                ],
                            },
                        ],
                    },
                    {
                        "heading": "Høring",
                        "tasks": [
                            {
                                "text": "Bestemme hvordan høringen skal gjennomføres",
                                "responsible": ["styringsgruppe", "radmann"],
                                "sub_points": [
                                    "Skal Statsforvalteren, Husbanken, Nav, brukerorganisasjoner, "
                                    "eldrerådet og rådet for personer med funksjonsnedsettelse få "
                                    "planen?",
                                    "Hvordan når vi innbyggerne – med folkemøte, nettsider eller "
                                    "sosiale medier?",
                                ],
                            },
                            {
                                "text": "Sende planen på høring",
                                "responsible": ["prosjektleder"],
                                "sub_points": [
                                    "Er det en kommunedelplan, må høringsfristen være minst seks uker.",
                                ],
                            },
                        ],
                    },
                    {
                        "heading": "Ferdigstille og vedta",
                        "tasks": [
                            {
                                "text": "Systematisere høringsinnspillene",
                                "responsible": ["prosjektleder"],
                                "sub_points": [],
                            },
                            {
                                "text": "Vurdere innspillene og lage et sammendrag med kommentarer",
                                "responsible": ["prosjektgruppe"],
                                "sub_points": [],
                            },
                            {
                                "text": "Lage endelig planforslag med kunnskapsgrunnlag og "
                                "høringssammendrag som vedlegg",
                                "responsible": ["prosjektleder"],
                                "sub_points": [],
                            },
                            {
                                "text": "Godkjenne planforslaget",
                                "responsible": ["styringsgruppe"],
                                "sub_points": [],
                            },
                            {
                                "text": "Legge planen fram for politisk behandling",
                                "responsible": ["radmann"],
                                "sub_points": [
                                    "Skal saken innom et fagutvalg før kommunestyret?",
                                ],
                            },
                            {
                                "text": "Vedta planen",
                                "responsible": ["kommunestyret"],
                                "sub_points": [],
                            },
                        ],
                    },
                ],
                "reflection_questions": [
                    "Vet hver enhet hvilke tiltak den har ansvaret for, og har den sagt seg enig?",
                ],
                "glossary_terms": [
                    "temaplan",
                    "kommunedelplan",
                    "offentlig-ettersyn",
                    "brukerorganisasjoner",
                ],
                "law_references": ["pbl-11-14", "pbl-11-15"],
                "tools": [],
                "subprocesses": [],
            },
            {
                "number": 5,
                "title": "Gjennomføringsfase",
                "slug": "gjennomforingsfase",
                "short_description": (
                    "<p>En plan gir bare resultater hvis tiltakene blir finansiert og gjennomført. Hvert "
                    "tiltak må utredes og kostnadsberegnes, gjerne med en nøyaktighet på pluss/minus 20 "
                    "prosent, og både investeringer og driftskostnader må inn i økonomiplanen. Den enheten "
                    "som har ansvaret for tiltaket i planen, lager en plan for gjennomføringen og fremmer "
                    "saken politisk. Det er de folkevalgte som prioriterer mellom tiltakene.</p>"
                    "<p>Planen bør evalueres jevnlig mot måleindikatorene. Avvik rapporteres, og "
                    "erfaringene brukes til å forbedre tiltakene. Krever forbedringene mer ressurser, må "
                    "det fremmes en ny politisk sak. Evalueringen blir også en del av kunnskapsgrunnlaget "
                    "for neste planstrategi.</p>"
                ),
                "results_intro": "Fasen har gitt resultater når:",
                "results": [
                    "Tiltakene er kostnadsberegnet og tatt inn i økonomiplanen",
                    "Hver ansvarlig enhet har en plan for gjennomføringen",
                    "Tiltakene gjennomføres og følges opp",
                    "Planen er evaluert mot måleindikatorene, og avvik er fulgt opp",
                ],
                "task_groups": [
                    {
                        "heading": "Tiltak innarbeides i økonomiplanen",
                        "tasks": [
                            {
                                "text": "Utrede og kostnadsberegne hvert tiltak",
                                "responsible": ["virksomhetsledere", "okonomiradgiver"],
                                "sub_points": [
                                    "Hva koster tiltaket i investering, og hva koster det å drive?",
                                ],
                            },
                            {
                                "text": "Lage gjennomføringsplan og fremme saken politisk",
                                "responsible": ["virksomhetsledere", "radmann"],
                                "sub_points": [],
                            },
                            {
                                "text": "Prioritere tiltakene i økonomiplanen",
                                "responsible": ["kommunestyret"],
                                "sub_points": [],
                            },
                        ],
                    },
                    {
                        "heading": "Gjennomføring av tiltak",
                        "tasks": [
                            {
                                "text": "Gjennomføre og følge opp tiltakene",
                                "responsible": ["virksomhetsledere"],
                                "sub_points": [
                                    "Krever tiltaket egen prosjektering, for eksempel et byggeprosjekt "
                                    "for utleieboliger?",
                                ],
                            },
                            {
                                "text": "Rapportere status til styringsgruppen og de folkevalgte",
                                "responsible": ["virksomhetsledere", "radmann"],
                                "sub_points": [],
                            },
                        ],
                    },
                    {
                        "heading": "Evaluering av temaplan",
                        "tasks": [
                            {
                                "text": "Måle resultatene mot indikatorene i planen",
                                "responsible": ["prosjektleder", "virksomhetsledere"],
                                "sub_points": [
                                    "Hvilke data trenger vi, og hvem samler dem inn?",
                                ],
                            },
                            {
                                "text": "Rapportere avvik og foreslå forbedringer",
                                "responsible": ["virksomhetsledere", "radmann"],
                                "sub_points": [
                                    "Krever forbedringen nye ressurser og dermed en ny politisk sak?",
                                ],
                            },
                            {
                                "text": "Involvere ansatte og brukere i evalueringen",
                                "responsible": ["prosjektleder"],
                                "sub_points": [],
                            },
                        ],
                    },
                ],
                "reflection_questions": [
                    "Hvordan sikrer vi at planen blir brukt, og ikke bare blir liggende i en skuff?",
                ],
                "glossary_terms": ["okonomiplan", "evaluering"],
                "law_references": ["kommuneloven-14-4"],
                "tools": [],
                "subprocesses": [],
            },
        ],
    },
    {
        "number": 5,
        "title": "Reguleringsplan",
        "slug": "reguleringsplan",
        "who_does_what": (
            "<p>Kommunestyret skal sørge for at det lages reguleringsplan der loven eller "
            "arealdelen krever det, og vedtar planene. Områderegulering utarbeides av kommunen "
            "selv eller av andre på oppdrag fra kommunen. Detaljregulering kan også foreslås av "
            "private, for eksempel utbyggere, men planavdelingen behandler forslaget og legger det "
            "fram. Eiendom, boligkontor og helse og omsorg bør bidra når planen berører boliger "
            "for vanskeligstilte.</p>"
        ),
        "background": (
            "<p>En reguleringsplan er et detaljert arealplankart med bestemmelser som viser hvordan "
            "et bestemt område kan brukes og bebygges. Den følger opp arealdelen. Det finnes to "
            "typer: områderegulering for større områder og detaljregulering for konkrete "
            "utbyggingsprosjekter.</p>"
        ),
        "description": (
            "<p>Gjennom reguleringsbestemmelsene kan kommunen påvirke hvilke boliger som blir "
            "bygget, og hvordan bomiljøet blir. Bestemmelsene kan blant annet handle om:</p>"
            "<ul>"
            "<li>utnytting av tomten, utforming og estetikk</li>"
            "<li>funksjons- og kvalitetskrav, for eksempel universell utforming og arealer til "
            "lek</li>"
            "<li>antall boliger, boligstørrelser, boligtyper og tilgjengelighet</li>"
            "<li>verneverdier, trafikk og parkering</li>"
            "</ul>"
            "<p>Slik kan reguleringsplanen bidra til et variert boligtilbud og til at boliger for "
            "vanskeligstilte og for personer med tjenestebehov kan bli en naturlig del av vanlige "
            "bomiljøer.</p>"
        ),
        "task_groups": [
            {
                "heading": "Boligsosiale hensyn i reguleringen",
                "tasks": [
                    {
                        "text": "Vurdere krav til boligtyper, boligstørrelser og tilgjengelighet",
                        "responsible": ["planavdeling"],
                        "sub_points": [
                            "Trengs det mindre boliger, utleieboliger eller tilgjengelige "
                            "boliger i området?",
                        ],
                    },
                    {
                        "text": "Vurdere om kommunen selv bør eie eller disponere boliger i "
                        "området",
                        "responsible": ["eiendom", "boligkontor"],
                        "sub_points": [
                            "Kan en utbyggingsavtale gi kommunen fortrinnsrett til å kjøpe "
                            "boliger?",
                        ],
                    },
                    {
                        "text": "Sikre medvirkning fra naboer, innbyggere og berørte grupper",
                        "responsible": ["planavdeling"],
                        "sub_points": [],
                    },
                    {
                        "text": "Vedta reguleringsplanen",
                        "responsible": ["kommunestyret"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "glossary_terms": ["reguleringsplan", "utbyggingsavtale", "bomiljo"],
        "law_references": ["pbl-12-1", "pbl-17-3"],
        "tools": [],
        "phases": [],
    },
    {
        "number": 6,
        "title": "Økonomiplan (handlingsdel)",
        "slug": "okonomiplan-handlingsdel",
        "who_does_what": (
            "<p>Kommunedirektøren utarbeider forslag til økonomiplan og årsbudsjett, som regel "
            "om høsten. Fagavdelingene melder inn behov, også behovene som følger av "
            "boligplanen. Formannskapet legger fram innstillingen, og kommunestyret vedtar selv "
            "økonomiplanen og årsbudsjettet før årsskiftet.</p>"
        ),
        "background": (
            "<p>Økonomiplanen skal omfatte minst de fire neste budsjettårene og vise hvordan de "
            "langsiktige utfordringene, målene og strategiene i kommunens planer skal følges opp. "
            "Første år i økonomiplanen svarer til årsbudsjettet. Planen rulleres hvert år, og den "
            "kan være en del av handlingsdelen til kommuneplanens samfunnsdel.</p>"
            "<p>Her avgjøres det om de boligpolitiske målene får penger. Husbanken stiller dessuten "
            "krav om at prosjekter som skal få investeringstilskudd, er tatt inn i årsbudsjettet "
            "eller den fireårige økonomiplanen.</p>"
        ),
        "description": (
            "<p>For at den boligsosiale politikken skal kunne gjennomføres, må det settes av "
            "tilstrekkelige midler med en langsiktig horisont. Det gjelder blant annet:</p>"
            "<ul>"
            "<li>rammen for startlån, som kommunen låner fra Husbanken</li>"
            "<li>tilskudd til vanskeligstilte som skal kjøpe eller tilpasse bolig</li>"
            "<li>investeringer i kommunale utleieboliger og omsorgsboliger</li>"
            "<li>driftsmidler til forvaltning av boligene og til bo-oppfølging og andre "
            "tjenester</li>"
            "</ul>"
            "<p>Erfaringene fra gjennomføringen rapporteres i årsberetningen og blir en del av "
            "kunnskapsgrunnlaget for neste planstrategi. Dermed er sirkelen sluttet.</p>"
        ),
        "task_groups": [
            {
                "heading": "Budsjettforslag",
                "tasks": [
                    {
                        "text": "Melde inn behov for investeringer og drift på boligfeltet",
                        "responsible": ["virksomhetsledere", "boligkontor", "eiendom"],
                        "sub_points": [
                            "Hvilke tiltak i boligplanen skal gjennomføres neste år og de "
                            "neste fire årene?",
                            "Hvor stor startlånsramme trenger kommunen?",
                        ],
                    },
                    {
                        "text": "Utarbeide forslag til økonomiplan og årsbudsjett",
                        "responsible": ["radmann"],
                        "sub_points": [
                            "Er driftskostnadene ved nye boliger og tjenester tatt med, ikke "
                            "bare investeringene?",
                        ],
                    },
                ],
            },
            {
                "heading": "Vedtak og oppfølging",
                "tasks": [
                    {
                        "text": "Vedta økonomiplan og årsbudsjett før årsskiftet",
                        "responsible": ["kommunestyret"],
                        "sub_points": [],
                    },
                    {
                        "text": "Rapportere på resultatene i årsberetningen",
                        "responsible": ["radmann"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "glossary_terms": ["okonomiplan", "handlingsdel", "startlan", "investeringstilskudd"],
        "law_references": ["kommuneloven-14-4", "pbl-11-1"],
        "tools": [],
        "phases": [],
    },
]
