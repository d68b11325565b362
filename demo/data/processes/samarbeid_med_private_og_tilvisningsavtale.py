"""Samarbeid med private og tilvisningsavtale: written from veiviseren.no (the section «Samarbeid med
private» and its process «Private utleieboliger med rett til kommunal tilvising eller tildeling»:
overview and phase pages 1–4), Husbanken's pages on tilvisingsavtaler (with the Ringsaker example),
Husbanken's rules for lån and tilskudd to utleieboliger, veiviseren's example from Ringsaker and an
utlysing from Storfjord kommune (see SOURCES). No stored page was found for phase 5 «Vi følger
opp»; that phase is written from the overview, the rules for tildelingsavtaler and the other phases."""

AREA = "tilrettelegge-og-beholde-bolig"

SOURCES = [
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/samarbeid-med-private",
        "title": "Samarbeid med private (veiviseren.no)",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/tilvisingsavtaler-kommunalt-disponerte-utleieboliger",
        "title": "Private utleieboliger med rett til kommunal tilvising eller tildeling (veiviseren.no, arbeidsprosess)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/tilvisingsavtaler-kommunalt-disponerte-utleieboliger/vi-vil-om-forankringen-i-kommunen",
        "title": "Fase 1: «Vi vil» – Om forankringen i kommunen (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/tilvisingsavtaler-kommunalt-disponerte-utleieboliger/vi-trenger-om-utlysningen-av-behovet",
        "title": "Fase 2: «Vi trenger» – Om utlysingen av behovet (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/tilvisingsavtaler-kommunalt-disponerte-utleieboliger/vi-velger-om-valg-av-utleier-og-riktige-boliger",
        "title": "Fase 3: «Vi velger» – Om valg av utleier og egnede boliger (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/tilvisingsavtaler-kommunalt-disponerte-utleieboliger/vi-realiserer-om-finansiering-og-tildeling-og-tilvisningsavtaler",
        "title": "Fase 4: «Vi realiserer» – Om finansiering og tildeling/tilvisingsavtaler (veiviseren.no)",
    },
    {
        "url": "https://www.husbanken.no/kommune/lan-og-tilskudd/utleieboliger/tilvisningsavtale/",
        "title": "Utleieboliger med tilvisingsavtaler (Husbanken)",
    },
    {
        "url": "https://www.husbanken.no/grunnlaan/veileder-for-husbankens-grunnlaan/8-spesielle-krav-ved-kommunalt-disponerte-utleieboliger/",
        "title": "Veileder for Husbankens grunnlån, kap. 8: Spesielle krav ved kommunalt disponerte utleieboliger (Husbanken)",
    },
    {
        "url": "https://veiviseren.no/forstaa-helheten/lover-og-forskrifter/forskrift-om-tilskudd-til-utleieboliger-fra-husbanken",
        "title": "Forskrift om tilskudd til utleieboliger fra Husbanken (veiviseren.no)",
    },
    {
        "url": "https://veiviseren.no/forstaa-helheten/lover-og-forskrifter/forskrift-om-lan-fra-husbanken",
        "title": "Forskrift om lån fra Husbanken (veiviseren.no)",
    },
    {
        "url": "https://www.husbanken.no/kommune/lan-og-tilskudd/tilskudd-utleieboliger/veileder/utbetaling-tilbakebetaling-klage-kontroll/",
        "title": "Veileder for tilskudd til utleieboliger: utbetaling, tilbakebetaling, klage og kontroll (Husbanken)",
    },
    {
        "url": "https://www.ssb.no/kompis/statbank/?id=43dd1d4d-6dd4-4ec5-b851-8301f7f2b233&ver=297324&val=KOSboligpkommuna0000&lang=no",
        "title": "Privat eide boliger med kommunal disposisjonsrett (SSB, KOSTRA-definisjon)",
    },
    {
        "url": "https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/utleieboliger-med-tilvisningsavtale-i-ringsaker",
        "title": "Utleieboliger med tilvisningsavtale i Ringsaker (veiviseren.no, eksempel)",
    },
    {
        "url": "https://storfjord.custompublish.com/framskaffelse-av-utleieboliger-med-tilvisningsavtale.6214537-102429.html",
        "title": "Framskaffelse av utleieboliger med tilvisningsavtale (Storfjord kommune, 2019)",
    },
    {
        "url": "https://www.estatenyheter.no/tilvisningsavtalene-en-lite-utforsket-samarbeidsmodell-mellom-offentlige-og-private-aktorer/352760",
        "title": "Tilvisningsavtalene – en lite utforsket samarbeidsmodell (Estate Nyheter)",
    },
]


