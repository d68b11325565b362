"""Forvaltning, drift og vedlikehold: valg av bolig og beboeroppfølging: written from
https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/forvaltning-drift-vedlikehold-fdv/valg-av-bolig-og-beboeroppflgning
(overview) and its three phase pages (tildeling-av-kommunal-bolig-og-fastsettelse-av-husleie,
inngaelse-av-leiekontrakt-og-innflytting, oppfolgning-av-beboer-i-leieforhold), the sister process
"Kommunens forvaltning av boliger" (glossary), Husbanken (bostøtte, startlån) and Lovdata
(husleieloven, boligsosialloven).
"""

AREA = "fremskaffe-og-forvalte-boliger"

SOURCES = [
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/forvaltning-drift-vedlikehold-fdv/valg-av-bolig-og-beboeroppflgning",
        "title": "Forvaltning, drift og vedlikehold: valg av bolig og beboeroppfølging (Veiviseren, oversikt)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/forvaltning-drift-vedlikehold-fdv/valg-av-bolig-og-beboeroppflgning/tildeling-av-kommunal-bolig-og-fastsettelse-av-husleie",
        "title": "Fase 1: Tildeling av kommunal bolig og fastsettelse av husleie (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/forvaltning-drift-vedlikehold-fdv/valg-av-bolig-og-beboeroppflgning/inngaelse-av-leiekontrakt-og-innflytting",
        "title": "Fase 2: Inngåelse av leiekontrakt og innflytting (Veiviseren)",
    },
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/forvaltning-drift-vedlikehold-fdv/valg-av-bolig-og-beboeroppflgning/oppfolgning-av-beboer-i-leieforhold",
        "title": "Fase 3: Oppfølging av beboer i leieforhold (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/forvaltning-drift-vedlikehold-fdv/kommunens-forvaltning-av-boliger",
        "title": "Kommunens forvaltning av boliger (Veiviseren, søsterprosess og ordliste)",
    },
    {
        "url": "https://www.tynset.kommune.no/tjenester/helse-og-omsorgstjenester/funksjonshemming/bolig/",
        "title": "Bolig (Tynset kommune)",
    },
    {
        "url": "https://www.husbanken.no/person/bostotte/",
        "title": "Bostøtte (Husbanken)",
    },
    {
        "url": "https://lovdata.no/lov/1999-03-26-17",
        "title": "Lov om husleieavtaler (husleieloven)",
    },
    {
        "url": "https://lovdata.no/lov/2022-12-20-121",
        "title": "Lov om kommunenes ansvar på det boligsosiale feltet (boligsosialloven)",
    },
]

