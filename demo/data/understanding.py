"""«Forstå helheten»: the six success factors for good social-housing work and the user and
next-of-kin organisations, written for the portal from the public sources in SOURCES. Plain
data."""

SOURCES = [
    {
        "url": (
            "https://www.veiviseren.no/forstaa-helheten/suksessfaktorer-for-godt-boligsosialt-"
            "arbeid"
        ),
        "title": "Suksessfaktorer for godt boligsosialt arbeid (Veiviseren)",
    },
    {
        "url": "https://www.husbanken.no/boligsosialt-arbeid/suksessfaktorer/",
        "title": "Suksessfaktorer i boligsosialt arbeid (Husbanken)",
    },
    {
        "url": (
            "https://www.veiviseren.no/planlegge-lede-og-utvikle/samarbeid-med-kommuner/erfaringer-"
            "fra-husbankens-kommuneprogram-2016---2020/brukermedvirkning"
        ),
        "title": (
            "Erfaringer fra Husbankens kommuneprogram 2016–2020: Brukermedvirkning (Veiviseren)"
        ),
    },
    {
        "url": (
            "https://www.veiviseren.no/planlegge-lede-og-utvikle/samarbeid-med-kommuner/erfaringer-"
            "fra-husbankens-kommuneprogram-2016---2020/kompetanse"
        ),
        "title": "Erfaringer fra Husbankens kommuneprogram 2016–2020: Kompetanse (Veiviseren)",
    },
    {
        "url": "https://regjeringen.no/no/dokumenter/prop.-132-l-20212022/id2919288/?ch=10",
        "title": (
            "Prop. 132 L (2021–2022), kap. 10 Kommunens ansvar knyttet til organisering og "
            "planlegging"
        ),
    },
    {
        "url": "https://www.husbanken.no/kommune/boligsosial-planlegging/",
        "title": "Boligsosiale hensyn i planlegging (Husbanken)",
    },
    {
        "url": "https://www.rusfeltet.no/arkiv/luke-22-i-fagradets-julekalender",
        "title": "Ivareta – pårørende berørt av rus (Fagrådet – Rusfeltets hovedorganisasjon)",
    },
    {
        "url": "https://a-larm.no/",
        "title": "A-larm",
    },
    {
        "url": "https://marborg.no/",
        "title": "MARBORG",
    },
    {
        "url": "https://rio.no/",
        "title": "RIO",
    },
    {
        "url": "https://prolarnett.no/",
        "title": "proLAR Nett",
    },
    {
        "url": "https://www.fhn.no/",
        "title": "Foreningen for human narkotikapolitikk",
    },
    {
        "url": "https://ivareta.no/",
        "title": "Ivareta – pårørende berørt av rus",
    },
    {
        "url": "https://barnavrus.no/",
        "title": "Barn av rusmisbrukere (BaR)",
    },
    {
        "url": "https://mentalhelse.no/",
        "title": "Mental Helse",
    },
    {
        "url": "https://lpp.no/",
        "title": "LPP – Pårørende innen psykisk helse",
    },
    {
        "url": "https://vfb.no/",
        "title": "Voksne for Barn",
    },
    {
        "url": "https://wayback.no/",
        "title": "WayBack – Stiftelsen Livet etter soning",
    },
    {
        "url": "https://ffp.no/",
        "title": "For Fangers Pårørende (FFP)",
    },
    {
        "url": "https://barnevernsbarna.no/",
        "title": "Landsforeningen for barnevernsbarn",
    },
    {
        "url": "https://nfunorge.org/",
        "title": "Norsk Forbund for Utviklingshemmede (NFU)",
    },
    {
        "url": "https://ffo.no/",
        "title": "Funksjonshemmedes Fellesorganisasjon (FFO)",
    },
    {
        "url": "https://nhf.no/",
        "title": "Norges Handikapforbund",
    },
    {
        "url": "https://www.uloba.no/om-uloba/historie/",
        "title": "Uloba – Independent Living Norge SA",
    },
    {
        "url": "https://leieboerforeningen.no/",
        "title": "Leieboerforeningen",
    },
    {
        "url": "https://parorendealliansen.no/",
        "title": "Pårørendealliansen",
    },
]

