"""Work process "Organisering og tverrfaglig samarbeid" with its five phases.

Plain data, no Django imports. Rich-text values use only <p>, <ul>, <ol>,
<li>, <strong>, <em> and <h3>. "responsible" uses the RESPONSIBLE_ROLES keys;
"glossary_terms" uses slugs from demo.data.glossary.TERMS.
"""

WORK_PROCESS = {
    "title": "Organisering og tverrfaglig samarbeid",
    "slug": "organisering-og-tverrfaglig-samarbeid",
    "search_description": "Slik kan kommunen gå fram for å vurdere og endre organiseringen av det boligsosiale arbeidet, fra mandat og kunnskapsgrunnlag til vedtatt modell, gjennomføring og evaluering.",
    "intro": (
        "<p>Av og til må kommunen ta en grundig titt på hvordan det boligsosiale arbeidet er organisert, "
        "og på hvordan enhetene samarbeider seg imellom. Denne arbeidsprosessen viser i generelle trekk "
        "hvordan en kommune kan gå fram når den vurderer organisatoriske endringer på feltet. Prosessen er "
        "delt i faser og beskriver særlig veien fra oppstart og mandat, via et felles kunnskapsgrunnlag, "
        "fram til en vedtatt modell for organisering.</p>"
        "<p>Også gjennomføringen, evalueringen og eventuelle senere justeringer er tatt med. Disse fasene "
        "er bare kort omtalt, fordi arbeidet der vil variere mye fra kommune til kommune og i stor grad "
        "avhenger av hvilken modell kommunen ender opp med.</p>"
    ),
    "background": (
        "<p>Ønsket om å se på organiseringen springer gjerne ut av en erkjennelse av at kommunen kan nå "
        "målene sine bedre hvis samordningen og samarbeidet blir bedre. Slike signaler kommer ofte fram i "
        "arbeidet med kommuneplanen, der statistikk og annen dokumentasjon kan vise at resultatene er svake. "
        "Kunnskapsgrunnlaget kan også avdekke at statlige virkemidler som startlån, tilskudd og bostøtte "
        "ikke blir brukt fullt ut, eller at de ikke ses i sammenheng.</p>"
        "<p>For innbyggerne handler det om å få et samlet og koordinert tilbud. Den som trenger bistand for å "
        "skaffe seg eller beholde en bolig, skal ikke måtte gå fra kontor til kontor fordi de boligsosiale "
        "tjenestene er spredt på mange enheter. For kommunen kan en ny organisering dessuten gi mer "
        "effektiv drift, bedre bruk av ressursene og et bedre grunnlag for å bygge kompetanse.</p>"
        "<p>Det er rådmannen, eller kommunedirektøren, som har ansvar for å starte en slik prosess. "
        "Beslutningen bygger som regel på grundig forarbeid og på behov som tjenestene selv har meldt inn. "
        "Det kan være vanskelig å skaffe egnede boliger til vanskeligstilte på boligmarkedet, ønskede "
        "resultater kan la vente på seg, eller samarbeidet mellom fagmiljøene – på tvers av enheter og "
        "mellom nivåene i organisasjonen – kan oppleves som oppstykket og lite effektivt. Slike svakheter "
        "merkes til slutt i tjenestene brukerne får.</p>"
    ),
    "body": (
        "<p>Arbeidsprosessen har fem faser. For hver fase finner du en kort beskrivelse, resultatene fasen "
        "skal gi, og en liste over oppgaver med forslag til hvem som har ansvaret. Resultatene kan brukes "
        "som en sjekkliste for når fasen er ferdig. Fasene kommer i rekkefølge, men i praksis vil dere ofte "
        "gå tilbake og justere underveis. Bruk oppgavelistene som utgangspunkt for arbeidsplanen, og tilpass "
        "dem til kommunens størrelse og til hvor omfattende endringene er.</p>"
        "<h3>Hvem har ansvaret</h3>"
        "<p>Rådmannen eier prosessen og tar initiativet til den. Rådmannen gir et mandat og oppnevner en "
        "styringsgruppe med myndighet til å ta beslutninger, og en arbeidsgruppe med en leder som gjør selve "
        "utredningsarbeidet. Arbeidsgruppen rapporterer til styringsgruppen, som godkjenner arbeidsplanen og "
        "tar stilling til forslagene underveis. Den endelige beslutningen om ny organisering tas av "
        "rådmannen, eller av kommunestyret når endringen krever politisk behandling. Tillitsvalgte og "
        "berørte ansatte skal trekkes med gjennom hele prosessen.</p>"
    ),
    "glossary_terms": [
        "organisatoriske-endringer",
        "samordning",
        "vanskeligstilt-pa-boligmarkedet",
        "bruker",
        "radmann",
        "kommunedirektor",
        "mandat",
        "styringsgruppe",
        "arbeidsgruppe",
        "arbeidsplan",
        "evaluering",
        "tverrfaglig-samarbeid",
    ],
}

