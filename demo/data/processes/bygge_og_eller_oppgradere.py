"""Bygge og/eller oppgradere: written from
https://www.veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/bygge-ogeller-oppgradere,
https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/bygge-ogeller-oppgradere/losningsutredning,
https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/bygge-ogeller-oppgradere/forprosjekt,
the sister process for eldre og sykehjem on veiviseren (byggefase, innflytting og evaluering),
Husbanken (tilskudd til utleieboliger, investeringstilskudd, utbetaling) and Lovdata.

Veiviseren's own pages for phase 3 (Gjennomføringsfase) and phase 4 (Overtakelse) were not
found among the stored pages; those phases are written from the sister process
"Framskaffe omsorgsboliger for eldre og sykehjem" (byggefase, innflytting og evaluering),
from Husbanken's pages on utbetaling and from the law itself.
"""

AREA = "fremskaffe-og-forvalte-boliger"

SOURCES = [
    {
        "url": "https://www.veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/bygge-ogeller-oppgradere",
        "title": "Bygge og/eller oppgradere (Veiviseren, oversikt og ordliste)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/bygge-ogeller-oppgradere/losningsutredning",
        "title": "Fase 1: Løsningsutredning (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/bygge-ogeller-oppgradere/forprosjekt",
        "title": "Fase 2: Forprosjekt (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/framskaffe-omsorgsboliger-for-eldre-og-sykehjem/byggefase",
        "title": "Byggefase – Framskaffe omsorgsboliger for eldre og sykehjem (Veiviseren)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/framskaffe-omsorgsboliger-for-eldre-og-sykehjem/innflytting-og-evaluering",
        "title": "Innflytting og evaluering – Framskaffe omsorgsboliger for eldre og sykehjem (Veiviseren)",
    },
    {
        "url": "https://www.husbanken.no/kommune/lan-og-tilskudd/tilskudd-utleieboliger/veileder/",
        "title": "Tilskudd til utleieboliger – veileder (Husbanken)",
    },
    {
        "url": "https://www.husbanken.no/kommune/lan-og-tilskudd/tilskudd-utleieboliger/veileder/utbetaling-tilbakebetaling-klage-kontroll/",
        "title": "Tilskudd til utleieboliger: utbetaling, tilbakebetaling, klage og kontroll (Husbanken)",
    },
    {
        "url": "https://husbanken.no/kommune/lan-og-tilskudd/investeringstilskudd/",
        "title": "Investeringstilskudd til omsorgsboliger og sykehjemsplasser (Husbanken)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/bygge-ogeller-oppgradere/losningsutredning/utleieboliger-finansiert-med-tilskudd-til-utleieboliger",
        "title": "Utleieboliger finansiert med tilskudd til utleieboliger (Veiviseren, delprosess)",
    },
    {
        "url": "https://veiviseren.no/stotte-i-arbeidsprosess/fremskaffe-og-forvalte-boliger/bygge-ogeller-oppgradere/losningsutredning/omsorgsboliger-finansiert-med-investeringstilskudd",
        "title": "Omsorgsboliger finansiert med investeringstilskudd (Veiviseren, delprosess)",
    },
    {
        "url": "https://www.husbanken.no/kommune/lan-og-tilskudd/investeringstilskudd/veileder/andre_bestemmelser/",
        "title": "Investeringstilskudd – veileder, andre bestemmelser (Husbanken)",
    },
    {
        "url": "https://veiviseren.no/forstaa-helheten/lover-og-forskrifter/forskrift-om-tilskudd-til-utleieboliger-fra-husbanken",
        "title": "Forskrift om tilskudd til utleieboliger fra Husbanken (Veiviseren)",
    },
    {
        "url": "https://lovdata.no/lov/2008-06-27-71",
        "title": "Lov om planlegging og byggesaksbehandling (plan- og bygningsloven)",
    },
]


