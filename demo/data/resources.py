"""Research and knowledge resources ("Forskning og utredninger") for the demo content.

Plain data, no Django imports. "kind" is "presentation" or "report".
"""

RESOURCES = [
    {
        "title": "God organisering og planlegging av boligsosialt arbeid – finnes den?",
        "slug": "god-organisering-og-planlegging-av-boligsosialt-arbeid",
        "kind": "presentation",
        "authors": [],
        "publisher": "NOVA",
        "year": 2011,
        "summary": (
            "Presentasjonen oppsummerer en casestudie av hvordan Kristiansand, Moss, Trondheim og "
            "Tromsø organiserer og planlegger det boligsosiale arbeidet. Den viser ulike former "
            "for koordinering og peker på fem kjennetegn ved god organisering, men konkluderer med "
            "at løsningene alltid må tilpasses lokalt."
        ),
        "body": (
            "<h3>Et fragmentert fagfelt</h3>"
            "<p>Boligsosialt arbeid er et samlebegrep for innsatsen for å skaffe de mest "
            "vanskeligstilte en bolig, hjelpe dem å mestre boforholdet og finne sin plass i "
            "nærmiljøet. Arbeidet lar seg vanskelig avgrense til ett fagfelt eller én enhet. "
            "Ansvaret er spredt på mange aktører og velferdsområder, virkemidlene er mange, og "
            "grensene for hvem som har ansvar for hva, er ofte uklare. Mange kommuner mangler "
            "felles mål for arbeidet, og ingen har ansvar for at virkemidlene brukes samlet.</p>"
            "<h3>Horisontal og vertikal samordning</h3>"
            "<p>Presentasjonen skiller mellom horisontal samordning, der flere tjenestesteder må "
            "bli enige om hvem som gjør hva, og vertikal samordning, der politikk, plan og praksis "
            "må henge sammen rundt et felles bilde av kommunens utfordringer og hvordan de skal "
            "møtes. Koordineringen kan stoppe opp på tre typer "
            "grenseflater:</p>"
            "<ul>"
            "<li><strong>faglige</strong>: uenighet om hva problemet er og hvordan det bør "
            "løses</li>"
            "<li><strong>funksjonelle</strong>: holdninger og praksis når oppgaver og ansvar skal "
            "deles</li>"
            "<li><strong>økonomiske</strong>: spørsmålet om hvem som skal bære kostnadene</li>"
            "</ul>"
            "<h3>Former for koordinering</h3>"
            "<p>Fra de mest formelle til de mest uformelle:</p>"
            "<ul>"
            "<li>samforvaltning og boligkontor</li>"
            "<li>et eget koordineringsorgan</li>"
            "<li>tildelingsteam på tvers av etatene</li>"
            "<li>formelle rutiner for samordning, og avtaler om samarbeid og intensjoner</li>"
            "<li>uformelle rutiner og nettverk som oppstår spontant</li>"
            "</ul>"
            "<h3>Fire casekommuner</h3>"
            "<p>Studien omfattet fire store kommuner – Kristiansand, Moss, Trondheim og Tromsø – "
            "valgt ut fra en tidligere undersøkelse (Langsether m.fl. 2008). Kommunene har lenge "
            "satset på å organisere og planlegge arbeidet og har rutiner andre kan lære av, men "
            "det finnes lite kunnskap om resultatene. Modellene er ulike. Kristiansand har samlet "
            "mye i Enhet for bolig- og tjenestetildeling (EBT), som både tildeler boliger, "
            "oppfølging og Husbankens virkemidler og leverer premissene for det boligsosiale "
            "planarbeidet. Tromsø har et eget boligkontor og et tildelingsutvalg.</p>"
            "<h3>Hva kjennetegner god organisering?</h3>"
            "<ol>"
            "<li>Alle involverte kjenner kommunens politiske mål og vet hvilken rolle de selv og "
            "de andre har i å nå dem.</li>"
            "<li>Roller og ansvar er tydelig fordelt, gjennom formelle avtaler og skriftlige "
            "rutiner, men også gjennom uformelle relasjoner, åpen kommunikasjon og "
            "fleksibilitet.</li>"
            "<li>Kompetanse bygges aktivt – gjennom kurs og utdanning, bevisst rekruttering og "
            "læring av egne og andres erfaringer – og arbeidet evalueres fortløpende.</li>"
            "<li>Et overordnet koordinerings- og strategiorgan har ansvar for virkemidlene, for å "
            "lage, gjennomføre og evaluere handlingsplanene, for rapportering og for "
            "samarbeidsklimaet.</li>"
            "<li>Planprosessene er grundige og bredt forankret, med styringsgruppe, prosjektgruppe "
            "og prosjektleder, politisk oppfølging og jevnlig rapportering. En god plan er mer enn "
            "et dokument: prosessen skal skape felles forståelse og vilje til å prioritere "
            "ressurser.</li>"
            "</ol>"
            "<h3>Finnes det en beste praksis?</h3>"
            "<p>Ikke som en ferdig oppskrift. Løsningene må springe ut av kommunens egne "
            "utfordringer. Andres erfaringer er nyttige å lære av, men må alltid veies opp mot egen "
            "situasjon – hver kommune må «tenke sjøl».</p>"
        ),
        "link_url": "",
    },
    {
        "title": "Bo- og tjenestetilbud til personer med ROP-lidelser – arbeidsprosesser og gode grep i tre kommuner",
        "slug": "bo-og-tjenestetilbud-rop-lidelser-gode-grep",
        "kind": "report",
        "authors": ["Thomas Hugaas Molden", "Melina Røe"],
        "publisher": "NTNU Samfunnsforskning",
        "year": 2018,
        "summary": (
            "Rapporten fra NTNU Samfunnsforskning, finansiert av Husbanken, undersøker hvordan "
            "Levanger, Ålesund og Kristiansund samordner bolig og tjenester til personer som har "
            "både rusproblemer og psykiske lidelser. Den anbefaler blant annet mer formalisert "
            "samarbeid, ett samlet vedtak, bruk av erfaringskonsulenter og fleksible tjenester."
        ),
        "body": (
            "<h3>Bakgrunn og formål</h3>"
            "<p>Personer som har både en ruslidelse og en psykisk lidelse (ROP-lidelser), har ofte store og "
            "sammensatte hjelpebehov, og tjenestene de trenger, ligger spredt på mange enheter i "
            "kommunen. Prosjektet ble finansiert gjennom Husbankens tilskudd til boligsosiale "
            "tiltak, og Husbanken Midt-Norge var samarbeidspartner underveis. Målet var å gi andre "
            "kommuner kunnskap om arbeidsprosesser som fremmer samarbeid på tvers av enheter og "
            "fagmiljøer.</p>"
            "<h3>Metode</h3>"
            "<p>Studien er kvalitativ. Tre kommuner i Midt-Norge – Levanger, Ålesund og "
            "Kristiansund – ble pekt ut av en regional arbeidsgruppe av statlige aktører. "
            "Forskerne intervjuet nøkkelinformanter og gjennomførte gruppeintervjuer med ansatte "
            "fra blant annet NAV, hjemmetjenesten, rus- og psykisk helsetjenestene, tildelings- og "
            "servicekontor og bygg og eiendom. Gruppene drøftet et tenkt tilfelle: en ung kvinne som mister "
            "leieboligen sin og sliter med angst og periodevis rus.</p>"
            "<h3>Hovedfunn</h3>"
            "<p>Kommunene løser oppgavene dels likt og dels ulikt, tilpasset egne rammer. Felles "
            "er at alle søker samarbeid på tvers, gjennom arenaer som boligsosiale "
            "arbeidsgrupper, ressursteam, samarbeidsmøter og tildelingsmøter. Delte verdier, "
            "tillit, gode relasjoner og fleksibilitet i tjenestene går igjen som "
            "suksessfaktorer, og de ansattes engasjement trekkes fram som kanskje det aller "
            "viktigste.</p>"
            "<h3>Gode grep som anbefales</h3>"
            "<ul>"
            "<li><strong>Mer formelle samarbeidsstrukturer</strong> mellom enhetene, med nok "
            "møtepunkter og beskrevne rutiner, roller og ansvar – gjerne med en koordinator med "
            "overordnet ansvar for det boligsosiale arbeidet.</li>"
            "<li><strong>Ett samlet vedtak</strong> om bolig og tjenester, som gir brukeren "
            "oversikt og gjør det lettere for tjenestene å samarbeide.</li>"
            "<li><strong>Erfaringskonsulenter</strong> som bindeledd mellom brukerne og "
            "hjelpeapparatet, for å skape tillit og reell medvirkning.</li>"
            "<li><strong>Fleksible tjenester</strong>, enten gjennom en tiltaksvifte å velge fra "
            "eller ved raske justeringer i vedtak og tiltak underveis.</li>"
            "<li><strong>Nysgjerrighet og utviklingsvilje</strong>: prøve ut nye metoder, delta i "
            "kommunenettverk og bruke prosjekter for å finne praksis som passer egne "
            "rammer.</li>"
            "</ul>"
            "<h3>Forbehold</h3>"
            "<p>Forfatterne understreker at grepene ikke er en fasit, men eksempler til "
            "inspirasjon. Studien ser bare på samarbeidet internt i kommunene. Hvordan kommunene "
            "samarbeider med kriminalomsorgen, Bufetat og helseforetakene når brukere kommer fra "
            "institusjon, fengsel eller barnevern, foreslås som tema for videre forskning.</p>"
        ),
        "link_url": "",
    },
]
