"""Bosetting av overføringsflyktninger: written from veiviseren.no (process overview and
phases 1 "Uttak av overføringsflyktninger", 2 "Formidling av flyktninger" and
4 "Bosetting og integrering"; phase 3 "Forberede bosetting" was not among the stored pages and
is written from IMDi, UDI, IOM and Helsedirektoratet pages). See SOURCES.

Terms and law keys shared with "Fra asylmottak til kommune" (flyktning, bosettingskommune,
imdinett, introduksjonsprogram, kompetansekartlegging, integreringstilskudd, bostotte,
integreringsloven-10/11/12/15/16, boligsosialloven-6) are defined in
fra-asylmottak-til-kommune.py and only referenced here.
"""

AREA = "overgang-til-bolig-i-kommune"

SOURCES = [
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/overgang-til-bolig-i-kommune/bosetting-av-overforingsflyktninger",
        "title": "Veiviseren: Bosetting av overføringsflyktninger (arbeidsprosess)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/overgang-til-bolig-i-kommune/bosetting-av-overforingsflyktninger/uttak-av-overforingsflyktninger",
        "title": "Veiviseren: Bosetting av overføringsflyktninger – Fase 1: Uttak av overføringsflyktninger",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/overgang-til-bolig-i-kommune/bosetting-av-overforingsflyktninger/formidling-av-flyktninger-til-kommunene",
        "title": "Veiviseren: Bosetting av overføringsflyktninger – Fase 2: Formidling av flyktninger",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/overgang-til-bolig-i-kommune/bosetting-av-overforingsflyktninger/bosetting-i-kommunen",
        "title": "Veiviseren: Bosetting av overføringsflyktninger – Fase 4: Bosetting og integrering",
    },
    {
        "url": "https://www.imdi.no/planlegging-og-bosetting/slik-bosettes-flyktninger/overforingsflyktninger/",
        "title": "IMDi: Bosetting av overføringsflyktninger (versjoner 2021 og 2023)",
    },
    {
        "url": "https://www.udi.no/ord-og-begreper/overforingsflyktninger/kommisjonsuttak/",
        "title": "UDI: Kommisjonsuttak",
    },
    {
        "url": "https://www.udi.no/en/latest/udi-fjernintervjuer-fortsatt-overforingsflyktningene/",
        "title": "UDI: UDI fjernintervjuer fortsatt overføringsflyktningene (2021)",
    },
    {
        "url": "https://www.udiregelverk.no/en/documents/circulars-and-instructions-from-the-ministries/g-042015/",
        "title": "UDIregelverk: G-04/2015 Retningslinjer for arbeidet med overføringsflyktninger",
    },
    {
        "url": "https://www.udi.no/aktuelt/viktig-informasjon-til-alle-bosettingskommuner-av-overforingsflyktninger/",
        "title": "UDI: Viktig informasjon til alle bosettingskommuner av overføringsflyktninger",
    },
    {
        "url": "https://www.imdi.no/om-imdi/aktuelt-na/pandemi---informasjon-om-bosetting-av-flyktninger/",
        "title": "IMDi: Informasjon om bosetting av flyktninger under pandemien",
    },
    {
        "url": "https://www.iom.no/integrering",
        "title": "IOM Norge: Opplæring og integrering for migranter (kulturorienteringskurs)",
    },
    {
        "url": "https://norway.iom.int/migrant-training-integration-and-social-inclusion",
        "title": "IOM Norway: Norwegian Cultural Orientation Programme (NORCO)",
    },
    {
        "url": "https://www.imdi.no/kurs-og-arrangementer/kurs/landinformasjonsseminarer-for-kommuner-som-bosetter-overforingsflyktninger",
        "title": "IMDi: Landinformasjonsseminarer for kommuner som bosetter overføringsflyktninger",
    },
    {
        "url": "https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/kompetansekartlegging-etter-integreringsloven/",
        "title": "IMDi: Kompetansekartlegging etter integreringsloven",
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
        "url": "https://www.ks.no/fagomrader/innvandring-og-integrering/flyktninger/frivillig-for-kommunene-a-bosette-flyktninger/",
        "title": "KS: Frivillig for kommunene å bosette flyktninger",
    },
    {
        "url": "https://www.imdi.no/tilskudd/integreringstilskudd/",
        "title": "IMDi: Integreringstilskudd",
    },
    {
        "url": "https://www.imdi.no/planlegging-og-bosetting/kommunens-arbeid/boliger-til-flyktninger/",
        "title": "IMDi: Boliger til flyktninger",
    },
]