WORK_PROCESS = {
    "title": "Bygge og/eller oppgradere",
    "slug": "bygge-og-eller-oppgradere",
    "search_description": (
        "Fra løsningsutredning og forprosjekt til bygging og overtakelse: slik kan kommunen "
        "bygge nye eller oppgradere eksisterende utleieboliger."
    ),
    "intro": (
        "<p>Denne arbeidsprosessen følger et kommunalt byggeprosjekt for utleieboliger fra den "
        "første bestillingen til boligene er overtatt og klare til bruk. Den passer både når "
        "kommunen skal bygge nytt, og når eksisterende boliger eller bygg skal bygges om eller "
        "oppgraderes. Prosessen er delt i fire faser: løsningsutredning, forprosjekt, "
        "gjennomføringsfase og overtakelse.</p>"
        "<p>Prosessen forutsetter at kommunen allerede vet hvilke boliger den trenger. Behovet "
        "skal være kartlagt, for eksempel i en boligplan eller i kommuneplanen, og prosjektet "
        "skal ha fått plass i investeringsbudsjettet og i økonomiplanen (handlingsdelen). Hvordan "
        "behovet kartlegges, finner du i den sirkulære prosessen «Helhetlig boligpolitisk "
        "planlegging».</p>"
    ),
    "background": (
        "<p>Arbeidet starter som regel med at den enheten eller avdelingen i kommunen som har "
        "behov for boliger – for eksempel boligkontoret, Nav, flyktningtjenesten eller helse- og "
        "omsorgstjenesten – sender en bestilling til den som har ansvar for bygg og eiendom. "
        "Bestilleren kjenner målgruppen og hva boligene må tåle og tilby. Eiendomsenheten kjenner "
        "byggeprosessen, regelverket og markedet. Et godt prosjekt forutsetter at disse to "
        "holder kontakten gjennom alle fasene.</p>"
        "<p>Husbanken kan bidra med finansiering, og dialogen bør starte tidlig. Tilskudd til "
        "utleieboliger kan gis til kommunalt disponerte utleieboliger for vanskeligstilte på "
        "boligmarkedet, og investeringstilskudd kan gis til omsorgsboliger og sykehjemsplasser "
        "for personer med behov for heldøgns tjenester. Husbanken er særlig involvert i "
        "løsningsutredningen, i forprosjektet og ved overtakelsen, når tilskuddet skal "
        "utbetales.</p>"
        "<p>Fra 1. juli 2023 sier boligsosialloven at kommunen skal ha oversikt over behovet for "
        "ordinære og tilpassede boliger og ta hensyn til det i planleggingen. Et byggeprosjekt "
        "for utleieboliger er en av måtene kommunen kan følge opp dette ansvaret på.</p>"
    ),
    "body": (
        "<p>Hver fase har en kort beskrivelse, en liste over resultater som viser når fasen er "
        "ferdig, og oppgaver med forslag til hvem som har ansvaret. Rekkefølgen og "
        "ansvarsfordelingen vil variere med prosjektets størrelse, med valgt entrepriseform og "
        "med hvordan kommunen har organisert eiendomsforvaltningen (for eksempel i et eget "
        "kommunalt foretak).</p>"
        "<h3>Hvem gjør hva</h3>"
        "<ul>"
        "<li><strong>Bestilleren</strong> er enheten som har behov for boligene. Den beskriver "
        "målgruppen og kravene og deltar i prosjektgruppen.</li>"
        "<li><strong>Eiendomsforvaltningen</strong> tar imot bestillingen og har ansvaret for "
        "gjennomføringen på vegne av kommunen som byggherre.</li>"
        "<li><strong>Prosjektlederen</strong> er en egen ansatt eller innleid og styrer "
        "framdrift, kostnader og kvalitet.</li>"
        "<li><strong>Arkitekt og rådgivende fagfolk</strong> (for eksempel innen energi, "
        "konstruksjon og regulering) utformer løsningene.</li>"
        "<li><strong>Entreprenøren</strong> bygger etter kontrakt og overleverer bygget.</li>"
        "<li><strong>Kommunedirektøren (rådmannen) og kommunestyret</strong> avsetter midler og "
        "vedtar prosjektet.</li>"
        "<li><strong>Husbanken</strong> gir veiledning og finansiering.</li>"
        "</ul>"
    ),
    "kind": "linear",
    "glossary_terms": [
        "losningsdokument",
        "forprosjekt",
        "byggherre",
        "totalentreprise",
        "byggherrestyrt-entreprise",
        "tilskudd-til-utleieboliger",
        "investeringstilskudd",
        "kommunal-utleiebolig",
        "ferdigattest",
        "overtakelsesprotokoll",
        "vanskeligstilt-pa-boligmarkedet",
        "okonomiplan",
    ],
    "law_references": [
        "boligsosialloven-5",
        "pbl-21-2",
        "pbl-21-10",
    ],
    "target_groups": ["vanskeligstilte-pa-boligmarkedet"],
    "themes": ["Boligbygging og fremskaffelse", "Kommunale utleieboliger"],
}