WORK_PROCESS = {
    "title": "Forvaltning, drift og vedlikehold: valg av bolig og beboeroppfølging",
    "slug": "forvaltning-drift-og-vedlikehold-valg-av-bolig-og-beboeroppfolging",
    "search_description": (
        "Fra vedtak om kommunal bolig til valg av bolig, husleie, leiekontrakt, innflytting og "
        "oppfølging av beboeren gjennom leieforholdet."
    ),
    "intro": (
        "<p>Denne arbeidsprosessen beskriver hva som skjer etter at en husstand har fått vedtak "
        "om kommunal bolig: hvordan kommunen velger en bolig som passer, fastsetter husleien, "
        "inngår leiekontrakt, tar imot den nye leietakeren og følger opp leieforholdet. Prosessen "
        "har tre faser: tildeling og fastsettelse av husleie, leiekontrakt og innflytting, og "
        "oppfølging av beboeren.</p>"
        "<p>En god bosetting bygger på to typer kunnskap: kunnskap om søkeren og hva husstanden "
        "trenger, og kunnskap om boligene og bomiljøene kommunen rår over. Like viktig er det at "
        "kommunen reagerer raskt når noe går galt i leieforholdet, enten det gjelder ubetalt "
        "husleie, skader på boligen eller uro i nabolaget.</p>"
    ),
    "background": (
        "<p>Prosessen starter når søknaden om kommunal bolig er behandlet og husstanden har fått "
        "et positivt vedtak. Hvordan søknaden behandles, er beskrevet i prosessen «Søknad og vedtak "
        "om kommunal bolig». Nå skal den som forvalter boligene, finne en ledig bolig som passer, "
        "og inngå en husleieavtale med husstanden.</p>"
        "<p>Husleieloven gjelder også når kommunen er utleier. Loven gir kommunen adgang til å "
        "inngå tidsbestemte kontrakter med kortere varighet enn ellers når boligen leies ut til "
        "vanskeligstilte, men leietakeren har de samme grunnleggende rettighetene som i andre "
        "leieforhold. Fra 1. juli 2023 gir boligsosialloven kommunen plikt til å gi individuelt "
        "tilpasset bistand til vanskeligstilte på boligmarkedet, og oppfølging i leieforholdet "
        "kan være en del av slik bistand.</p>"
        "<p>Mange kommunale leietakere trenger hjelp til å forstå kontrakten, til å betale "
        "husleien i tide og til å finne seg til rette i nabolaget. Noen trenger tolk. Tynset "
        "kommune er et eksempel på en kommune som har samlet ansvaret i en egen stilling som "
        "boligansvarlig og har et boligutvalg. Leietakerne følges tett opp, og kommunen vurderer "
        "om de etter hvert kan leie privat eller kjøpe egen bolig. I tillegg til leiekontrakten "
        "inngår kommunen en egen avtale om bo-oppfølging.</p>"
    ),
    "body": (
        "<p>Hver fase har en kort beskrivelse, resultater som viser når fasen er ferdig, og "
        "oppgaver med forslag til hvem som har ansvaret. Hvem som gjør hva, avhenger av hvordan "
        "kommunen er organisert: Noen har et boligkontor som både tildeler, forvalter og følger "
        "opp; andre har delt oppgavene mellom en tildelingsenhet, et eiendomsforetak og Nav eller "
        "helse- og omsorgstjenesten. Det viktigste er at ansvaret er tydelig, og at den som "
        "forvalter boligen og den som følger opp beboeren, snakker sammen.</p>"
        "<h3>Hvem gjør hva</h3>"
        "<ul>"
        "<li><strong>Boligforvalteren</strong> (boligkontoret eller eiendomsforvaltningen) velger "
        "bolig, fastsetter husleie, inngår kontrakten og har ansvaret for boligens standard.</li>"
        "<li><strong>Vedtaksinstansen</strong> (saksbehandler i kommunen eller Nav) kjenner "
        "søkeren og hva husstanden trenger av bistand.</li>"
        "<li><strong>Bo-oppfølgeren</strong> eller andre tjenester følger opp beboere som trenger "
        "det.</li>"
        "<li><strong>Nav</strong> bidrar ved økonomiske problemer og restanser.</li>"
        "<li><strong>Beboeren</strong> har rettigheter og plikter som leietaker og skal være med "
        "på å avtale oppfølgingen.</li>"
        "</ul>"
    ),
    "kind": "linear",
    "glossary_terms": [
        "kommunal-utleiebolig",
        "husleie",
        "gjengs-leie",
        "bostotte",
        "tidsbestemt-leiekontrakt",
        "bomiljo",
        "husleierestanse",
        "vanskeligstilt-pa-boligmarkedet",
        "oppfolgingstjenester-i-bolig",
    ],
    "law_references": ["husleieloven-11-1", "boligsosialloven-6"],
    "target_groups": ["vanskeligstilte-pa-boligmarkedet", "barnefamilier", "flyktninger"],
    "themes": ["Kommunale utleieboliger", "Tildeling av bolig", "Oppfølging i bolig"],
}