WORK_PROCESS = {
    "title": "Bosetting av overføringsflyktninger",
    "slug": "bosetting-av-overforingsflyktninger",
    "search_description": (
        "Slik bosettes overføringsflyktninger: uttak i utlandet, formidling til kommunen, "
        "forberedelser før ankomst og de første ukene i kommunen."
    ),
    "intro": (
        "<p>Overføringsflyktninger – ofte kalt kvoteflyktninger eller FN-flyktninger – er flyktninger "
        "som ikke kan få en varig løsning i landet de har flyktet til, og som derfor overføres til et "
        "tredjeland. De kommer direkte fra utlandet og bosettes som hovedregel rett i en kommune, uten "
        "opphold i asylmottak.</p>"
        "<p>Arbeidsprosessen beskriver hele kjeden: hvordan flyktningene blir valgt ut, hvordan IMDi "
        "finner en kommune, hva kommunen må ha klart før flyktningene lander, og hvordan de første "
        "dagene og ukene bør legges opp.</p>"
    ),
    "background": (
        "<p>Forfølgelse, konflikt, krig og alvorlige brudd på menneskerettighetene har i mange år "
        "ført til at stadig flere mennesker er drevet på flukt. FNs høykommissær for flyktninger "
        "(UNHCR) ber land som Norge om å ta imot noen av dem. Stortinget vedtar over statsbudsjettet "
        "hvor mange overføringsflyktninger Norge skal ta imot hvert år, og Justis- og "
        "beredskapsdepartementet bestemmer hvilke grupper og land som prioriteres. UDI og IMDi "
        "gjennomfører vedtaket i samarbeid med kommunene.</p>"
        "<p>Per 1. januar 2021 hadde 41 800 personer kommet til Norge som overføringsflyktninger, "
        "ifølge SSB. Fra 2014 har seks av ti kommet fra Syria, og nesten halvparten er under 18 år når "
        "de kommer. Kvoten for 2021 var satt til 3 000, og i tillegg ble 608 plasser som ikke ble brukt "
        "i 2020, overført.</p>"
        "<p>Overføringsflyktninger har ofte større behov for oppfølging enn flyktninger som bosettes "
        "fra mottak, og kommunen må kunne skaffe bolig raskt. IMDi fordeler dem derfor som regel til "
        "kommuner som har erfaring med gruppen. Flyktningene skal bosettes innen seks måneder etter at "
        "innreisetillatelsen er gitt.</p>"
    ),
    "body": (
        "<p>Prosessen har fire faser. De to første skjer i hovedsak i regi av staten mens flyktningene "
        "fortsatt er i utlandet, men kommunen bør kjenne dem, fordi opplysningene som samles inn der, "
        "følger flyktningen til kommunen. De to siste fasene er kommunens ansvar.</p>"
        "<h3>Hvem har ansvaret</h3>"
        "<p>UDI avgjør hvem som får komme, og bestiller reisen. IMDi deltar i uttaket, kartlegger "
        "kompetanse og finner bosettingskommune. International Organization for Migration (IOM) "
        "arrangerer reisen og gir flyktningene kulturorientering før avreise. I kommunen koordinerer "
        "flyktningtjenesten arbeidet sammen med bolig- og eiendomstjenesten, helsetjenesten, Nav, "
        "voksenopplæringen, skole og barnehage.</p>"
    ),
    "kind": "linear",
    "glossary_terms": [
        "overforingsflyktning",
        "unhcr",
        "uttakskommisjon",
        "kulturorientering",
        "flyktning",
        "bosettingskommune",
        "imdinett",
        "introduksjonsprogram",
        "kompetansekartlegging",
    ],
    "law_references": [
        "utlendingsloven-35",
        "tuberkuloseforskriften-3-2",
        "integreringsloven-12",
    ],
    "target_groups": ["flyktninger", "barnefamilier"],
    "themes": ["Bosetting av flyktninger", "Tverrfaglig samarbeid", "Samordning", "Barn og unge"],
}