PHASES = [
    {
        "number": 1,
        "title": "Løsningsutredning",
        "slug": "losningsutredning",
        "short_description": (
            "<p>I løsningsutredningen undersøker kommunen hvordan behovet best kan løses. Det "
            "handler om hvilke kvaliteter boligene skal ha og hvordan de bør utformes, om hvilken "
            "tomt eller hvilket bygg som egner seg, og om framdrift og kostnader på et overordnet "
            "nivå. Samtidig kartlegges det om prosjektet kan få lån eller tilskudd fra "
            "Husbanken.</p>"
            "<p>Arbeidet munner ut i et løsningsdokument, som arkitekten lager i samarbeid med "
            "bestilleren og prosjektlederen. Et slikt dokument kalles også mulighetsstudie. Det "
            "viser ett eller flere alternativer og er grunnlaget for å bestemme om kommunen skal "
            "gå videre med et forprosjekt.</p>"
        ),
        "results_intro": "Fasen er ferdig når kommunen har det den trenger for å beslutte neste steg:",
        "results": [
            "Bestillingen er mottatt og forstått av eiendomsforvaltningen",
            "Prosjektleder er utpekt, og arkitekt er anskaffet",
            "Aktuelle tomter eller bygg er vurdert, også med tanke på regulering",
            "Et løsningsdokument med alternativer, grove kostnader og framdrift foreligger",
            "Mulighetene for finansiering, også fra Husbanken, er kartlagt",
            "Det finnes et grunnlag for å beslutte om det skal lages et forprosjekt",
        ],
        "task_groups": [
            {
                "heading": "Bestilling og organisering",
                "tasks": [
                    {
                        "text": "Ta imot bestillingen fra enheten som har behov for boliger",
                        "responsible": ["eiendom"],
                        "sub_points": [
                            "Hvem er boligene for, og hvor mange husstander gjelder det?",
                            "Hvilke krav stiller målgruppen til størrelse, tilgjengelighet og "
                            "beliggenhet?",
                            "Er prosjektet med i investeringsbudsjettet og økonomiplanen?",
                        ],
                    },
                    {
                        "text": "Utpeke prosjektleder, enten en egen ansatt eller en innleid",
                        "responsible": ["eiendom"],
                        "sub_points": [
                            "Har kommunen selv kompetanse og kapasitet til å lede prosjektet?",
                        ],
                    },
                    {
                        "text": "Drøfte mulige løsninger sammen med bestilleren",
                        "responsible": ["prosjektleder", "eiendom"],
                        "sub_points": [
                            "Kan behovet dekkes ved å bygge om eller oppgradere boliger kommunen "
                            "allerede eier, eller må det bygges nytt?",
                            "Kan kjøp av boliger eller samarbeid med private utleiere være et "
                            "alternativ?",
                        ],
                    },
                    {
                        "text": "Anskaffe arkitekt gjennom konkurranse eller en rammeavtale",
                        "responsible": ["prosjektleder", "eiendom"],
                        "sub_points": [
                            "Har kommunen en rammeavtale som kan brukes?",
                            "Må oppdraget kunngjøres i Doffin etter regelverket for offentlige "
                            "anskaffelser?",
                        ],
                    },
                ],
            },
            {
                "heading": "Tomt, bygg og regulering",
                "tasks": [
                    {
                        "text": "Vurdere tomter eller eksisterende bygg som kan være aktuelle",
                        "responsible": ["prosjektleder", "arkitekt"],
                        "sub_points": [
                            "Eier kommunen tomten, eller må den kjøpes?",
                            "Hvordan er beliggenheten, atkomsten og mulighetene for parkering?",
                            "Hvordan er tomten orientert mot sol og lys, og hvordan er terreng og "
                            "vegetasjon?",
                            "Er det tinglyste heftelser på eiendommen?",
                            "Er tomten lett tilgjengelig, eller er den bratt?",
                            "Er det vann, avløp og vei fram til tomten?",
                        ],
                    },
                    {
                        "text": "Avklare reguleringsforholdene for tomten",
                        "responsible": ["prosjektleder", "planavdeling"],
                        "sub_points": [
                            "Hva er tomten regulert til, og må planen endres?",
                            "Hvilke krav gjelder for universell utforming, miljø og infrastruktur?",
                        ],
                    },
                ],
            },
            {
                "heading": "Løsningsdokument og finansiering",
                "tasks": [
                    {
                        "text": "Utarbeide løsningsdokument med alternativer, grove kostnader og "
                        "framdrift",
                        "responsible": ["arkitekt", "prosjektleder"],
                        "sub_points": [
                            "Hvilke kvaliteter er viktigst for dem som skal bo der?",
                            "Hva vil hvert alternativ koste å bygge og å drive?",
                        ],
                    },
                    {
                        "text": "Ta tidlig kontakt med Husbanken om finansiering",
                        "responsible": ["prosjektleder", "husbanken"],
                        "sub_points": [
                            "Kan prosjektet få tilskudd til utleieboliger eller "
                            "investeringstilskudd?",
                            "Hvilke krav stiller Husbanken til boligene og til søknaden?",
                        ],
                    },
                    {
                        "text": "Legge fram løsningsdokumentet som grunnlag for beslutning om "
                        "forprosjekt",
                        "responsible": ["eiendom", "radmann"],
                        "sub_points": [
                            "Er det satt av midler til prosjektering?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Har vi vurdert alternativer til nybygg, som ombygging, kjøp eller leie?",
            "Vil boligene ligge i et bomiljø som passer for dem som skal bo der?",
        ],
        "glossary_terms": [
            "losningsdokument",
            "doffin",
            "heftelser",
            "investeringskostnader",
            "tilskudd-til-utleieboliger",
            "investeringstilskudd",
            "reguleringsplan",
        ],
        "law_references": ["anskaffelsesloven-4"],
        "tools": [
            {
                "title": "Doffin – nasjonal database for offentlige anskaffelser",
                "description": "Her kunngjør kommunen konkurranser, for eksempel om "
                "arkitekttjenester eller bygging.",
                "url": "https://www.doffin.no/",
            },
            {
                "title": "Tilskudd til utleieboliger – Husbankens veileder",
                "description": "Krav til boligene, søknaden og utbetalingen av tilskuddet.",
                "url": "https://www.husbanken.no/kommune/lan-og-tilskudd/tilskudd-utleieboliger/veileder/",
            },
        ],
        "subprocesses": [
            {
                "title": "Utleieboliger finansiert med tilskudd til utleieboliger",
                "slug": "utleieboliger-finansiert-med-tilskudd-til-utleieboliger",
                "background": (
                    "<p>Når kommunen vil bygge ordinære utleieboliger for vanskeligstilte på "
                    "boligmarkedet, er tilskudd til utleieboliger fra Husbanken den vanligste "
                    "statlige støtten. Husbanken vil gjerne inn i prosjektet tidlig, før løsningene "
                    "er låst, og har noen krav til boligene som kommer i tillegg til det som er "
                    "beskrevet i hovedprosessen.</p>"
                ),
                "short_description": (
                    "<p>Kommunen avklarer prosjektet med Husbanken i dialog og søker deretter om "
                    "tilskudd til å bygge utleieboliger. Tilskuddet utbetales når boligene er ferdige "
                    "og tatt i bruk.</p>"
                ),
                "results_intro": "Delprosessen er ferdig når:",
                "results": [
                    "Kommunen har fått tilsagn eller avslag på søknaden",
                    "Ved tilsagn er aksepten sendt tilbake til Husbanken, underskrevet av ordføreren "
                    "eller en annen med fullmakt",
                ],
                "task_groups": [
                    {
                        "heading": "Dialog med Husbanken",
                        "tasks": [
                            {
                                "text": "Ta kontakt med Husbanken, bruke dialogverktøyet og be om et "
                                "dialogmøte",
                                "responsible": ["prosjektleder", "husbanken"],
                                "sub_points": [
                                    "Kan vi dokumentere at behovet er reelt, og hvor mange boliger "
                                    "og hvilken målgruppe det gjelder?",
                                    "Er prosjektet tatt inn i årsbudsjettet eller den fireårige "
                                    "økonomiplanen?",
                                ],
                            },
                            {
                                "text": "Presentere prosjektet for Husbanken og gå gjennom kravene til "
                                "boligene",
                                "responsible": ["prosjektleder", "eiendom", "husbanken"],
                                "sub_points": [
                                    "Unngår løsningen et institusjonspreg?",
                                    "Blir det for mange boenheter samlet på ett sted?",
                                    "Ligger boligene i et ordinært bomiljø?",
                                    "Er det fare for at ulike brukergrupper blir samlokalisert på "
                                    "en uheldig måte?",
                                    "Hvordan skal framtidige beboere eller et brukerråd medvirke?",
                                ],
                            },
                            {
                                "text": "Vurdere å informere naboene ut over det vanlige nabovarselet",
                                "responsible": ["prosjektleder"],
                                "sub_points": [
                                    "Er prosjektet så stort at et informasjonsmøte kan forebygge "
                                    "uro i nabolaget?",
                                ],
                            },
                        ],
                    },
                    {
                        "heading": "Søknad, tilsagn og utbetaling",
                        "tasks": [
                            {
                                "text": "Sende søknad når prosjektet er avklart med Husbanken",
                                "responsible": ["eiendom"],
                                "sub_points": [],
                            },
                            {
                                "text": "Returnere aksept av tilsagnet, underskrevet av ordføreren, før "
                                "byggearbeidet starter",
                                "responsible": ["eiendom", "radmann"],
                                "sub_points": [],
                            },
                            {
                                "text": "Søke om utbetaling når boligene er ferdige og tatt i bruk",
                                "responsible": ["eiendom"],
                                "sub_points": [],
                            },
                        ],
                    },
                ],
                "glossary_terms": [
                    "tilskudd-til-utleieboliger",
                    "kommunal-utleiebolig",
                    "nabovarsel",
                    "brukerrad",
                ],
                "law_references": [],
            },
            {
                "title": "Omsorgsboliger finansiert med investeringstilskudd",
                "slug": "omsorgsboliger-finansiert-med-investeringstilskudd",
                "background": (
                    "<p>Skal kommunen bygge omsorgsboliger for personer som trenger helse- og "
                    "omsorgstjenester hele døgnet, søker den som regel Husbanken om "
                    "investeringstilskudd. Retningslinjene for tilskuddet har egne krav som kommer i "
                    "tillegg til det som står i hovedprosessen. Tilskuddet kan ikke kombineres med "
                    "tilskudd til utleieboliger for de samme boligene; skal beboerne ikke ha behov "
                    "for heldøgns tjenester, er det tilskudd til utleieboliger som er aktuelt.</p>"
                    "<p>Les mer om hele løpet i prosessen «Framskaffe boliger for mennesker med "
                    "oppfølgingsbehov».</p>"
                ),
                "short_description": (
                    "<p>Kommunen sender en forespørsel til Husbanken, møter Husbanken for å avklare "
                    "prosjektet og søker så om investeringstilskudd til å bygge omsorgsboliger.</p>"
                ),
                "results_intro": "Delprosessen er ferdig når:",
                "results": [
                    "Kommunen har fått tilsagn eller avslag på søknaden om investeringstilskudd",
                ],
                "task_groups": [
                    {
                        "heading": "Forespørsel og dialog",
                        "tasks": [
                            {
                                "text": "Bruke Husbankens dialogverktøy og be om et dialogmøte",
                                "responsible": ["prosjektleder", "helse-og-omsorg"],
                                "sub_points": [],
                            },
                            {
                                "text": "Sende forespørsel til Husbanken gjennom Husbankens digitale "
                                "løsning for kommuner",
                                "responsible": ["eiendom"],
                                "sub_points": [
                                    "Legg ved dokumentasjon av behovet, antall boenheter og "
                                    "målgruppe.",
                                    "Legg ved det politiske vedtaket om prosjektet.",
                                    "Vis at prosjektet er tatt inn i årsbudsjettet eller den "
                                    "fireårige økonomiplanen.",
                                ],
                            },
                            {
                                "text": "Presentere prosjektet i møte med Husbanken og gå gjennom de "
                                "særlige kravene",
                                "responsible": ["prosjektleder", "helse-og-omsorg", "husbanken"],
                                "sub_points": [
                                    "Har boligene preg av institusjon?",
                                    "Er antallet boenheter som ligger sammen, lite nok?",
                                    "Ligger boligene i et ordinært bomiljø?",
                                    "Blir ulike brukergrupper samlokalisert på en uheldig måte?",
                                    "Medvirker framtidige beboere, brukerråd og ansatte?",
                                ],
                            },
                        ],
                    },
                    {
                        "heading": "Søknad",
                        "tasks": [
                            {
                                "text": "Sende elektronisk søknad når all dokumentasjon er klar",
                                "responsible": ["eiendom"],
                                "sub_points": [
                                    "Husbanken gir normalt ikke tilskudd til prosjekter som "
                                    "allerede er satt i gang.",
                                ],
                            },
                        ],
                    },
                ],
                "glossary_terms": ["investeringstilskudd", "omsorgsbolig", "brukermedvirkning"],
                "law_references": [],
            },
        ],
    },
    {
        "number": 2,
        "title": "Forprosjekt",
        "slug": "forprosjekt",
        "short_description": (
            "<p>I forprosjektet blir den valgte løsningen konkret. Arkitekten lager plantegninger, "
            "og kommunen får et sikrere bilde av kostnader og risiko, gjerne gjennom en "
            "usikkerhetsanalyse. Reguleringen avklares, og det søkes om rammetillatelse før "
            "kommunen går ut og anskaffer entreprenør.</p>"
            "<p>Forprosjektet avsluttes med politisk behandling. Finansieringen, også lån og "
            "tilskudd fra Husbanken, bør være avklart før saken legges fram, slik at de "
            "folkevalgte vedtar et prosjekt som faktisk lar seg gjennomføre.</p>"
        ),
        "results_intro": "Fasen er ferdig når prosjektet er vedtatt politisk:",
        "results": [
            "Forprosjekttegninger og beskrivelser foreligger",
            "Kostnadene er beregnet, og usikkerheten er vurdert",
            "Reguleringen er på plass, og rammetillatelse er søkt eller gitt",
            "Finansieringen er avklart, også med Husbanken",
            "Kommunestyret har vedtatt prosjektet og bevilget midler",
        ],
        "task_groups": [
            {
                "heading": "Regulering og tegninger",
                "tasks": [
                    {
                        "text": "Sørge for at tomten er regulert til formålet",
                        "responsible": ["planavdeling", "arkitekt"],
                        "sub_points": [
                            "Skal kommunens egne planleggere eller en innleid reguleringsarkitekt "
                            "gjøre arbeidet?",
                            "Når kan en eventuell reguleringsplan vedtas, og hvordan påvirker det "
                            "framdriften?",
                        ],
                    },
                    {
                        "text": "Utarbeide forprosjekttegninger og beskrivelser",
                        "responsible": ["arkitekt"],
                        "sub_points": [
                            "Er bestilleren og gjerne framtidige beboere eller brukerorganisasjoner "
                            "hørt om planløsningene?",
                        ],
                    },
                    {
                        "text": "Vurdere energitiltak sammen med en fagspesialist",
                        "responsible": ["arkitekt", "prosjektleder"],
                        "sub_points": [
                            "Hvilke enøktiltak lønner seg over boligenes levetid?",
                        ],
                    },
                    {
                        "text": "Avklare behov for velferdsteknologi og teknisk infrastruktur",
                        "responsible": ["prosjektleder", "helse-og-omsorg"],
                        "sub_points": [
                            "Trenger beboerne trygghetsløsninger eller annen teknologi?",
                        ],
                    },
                ],
            },
            {
                "heading": "Kostnader og risiko",
                "tasks": [
                    {
                        "text": "Gjennomføre usikkerhetsanalyse og lage budsjett",
                        "responsible": ["prosjektgruppe", "prosjektleder"],
                        "sub_points": [
                            "Hvilke forhold kan gjøre prosjektet dyrere eller forsinke det?",
                            "Trengs innleide konsulenter for å kvalitetssikre kalkylen?",
                        ],
                    },
                    {
                        "text": "Planlegge anskaffelse av inventar og rutiner for forvaltning, drift "
                        "og vedlikehold (FDV)",
                        "responsible": ["eiendom"],
                        "sub_points": [
                            "Hva skal boligene utstyres med før innflytting?",
                        ],
                    },
                    {
                        "text": "Avklare finansiering med Husbanken og eventuelt søke om lån og "
                        "tilskudd",
                        "responsible": ["prosjektleder", "husbanken"],
                        "sub_points": [
                            "Oppfyller boligene kravene i tilskuddsordningen?",
                        ],
                    },
                ],
            },
            {
                "heading": "Tillatelser og politisk vedtak",
                "tasks": [
                    {
                        "text": "Varsle naboer og gjenboere om tiltaket",
                        "responsible": ["prosjektleder"],
                        "sub_points": [
                            "Naboene har to uker på seg til å komme med merknader.",
                            "Ansvarlig søker skal svare på merknadene og legge dem ved søknaden.",
                        ],
                    },
                    {
                        "text": "Søke om rammetillatelse før entreprenør anskaffes",
                        "responsible": ["prosjektleder", "arkitekt"],
                        "sub_points": [
                            "Byggesaken behandles av kommunen som bygningsmyndighet; en klage "
                            "på vedtaket avgjøres av Statsforvalteren.",
                        ],
                    },
                    {
                        "text": "Søke Arbeidstilsynet om samtykke dersom bygget skal romme "
                        "arbeidsplasser",
                        "responsible": ["prosjektleder"],
                        "sub_points": [
                            "Gjelder for eksempel personalbase i boliger med tjenester.",
                        ],
                    },
                    {
                        "text": "Legge fram forprosjektet med kostnader og finansiering til politisk "
                        "behandling",
                        "responsible": ["radmann", "kommunestyret"],
                        "sub_points": [
                            "Er driftskostnadene og husleienivået også beskrevet?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Blir behovene til dem som skal bo i boligene, godt nok ivaretatt i tegningene?",
            "Hvilke risikoer kan velte budsjettet, og hvordan møter vi dem?",
        ],
        "glossary_terms": [
            "forprosjekt",
            "enoktiltak",
            "usikkerhetsanalyse",
            "fdv",
            "rammetillatelse",
            "nabovarsel",
            "reguleringsplan",
        ],
        "law_references": ["pbl-12-1", "pbl-21-2", "pbl-21-3", "arbeidsmiljoloven-18-9"],
        "tools": [
            {
                "title": "Byggesak – veiledning fra Direktoratet for byggkvalitet (DiBK)",
                "description": "Hjelp til søknad om tillatelse, nabovarsel og ansvar i byggesaker.",
                "url": "https://dibk.no/",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 3,
        "title": "Gjennomføringsfase",
        "slug": "gjennomforingsfase",
        "short_description": (
            "<p>Gjennomføringsfasen varer fra kommunen anskaffer entreprenør til bygget er "
            "ferdig. Først lages konkurransegrunnlaget, og konkurransen kunngjøres. Når "
            "kontrakten er signert og igangsettingstillatelse er gitt, starter byggingen.</p>"
            "<p>Som byggherre må kommunen følge opp kontrakten gjennom hele byggetiden: med "
            "byggemøter, kontroll av framdrift og kvalitet og behandling av endringer. Kommunen "
            "har også et selvstendig ansvar for sikkerhet, helse og arbeidsmiljø på byggeplassen. "
            "Har prosjektet fått tilsagn fra Husbanken, må byggingen starte innen fristen i "
            "tilsagnet, og vesentlige endringer må avklares med Husbanken.</p>"
        ),
        "results_intro": "Fasen er ferdig når bygget er ferdigstilt og klart for overtakelse:",
        "results": [
            "Entreprenør er valgt, og kontrakten er signert",
            "Igangsettingstillatelse er gitt",
            "Byggingen er gjennomført innenfor avtalt tid, kostnad og kvalitet, eller avvikene er "
            "dokumentert",
            "Endringer er avklart med bestilleren og eventuelt Husbanken",
            "Entreprenøren har meldt at bygget er klart for overtakelse",
        ],
        "task_groups": [
            {
                "heading": "Anskaffelse av entreprenør",
                "tasks": [
                    {
                        "text": "Velge entrepriseform",
                        "responsible": ["eiendom", "prosjektleder"],
                        "sub_points": [
                            "Skal kommunen selv styre prosjekteringen (byggherrestyrt "
                            "entreprise), eller skal entreprenøren ta ansvar for både "
                            "prosjektering og bygging (totalentreprise)?",
                            "Hvor mye risiko er kommunen villig til å bære?",
                        ],
                    },
                    {
                        "text": "Utarbeide konkurransegrunnlag med tegninger og beskrivelser",
                        "responsible": ["prosjektgruppe", "arkitekt"],
                        "sub_points": [
                            "Er bestilleren med i arbeidet?",
                            "Hvilke kvalifikasjonskrav og tildelingskriterier skal gjelde?",
                        ],
                    },
                    {
                        "text": "Kunngjøre konkurransen i Doffin",
                        "responsible": ["prosjektleder"],
                        "sub_points": [
                            "Er kontraktsverdien over EØS-terskelverdien, slik at konkurransen "
                            "også må kunngjøres i EU/EØS?",
                        ],
                    },
                    {
                        "text": "Evaluere tilbudene og lage innstilling",
                        "responsible": ["prosjektgruppe"],
                        "sub_points": [
                            "Er innstillingen kvalitetssikret av noen med innkjøpskompetanse, og "
                            "eventuelt av en jurist?",
                        ],
                    },
                    {
                        "text": "Signere kontrakt med pris, frister og dagmulkt",
                        "responsible": ["radmann", "eiendom"],
                        "sub_points": [
                            "Er kontrakten signert av den som har fullmakt?",
                        ],
                    },
                ],
            },
            {
                "heading": "Bygging og oppfølging",
                "tasks": [
                    {
                        "text": "Søke om igangsettingstillatelse",
                        "responsible": ["entreprenor", "prosjektleder"],
                        "sub_points": [],
                    },
                    {
                        "text": "Sørge for plan for sikkerhet, helse og arbeidsmiljø (SHA-plan)",
                        "responsible": ["prosjektleder", "eiendom"],
                        "sub_points": [
                            "Er det utpekt koordinatorer for prosjektering og utførelse?",
                        ],
                    },
                    {
                        "text": "Holde oppstartsmøte og jevnlige byggemøter med entreprenøren",
                        "responsible": ["prosjektleder", "entreprenor"],
                        "sub_points": [
                            "Følges framdriftsplanen?",
                            "Hvordan meldes og godkjennes endringer?",
                        ],
                    },
                    {
                        "text": "Følge opp kvalitet, kostnader og endringer underveis",
                        "responsible": ["prosjektleder", "prosjektgruppe"],
                        "sub_points": [
                            "Besøker prosjektgruppen byggeplassen jevnlig?",
                            "Må Husbanken orienteres om endringer i prosjektet?",
                        ],
                    },
                    {
                        "text": "Planlegge tildeling, husleie og innflytting i god tid",
                        "responsible": ["boligkontor", "eiendom"],
                        "sub_points": [
                            "Hvem skal bo i boligene, og når kan de flytte inn?",
                        ],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hvordan sikrer vi at bestilleren blir hørt når det må gjøres endringer underveis?",
        ],
        "glossary_terms": [
            "byggherre",
            "totalentreprise",
            "byggherrestyrt-entreprise",
            "doffin",
            "igangsettingstillatelse",
            "dagmulkt",
        ],
        "law_references": ["anskaffelsesloven-4", "pbl-21-2", "byggherreforskriften-7"],
        "tools": [
            {
                "title": "Anskaffelser.no – veiledning om bygg- og anleggskontrakter",
                "description": "Direktoratet for forvaltning og økonomistyrings veiledning om "
                "konkurranser og kontraktsoppfølging.",
                "url": "https://anskaffelser.no/",
            },
        ],
        "subprocesses": [],
    },
    {
        "number": 4,
        "title": "Overtakelse",
        "slug": "overtakelse",
        "short_description": (
            "<p>Ved overtakelsen går bygget fra entreprenøren til kommunen. Entreprenøren kaller "
            "inn til overtakelsesbefaring, der byggherren, gjerne sammen med bestilleren, går "
            "gjennom bygget. Feil og mangler skrives inn i en overtakelsesprotokoll med frist for "
            "utbedring, og protokollen signeres av begge parter. Fra overtakelsen går risikoen "
            "for bygget over på kommunen, og reklamasjonstiden begynner å løpe.</p>"
            "<p>Før boligene tas i bruk, må det foreligge ferdigattest eller midlertidig "
            "brukstillatelse. Deretter kan kommunen be Husbanken om utbetaling av tilskuddet, "
            "overlevere boligene til dem som skal forvalte og drifte dem, og ta imot de første "
            "leietakerne. Til slutt bør prosjektet evalueres, slik at erfaringene kommer neste "
            "prosjekt til gode.</p>"
        ),
        "results_intro": "Fasen er ferdig når boligene er overtatt, tatt i bruk og prosjektet er avsluttet:",
        "results": [
            "Overtakelsesprotokoll med mangler og frister er signert",
            "Ferdigattest eller midlertidig brukstillatelse er gitt",
            "Eventuelt tilskudd fra Husbanken er utbetalt",
            "Boligene er overlevert til forvaltning og drift, med FDV-dokumentasjon",
            "Sluttoppgjøret med entreprenøren er gjort",
            "Erfaringene fra prosjektet er samlet, og prosjektgruppen er avviklet",
        ],
        "task_groups": [
            {
                "heading": "Overtakelse av bygget",
                "tasks": [
                    {
                        "text": "Gjennomføre overtakelsesbefaring sammen med entreprenøren",
                        "responsible": ["prosjektleder", "entreprenor", "eiendom"],
                        "sub_points": [
                            "Er bestilleren og de som skal drifte boligene, med på befaringen?",
                        ],
                    },
                    {
                        "text": "Føre og signere overtakelsesprotokoll med mangler og frister",
                        "responsible": ["prosjektleder", "entreprenor"],
                        "sub_points": [
                            "Er alle synlige mangler skrevet inn?",
                        ],
                    },
                    {
                        "text": "Sørge for ferdigattest eller midlertidig brukstillatelse",
                        "responsible": ["prosjektleder", "planavdeling"],
                        "sub_points": [
                            "Er all sluttdokumentasjon levert til bygningsmyndigheten?",
                        ],
                    },
                    {
                        "text": "Følge opp utbedring av mangler og gjøre sluttoppgjør",
                        "responsible": ["prosjektleder", "eiendom"],
                        "sub_points": [],
                    },
                ],
            },
            {
                "heading": "Finansiering og drift",
                "tasks": [
                    {
                        "text": "Be Husbanken om utbetaling av tilskudd",
                        "responsible": ["eiendom", "husbanken"],
                        "sub_points": [
                            "Ligger revidert byggeregnskap eller sluttoppstilling ved?",
                            "Er boligene eventuelt overført (omhjemlet) til riktig eier?",
                        ],
                    },
                    {
                        "text": "Overlevere boligene til forvaltning og drift med FDV-dokumentasjon",
                        "responsible": ["eiendom"],
                        "sub_points": [
                            "Vet driftspersonalet hvordan tekniske anlegg skal brukes og "
                            "vedlikeholdes?",
                        ],
                    },
                    {
                        "text": "Tildele boligene og gjennomføre innflytting",
                        "responsible": ["boligkontor", "bruker"],
                        "sub_points": [
                            "Se prosessen «Forvaltning, drift og vedlikehold: valg av bolig og "
                            "beboeroppfølging».",
                        ],
                    },
                ],
            },
            {
                "heading": "Avslutning og evaluering",
                "tasks": [
                    {
                        "text": "Evaluere prosjektet og samle erfaringene",
                        "responsible": ["prosjektleder", "prosjektgruppe"],
                        "sub_points": [
                            "Hva fungerte godt, og hva bør gjøres annerledes neste gang?",
                            "Hvordan opplever de første beboerne boligene?",
                        ],
                    },
                    {
                        "text": "Følge opp reklamasjoner i reklamasjonstiden",
                        "responsible": ["eiendom"],
                        "sub_points": [
                            "Hvem i kommunen har ansvaret for å melde feil til entreprenøren?",
                        ],
                    },
                    {
                        "text": "Avvikle prosjektgruppen",
                        "responsible": ["eiendom"],
                        "sub_points": [],
                    },
                ],
            },
        ],
        "reflection_questions": [
            "Hva har vi lært som bør brukes i neste byggeprosjekt?",
        ],
        "glossary_terms": [
            "overtakelsesbefaring",
            "overtakelsesprotokoll",
            "ferdigattest",
            "midlertidig-brukstillatelse",
            "omhjemle",
            "fdv",
            "reklamasjon",
        ],
        "law_references": ["pbl-21-10"],
        "tools": [],
        "subprocesses": [],
    },
]
