"""Municipal examples ("Eksempler og erfaringer") for the demo content.

Plain data, no Django imports. The first 17 entries follow the order of the
overview page of the work process "Organisering og tverrfaglig samarbeid"; the
last three are taken from the case chapters of the NTNU Samfunnsforskning report
(2018) on housing and services for people with ROP-lidelser.

"municipality" refers to a name in municipalities.MUNICIPALITIES; "tags" use the
THEMES vocabulary and "target_groups" the TARGET_GROUPS vocabulary; "phases" are
phase numbers (1–5) of the work process. Stord and Fjell are written in nynorsk.
"""

EXAMPLES = [
    # 1 ─ Stord (nynorsk)
    {
        "title": "Bustadsosialt forum i Stord",
        "slug": "bustadsosialt-forum-stord",
        "municipality": "Stord",
        "responsible_unit": "Bustadsosial arbeidsgruppe",
        "language": "nn",
        "summary": (
            "Stord kommune samlar kvart år alle aktørane som arbeider med bustadsosiale oppgåver, "
            "til eit felles forum. Forumet gjev aktørane betre kjennskap til kvarandre og har "
            "gjort innsatsen på feltet meir samordna."
        ),
        "background": (
            "<p>Det bustadsosiale arbeidet i ein kommune er fordelt på mange aktørar: tildeling, "
            "forvaltning av kommunale bustader, NAV, helse- og omsorgstenestene, flyktningtenesta "
            "og fleire til. Når kvar eining arbeider for seg, er det lett at oppgåver fell mellom "
            "to stolar, og at ein ikkje veit kva dei andre held på med.</p>"
            "<p>Difor slo Stord kommune fast i den bustadsosiale handlingsplanen at kommunen skal "
            "halde eit eige forum for feltet éin til to gonger i året, som ein fast møtestad for "
            "alle som arbeider med bustadsosiale spørsmål.</p>"
        ),
        "body": (
            "<p>Forumet er ope for alle aktørar som har ei oppgåve i det bustadsosiale arbeidet i "
            "kommunen. Føremålet er at deltakarane skal bli kjende med kvarandre, dele røynsler og "
            "lære av korleis andre løyser oppgåvene sine.</p>"
            "<p>Kommunen har arrangert forumet kvart år sidan 2015. Temaet skiftar frå gong til "
            "gong, slik at forumet kvar gong tek opp noko som er aktuelt i arbeidet akkurat då.</p>"
            "<h3>Kvifor det fungerer</h3>"
            "<ul>"
            "<li>Forumet er forankra i bustadsosial handlingsplan og er difor ikkje avhengig av "
            "einskildpersonar.</li>"
            "<li>Alle som har ei rolle på feltet, er inviterte – ikkje berre leiarane.</li>"
            "<li>Skiftande tema gjer at forumet held seg relevant over tid.</li>"
            "</ul>"
        ),
        "results": (
            "<p>Forumet har vore halde årleg sidan 2015. Erfaringa er at arbeidet på feltet har "
            "vorte betre samordna, og at aktørane kjenner betre både kvarandre og dei ulike "
            "bustadsosiale oppgåvene som ligg hjå kvar einskild.</p>"
        ),
        "tags": ["Samordning", "Tverrfaglig samarbeid", "Planarbeid"],
        "target_groups": ["Vanskeligstilte på boligmarkedet"],
        "phases": [4, 5],
        "start_year": 2015,
        "end_year": None,
        "last_reviewed": "2026-01-14",
    },
    # 2 ─ Verdal
    {
        "title": "Kartlegging av kommunale boliger og leietakere, og etablering av boligkontor",
        "slug": "kartlegging-og-boligkontor-verdal",
        "municipality": "Verdal",
        "responsible_unit": "Boligkontoret",
        "language": "nb",
        "summary": (
            "Verdal kommune har over flere år jobbet målrettet for å få ned tallet på bostedsløse "
            "og bedre situasjonen for vanskeligstilte barnefamilier. Kartlegging og veiledning av "
            "de kommunale leietakerne og et eget boligkontor har gjort at kommunen i dag ikke har "
            "bostedsløse innbyggere."
        ),
        "background": (
            "<p>Verdal kommune hadde, som mange kommuner, innbyggere uten fast bolig og "
            "barnefamilier som bodde under vanskelige forhold. Kommunen satte seg som mål at ingen "
            "innbyggere skulle være bostedsløse.</p>"
            "<p>For å nå målet trengte kommunen bedre oversikt over de kommunale boligene og dem "
            "som bodde der, og noen med et tydelig ansvar for å følge leietakerne opp. Arbeidet ble "
            "drevet fram både gjennom egen innsats og gjennom deltakelse i utviklingsprosjekter "
            "som staten finansierte.</p>"
        ),
        "body": (
            "<p>Kommunen begynte med å kartlegge både den kommunale boligmassen og leietakerne. "
            "Kartleggingen ga et bilde av hvem som trengte hjelp for å mestre boforholdet, og "
            "hvilke boliger som passet for hvem.</p>"
            "<p>Deretter ble det opprettet et boligkontor som skal følge opp og veilede de "
            "kommunale leietakerne. Når ett kontor kjenner både boligene og beboerne, kan problemer "
            "fanges opp tidlig, før de ender med at noen mister boligen.</p>"
            "<h3>Bevisst bosetting av barnefamilier</h3>"
            "<p>Kommunen har også arbeidet med holdninger og bevissthet rundt hvordan barnefamilier "
            "bosettes. Utgangspunktet er at familier med barn så langt det går ikke skal bo i "
            "kommunal bolig. Blir det likevel nødvendig, leter kommunen etter en bolig i et "
            "nabolag som passer for barn, for eksempel et område der man ikke kjenner til "
            "rusproblemer.</p>"
        ),
        "results": (
            "<p>Verdal har i dag ingen bostedsløse innbyggere, og levekårene for de vanskeligstilte "
            "barnefamiliene i kommunen er blitt bedre. Familier med barn får nå bare unntaksvis "
            "tildelt en kommunal bolig.</p>"
        ),
        "tags": [
            "Kartlegging",
            "Boligkontor",
            "Kommunale utleieboliger",
            "Oppfølging i bolig",
            "Barn og unge",
        ],
        "target_groups": ["Bostedsløse", "Barnefamilier", "Vanskeligstilte på boligmarkedet"],
        "phases": [2, 4],
        "start_year": None,
        "end_year": None,
        "last_reviewed": "2026-02-03",
    },
    # 3 ─ Asker Velferdslab
    {
        "title": "Asker Velferdslab",
        "slug": "asker-velferdslab",
        "municipality": "Asker",
        "responsible_unit": "Velferdslab, på tvers av kommunens tjenesteområder",
        "language": "nb",
        "summary": (
            "Asker Velferdslab er en arbeidsform på tvers av tjenesteområdene der kommunen "
            "investerer tidlig og koordinert i familier og unge med sammensatte utfordringer. "
            "Velferdslab kommer i tillegg til de ordinære tjenestene og bygger på at ingen "
            "beslutninger om innbyggeren skal tas uten at innbyggeren selv er med."
        ),
        "background": (
            "<p>Innbyggere med store og sammensatte utfordringer får ofte hjelp fra mange tjenester "
            "på en gang, men hver tjeneste har sin egen sak, sitt eget vedtak og sine egne møter. "
            "Ansvaret blir stykket opp, og det som avtales i ett møte, kan lett bli liggende til "
            "neste. For familier og unge i en fastlåst livssituasjon kan det bety år med tiltak som "
            "ikke henger sammen.</p>"
            "<p>Asker kommune ville snu perspektivet, slik at velferdstjenestene tar utgangspunkt i "
            "mennesker og ikke i saker. Ambisjonen er at framtidens tjenester som hovedregel skal "
            "utformes sammen med innbyggeren, og at ingen beslutninger om en person fattes uten at "
            "vedkommende selv er med.</p>"
        ),
        "body": (
            "<p>Velferdslab er verken en ny tjeneste eller en erstatning for de ordinære "
            "tjenestene, men en arbeidsform som supplerer og styrker dem. Kommunen og familien "
            "blir enige om å satse tid og ressurser sammen, med mål om bedre levekår og "
            "livskvalitet og, på sikt, mindre behov for hjelp fra det offentlige. Når en sak tas "
            "inn, står familien eller innbyggeren gjerne i en situasjon som ikke er holdbar over "
            "tid. Å bidra til en stabil livssituasjon tar lang tid og forutsetter at fagfolk, "
            "forvaltningsnivåer og sektorer drar i samme retning – sammen med innbyggeren selv.</p>"
            "<h3>Myndighet: investeringsleder og investeringsteam</h3>"
            "<p>Arbeidet ledes av en investeringsleder og gjøres i et investeringsteam. Familien "
            "er alltid selv med i teamet. Ut fra behovet kommer for eksempel en tillitsperson, "
            "fagfolk fra kommunens tjenester, spesialisthelsetjenesten, fylkeskommunen, frivillige "
            "eller andre i lokalsamfunnet som kan bidra til den endringen familien ønsker.</p>"
            "<ul>"
            "<li>Hvem som sitter i teamet, kan endres underveis når behovene endrer seg, men alltid "
            "i samråd med familien eller innbyggeren.</li>"
            "<li>De som representerer kommunale tjenester, har fått fullmakt fra lederen sin til å "
            "fatte de beslutningene som trengs. Hvor langt fullmakten rekker, er avtalt på "
            "forhånd.</li>"
            "<li>Forskjellen fra en vanlig ansvarsgruppe er tydelig. Der møtes faste deltakere til "
            "faste møter, men det skjer ofte lite mellom møtene, blikket på hva som kan skape "
            "endring er gjerne smalere, og oppfølgingspunkter glipper fordi ansvaret er delt "
            "mellom mange tjenester.</li>"
            "</ul>"
            "<h3>Møteledelse og kultur</h3>"
            "<p>Før det første møtet gjøres en 360-graders vurdering av alle ressurser som kan tas "
            "i bruk rundt innbyggeren. Gjelder det en familie, ses ressursene til hele familien "
            "under ett, ikke bare hos den som mottar tjenester.</p>"
            "<ul>"
            "<li>I investeringsfasen kartlegger teamet situasjonen bredt og helhetlig sammen med "
            "familien, med «duken» som verktøy.</li>"
            "<li>Mål og løsninger formuleres sammen med innbyggeren. Etter første møte lager teamet "
            "en plan med kortsiktige og langsiktige mål og tiltak, som jevnlig evalueres og justeres.</li>"
            "<li>Å avklare forventninger og innhente samtykke er faste punkter i møtene.</li>"
            "<li><strong>Samtidighet</strong> er et nøkkelbegrep: når myndiggjorte medarbeidere "
            "setter inn tiltak på samme tid og i samråd, spiller tiltakene på lag, og innbyggeren "
            "får koordinert hjelp når den trengs. Tiltakene følges tett og justeres underveis.</li>"
            "<li>Tjenestene må være innstilt på å gi en ny sjanse når det trengs, og tro på at "
            "innbyggerens «drømmer» kan bli virkelighet.</li>"
            "</ul>"
            "<p>Av deltakerne forventes det at de er aktive for å forstå innbyggerens behov, ser "
            "muligheter sammen med innbyggeren og resten av teamet, melder tilbake til "
            "investeringslederen mellom møtene og følger opp justeringene som er avtalt. Hver "
            "tjeneste dokumenterer i sitt eget journalsystem; prosjektet har ikke utviklet noe "
            "eget, felles journalsystem.</p>"
            "<h3>Relasjoner</h3>"
            "<ul>"
            "<li>Tillitsbasert ledelse er grunnleggende – uten den kan ikke kommunen legge "
            "til rette for en slik arbeidsform.</li>"
            "<li>Teamet bør ikke være større enn at familien blir ivaretatt, og at relasjonen, "
            "kommunikasjonen og maktbalansen i rommet er god.</li>"
            "<li>«Duken» er et fysisk arbeidsverktøy utviklet av Livework og et symbol på den nye "
            "arbeidsformen. Den brukes både til kartlegging og evaluering, kan skannes og lagres, "
            "og byttes ut med en ny når den gamle har blitt historie. Fordi alle arbeider på den "
            "samme duken, gir den et demokratisk utgangspunkt som bygger tillit og nærere "
            "relasjoner. Derfor bør den få god plass i møtet med innbyggeren.</li>"
            "</ul>"
        ),
        "results": (
            "<p>Kommunens erfaring er at medarbeidere som selv kan ta beslutninger, gir bedre og "
            "raskere løsninger. Innbyggere med komplekse utfordringer blir fanget opp tidligere, "
            "får tettere oppfølging, og avvik fra planen rettes opp raskere enn i den ordinære "
            "forvaltningen.</p>"
        ),
        "tags": [
            "Tjenesteinnovasjon",
            "Tverrfaglig samarbeid",
            "Brukermedvirkning",
            "Barn og unge",
            "Samordning",
        ],
        "target_groups": [
            "Barnefamilier",
            "Ungdom og unge voksne",
            "Vanskeligstilte på boligmarkedet",
        ],
        "phases": [3, 4],
        "start_year": 2017,
        "end_year": None,
        "last_reviewed": "2026-03-11",
    },
    # 4 ─ Bodø «Heim»
    {
        "title": "Heim – forsterket og tilrettelagt heldøgns bo- og tjenestetilbud",
        "slug": "heim-heldogns-botilbud-bodo",
        "municipality": "Bodø",
        "responsible_unit": "Helse- og omsorgstjenestene",
        "language": "nb",
        "summary": (
            "I prosjektet «Heim» har Bodø kommune utviklet et samlet tilbud av bolig og tjenester "
            "til én person som trenger et særlig forsterket tilbud hele døgnet. Løsningen "
            "kombinerer krevende fysiske rammer med en miljøterapeutisk tilnærming og tett "
            "samarbeid med Nordlandssykehuset."
        ),
        "background": (
            "<p>Noen få innbyggere har så store og sammensatte behov at verken ordinære kommunale "
            "boliger eller vanlige heldøgnstjenester strekker til. Bodø kommune sto overfor en slik "
            "situasjon: én tjenestemottaker trengte et bo- og tjenestetilbud som var særskilt "
            "forsterket og tilpasset, både fysisk og faglig.</p>"
            "<p>Oppgaven krevde mye både av boligens fysiske utforming og av sikkerheten for de "
            "ansatte. Samtidig måtte tilbudet holde seg innenfor de juridiske rammene som gjelder, "
            "og gi tjenestemottakeren et best mulig liv.</p>"
        ),
        "body": (
            "<p>Kommunen startet prosjektet «Heim» for å utvikle et samlet tilbud der bolig og "
            "tjenester planlegges som én helhet, og ikke hver for seg.</p>"
            "<h3>En bolig tilpasset behovet</h3>"
            "<p>De fysiske omgivelsene er en bærende del av tilbudet. Boligen måtte utformes slik "
            "at den gir trygghet for beboeren og gjør det mulig for personalet å arbeide "
            "sikkert.</p>"
            "<h3>Miljøterapi og samarbeid med spesialisthelsetjenesten</h3>"
            "<p>Tjenestene bygger på en miljøterapeutisk tilnærming. Målet er økt livskvalitet, og "
            "å forebygge utfordrende atferd og psykiske vansker. Arbeidet skjer i nært samarbeid "
            "med sikkerhetspsykiatrisk avdeling ved Nordlandssykehuset, og innenfor de rammene "
            "lovverket setter.</p>"
        ),
        "results": "",
        "tags": ["Tverrfaglig samarbeid", "Oppfølging i bolig", "Tjenesteinnovasjon"],
        "target_groups": ["Personer med psykiske lidelser"],
        "phases": [3, 4],
        "start_year": None,
        "end_year": None,
        "last_reviewed": "2026-04-22",
    },
    # 5 ─ Larvik «En U-sving til bedre bolig»
    {
        "title": "En U-sving til bedre bolig",
        "slug": "en-u-sving-til-bedre-bolig-larvik",
        "municipality": "Larvik",
        "responsible_unit": "NAV og Larvik kommune, i samarbeid med Universitetet i Sørøst-Norge",
        "language": "nb",
        "summary": (
            "Sammen med Universitetet i Sørøst-Norge prøvde Larvik kommune i 2018 ut en ny måte å hjelpe "
            "familier med varige økonomiske vansker på. I en gruppeprosess ble familienes "
            "ressurser, og ikke bare problemene deres, satt i sentrum."
        ),
        "background": (
            "<p>Familier med langvarige økonomiske problemer blir ofte møtt av hjelpeapparatet med "
            "utgangspunkt i det som ikke fungerer. Boligsituasjonen deres er gjerne vanskelig, og "
            "hjelpen kan oppleves som oppstykket mellom NAV og ulike kommunale tjenester.</p>"
            "<p>Larvik kommune ville, sammen med Universitetet i Sørøst-Norge (USN), finne ut om en "
            "annen tilnærming kunne gi bedre resultater – både for familiene og for måten "
            "tjenesteyterne arbeider på.</p>"
        ),
        "body": (
            "<p>I 2018 ble fem familier som lenge hadde hatt økonomiske problemer, invitert inn i en "
            "gruppeprosess. Der arbeidet familiene med å bli bevisste på egne verdier og på "
            "hvilke strategier de tar i bruk når livet byr på motstand. Den vanskelige "
            "boligsituasjonen var et hovedtema, men like mye oppmerksomhet gikk til ressursene "
            "familiene selv har.</p>"
            "<h3>Tjenesteyterne lærte parallelt</h3>"
            "<p>Samtidig med brukergruppen møttes ansatte fra NAV og fra flere deler av Larvik "
            "kommune. De reflekterte over sin egen praksis og utviklet ideer og erfaringer som "
            "kunne bli til ny praksis.</p>"
            "<h3>Tre modeller flettet sammen</h3>"
            "<ul>"
            "<li>Theory U</li>"
            "<li>Diversity Icebreaker</li>"
            "<li>en modell for samhandlende sosial innovasjon, utviklet ved USN</li>"
            "</ul>"
        ),
        "results": (
            "<p>Fem familier deltok i gruppeprosessen. De tydeligste resultatene kom av at "
            "prosjektet flyttet oppmerksomheten fra familienes problemer til ressursene deres.</p>"
        ),
        "tags": ["Tjenesteinnovasjon", "Brukermedvirkning", "Tverrfaglig samarbeid"],
        "target_groups": ["Barnefamilier", "Vanskeligstilte på boligmarkedet"],
        "phases": [2, 4],
        "start_year": 2018,
        "end_year": None,
        "last_reviewed": "2026-05-06",
    },
    # 6 ─ Nittedal tjenestedesign
    {
        "title": "Bruk av tjenestedesign i Nittedal kommune",
        "slug": "tjenestedesign-boligtjenester-nittedal",
        "municipality": "Nittedal",
        "responsible_unit": "Boligtjenesten",
        "language": "nb",
        "summary": (
            "Nittedal kommune brukte tjenestedesign for å finne ut hva brukerne av "
            "boligtjenestene trenger, og hvilke verdier og oppgaver en framtidig organisering "
            "burde bygge på. Metoden er også tatt i bruk i flere andre endringsprosesser i "
            "kommunen."
        ),
        "background": (
            "<p>Nittedal kommune skulle vurdere hvordan boligtjenestene burde organiseres i "
            "framtiden. For at en ny modell ikke bare skulle tegnes ut fra interne hensyn, ville "
            "kommunen først skaffe seg innsikt i hvordan brukerne opplever tjenestene og hva de "
            "faktisk har behov for.</p>"
        ),
        "body": (
            "<p>Kommunen valgte tjenestedesign som metode. Tjenestedesign tar utgangspunkt i "
            "brukerens opplevelser og behov, og bruker innsikten til å utvikle tjenestene sammen "
            "med dem som skal bruke dem.</p>"
            "<p>I arbeidet med boligtjenestene hadde prosessen to formål: å forstå brukernes behov, "
            "og å avklare hvilke verdier og oppgaver en ny organisering av boligtjenestene "
            "bør bygge på.</p>"
            "<h3>Metoden brukes i flere prosesser</h3>"
            "<ul>"
            "<li>Første gang kommunen brukte tjenestedesign, gjaldt det forebyggende tjenester i et "
            "folkehelseperspektiv.</li>"
            "<li>Utviklingen av boligtjenestene er én av tre endringsprosesser der metoden er "
            "brukt.</li>"
            "<li>Metoden er også brukt i arbeidet med kommunens demensplan.</li>"
            "<li>I 2018 sto et fjerde prosjekt for tur: å gjøre søknaden om bistand til å "
            "skaffe bolig digital.</li>"
            "</ul>"
        ),
        "results": "",
        "tags": ["Tjenesteinnovasjon", "Brukermedvirkning", "Kartlegging"],
        "target_groups": ["Vanskeligstilte på boligmarkedet"],
        "phases": [2, 3],
        "start_year": 2017,
        "end_year": None,
        "last_reviewed": "2026-06-17",
    },
    # 7 ─ Ringsaker
    {
        "title": "Samordning og felles kontakt for boligsosiale spørsmål",
        "slug": "samordning-og-felles-kontakt-ringsaker",
        "municipality": "Ringsaker",
        "responsible_unit": "Servicesenteret",
        "language": "nb",
        "summary": (
            "Ringsaker kommune samlet i 2012–2013 boligsosiale oppgaver som tidligere var spredt "
            "på mange enheter. Servicesenteret ble kommunens felles kontaktpunkt for boligsosiale "
            "spørsmål og fikk et formelt ansvar for å koordinere arbeidet."
        ),
        "background": (
            "<p>Før omleggingen var ansvaret for de boligsosiale oppgavene i Ringsaker delt "
            "mellom mange enheter. NAV-kontoret tildelte kommunale boliger, tre pleie- og "
            "omsorgsdistrikter tildelte omsorgsboliger, og Husbankens virkemidler ble forvaltet et "
            "tredje sted. For innbyggerne betydde det flere dører å banke på, og for kommunen var "
            "det krevende å se innsatsen i sammenheng.</p>"
            "<p>Som deltaker i Husbankens boligsosiale utviklingsprogram tok kommunen tak i denne "
            "oppsplittingen.</p>"
        ),
        "body": (
            "<p>I 2012 og 2013 gjennomførte kommunen en omfattende samordning. Poenget var å samle "
            "oppgaver som hører sammen, hos én enhet, og gi én aktør ansvaret for helheten.</p>"
            "<ul>"
            "<li><strong>Servicesenteret</strong>, som fra før forvaltet startlån, tilskudd og "
            "bostøtte, overtok tildelingen av kommunale boliger fra NAV-kontoret og tildelingen av "
            "omsorgsboliger fra de tre pleie- og omsorgsdistriktene.</li>"
            "<li><strong>Bygg og eiendom</strong> fikk ansvaret for å forvalte hele den kommunale "
            "boligmassen, også omsorgsboligene.</li>"
            "<li><strong>Psykisk helse og rustjenester</strong> opprettet en egen avdeling for "
            "boligsosial oppfølging etter at rusteamet var flyttet over fra NAV-kontoret.</li>"
            "<li>Servicesenteret fikk i tillegg et formelt koordineringsansvar for boligsosiale "
            "oppgaver på tvers av enhetene.</li>"
            "</ul>"
        ),
        "results": (
            "<p>Innbyggerne har fått ett sted å henvende seg med boligsosiale spørsmål, og "
            "tildeling av bolig, startlån, tilskudd og bostøtte håndteres nå av samme enhet. "
            "Forvaltningen av boligene og oppfølgingen i bolig har hver sin tydelige eier.</p>"
        ),
        "tags": [
            "Samordning",
            "Boligsosialt utviklingsprogram",
            "Tildeling av bolig",
            "Kommunale utleieboliger",
        ],
        "target_groups": ["Vanskeligstilte på boligmarkedet"],
        "phases": [3, 4],
        "start_year": 2012,
        "end_year": 2013,
        "last_reviewed": "2026-07-01",
    },
    # 8 ─ Fjell (nynorsk)
    {
        "title": "Frå plan til handling og etablering av bustadkontor",
        "slug": "fra-plan-til-handling-bustadkontor-fjell",
        "municipality": "Fjell",
        "responsible_unit": "Bustadkontoret",
        "language": "nn",
        "summary": (
            "Etter at kommunedelplanen for bustadutvikling vart vedteken i 2014, gjekk Fjell "
            "kommune frå plan til handling. Kommunen sette av store summar til nye bustader, "
            "oppretta eit bustadkontor og skaffa 118 bustader i løpet av to år."
        ),
        "background": (
            "<p>I februar 2014 vedtok kommunestyret i Fjell Kommunedelplan for bustadutvikling "
            "2013–2020. Planarbeidet synte at kommunen hadde store utfordringar på det "
            "bustadsosiale feltet. I planperioden trong kommunen meir enn 200 nye kommunale "
            "bustader: utleigebustader, omsorgsbustader med bemanning heile døgnet og "
            "sjukeheimsplassar.</p>"
            "<p>Planen peika òg på at dei bustadsosiale oppgåvene måtte samordnast betre, og at "
            "kommunen burde nytte dei bustadsosiale verkemidla i større grad enn før.</p>"
        ),
        "body": (
            "<p>Kommunestyret sette av om lag 250 millionar kroner til investeringar i nye "
            "kommunale bustader i åra som kom. Det gav administrasjonen handlingsrom til å følgje "
            "opp planen i praksis.</p>"
            "<h3>Eitt kontor for anskaffing, tildeling og finansiering</h3>"
            "<p>For å samle ansvaret oppretta kommunen eit bustadkontor. Der er funksjonane for å "
            "skaffe bustader, tildele dei og hjelpe med bustadfinansiering no samla på éin "
            "stad.</p>"
            "<h3>Kapasitet og kompetanse</h3>"
            "<p>Fjell har arbeidd målretta med å byggje opp både kapasitet og kompetanse i "
            "organisasjonen, slik at kommunen er i stand til å gjennomføre det planen krev.</p>"
            "<h3>Busetjing av flyktningar</h3>"
            "<p>God drahjelp frå staten, saman med engasjement både hjå politikarane og i "
            "administrasjonen, gjorde at kommunen kunne ta på seg nye mål for busetjing av "
            "flyktningar. Samstundes vart dei kommunale tenestene styrkte for å handtere dei "
            "utfordringane flyktningkrisa førte med seg.</p>"
        ),
        "results": (
            "<p>Bustadkontoret skaffa 118 bustader i 2014 og 2015. Kommunestyret har sett av om "
            "lag 250 millionar kroner til nye kommunale bustader, og kommunen nådde dei nye måla "
            "for busetjing av flyktningar.</p>"
        ),
        "tags": [
            "Planarbeid",
            "Boligkontor",
            "Bosetting av flyktninger",
            "Kommunale utleieboliger",
            "Samordning",
        ],
        "target_groups": ["Vanskeligstilte på boligmarkedet", "Flyktninger"],
        "phases": [3, 4],
        "start_year": 2014,
        "end_year": None,
        "last_reviewed": "2026-08-19",
    },
    # 9 ─ Drammen
    {
        "title": "Boligtjenesten i Drammen kommune",
        "slug": "boligtjenesten-drammen",
        "municipality": "Drammen",
        "responsible_unit": "Boligtjenesten",
        "language": "nb",
        "summary": (
            "Drammen kommune har et velfungerende samarbeid med kriminalomsorgen som sørger for at "
            "innsatte som trenger et sted å bo, får oppfølging fra kommunen. Kommunen har også "
            "arbeidet med organisering og samarbeid internt for at boligsøkere skal få god "
            "oppfølging."
        ),
        "background": (
            "<p>Personer som løslates fra fengsel uten et sted å bo, står i fare for å bli "
            "bostedsløse og for å falle tilbake til kriminalitet. For å unngå dette må kommunen "
            "vite i god tid hvem som trenger bolig etter soning, og boligsøkere må ikke bli sendt "
            "fram og tilbake mellom ulike kontorer i kommunen.</p>"
        ),
        "body": (
            "<p>Drammen kommune har bygget opp en boligtjeneste som har et fast samarbeid med "
            "kriminalomsorgen. Når en innsatt har behov for bolig, blir kommunen involvert, slik at "
            "boligbehovet kan avklares og oppfølgingen planlegges.</p>"
            "<p>Samtidig har kommunen sett på sin egen organisering. Målet har vært at enhetene "
            "som møter boligsøkere, samarbeider på tvers, slik at den enkelte får helhetlig "
            "oppfølging og slipper å forholde seg til mange instanser hver for seg.</p>"
        ),
        "results": "",
        "tags": ["Kriminalomsorg", "Samordning", "Tverrfaglig samarbeid", "Oppfølging i bolig"],
        "target_groups": ["Løslatte fra fengsel", "Vanskeligstilte på boligmarkedet"],
        "phases": [3, 4],
        "start_year": None,
        "end_year": None,
        "last_reviewed": "2026-09-15",
    },
    # 10 ─ Holmestrand
    {
        "title": "Boligsosialt utviklingsprogram i Holmestrand 2011–2015",
        "slug": "boligsosialt-utviklingsprogram-holmestrand",
        "municipality": "Holmestrand",
        "responsible_unit": "Programledelsen, med ledere fra ni virksomheter",
        "language": "nb",
        "summary": (
            "Holmestrand kommune svarte på store boligsosiale utfordringer med en bred satsing "
            "i Husbankens boligsosiale utviklingsprogram i årene 2011–2015. Ledere fra ni "
            "virksomheter sto sammen om programmet, som omfattet alle nivåer fra politikk til "
            "praksis."
        ),
        "background": (
            "<p>Holmestrand hadde store boligsosiale utfordringer, og ansvaret for å løse dem var "
            "fordelt på mange deler av kommunen. Skulle kommunen lykkes, måtte innsatsen omfatte "
            "plan og bygg, kommunalteknikk, eiendom, økonomi, helse, omsorg og sosiale "
            "tjenester.</p>"
        ),
        "body": (
            "<p>Kommunen gikk inn i Husbankens boligsosiale utviklingsprogram og drev et "
            "intensivt programarbeid i perioden 2011–2015. Ledere fra ni av kommunens "
            "virksomheter deltok, og de hadde sammen ansvaret for programmets "
            "innsatsområder.</p>"
            "<h3>På tvers av sektorer og nivåer</h3>"
            "<p>Innsatsområdene gikk på tvers av alle de berørte ansvarsområdene, og programmet "
            "omfattet tre nivåer i kommunen:</p>"
            "<ul>"
            "<li><strong>Politisk nivå</strong>, der mål og rammer vedtas.</li>"
            "<li><strong>Strategisk nivå</strong>, der lederne prioriterer og samordner.</li>"
            "<li><strong>Operativt nivå</strong>, der tjenestene møter innbyggerne.</li>"
            "</ul>"
            "<p>Ved å samle ledere fra så mange virksomheter fikk kommunen en felles arena for å "
            "se virkemidler og tjenester i sammenheng.</p>"
        ),
        "results": (
            "<p>Programmet samlet ledere fra ni av kommunens virksomheter om felles boligsosiale "
            "innsatsområder i fem år, fra politisk til operativt nivå.</p>"
        ),
        "tags": [
            "Boligsosialt utviklingsprogram",
            "Samordning",
            "Planarbeid",
            "Tverrfaglig samarbeid",
        ],
        "target_groups": ["Vanskeligstilte på boligmarkedet"],
        "phases": [1, 3, 4],
        "start_year": 2011,
        "end_year": 2015,
        "last_reviewed": "2026-10-07",
    },
    # 11 ─ Trondheim fagressursgruppe
    {
        "title": "Fagressursgruppe bolig – tverrfaglig boligsosialt samarbeid",
        "slug": "fagressursgruppe-bolig-trondheim",
        "municipality": "Trondheim",
        "responsible_unit": "Helse og velferd, i samarbeid med NAV og Trondheim eiendom",
        "language": "nb",
        "summary": (
            "Trondheim kommune har etablert Fagressursgruppe bolig som kompetanseforum for det "
            "boligsosiale arbeidet. Gruppen skal sikre lik behandling, godt samarbeid mellom "
            "bydeler og etater og oversikt over boligbehovene i kommunen."
        ),
        "background": (
            "<p>I en stor kommune som Trondheim er det boligsosiale arbeidet fordelt på mange "
            "bydeler og etater. Uten en felles arena er det fare for at like saker behandles "
            "ulikt, at gode rutiner ikke deles, og at ingen har oversikt over det samlede "
            "boligbehovet.</p>"
        ),
        "body": (
            "<p>Fagressursgruppe bolig er et kompetanseforum som skal hjelpe kommunen å møte "
            "innbyggernes ulike boligbehov på en helhetlig måte. Alle som jobber boligsosialt, "
            "uansett hvor i kommunen, skal kunne bruke gruppen.</p>"
            "<h3>Hvem som er med</h3>"
            "<ul>"
            "<li>NAV</li>"
            "<li>helse- og velferdskontoret</li>"
            "<li>boligsosialt team for tildeling og bomiljø</li>"
            "<li>boligadministrasjonen i Trondheim eiendom</li>"
            "</ul>"
            "<h3>Oppgaver</h3>"
            "<ul>"
            "<li>legge til rette for at bydeler og etater samarbeider godt</li>"
            "<li>bidra til lik behandling av alle saker og drøfte saker av prinsipiell "
            "betydning</li>"
            "<li>løfte aktuelle problemstillinger til ledelsen på overordnet nivå</li>"
            "<li>lage rutiner og lære opp saksbehandlere</li>"
            "<li>kartlegge boligbehovene og ha oversikt over situasjonen både på det private og "
            "det kommunale boligmarkedet</li>"
            "</ul>"
        ),
        "results": "",
        "tags": ["Tverrfaglig samarbeid", "Samordning", "Kartlegging"],
        "target_groups": ["Vanskeligstilte på boligmarkedet"],
        "phases": [2, 4],
        "start_year": None,
        "end_year": None,
        "last_reviewed": "2026-11-04",
    },
    # 12 ─ Halden «En dør inn»
    {
        "title": "En dør inn – boligkoordinator og miljøvaktmester",
        "slug": "en-dor-inn-halden",
        "municipality": "Halden",
        "responsible_unit": "Boligforvaltningen",
        "language": "nb",
        "summary": (
            "I Halden er boligforvaltningen og oppfølgingen av vanskeligstilte samlet bak «én "
            "dør». Boligkoordinatoren, NAVs boligkontakt og miljøvaktmestrene utgjør et team som "
            "har ansvar for både bolig og oppfølging."
        ),
        "background": (
            "<p>Vanskeligstilte som trenger hjelp med bolig, møter ofte mange instanser: én "
            "forvalter boligen, en annen har ansvar for økonomi og ytelser, en tredje tar seg av "
            "praktiske forhold i bomiljøet. Halden kommune ønsket å gjøre dette enklere for "
            "innbyggerne og mer sammenhengende for tjenestene.</p>"
        ),
        "body": (
            "<p>Løsningen ble å organisere både forvaltningen av boligene og oppfølgingen av "
            "beboerne gjennom «en dør». Bak døren står et team med tre roller:</p>"
            "<ul>"
            "<li><strong>Boligkoordinator</strong>, som har oversikt over boligene og samordner "
            "arbeidet.</li>"
            "<li><strong>Boligkontakt i NAV</strong>, som knytter boligarbeidet til NAVs "
            "virkemidler og oppfølging.</li>"
            "<li><strong>Miljøvaktmestere</strong>, som er til stede i bomiljøene og kan fange "
            "opp problemer tidlig.</li>"
            "</ul>"
            "<p>Innbyggeren får ett sted å henvende seg, og boligforvaltning og oppfølging ses i "
            "sammenheng.</p>"
        ),
        "results": "",
        "tags": [
            "Samordning",
            "Oppfølging i bolig",
            "Kommunale utleieboliger",
            "Tverrfaglig samarbeid",
        ],
        "target_groups": ["Vanskeligstilte på boligmarkedet"],
        "phases": [3, 4],
        "start_year": None,
        "end_year": None,
        "last_reviewed": "2026-12-02",
    },
    # 13 ─ Trondheim tildeling
    {
        "title": "Tildeling av kommunale utleieboliger med tjenester",
        "slug": "tildeling-utleieboliger-med-tjenester-trondheim",
        "municipality": "Trondheim",
        "responsible_unit": "Boligsosialt team – tildeling, Helse og velferd",
        "language": "nb",
        "summary": (
            "Trondheim kommune la om tildelingen av kommunale utleieboliger til personer som "
            "trenger omfattende tjenester. Målet var kortere saksbehandling, mindre tomgangsleie, "
            "at tjenesteyterne ble involvert, og at beboerne var bedre forberedt."
        ),
        "background": (
            "<p>Personer som trenger både en kommunal utleiebolig og omfattende tjenester, er "
            "avhengige av at tildelingen av bolig og planleggingen av tjenester henger sammen. "
            "Saksbehandlingen kunne ta lang tid, boliger ble stående tomme mellom leietakerne, og "
            "de som skulle yte tjenestene, var ikke alltid med når boligen ble tildelt.</p>"
        ),
        "body": (
            "<p>Kommunen omorganiserte tildelingsprosessen for denne gruppen. Omleggingen hadde "
            "flere mål:</p>"
            "<ul>"
            "<li>kortere saksbehandlingstid</li>"
            "<li>mindre tomgangsleie, altså kortere perioder der boliger står ubebodd</li>"
            "<li>at helse- og velferdssentrene, botiltakene og den som skal yte tjenestene, er "
            "med i tildelingsprosessen</li>"
            "<li>at beboeren på forhånd blir forberedt på hva slags botilbud han eller hun har "
            "fått</li>"
            "</ul>"
            "<h3>Hvem ordningen gjelder</h3>"
            "<ul>"
            "<li>personer med utviklingshemming</li>"
            "<li>yngre personer med fysisk funksjonsnedsettelse</li>"
            "<li>personer med psykiske lidelser</li>"
            "<li>personer med rusproblemer</li>"
            "</ul>"
        ),
        "results": "",
        "tags": [
            "Tildeling av bolig",
            "Kommunale utleieboliger",
            "Samordning",
            "Rus og psykisk helse",
        ],
        "target_groups": [
            "Personer med utviklingshemming",
            "Personer med nedsatt funksjonsevne",
            "Personer med psykiske lidelser",
        ],
        "phases": [3, 4],
        "start_year": None,
        "end_year": None,
        "last_reviewed": "2026-02-24",
    },
    # 14 ─ Elverum
    {
        "title": "Boligflytprosedyre",
        "slug": "boligflytprosedyre-elverum",
        "municipality": "Elverum",
        "responsible_unit": "Helse og omsorg, boligtildeling",
        "language": "nb",
        "summary": (
            "Elverum kommune begynte i 2011 å lage en boligflytprosedyre som gir klare "
            "ansvarsforhold og samarbeid på tvers, fra tildeling av bolig til oppfølging av "
            "leietakeren. Prosedyren ligger i kvalitetssystemet og oppdateres når nye "
            "utfordringer dukker opp."
        ),
        "background": (
            "<p>Når mange enheter har en rolle i tildeling av bolig og oppfølging av leietakere, "
            "blir ansvaret lett uklart. Elverum kommune så behov for en felles beskrivelse av "
            "hvem som gjør hva – både når en innbygger får kommunal bolig, og når leietakeren "
            "skal videre til en bolig vedkommende selv eier eller leier.</p>"
        ),
        "body": (
            "<p>I 2011 startet kommunen arbeidet med en boligflytprosedyre. Prosedyren beskriver "
            "samarbeidet mellom enhetene og fordeler ansvaret gjennom hele løpet, fra tildelingen "
            "til oppfølgingen av leietakeren på vei mot egen eid eller leid bolig.</p>"
            "<h3>Et levende dokument</h3>"
            "<p>Prosedyren er aldri helt ferdig. Oppstår det nye utfordringer, tas saken tak i, og "
            "når partene er enige om en løsning, kan den skrives inn i prosedyren.</p>"
            "<h3>Forankret i kvalitetssystemet</h3>"
            "<p>Boligflytprosedyren er lagt inn i kommunens kvalitetssystem. Dermed kan avvik "
            "meldes og følges opp på samme måte som i resten av tjenestene.</p>"
        ),
        "results": "",
        "tags": [
            "Tildeling av bolig",
            "Samordning",
            "Oppfølging i bolig",
            "Kommunale utleieboliger",
        ],
        "target_groups": ["Vanskeligstilte på boligmarkedet"],
        "phases": [3, 4, 5],
        "start_year": 2011,
        "end_year": None,
        "last_reviewed": "2026-03-30",
    },
    # 15 ─ Oslo, bydel Bjerke
    {
        "title": "Fra ungdom til voksen",
        "slug": "fra-ungdom-til-voksen-bjerke-oslo",
        "municipality": "Oslo",
        "responsible_unit": "Bydel Bjerke, barneverntjenesten og NAV",
        "language": "nb",
        "summary": (
            "Bydel Bjerke i Oslo utviklet prosjektet «Fra ungdom til voksen» for å styrke "
            "innsatsen overfor ungdom mellom 17 og 25 år. Prosjektet ga tettere samarbeid mellom "
            "barneverntjenesten og NAV og var en del av bydelens boligsosiale utviklingsprogram "
            "2011–2015."
        ),
        "background": (
            "<p>Overgangen fra ungdom til voksen er sårbar, særlig for unge som har hatt tiltak "
            "fra barnevernet. Når barnevernets ansvar tar slutt og NAV overtar, kan de unge falle "
            "mellom to stoler – også når det gjelder å skaffe seg og beholde en bolig.</p>"
            "<p>Bydel Bjerke så at innsatsen for ungdom i alderen 17–25 år måtte økes, og at "
            "barneverntjenesten og NAV måtte samarbeide tettere.</p>"
        ),
        "body": (
            "<p>Prosjektet ble utviklet innenfor Husbankens boligsosiale utviklingsprogram (BOSO), "
            "som bydelen deltok i fra 2011 til 2015. Programmet ga rammer og støtte til å "
            "utvikle prosjektet, som igjen skulle bidra til et mer helhetlig boligsosialt arbeid "
            "i bydelen.</p>"
            "<p>Kjernen var at barneverntjenesten og NAV samarbeidet tettere om de unge, slik "
            "at overgangen til voksenlivet – og til egen bolig – ble planlagt i fellesskap.</p>"
        ),
        "results": "",
        "tags": ["Barn og unge", "Tverrfaglig samarbeid", "Boligsosialt utviklingsprogram"],
        "target_groups": ["Ungdom og unge voksne"],
        "phases": [3, 4],
        "start_year": 2011,
        "end_year": 2015,
        "last_reviewed": "2026-05-27",
    },
    # 16 ─ Karmøy
    {
        "title": "Boligsosialt arbeid i Karmøy kommune",
        "slug": "boligsosialt-arbeid-karmoy",
        "municipality": "Karmøy",
        "responsible_unit": "Boligsosialt team",
        "language": "nb",
        "summary": (
            "Karmøy kommune har siden tidlig på 2000-tallet arbeidet systematisk med å bosette "
            "personer med rusproblemer og flyktninger, og med å styrke samhandlingen internt. "
            "Det langvarige arbeidet har gitt god oversikt og færre akutte kriser."
        ),
        "background": (
            "<p>Som mange kommuner har Karmøy innbyggere som trenger bistand for å få og "
            "beholde en bolig, blant dem personer med rusproblemer og flyktninger som skal "
            "bosettes. Uten et systematisk arbeid risikerer en kommune å havne i en situasjon der "
            "den stadig må håndtere akutte og alvorlige saker.</p>"
        ),
        "body": (
            "<p>Fra begynnelsen av 2000-tallet har kommunen arbeidet målrettet for å bosette "
            "personer med rusproblemer i boliger rundt om i kommunen.</p>"
            "<p>Karmøy har alltid tatt imot flyktninger, og over tid har kommunen fått til å "
            "bosette de fleste av dem i det private leiemarkedet.</p>"
            "<p>I tillegg har kommunen lagt mye arbeid i den interne samhandlingen, slik at "
            "enhetene jobber sammen om det boligsosiale arbeidet i stedet for hver for seg.</p>"
        ),
        "results": (
            "<p>Mange års satsing har gitt resultater. Kommunen har god oversikt over både behov "
            "og utfordringer på det boligsosiale området, og de fleste flyktningene bosettes i "
            "private leieboliger. Fordi arbeidet er systematisk, slipper kommunen stort sett de "
            "alvorlige, akutte krisene.</p>"
        ),
        "tags": [
            "Samordning",
            "Bosetting av flyktninger",
            "Rus og psykisk helse",
            "Tverrfaglig samarbeid",
        ],
        "target_groups": ["Personer med rusproblemer", "Flyktninger"],
        "phases": [4, 5],
        "start_year": 2000,
        "end_year": None,
        "last_reviewed": "2026-07-22",
    },
    # 17 ─ Larvik «Solid planarbeid gir boligsosial suksess»
    {
        "title": "Solid planarbeid gir boligsosial suksess",
        "slug": "solid-planarbeid-larvik",
        "municipality": "Larvik",
        "responsible_unit": "Programledelsen for det boligsosiale programarbeidet",
        "language": "nb",
        "summary": (
            "Larvik brukte god tid på planer, samarbeidsstruktur og verdier i starten av sitt "
            "boligsosiale programarbeid. Det som kunne virke som en langsom start, har gjort "
            "kommunen til et forbilde for andre i boligplanlegging."
        ),
        "background": (
            "<p>Når en kommune går inn i et boligsosialt programarbeid, er forventningen ofte at "
            "tiltak skal komme raskt på plass. I Larvik valgte man i stedet å bruke tid på å legge "
            "et solid grunnlag før tiltakene ble satt i gang.</p>"
        ),
        "body": (
            "<p>Det første arbeidet handlet om å få på plass planer, en tydelig "
            "samarbeidsstruktur og et felles verdigrunnlag. Sett utenfra kunne det virke som om "
            "kommunen kom sakte i gang, men grunnarbeidet ble fundamentet for alt som kom "
            "etterpå.</p>"
            "<h3>En helhetlig tilnærming</h3>"
            "<p>Kommunen la vekt på å se det boligsosiale arbeidet i sammenheng med resten av "
            "planverket, slik at boligplanleggingen ble samordnet med kommunens øvrige "
            "planer.</p>"
            "<h3>Fra plan til handling</h3>"
            "<p>Erfaringene fra fire år med planarbeid viser hvordan en kommune kan omsette planer "
            "i konkret handling når grunnlaget er godt nok.</p>"
        ),
        "results": (
            "<p>Andre kommuner ser nå til Larvik når de skal planlegge boliger og gjøre planer om "
            "til handling. Planarbeidet de siste fire årene brukes som et eksempel til "
            "etterfølgelse.</p>"
        ),
        "tags": ["Planarbeid", "Boligsosialt utviklingsprogram", "Samordning"],
        "target_groups": ["Vanskeligstilte på boligmarkedet"],
        "phases": [1, 2, 3],
        "start_year": None,
        "end_year": None,
        "last_reviewed": "2026-09-02",
    },
    # 18 ─ Levanger (NTNU Samfunnsforskning 2018)
    {
        "title": "Ett samlet vedtak og tverrfaglig samarbeid om bolig og tjenester ved ROP-lidelser",
        "slug": "rop-samlet-vedtak-levanger",
        "municipality": "Levanger",
        "responsible_unit": "Helse- og omsorgstorget",
        "language": "nb",
        "summary": (
            "Levanger kommune slår sammen alle enkeltvedtak om bolig og tjenester til personer "
            "som har både rusproblemer og psykiske lidelser, til ett samlet vedtak. Sammen med en felles "
            "tildelingsenhet, en tverrfaglig boligsosial ressursgruppe og bevisst "
            "relasjonsbygging gir det et mer samordnet tilbud."
        ),
        "background": (
            "<p>Levanger er en trøndersk kommune med om lag 20 000 innbyggere og 378 kommunalt "
            "disponerte utleieboliger, hvorav rundt 200 er omsorgsboliger. Kommunen har lang "
            "erfaring med bosetting av flyktninger. Som vertskommune for Levanger sykehus får den "
            "tilflytting av personer som vil bo nær sykehusets tilbud innen psykiatri og rus, og "
            "stadig flere unge under 25 år trenger omfattende oppfølging – mange av dem på grunn "
            "av rus og psykiske lidelser.</p>"
            "<p>Kommunen har over tid erkjent at det boligsosiale arbeidet var oppsplittet på mange "
            "enheter, og at samarbeidsrutinene ikke var gode nok. Gjennom studiet «Boligsosial "
            "ledelse» ved Høgskolen i Nord-Trøndelag (2010–2011), utviklingsprosjektet "
            "«Boligsosialt arbeid og planlegging» med Møreforsking (2012), interne fagdager og "
            "Husbankens temanettverk har kommunen bygget kompetanse og laget en boligsosial "
            "handlingsplan.</p>"
        ),
        "body": (
            "<h3>Felles tildeling av bolig og tjenester</h3>"
            "<p>Etter en omorganisering har Levanger én felles tildelingsenhet. Helse- og "
            "omsorgstorget tar imot og avgjør søknadene om helse- og omsorgstjenester og har "
            "også ansvaret for å tildele kommunale boliger. Det gir oversikt over alle boligsøkere og ledige boliger og "
            "bidrar til lik behandling. Bygg og eiendom forvalter boligene og husleiekontraktene, "
            "servicekontoret har de statlige virkemidlene, og NAV har ansvar for akutte tilbud og "
            "økonomisk stønad. Hjemmetjenestene yter tjenester i boligen uansett hvem som eier "
            "den, og det er funksjonsnivået, ikke diagnosen, som avgjør hvem som har "
            "hovedansvaret.</p>"
            "<h3>Ett samlet vedtak</h3>"
            "<p>Søkerne kartlegges i samtaler som avdekker både boligbehov og tjenestebehov, og "
            "helst er tjenesteyterne fra psykisk helse og rus med allerede da. Deretter slås "
            "vedtakene om bolig og tjenester sammen til ett – en ordning Fylkesmannen har godtatt. "
            "Tjenesteyterne vet da hvem andre som er inne, og brukeren finner hele bo- og "
            "tjenestetilbudet på ett sted. Endrer behovet seg, kan vedtaket justeres.</p>"
            "<h3>Tverrfaglig boligsosial ressursgruppe</h3>"
            "<p>En ressursgruppe der NAV, servicekontoret, Helse- og omsorgstorget, Bygg og "
            "eiendom, psykisk helse/oppfølgingstjenesten, barneverntjenesten og "
            "flyktningtjenesten er representert, møtes hver måned for å følge opp tiltakene "
            "i den boligsosiale handlingsplanen. Gruppen drøfter overordnede spørsmål, ikke "
            "enkeltsaker, og representerer også kommunen i samarbeidet med Husbanken.</p>"
            "<h3>Normalisering, koordinering og relasjoner</h3>"
            "<ul>"
            "<li>Kommunen har ingen egne ROP-boliger. Personer med ROP-lidelser bor i ordinære "
            "kommunale utleieboliger, ut fra en tanke om normalisering.</li>"
            "<li>Rusteamet har som regel koordinatorrollen, og alle som har krav på det, får "
            "koordinator og individuell plan.</li>"
            "<li>Fastlegene stiller ofte i ansvarsgruppemøter og er lette å nå elektronisk.</li>"
            "<li>De ansatte oppsøker brukerne der de er – i parken, på kafé eller hjemme – for å "
            "bygge tillit, men er samtidig tydelige på hva kommunen kan og ikke kan tilby.</li>"
            "</ul>"
        ),
        "results": (
            "<p>Kommunen framhever selv tre grep: samlet vedtak, relasjonsbygging og god "
            "kommunikasjon i tjenesteytingen, og fleksibilitet og respekt i samarbeidet med resten "
            "av hjelpeapparatet. De ansatte opplever lav terskel for å kontakte hverandre på tvers "
            "og god kommunikasjon rundt den enkelte bruker.</p>"
            "<p>Samtidig peker de på svakheter: informasjonsflyten på systemnivå er dårligere, "
            "journalsystemet gjør deling av informasjon tungvint, og skillet mellom tildeling og "
            "boligforvaltning gir et informasjonsgap. En boligkoordinator som kunne vært "
            "bindeleddet, har kommunen politisk besluttet ikke å opprette.</p>"
        ),
        "tags": [
            "Rus og psykisk helse",
            "Tildeling av bolig",
            "Samordning",
            "Tverrfaglig samarbeid",
            "Brukermedvirkning",
        ],
        "target_groups": ["Personer med rusproblemer", "Personer med psykiske lidelser"],
        "phases": [4, 5],
        "start_year": 2010,
        "end_year": None,
        "last_reviewed": "2026-04-08",
    },
    # 19 ─ Ålesund (NTNU Samfunnsforskning 2018)
    {
        "title": "Trepartssamarbeid om tildeling og samlet virksomhet for psykisk helse og rus",
        "slug": "rop-trepartssamarbeid-alesund",
        "municipality": "Ålesund",
        "responsible_unit": "Virksomhet psykisk helse og rus",
        "language": "nb",
        "summary": (
            "Ålesund kommune tildeler boliger til personer med ROP-lidelser i faste møter mellom "
            "tildelingskontoret, Ålesund kommunale eiendom og NAV. Kommunen har slått sammen "
            "psykisk helse og rus til én virksomhet, ansatt erfaringskonsulenter og brukt "
            "prosjektmidler til å bygge opp et bredt tilbud av tiltak."
        ),
        "background": (
            "<p>Ålesund hadde om lag 47 000 innbyggere da studien ble gjort, og er den største "
            "byen mellom Bergen og Trondheim. Den kommunale boligmassen teller i overkant av "
            "900 boenheter, hvorav rundt 400 er tilrettelagt med personalbase eller fysisk "
            "tilpasning. Det boligsosiale arbeidet ligger i hovedsak hos tre aktører: Team Helse "
            "og velferd, tildelingskontoret for helse- og omsorgstjenester og det kommunale "
            "foretaket Ålesund kommunale eiendom (ÅKE).</p>"
            "<p>En kartlegging Møreforsking gjorde i kommunen, viste at det boligsosiale arbeidet "
            "var spredt på mange enheter, fragmentert og bare delvis koordinert – en informant "
            "kalte det et spindelvev. Kommunen har en ruspolitisk handlingsplan og en psykisk "
            "helseplan, men ingen felles plan eller uttalt verdigrunnlag for arbeidet med "
            "ROP-gruppen.</p>"
        ),
        "body": (
            "<h3>Mange veier inn</h3>"
            "<p>Kommunen har mange innganger som skal sikre at de som trenger hjelp, blir oppdaget: "
            "erfaringskonsulenter som oppsøker miljøet, ambulerende rusteam, fastleger, "
            "Frelsesarmeens varmestue og tildelingskontoret. Den som tar kontakt, blir loset "
            "videre. Ofte kartlegger NAV først livssituasjonen og økonomien og kobler deretter på "
            "tjenester innen rus og psykisk helse.</p>"
            "<h3>Faste tildelingsmøter i et trepartssamarbeid</h3>"
            "<p>Boliger tildeles av tildelingskontoret, ÅKE og NAV i fellesskap, i møter som er "
            "berammet i god tid og holdes omtrent hver måned, oftere ved behov. Alle tre parter "
            "skal være representert. Her avgjøres det om søkeren skal ha en ordinær utleiebolig "
            "eller en tilrettelagt bolig med oppfølging; de som trenger oppfølging på dagtid eller "
            "hele døgnet, behandles i egne møter med egne ventelister. Blir partene ikke enige, har "
            "ÅKE det avgjørende ordet, og søkeren får et vedtak som kan påklages.</p>"
            "<h3>Psykisk helse og rus i én virksomhet</h3>"
            "<p>Psykiske helsetjenester og rustjenester var tidligere to fagenheter, men er slått "
            "sammen til Virksomhet psykisk helse og rus. Samlokalisering gjør det lett å dele "
            "informasjon, og mange av brukerne er uansett felles. Virksomheten har 17 ulike tiltak "
            "– noen for rus, noen for psykisk helse og noen for begge – fra oppfølging etter "
            "institusjonsbehandling og rushabilitering til ambulerende team, oppfølging i egen "
            "bolig og skadereduksjon. Fleksibiliteten ligger i å kunne bytte til et bedre egnet "
            "tiltak, ikke i å tilpasse hvert tiltak individuelt. Housing First er startet som "
            "prosjekt og har forsterket tenkningen om brukermedvirkning i tildelingen.</p>"
            "<h3>Brukerinvolvering og boligkarriere</h3>"
            "<ul>"
            "<li>Kommunen har ansatt to erfaringskonsulenter på rusfeltet og ønsker på sikt en "
            "tilsvarende stilling innen psykisk helse.</li>"
            "<li>Beboere i kommunale boliger får vite at de i løpet av den treårige "
            "leiekontrakten skal jobbe for å komme over i en annen bolig, og mange kjøper egen bolig "
            "med startlån.</li>"
            "<li>Det er gjennomført brukerundersøkelser, og et brukerutvalg er under "
            "etablering.</li>"
            "</ul>"
        ),
        "results": (
            "<p>Kommunen opplever at sammenslåingen av psykisk helse og rus har gitt tettere og "
            "bedre samarbeid, og at erfaringskonsulentene har skjerpet brukerfokuset og skapt "
            "tillit ute i miljøet. Mange pilotprosjekter finansiert med prosjektmidler er gått over "
            "i ordinær drift, noe som har gitt flere ansatte og et bredere tilbud.</p>"
            "<p>Veksten har samtidig gjort det krevende å rekruttere nok fagfolk, og en del ansatte "
            "mangler formell kompetanse på feltet. Kommunen planlegger derfor et internt "
            "opplæringsprogram for nye medarbeidere.</p>"
        ),
        "tags": [
            "Rus og psykisk helse",
            "Tildeling av bolig",
            "Samordning",
            "Brukermedvirkning",
            "Tverrfaglig samarbeid",
        ],
        "target_groups": ["Personer med rusproblemer", "Personer med psykiske lidelser"],
        "phases": [3, 4],
        "start_year": None,
        "end_year": None,
        "last_reviewed": "2026-06-03",
    },
    # 20 ─ Kristiansund (NTNU Samfunnsforskning 2018)
    {
        "title": "Boligsosial arbeidsgruppe, Tollåsenga og Housing First for personer med ROP-lidelser",
        "slug": "rop-tollasenga-housing-first-kristiansund",
        "municipality": "Kristiansund",
        "responsible_unit": "Boligsosial arbeidsgruppe",
        "language": "nb",
        "summary": (
            "Kristiansund kommune har siden 2007 hatt en tverretatlig boligsosial arbeidsgruppe "
            "og har lenge satt brukermedvirkning i sentrum. Samlet tildeling, oppgraderingen av "
            "boområdet Tollåsenga og Housing First er sentrale grep i arbeidet for personer med "
            "ROP-lidelser."
        ),
        "background": (
            "<p>Kristiansund har rundt 25 000 innbyggere og disponerer om lag 700 kommunale "
            "boenheter: 400 omsorgsboliger og 300 ordinære utleieboliger. Rundt 300 personer "
            "mottar psykiatriske tjenester og om lag 170 rustjenester, og mange får begge deler. "
            "Kommunen skiller seg ut med boområdet Tollåsenga, der over 100 kommunale boenheter "
            "ligger tett samlet nær sentrum. I perioder har 40–50 prosent av beboerne der hatt "
            "rus- eller psykiske lidelser.</p>"
            "<p>Erfaringene fra Tollåsenga har preget det boligsosiale arbeidet og gjort at bolig "
            "og tjenester ses i sammenheng. Allerede i den boligsosiale handlingsplanen fra 2011 "
            "ble det vedtatt at kommunen skal arbeide særskilt for ROP-gruppen.</p>"
        ),
        "body": (
            "<h3>Forankring i en boligsosial arbeidsgruppe</h3>"
            "<p>En tverrfaglig og tverretatlig boligsosial arbeidsgruppe ble vedtatt politisk og "
            "opprettet i 2007. Den består av lederne for fem enheter – Eiendomsdrift, NAV, "
            "Flyktning- og innvandrertjenesten, Enhet psykisk helse og rus og Tildelings- og "
            "koordineringstjenesten – og dessuten kommunalsjefen for helse, omsorg og sosial. "
            "Gruppen skal møtes hver tredje uke og tar opp alt fra enkeltsaker til forslag om "
            "større tiltak. Kompliserte saker kan ikke behandles uten at alle etatene er til "
            "stede.</p>"
            "<h3>Samlet tildeling</h3>"
            "<p>Før tildelte forvaltningskontoret omsorgsboliger, mens Eiendomsdrift tildelte de "
            "ordinære utleieboligene. Nå saksbehandler Tildeling og koordinering alle saker og "
            "fatter vedtak om både bolig og tjenester. Det holdes tildelingsmøter for bolig og "
            "inntaksmøter for tjenester annenhver uke, og alle enheter dokumenterer i samme "
            "tverrfaglige journal.</p>"
            "<h3>Tollåsenga – oppgradering og felles verdigrunnlag</h3>"
            "<p>Om lag 60 prosent av boligene og uteområdene i Tollåsenga er vesentlig oppgradert, "
            "med utgangspunkt i beboernes ønsker fra prosjektet «Stolt beboer». Gjennom "
            "Tollåsengaakademiet fra 2013 har beboere og ansatte fått samme opplæring for å bygge "
            "et felles verdigrunnlag. Området har treffsted og miljøvaktmestere, og det etableres "
            "treningsleiligheter med oppfølging hele døgnet for unge mellom 18 og 25 år i "
            "ROP-gruppen. Kommunen vil innføre en recoverybasert tilnærming fra 2019.</p>"
            "<h3>Housing First og brukermedvirkning</h3>"
            "<p>Housing First startet i februar 2018 med et team på 4,5 årsverk, med bakgrunn som "
            "blant annet sosionom, vernepleier, byggmester og erfaringskonsulent. Brukermedvirkning har vært "
            "en gjennomgående tråd helt siden et eget brukermedvirkningsprosjekt i 2007, der et "
            "brukerråd var med på å oppgradere en kommunal boligblokk. Treffstedet Tempokjelleren "
            "er brukerstyrt, og brukerorganisasjoner og beboere er representert i "
            "styringsgruppene.</p>"
        ),
        "results": (
            "<p>Etter ti måneders drift hadde Housing First nærmere 40 personer i "
            "kartleggingsfasen og 8 deltakere med vedtaksfestet deltakeravtale. Kommunen har 9 "
            "modulhus og arbeider for å etablere flere, selv om plasseringen nesten alltid skaper "
            "konflikt med naboene.</p>"
            "<p>De ansatte beskriver korte tjenesteveier og god samhandling fordi de kjenner "
            "hverandre, men savner skriftlige rutiner og et felles system for kommunikasjon. Det "
            "mangler også bofellesskap som passer for personer i aktiv rus, og kontakten med NAV "
            "oppleves som tungvint.</p>"
        ),
        "tags": [
            "Rus og psykisk helse",
            "Brukermedvirkning",
            "Tildeling av bolig",
            "Tverrfaglig samarbeid",
            "Samordning",
        ],
        "target_groups": [
            "Personer med rusproblemer",
            "Personer med psykiske lidelser",
            "Bostedsløse",
        ],
        "phases": [3, 4, 5],
        "start_year": 2007,
        "end_year": None,
        "last_reviewed": "2026-10-28",
    },
]