WORK_PROCESS = {
    "title": "Samarbeid med private og tilvisningsavtale",
    "slug": "samarbeid-med-private-og-tilvisningsavtale",
    "search_description": (
        "Slik kan kommunen skaffe flere utleieboliger gjennom tilvisnings- eller tildelingsavtaler med private "
        "utbyggere og utleiere, med finansiering fra Husbanken."
    ),
    "intro": (
        "<p>Gjennom langsiktige avtaler med private utbyggere og utleiere kan kommunen få disponere flere "
        "utleieboliger enn den eier selv. Arbeidsprosessen viser hvordan kommunen, sammen med seriøse private "
        "aktører og Husbanken, kan skaffe egnede utleieboliger som et supplement til de kommunale boligene. "
        "På veiviseren het prosessen «Private utleieboliger med rett til kommunal tilvising eller "
        "tildeling».</p>"
        "<p>Det finnes to avtaleformer. Med en <strong>tilvisningsavtale</strong> får kommunen rett til å "
        "vise vanskeligstilte boligsøkere til minst 40 prosent av boligene i et prosjekt, i minst 20 år. "
        "Boligene finansieres med lån fra Husbanken. Med en <strong>tildelingsavtale</strong> får kommunen "
        "enerett til å tildele boligene, og prosjektet kan i tillegg få tilskudd fra Husbanken til de boligene "
        "kommunen skal tildele. Arbeidet er delt i fem faser som kan brukes i store og små kommuner, uansett "
        "hvor stort prosjektet er.</p>"
    ),
    "background": (
        "<p>Prosessen starter med et konkret boligbehov som er beskrevet i kommunens planer – kommuneplan, "
        "økonomiplan, temaplan, boligstrategi eller boligbehovsplan – og som er forankret politisk og "
        "administrativt. Siden 1. juli 2023 skal kommunen etter boligsosialloven ha oversikt over behovet for "
        "ordinære og tilpassede boliger for vanskeligstilte, og oversikten skal inngå i grunnlaget for "
        "planstrategien.</p>"
        "<p>Husbanken krever at kommunen lyser ut behovet før utbyggeren eller utleieren kan få finansiering "
        "til boliger med tilvisnings- eller tildelingsavtale, og avtaleparten må være en profesjonell utleier. "
        "Fordi kommunen ikke betaler utleieren noe, er avtalene ikke gjensidig bebyrdende, og regelverket for "
        "offentlige anskaffelser gjelder ikke for utlysingen.</p>"
    ),
    "body": (
        "<p>Hver fase har en kort beskrivelse, resultater og oppgaver med forslag til ansvar. Fasene heter «Vi "
        "vil», «Vi trenger», «Vi velger», «Vi realiserer» og «Vi følger opp».</p>"
        "<h3>Hvem har ansvaret</h3>"
        "<p>Kommunedirektøren (rådmannen) forankrer satsingen, og kommunestyret gir fullmakt til å inngå "
        "avtalene. Det er en fordel å utnevne en prosjektleder som samler kompetansen i kommunen. "
        "Sosialfaglige, planfaglige, tekniske og økonomiske fagmiljøer bør være med fra starten. Utbyggeren "
        "eller utleieren søker Husbanken om finansiering og har ansvar for forvaltningen av boligene. Husbanken "
        "veileder kommunen og behandler søknadene.</p>"
    ),
    "kind": "linear",
    "glossary_terms": [
        "tilvisningsavtale",
        "tildelingsavtale",
        "kommunalt-disponert-utleiebolig",
        "lan-til-utleieboliger",
        "utlysing",
        "intensjonsavtale",
        "profesjonell-utleier",
        "vanskeligstilt-pa-boligmarkedet",
        "samordning",
    ],
    "law_references": ["boligsosialloven-5", "boligsosialloven-6", "forskrift-lan-husbanken-kap-3"],
    "target_groups": [
        "vanskeligstilte-pa-boligmarkedet",
        "barnefamilier",
        "ungdom-og-unge-voksne",
        "flyktninger",
    ],
    "themes": [
        "Boligbygging og fremskaffelse",
        "Leie av private boliger",
        "Planarbeid",
        "Kommunale utleieboliger",
    ],
}