PHASES = [
    {
        "number": 1,
        "title": "Tildeling og fastsettelse av husleie",
        "slug": "tildeling-og-fastsettelse-av-husleie",
        "short_description": (
            "<p>Boligforvalteren får skriftlig beskjed om at husstanden har fått vedtak om kommunal "
            "bolig, og finner en ledig bolig som passer. Det krever god oversikt over boligene: "
            "størrelse, tilgjengelighet, standard og husleie, men også over bomiljøet, hvem som "
            "allerede bor der, og hvilke oppvekstvilkår området gir barn. Forvalteren bør være i "
            "dialog med den som fattet vedtaket, for å få vite hva husstanden trenger, og om det "
            "er behov for oppfølging.</p>"
            "<p>Husleien fastsettes av forvalteren selv eller ved hjelp av takstmann. Mange "
            "kommuner legger seg på gjengs leie, det vil si det som er vanlig for tilsvarende "
            "boliger i området. Kommunal- og moderniseringsdepartementet (nå Kommunal- og "
            "distriktsdepartementet) har anbefalt at kommunene ikke subsidierer selve "
            "husleien, men heller hjelper husstander med lav inntekt gjennom bostøtte og andre "
            "ytelser, slik at støtten følger personen og ikke boligen.</p>"
        ),
        "results_intro": "Fasen er ferdig når husstanden har fått et konkret tilbud:",
        "results": [
            "En ledig bolig som passer for husstanden, er valgt",
            "Husleien er fastsatt",
            "Type leiekontrakt og varighet er valgt",
            "Det er avklart om husstanden trenger oppfølging, og hvem som skal gi den",
            "Husstanden har fått et skriftlig tilbud om bolig",
        ],
        "task_groups": [
            {
                "heading": "Velge bolig",
                "tasks": [
                    {
                        "text": "Ta imot skriftlig bekreftelse på vedtaket om kommunal bolig",
                        "responsible": ["boligkontor"],
                        "sub_points": [
                            "Hva står i vedtaket om husstandens størrelse, behov og eventuelle "
                            "vilkår?",
                        ],
                    },
                    {
                        "text": "Avklare husstandens behov med den som fattet vedtaket",
                        "responsible": ["boligkontor", "saksbehandler"],
                        "sub_points": [
                            "Trenger noen i husstanden en tilgjengelig bolig eller særlig "
                            "tilpasning?",
                            "Er det barn som skal beholde skole, barnehage og venner?",
                            "Trenger husstanden tolk?",
                        ],
                    },
                    {
                        "text": "Vurdere ledige boliger og bomiljøet rundt dem",
                        "responsible": ["boligkontor", "eiendom"],
                        "sub_points": [
                            "Passer størrelsen og tilgjengeligheten for husstanden?",
                            "Hvordan er beboersammensetningen, og er det fare for opphopning av "
                            "levekårsproblemer?",
                            "Gir området gode oppvekstvilkår for barn?",
                        ],
                    },
                ],
            },
            {
                "heading": "Husleie og kontrakt",
                "tasks": [
                    {
                        "text": "Fastsette husleien, eventuelt med hjelp av takstmann",
                        "responsible": ["boligkontor", "eiendom"],
                        "sub_points": [
                            "Hva er gjengs leie for tilsvarende boliger?",
                            "Hvordan skal leien reguleres i leieperioden?",
                        ],
                    },
                    {
                        "text": "Vurdere om husstanden kan ha rett på bostøtte og hjelpe med "
                        "søknaden",
                        "responsible": ["boligkontor", "nav"],
                        "sub_points": [],
                    },
                    {
                        "text": "Velge type leiekontrakt og varighet",
                        "responsible": ["boligkontor"],
                        "sub_points": [
                            "Er det grunnlag for en kortere tidsbestemt kontrakt, og hva skal "
                            "skje når den løper ut?",
                        ],
                    },
                ],
            },
            {
                "heading": "Oppfølging og tilbud",
                "tasks": [
                    {
                        "text": "Avklare om husstanden trenger oppfølging, og hvem som gir den",
                        "responsible": ["boligkontor", "saksbehandler", "bo-oppfolger"],
                        "sub_points": [
                            "Bør det inngås en egen avtale om bo-oppfølging ved siden av "
                            "leiekontrakten?",
                        ],
                    },
                    {
                        "text": "Sende skriftlig tilbud om bolig til husstanden",
                        "responsible": ["boligkontor"],
                        "sub_points": [
                            "Er tilbudet skrevet slik at husstanden forstår det, eventuelt "
                            "oversatt?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Har vi valgt boligen ut fra hva husstanden trenger, eller ut fra hva som tilfeldigvis "
            "var ledig?",
            "Hvordan påvirker valget bomiljøet for dem som allerede bor der?",
        ],
        "glossary_terms": [
            "husleie",
            "gjengs-leie",
            "bostotte",
            "bomiljo",
            "tidsbestemt-leiekontrakt",
        ],
        "law_references": ["husleieloven-4-3", "husleieloven-9-3", "husleieloven-11-1"],
        "tools": [
            {
                "title": "Bostøtte – Husbanken",
                "description": "Informasjon om hvem som kan få bostøtte, og hvordan det søkes.",
                "url": "https://www.husbanken.no/person/bostotte/",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 2,
        "title": "Leiekontrakt og innflytting",
        "slug": "leiekontrakt-og-innflytting",
        "short_description": (
            "<p>Før kontrakten signeres, bør husstanden få se boligen og området sammen med "
            "forvalteren. Tilbudet gis skriftlig og følges gjerne opp med et møte der forvalteren "
            "forklarer hva det betyr å leie: hvilke rettigheter og plikter leietakeren har, hva "
            "husordensreglene sier, og hva som skjer hvis husleien ikke blir betalt eller reglene "
            "blir brutt.</p>"
            "<p>Ved innflyttingen går forvalteren og leietakeren sammen gjennom boligen. Standarden "
            "dokumenteres i en overtakelsesprotokoll, gjerne med bilder, og inventaret føres på en "
            "liste. Det gjør det enklere å være enige om tilstanden når leietakeren en gang flytter "
            "ut.</p>"
        ),
        "results_intro": "Fasen er ferdig når husstanden har flyttet inn:",
        "results": [
            "Husstanden har sett boligen og bomiljøet",
            "Husstanden har fått og forstått informasjon om rettigheter og plikter",
            "Leiekontrakten er signert, og eventuelt depositum eller garanti er på plass",
            "Overtakelsesprotokoll og inventarliste er fylt ut og signert",
            "Husstanden vet hvem den skal kontakte ved spørsmål eller problemer",
        ],
        "task_groups": [
            {
                "heading": "Før kontrakten signeres",
                "tasks": [
                    {
                        "text": "Vise husstanden boligen og bomiljøet",
                        "responsible": ["boligkontor", "bruker"],
                        "sub_points": [
                            "Hvor er nærmeste butikk, skole, barnehage og holdeplass?",
                        ],
                    },
                    {
                        "text": "Holde informasjonsmøte om leieforholdet",
                        "responsible": ["boligkontor"],
                        "sub_points": [
                            "Hva er leietakerens rettigheter og plikter?",
                            "Hva skjer hvis husleien ikke blir betalt, eller husordensreglene "
                            "brytes?",
                            "Trengs tolk for at informasjonen skal bli forstått?",
                        ],
                    },
                    {
                        "text": "Avklare depositum eller garanti",
                        "responsible": ["boligkontor", "nav"],
                        "sub_points": [
                            "Kan Nav stille garanti for depositum?",
                        ],
                    },
                ],
            },
            {
                "heading": "Kontrakt og innflytting",
                "tasks": [
                    {
                        "text": "Signere leiekontrakten",
                        "responsible": ["boligkontor", "bruker"],
                        "sub_points": [
                            "Har leietakeren fått en kopi av kontrakten og husordensreglene?",
                        ],
                    },
                    {
                        "text": "Gå gjennom boligen sammen og fylle ut overtakelsesprotokoll med "
                        "bilder",
                        "responsible": ["boligkontor", "bruker"],
                        "sub_points": [],
                    },
                    {
                        "text": "Fylle ut inventarliste",
                        "responsible": ["boligkontor", "bruker"],
                        "sub_points": [],
                    },
                    {
                        "text": "Gi leietakeren kontaktinformasjon til forvalter, vaktmester og "
                        "eventuell bo-oppfølger",
                        "responsible": ["boligkontor"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvordan kan vi forsikre oss om at leietakeren faktisk har forstått kontrakten?",
        ],
        "glossary_terms": [
            "overtakelsesprotokoll",
            "inventarliste",
            "depositum",
            "husleie",
        ],
        "law_references": ["husleieloven-3-5"],
        "tools": [],
        "subprocesses": [],
    },
    {
        "number": 3,
        "title": "Oppfølging av beboer",
        "slug": "oppfolging-av-beboer",
        "short_description": (
            "<p>Når husstanden har flyttet inn, skal kommunen følge opp leieforholdet og gripe "
            "inn tidlig når noe går galt. Blir husleien ikke betalt, bør forvalteren ta kontakt "
            "med husstanden med en gang, og sammen med Nav finne en løsning før restansen vokser. "
            "Kommer det klager på bråk eller andre brudd på husordensreglene, må det settes inn "
            "tiltak straks.</p>"
            "<p>Oppfølgingen handler også om å hjelpe husstanden til å gjøre boligen til et hjem "
            "og bli en del av nabolaget. Kommunen bør holde boligens standard ved like gjennom "
            "hele leieforholdet. Jevnlig bør forvalteren og husstanden snakke om framtiden: Kan "
            "husstanden etter hvert leie privat eller kjøpe egen bolig, for eksempel med "
            "startlån?</p>"
        ),
        "results_intro": "Oppfølgingen har lyktes når:",
        "results": [
            "Husstanden har gjort boligen til sitt hjem og trives i bomiljøet",
            "Restanser og klager er fulgt opp raskt, og utkastelse er unngått",
            "Boligens standard er holdt ved like",
            "Det er vurdert om husstanden kan leie privat eller kjøpe egen bolig",
        ],
        "task_groups": [
            {
                "heading": "Løpende oppfølging",
                "tasks": [
                    {
                        "text": "Sørge for at leietakeren har forstått informasjonen om "
                        "leieforholdet, om nødvendig med tolk",
                        "responsible": ["boligkontor"],
                        "sub_points": [],
                    },
                    {
                        "text": "Være tilgjengelig for leietakeren",
                        "responsible": ["boligkontor", "bo-oppfolger"],
                        "sub_points": [
                            "Vet leietakeren hvor det skal meldes fra om feil og skader?",
                        ],
                    },
                    {
                        "text": "Hjelpe husstanden til å bli en del av bomiljøet",
                        "responsible": ["bo-oppfolger", "boligkontor"],
                        "sub_points": [
                            "Finnes det fritidstilbud, frivillige organisasjoner eller "
                            "beboeraktiviteter husstanden kan delta i?",
                        ],
                    },
                    {
                        "text": "Holde boligens standard ved like gjennom leieforholdet",
                        "responsible": ["eiendom"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Reagere raskt på problemer",
                "tasks": [
                    {
                        "text": "Ta kontakt med husstanden straks husleien ikke er betalt",
                        "responsible": ["boligkontor"],
                        "sub_points": [
                            "Kan en nedbetalingsavtale, bostøtte eller hjelp fra Nav løse "
                            "problemet?",
                            "Trenger husstanden økonomisk rådgivning?",
                        ],
                    },
                    {
                        "text": "Samarbeide med Nav om restanser",
                        "responsible": ["boligkontor", "nav"],
                        "sub_points": [],
                    },
                    {
                        "text": "Sette inn tiltak straks ved klager på bråk eller brudd på "
                        "husordensreglene",
                        "responsible": ["boligkontor", "bo-oppfolger"],
                        "sub_points": [
                            "Hva er årsaken, og trenger beboeren hjelp fra andre tjenester?",
                        ],
                    },
                ],
            },
            {
                "heading": "Veien videre",
                "tasks": [
                    {
                        "text": "Snakke jevnlig med husstanden om muligheten for å leie privat eller "
                        "kjøpe egen bolig",
                        "responsible": ["boligkontor", "bruker"],
                        "sub_points": [
                            "Kan husstanden få startlån?",
                            "Hva må til før kontrakten løper ut?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Oppdager vi problemer tidlig nok til å hindre at noen mister boligen?",
            "Hjelper vi husstanden videre, eller blir den boende i kommunal bolig av gammel vane?",
        ],
        "glossary_terms": [
            "husleierestanse",
            "startlan",
            "bomiljo",
            "oppfolgingstjenester-i-bolig",
        ],
        "law_references": ["boligsosialloven-6"],
        "tools": [
            {
                "title": "«Hva skjer om jeg ikke betaler husleien?» – brosjyre fra Bergen kommune",
                "description": "Eksempel på informasjon til leietakere om konsekvensene av ubetalt "
                "husleie.",
                "url": "",
            },
            {
                "title": "«Et tilbud til deg som står i fare for å miste boligen» – brosjyre fra "
                "Bergen kommune",
                "description": "Eksempel på informasjon om hjelp til leietakere som risikerer "
                "utkastelse.",
                "url": "",
            },
            {
                "title": "«Kontra utkastelser» – sluttrapport fra Moss kommune",
                "description": "Rapport fra et fireårig prosjekt for å forebygge utkastelser.",
                "url": "",
            },
        ],
        "subprocesses": [],
    },
]