SUCCESS_FACTORS = [
    {
        "number": 1,
        "title": "Forankring og eierskap",
        "slug": "forankring-og-eierskap",
        "summary": (
            "Det boligsosiale arbeidet må være forankret hos de folkevalgte, i den administrative "
            "ledelsen og i fagmiljøene. Alle må ha en felles forståelse av mål, ansvar, metoder og "
            "tiltak."
        ),
        "body": (
            "<p>Boligsosialt arbeid berører mange sektorer, og ingen enkeltenhet kan løse oppgavene"
            " alene. Arbeidet får derfor bare kraft når både de folkevalgte, kommunedirektøren "
            "(rådmannen) og lederne i de berørte enhetene står bak det. Forankring betyr at de har "
            "en felles forståelse av hva kommunen vil oppnå, hvem som har ansvaret for hva, og "
            "hvilke metoder og tiltak som skal brukes.</p><p>Eierskap kommer ikke av seg selv. Det "
            "bygges ved at politikere og ledere blir involvert tidlig, får kunnskap om "
            "utfordringene og er med på å ta beslutningene. I fagmiljøene handler det om at den "
            "tverrfaglige innsatsen blir akseptert som en del av den ordinære jobben, ikke som et "
            "prosjekt på siden.</p><p>Forankringen må også holdes ved like. Ledere og folkevalgte "
            "skiftes ut, og oppmerksomheten flytter seg. Jevnlig rapportering til politisk nivå, "
            "faste møtepunkter mellom enhetene og mål og tiltak som står i vedtatte planer, gjør "
            "arbeidet mindre sårbart for utskiftinger.</p>"
        ),
        "glossary_terms": [
            "radmann",
            "kommunedirektor",
            "styringsgruppe",
            "tverrfaglig-samarbeid",
        ],
    },
    {
        "number": 2,
        "title": "Overordnet strategi",
        "slug": "overordnet-strategi",
        "summary": (
            "Det boligsosiale arbeidet må ha en tydelig retning som henger sammen med kommunens "
            "øvrige politikk. Det skjer best når arbeidet er en del av kommunens helhetlige "
            "planlegging."
        ),
        "body": (
            "<p>Boligpolitikken henger tett sammen med andre politikkområder, som folkehelse, "
            "oppvekst, integrering, helse og omsorg, arbeid og arealbruk. En overordnet strategi "
            "sørger for at det boligsosiale arbeidet trekker i samme retning som resten av "
            "kommunens politikk, og at de ulike tjenestene vet hva de skal bidra "
            "med.</p><p>Strategien bør komme til uttrykk i kommunens planer: i planstrategien, i "
            "kommuneplanens samfunnsdel og arealdel, i en eventuell temaplan for bolig og i "
            "økonomiplanen. Tjenestene bør være med i planarbeidet, slik at planene får konkrete "
            "mål som de selv kan følge opp.</p><p>Siden 1. juli 2023 er dette også et lovkrav. "
            "Boligsosialloven sier at kommunen skal ha oversikt over behovet for ordinære og "
            "tilpassede boliger for vanskeligstilte, at oversikten skal være en del av grunnlaget "
            "for planstrategien, og at kommuneplanen skal ha overordnede mål og strategier for det "
            "boligsosiale arbeidet.</p>"
        ),
        "glossary_terms": [
            "planstrategi",
            "kommuneplan",
            "samfunnsdel",
            "temaplan",
            "okonomiplan",
        ],
    },
    {
        "number": 3,
        "title": "Organisering og samordning",
        "slug": "organisering-og-samordning",
        "summary": (
            "Kommunen trenger et forpliktende og formalisert samarbeid på tvers av sektorer og "
            "forvaltningsnivåer, med tydelig fordeling av roller og ansvar."
        ),
        "body": (
            "<p>De boligsosiale oppgavene er spredt på mange aktører: boligkontor, "
            "eiendomsforvaltning, Nav, helse og omsorg, flyktningtjenesten, barnevern og andre. Når"
            " hver enhet arbeider for seg, faller oppgaver mellom to stoler, og innbyggerne må gå "
            "fra kontor til kontor. Godt boligsosialt arbeid krever derfor at samarbeidet er "
            "forpliktende og ikke avhenger av enkeltpersoner.</p><p>Samordning handler både om "
            "struktur og om kultur. Formaliserte møtepunkter, avtaler og rutiner gir rammene, men "
            "samarbeidet fungerer først når aktørene har tillit til hverandre og er villige til å "
            "prøve nye måter å jobbe på. En tydelig fordeling av roller og ansvar gjør det lettere "
            "for alle å vite hvem som skal gjøre hva.</p><p>Samarbeidet gjelder også utenfor "
            "kommunen: med Husbanken, Statsforvalteren, spesialisthelsetjenesten, kriminalomsorgen,"
            " private utleiere og frivillige organisasjoner. Boligsosialloven slår fast at kommunen"
            " skal sørge for samarbeid på tvers av sektorer og samordning av tjenestene sine, og at"
            " den skal samarbeide med andre offentlige aktører som kan bidra.</p>"
        ),
        "glossary_terms": [
            "samordning",
            "tverrfaglig-samarbeid",
            "samhandling",
            "organisatoriske-endringer",
        ],
    },
    {
        "number": 4,
        "title": "Økonomiske ressurser",
        "slug": "okonomiske-ressurser",
        "summary": (
            "Det må settes av nok penger til å gjennomføre det boligsosiale arbeidet, og midlene må"
            " være forankret i økonomiplanen og budsjettet."
        ),
        "body": (
            "<p>Mål og planer hjelper lite hvis det ikke følger penger med. Kommunen trenger midler"
            " til å skaffe og forvalte nok egnede boliger, til tjenester og bo-oppfølging, og til å"
            " bruke de statlige virkemidlene, som startlån og tilskudd fra Husbanken. Både "
            "investeringer og driftskostnader må med.</p><p>Ressursene bør ha en langsiktig "
            "horisont og være forankret i økonomiplanen og i årsbudsjettet. Da blir det mulig å "
            "planlegge over flere år, for eksempel for å bygge utleieboliger eller omsorgsboliger, "
            "og tiltakene blir mindre avhengige av kortsiktige prosjektmidler.</p><p>God "
            "boligsosial innsats kan også spare penger. Når folk får en stabil bolig og hjelp til å"
            " beholde den, kan kommunen bruke mindre på midlertidige botilbud, utkastelser og mer "
            "omfattende tjenester senere.</p>"
        ),
        "glossary_terms": [
            "okonomiplan",
            "startlan",
            "tilskudd-til-utleieboliger",
            "investeringstilskudd",
        ],
    },
    {
        "number": 5,
        "title": "Kompetanse",
        "slug": "kompetanse",
        "summary": (
            "Kommunen må utvikle, samle og dele kunnskap om boligsosialt arbeid, både om "
            "målgruppene, virkemidlene og metodene."
        ),
        "body": (
            "<p>Boligsosialt arbeid krever kunnskap om mange fagfelt: boligmarkedet, juss, økonomi,"
            " bygg og eiendom, sosialfag og helse. Ingen enkeltansatt kan alt, og derfor er det "
            "viktig at kunnskapen samles og deles på tvers av enhetene. Kompetanse handler også om "
            "å kjenne målgruppene og å vite hvilke virkemidler som finnes, og hvordan de kan "
            "kombineres.</p><p>Erfaringene fra Husbankens kommuneprogram 2016–2020 viser at "
            "kommunene fikk økt kompetanse gjennom programarbeidet. Mange fant det nyttig å starte "
            "med en ekstern foranalyse av det boligsosiale arbeidet, og flere fikk for første gang "
            "god oversikt over målgruppene. Husbankens kunnskapsarenaer og nettverkene mellom "
            "kommunene ble trukket fram som viktige for å lære av hverandre.</p><p>Kompetansen må "
            "også holdes ved like når folk slutter. Skriftlige rutiner, opplæring av nyansatte og "
            "faste arenaer for erfaringsdeling gjør at kunnskapen blir værende i "
            "organisasjonen.</p>"
        ),
        "glossary_terms": ["kartlegging", "tverrfaglig-samarbeid", "innovasjon"],
    },
    {
        "number": 6,
        "title": "Brukermedvirkning",
        "slug": "brukermedvirkning",
        "summary": (
            "Kommunen må bruke erfaringene til dem som trenger hjelp, både når politikken utformes "
            "og når den gjennomføres, på strategisk og på operativt nivå."
        ),
        "body": (
            "<p>De fem første suksessfaktorene ble formulert i NOU 2011: 15 «Rom for alle». I den "
            "nasjonale strategien «Bolig for velferd» (2014–2020) kom brukermedvirkning til som den"
            " sjette. Strategien la vekt på at brukere, pårørende og interesseorganisasjoner skal "
            "bli hørt, og at brukermedvirkningen i det boligsosiale arbeidet skulle styrkes. Den "
            "ble fulgt av strategien «Alle trenger et trygt hjem» "
            "(2021–2024).</p><p>Brukermedvirkning skjer på flere nivåer. På individnivå handler det"
            " om at den enkelte er med på å bestemme hvilken hjelp og hvilken bolig som passer. På "
            "tjenestenivå kan brukerråd, erfaringskonsulenter og brukerorganisasjoner bidra til å "
            "utforme tjenestene. På systemnivå kan de være med i planarbeid, styringsgrupper og "
            "evalueringer.</p><p>Dette er likevel den suksessfaktoren kommunene har arbeidet minst "
            "med. Da kommunene i Husbankens kommuneprogram ble spurt om hva de tok med seg fra "
            "programarbeidet, var brukermedvirkning det de var minst opptatt av, og evalueringen av"
            " «Bolig for velferd» viste et stort forbedringspotensial. Boligsosialloven fra 2023 "
            "sier at kommunen i samarbeid med den enkelte skal tilpasse bistanden til den enkeltes "
            "behov, og det styrker brukermedvirkningen på individnivå.</p>"
        ),
        "glossary_terms": [
            "brukermedvirkning",
            "medvirkning",
            "brukerorganisasjoner",
            "brukerrad",
            "bruker",
        ],
    },
]