PHASES = [
    {
        "number": 1,
        "title": "Uttak av overføringsflyktninger",
        "slug": "uttak-av-overforingsflyktninger",
        "short_description": (
            "<p>UNHCR legger fram saker for flyktninger som er aktuelle for gjenbosetting i Norge. UDI "
            "vurderer hvem som kan få komme, som oftest ved at en uttakskommisjon reiser til landet der "
            "flyktningene oppholder seg og intervjuer dem. IMDi deltar for å kartlegge opplysninger som "
            "har betydning for bosettingen. Uttaket kan også skje ved at UDI vurderer skriftlige "
            "henvendelser fra UNHCR enkeltvis.</p>"
            "<p>UNHCR får vite hvilken profil Norge ønsker, for eksempel at familier og sårbare kvinner "
            "skal prioriteres, men Norge påvirker ikke hvilke enkeltsaker UNHCR fremmer. Da "
            "pandemien hindret reiser i 2020 og 2021, gjennomførte UDI intervjuene som fjernintervjuer. "
            "Intervju ansikt til ansikt er fortsatt den foretrukne metoden.</p>"
        ),
        "results_intro": "Fasen er ferdig når det er avklart hvem av dem UNHCR foreslår, som får komme til Norge:",
        "results": [
            "Stortingets vedtak om antall er fulgt opp med en fordeling på grupper og land",
            "Flyktningene er intervjuet, og IMDi har gitt råd der integreringsfaglige hensyn har betydning",
            "UDI har innvilget innreisetillatelse til dem som skal til Norge, og sendt den endelige listen til UNHCR",
            "Kompetansen til flyktningene er kartlagt og tilgjengelig for kommunene",
            "Flyktningene har fått tilbud om kulturorienteringskurs før avreise",
        ],
        "task_groups": [
            {
                "heading": "Rammer for uttaket",
                "tasks": [
                    {
                        "text": "Fastsette hvor mange og hvilke grupper som skal tas ut, etter Stortingets vedtak",
                        "responsible": ["udi"],
                        "sub_points": [
                            "Justis- og beredskapsdepartementet bestemmer grupper og land etter innspill fra blant andre IMDi og UDI",
                            "Departementets retningslinjer for arbeidet med overføringsflyktninger gjelder for UDIs vedtak og for fordelingen av kvoten",
                        ],
                    },
                    {
                        "text": "Avtale kommisjonsreiser med UNHCR og motta oversikt over flyktningene som skal vurderes",
                        "responsible": ["udi", "unhcr"],
                        "sub_points": [
                            "Hvor og når kan en norsk delegasjon møte flyktningene?",
                        ],
                    },
                ],
            },
            {
                "heading": "Intervju og vedtak",
                "tasks": [
                    {
                        "text": "Reise på kommisjonsreise og intervjue flyktningene med tolk",
                        "responsible": ["udi", "imdi"],
                        "sub_points": [
                            "UDI, IMDi og Politiets utlendingsenhet reiser sammen til transittlandet",
                            "Alle over 14 år intervjues hver for seg, også når de er del av en familie",
                            "UDIs intervju skal avklare identitet, beskyttelsesbehov og situasjonen i oppholdslandet",
                        ],
                    },
                    {
                        "text": "Kartlegge kompetanse og opplysninger som har betydning for bosettingen",
                        "responsible": ["imdi"],
                        "sub_points": [
                            "Kartleggingen blir synlig for kommunen i IMDinett, slik at kommunen ikke trenger å gjøre den på nytt",
                        ],
                    },
                    {
                        "text": "Gi råd til UDI ut fra integreringsfaglige hensyn i de sakene der det er aktuelt",
                        "responsible": ["imdi"],
                        "sub_points": [],
                    },
                    {
                        "text": "Innvilge innreisetillatelse og sende endelig liste over aksepterte flyktninger til UNHCR",
                        "responsible": ["udi"],
                        "sub_points": [
                            "De aller fleste som innvilges, får flyktningstatus",
                        ],
                    },
                ],
            },
            {
                "heading": "Forberedelse av flyktningene",
                "tasks": [
                    {
                        "text": "Gjennomføre kulturorienteringskurs på flyktningenes eget språk før avreise",
                        "responsible": ["iom"],
                        "sub_points": [
                            "Voksne fra 16 år får 25 timer over fem dager, barn mellom 8 og 15 år får 10 timer over to dager; barn under 8 år får ikke kurs",
                            "Kurset tar blant annet opp bosettingsprosessen, bolig, introduksjonsprogram, utdanning, helsevesen og arbeid",
                            "Kursholderne har selv samme eller lignende språk og bakgrunn som deltakerne og bor og arbeider i Norge",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hva kan kommunen lære om flyktningenes situasjon før ankomst, og hvordan kan vi bruke det i planleggingen?",
        ],
        "glossary_terms": ["overforingsflyktning", "unhcr", "uttakskommisjon", "kulturorientering"],
        "law_references": ["utlendingsloven-35"],
        "tools": [],
        "subprocesses": [],
    },
    {
        "number": 2,
        "title": "Formidling av flyktninger",
        "slug": "formidling-av-flyktninger",
        "short_description": (
            "<p>Flyktningene er fortsatt i utlandet. IMDi bruker opplysningene fra uttaket til å finne "
            "en kommune som passer, og fordeler overføringsflyktningene til kommunene sammen med andre "
            "flyktninger gjennom IMDinett. Kommunen svarer, setter dato for bosetting, og UDI bestiller "
            "reisen. Når reiseruten er klar, sender UDI kommunen melding om ankomsten.</p>"
        ),
        "results_intro": (
            "Fasen er ferdig når flyktningene vet når og hvor de skal bosettes, og kommunen vet hvem som "
            "kommer og når:"
        ),
        "results": [
            "IMDi har foreslått en bosettingskommune ut fra familieforhold, nettverk, helse og muligheter for arbeid og utdanning",
            "Kommunen har svart på fordelingen i IMDinett, helst innen en uke, og lagt inn dato eller uke for bosetting",
            "UDI har bestilt reisen og sendt kommunen melding om ankomst",
            "Kommunen har fått tilgang til de opplysningene den trenger for å forberede bosettingen",
        ],
        "task_groups": [
            {
                "heading": "Finne en egnet kommune",
                "tasks": [
                    {
                        "text": "Finne en egnet bosettingskommune ut fra opplysningene fra uttakskommisjonen",
                        "responsible": ["imdi"],
                        "sub_points": [
                            "Har noen i husstanden helseutfordringer som krever spesialisthelsetjenester? Slike behov kan være dokumentert av UNHCR på forhånd",
                            "Har flyktningen familie i rett opp- eller nedadstigende linje i Norge?",
                            "Hvilke muligheter for arbeid og utdanning passer med kompetansen som er kartlagt?",
                        ],
                    },
                    {
                        "text": "Fordele flyktningene til kommunene i IMDinett",
                        "responsible": ["imdi"],
                        "sub_points": [
                            "Fordelingen er anonymisert, men viser tidligste ankomst, frist for innreise, kjønn, nasjonalitet, fødselsår, familieforhold, yrke, språk, utdanning og helse",
                        ],
                    },
                ],
            },
            {
                "heading": "Kommunens svar",
                "tasks": [
                    {
                        "text": "Vurdere forespørselen og svare i IMDinett innen en uke",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Kan vi skaffe en bolig som passer husstanden til den datoen vi setter?",
                            "Har vi kapasitet i helsetjenesten, skole og barnehage, og er spesialisthelsetjenesten tilgjengelig hvis det trengs?",
                            "Trenger vi mer informasjon fra IMDi før vi svarer?",
                        ],
                    },
                    {
                        "text": "Akseptere fordelingen og legge inn dato for bosetting",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Er datoen realistisk for bolig, tolk og mottak på flyplassen?",
                        ],
                    },
                ],
            },
            {
                "heading": "Reise og ankomstmelding",
                "tasks": [
                    {
                        "text": "Bestille reise og sende kommunen melding om ankomst",
                        "responsible": ["udi", "iom"],
                        "sub_points": [
                            "Endringer og kansellerte flyvninger kan gjøre at flyktningene kommer senere enn planlagt – hvem i kommunen får beskjed, og hvordan?",
                            "Spørsmål om ankomsten etter at bosettingsuken er satt, går til UDI",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Har kommunen en rutine som gjør at vi kan svare IMDi innen en uke, også i ferier?",
        ],
        "glossary_terms": ["imdinett", "bosettingskommune", "overforingsflyktning"],
        "law_references": [],
        "tools": [
            {
                "title": "IMDinett – bosetting",
                "description": "Fagsystemet der kommunen ser fordelingslistene, svarer på forespørsler og legger inn dato for bosetting.",
                "url": "https://www.imdi.no/nir-og-bosetting/bosetting/",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 3,
        "title": "Forberede bosetting",
        "slug": "forberede-bosetting",
        "short_description": (
            "<p>Kommunen har fått vite hvem som kommer, og når. Nå skal alt være klart før flyet lander: "
            "en møblert bolig, en plan for den første dagen og avtaler med tjenestene som skal ta imot "
            "familien. Fordi overføringsflyktninger ikke har vært innom et mottak, er det kommunen som må "
            "sørge for den lovpålagte tuberkuloseundersøkelsen og for at helseopplysningene fra utlandet "
            "blir fulgt opp.</p>"
            "<p>Kommunen kan også forberede seg ved å lære mer om landet flyktningene kommer fra. IOM tilbyr, "
            "i samarbeid med IMDi, gratis landinformasjonsseminarer for kommuner som bosetter "
            "overføringsflyktninger.</p>"
        ),
        "results_intro": "Fasen er ferdig når kommunen er klar til å ta imot flyktningene på ankomstdagen:",
        "results": [
            "Opplysningene i IMDinett, også kompetansekartleggingen og eventuelle helseopplysninger, er gjennomgått",
            "En egnet bolig er skaffet, møblert og utstyrt, og leiekontrakten er klar",
            "Henting på flyplassen og plan for den første dagen og uken er avtalt, med tolk",
            "Tuberkuloseundersøkelse innen 14 dager og helseundersøkelse innen tre måneder er planlagt",
            "Skole, barnehage, helsestasjon, voksenopplæringen og Nav er varslet",
            "Ansatte som skal møte familien, har fått kunnskap om landbakgrunnen og situasjonen i transittlandet",
        ],
        "task_groups": [
            {
                "heading": "Kunnskap om dem som kommer",
                "tasks": [
                    {
                        "text": "Gå gjennom opplysningene om husstanden i IMDinett",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Hva sier kompetansekartleggingen, og hvordan kan den brukes i planleggingen av introduksjonsprogrammet?",
                            "Er det meldt særskilte behov, for eksempel for spesialisthelsetjenester eller tilrettelagt bolig?",
                        ],
                    },
                    {
                        "text": "Delta på landinformasjonsseminar om flyktningenes opprinnelsesland",
                        "responsible": ["flyktningtjenesten", "helse-og-omsorg", "oppvekst"],
                        "sub_points": [
                            "Seminarene tar opp årsaker til flukt, transittland, familiestruktur, kjønnsroller og typiske integreringsutfordringer",
                            "Fysiske seminarer kan holdes i kommunen dersom kommunen stiller lokaler og inviterer minst tre nabokommuner",
                        ],
                    },
                ],
            },
            {
                "heading": "Bolig",
                "tasks": [
                    {
                        "text": "Skaffe en bolig som passer husstanden, innen ankomstdatoen",
                        "responsible": ["boligkontor", "eiendom", "flyktningtjenesten"],
                        "sub_points": [
                            "Er boligen stor nok og tilgjengelig for den som har nedsatt funksjonsevne?",
                            "Ligger den slik at familien kommer seg til introduksjonsprogram, skole og barnehage?",
                            "Står husleien i forhold til det husstanden får i introduksjonsstønad og bostøtte?",
                        ],
                    },
                    {
                        "text": "Møblere og utstyre boligen og ha mat klar til ankomstdagen",
                        "responsible": ["flyktningtjenesten", "eiendom"],
                        "sub_points": [
                            "Hva trengs av sengetøy, kjøkkenutstyr og klær som passer årstiden den første tiden?",
                        ],
                    },
                ],
            },
            {
                "heading": "Helse og tjenester",
                "tasks": [
                    {
                        "text": "Planlegge tuberkuloseundersøkelse innen 14 dager etter innreise",
                        "responsible": ["helse-og-omsorg"],
                        "sub_points": [
                            "Hvem har ansvaret i kommunen, og er tid og tolk bestilt?",
                        ],
                    },
                    {
                        "text": "Forberede helseundersøkelse og eventuell henvisning til spesialisthelsetjenesten",
                        "responsible": ["helse-og-omsorg"],
                        "sub_points": [
                            "Helsedirektoratet anbefaler en helseundersøkelse av alle innen tre måneder, med kartlegging av fysisk og psykisk helse",
                            "Bør spesialisthelsetjenesten kontaktes før ankomst fordi det er meldt særskilte behov?",
                        ],
                    },
                    {
                        "text": "Varsle skole, barnehage, helsestasjon, voksenopplæringen og Nav",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Nesten halvparten av overføringsflyktningene er barn – er skole og barnehage forberedt?",
                            "Hvem sørger for penger til livsopphold de første ukene?",
                        ],
                    },
                    {
                        "text": "Planlegge ankomstdagen og den første uken",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Hvem henter på flyplassen, og hvem kan være tolk?",
                            "Hvilke avtaler må være gjort den første uken, og hvem følger familien?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvordan finner vi ut hvilken praktisk hjelp i boligen familien trenger, når den kommer rett fra et annet land uten et opphold i mottak først?",
        ],
        "glossary_terms": ["kompetansekartlegging", "imdinett", "bostotte"],
        "law_references": ["tuberkuloseforskriften-3-2"],
        "tools": [
            {
                "title": "Landinformasjonsseminarer for kommuner",
                "description": (
                    "Gratis seminarer fra IOM Norge i samarbeid med IMDi om opprinnelsesland, kultur og "
                    "situasjonen i transittlandet, digitalt eller i kommunen."
                ),
                "url": "https://www.imdi.no/kurs-og-arrangementer/kurs/landinformasjonsseminarer-for-kommuner-som-bosetter-overforingsflyktninger",
            },
            {
                "title": "Helsedirektoratets skjema for helseundersøkelse",
                "description": "Skjema som kan brukes når kommunen tilbyr helseundersøkelse etter bosetting.",
                "url": (
                    "https://www.helsedirektoratet.no/veiledere/"
                    "helsetjenester-til-asylsokere-flyktninger-og-familiegjenforente/"
                    "helse-og-omsorgstjenester-for-bosatte-flyktninger-og-familiegjenforente/"
                    "helseundersokelser-ved-direkte-bosetting-i-kommunen"
                ),
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 4,
        "title": "Bosetting og integrering",
        "slug": "bosetting-og-integrering",
        "short_description": (
            "<p>Kommunen møter flyktningene når de lander, som regel på flyplassen nærmest kommunen, og "
            "følger dem hjem til den nye boligen. Der får de vist hvordan boligen fungerer, og etter hvert "
            "hvor butikker, kontorer og andre instanser ligger. Voksne får plass i introduksjonsprogram, "
            "og barna får plass i skole og barnehage. Det er også lurt å hjelpe barn og unge tidlig inn i "
            "en fritidsaktivitet.</p>"
            "<p>De første dagene og ukene bør kommunen bruke tolk i all kommunikasjon. Enheten som tar "
            "imot, heter ulike ting fra kommune til kommune – flyktningtjeneste, bosettingsteam eller "
            "lignende – men oppgavene er de samme.</p>"
        ),
        "results_intro": "Fasen er ferdig når flyktningene har etablert seg og vet hvordan de første månedene skal bli:",
        "results": [
            "Flyktningene har flyttet inn, fått boinformasjon og boveiledning etter behov og har alle avtaler knyttet til boligen",
            "De kjenner sine rettigheter og plikter, og kommunen har meldt dem inn der de skal ha tjenester – i kommunen, fylkeskommunen og ved behov spesialisthelsetjenesten",
            "De kjenner kontaktpersonene sine og vet når og hvordan de skal ta kontakt de første månedene",
            "Tuberkuloseundersøkelse og helseundersøkelse er gjennomført, og nødvendig lege- og tannbehandling er startet",
            "De vet når de skal begynne i introduksjonsprogram, skole, barnehage og eventuelle andre aktiviteter",
            "Kommunen har registrert bosettingen, søkt tilskudd fra IMDi og hjulpet husstanden med å søke bostøtte",
        ],
        "task_groups": [
            {
                "heading": "Første dag",
                "tasks": [
                    {
                        "text": "Hente flyktningene på flyplassen og følge dem til boligen",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Er tolk med, og har familien noe å spise når de kommer fram?",
                        ],
                    },
                    {
                        "text": "Vise hvordan boligen fungerer og gå gjennom det viktigste for de første dagene",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Varme, vann, strøm, komfyr og brannvarsler",
                            "Hvem kontakter familien hvis noe skjer utenom arbeidstid?",
                        ],
                    },
                ],
            },
            {
                "heading": "Første uker",
                "tasks": [
                    {
                        "text": "Følge familien til kontorer, butikker og tjenester i nærmiljøet",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [],
                    },
                    {
                        "text": "Gi boveiledning etter behov",
                        "responsible": ["flyktningtjenesten", "bo-oppfolger"],
                        "sub_points": [
                            "Bruk og vedlikehold av boligen, avfall, husleie og regler i bomiljøet",
                            "Hvordan betales husleie og strøm, og hva skjer hvis en regning ikke blir betalt?",
                        ],
                    },
                    {
                        "text": "Gjennomføre tuberkuloseundersøkelse og helseundersøkelse, og sette i gang nødvendig behandling",
                        "responsible": ["helse-og-omsorg"],
                        "sub_points": [
                            "Tuberkuloseundersøkelsen skal være gjennomført innen 14 dager etter innreise",
                            "Trenger noen tannbehandling, eller oppfølging for psykiske plager etter flukten?",
                        ],
                    },
                    {
                        "text": "Registrere bosettingsdato i IMDinett, søke tilskudd og hjelpe med søknad om bostøtte",
                        "responsible": ["flyktningtjenesten"],
                        "sub_points": [
                            "Bosettingsdato må registreres for hvert familiemedlem",
                            "Integreringstilskuddet utløses først når bosettingen er registrert",
                        ],
                    },
                ],
            },
            {
                "heading": "Introduksjonsprogram, skole og barnehage",
                "tasks": [
                    {
                        "text": "Kvalitetssikre kompetansekartleggingen fra IMDi og supplere den ved behov",
                        "responsible": ["flyktningtjenesten", "voksenopplaering"],
                        "sub_points": [
                            "Overføringsflyktninger skal ikke kartlegges på nytt, men kommunen kan legge til utfyllende opplysninger",
                        ],
                    },
                    {
                        "text": "Fatte vedtak om introduksjonsprogram senest tre måneder etter bosetting, og lage integreringsplan sammen med deltakeren",
                        "responsible": ["flyktningtjenesten", "bruker"],
                        "sub_points": [
                            "Er karriereveiledning fra fylkeskommunen tatt med når sluttmålet fastsettes?",
                        ],
                    },
                    {
                        "text": "Gi barna plass i skole og barnehage og tilbud om en fritidsaktivitet",
                        "responsible": ["oppvekst", "flyktningtjenesten"],
                        "sub_points": [
                            "Kan frivillige organisasjoner hjelpe barna inn i en aktivitet de liker?",
                        ],
                    },
                ],
            },
            {
                "heading": "Veien videre i boligen",
                "tasks": [
                    {
                        "text": "Følge opp boforholdet og planlegge veien til en varig bolig",
                        "responsible": ["boligkontor", "flyktningtjenesten"],
                        "sub_points": [
                            "Den første boligen er et midlertidig tilbud – hva skal til for at familien kan leie privat eller kjøpe med startlån?",
                            "Trenger familien individuelt tilpasset bistand etter boligsosialloven for å beholde boligen?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvilke erfaringer fra tidligere bosettinger av overføringsflyktninger har vi, og hvordan tar vi dem med oss neste gang?",
            "Hvem i kommunen følger med på at barna i familien finner seg til rette?",
        ],
        "glossary_terms": [
            "introduksjonsprogram",
            "kompetansekartlegging",
            "integreringstilskudd",
            "bostotte",
            "oppfolgingstjenester-i-bolig",
        ],
        "law_references": [
            "tuberkuloseforskriften-3-2",
            "integreringsloven-10",
            "integreringsloven-12",
            "integreringsloven-15",
            "boligsosialloven-6",
        ],
        "tools": [
            {
                "title": "Integreringstilskudd – søknad via IMDi",
                "description": "Kriterier og søknad for integreringstilskudd, som også omfatter overføringsflyktninger.",
                "url": "https://www.imdi.no/tilskudd/integreringstilskudd/",
            },
        ],
        "subprocesses": [],
    },
]