PHASES = [
    {
        "number": 1,
        "title": "«Vi vil» – Om forankringen i kommunen",
        "slug": "vi-vil-om-forankringen-i-kommunen",
        "short_description": (
            "<p>Den første fasen er en kort sonderingsfase der kommunen setter seg inn i mulighetene for å skaffe "
            "boliger i samarbeid med private utleiere, og får politisk fullmakt til å satse på det. Ofte starter "
            "arbeidet med en dialog mellom kommunen og Husbanken. Det kan også starte med at en privat utleier tar "
            "kontakt og tilbyr konkrete boliger eller prosjekter.</p>"
            "<p>Et godt resultat krever bred forankring fra begynnelsen, fordi satsingen påvirker ressursbruk, "
            "økonomi og planverk. En analyse av boligbehovet – hvem som trenger bolig, hva slags boliger og hvor "
            "mange – gir grunnlaget for saksframlegget til kommunestyret og for forankringen i resten av "
            "kommuneledelsen.</p>"
        ),
        "results_intro": "Fasen er ferdig når:",
        "results": [
            "Kommunen har oversikt over det lokale boligbehovet på kort og lang sikt",
            "Kommunen har kontaktet Husbanken og fått informasjon om hvordan modellen gjennomføres",
            "Nøkkelpersoner i kommunen har kunnskap om kommunalt disponerte utleieboliger",
            "Satsingen er forankret i den politiske og administrative ledelsen",
            "Kommunestyret har vedtatt å delegere fullmakt til å inngå tilvisnings- eller tildelingsavtaler",
        ],
        "task_groups": [
            {
                "heading": "Kunnskap om behov og muligheter",
                "tasks": [
                    {
                        "text": "Analysere boligbehovet: hvem som trenger bolig, hva slags boliger og hvor mange",
                        "responsible": ["boligkontor", "planavdeling"],
                        "sub_points": [
                            "Hva sier kommuneplanen, boligplanen og oversikten over boligbehovet?",
                            "Hvor mange søkere venter på kommunal bolig, og hvilke boligtyper mangler?",
                        ],
                    },
                    {
                        "text": "Ta kontakt med Husbanken for informasjon om modellen og finansieringen",
                        "responsible": ["boligkontor", "husbanken"],
                        "sub_points": [
                            "Kan kommunen få kontakt med andre kommuner som har gjennomført en slik prosess?",
                        ],
                    },
                    {
                        "text": "Vurdere henvendelser fra private utleiere som tilbyr boliger eller prosjekter",
                        "responsible": ["boligkontor", "eiendom"],
                        "sub_points": [
                            "Passer tilbudet med det behovet kommunen har beskrevet?",
                        ],
                    },
                ],
            },
            {
                "heading": "Forankring og fullmakt",
                "tasks": [
                    {
                        "text": "Forankre satsingen i kommuneledelsen på grunnlag av behovsanalysen",
                        "responsible": ["radmann"],
                        "sub_points": [
                            "Er sosialfaglig, planfaglig, teknisk og økonomisk kompetanse med i arbeidet?",
                        ],
                    },
                    {
                        "text": "Legge fram sak for kommunestyret om fullmakt til å inngå avtaler",
                        "responsible": ["radmann", "kommunestyret"],
                        "sub_points": [
                            "Hvem får fullmakt til å signere avtalene, og innenfor hvilke rammer?",
                        ],
                    },
                    {
                        "text": "Utnevne en prosjektleder som samler kompetansen i kommunen",
                        "responsible": ["radmann", "arbeidsgruppeleder"],
                        "sub_points": [
                            "Kan prosjektet prioriteres i byggesaksbehandlingen, slik at utbyggerne får forutsigbarhet?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Er boligbehovet godt nok dokumentert til at politikerne og utbyggerne har tillit til det?",
            "Hvilke fagmiljøer i kommunen må være med for at prosjektet skal lykkes?",
        ],
        "glossary_terms": [
            "kommunalt-disponert-utleiebolig",
            "tilvisningsavtale",
            "tildelingsavtale",
            "mandat",
        ],
        "law_references": ["boligsosialloven-5"],
        "tools": [],
        "subprocesses": [],
    },
    {
        "number": 2,
        "title": "«Vi trenger» – Om utlysingen av behovet",
        "slug": "vi-trenger-om-utlysningen-av-behovet",
        "short_description": (
            "<p>Kommunen må lyse ut behovet for kommunalt disponerte utleieboliger før utbyggeren eller utleieren "
            "kan søke Husbanken om lån. Utlysingen er kommunens mulighet til å beskrive nøyaktig hva den trenger. "
            "Det er ikke forskriftskrav ut over byggteknisk forskrift, men boligene skal være egnet for "
            "målgruppen. Utlysingen bør derfor være tydelig på hvilke kvaliteter som etterspørres, som "
            "sammensetning av boligtyper og størrelser.</p>"
            "<p>Er modellen ukjent for det lokale næringslivet, anbefales et orienteringsmøte der kommunen legger "
            "fram boligbehovet, modellen, erfaringer fra et gjennomført prosjekt og en tidsplan. Aktuelle "
            "deltakere er også lokale næringsdrivende som vil starte et nytt selskap for å drive utleie. Kjenner "
            "bransjen modellen fra før, kan møtet holdes om lag 14 dager etter utlysingen, som et oppstartsmøte "
            "for dem som har meldt interesse.</p>"
        ),
        "results_intro": "Fasen er ferdig når:",
        "results": [
            "Behovet er lyst ut, med tydelige krav til boligtyper, størrelser og kvaliteter",
            "Det er oppgitt frist for tilbud og hvilke kriterier kommunen vil legge vekt på",
            "Aktuelle aktører er informert, eventuelt gjennom et orienteringsmøte",
        ],
        "task_groups": [
            {
                "heading": "Utforme utlysingen",
                "tasks": [
                    {
                        "text": "Beskrive hvilke boliger kommunen trenger, og hvilke kvaliteter de skal ha",
                        "responsible": ["boligkontor", "planavdeling", "eiendom"],
                        "sub_points": [
                            "Hvilken sammensetning av boligtyper og størrelser er det behov for?",
                            "Hvilke krav stilles til beliggenhet, tilgjengelighet og bomiljø?",
                        ],
                    },
                    {
                        "text": "Fastsette kriteriene som tilbudene skal vurderes etter, og hvordan de vektes",
                        "responsible": ["boligkontor", "arbeidsgruppeleder"],
                        "sub_points": [
                            "Hvor mye skal husleienivå, plan for forvaltning, bomiljø, beliggenhet og ferdigstilling telle?",
                        ],
                    },
                    {
                        "text": "Beskrive kravene til utleieselskapet",
                        "responsible": ["boligkontor"],
                        "sub_points": [
                            "Avtaleparten må være en profesjonell utleier. Hva skal tilbyderen dokumentere om dette?",
                        ],
                    },
                ],
            },
            {
                "heading": "Kunngjøre og informere",
                "tasks": [
                    {
                        "text": "Kunngjøre utlysingen, for eksempel i lokalavisen og på kommunens nettsider",
                        "responsible": ["boligkontor"],
                        "sub_points": [
                            "Regelverket for offentlige anskaffelser gjelder ikke, men utlysingen bør likevel være åpen og likebehandle tilbyderne.",
                        ],
                    },
                    {
                        "text": "Holde orienteringsmøte for bransjeaktører",
                        "responsible": ["boligkontor", "husbanken"],
                        "sub_points": [
                            "Kjenner bransjen modellen fra før, eller må den forklares fra grunnen av?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Beskriver utlysingen behovet så tydelig at tilbyderne kan gi tilbud som faktisk passer?",
        ],
        "glossary_terms": ["utlysing", "profesjonell-utleier", "kommunalt-disponert-utleiebolig"],
        "law_references": ["forskrift-lan-husbanken-kap-3"],
        "tools": [
            {
                "title": "Husbankens krav og beskrivelse av søker/utleieselskap",
                "description": "Husbanken har utarbeidet dokumenter som beskriver kravene til søker og utleieselskap ved fremskaffelse av utleieboliger, for å gi forutsigbarhet for kommunen, tilbyderen og Husbanken.",
                "url": "",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 3,
        "title": "«Vi velger» – Om valg av utleier og egnede boliger",
        "slug": "vi-velger-om-valg-av-utleier-og-riktige-boliger",
        "short_description": (
            "<p>I denne fasen velger kommunen utleieaktør og boligprosjekt ut fra kravene i utlysingen. Tilbyderne "
            "inviteres til å presentere virksomheten og prosjektet sitt, og kommunen legger fram hva den venter av "
            "samarbeidet. Deretter konkluderer kommunen med om den vil inngå en tilvisnings- eller "
            "tildelingsavtale.</p>"
            "<p>Kommunen bør velge samarbeidspartnere som er eller vil bli profesjonelle utleiere, som har lokalt "
            "engasjement, og som tar ansvar for oppfølgingen av prosjektet, beboerne og bomiljøet. Vil kommunen gå "
            "videre, inngås en intensjonsavtale, som sendes til Husbanken.</p>"
        ),
        "results_intro": "Fasen er ferdig når:",
        "results": [
            "Tilbudene er levert innen fristen i utlysingen",
            "Aktuelle tilbydere har presentert selskap og prosjekt i et møte med kommunen",
            "Kommunen har tatt stilling til om utbyggeren eller utleieren kan godkjennes",
            "Tilbudene er vurdert og vektet etter kriteriene i utlysingen",
            "Tilbyderne har fått svar, og det er inngått intensjonsavtale med dem kommunen vil samarbeide med",
            "Intensjonsavtalen er sendt til Husbanken",
        ],
        "task_groups": [
            {
                "heading": "Vurdere tilbudene",
                "tasks": [
                    {
                        "text": "Ta imot tilbudene og kontrollere at de svarer på kravene i utlysingen",
                        "responsible": ["boligkontor", "arbeidsgruppe"],
                        "sub_points": [],
                    },
                    {
                        "text": "Holde møter der tilbyderne presenterer selskap og prosjekt",
                        "responsible": ["boligkontor", "utleier"],
                        "sub_points": [
                            "Kommuner i Husbankens kommuneprogram kunne få Husbanken med på møtet når det var kapasitet.",
                            "Hvordan vil utleieren følge opp beboerne og bomiljøet?",
                        ],
                    },
                    {
                        "text": "Vurdere om tilbyderen kan godkjennes, og vekte prosjektene etter kriteriene",
                        "responsible": ["boligkontor", "arbeidsgruppe", "husbanken"],
                        "sub_points": [
                            "Er tilbyderen en profesjonell utleier, eller har den realistiske planer om å bli det?",
                            "Passer boligene for målgruppen, og er husleien forsvarlig for den?",
                        ],
                    },
                ],
            },
            {
                "heading": "Velge og avtale",
                "tasks": [
                    {
                        "text": "Gi tilbyderne tilbakemelding om kommunen ønsker samarbeid",
                        "responsible": ["boligkontor"],
                        "sub_points": [],
                    },
                    {
                        "text": "Inngå intensjonsavtale med valgt utbygger eller utleier",
                        "responsible": ["radmann", "boligkontor", "utleier"],
                        "sub_points": [
                            "Ligger avtalen innenfor fullmakten fra kommunestyret?",
                        ],
                    },
                    {
                        "text": "Sende intensjonsavtalen til Husbanken",
                        "responsible": ["boligkontor"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hva skal til for at vi stoler på at utleieren tar ansvar for beboerne i tjue år eller mer?",
        ],
        "glossary_terms": [
            "intensjonsavtale",
            "profesjonell-utleier",
            "tilvisningsavtale",
            "tildelingsavtale",
        ],
        "law_references": [],
        "tools": [],
        "subprocesses": [],
    },
    {
        "number": 4,
        "title": "«Vi realiserer» – Om finansiering og tildeling/tilvisingsavtaler",
        "slug": "vi-realiserer-om-finansiering-og-tildeling-og-tilvisningsavtaler",
        "short_description": (
            "<p>Nå signerer kommunen og utleieren tilvisnings- eller tildelingsavtalen. Ved bygging eller "
            "oppgradering kan utleieselskapet søke Husbanken om lån til utleieboliger til vanskeligstilte – og ved "
            "tildelingsavtaler også tilskudd – når prosjektet har fått rammetillatelse fra kommunen. Lånet og "
            "eventuelt tilskudd blir utbetalt når prosjektet er ferdig.</p>"
            "<p>Med søknaden skal det blant annet følge signert avtale med kommunen, firmaattest, beskrivelse av "
            "utleieselskapet, forhåndstakst, eventuell kjøpekontrakt, oversikt over boligene og husleien, "
            "driftsbudsjett og tegninger. Søknaden sendes elektronisk til Husbanken. Husbanken gir ikke tilskudd "
            "til prosjekter med tilvisningsavtale.</p>"
        ),
        "results_intro": "Fasen er ferdig når:",
        "results": [
            "Tilvisnings- eller tildelingsavtalen er signert",
            "Utleieselskapet har søkt Husbanken med den dokumentasjonen som kreves",
            "Husbanken har gitt tilsagn, og bygging, oppgradering eller kjøp er satt i gang",
            "Prosjektet har fått ferdigattest, og lån og eventuelt tilskudd er utbetalt",
            "Samarbeidsavtale er signert, og kommunens rett er tinglyst der det kreves",
        ],
        "task_groups": [
            {
                "heading": "Avtale og søknad",
                "tasks": [
                    {
                        "text": "Signere tilvisnings- eller tildelingsavtalen",
                        "responsible": ["radmann", "utleier"],
                        "sub_points": [
                            "Går det klart fram hvor mange boliger kommunen disponerer, hvor lenge, og hvordan tilvisning eller tildeling skal skje?",
                        ],
                    },
                    {
                        "text": "Søke Husbanken om lån til utleieboliger til vanskeligstilte, og om tilskudd ved tildelingsavtale",
                        "responsible": ["utleier"],
                        "sub_points": [
                            "Er rammetillatelsen på plass?",
                            "Følger signert avtale, firmaattest, selskapsbeskrivelse, forhåndstakst, boligoversikt med husleie, driftsbudsjett og tegninger med søknaden?",
                        ],
                    },
                    {
                        "text": "Behandle søknaden og gi tilsagn",
                        "responsible": ["husbanken"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Bygging og utbetaling",
                "tasks": [
                    {
                        "text": "Behandle byggesaken og følge prosjektet fram til ferdigattest",
                        "responsible": ["planavdeling"],
                        "sub_points": [
                            "Er det avtalt hvordan byggesaken kan prioriteres?",
                        ],
                    },
                    {
                        "text": "Søke om utbetaling når prosjektet er ferdig og har fått ferdigattest",
                        "responsible": ["utleier"],
                        "sub_points": [
                            "Ved tildelingsavtale: er samarbeidsavtalen signert, og er erklæringen om kommunens rett tinglyst på eiendommen?",
                        ],
                    },
                    {
                        "text": "Forberede tilvisning eller tildeling av de første leietakerne",
                        "responsible": ["boligkontor"],
                        "sub_points": [
                            "Hvilke boligsøkere står på venteliste, og hvem passer boligene for?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Har vi avklart hvem i kommunen som følger prosjektet i byggeperioden?",
        ],
        "glossary_terms": ["lan-til-utleieboliger", "tilvisningsavtale", "tildelingsavtale"],
        "law_references": ["forskrift-lan-husbanken-kap-3", "pbl-21-10"],
        "tools": [
            {
                "title": "Husbankens side om utleieboliger med tilvisingsavtaler",
                "description": "Beskrivelse av modellen og av Ringsaker kommunes prosess steg for steg.",
                "url": "https://www.husbanken.no/kommune/lan-og-tilskudd/utleieboliger/tilvisningsavtale/",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 5,
        "title": "«Vi følger opp» – Om avtaler og samarbeid med utleier i driftsfasen",
        "slug": "vi-folger-opp-om-avtaler-og-samarbeid-med-utleier-i-driftsfasen",
        "short_description": (
            "<p>Når boligene står ferdige, starter et samarbeid som skal vare i mange år: minst 20 år for "
            "tilvisningsavtaler og minst 30 år for boliger der kommunen har tildelingsrett og Husbanken har gitt "
            "tilskudd. Ved tilvisning inngår leietakeren husleiekontrakt med den private utleieren, mens kommunen "
            "bestemmer hvem som får leie. Ved tildelingsavtaler skal eieren i tillegg ha en samarbeidsavtale med "
            "kommunen.</p>"
            "<p>Samarbeidet trenger faste rutiner: hvordan utleieren melder fra om ledige boliger, hvor raskt "
            "kommunen skal tilvise en ny leietaker, og hvordan kommunen og utleieren sammen følger opp beboere og "
            "bomiljø. Gode relasjoner til utleieren er en forutsetning for at modellen skal fungere over tid.</p>"
        ),
        "results_intro": "Fasen er i orden når:",
        "results": [
            "Det finnes skriftlige rutiner for melding om ledige boliger og for tilvisning eller tildeling",
            "Kommunen og utleieren har faste kontaktpersoner og møtes jevnlig",
            "Leietakerne får den oppfølgingen de trenger, og utleieren vet hvem hun eller han skal kontakte",
            "Avtalene følges opp gjennom hele avtaleperioden",
        ],
        "task_groups": [
            {
                "heading": "Rutiner for tilvisning og tildeling",
                "tasks": [
                    {
                        "text": "Avtale hvordan utleieren melder fra om ledige boliger, og frister for kommunens svar",
                        "responsible": ["boligkontor", "utleier"],
                        "sub_points": [
                            "Hva skjer hvis kommunen ikke har en aktuell søker innen fristen?",
                        ],
                    },
                    {
                        "text": "Tilvise eller tildele boligene etter kommunens kriterier og vedtak",
                        "responsible": ["boligkontor", "saksbehandler"],
                        "sub_points": [
                            "Passer boligen for søkeren, og er det behov for oppfølging etter innflytting?",
                        ],
                    },
                ],
            },
            {
                "heading": "Samarbeid med utleieren",
                "tasks": [
                    {
                        "text": "Inngå og følge opp samarbeidsavtalen med utleieren",
                        "responsible": ["boligkontor", "utleier"],
                        "sub_points": [
                            "Hvem har ansvar for hva når det oppstår problemer med en leietaker?",
                        ],
                    },
                    {
                        "text": "Ha faste møter med utleieren om boligene, beboerne og bomiljøet",
                        "responsible": ["boligkontor", "utleier"],
                        "sub_points": [],
                    },
                    {
                        "text": "Gi leietakerne nødvendig oppfølging og reagere raskt ved husleierestanser",
                        "responsible": ["bo-oppfolger", "nav", "helse-og-omsorg"],
                        "sub_points": [
                            "Se arbeidsprosessen «Forhindre utkastelse».",
                        ],
                    },
                    {
                        "text": "Vurdere jevnlig om avtalene dekker kommunens boligbehov, og om nye prosjekter bør lyses ut",
                        "responsible": ["boligkontor", "planavdeling"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvordan holder vi samarbeidet levende når de som inngikk avtalen, har sluttet?",
        ],
        "glossary_terms": ["tilvisningsavtale", "tildelingsavtale", "oppfolgingstjenester-i-bolig"],
        "law_references": ["boligsosialloven-6"],
        "tools": [],
        "subprocesses": [],
    },
]