USER_ORGANISATIONS = [
    {
        "name": "A-larm – bruker- og pårørendeorganisasjon for rusfeltet",
        "short_name": "A-larm",
        "what": (
            "En organisasjon for mennesker med erfaring fra rusproblemer og for pårørende. A-larm "
            "driver likepersonsarbeid og lavterskeltilbud og arbeider for brukermedvirkning i "
            "tjenestene."
        ),
        "url": "https://a-larm.no/",
        "groups": ["personer-med-rusproblemer"],
    },
    {
        "name": "MARBORG",
        "short_name": "MARBORG",
        "what": (
            "En brukerorganisasjon for mennesker som bruker eller har brukt rusmidler, med base i "
            "Tromsø og virksomhet i Nord-Norge. Organisasjonen driver blant annet utdeling av "
            "brukerutstyr og er engasjert i boligspørsmål for rusavhengige."
        ),
        "url": "https://marborg.no/",
        "groups": ["personer-med-rusproblemer", "bostedslose"],
    },
    {
        "name": "RIO",
        "short_name": "RIO",
        "what": (
            "En landsdekkende brukerorganisasjon på rusfeltet, stiftet i 1996 som Rusmisbrukernes "
            "interesseorganisasjon. RIO har lokallag flere steder og arbeider for at erfaringene "
            "til folk med rusproblemer skal prege behandling, ettervern og politikk."
        ),
        "url": "https://rio.no/",
        "groups": ["personer-med-rusproblemer"],
    },
    {
        "name": "proLAR Nett – Nasjonalt forbund for folk i LAR",
        "short_name": "proLAR Nett",
        "what": (
            "En interesseorganisasjon for personer i legemiddelassistert rehabilitering (LAR) og "
            "deres pårørende. Den ble til i 2018, da proLAR og LAR Nett Norge slo seg sammen."
        ),
        "url": "https://prolarnett.no/",
        "groups": ["personer-med-rusproblemer"],
    },
    {
        "name": "Foreningen for human narkotikapolitikk",
        "short_name": "FHN",
        "what": (
            "En brukerorganisasjon som møter mennesker i de åpne rusmiljøene, særlig i Oslo, med "
            "samtaler og brukerutstyr. Foreningen deltar i brukerråd og arbeider for en ruspolitikk"
            " med vekt på skadereduksjon og menneskeverd."
        ),
        "url": "https://www.fhn.no/",
        "groups": ["personer-med-rusproblemer", "bostedslose"],
    },
    {
        "name": "Ivareta – pårørende berørt av rus",
        "short_name": "Ivareta",
        "what": (
            "En medlemsorganisasjon for pårørende og etterlatte til personer med rusproblemer, "
            "tidligere kjent som Landsforbundet Mot Stoffmisbruk (LMS), med røtter tilbake til "
            "1969. Ivareta driver Pårørendetelefonen, pårørendegrupper og sorgstøtte og arbeider på"
            " systemnivå for pårørendes rettigheter."
        ),
        "url": "https://ivareta.no/",
        "groups": ["personer-med-rusproblemer", "personer-med-psykiske-lidelser"],
    },
    {
        "name": "Barn av rusmisbrukere",
        "short_name": "BaR",
        "what": (
            "En organisasjon for barn, unge og voksne som har vokst opp med foreldre som har "
            "rusproblemer, stiftet i 2009. BaR tilbyr blant annet chat og samtalegrupper og "
            "arbeider for at barn som pårørende blir sett."
        ),
        "url": "https://barnavrus.no/",
        "groups": ["personer-med-rusproblemer", "barnefamilier", "ungdom-og-unge-voksne"],
    },
    {
        "name": "Mental Helse",
        "short_name": "Mental Helse",
        "what": (
            "En landsomfattende medlemsorganisasjon for mennesker med psykiske helseutfordringer, "
            "pårørende og andre interesserte, stiftet i 1978. Organisasjonen driver Mental Helse "
            "Hjelpetelefonen og chatten Sidetmedord.no og arbeider for brukermedvirkning og et "
            "bedre psykisk helsetilbud."
        ),
        "url": "https://mentalhelse.no/",
        "groups": ["personer-med-psykiske-lidelser"],
    },
    {
        "name": "LPP – Pårørende innen psykisk helse",
        "short_name": "LPP",
        "what": (
            "En landsdekkende organisasjon for pårørende til mennesker med psykiske lidelser. LPP "
            "gir råd og støtte til pårørende og arbeider for at de blir involvert og ivaretatt av "
            "tjenestene."
        ),
        "url": "https://lpp.no/",
        "groups": ["personer-med-psykiske-lidelser"],
    },
    {
        "name": "Voksne for Barn",
        "short_name": "Voksne for Barn",
        "what": (
            "En ideell organisasjon for barn og unges oppvekst og psykiske helse, grunnlagt i 1960 "
            "som Mental Barnehjelp. Den er anerkjent som brukerorganisasjon for barn og unge innen "
            "psykisk helse og har tilbud både til familier, skoler og fagfolk."
        ),
        "url": "https://vfb.no/",
        "groups": [
            "barnefamilier",
            "ungdom-og-unge-voksne",
            "personer-med-psykiske-lidelser",
        ],
    },
    {
        "name": "WayBack – Stiftelsen Livet etter soning",
        "short_name": "WayBack",
        "what": (
            "En stiftelse startet i 2002 av tidligere innsatte som hjelper folk ut av kriminalitet "
            "og rus. WayBack møter løslatte ved fengselsporten og følger dem opp med faddere, blant"
            " annet i arbeidet med bolig og gjeld."
        ),
        "url": "https://wayback.no/",
        "groups": ["loslatte-fra-fengsel", "personer-med-rusproblemer"],
    },
    {
        "name": "For Fangers Pårørende",
        "short_name": "FFP",
        "what": (
            "En organisasjon som gir støtte og informasjon til pårørende av innsatte, også barn. "
            "FFP har drevet i over 30 år og tilbyr blant annet samtaler og samtalegrupper."
        ),
        "url": "https://ffp.no/",
        "groups": ["loslatte-fra-fengsel", "barnefamilier"],
    },
    {
        "name": "Landsforeningen for barnevernsbarn",
        "short_name": "LFB",
        "what": (
            "En organisasjon av og for barn og unge som har erfaring fra barnevernet, stiftet i "
            "1997. LFB bruker erfaringskonsulenter og arbeider for at barn og unge i barnevernet "
            "blir hørt i saker som gjelder dem."
        ),
        "url": "https://barnevernsbarna.no/",
        "groups": ["ungdom-og-unge-voksne"],
    },
    {
        "name": "Norsk Forbund for Utviklingshemmede",
        "short_name": "NFU",
        "what": (
            "En landsdekkende interesseorganisasjon for personer med utviklingshemming og deres "
            "pårørende, stiftet i 1967. NFU arbeider blant annet for at personer med "
            "utviklingshemming skal kunne velge hvor og med hvem de vil bo, i vanlige bomiljøer."
        ),
        "url": "https://nfunorge.org/",
        "groups": ["personer-med-utviklingshemming"],
    },
    {
        "name": "Funksjonshemmedes Fellesorganisasjon",
        "short_name": "FFO",
        "what": (
            "En paraplyorganisasjon, stiftet i 1950, for over 80 organisasjoner av funksjonshemmede"
            " og kronisk syke. FFO arbeider for like muligheter og rettigheter, blant annet innen "
            "bolig og universell utforming."
        ),
        "url": "https://ffo.no/",
        "groups": ["personer-med-nedsatt-funksjonsevne"],
    },
    {
        "name": "Norges Handikapforbund",
        "short_name": "NHF",
        "what": (
            "En interesseorganisasjon for personer med funksjonsnedsettelser, særlig "
            "bevegelseshemmede. Forbundet arbeider for et samfunn uten barrierer, også i "
            "boligmarkedet, og har lokallag og regionlag i hele landet."
        ),
        "url": "https://nhf.no/",
        "groups": ["personer-med-nedsatt-funksjonsevne"],
    },
    {
        "name": "Uloba – Independent Living Norge SA",
        "short_name": "Uloba",
        "what": (
            "Et andelslag eid og drevet av funksjonshemmede, stiftet i 1991, som er en del av "
            "Independent Living-bevegelsen. Uloba legger til rette for borgerstyrt personlig "
            "assistanse (BPA) og arbeider for at funksjonshemmede selv kan velge bosted og styre "
            "sitt eget liv."
        ),
        "url": "https://www.uloba.no/",
        "groups": ["personer-med-nedsatt-funksjonsevne"],
    },
    {
        "name": "Leieboerforeningen",
        "short_name": "Leieboerforeningen",
        "what": (
            "En interesseorganisasjon for leietakere, stiftet i 1933, som gir juridisk rådgivning "
            "til medlemmene og arbeider for leieboernes rettigheter. Foreningen organiserer også "
            "leietakere i kommunale boliger, og kommuner kan tegne medlemskap for sine leietakere."
        ),
        "url": "https://leieboerforeningen.no/",
        "groups": ["vanskeligstilte-pa-boligmarkedet"],
    },
    {
        "name": "Pårørendealliansen",
        "short_name": "Pårørendealliansen",
        "what": (
            "En interesseorganisasjon for pårørende på tvers av diagnoser og livssituasjoner. "
            "Alliansen arbeider for at pårørende blir anerkjent, får støtte og kan kombinere omsorg"
            " med arbeid og eget liv."
        ),
        "url": "https://parorendealliansen.no/",
        "groups": [
            "personer-med-psykiske-lidelser",
            "personer-med-rusproblemer",
            "personer-med-nedsatt-funksjonsevne",
        ],
    },
]