PHASES = [
    {
        "number": 1,
        "title": "Oppstart",
        "slug": "oppstart",
        "short_description": (
            "<p>I oppstarten legges rammene for hele arbeidet. Rådmannen bestemmer at organiseringen av det "
            "boligsosiale arbeidet skal gjennomgås, og sørger for et skriftlig mandat som sier hva som skal "
            "utredes, hvorfor, innen når og med hvilke ressurser. Mandatet bør også avklare hva som holdes "
            "utenfor, hvilken myndighet arbeidsgruppen har, og hvordan brukere og ansatte skal trekkes med.</p>"
            "<p>Rådmannen oppnevner en styringsgruppe og en arbeidsgruppe med leder. Arbeidsgruppen bør være "
            "bredt sammensatt, slik at tverrfaglig samarbeid er bygd inn fra starten, med deltakere fra enhetene som har boligsosiale oppgaver, for "
            "eksempel Nav, helse og omsorg, eiendom, flyktningtjenesten og barnevernet. Fordi arbeidet kan ende "
            "med endringer i ansvar og arbeidsoppgaver, skal tillitsvalgte og verneombud involveres fra "
            "starten.</p>"
            "<p>Arbeidsgruppen gjør mandatet om til en arbeidsplan med oppgaver, ansvarlige, frister og "
            "milepæler. Styringsgruppen godkjenner planen før arbeidet går videre til neste fase.</p>"
        ),
        "results_intro": "Fasen er ferdig når rammene for arbeidet er avklart og forankret i ledelsen:",
        "results": [
            "Rådmannen har besluttet å starte arbeidet og godkjent et skriftlig mandat",
            "Styringsgruppe og arbeidsgruppe er oppnevnt, og arbeidsgruppen har en navngitt leder",
            "Tillitsvalgte er orientert og har fått en tydelig rolle i arbeidet",
            "Det er avklart hvordan brukere og berørte ansatte skal medvirke",
            "Arbeidsgruppen har laget en arbeidsplan som styringsgruppen har godkjent",
        ],
        "task_groups": [
            {
                "heading": "Beslutning og mandat",
                "tasks": [
                    {
                        "text": "Beslutte at organiseringen av det boligsosiale arbeidet skal gjennomgås",
                        "responsible": ["radmann"],
                        "sub_points": [
                            "Hvilke behov, planer eller signaler fra tjenestene ligger bak beslutningen?",
                            "Bør kommunestyret orienteres eller gi føringer før arbeidet starter?",
                        ],
                    },
                    {
                        "text": "Utarbeide og godkjenne mandat for arbeidet",
                        "responsible": ["radmann"],
                        "sub_points": [
                            "Hva er formålet, og hvilke effektmål og resultatmål skal arbeidet ha?",
                            "Hva skal arbeidsgruppen levere, og hva faller utenfor oppdraget?",
                            "Hvilke planer, lover og vedtak gir føringer for arbeidet?",
                            "Hvilken myndighet har arbeidsgruppen, og når må saker løftes til styringsgruppen?",
                            "Hvilket budsjett og hvor mange timer per deltaker er satt av?",
                        ],
                    },
                    {
                        "text": "Fastsette tidsramme, milepæler og rutiner for rapportering",
                        "responsible": ["radmann", "styringsgruppe"],
                        "sub_points": [
                            "Hvor ofte skal arbeidsgruppen rapportere, og til hvem?",
                            "Hvordan holdes ledere og folkevalgte orientert underveis?",
                        ],
                    },
                ],
            },
            {
                "heading": "Organisering av arbeidet",
                "tasks": [
                    {
                        "text": "Oppnevne styringsgruppe",
                        "responsible": ["radmann"],
                        "sub_points": [
                            "Hvilke ledere må være med for at beslutningene skal få gjennomslag i linjen?",
                        ],
                    },
                    {
                        "text": "Oppnevne arbeidsgruppe og arbeidsgruppeleder",
                        "responsible": ["radmann", "styringsgruppe"],
                        "sub_points": [
                            "Er alle enheter med boligsosiale oppgaver representert?",
                            "Har deltakerne fått tid og støtte fra sine ledere til å delta?",
                        ],
                    },
                    {
                        "text": "Involvere tillitsvalgte og verneombud",
                        "responsible": ["radmann", "arbeidsgruppeleder"],
                        "sub_points": [
                            "Skal tillitsvalgte sitte i styringsgruppen eller arbeidsgruppen, eller delta gjennom faste drøftingsmøter?",
                        ],
                    },
                    {
                        "text": "Avklare hvordan brukere og brukerorganisasjoner skal medvirke",
                        "responsible": ["styringsgruppe", "arbeidsgruppeleder"],
                        "sub_points": [
                            "Finnes det brukerråd eller brukerorganisasjoner som bør trekkes inn?",
                            "Kan ansatte med egen brukererfaring bidra i arbeidet?",
                        ],
                    },
                ],
            },
            {
                "heading": "Arbeidsplan",
                "tasks": [
                    {
                        "text": "Gå gjennom mandatet i arbeidsgruppen og sikre en felles forståelse av oppdraget",
                        "responsible": ["arbeidsgruppeleder", "arbeidsgruppe"],
                        "sub_points": [
                            "Er noe i mandatet uklart, slik at det må avklares med styringsgruppen?",
                        ],
                    },
                    {
                        "text": "Utarbeide arbeidsplan med oppgaver, ansvarlige, frister og milepæler",
                        "responsible": ["arbeidsgruppe"],
                        "sub_points": [
                            "Hvilke oppgaver fra de neste fasene er aktuelle hos oss?",
                            "Hvem bidrar med hva, og hvor mye tid har hver deltaker?",
                        ],
                    },
                    {
                        "text": "Legge fram arbeidsplanen for styringsgruppen til godkjenning",
                        "responsible": ["arbeidsgruppeleder", "styringsgruppe"],
                        "sub_points": [],
                    },
                    {
                        "text": "Lage en plan for informasjon til ledere og ansatte som berøres",
                        "responsible": ["arbeidsgruppeleder"],
                        "sub_points": [
                            "Hvem må informeres, når og på hvilken måte?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Er mandatet tydelig nok til at arbeidsgruppen vet hva den skal levere, og hva den ikke skal gjøre?",
            "Er alle som kan bli berørt av en endring, representert eller hørt?",
            "Har arbeidsgruppen nok tid og ressurser til å gjøre jobben?",
        ],
        "glossary_terms": [
            "radmann",
            "mandat",
            "styringsgruppe",
            "arbeidsgruppe",
            "arbeidsplan",
            "tverrfaglig-samarbeid",
            "bruker",
            "brukerorganisasjoner",
            "brukerrad",
        ],
        "tools": [
            {
                "title": "Mal for mandat",
                "description": "En mal med de vanlige delene i et mandat, fra bakgrunn og mål til organisering, myndighet og godkjenning.",
            },
            {
                "title": "Mal for arbeidsplan",
                "description": "En tabell med oppgaver, ansvarlige, frister, milepæler og status som arbeidsgruppen kan fylle ut sammen.",
            },
            {
                "title": "Sjekkliste for sammensetning av arbeidsgruppen",
                "description": "Spørsmål som hjelper styringsgruppen å sikre at riktige enheter, fag og tillitsvalgte er med.",
            },
        ],
    },
    {
        "number": 2,
        "title": "Utarbeide kunnskapsgrunnlag",
        "slug": "utarbeide-kunnskapsgrunnlag",
        "short_description": (
            "<p>Før kommunen kan vurdere en ny organisering, trenger den et solid bilde av hvordan det "
            "boligsosiale arbeidet faktisk fungerer i dag. Arbeidsgruppen beskriver hvem som gjør hva: "
            "aktørene, oppgavene, hvor arbeidet og ansvaret er plassert, og hvem som har myndighet til å ta "
            "beslutninger. Deretter vurderes hva som fungerer godt, og hva som ikke gjør det. Kunnskapsgrunnlaget "
            "bør også gi oversikt over eksterne samarbeidspartnere og kommunens forhold til dem.</p>"
            "<p>Arbeidsgruppen bør trekke med andre ansatte som kjenner feltet. Når kartleggingen gjennomgås "
            "sammen med dem som berøres, blir misforståelser ryddet opp, nye innspill kommer fram, og alle får "
            "en bedre forståelse av dagens situasjon. Det gir et sikrere kunnskapsgrunnlag og bidrar til at "
            "ansatte får eierskap til prosessen.</p>"
            "<p>Erfaringer fra andre kommuner er nyttige, men en organisasjonsmodell lar seg sjelden flytte "
            "direkte fra én kommune til en annen. Eksemplene fungerer best som inspirasjon til løsninger som "
            "tilpasses egne forhold.</p>"
        ),
        "results_intro": "Kommunen har fått et samlet og oppdatert bilde av det boligsosiale arbeidet, som planleggingen og gjennomføringen kan bygge på:",
        "results": [
            "Det finnes en oversikt over hvor de boligsosiale funksjonene ligger i dag, og hvem som har ansvaret for dem",
            "Sterke og svake sider ved dagens organisering er vurdert",
            "Berørte ansatte har bidratt til kunnskapsgrunnlaget og er dermed involvert i arbeidet",
            "Erfaringer fra andre kommuner er samlet inn, og det er vurdert hvor relevante de er for oss",
        ],
        "task_groups": [
            {
                "heading": "Kunnskapsgrunnlag om egen boligsosial virksomhet",
                "tasks": [
                    {
                        "text": "Sørge for at dagens situasjon i kommunen blir kartlagt og vurdert",
                        "responsible": ["arbeidsgruppeleder"],
                        "sub_points": [
                            "Hvilke enheter, ansatte og brukergrupper blir berørt?",
                            "Hvilke boligsosiale funksjoner har kommunen i dag?",
                            "Utføres de samme funksjonene flere steder fordi organiseringen følger målgruppene – for eksempel ved at én enhet skaffer boliger til rusfeltet og en annen til andre vanskeligstilte, eller ved at utleie er delt opp på samme måte?",
                            "Hvordan er ressursene fordelt, og hvordan er arbeidet delt mellom de boligsosiale funksjonene?",
                            "Hvilke enheter og fagmiljøer bør samarbeide tettere?",
                            "Er ressursene med boligsosiale oppgaver plassert der de gjør mest nytte?",
                        ],
                    },
                    {
                        "text": "Lage en oversikt over eksterne samarbeidspartnere og kommunens forhold til dem",
                        "responsible": ["arbeidsgruppe"],
                        "sub_points": [
                            "Hvordan fungerer samarbeidet med for eksempel spesialisthelsetjenesten, kriminalomsorgen, Husbanken og frivillige organisasjoner?",
                        ],
                    },
                    {
                        "text": "Gå gjennom kartleggingen sammen med berørte ansatte",
                        "responsible": ["arbeidsgruppeleder", "arbeidsgruppe"],
                        "sub_points": [
                            "Kjenner de ansatte seg igjen i beskrivelsen, og hva mangler?",
                        ],
                    },
                    {
                        "text": "Oppsummere hva som bør endres",
                        "responsible": ["arbeidsgruppeleder", "arbeidsgruppe"],
                        "sub_points": [
                            "Hvilke svakheter går igjen i kartleggingen?",
                            "Hva fungerer godt og bør videreføres?",
                        ],
                    },
                    {
                        "text": "Drøfte i arbeidsgruppen hvilke endringer som kan gi forbedring, med utgangspunkt i oppdraget",
                        "responsible": ["arbeidsgruppe"],
                        "sub_points": [
                            "Hvilke endringer ligger innenfor mandatet, og hvilke må tas opp med styringsgruppen?",
                        ],
                    },
                ],
            },
            {
                "heading": "Innhente annen relevant informasjon",
                "tasks": [
                    {
                        "text": "Gå gjennom gjeldende føringer og prinsipper",
                        "responsible": ["arbeidsgruppe"],
                        "sub_points": [
                            "Hvilke lover, planer, politiske vedtak og interne retningslinjer gjelder for feltet?",
                            "Hva av dette bør eller kan endres?",
                        ],
                    },
                    {
                        "text": "Finne fram til aktuelle verktøy og sjekklister",
                        "responsible": ["arbeidsgruppe"],
                        "sub_points": [
                            "Finnes det maler eller sjekklister for kartlegging som vi kan ta i bruk?",
                        ],
                    },
                    {
                        "text": "Innhente relevante eksempler fra andre kommuner",
                        "responsible": ["arbeidsgruppe"],
                        "sub_points": [
                            "Hvilke kommuner har utfordringer og størrelse som ligner våre?",
                            "Hva kan vi lære av dem, og hva må tilpasses våre forhold?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Har vi fått fram synspunktene til dem som arbeider tettest på brukerne?",
            "Var det noe i kartleggingen som overrasket oss, og hva betyr det for oppdraget?",
        ],
        "glossary_terms": [
            "kartlegging",
            "arbeidsgruppe",
            "mandat",
            "samordning",
            "styringsgruppe",
            "bruker",
        ],
        "tools": [
            {
                "title": "Sjekkliste for kartlegging av boligsosiale funksjoner",
                "description": "Spørsmål om funksjoner, ansvar, ressurser og samarbeid som gir en felles beskrivelse av dagens situasjon.",
            },
            {
                "title": "Skjema for vurdering av styrker og svakheter",
                "description": "Et enkelt skjema der arbeidsgruppen samler det som fungerer, det som ikke fungerer, og mulige forbedringer.",
            },
            {
                "title": "Eksempler og erfaringer fra andre kommuner",
                "description": "Portalens samling av kommunale eksempler, som kan filtreres på tema som samordning og boligkontor.",
            },
        ],
    },
    {
        "number": 3,
        "title": "Forslag til modell utarbeides og vedtas",
        "slug": "forslag-til-modell-utarbeides-og-vedtas",
        "short_description": (
            "<p>Med kunnskapsgrunnlaget som utgangspunkt utvikler arbeidsgruppen ett eller flere alternativer "
            "for hvordan det boligsosiale arbeidet kan organiseres. Alternativene kan spenne fra mindre "
            "justeringer, som faste samarbeidsfora, tydeligere rutiner og samarbeidsavtaler, til større grep "
            "som et felles boligkontor, tverrfaglige tildelingsteam eller et koordineringsorgan med ansvar på "
            "tvers av enhetene. Hvert alternativ vurderes ut fra fordeler og ulemper, følger for brukere og "
            "ansatte, økonomi og hvor godt det svarer på målene i mandatet.</p>"
            "<p>Forslagene legges fram for berørte ansatte og drøftes med tillitsvalgte før de blir endelige. "
            "Arbeidsgruppen leverer deretter en begrunnet anbefaling til styringsgruppen, som legger saken fram "
            "for rådmannen. Rådmannen vedtar den nye organiseringen innenfor sin myndighet. Krever endringen "
            "politisk behandling, for eksempel fordi den berører budsjett, delegering eller tjenestetilbudet i "
            "vesentlig grad, fattes vedtaket av kommunestyret.</p>"
        ),
        "results_intro": "Fasen er ferdig når en ny modell for organisering er vedtatt av rett instans:",
        "results": [
            "Aktuelle modeller for organisering er beskrevet og vurdert med fordeler og ulemper",
            "Berørte ansatte og tillitsvalgte har fått uttale seg om forslagene",
            "Arbeidsgruppen har levert en begrunnet anbefaling til styringsgruppen",
            "Rådmannen, eller kommunestyret når saken krever det, har vedtatt ny modell for organisering",
            "Det er avklart hvem som har ansvaret for å gjennomføre vedtaket",
        ],
        "task_groups": [
            {
                "heading": "Utarbeide og vurdere alternative modeller",
                "tasks": [
                    {
                        "text": "Beskrive aktuelle modeller for organisering",
                        "responsible": ["arbeidsgruppe"],
                        "sub_points": [
                            "Hvilke funksjoner bør samles, og hvilke kan bli liggende der de er i dag?",
                            "Trenger vi et boligkontor, et koordineringsorgan eller faste former for tverrfaglig samarbeid, eller er tydeligere rutiner og avtaler nok?",
                        ],
                    },
                    {
                        "text": "Vurdere fordeler og ulemper ved hver modell",
                        "responsible": ["arbeidsgruppe"],
                        "sub_points": [
                            "Blir tilbudet mer helhetlig og lettere å finne fram i for brukerne?",
                            "Hvilke følger får modellen for ansatte, ledelse og økonomi?",
                            "Hvor godt løser modellen de svakhetene kunnskapsgrunnlaget viste?",
                        ],
                    },
                    {
                        "text": "Foreslå mål og indikatorer som kan vise om den nye organiseringen virker",
                        "responsible": ["arbeidsgruppe"],
                        "sub_points": [
                            "Hvilke tall har vi allerede, og hva må vi begynne å registrere?",
                        ],
                    },
                    {
                        "text": "Holde styringsgruppen orientert om arbeidet med modellene",
                        "responsible": ["arbeidsgruppeleder"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Involvering og drøfting",
                "tasks": [
                    {
                        "text": "Legge fram forslagene for berørte virksomhetsledere og ansatte",
                        "responsible": ["arbeidsgruppeleder", "virksomhetsledere"],
                        "sub_points": [
                            "Hvordan kan innspillene samles inn på en ryddig måte, for eksempel gjennom møter eller en skriftlig høring?",
                        ],
                    },
                    {
                        "text": "Drøfte forslagene med tillitsvalgte etter arbeidsmiljøloven og hovedavtalen",
                        "responsible": ["radmann", "arbeidsgruppeleder"],
                        "sub_points": [
                            "Er tillitsvalgte trukket inn tidlig nok til at innspillene kan påvirke forslaget?",
                        ],
                    },
                    {
                        "text": "Innhente synspunkter fra brukere, brukerråd eller brukerorganisasjoner",
                        "responsible": ["arbeidsgruppe"],
                        "sub_points": [],
                    },
                    {
                        "text": "Justere forslagene etter innspillene",
                        "responsible": ["arbeidsgruppe"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Anbefaling og vedtak",
                "tasks": [
                    {
                        "text": "Utarbeide en begrunnet anbefaling til styringsgruppen",
                        "responsible": ["arbeidsgruppeleder", "arbeidsgruppe"],
                        "sub_points": [
                            "Hvilken modell anbefales, og hvorfor?",
                            "Hva er de viktigste risikoene, og hvordan kan de møtes?",
                            "Hvor mye tid og hvilke ressurser vil gjennomføringen kreve?",
                        ],
                    },
                    {
                        "text": "Behandle anbefalingen og legge saken fram for rådmannen",
                        "responsible": ["styringsgruppe"],
                        "sub_points": [],
                    },
                    {
                        "text": "Vedta ny modell for organisering",
                        "responsible": ["radmann"],
                        "sub_points": [
                            "Ligger endringen innenfor rådmannens myndighet, eller må saken legges fram for kommunestyret?",
                        ],
                    },
                    {
                        "text": "Fatte vedtak om ny organisering når saken krever politisk behandling",
                        "responsible": ["kommunestyret"],
                        "sub_points": [],
                    },
                    {
                        "text": "Informere ansatte og samarbeidspartnere om vedtaket",
                        "responsible": ["radmann", "virksomhetsledere"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Har vi valgt modell ut fra våre egne utfordringer, eller fordi den har fungert godt et annet sted?",
            "Vil brukerne vite hvor de skal henvende seg etter endringen?",
            "Står de som skal gjennomføre endringen, bak den valgte modellen?",
        ],
        "glossary_terms": [
            "arbeidsgruppe",
            "styringsgruppe",
            "radmann",
            "mandat",
            "tverrfaglig-samarbeid",
            "bruker",
            "brukerrad",
            "brukerorganisasjoner",
        ],
        "tools": [
            {
                "title": "Mal for vurdering av alternative modeller",
                "description": "En tabell for å sammenligne modellene etter fordeler, ulemper, følger for brukere og ansatte og kostnader.",
            },
            {
                "title": "Sjekkliste for involvering av ansatte og tillitsvalgte",
                "description": "Punkter som sikrer at ansatte og tillitsvalgte blir informert og hørt i rett tid før vedtak fattes.",
            },
        ],
    },
    {
        "number": 4,
        "title": "Gjennomføring",
        "slug": "gjennomforing",
        "short_description": (
            "<p>Hvordan den nye organiseringen settes ut i livet, varierer mye mellom kommunene og henger tett "
            "sammen med modellen som er valgt. Noen endringer innebærer at enheter slås sammen eller at "
            "oppgaver flyttes, mens andre handler om nye rutiner og faste møtepunkter. Felles for alle er "
            "behovet for en plan for gjennomføringen som styringsgruppen godkjenner, en klar fordeling av ansvar og god informasjon til "
            "ansatte, brukere og samarbeidspartnere.</p>"
            "<p>Virksomhetslederne har en nøkkelrolle. De skal sørge for at oppgaver, ressurser og ansvar "
            "faktisk flyttes slik vedtaket forutsetter, og at ansatte med nye oppgaver får den opplæringen de "
            "trenger.</p>"
        ),
        "results_intro": "Den nye organiseringen er tatt i bruk, og alle vet hvem som gjør hva:",
        "results": [
            "Det finnes en godkjent plan for gjennomføringen med tidsplan og ansvarlige",
            "Nye ansvarsområder, roller og rutiner er beskrevet og tatt i bruk",
            "Ansatte, brukere og samarbeidspartnere har fått informasjon om endringene",
            "Ansatte med nye oppgaver har fått nødvendig opplæring",
        ],
        "task_groups": [
            {
                "heading": "Plan for gjennomføringen",
                "tasks": [
                    {
                        "text": "Utarbeide en plan for gjennomføringen med tiltak, tidsplan og ansvarlige",
                        "responsible": ["arbeidsgruppeleder", "virksomhetsledere"],
                        "sub_points": [
                            "I hvilken rekkefølge bør endringene skje?",
                            "Hvilke risikoer må vi følge særlig med på?",
                        ],
                    },
                    {
                        "text": "Godkjenne planen for gjennomføringen",
                        "responsible": ["styringsgruppe"],
                        "sub_points": [],
                    },
                    {
                        "text": "Avklare om arbeidsgruppen skal fortsette, eller om ansvaret går over til linjeledelsen",
                        "responsible": ["radmann", "styringsgruppe"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Endringer i ansvar, rutiner og kompetanse",
                "tasks": [
                    {
                        "text": "Flytte oppgaver, ressurser og ansvar i tråd med vedtaket",
                        "responsible": ["virksomhetsledere"],
                        "sub_points": [
                            "Er budsjett, stillinger og fullmakter endret tilsvarende?",
                        ],
                    },
                    {
                        "text": "Beskrive nye roller og oppdatere rutiner og kvalitetssystem",
                        "responsible": ["virksomhetsledere", "arbeidsgruppe"],
                        "sub_points": [
                            "Er ansvaret klart i overgangene mellom enhetene, for eksempel fra tildeling av bolig til oppfølging i bolig?",
                        ],
                    },
                    {
                        "text": "Sørge for opplæring og kompetanseheving for ansatte med nye oppgaver",
                        "responsible": ["virksomhetsledere"],
                        "sub_points": [],
                    },
                    {
                        "text": "Informere ansatte, brukere og samarbeidspartnere om endringene",
                        "responsible": ["virksomhetsledere", "arbeidsgruppeleder"],
                        "sub_points": [
                            "Vet brukerne hvor de skal henvende seg?",
                            "Er Nav-kontoret, spesialisthelsetjenesten, kriminalomsorgen og andre eksterne parter informert?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Merker brukerne forskjell, eller er endringene foreløpig bare synlige på organisasjonskartet?",
            "Er det oppgaver som har falt mellom to stoler i overgangen?",
        ],
        "glossary_terms": [
            "arbeidsgruppe",
            "styringsgruppe",
            "bruker",
        ],
        "tools": [
            {
                "title": "Mal for gjennomføringsplan",
                "description": "En plan med tiltak, rekkefølge, ansvarlige og frister for overgangen til ny organisering.",
            },
            {
                "title": "Sjekkliste for informasjon ved omorganisering",
                "description": "En oversikt over hvem som må informeres om endringene, og når det bør skje.",
            },
        ],
    },
    {
        "number": 5,
        "title": "Evaluere og tilpasse",
        "slug": "evaluere-og-tilpasse",
        "short_description": (
            "<p>Etter en tid bør kommunen undersøke om den nye organiseringen virker slik den var ment. "
            "Evalueringen tar utgangspunkt i målene i mandatet og vedtaket, og bør bygge både på tall, som "
            "ventetid, antall bostedsløse eller bruken av statlige virkemidler, og på erfaringene til brukere "
            "og ansatte.</p>"
            "<p>Resultatene brukes til å justere organiseringen, rutinene eller samarbeidet der det trengs. "
            "Evalueringen kan gjøres av kommunen selv eller av et eksternt fagmiljø, og den bør planlegges "
            "allerede når gjennomføringen starter.</p>"
        ),
        "results_intro": "Kommunen vet om endringen har virket, og har fulgt opp det den fant:",
        "results": [
            "Det er vurdert om den nye organiseringen har gitt de effektene som var målet",
            "Brukere og ansatte har gitt tilbakemelding på hvordan endringene fungerer",
            "Nødvendige justeringer er besluttet og satt i gang",
            "Resultatene er rapportert til rådmannen og ved behov til kommunestyret",
        ],
        "task_groups": [
            {
                "heading": "Evaluering",
                "tasks": [
                    {
                        "text": "Planlegge evalueringen og avklare hva som skal måles",
                        "responsible": ["styringsgruppe", "arbeidsgruppeleder"],
                        "sub_points": [
                            "Hvilke mål og indikatorer ble valgt da modellen ble vedtatt?",
                            "Skal evalueringen gjøres internt eller av et eksternt fagmiljø?",
                        ],
                    },
                    {
                        "text": "Samle inn tall og dokumentasjon om resultatene",
                        "responsible": ["arbeidsgruppe", "virksomhetsledere"],
                        "sub_points": [],
                    },
                    {
                        "text": "Innhente tilbakemeldinger fra brukere og ansatte",
                        "responsible": ["arbeidsgruppe"],
                        "sub_points": [
                            "Opplever brukerne at tilbudet er bedre samordnet enn før?",
                            "Opplever ansatte at ansvarsfordelingen er tydelig?",
                        ],
                    },
                    {
                        "text": "Vurdere resultatene opp mot målene i mandatet og vedtaket",
                        "responsible": ["arbeidsgruppe", "styringsgruppe"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Tilpasning og videre oppfølging",
                "tasks": [
                    {
                        "text": "Foreslå justeringer på bakgrunn av evalueringen",
                        "responsible": ["arbeidsgruppeleder"],
                        "sub_points": [],
                    },
                    {
                        "text": "Beslutte og gjennomføre tilpasninger",
                        "responsible": ["radmann", "virksomhetsledere"],
                        "sub_points": [],
                    },
                    {
                        "text": "Rapportere resultatene til rådmannen og ved behov til kommunestyret",
                        "responsible": ["styringsgruppe", "radmann"],
                        "sub_points": [],
                    },
                    {
                        "text": "Sørge for jevnlig oppfølging gjennom kommunens plan- og styringssystem",
                        "responsible": ["radmann"],
                        "sub_points": [
                            "Bør erfaringene tas inn ved neste rullering av den boligsosiale planen eller kommuneplanen?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Måler vi det som faktisk betyr noe for brukerne, eller bare det som er lett å telle?",
        ],
        "glossary_terms": [
            "evaluering",
            "mandat",
            "samordning",
            "radmann",
            "bruker",
        ],
        "tools": [
            {
                "title": "Mal for evalueringsplan",
                "description": "En enkel plan for hva som skal måles, hvordan data samles inn og når resultatene skal rapporteres.",
            },
            {
                "title": "Spørreskjema for tilbakemelding fra brukere",
                "description": "Et kort skjema om hvordan brukerne opplever tilgjengelighet, samordning og oppfølging etter endringen.",
            },
        ],
    },
]
