"""Glossary terms the work processes use, beyond the first 35 (glossary.py).

Written for the portal from the processes' public sources (see demo/data/processes/); terms
that several processes needed are merged by slug into one definition. Plain data.
"""

TERMS = [
    {
        "term": "Arealdel",
        "slug": "arealdel",
        "definition": (
            "Den delen av kommuneplanen som viser hvordan arealene i kommunen skal brukes, med "
            "plankart, bestemmelser og planbeskrivelse. Plankartet og bestemmelsene er juridisk "
            "bindende. Gjennom arealdelen kan kommunen sette av areal til boliger, tjenesteyting og "
            "grøntområder."
        ),
        "variants": ["arealdel", "arealdelen", "arealdeler", "kommuneplanens arealdel"],
        "related": ["kommuneplan", "reguleringsplan", "samfunnsdel"],
    },
    {
        "term": "Asylmottak",
        "slug": "asylmottak",
        "definition": (
            "Et frivillig og midlertidig botilbud for personer som har søkt beskyttelse i Norge. "
            "Utlendingsdirektoratet (UDI) har ansvaret og kjøper driften av organisasjoner, kommuner "
            "eller private selskaper. Det finnes blant annet ordinære mottak, transittmottak og "
            "tilrettelagte avdelinger. Flyktninger som har fått opphold, bor ofte i mottaket til de "
            "blir bosatt i en kommune."
        ),
        "variants": [
            "asylmottak",
            "asylmottaket",
            "asylmottakene",
            "mottak",
            "mottaket",
            "mottaka",
        ],
        "related": ["flyktning", "opplaering-i-mottak"],
    },
    {
        "term": "Avtalt selvbosetting",
        "slug": "avtalt-selvbosetting",
        "definition": (
            "En ordning der en flyktning som ikke har fått tildelt bosettingskommune, selv finner en "
            "bolig og blir bosatt i kommunen der boligen ligger, etter avtale mellom IMDi og "
            "kommunen. Flyktningen teller med i kommunens vedtatte antall og beholder retten til "
            "introduksjonsprogram. Ikke alle kommuner tillater ordningen."
        ),
        "variants": [
            "avtalt selvbosetting",
            "avtalt selvbosettingen",
            "selvbosetting",
            "avtalt sjølvbusetjing",
            "sjølvbusetjing",
        ],
        "related": ["bosettingskommune", "flyktning"],
    },
    {
        "term": "Balansert leiekontrakt",
        "slug": "balansert-leiekontrakt",
        "definition": (
            "En leiekontrakt der rettigheter og plikter er rimelig fordelt mellom utleier og "
            "leietaker, i tråd med husleieloven. Standardkontraktene fra Leieboerforeningen, "
            "Forbrukerrådet og Huseierne er eksempler på slike kontrakter."
        ),
        "variants": [
            "balansert leiekontrakt",
            "balanserte leiekontrakter",
            "balansert leieavtale",
            "standardkontrakt",
            "standardkontrakter",
        ],
        "related": ["tidsbestemt-leieavtale", "depositum"],
    },
    {
        "term": "Bedringsprosess",
        "slug": "bedringsprosess",
        "definition": (
            "Den personlige prosessen der et menneske med psykiske helseproblemer eller rusproblemer "
            "arbeider for å få et godt og meningsfullt liv, med eller uten symptomer. På engelsk "
            "kalles tilnærmingen recovery. Tjenestene skal støtte prosessen, og brukeren er en aktiv "
            "deltaker i den."
        ),
        "variants": [
            "bedringsprosess",
            "bedringsprosessen",
            "bedringsprosesser",
            "recovery",
            "recoveryorientert",
            "betringsprosess",
        ],
        "related": ["brukermedvirkning", "rop-lidelser"],
    },
    {
        "term": "Begjæring om fravikelse",
        "slug": "begjaering-om-fravikelse",
        "definition": (
            "Utleierens skriftlige krav til namsfogden, eller til tingretten, om at en leieboer skal "
            "fravikes. Begjæringen kan først sendes når leieboeren har fått et varsel med 14 dagers "
            "frist uten å rette seg etter det. Mange kaller den «begjæring om utkastelse»."
        ),
        "variants": [
            "begjæring om fravikelse",
            "begjæringen om fravikelse",
            "begjæring om utkastelse",
            "begjæringer om utkastelse",
            "begjæringen om utkastelse",
            "begjæringar om utkastelse",
            "utkastelsesbegjæring",
            "utkastelsesbegjæringer",
        ],
        "related": ["fravikelse", "utkastelse", "namsfogden"],
    },
    {
        "term": "Betjeningsevne",
        "slug": "betjeningsevne",
        "definition": (
            "Evnen til å betale renter og avdrag på et lån over tid og samtidig ha nok igjen til "
            "nødvendige utgifter til livsopphold. Betjeningsevnen beregnes ut fra husstandens "
            "inntekter og alle relevante utgifter, og er avgjørende når kommunen vurderer startlån."
        ),
        "variants": ["betjeningsevne", "betjeningsevnen", "betjeningsevna"],
        "related": ["startlan", "refinansiering"],
    },
    {
        "term": "Bofellesskap",
        "slug": "bofellesskap",
        "definition": (
            "I omsorgssektoren en gruppe boliger der hver privat boenhet er ganske selvstendig, "
            "gjerne med to rom og et areal på 40–55 kvadratmeter. Beboerne kan ha egen eller felles "
            "husholdning og deler som regel fellesarealer og personalbase."
        ),
        "variants": [
            "bofellesskap",
            "bofellesskapet",
            "bofellesskaper",
            "bofellesskapene",
            "bufellesskap",
            "bufellesskapet",
        ],
        "related": ["bokollektiv", "omsorgsbolig", "samlokaliserte-boliger"],
    },
    {
        "term": "Bokollektiv",
        "slug": "bokollektiv",
        "definition": (
            "I omsorgssektoren en gruppe mindre boenheter, under 40 kvadratmeter, med større "
            "fellesareal. Det anbefales at enhetene er på over 30 kvadratmeter, slik at stue og "
            "soverom kan skilles. Boformen passer best for personer som trenger mye omsorg og tilsyn "
            "av fast personale."
        ),
        "variants": [
            "bokollektiv",
            "bokollektivet",
            "bokollektiver",
            "bokollektivene",
            "bukollektiv",
            "bukollektivet",
        ],
        "related": ["bofellesskap", "omsorgsbolig"],
    },
    {
        "term": "Boligsosialloven",
        "slug": "boligsosialloven",
        "definition": (
            "Lov om kommunenes ansvar på det boligsosiale feltet, i kraft fra 1. juli 2023. Loven "
            "skal forebygge boligsosiale utfordringer og sikre at vanskeligstilte på boligmarkedet "
            "får bistand til å skaffe seg og beholde en egnet bolig. Den gir rett til et vedtak om "
            "individuelt tilpasset bistand, men ikke rett til en bolig, og skjerper kravene til "
            "oversikt og planlegging. Plikten lå tidligere i sosialtjenesteloven § 15 og helse- og "
            "omsorgstjenesteloven § 3-7."
        ),
        "variants": [
            "boligsosialloven",
            "boligsosiallova",
            "bustadsosiallova",
            "den boligsosiale loven",
        ],
        "related": ["vanskeligstilt-pa-boligmarkedet", "enkeltvedtak"],
    },
    {
        "term": "Bomiljø",
        "slug": "bomiljo",
        "definition": (
            "De fysiske og sosiale forholdene rundt boligen: bebyggelsen, uteområdene, tilgangen til "
            "tjenester og transport, og forholdet mellom naboene. Et godt bomiljø gir trygghet og "
            "tilhørighet og har særlig betydning for barns oppvekst."
        ),
        "variants": ["bomiljø", "bomiljøet", "bomiljøer", "bomiljøene", "bumiljø", "bumiljøet"],
        "related": ["kommunal-utleiebolig"],
    },
    {
        "term": "Bosettingsanmodning",
        "slug": "bosettingsanmodning",
        "definition": (
            "IMDis årlige brev der kommunen blir bedt om å bosette et bestemt antall flyktninger, "
            "ofte med et eget antall enslige mindreårige. Anmodningen bygger på det nasjonale behovet"
            " for bosetting og fordeles på kommunene av IMDi og KS. Kommunen svarer med et vedtak, "
            "vanligvis i kommunestyret, om hvor mange den skal ta imot."
        ),
        "variants": [
            "bosettingsanmodning",
            "bosettingsanmodningen",
            "bosettingsanmodninger",
            "anmodningsbrev",
            "anmodningsbrevet",
            "anmodning om bosetting",
            "oppmoding om busetjing",
        ],
        "related": ["bosettingskommune", "flyktning"],
    },
    {
        "term": "Bosettingskommune",
        "slug": "bosettingskommune",
        "definition": (
            "Kommunen en flyktning blir bosatt i etter avtale mellom IMDi og kommunen. IMDi fatter "
            "vedtak om bosettingskommune når kommunen har sagt ja til å ta imot personen, og vedtaket"
            " kan ikke påklages. Det er bosettingen etter slik avtale som gir rett til "
            "introduksjonsprogram og utløser integreringstilskudd til kommunen."
        ),
        "variants": [
            "bosettingskommune",
            "bosettingskommunen",
            "bosettingskommuner",
            "bosettingskommunene",
            "busetjingskommune",
            "busetjingskommunen",
        ],
        "related": ["bosettingsanmodning", "imdinett", "integreringstilskudd"],
    },
    {
        "term": "Bostøtte",
        "slug": "bostotte",
        "definition": (
            "En statlig, behovsprøvd støtte til husstander med lave inntekter og høye boutgifter, "
            "både leietakere og boligeiere. Husbanken fatter vedtak og beregner støtten hver måned ut"
            " fra inntekt og boutgifter, mens kommunen veileder, hjelper med søknaden og forbereder "
            "klagesaker."
        ),
        "variants": [
            "bostøtte",
            "bostøtten",
            "bustøtte",
            "bustøtta",
            "bustønad",
            "bustønaden",
            "bostøtta",
            "statlig bostøtte",
        ],
        "related": ["vanskeligstilt-pa-boligmarkedet", "husleie", "startlan"],
    },
    {
        "term": "Byggherre",
        "slug": "byggherre",
        "definition": (
            "Den som får utført et bygge- eller tilpasningsarbeid og har det juridiske og økonomiske "
            "ansvaret for det. Når kommunen bygger egne utleieboliger, er kommunen byggherre og "
            "inngår kontraktene med arkitekt, rådgivere og entreprenør; den har også ansvaret for "
            "sikkerhet, helse og arbeidsmiljø på byggeplassen. Når en privat bolig tilpasses, er det "
            "huseieren selv som er byggherre, ikke kommunen."
        ),
        "variants": [
            "byggherre",
            "byggherren",
            "byggherrer",
            "byggherrene",
            "byggherrens",
            "byggherrar",
            "byggherrane",
            "byggherrerollen",
        ],
        "related": ["totalentreprise", "byggherrestyrt-entreprise", "tilpasning-av-bolig"],
    },
    {
        "term": "Byggherrestyrt entreprise",
        "slug": "byggherrestyrt-entreprise",
        "definition": (
            "En måte å organisere byggingen på der byggherren selv engasjerer arkitekt og rådgivere "
            "og har ansvaret for prosjekteringen, mens entreprenøren bygger etter byggherrens "
            "tegninger og beskrivelser. Byggherren får mer styring med løsningene, men bærer også mer"
            " av risikoen. Generalentreprise er en vanlig variant, der én entreprenør har ansvaret "
            "for all utførelse."
        ),
        "variants": [
            "byggherrestyrt entreprise",
            "byggherrestyrte entrepriser",
            "generalentreprise",
            "generalentreprisen",
            "generalentrepriser",
            "utførelsesentreprise",
            "utførelsesentreprisen",
        ],
        "related": ["byggherre", "totalentreprise"],
    },
    {
        "term": "Dagmulkt",
        "slug": "dagmulkt",
        "definition": (
            "Et avtalt beløp som entreprenøren må betale for hver dag bygget blir forsinket etter den"
            " avtalte fristen. Dagmulkten skal gi entreprenøren en grunn til å holde framdriften og "
            "kompensere byggherren for forsinkelsen."
        ),
        "variants": ["dagmulkt", "dagmulkten", "dagmulkter", "dagmulktene"],
        "related": ["byggherre"],
    },
    {
        "term": "Depositum",
        "slug": "depositum",
        "definition": (
            "Et pengebeløp leietakeren setter inn som sikkerhet for utleierens krav etter "
            "leieavtalen, for eksempel ubetalt husleie eller skader. Depositumet skal stå på en "
            "sperret konto i leietakerens navn, og det kan sammen med en eventuell garanti ikke være "
            "mer enn seks måneders leie (husleieloven § 3-5). Nav eller kommunen kan stille en "
            "garanti i stedet når leietakeren ikke har penger til depositum."
        ),
        "variants": [
            "depositum",
            "depositumet",
            "depositumer",
            "depositumsgaranti",
            "husleiegaranti",
            "depositumskonto",
            "depositumskontoen",
            "depositumskonti",
        ],
        "related": ["husleie", "husleiegaranti", "balansert-leiekontrakt"],
    },
    {
        "term": "Depositumsgaranti",
        "slug": "depositumsgaranti",
        "definition": (
            "En garanti fra Nav overfor en utleier som erstatter kontant depositum ved leie av bolig."
            " Den kan gjøre det mulig for personer med lav inntekt å leie i det private markedet."
        ),
        "variants": ["depositumsgaranti", "depositumsgarantien", "nav-garanti", "husleiegaranti"],
        "related": ["kommunal-bolig"],
    },
    {
        "term": "Doffin",
        "slug": "doffin",
        "definition": (
            "Den nasjonale databasen for kunngjøring av offentlige anskaffelser. Kommunen bruker "
            "Doffin når den lyser ut konkurranser, for eksempel om arkitekttjenester eller bygging. "
            "Anskaffelser over EØS-terskelverdiene kunngjøres også i EU/EØS."
        ),
        "variants": ["doffin"],
        "related": [],
    },
    {
        "term": "Enkeltvedtak",
        "slug": "enkeltvedtak",
        "definition": (
            "En avgjørelse fra et offentlig organ som gjelder rettighetene eller pliktene til en "
            "eller flere bestemte personer. Enkeltvedtak skal være skriftlige og begrunnet, og "
            "søkeren har rett til å klage. Vedtak om tildeling eller avslag på kommunal bolig og "
            "vedtak om bistand etter boligsosialloven er enkeltvedtak."
        ),
        "variants": ["enkeltvedtak", "enkeltvedtaket", "enkeltvedtakene", "enkeltvedtaka"],
        "related": ["klagenemnd", "veiledningsplikt"],
    },
    {
        "term": "Enøktiltak",
        "slug": "enoktiltak",
        "definition": (
            "Tiltak som gir lavere energibruk i et bygg, for eksempel bedre isolasjon, varmepumpe, "
            "styring av ventilasjon og lys eller bedre vinduer. Slike tiltak kan gi lavere utgifter "
            "for både kommunen og leietakerne over boligens levetid."
        ),
        "variants": ["enøktiltak", "enøktiltaket", "enøktiltakene", "enøktiltaka", "enøk"],
        "related": [],
    },
    {
        "term": "Enslig mindreårig flyktning",
        "slug": "enslig-mindrearig-flyktning",
        "definition": (
            "Et barn under 18 år som kommer til Norge uten foreldre eller andre med foreldreansvar, "
            "og som har fått opphold. Enslige mindreårige prioriteres for rask bosetting, og kommuner"
            " som bosetter dem, melder inn egen kapasitet til IMDi og får et særskilt tilskudd. "
            "Barnevernstjenesten har ofte en sentral rolle i bosettingen."
        ),
        "variants": [
            "enslig mindreårig",
            "enslige mindreårige",
            "enslig mindreårig flyktning",
            "enslige mindreårige flyktninger",
            "einsleg mindreårig",
            "einslege mindreårige",
        ],
        "related": ["individuell-kartlegging-av-enslige-mindrearige", "flyktning"],
    },
    {
        "term": "FDV (forvaltning, drift og vedlikehold)",
        "slug": "fdv",
        "definition": (
            "Samlebetegnelse på arbeidet med å eie, drive og vedlikeholde bygninger gjennom hele "
            "levetiden. FDV-dokumentasjon er bruks- og vedlikeholdsinformasjon om bygget og de "
            "tekniske anleggene, som utbyggeren skal levere ved overtakelsen."
        ),
        "variants": [
            "fdv",
            "fdv-dokumentasjon",
            "fdv-dokumentasjonen",
            "forvaltning, drift og vedlikehold",
        ],
        "related": ["kommunal-utleiebolig"],
    },
    {
        "term": "Ferdigattest",
        "slug": "ferdigattest",
        "definition": (
            "Bekreftelsen fra kommunen som bygningsmyndighet på at et søknadspliktig tiltak er ferdig"
            " og i samsvar med tillatelsen. Den gis når all sluttdokumentasjon er levert. Bygget skal"
            " ikke tas i bruk før ferdigattest eller midlertidig brukstillatelse er gitt."
        ),
        "variants": ["ferdigattest", "ferdigattesten", "ferdigattester", "ferdigattestane"],
        "related": ["midlertidig-brukstillatelse", "overtakelsesprotokoll"],
    },
    {
        "term": "Flyktning",
        "slug": "flyktning",
        "definition": (
            "En person som har rett til beskyttelse etter internasjonale konvensjoner og har fått "
            "oppholdstillatelse i Norge på det grunnlaget. I bosettingsarbeidet brukes ordet også om "
            "personer med opphold på humanitært grunnlag etter søknad om asyl, om "
            "overføringsflyktninger og om personer med kollektiv beskyttelse. Flyktninger som "
            "bosettes etter avtale mellom IMDi og kommunen, har rett og plikt til "
            "introduksjonsprogram."
        ),
        "variants": [
            "flyktning",
            "flyktningen",
            "flyktninger",
            "flyktningene",
            "flyktningar",
            "flyktningane",
        ],
        "related": ["asylmottak", "overforingsflyktning", "bosettingskommune"],
    },
    {
        "term": "Forprosjekt",
        "slug": "forprosjekt",
        "definition": (
            "Fasen i et byggeprosjekt der den valgte løsningen bearbeides til tegninger, beskrivelser"
            " og et kostnadsoverslag som er godt nok til å ta en endelig beslutning. I kommunale "
            "prosjekter avsluttes forprosjektet som regel med politisk vedtak om gjennomføring og "
            "bevilgning."
        ),
        "variants": [
            "forprosjekt",
            "forprosjektet",
            "forprosjekter",
            "forprosjekta",
            "forprosjektene",
            "forprosjektfase",
            "forprosjektfasen",
        ],
        "related": ["losningsdokument", "usikkerhetsanalyse"],
    },
    {
        "term": "Forvaring",
        "slug": "forvaring",
        "definition": (
            "En tidsubestemt frihetsstraff for lovbrytere som vurderes som farlige, når en "
            "tidsbestemt fengselsstraff ikke anses tilstrekkelig til å verne samfunnet. Retten "
            "fastsetter en tidsramme som kan forlenges med inntil fem år om gangen, og normalt en "
            "minstetid. Straffen gjennomføres i egne forvaringsanstalter og skal ha et innhold som er"
            " tilpasset den enkelte."
        ),
        "variants": [
            "forvaring",
            "forvaringen",
            "forvaringa",
            "forvaringsdom",
            "forvaringsdømt",
            "forvaringsdømte",
        ],
        "related": ["minstetid", "proveloslatelse"],
    },
    {
        "term": "Fravikelse",
        "slug": "fravikelse",
        "definition": (
            "Den juridiske betegnelsen på utkastelse. Ved en fravikelse fører namsfogden retten til å"
            " disponere en bolig eller et lokale tilbake fra leieboeren til utleieren eller eieren. "
            "Det krever et tvangsgrunnlag, for eksempel en dom eller en klausul i en skriftlig "
            "leieavtale, og reglene står i tvangsfullbyrdelsesloven kapittel 13."
        ),
        "variants": [
            "fravikelse",
            "fravikelsen",
            "fravikelser",
            "fravikelsene",
            "fråvikelse",
            "tvangsfravikelse",
        ],
        "related": ["utkastelse", "tvangsgrunnlag", "begjaering-om-fravikelse", "losore"],
    },
    {
        "term": "Friomsorg",
        "slug": "friomsorg",
        "definition": (
            "Den delen av kriminalomsorgen som har ansvaret for straffegjennomføring utenfor fengsel,"
            " som samfunnsstraff og elektronisk kontroll, og for oppfølging av prøveløslatte med "
            "møteplikt. Friomsorgskontoret følger opp vilkårene i prøvetiden."
        ),
        "variants": [
            "friomsorg",
            "friomsorgen",
            "friomsorga",
            "friomsorgskontor",
            "friomsorgskontoret",
        ],
        "related": ["proveloslatelse", "tilbakeforing"],
    },
    {
        "term": "Frivillig forvaltning",
        "slug": "frivillig-forvaltning",
        "definition": (
            "En avtale der en person frivillig overlater hele eller deler av disponeringen av egne "
            "penger til det offentlige, for eksempel Nav, slik at husleie, lån og andre faste "
            "utgifter blir betalt. Avtalen er gjerne tidsavgrenset og kan sies opp av personen selv."
        ),
        "variants": [
            "frivillig forvaltning",
            "frivillig forvaltning av økonomi",
            "frivillig forvaltninga",
            "forvaltningsavtale",
        ],
        "related": ["okonomisk-radgivning", "betjeningsevne"],
    },
    {
        "term": "Gjeldsbrev",
        "slug": "gjeldsbrev",
        "definition": (
            "Et skriftlig dokument der noen erklærer at de skylder et bestemt pengebeløp. Et "
            "gjeldsbrev er grunnlaget for et lån, for eksempel et startlån, og viser blant annet "
            "beløp, rente og nedbetalingsvilkår."
        ),
        "variants": ["gjeldsbrev", "gjeldsbrevet", "gjeldsbrevene", "gjeldsbreva"],
        "related": ["startlan", "refinansiering"],
    },
    {
        "term": "Gjeldsordning",
        "slug": "gjeldsordning",
        "definition": (
            "En ordning for personer med varige og alvorlige gjeldsproblemer. Ved en frivillig "
            "gjeldsordning blir skyldneren og kreditorene enige om at skyldneren betaler det hun "
            "eller han kan over en avtalt periode, og at resten av gjelden deretter slettes. Godtar "
            "ikke kreditorene, kan skyldneren søke namsfogden om tvungen gjeldsordning etter "
            "gjeldsordningsloven. Vilkårene er strenge."
        ),
        "variants": [
            "gjeldsordning",
            "gjeldsordningen",
            "gjeldsordninger",
            "gjeldsordninga",
            "gjeldsordningar",
            "frivillig gjeldsordning",
            "tvungen gjeldsordning",
        ],
        "related": ["okonomisk-radgivning", "namsfogden", "refinansiering"],
    },
    {
        "term": "Gjengs leie",
        "slug": "gjengs-leie",
        "definition": (
            "Det leienivået som er vanlig for tilsvarende boliger på tilsvarende vilkår i samme "
            "område. Husleieloven bruker gjengs leie som målestokk når leien skal tilpasses etter en "
            "tid, og mange kommuner bruker gjengs leie når de fastsetter husleien i kommunale "
            "boliger."
        ),
        "variants": ["gjengs leie", "gjengs leige", "gjengs husleie"],
        "related": ["husleie"],
    },
    {
        "term": "Gjennomgangsbolig",
        "slug": "gjennomgangsbolig",
        "definition": (
            "En kommunal utleiebolig som er ment som et midlertidig steg videre til en annen bolig. "
            "Leietakeren får en tidsbestemt kontrakt, ofte på tre år, og forventes å arbeide for å "
            "finne en annen bolig i leieperioden, gjerne med hjelp fra kommunen."
        ),
        "variants": [
            "gjennomgangsbolig",
            "gjennomgangsboligen",
            "gjennomgangsboliger",
            "gjennomgangsbustad",
        ],
        "related": ["kommunal-bolig", "startlan"],
    },
    {
        "term": "Handlingsdel",
        "slug": "handlingsdel",
        "definition": (
            "Den delen av kommuneplanens samfunnsdel som viser hvordan planen skal følges opp de fire"
            " neste årene eller mer. Handlingsdelen revideres hvert år, og kommunens økonomiplan kan "
            "inngå i den."
        ),
        "variants": ["handlingsdel", "handlingsdelen", "handlingsdeler", "handlingsdelar"],
        "related": ["samfunnsdel", "okonomiplan"],
    },
    {
        "term": "Heftelser",
        "slug": "heftelser",
        "definition": (
            "Rettigheter eller forpliktelser som er tinglyst på en eiendom, for eksempel pant, "
            "servitutter, veirett eller klausuler om bruk. Heftelser kan begrense hva tomten kan "
            "brukes til, og må derfor sjekkes før kommunen kjøper eller bygger."
        ),
        "variants": ["heftelse", "heftelsen", "heftelser", "heftelsene", "heftingar"],
        "related": [],
    },
    {
        "term": "Heldøgns tjenester",
        "slug": "heldogns-tjenester",
        "definition": (
            "Helse- og omsorgstjenester som er tilgjengelige hele døgnet, enten i en institusjon "
            "eller i en bolig som er tilrettelagt for det. Behovet avgjøres i et individuelt vedtak "
            "etter helse- og omsorgstjenesteloven. Slike vedtak er en forutsetning for at en "
            "omsorgsbolig kan få investeringstilskudd fra Husbanken."
        ),
        "variants": [
            "heldøgns tjenester",
            "heldøgnstjenester",
            "heldøgns omsorg",
            "heldøgns helse- og omsorgstjenester",
            "heildøgns tenester",
            "heildøgnstenester",
        ],
        "related": ["omsorgsbolig", "investeringstilskudd"],
    },
    {
        "term": "Helsetjenester i hjemmet",
        "slug": "helsetjenester-i-hjemmet",
        "definition": (
            "Helsehjelp som gis i brukerens eget hjem, for eksempel hjelp med medisiner, sårstell, "
            "oppfølging av psykisk helse og rus, og veiledning om egen helse. Tjenesten kalles ofte "
            "hjemmesykepleie og gis etter vedtak etter helse- og omsorgstjenesteloven § 3-2."
        ),
        "variants": [
            "helsetjenester i hjemmet",
            "helsetjenesten i hjemmet",
            "hjemmesykepleie",
            "hjemmesykepleien",
            "heimesjukepleie",
            "helsetenester i heimen",
        ],
        "related": ["praktisk-bistand-og-opplaering", "vedtak"],
    },
    {
        "term": "Husleie",
        "slug": "husleie",
        "definition": (
            "Det leietakeren betaler for å bruke en bolig. Husleien avtales i leiekontrakten og kan "
            "reguleres etter reglene i husleieloven, for eksempel i takt med konsumprisindeksen eller"
            " til gjengs leie. I kommunale utleieboliger fastsettes husleien av kommunen som utleier."
        ),
        "variants": ["husleie", "husleien", "husleier", "husleiene", "husleige", "husleiga"],
        "related": ["gjengs-leie", "bostotte", "husleierestanse"],
    },
    {
        "term": "Husleiegaranti",
        "slug": "husleiegaranti",
        "definition": (
            "Et løfte fra en annen enn leietakeren, for eksempel Nav eller et forsikringsselskap, om "
            "å dekke utleierens krav etter leieavtalen opp til et avtalt beløp. Garantien brukes i "
            "stedet for eller i tillegg til depositum, og kalles ofte depositumsgaranti. Reglene står"
            " i husleieloven § 3-6."
        ),
        "variants": [
            "husleiegaranti",
            "husleiegarantien",
            "husleiegarantier",
            "garanti for depositum",
            "depositumsgaranti",
            "depositumsgarantien",
            "husleigegaranti",
        ],
        "related": ["depositum", "mislighold"],
    },
    {
        "term": "Husleierestanse",
        "slug": "husleierestanse",
        "definition": (
            "Husleie som er forfalt, men ikke betalt. Restanser bør følges opp straks, fordi gjentatt"
            " eller vesentlig manglende betaling kan føre til at leieavtalen heves og at leietakeren "
            "blir kastet ut."
        ),
        "variants": [
            "husleierestanse",
            "husleierestansen",
            "husleierestanser",
            "restanse",
            "restansen",
            "restanser",
            "restansar",
            "husleigerestanse",
        ],
        "related": ["husleie"],
    },
    {
        "term": "Hverdagsrehabilitering",
        "slug": "hverdagsrehabilitering",
        "definition": (
            "Tidsavgrenset, målrettet trening i hjemmet og nærmiljøet for personer som har fått "
            "nedsatt funksjonsevne, slik at de kan mestre aktiviteter som er viktige for dem. "
            "Brukeren setter selv målene, og et tverrfaglig team med blant andre ergoterapeut, "
            "fysioterapeut og sykepleier følger opp."
        ),
        "variants": [
            "hverdagsrehabilitering",
            "hverdagsrehabiliteringen",
            "kvardagsrehabilitering",
            "hverdagsmestring",
        ],
        "related": ["tilpasning-av-bolig", "nedsatt-funksjonsevne"],
    },
    {
        "term": "Igangsettingstillatelse",
        "slug": "igangsettingstillatelse",
        "definition": (
            "Tillatelsen fra bygningsmyndigheten som gir rett til å starte selve byggearbeidet. Den "
            "gis etter at rammetillatelse er gitt og de tekniske forholdene er dokumentert."
        ),
        "variants": [
            "igangsettingstillatelse",
            "igangsettingstillatelsen",
            "igangsettingstillatelser",
            "igangsetjingsløyve",
            "igangsetjingsløyvet",
        ],
        "related": ["rammetillatelse"],
    },
    {
        "term": "IMDinett",
        "slug": "imdinett",
        "definition": (
            "IMDis fagsystem for samhandling om bosetting mellom IMDi, mottak og kommuner. Her "
            "registrerer kommunen vedtaket om antall, svarer på fordelingslister, finner "
            "personmappene med kartleggingen fra mottaket og registrerer bosettingsdato. Systemet er "
            "ikke et arkiv, så kommunen må selv journalføre brev og vedtak."
        ),
        "variants": ["imdinett", "imdinett bosetting"],
        "related": ["bosettingskommune", "kompetansekartlegging"],
    },
    {
        "term": "Informert samtykke",
        "slug": "informert-samtykke",
        "definition": (
            "En frivillig tillatelse fra brukeren, gitt etter at hun eller han har fått tilstrekkelig"
            " informasjon om hva saken gjelder og hva samtykket innebærer. Helsehjelp, systematisk "
            "kartlegging og deling av opplysninger med andre tjenester krever som hovedregel "
            "samtykke."
        ),
        "variants": [
            "informert samtykke",
            "samtykke",
            "samtykket",
            "samtykker",
            "samtykkeerklæring",
            "samtykkje",
        ],
        "related": ["kartlegging", "brukermedvirkning"],
    },
    {
        "term": "Integreringsloven",
        "slug": "integreringsloven",
        "definition": (
            "Lov om integrering gjennom opplæring, utdanning og arbeid, i kraft fra 1. januar 2021. "
            "Loven erstattet introduksjonsloven og regulerer blant annet opplæring i mottak, "
            "kompetansekartlegging, karriereveiledning, introduksjonsprogrammet og opplæring i norsk "
            "og samfunnskunnskap. Formålet er at innvandrere tidlig blir integrert og økonomisk "
            "selvstendige."
        ),
        "variants": [
            "integreringsloven",
            "integreringslova",
            "integreringslov",
            "introduksjonsloven",
            "introduksjonslova",
        ],
        "related": ["introduksjonsprogram", "kompetansekartlegging", "opplaering-i-mottak"],
    },
    {
        "term": "Integreringstilskudd",
        "slug": "integreringstilskudd",
        "definition": (
            "Et tilskudd fra IMDi per bosatt flyktning som skal gi kommunen en rimelig dekning av "
            "gjennomsnittlige merutgifter til bosetting og integrering i bosettingsåret og de fire "
            "neste årene. Tilskuddet er ikke øremerket. Ordningen omfatter også eldretilskudd og "
            "barnehagetilskudd, og det finnes egne tilskudd for enslige mindreårige og personer med "
            "alvorlig funksjonsnedsettelse."
        ),
        "variants": [
            "integreringstilskudd",
            "integreringstilskuddet",
            "integreringstilskot",
            "integreringstilskotet",
        ],
        "related": ["bosettingskommune", "imdinett"],
    },
    {
        "term": "Intensjonsavtale",
        "slug": "intensjonsavtale",
        "definition": (
            "En skriftlig avtale der kommunen og en utbygger eller utleier bekrefter at de har til "
            "hensikt å samarbeide om et bestemt boligprosjekt. Intensjonsavtalen sendes til Husbanken"
            " og viser hvem kommunen har valgt å gå videre med, før den endelige tilvisnings- eller "
            "tildelingsavtalen inngås."
        ),
        "variants": [
            "intensjonsavtale",
            "intensjonsavtalen",
            "intensjonsavtaler",
            "intensjonsavtalar",
        ],
        "related": ["utlysing", "tilvisningsavtale"],
    },
    {
        "term": "Introduksjonsprogram",
        "slug": "introduksjonsprogram",
        "definition": (
            "Et individuelt tilpasset kvalifiseringsprogram på full tid som skal forberede nyankomne "
            "flyktninger på arbeid eller utdanning. Kommunen skal fatte vedtak om program senest tre "
            "måneder etter bosetting, og programmet bygger på kompetansekartlegging, "
            "karriereveiledning og en integreringsplan som lages sammen med deltakeren. Deltakerne "
            "får introduksjonsstønad."
        ),
        "variants": [
            "introduksjonsprogram",
            "introduksjonsprogrammet",
            "introduksjonsprogrammer",
            "introduksjonsprogramma",
            "introduksjonsprogramet",
        ],
        "related": ["integreringsloven", "kompetansekartlegging", "kvalifiseringsprogrammet"],
    },
    {
        "term": "Inventarliste",
        "slug": "inventarliste",
        "definition": (
            "En liste over møbler, hvitevarer og annet utstyr som følger med en utleiebolig. Den "
            "fylles ut og signeres ved innflytting og brukes ved utflytting til å se hva som skal "
            "være igjen, og i hvilken stand."
        ),
        "variants": ["inventarliste", "inventarlisten", "inventarlista", "inventarlister"],
        "related": ["overtakelsesprotokoll"],
    },
    {
        "term": "Investeringskostnader",
        "slug": "investeringskostnader",
        "definition": (
            "Alle kostnadene ved å skaffe og bygge et bygg, som tomt, prosjektering, bygging, gebyrer"
            " og byggelånsrenter. De skilles fra driftskostnadene, som kommer hvert år etter at "
            "bygget er tatt i bruk."
        ),
        "variants": [
            "investeringskostnad",
            "investeringskostnaden",
            "investeringskostnader",
            "investeringskostnadene",
            "investeringskostnadane",
        ],
        "related": ["forprosjekt"],
    },
    {
        "term": "Investeringstilskudd",
        "slug": "investeringstilskudd",
        "definition": (
            "Et tilskudd fra Husbanken til kommuner som bygger, kjøper eller fornyer omsorgsboliger "
            "og sykehjemsplasser for personer med behov for heldøgns tjenester. Formålet er å øke og "
            "fornye tilbudet av slike plasser. Boligene skal være gode hjem, ligge i vanlige bomiljø "
            "og ikke ha preg av institusjon."
        ),
        "variants": [
            "investeringstilskudd",
            "investeringstilskuddet",
            "investeringstilskudda",
            "investeringstilskuddene",
            "investeringstilskot",
            "investeringstilskotet",
        ],
        "related": ["omsorgsbolig", "tilskudd-til-utleieboliger"],
    },
    {
        "term": "IPLOS",
        "slug": "iplos",
        "definition": (
            "Individbasert pleie- og omsorgsstatistikk: en nasjonal standard for å registrere "
            "opplysninger om personer som søker eller mottar kommunale helse- og omsorgstjenester, "
            "blant annet funksjonsnivå og tildelte tjenester. IPLOS ble obligatorisk i alle kommuner "
            "i 2006. I dag rapporteres opplysningene til Kommunalt pasient- og brukerregister (KPR), "
            "som ble opprettet i 2017."
        ),
        "variants": [
            "iplos",
            "iplos-registeret",
            "iplos-kartlegging",
            "iplos-registrering",
            "iplos-opplysningene",
        ],
        "related": ["kartlegging", "vedtak"],
    },
    {
        "term": "Kommunal klagenemnd",
        "slug": "klagenemnd",
        "definition": (
            "Et politisk valgt organ i kommunen som avgjør klager på enkeltvedtak som kommunen selv "
            "har fattet, når ikke en statlig instans er klageinstans. Kommunestyret har ansvaret for "
            "at det finnes en klageinstans for vedtak om kommunal bolig. Klagenemnda skal foreta en "
            "reell og selvstendig prøving av saken."
        ),
        "variants": [
            "klagenemnd",
            "klagenemnda",
            "klagenemnden",
            "klageutvalg",
            "klageutvalget",
            "klagenemnder",
        ],
        "related": ["enkeltvedtak"],
    },
    {
        "term": "Kommunal bolig",
        "slug": "kommunal-bolig",
        "definition": (
            "En bolig som kommunen eier eller har rett til å tildele, og som leies ut til personer "
            "som ikke selv klarer å skaffe seg en egnet bolig. Begrepet brukes også om kommunalt "
            "disponerte boliger som eies av private, men der kommunen har tildelingsrett. Tildeling, "
            "avslag og forlengelse av leietid er enkeltvedtak."
        ),
        "variants": [
            "kommunal bolig",
            "kommunale boliger",
            "kommunal utleiebolig",
            "kommunale utleieboliger",
            "kommunalt disponert bolig",
            "kommunalt disponerte boliger",
            "kommunal bustad",
            "kommunale bustader",
            "kommunal utleigebustad",
        ],
        "related": ["tildeling", "gjennomgangsbolig", "vanskeligstilt-pa-boligmarkedet"],
    },
    {
        "term": "Kommunal utleiebolig",
        "slug": "kommunal-utleiebolig",
        "definition": (
            "En bolig som kommunen eier, leier inn eller har rett til å tildele, og som leies ut til "
            "husstander som ikke klarer å skaffe seg bolig selv. Tildelingen skjer etter søknad og "
            "vedtak, og leieforholdet reguleres av husleieloven."
        ),
        "variants": [
            "kommunal utleiebolig",
            "kommunale utleieboliger",
            "kommunal bolig",
            "kommunale boliger",
            "kommunalt disponerte utleieboliger",
            "kommunal utleigebustad",
            "kommunale utleigebustader",
            "kommunal bustad",
            "kommunale bustader",
            "utleiebolig",
            "utleieboliger",
            "utleieboligene",
            "utleigebustad",
            "utleigebustader",
        ],
        "related": ["tilskudd-til-utleieboliger", "husleie", "vanskeligstilt-pa-boligmarkedet"],
    },
    {
        "term": "Kommunalt disponert utleiebolig",
        "slug": "kommunalt-disponert-utleiebolig",
        "definition": (
            "En utleiebolig som kommunen eier, leier eller har rett til å tildele eller tilvise. Også"
            " privateide boliger der leietakeren har kontrakt med en privat eier, men der kommunen "
            "bestemmer hvem som får leie, regnes som kommunalt disponerte."
        ),
        "variants": [
            "kommunalt disponert utleiebolig",
            "kommunalt disponerte utleieboliger",
            "kommunalt disponerte boliger",
            "kommunalt disponert bolig",
            "kommunalt disponerte utleigebustader",
        ],
        "related": ["tilvisningsavtale", "tildelingsavtale"],
    },
    {
        "term": "Kommunedelplan",
        "slug": "kommunedelplan",
        "definition": (
            "En kommuneplan for et bestemt område eller tema, utarbeidet etter reglene i kapittel 11 "
            "i plan- og bygningsloven, med varsel om oppstart, planprogram, høring og offentlig "
            "ettersyn. Kommunen kan velge kommunedelplan framfor temaplan når et tema er en "
            "hovedsatsing."
        ),
        "variants": [
            "kommunedelplan",
            "kommunedelplanen",
            "kommunedelplaner",
            "kommunedelplanene",
            "kommunedelplanar",
        ],
        "related": ["temaplan", "kommuneplan", "planprogram"],
    },
    {
        "term": "Kommuneplan",
        "slug": "kommuneplan",
        "definition": (
            "Kommunens overordnede styringsdokument etter plan- og bygningsloven. Den består av en "
            "samfunnsdel med handlingsdel og en arealdel, og den vedtas av kommunestyret. "
            "Kommuneplanen gir rammer for alle andre planer og tiltak i kommunen."
        ),
        "variants": [
            "kommuneplan",
            "kommuneplanen",
            "kommuneplaner",
            "kommuneplanene",
            "kommuneplanar",
            "kommuneplanane",
            "kommuneplanens",
        ],
        "related": ["samfunnsdel", "arealdel", "handlingsdel"],
    },
    {
        "term": "Kompetansekartlegging",
        "slug": "kompetansekartlegging",
        "definition": (
            "En kartlegging av språkkunnskaper, utdanning, arbeidserfaring og annen relevant "
            "kompetanse som personer i målgruppen for introduksjonsprogrammet har rett og plikt til. "
            "Den kan gjøres i mottaket før bosetting eller i kommunen etterpå, og skal brukes både "
            "til å velge bosettingskommune og til å tilpasse programmet. Overføringsflyktninger "
            "kartlegges av IMDi før de reiser til Norge."
        ),
        "variants": [
            "kompetansekartlegging",
            "kompetansekartleggingen",
            "kompetansekartlegginger",
            "kompetansekartlegginga",
        ],
        "related": ["introduksjonsprogram", "kartlegging", "imdinett"],
    },
    {
        "term": "Kontaktbetjent",
        "slug": "kontaktbetjent",
        "definition": (
            "En fengselsbetjent som har et særlig ansvar for å følge opp én eller flere innsatte. "
            "Kontaktbetjenten har de daglige samtalene, observerer, kartlegger og dokumenterer, og er"
            " ofte den som kjenner den innsatte best."
        ),
        "variants": ["kontaktbetjent", "kontaktbetjenten", "kontaktbetjenter", "kontaktbetjentar"],
        "related": ["progresjonssoning"],
    },
    {
        "term": "Koordinator",
        "slug": "koordinator",
        "definition": (
            "En fagperson i kommunen som har hovedansvaret for å følge opp en pasient eller bruker "
            "med behov for langvarige og koordinerte tjenester, sørge for samordning av "
            "tjenestetilbudet og for framdrift i arbeidet med individuell plan. Kommunen skal tilby "
            "koordinator etter helse- og omsorgstjenesteloven § 7-2."
        ),
        "variants": [
            "koordinator",
            "koordinatoren",
            "koordinatorer",
            "koordinatorane",
            "koordinatorene",
        ],
        "related": ["individuell-plan", "koordinerende-enhet", "ansvarsgruppe"],
    },
    {
        "term": "Kulturorientering",
        "slug": "kulturorientering",
        "definition": (
            "Kurs om Norge som IOM Norge gir overføringsflyktninger i landet de oppholder seg i før "
            "avreise, på oppdrag fra IMDi. Kurset skal gi realistiske forventninger og gjøre den "
            "første tiden i kommunen lettere. Programmet heter på engelsk Norwegian Cultural "
            "Orientation Programme (NORCO) og omfatter også landinformasjonsseminarer for kommunene."
        ),
        "variants": [
            "kulturorientering",
            "kulturorienteringen",
            "kulturorienteringskurs",
            "kulturorienteringskurset",
            "kulturorienteringsprogram",
            "norco",
        ],
        "related": ["overforingsflyktning"],
    },
    {
        "term": "Kunnskapsgrunnlag",
        "slug": "kunnskapsgrunnlag",
        "definition": (
            "Den samlede kunnskapen om utfordringer, behov og ressurser som en plan eller en "
            "beslutning bygger på. På boligfeltet omfatter det blant annet befolkningsutvikling, "
            "boligmarked, bomiljø, behovet for boliger og tjenester blant vanskeligstilte og "
            "kommunens egne virkemidler."
        ),
        "variants": [
            "kunnskapsgrunnlag",
            "kunnskapsgrunnlaget",
            "kunnskapsgrunnlagene",
            "kunnskapsgrunnlaga",
        ],
        "related": ["planstrategi", "kartlegging"],
    },
    {
        "term": "Lån til utleieboliger til vanskeligstilte",
        "slug": "lan-til-utleieboliger",
        "definition": (
            "Husbankens lån til bygging, kjøp eller oppgradering av utleieboliger for vanskeligstilte"
            " på boligmarkedet, regulert i forskrift om lån fra Husbanken. Før 2020 het den "
            "tilsvarende ordningen grunnlån. Når en privat aktør skal ha lån til boliger med "
            "tilvisningsavtale, må kommunen ha lyst ut behovet og avtaleparten være en profesjonell "
            "utleier."
        ),
        "variants": [
            "lån til utleieboliger",
            "lån til utleieboliger til vanskeligstilte",
            "lånet til utleieboliger",
            "grunnlån",
            "grunnlånet",
            "grunnlånsfinansiering",
        ],
        "related": ["tilvisningsavtale", "profesjonell-utleier", "utlysing"],
    },
    {
        "term": "Løsningsdokument",
        "slug": "losningsdokument",
        "definition": (
            "Et dokument som beskriver og sammenligner mulige løsninger for et byggeprosjekt, med "
            "tomt, utforming, grove kostnader og framdrift. Det lages tidlig, ofte av en arkitekt "
            "sammen med bestilleren og prosjektlederen, og kalles også mulighetsstudie. Dokumentet "
            "brukes til å beslutte om kommunen skal gå videre med et forprosjekt."
        ),
        "variants": [
            "løsningsdokument",
            "løsningsdokumentet",
            "løsningsdokumenter",
            "løsningsdokumentene",
            "løysingsdokument",
            "løysingsdokumentet",
            "mulighetsstudie",
            "mulighetsstudien",
            "moglegheitsstudie",
        ],
        "related": ["forprosjekt"],
    },
    {
        "term": "Løsøre",
        "slug": "losore",
        "definition": (
            "Fellesbetegnelse på gjenstander som ikke er fast eiendom, som møbler, klær og annet "
            "innbo. Ved en utkastelse får leieboeren frist til å hente løsøret sitt. Blir det ikke "
            "hentet, kan namsfogden etter nytt varsel bestemme at det skal selges eller kastes."
        ),
        "variants": ["løsøre", "løsøret", "løsøregjenstander", "lausøyre", "lausøyret"],
        "related": ["fravikelse", "utkastelse"],
    },
    {
        "term": "Målhierarki",
        "slug": "malhierarki",
        "definition": (
            "En ordning av mål på ulike nivåer, der overordnede mål brytes ned i strategier og "
            "konkrete tiltak. Et godt målhierarki gjør det tydelig hvordan hvert tiltak bidrar til "
            "målene, og gjør det lettere å evaluere planen."
        ),
        "variants": ["målhierarki", "målhierarkiet", "målhierarkier", "målhierarkia"],
        "related": ["evaluering", "temaplan"],
    },
    {
        "term": "Midlertidig brukstillatelse",
        "slug": "midlertidig-brukstillatelse",
        "definition": (
            "En tillatelse til å ta et bygg i bruk før alt er helt ferdig, når det som gjenstår ikke "
            "har betydning for sikkerheten. Kommunen setter en frist for når det gjenstående skal "
            "være gjort og ferdigattest kan gis."
        ),
        "variants": [
            "midlertidig brukstillatelse",
            "midlertidig brukstillatelsen",
            "midlertidige brukstillatelser",
            "mellombels bruksløyve",
        ],
        "related": ["ferdigattest"],
    },
    {
        "term": "Minstetid",
        "slug": "minstetid",
        "definition": (
            "Den tiden en forvaringsdømt må sone før det kan bli aktuelt med prøveløslatelse. "
            "Minstetiden fastsettes i dommen og kan ikke være mer enn ti år. Den har også betydning "
            "for når permisjon, overføring til lavere sikkerhetsnivå, overgangsbolig og frigang kan "
            "vurderes."
        ),
        "variants": ["minstetid", "minstetiden", "minstetida", "tidsramme", "tidsrammen"],
        "related": ["forvaring", "progresjonssoning"],
    },
    {
        "term": "Mislighold",
        "slug": "mislighold",
        "definition": (
            "At en part ikke oppfyller pliktene sine etter en avtale. I et leieforhold er det oftest "
            "ubetalt husleie, men også bråk, skade på boligen eller brudd på husordensreglene kan "
            "være mislighold. Vesentlig mislighold kan gi utleieren rett til å heve leieavtalen."
        ),
        "variants": [
            "mislighold",
            "misligholdet",
            "misligholde",
            "misligholder",
            "misligholdt",
            "misleghald",
            "misleghaldet",
        ],
        "related": ["varslingsregelen", "utkastelse", "husleiegaranti"],
    },
    {
        "term": "Nabovarsel",
        "slug": "nabovarsel",
        "definition": (
            "Et varsel til naboer og gjenboere om at det vil bli søkt om et byggetiltak. Naboene har "
            "to uker på seg til å komme med merknader, som søkeren skal svare på og legge ved "
            "søknaden til bygningsmyndigheten."
        ),
        "variants": [
            "nabovarsel",
            "nabovarselet",
            "nabovarslet",
            "nabovarsler",
            "nabovarslene",
            "nabovarsla",
            "nabovarsling",
        ],
        "related": ["rammetillatelse"],
    },
    {
        "term": "Namsfogden",
        "slug": "namsfogden",
        "definition": (
            "Den delen av namsmyndighetene som gjennomfører tvangsforretninger, blant annet "
            "utkastelser, og som behandler søknader om gjeldsordning. Namsfogden hører til politiet. "
            "Tidligere ble betegnelsen namsmannen brukt mange steder."
        ),
        "variants": [
            "namsfogden",
            "namsfogd",
            "namsfogder",
            "namsfogdane",
            "namsmannen",
            "namsmann",
            "namsmyndighetene",
            "namsmyndigheitene",
        ],
        "related": ["fravikelse", "gjeldsordning", "tvangsgrunnlag"],
    },
    {
        "term": "Nav hjelpemiddelsentral",
        "slug": "nav-hjelpemiddelsentral",
        "definition": (
            "Navs ressurs- og kompetansesenter for hjelpemidler og tilrettelegging i hvert fylke. "
            "Sentralen låner ut og forvalter hjelpemidler, gir råd om løsninger, bistår kommunen i "
            "sammensatte saker og kan gi tilskudd i stedet for hjelpemidler som rampe eller heis når "
            "en ombygging gir en bedre løsning."
        ),
        "variants": [
            "nav hjelpemiddelsentral",
            "hjelpemiddelsentralen",
            "hjelpemiddelsentral",
            "hjelpemiddelsentralene",
            "nav hjelpemiddelsentralen",
            "hjelpemiddelsentralar",
        ],
        "related": ["tilpasning-av-bolig", "tverrfaglig-boligradgivningsgruppe"],
    },
    {
        "term": "Normalisering",
        "slug": "normalisering",
        "definition": (
            "Prinsippet om at personer med funksjonsnedsettelser og tjenestebehov skal kunne leve et "
            "så vanlig liv som mulig, i vanlige boliger og bomiljøer og med de samme mulighetene som "
            "andre. Prinsippet ligger til grunn for ansvarsreformen fra 1990-tallet og for Husbankens"
            " krav om at omsorgsboliger ikke skal ha preg av institusjon."
        ),
        "variants": [
            "normalisering",
            "normaliseringen",
            "normaliseringsprinsippet",
            "normaliseringa",
        ],
        "related": ["samlokaliserte-boliger", "inkludering"],
    },
    {
        "term": "Offentlig ettersyn",
        "slug": "offentlig-ettersyn",
        "definition": (
            "At et planforslag gjøres tilgjengelig for alle, slik at innbyggere, organisasjoner og "
            "myndigheter kan uttale seg før planen vedtas. For kommuneplaner og kommunedelplaner skal"
            " fristen for uttalelse være minst seks uker."
        ),
        "variants": ["offentlig ettersyn", "offentleg ettersyn", "høring og offentlig ettersyn"],
        "related": ["kommunedelplan", "medvirkning"],
    },
    {
        "term": "Økonomiplan",
        "slug": "okonomiplan",
        "definition": (
            "Kommunens plan for økonomien de fire neste budsjettårene eller mer, vedtatt av "
            "kommunestyret hvert år sammen med årsbudsjettet. Økonomiplanen skal vise hvordan målene "
            "og strategiene i kommunens planer skal følges opp, og kan inngå i kommuneplanens "
            "handlingsdel."
        ),
        "variants": [
            "økonomiplan",
            "økonomiplanen",
            "økonomiplaner",
            "økonomiplanene",
            "økonomiplanar",
            "økonomiplanane",
        ],
        "related": ["handlingsdel", "kommuneplan"],
    },
    {
        "term": "Økonomisk rådgivning",
        "slug": "okonomisk-radgivning",
        "definition": (
            "Rådgivning til personer i en vanskelig økonomisk situasjon, for eksempel hjelp til "
            "budsjett, oversikt over gjeld, forhandlinger med kreditorer og søknad om gjeldsordning. "
            "Tjenesten er en del av Nav-kontorets plikt til å gi opplysning, råd og veiledning etter "
            "sosialtjenesteloven § 17, og den skal gis etter skriftlig vedtak."
        ),
        "variants": [
            "økonomisk rådgivning",
            "økonomisk rådgiving",
            "økonomiske rådgivningen",
            "gjeldsrådgivning",
            "gjeldsrådgiving",
            "økonomi- og gjeldsrådgivning",
        ],
        "related": ["gjeldsordning", "frivillig-forvaltning", "refinansiering"],
    },
    {
        "term": "Omhjemle",
        "slug": "omhjemle",
        "definition": (
            "Å overføre hjemmelen, det vil si den tinglyste eiendomsretten, til en eiendom fra én "
            "eier til en annen. Det skjer for eksempel når en utbygger har bygget boliger som "
            "kommunen eller en boligstiftelse skal eie."
        ),
        "variants": [
            "omhjemle",
            "omhjemler",
            "omhjemlet",
            "omhjemling",
            "omhjemlingen",
            "omheimle",
            "omheimla",
        ],
        "related": [],
    },
    {
        "term": "Omsorgsbolig",
        "slug": "omsorgsbolig",
        "definition": (
            "En bolig som er tilrettelagt slik at beboeren kan få helse- og omsorgstjenester der, om "
            "nødvendig hele døgnet. Beboeren leier eller eier boligen og har status som hjemmeboende,"
            " og tjenestene gis etter individuelle vedtak. Husbanken kan gi investeringstilskudd til "
            "omsorgsboliger for personer med behov for heldøgns tjenester."
        ),
        "variants": [
            "omsorgsbolig",
            "omsorgsboligen",
            "omsorgsboliger",
            "omsorgsboligene",
            "omsorgsbustad",
            "omsorgsbustaden",
            "omsorgsbustader",
            "omsorgsbustadene",
            "omsorgsbustadane",
        ],
        "related": ["investeringstilskudd", "bofellesskap", "heldogns-tjenester"],
    },
    {
        "term": "Opplæring i mottak",
        "slug": "opplaering-i-mottak",
        "definition": (
            "Opplæring i norsk og samfunnskunnskap for asylsøkere over 18 år som bor i mottak, etter "
            "integreringsloven § 5. Vertskommunen skal tilby opplæringen så snart som mulig, og "
            "asylsøkeren har plikt til å delta. Tilbudet er på 175 timer norsk og 25 timer "
            "samfunnskunnskap."
        ),
        "variants": [
            "opplæring i mottak",
            "opplæringen i mottak",
            "opplæring for beboere i asylmottak",
            "opplæring for bebuarar i asylmottak",
        ],
        "related": ["asylmottak", "integreringsloven"],
    },
    {
        "term": "Overføringsflyktning",
        "slug": "overforingsflyktning",
        "definition": (
            "En flyktning som har flyktet til et annet land og som, fordi en varig løsning der ikke "
            "er mulig, blir overført til et tredjeland som Norge. De fleste er registrert hos UNHCR "
            "og blir intervjuet av norske myndigheter før de får innreisetillatelse. "
            "Overføringsflyktninger kalles også kvoteflyktninger eller FN-flyktninger og bosettes som"
            " regel direkte i en kommune."
        ),
        "variants": [
            "overføringsflyktning",
            "overføringsflyktningen",
            "overføringsflyktninger",
            "overføringsflyktningene",
            "overføringsflyktningar",
            "kvoteflyktning",
            "kvoteflyktninger",
            "fn-flyktninger",
        ],
        "related": ["flyktning", "unhcr", "uttakskommisjon"],
    },
    {
        "term": "Overtakelsesbefaring",
        "slug": "overtakelsesbefaring",
        "definition": (
            "En felles gjennomgang av et ferdig bygg der entreprenøren og byggherren ser over "
            "arbeidet før byggherren overtar. Mangler som blir funnet, føres inn i "
            "overtakelsesprotokollen."
        ),
        "variants": [
            "overtakelsesbefaring",
            "overtakelsesbefaringen",
            "overtakelsesbefaringer",
            "overtagelsesbefaring",
            "overtakingsbefaring",
            "overtakingssynfaring",
        ],
        "related": ["overtakelsesprotokoll"],
    },
    {
        "term": "Overtakelsesprotokoll",
        "slug": "overtakelsesprotokoll",
        "definition": (
            "Et skriftlig dokument som slår fast i hvilken stand et bygg eller en bolig er når det "
            "skifter hender. I byggeprosjekter signerer byggherre og entreprenør protokollen ved "
            "overtakelsen, med en liste over mangler og frister for å utbedre dem. Ved innflytting i "
            "en leid bolig beskriver utleier og leietaker sammen boligens stand, gjerne med bilder, "
            "slik at det er lettere å bli enige om skader og depositum ved utflytting."
        ),
        "variants": [
            "overtakelsesprotokoll",
            "overtakelsesprotokollen",
            "overtakelsesprotokoller",
            "overtagelsesprotokoll",
            "overtakingsprotokoll",
            "overtakingsprotokollen",
            "innflyttingsprotokoll",
            "inventarliste",
        ],
        "related": ["overtakelsesbefaring", "ferdigattest", "depositum", "balansert-leiekontrakt"],
    },
    {
        "term": "Planprogram",
        "slug": "planprogram",
        "definition": (
            "Et dokument som beskriver formålet med et planarbeid, hvilke spørsmål som skal utredes, "
            "og hvordan prosessen og medvirkningen skal legges opp. Planprogram kreves blant annet "
            "for kommuneplaner og kommunedelplaner og sendes på høring når oppstarten varsles."
        ),
        "variants": ["planprogram", "planprogrammet", "planprogrammer", "planprogramma"],
        "related": ["kommunedelplan", "kommuneplan"],
    },
    {
        "term": "Planstrategi",
        "slug": "planstrategi",
        "definition": (
            "Kommunens vurdering av hvilke planer som trengs i valgperioden, vedtatt av kommunestyret"
            " senest ett år etter at det er konstituert. Kommunestyret drøfter de strategiske valgene"
            " for utviklingen av kommunen og tar stilling til om kommuneplanen skal revideres. "
            "Planstrategien er ikke en plan, men et verktøy for å prioritere planarbeidet."
        ),
        "variants": [
            "planstrategi",
            "planstrategien",
            "planstrategier",
            "planstrategiar",
            "kommunal planstrategi",
            "kommunale planstrategien",
        ],
        "related": ["kommuneplan", "kunnskapsgrunnlag"],
    },
    {
        "term": "Praktisk bistand og opplæring",
        "slug": "praktisk-bistand-og-opplaering",
        "definition": (
            "Personlig assistanse til praktiske gjøremål i hjemmet og i dagliglivet, og opplæring i "
            "dagliglivets gjøremål, for eksempel å handle, lage mat, holde orden og betale regninger."
            " Målet er at brukeren skal mestre mest mulig selv. Tjenesten gis etter vedtak etter "
            "helse- og omsorgstjenesteloven § 3-2."
        ),
        "variants": [
            "praktisk bistand",
            "praktisk bistand og opplæring",
            "praktisk bistand i hjemmet",
            "hjemmehjelp",
            "hjemmehjelpen",
            "praktisk hjelp",
        ],
        "related": ["helsetjenester-i-hjemmet", "oppfolgingstjenester-i-bolig"],
    },
    {
        "term": "Profesjonell utleier",
        "slug": "profesjonell-utleier",
        "definition": (
            "En utleier som driver utleie av boliger som virksomhet, med kompetanse og kapasitet til "
            "å forvalte boligene og følge opp leietakere over tid. Husbanken krever at avtaleparten i"
            " tilvisnings- og tildelingsavtaler er en profesjonell utleier."
        ),
        "variants": [
            "profesjonell utleier",
            "profesjonelle utleiere",
            "profesjonelle utleierne",
            "profesjonell utleigar",
        ],
        "related": ["tilvisningsavtale", "lan-til-utleieboliger"],
    },
    {
        "term": "Progresjonssoning",
        "slug": "progresjonssoning",
        "definition": (
            "Prinsippet om at soningen skal gi gradvis mer frihet og ansvar, fra strengere sikkerhet "
            "til permisjoner, lavere sikkerhetsnivå, overgangsbolig og til slutt løslatelse. For "
            "forvaringsdømte er progresjonen et viktig grunnlag for å vurdere om prøveløslatelse er "
            "forsvarlig."
        ),
        "variants": [
            "progresjonssoning",
            "progresjonssoningen",
            "soningsprogresjon",
            "soningsprogresjonen",
            "progresjon i soningen",
            "utslusing",
        ],
        "related": ["minstetid", "tilbakeforing"],
    },
    {
        "term": "Prosjektplan",
        "slug": "prosjektplan",
        "definition": (
            "En plan for hvordan et prosjekt skal gjennomføres, med mål, organisering, faser, "
            "milepæler, ansvar og ressurser. Prosjektplanen godkjennes som regel av styringsgruppen "
            "og brukes til å følge opp framdriften."
        ),
        "variants": ["prosjektplan", "prosjektplanen", "prosjektplaner", "prosjektplanar"],
        "related": ["mandat", "styringsgruppe", "arbeidsplan"],
    },
    {
        "term": "Prøveløslatelse",
        "slug": "proveloslatelse",
        "definition": (
            "Løslatelse før straffen er fullt gjennomført, med en prøvetid og ofte vilkår. Ved vanlig"
            " fengselsstraff kan kriminalomsorgen prøveløslate når to tredjedeler av straffen og "
            "minst 60 dager er gjennomført. Prøveløslatelse fra forvaring avgjøres som hovedregel av "
            "retten, med en prøvetid på ett til fem år og vilkår om for eksempel bolig, behandling og"
            " rusmidler."
        ),
        "variants": [
            "prøveløslatelse",
            "prøveløslatelsen",
            "prøveløslatelser",
            "prøveløslatt",
            "prøveløslatte",
            "prøvelauslating",
        ],
        "related": ["forvaring", "refusjonsordningen", "friomsorg"],
    },
    {
        "term": "Rammetillatelse",
        "slug": "rammetillatelse",
        "definition": (
            "En tillatelse fra bygningsmyndigheten som godkjenner de ytre rammene for et byggetiltak,"
            " som plassering, størrelse og bruk. Den gir ikke lov til å starte arbeidet; for det "
            "kreves igangsettingstillatelse. Å dele søknaden slik gjør at byggherren kan få avklart "
            "rammene før entreprenøren velges."
        ),
        "variants": [
            "rammetillatelse",
            "rammetillatelsen",
            "rammetillatelser",
            "rammeløyve",
            "rammeløyvet",
        ],
        "related": ["igangsettingstillatelse", "nabovarsel"],
    },
    {
        "term": "Refinansiering",
        "slug": "refinansiering",
        "definition": (
            "Å erstatte ett eller flere lån med et nytt lån på bedre vilkår, for eksempel lavere "
            "rente eller lengre nedbetalingstid. I boligsosialt arbeid brukes startlån til "
            "refinansiering når en husstand står i fare for å miste boligen på tvangssalg. Samlet lån"
            " kan da ikke overstige boligens verdi."
        ),
        "variants": [
            "refinansiering",
            "refinansieringen",
            "refinansieringer",
            "refinansiere",
            "refinansiert",
            "refinansieringa",
        ],
        "related": ["startlan", "tvangssalg", "betjeningsevne"],
    },
    {
        "term": "Statlig finansiert prøveløslatelse (refusjonsordningen)",
        "slug": "refusjonsordningen",
        "definition": (
            "En ordning der retten ved prøveløslatelse fra forvaring setter vilkår om opphold i en "
            "institusjon eller kommunal boenhet i mer enn ett år, og staten dekker utgiftene. "
            "Vilkåret krever særlige grunner og samtykke fra institusjonen eller kommunen. Ordningen "
            "administreres av kriminalomsorgen region nord og gjelder særlig forvaringsdømte med "
            "utviklingshemming."
        ),
        "variants": [
            "refusjonsordningen",
            "refusjonsordning",
            "statlig finansiert prøveløslatelse",
            "statleg finansiert prøvelauslating",
        ],
        "related": ["proveloslatelse", "forvaring"],
    },
    {
        "term": "Reguleringsplan",
        "slug": "reguleringsplan",
        "definition": (
            "Et detaljert arealplankart med bestemmelser som angir bruk, vern og utforming av areal "
            "og bygninger i et bestemt område. Reguleringsplaner vedtas av kommunestyret og finnes "
            "som områderegulering og detaljregulering. De kan blant annet regulere boligtyper, "
            "boligstørrelser og tilgjengelighet."
        ),
        "variants": [
            "reguleringsplan",
            "reguleringsplanen",
            "reguleringsplaner",
            "reguleringsplanene",
            "reguleringsplanar",
            "detaljregulering",
            "detaljreguleringen",
            "områderegulering",
            "områdereguleringen",
        ],
        "related": ["arealdel", "utbyggingsavtale"],
    },
    {
        "term": "Reklamasjon",
        "slug": "reklamasjon",
        "definition": (
            "Et krav fra kjøper eller byggherre om at feil og mangler skal rettes. Etter en "
            "byggekontrakt løper det en reklamasjonstid fra overtakelsen, og byggherren må melde fra "
            "om mangler innen rimelig tid etter at de er oppdaget."
        ),
        "variants": [
            "reklamasjon",
            "reklamasjonen",
            "reklamasjoner",
            "reklamasjonane",
            "reklamasjonstid",
            "reklamasjonstiden",
            "reklamasjonsperiode",
        ],
        "related": ["overtakelsesprotokoll"],
    },
    {
        "term": "ROP-lidelser",
        "slug": "rop-lidelser",
        "definition": (
            "Samtidig ruslidelse og psykisk lidelse. Helsedirektoratets nasjonale retningslinje "
            "(IS-1948) bruker begrepet om alvorlig, langvarig og samtidig rus- og psykisk lidelse, og"
            " om mindre alvorlig psykisk lidelse med samtidig ruslidelse når det gir betydelig "
            "funksjonssvikt. Gruppen har ofte sammensatte behov for bolig og tjenester."
        ),
        "variants": [
            "rop-lidelser",
            "rop-lidelse",
            "rop-lidinger",
            "samtidig ruslidelse og psykisk lidelse",
            "rop-pasienter",
        ],
        "related": ["oppfolgingstjenester-i-bolig", "individuell-plan"],
    },
    {
        "term": "Samfunnsdel",
        "slug": "samfunnsdel",
        "definition": (
            "Den delen av kommuneplanen som tar for seg de langsiktige utfordringene, målene og "
            "strategiene for kommunesamfunnet og for kommunen som organisasjon. Samfunnsdelen gir "
            "føringer for arealdelen og for sektorenes planer, og den har en handlingsdel."
        ),
        "variants": [
            "samfunnsdel",
            "samfunnsdelen",
            "samfunnsdeler",
            "kommuneplanens samfunnsdel",
            "samfunnsdelen av kommuneplanen",
        ],
        "related": ["kommuneplan", "handlingsdel", "arealdel"],
    },
    {
        "term": "Samlokaliserte boliger",
        "slug": "samlokaliserte-boliger",
        "definition": (
            "Flere selvstendige boliger som ligger i samme bygg eller på samme tomt, gjerne med "
            "felles personalbase, for personer som trenger tjenester. Samlokalisering kan gi effektiv"
            " drift, men for mange enheter på ett sted kan gi institusjonspreg. Husbanken krever "
            "derfor at antallet ikke blir for stort, og at ulike brukergrupper ikke samles på en "
            "uheldig måte."
        ),
        "variants": [
            "samlokaliserte boliger",
            "samlokalisert bolig",
            "samlokaliserte bustader",
            "samlokalisering",
            "samlokaliseringen",
            "samlokaliserte",
        ],
        "related": ["bofellesskap", "normalisering", "omsorgsbolig"],
    },
    {
        "term": "Startlån",
        "slug": "startlan",
        "definition": (
            "Et behovsprøvd lån som kommunen låner inn fra Husbanken og låner videre ut til personer "
            "som ikke får lån, eller ikke nok lån, i en vanlig bank. Startlån kan brukes til å kjøpe,"
            " bygge, utbedre eller tilpasse en bolig, og til å refinansiere dyr gjeld for å beholde "
            "boligen. Kommunen behandler søknadene og fatter vedtak; reglene står i forskrift om lån "
            "fra Husbanken kapittel 5."
        ),
        "variants": [
            "startlån",
            "startlånet",
            "startlåna",
            "startlånene",
            "startlånsordningen",
            "startlånsøker",
            "startlånsøkere",
        ],
        "related": [
            "bostotte",
            "gjennomgangsbolig",
            "vanskeligstilt-pa-boligmarkedet",
            "refinansiering",
            "tilskudd-til-etablering",
            "betjeningsevne",
        ],
    },
    {
        "term": "Temaplan",
        "slug": "temaplan",
        "definition": (
            "En plan for et avgrenset fagområde, for eksempel bolig, som ikke har formelle "
            "prosesskrav etter plan- og bygningsloven. En temaplan for bolig, ofte kalt boligplan "
            "eller boligsosial handlingsplan, samler mål, strategier og tiltak og bør bygge på "
            "kommuneplanen. Den får størst kraft når den er vedtatt politisk og tiltakene er tatt inn"
            " i økonomiplanen."
        ),
        "variants": [
            "temaplan",
            "temaplanen",
            "temaplaner",
            "temaplanene",
            "temaplanar",
            "fagplan",
            "fagplanen",
            "boligplan",
            "boligplanen",
            "boligsosial handlingsplan",
            "bustadplan",
            "bustadsosial handlingsplan",
        ],
        "related": ["kommunedelplan", "kommuneplan", "okonomiplan"],
    },
    {
        "term": "Tidsbestemt leieavtale",
        "slug": "tidsbestemt-leieavtale",
        "definition": (
            "En leieavtale som gjelder for en bestemt periode og løper ut av seg selv. For boliger er"
            " minstetiden som hovedregel tre år, med visse unntak (husleieloven § 9-3). Sender ikke "
            "utleieren skriftlig oppfordring om å flytte innen tre måneder etter at leietiden er ute,"
            " går avtalen over til å gjelde på ubestemt tid."
        ),
        "variants": [
            "tidsbestemt leieavtale",
            "tidsbestemte leieavtaler",
            "tidsbestemt leiekontrakt",
            "tidsbestemte leiekontrakter",
            "tidsavgrensa leigeavtale",
        ],
        "related": ["balansert-leiekontrakt", "utkastelse"],
    },
    {
        "term": "Tidsbestemt leiekontrakt",
        "slug": "tidsbestemt-leiekontrakt",
        "definition": (
            "En leieavtale som gjelder for en bestemt periode og som hovedregel ikke kan sies opp i "
            "leietiden. For boliger er minstetiden vanligvis tre år, men husleieloven tillater "
            "kortere tidsbestemte avtaler når kommunen leier ut til vanskeligstilte på boligmarkedet."
            " Kommunen bør da avklare i god tid hva som skal skje når kontrakten løper ut."
        ),
        "variants": [
            "tidsbestemt leiekontrakt",
            "tidsbestemte leiekontrakter",
            "tidsbestemt leieavtale",
            "tidsbestemte leieavtaler",
            "tidsavgrensa leigekontrakt",
        ],
        "related": ["husleie", "kommunal-utleiebolig"],
    },
    {
        "term": "Tilbakeføring",
        "slug": "tilbakeforing",
        "definition": (
            "Arbeidet med å hjelpe domfelte tilbake til et liv uten kriminalitet etter "
            "straffegjennomføringen. Tilbakeføring forutsetter at kriminalomsorgen, kommunen, "
            "fylkeskommunen og Nav samarbeider, fordi bolig, arbeid, helse og økonomi har stor "
            "betydning for faren for tilbakefall."
        ),
        "variants": [
            "tilbakeføring",
            "tilbakeføringen",
            "tilbakeføringsarbeid",
            "tilbakeføringsarbeidet",
            "tilbakeføringa",
        ],
        "related": ["friomsorg", "tverrfaglig-samarbeid"],
    },
    {
        "term": "Tildeling",
        "slug": "tildeling",
        "definition": (
            "Kommunens avgjørelse om at en søker skal få leie en kommunalt disponert bolig, og det "
            "senere valget av en konkret bolig. Tildelingen skal bygge på kommunens retningslinjer og"
            " en individuell vurdering av søkerens behov. Mange kommuner vurderer søknadene i et "
            "tverrfaglig tildelingsmøte."
        ),
        "variants": [
            "tildeling",
            "tildelingen",
            "tildelinga",
            "tildelinger",
            "tildele",
            "tildelt",
            "tildelingskriterier",
            "tildelingsmøte",
        ],
        "related": ["kommunal-bolig", "enkeltvedtak"],
    },
    {
        "term": "Tildelingsavtale",
        "slug": "tildelingsavtale",
        "definition": (
            "En avtale der eieren av utleieboliger gir kommunen enerett til å tildele boligene til "
            "sine boligsøkere. Når Husbanken gir tilskudd til slike boliger, skal tildelingsretten "
            "gjelde i minst 30 år, være tinglyst på eiendommen, og eieren skal ha en samarbeidsavtale"
            " med kommunen."
        ),
        "variants": [
            "tildelingsavtale",
            "tildelingsavtalen",
            "tildelingsavtaler",
            "tildelingsavtalene",
            "tildelingsrett",
            "tildelingsretten",
            "tildelingsavtalar",
        ],
        "related": ["tilvisningsavtale", "kommunalt-disponert-utleiebolig"],
    },
    {
        "term": "Tilpasning av bolig",
        "slug": "tilpasning-av-bolig",
        "definition": (
            "Endringer i en bolig eller atkomsten til den som gjør boligen bedre egnet for en person "
            "med nedsatt funksjonsevne, nå eller i framtiden. Det kan være alt fra å fjerne terskler "
            "til større ombygginger, for eksempel for å få alle nødvendige rom på ett plan. Målet er "
            "at personen kan bli boende hjemme."
        ),
        "variants": [
            "tilpasning av bolig",
            "tilpasning av boligen",
            "boligtilpasning",
            "boligtilpasningen",
            "boligtilpasninger",
            "tilpassing av bustad",
            "bustadtilpassing",
            "tilrettelegging av bolig",
        ],
        "related": [
            "tilskudd-til-tilpasning",
            "tverrfaglig-boligradgivningsgruppe",
            "nav-hjelpemiddelsentral",
        ],
    },
    {
        "term": "Tilskudd til etablering",
        "slug": "tilskudd-til-etablering",
        "definition": (
            "Et strengt økonomisk behovsprøvd tilskudd som kommunen kan gi til personer med varig lav"
            " inntekt, gjerne sammen med startlån, når lånet alene ikke gir nok finansiering. "
            "Tilskuddet kan gis til kjøp av bolig og til refinansiering som er nødvendig for å "
            "beholde boligen."
        ),
        "variants": [
            "tilskudd til etablering",
            "tilskuddet til etablering",
            "etableringstilskudd",
            "etableringstilskuddet",
            "tilskot til etablering",
        ],
        "related": ["startlan", "refinansiering"],
    },
    {
        "term": "Tilskudd til tilpasning",
        "slug": "tilskudd-til-tilpasning",
        "definition": (
            "Et kommunalt tilskudd til personer med nedsatt funksjonsevne og til eldre som vil "
            "tilpasse boligen for å kunne bo hjemme også ved framtidig nedsatt funksjonsevne. Fra "
            "2020 er ordningen finansiert gjennom kommunenes rammetilskudd, og kommunen avgjør selv "
            "om tilskudd skal gis og hvor stort det skal være. Tilskuddet kan kombineres med "
            "startlån."
        ),
        "variants": [
            "tilskudd til tilpasning",
            "tilskuddet til tilpasning",
            "tilpasningstilskudd",
            "tilskot til tilpassing",
            "tilskotet til tilpassing",
        ],
        "related": ["tilpasning-av-bolig", "tilskudd-til-utredning-og-prosjektering", "startlan"],
    },
    {
        "term": "Tilskudd til utleieboliger",
        "slug": "tilskudd-til-utleieboliger",
        "definition": (
            "Et tilskudd fra Husbanken til å skaffe kommunalt disponerte utleieboliger for "
            "vanskeligstilte på boligmarkedet, ved kjøp, nybygging eller utbedring. Når andre enn "
            "kommunen eier boligene, må kommunen ha en tinglyst, eksklusiv rett til å tildele dem i "
            "minst 30 år. Tilskuddet kan bli krevd tilbake dersom boligene ikke brukes etter "
            "formålet."
        ),
        "variants": [
            "tilskudd til utleieboliger",
            "tilskuddet til utleieboliger",
            "tilskot til utleigebustader",
            "utleietilskudd",
        ],
        "related": [
            "kommunal-utleiebolig",
            "investeringstilskudd",
            "vanskeligstilt-pa-boligmarkedet",
        ],
    },
    {
        "term": "Tilskudd til utredning og prosjektering",
        "slug": "tilskudd-til-utredning-og-prosjektering",
        "definition": (
            "Et tilskudd som dekker kostnader til fagkyndig hjelp før en boligtilpasning. Tilskudd "
            "til utredning gjelder enkle undersøkelser av boligen, atkomsten, arealbehovet og "
            "økonomien. Tilskudd til prosjektering dekker honorar til arkitekt eller annen fagkyndig."
            " Ordningen har vært en kommunal oppgave siden 2020."
        ),
        "variants": [
            "tilskudd til utredning og prosjektering",
            "tilskudd til utredning",
            "tilskudd til prosjektering",
            "tilskot til utgreiing og prosjektering",
            "tilskot til utgreiing",
        ],
        "related": ["tilskudd-til-tilpasning", "tilpasning-av-bolig"],
    },
    {
        "term": "Tilvisningsavtale",
        "slug": "tilvisningsavtale",
        "definition": (
            "En langsiktig avtale mellom kommunen og en privat utbygger eller utleier som gir "
            "kommunen rett til å vise vanskeligstilte boligsøkere til en andel av boligene. Husbanken"
            " kan gi lån til slike utleieboliger når kommunen får tilvisningsrett til minst 40 "
            "prosent av boligene i minst 20 år. Leietakeren inngår leiekontrakten direkte med "
            "utleieren. Skrives også tilvisingsavtale."
        ),
        "variants": [
            "tilvisningsavtale",
            "tilvisningsavtalen",
            "tilvisningsavtaler",
            "tilvisningsavtalene",
            "tilvisingsavtale",
            "tilvisingsavtalen",
            "tilvisingsavtaler",
            "tilvisingsavtalar",
            "tilvisningsrett",
        ],
        "related": [
            "tildelingsavtale",
            "kommunalt-disponert-utleiebolig",
            "lan-til-utleieboliger",
            "kommunal-utleiebolig",
            "vanskeligstilt-pa-boligmarkedet",
        ],
    },
    {
        "term": "Totalentreprise",
        "slug": "totalentreprise",
        "definition": (
            "En entrepriseform der én entreprenør har ansvaret for både prosjekteringen og byggingen "
            "ut fra byggherrens funksjons- og kvalitetskrav. Byggherren får én kontraktspart å "
            "forholde seg til og overfører mer risiko, men har mindre direkte styring med detaljene."
        ),
        "variants": [
            "totalentreprise",
            "totalentreprisen",
            "totalentrepriser",
            "totalentreprisene",
            "totalentreprenør",
            "totalentreprenøren",
        ],
        "related": ["byggherre", "byggherrestyrt-entreprise"],
    },
    {
        "term": "Trygghetsavtale",
        "slug": "trygghetsavtale",
        "definition": (
            "En avtale som kan inngås i tillegg til den ordinære leiekontrakten når kommunen har "
            "formidlet en privat leiebolig, for å gi utleieren ekstra trygghet. Den kan for eksempel "
            "beskrive hvilken oppfølging kommunen gir og hvem utleieren kan kontakte ved problemer. "
            "Kommunen blir ikke part i selve leieavtalen."
        ),
        "variants": ["trygghetsavtale", "trygghetsavtalen", "trygghetsavtaler", "tryggleiksavtale"],
        "related": ["balansert-leiekontrakt", "husleiegaranti"],
    },
    {
        "term": "Tvangsgrunnlag",
        "slug": "tvangsgrunnlag",
        "definition": (
            "Det rettslige grunnlaget som må foreligge før namsfogden kan gjennomføre tvang, for "
            "eksempel en utkastelse. Det kan være en dom eller et forlik, eller et særskilt "
            "tvangsgrunnlag, som en klausul i en skriftlig leieavtale om at leieboeren godtar "
            "fravikelse ved manglende betaling eller når leietiden er ute."
        ),
        "variants": ["tvangsgrunnlag", "tvangsgrunnlaget", "tvangsgrunnlagene", "tvangsgrunnlaga"],
        "related": ["fravikelse", "namsfogden"],
    },
    {
        "term": "Tvangssalg",
        "slug": "tvangssalg",
        "definition": (
            "Salg av en eiendom eller bolig som kreditoren krever gjennomført fordi eieren ikke "
            "betaler et lån som er sikret med pant i eiendommen. Tvangssalg begjæres for tingretten. "
            "For en husstand med betalingsproblemer kan refinansiering med startlån være en måte å "
            "unngå tvangssalg på."
        ),
        "variants": ["tvangssalg", "tvangssalget", "tvangssalgene", "tvangssal", "tvangssalet"],
        "related": ["refinansiering", "mislighold", "gjeldsordning"],
    },
    {
        "term": "Tverrfaglig boligrådgivningsgruppe",
        "slug": "tverrfaglig-boligradgivningsgruppe",
        "definition": (
            "En fast gruppe i kommunen som samler økonomisk, teknisk og helsefaglig kompetanse for å "
            "gi råd i saker om tilpasning av bolig. Gruppen består gjerne av en boligrådgiver, en "
            "ergoterapeut eller fysioterapeut og en fagperson med byggteknisk bakgrunn, og én av dem "
            "er kontaktperson for brukeren."
        ),
        "variants": [
            "tverrfaglig boligrådgivningsgruppe",
            "boligrådgivningsgruppe",
            "boligrådgivningsgruppen",
            "boligrådgivningsgrupper",
            "boligrådgivingsgruppe",
            "bustadrådgjevingsgruppe",
        ],
        "related": ["tilpasning-av-bolig", "tverrfaglig-samarbeid", "ansvarsgruppe"],
    },
    {
        "term": "UNHCR",
        "slug": "unhcr",
        "definition": (
            "FNs høykommissær for flyktninger. UNHCR registrerer flyktninger, vurderer hvem som har "
            "sterkest behov for gjenbosetting og legger fram sakene for land som tar imot "
            "overføringsflyktninger."
        ),
        "variants": [
            "unhcr",
            "fns høykommissær for flyktninger",
            "fns høgkommissær for flyktningar",
        ],
        "related": ["overforingsflyktning"],
    },
    {
        "term": "Usikkerhetsanalyse",
        "slug": "usikkerhetsanalyse",
        "definition": (
            "En systematisk vurdering av hva som kan påvirke kostnadene og framdriften i et prosjekt,"
            " og hvor sannsynlig og alvorlig det er. Analysen gir et bedre grunnlag for budsjett og "
            "reserver, og den viser hvilke risikoer som må håndteres særskilt."
        ),
        "variants": [
            "usikkerhetsanalyse",
            "usikkerhetsanalysen",
            "usikkerhetsanalyser",
            "usikkerheitsanalyse",
            "usikkerheitsanalysen",
        ],
        "related": ["forprosjekt"],
    },
    {
        "term": "Utbyggingsavtale",
        "slug": "utbyggingsavtale",
        "definition": (
            "En avtale mellom kommunen og en utbygger om gjennomføringen av en plan, etter kapittel "
            "17 i plan- og bygningsloven. Avtalen kan blant annet gi kommunen eller andre "
            "fortrinnsrett til å kjøpe en andel av boligene til markedspris. Kommunestyret må først "
            "ha vedtatt at utbyggingsavtaler kan brukes."
        ),
        "variants": [
            "utbyggingsavtale",
            "utbyggingsavtalen",
            "utbyggingsavtaler",
            "utbyggingsavtalene",
            "utbyggingsavtalar",
        ],
        "related": ["reguleringsplan", "arealdel"],
    },
    {
        "term": "Utkastelse",
        "slug": "utkastelse",
        "definition": (
            "Dagligtale for at en leieboer eller beboer blir tvunget til å forlate boligen. Den "
            "rettslige betegnelsen er fravikelse. Den gjennomføres av namsfogden på grunnlag av et "
            "tvangsgrunnlag, som en dom eller en leieavtale med klausul om fravikelse. Utleieren kan "
            "aldri kaste ut en leieboer på egen hånd."
        ),
        "variants": [
            "utkastelse",
            "utkastelsen",
            "utkastelser",
            "utkastelsene",
            "utkasting",
            "utkastinga",
            "utkastingar",
        ],
        "related": ["fravikelse", "begjaering-om-fravikelse", "namsfogden"],
    },
    {
        "term": "Utlysing",
        "slug": "utlysing",
        "definition": (
            "Kommunens offentlige kunngjøring av behovet for kommunalt disponerte utleieboliger, der "
            "private aktører inviteres til å gi tilbud. Husbanken krever utlysing før det gis "
            "finansiering til boliger med tilvisnings- eller tildelingsavtale. Regelverket for "
            "offentlige anskaffelser gjelder ikke, fordi kommunen ikke betaler utleieren."
        ),
        "variants": [
            "utlysing",
            "utlysingen",
            "utlysning",
            "utlysningen",
            "utlysinger",
            "kunngjøring av boligbehov",
        ],
        "related": ["tilvisningsavtale", "intensjonsavtale"],
    },
    {
        "term": "Uttakskommisjon",
        "slug": "uttakskommisjon",
        "definition": (
            "En delegasjon fra UDI, IMDi og Politiets utlendingsenhet som reiser til landet der "
            "overføringsflyktninger oppholder seg, for å intervjue dem. Intervjuene gir grunnlag for "
            "UDIs vedtak om innreisetillatelse og for IMDis arbeid med å finne en bosettingskommune."
        ),
        "variants": [
            "uttakskommisjon",
            "uttakskommisjonen",
            "uttakskommisjoner",
            "kommisjonsreise",
            "kommisjonsreiser",
            "kommisjonsuttak",
        ],
        "related": ["overforingsflyktning", "unhcr"],
    },
    {
        "term": "Varslingsregelen",
        "slug": "varslingsregelen",
        "definition": (
            "Regelen i husleieloven § 9-11, innført i 2007, som gir utleieren rett, men ikke plikt, "
            "til å varsle Nav skriftlig om mislighold som kan gi grunnlag for utkastelse. Utleieren "
            "må gi leieboeren kopi av varselet, og leieboeren kan på forhånd reservere seg skriftlig "
            "mot slik varsling. Formålet er at Nav skal kunne hjelpe før saken går til namsfogden."
        ),
        "variants": [
            "varslingsregelen",
            "varslingsregel",
            "varslingsregelen i husleieloven",
            "varslingsregelen i husleigelova",
        ],
        "related": ["mislighold", "begjaering-om-fravikelse", "utkastelse"],
    },
    {
        "term": "Vedtak",
        "slug": "vedtak",
        "definition": (
            "En skriftlig avgjørelse fra forvaltningen om rettigheter eller plikter for en bestemt "
            "person, kalt enkeltvedtak i forvaltningsloven. Et vedtak om tjenester skal si hva som "
            "gis, i hvilket omfang og for hvor lang tid, være begrunnet og opplyse om retten til å "
            "klage. Også boligsosial bistand, startlån og økonomisk rådgivning gis etter vedtak."
        ),
        "variants": [
            "vedtak",
            "vedtaket",
            "vedtakene",
            "vedtaka",
            "enkeltvedtak",
            "enkeltvedtaket",
            "enkeltvedtakene",
        ],
        "related": ["kartlegging", "iplos"],
    },
    {
        "term": "Veiledningsplikt",
        "slug": "veiledningsplikt",
        "definition": (
            "Forvaltningens plikt etter forvaltningsloven § 11 til å gi veiledning innenfor sitt "
            "saksområde, slik at folk kan ivareta sine interesser. For kommunal bolig betyr det blant"
            " annet hjelp til å søke, informasjon om hva som mangler i en søknad og råd om andre "
            "måter å løse boligbehovet på."
        ),
        "variants": [
            "veiledningsplikt",
            "veiledningsplikten",
            "rettleiingsplikt",
            "rettleiingsplikta",
        ],
        "related": ["enkeltvedtak"],
    },
    {
        "term": "Velferdsteknologi",
        "slug": "velferdsteknologi",
        "definition": (
            "Teknologi som gir trygghet, sikkerhet og bedre mestring i hverdagen for personer som "
            "trenger tjenester, for eksempel trygghetsalarm, sensorer, digitalt tilsyn og "
            "medisindispensere. I nye boliger bør behovet for slik teknologi og infrastrukturen for "
            "den planlegges tidlig."
        ),
        "variants": [
            "velferdsteknologi",
            "velferdsteknologien",
            "velferdsteknologiske",
            "velferdsteknologiløsninger",
        ],
        "related": ["omsorgsbolig"],
    },
]
