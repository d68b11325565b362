"""Recall first: synonyms with phrases and broader terms (seeded), the vocabulary and suggestions
built from live content, and the SQL functions the engine calls (PostgreSQL only).

This migration carries its own copy of the seed list and of the SQL; the live code is in
``search/pg_query.py``, ``search/vocabulary.py`` and ``search/folding.py``.
"""

from django.db import migrations, models

# (words that mean the same, broader terms). Written from the demo content, the glossary and the
# source documents: the everyday word, the portal's word, and the nynorsk form.
SEED_SYNONYMS = [
    ("rusmisbruker, rusmisbrukere, rusavhengig, rusavhengige, narkoman, narkomane, personer med rusproblemer, rusproblemer, rusproblem, rusmiddelproblemer, rusbruk, rusbrukere", "vanskeligstilte, rus og psykisk helse"),
    ("rusomsorg, rusomsorgen, rusbehandling, rustjeneste, rustjenesten, rusteam", "rus og psykisk helse"),
    ("psykiatri, psykiatrien, psykisk syke, psykisk sykdom, psykiske lidelser, psykisk lidelse, psykiske plager, personer med psykiske lidelser, psykisk helse", "rus og psykisk helse"),
    ("rop, rop-lidelser, roplidelser, rus og psykiatri, dobbeltdiagnose, dobbeltdiagnoser, samtidig rus og psykisk lidelse", "rus og psykisk helse"),
    ("straffedømt, straffedømte, domfelt, domfelte, løslatt, løslatte, løslatte fra fengsel, innsatt, innsatte, fange, fanger, tidligere innsatte", "kriminalomsorg, vanskeligstilte"),
    ("fengsel, fengselet, fengsla, soning, soningen, kriminalomsorg, kriminalomsorgen, friomsorg, friomsorgen", "kriminalomsorg"),
    ("løslatelse, løslatelsen, prøveløslatelse, løslating, lauslating", "kriminalomsorg"),
    ("ufør, uføre, uføretrygdet, uføretrygdede, funksjonshemmet, funksjonshemmede, funksjonshemming, nedsatt funksjonsevne, personer med nedsatt funksjonsevne, nedsett funksjonsevne, handikappet, handikap", "vanskeligstilte"),
    ("utviklingshemmet, utviklingshemmede, psykisk utviklingshemmet, utviklingshemming, personer med utviklingshemming, psykisk utviklingshemming", "nedsatt funksjonsevne"),
    ("rullestolbruker, rullestol, bevegelseshemmet, universell utforming, tilgjengelig bolig, tilrettelagt bolig", "tilpasset bolig"),
    ("tilpasset bolig, tilpassa bustad, tilpasning av bolig, tilpasning, boligtilpasning, ombygging, tilrettelegging", "bolig"),
    ("kommunedirektør, kommunedirektøren, rådmann, rådmannen, administrasjonssjef, kommunesjef", "kommunens ledelse"),
    ("ordfører, ordføreren, kommunestyre, kommunestyret, politikere, folkevalgte, bystyret, formannskapet", "politisk ledelse"),
    ("bostedsløs, bostedsløse, hjemløs, hjemløse, heimlaus, heimlause, bustadlaus, bustadlause, uten bolig, uten fast bolig, uten fast bopel", "vanskeligstilte"),
    ("vanskeligstilt, vanskeligstilte, vanskeligstilte på boligmarkedet, vanskelegstilt, vanskelegstilte, vanskelegstilte på bustadmarknaden, utsatte grupper, sårbare grupper", "målgrupper"),
    ("flyktning, flyktninger, flykting, flyktningar, flyktningane, innvandrer, innvandrere, asylsøker, asylsøkere, overføringsflyktninger, kvoteflyktninger", "vanskeligstilte"),
    ("bosetting, bosette, bosettingen, busetjing, busetting, busette, mottak av flyktninger, bosetting av flyktninger", "flyktninger"),
    ("enslige mindreårige, einslege mindreårige, enslige mindreårige asylsøkere, mindreårige flyktninger", "flyktninger"),
    ("barnefamilie, barnefamilier, barnefamiliar, familier med barn, småbarnsfamilier, barnerike familier", "familie"),
    ("ungdom, ungdommer, unge, unge voksne, ungdom og unge voksne, ungdommar, unge vaksne, tenåringer, unge mellom 17 og 25", "barn og unge"),
    ("barn, barna, born, borna, barn og unge, born og unge", "familie"),
    ("eldre, eldre personer, pensjonister, seniorer, alderdom, eldreomsorg", "målgrupper"),
    ("bolig, bustad", ""),
    ("boliger, bustader", ""),
    ("boligkontor, bustadkontor, boligkontoret, bustadkontoret, boligtjeneste, boligtjenesten, bustadteneste, boligenhet, boligavdeling", "organisering"),
    ("hjem, heim, hjemme, heime", ""),
    ("ikke, ikkje", ""),
    ("tjeneste, teneste, tjenester, tenester", ""),
    ("leietaker, leigetakar, leietakere, leigetakarar, beboer, beboere, bebuar", ""),
    ("utleie, utleige, leie, leige", ""),
    ("utleiebolig, utleigebustad, kommunal bolig, kommunale boliger, kommunal utleiebolig, kommunale utleieboliger, kommunal bustad, kommunale bustader, sosialbolig, sosialboliger, trygdebolig, trygdeboliger", "bolig"),
    ("leilighet, leilegheit, leiligheter, husvære", "bolig"),
    ("innbygger, innbyggjar, innbyggere, innbyggjarar, befolkning, borgere", ""),
    ("veileder, rettleiar, veiledere", ""),
    ("veiledning, rettleiing, rådgivning, rådgiving, råd og veiledning", ""),
    ("enhet, eining, enheter, einingar, avdeling, avdelinger, etat, etater", "organisering"),
    ("eiendom, eigedom, kommunal eiendom, eiendomsforvaltning, boligforvaltning, drift og vedlikehold", "boligforvaltning"),
    ("ansatt, tilsett, ansatte, tilsette, medarbeidere, fagfolk, saksbehandlere", ""),
    ("oppfølging, oppfylging, oppfølgingen, bo-oppfølging, booppfølging, oppfølging i bolig, botrening, boveiledning, miljøarbeid", "oppfølgingstjenester i bolig"),
    ("oppfølgingsteam, oppfølgingsteamet, booppfølgingsteam, ambulant team, ambulante tjenester, ambulerende team", "oppfølging"),
    ("hjemmetjeneste, hjemmetjenester, heimeteneste, heimetenester, hjemmetjenesten, hjemmesykepleie, praktisk bistand", "oppfølgingstjenester i bolig"),
    ("bostøtte, bustøtte, husbankens bostøtte, statlig bostøtte", "økonomisk støtte"),
    ("startlån, startlånet, startlan, startlånsordningen, boliglån, lån til bolig", "økonomisk støtte"),
    ("tilskudd, tilskot, tilskuddet, tilskudd til tilpasning, tilskudd til utleieboliger", "økonomisk støtte"),
    ("refinansiering, refinansiere, omlegging av lån, gjeldsproblemer, gjeld, betalingsproblemer", "økonomi"),
    ("økonomisk rådgivning, økonomisk rådgiving, gjeldsrådgivning, budsjettveiledning, økonomiveiledning", "økonomi"),
    ("sosialhjelp, økonomisk sosialhjelp, økonomisk stønad, sosialstønad, livsopphold", "økonomi"),
    ("husbanken, husbankens, den norske stats husbank", ""),
    ("nav, nav-kontoret, nav-kontor, navs, arbeids- og velferdsforvaltningen, sosialkontoret, sosialtjenesten", ""),
    ("utkastelse, utkastelser, utkasting, tvangsfravikelse, fravikelse, begjæring om fravikelse, utkastelsessak", "beholde bolig"),
    ("husleierestanse, husleierestanser, restanse, restanser, husleiegjeld, ubetalt husleie", "utkastelse"),
    ("husleie, husleiga, husleien, leiekontrakt, leieavtale, husleiekontrakt", ""),
    ("husleieloven, husll, husleielova, lov om husleieavtaler", "lov"),
    ("sosialtjenesteloven, sotjl, stjl, lov om sosiale tjenester i nav, sosialtenestelova", "lov"),
    ("helse- og omsorgstjenesteloven, hol, hotjl, helse og omsorgstjenesteloven, helse- og omsorgstenestelova", "lov"),
    ("boligsosial lov, lov om kommunenes ansvar på det boligsosiale feltet, boligsosialloven", "lov"),
    ("plan- og bygningsloven, pbl, plan og bygningsloven", "lov"),
    ("kommuneloven, kommunelova, koml", "lov"),
    ("tildeling, tildelingen, tildele, tildeling av bolig, tildeling av kommunal bolig, boligtildeling, fordeling av boliger", "kommunale utleieboliger"),
    ("tildelingsmøte, tildelingsmøter, tildelingsmøtet, tildelingsteam, tildelingskontor, tildelingskontoret, tildelingsutvalg, boligtildelingsmøte", "tildeling"),
    ("søknad, søknader, søknaden, søknad om kommunal bolig, søke bolig, boligsøknad", "tildeling"),
    ("vedtak, vedtaket, enkeltvedtak, vedtaka, samlet vedtak", "saksbehandling"),
    ("saksbehandling, saksbehandlingen, sakshandsaming, behandling av søknader", ""),
    ("boligsøker, boligsøkere, bustadsøkjar, bustadsøkjarar", "målgrupper"),
    ("tverrfaglig, tverrfagleg, tverrfaglige, tverrfaglege, tverretatlig, tverretatleg, på tvers av fag, på tvers av tjenester, tverrsektoriell", "samarbeid"),
    ("samarbeid, samarbeidet, samarbeide, samhandling, samarbeidsavtale, partnerskap", ""),
    ("samordning, samordne, samordna, koordinering, koordinere, samkjøring", "organisering"),
    ("organisering, organisere, organisasjon, organisasjonsmodell, organisasjonsform", ""),
    ("omorganisering, omorganisere, organisatoriske endringer, organisasjonsendring, endring i organisasjonen", "organisering"),
    ("koordinator, koordinatoren, boligkoordinator, boligkoordinatoren, kontaktperson", "samordning"),
    ("én dør inn, en dør inn, ei dør inn, felles kontaktpunkt, ett kontaktpunkt, servicesenter, servicetorg", "samordning"),
    ("styringsgruppe, styringsgruppa, styringsgruppen, prosjektstyre, ledergruppe", "organisering"),
    ("arbeidsgruppe, arbeidsgruppa, prosjektgruppe, prosjektgruppa, arbeidsgruppen", "organisering"),
    ("mandat, mandatet, oppdragsbeskrivelse", ""),
    ("brukermedvirkning, brukarmedverknad, medvirkning, medverknad, brukerinvolvering, brukerens stemme, involvering", ""),
    ("bruker, brukar, brukere, brukarar, tjenestemottaker, tjenestemottakere", ""),
    ("brukerorganisasjon, brukerorganisasjoner, brukarorganisasjon, interesseorganisasjon, frivillige organisasjoner, frivillighet", ""),
    ("kartlegging, kartlegge, kartlegginga, behovskartlegging, kartleggingsverktøy", "kunnskapsgrunnlag"),
    ("kunnskapsgrunnlag, kunnskapsgrunnlaget, kunnskapsgrunnlagsarbeid, statistikk, nåsituasjon", ""),
    ("levekår, levekårskartlegging, levekårsdata, levekårsundersøkelse, levekårssoner", "kartlegging"),
    ("evaluering, evaluere, evaluert, evaluering og tilpassing", ""),
    ("innovasjon, tjenesteinnovasjon, nyskaping, fornying, sosial innovasjon, tjenesteutvikling", ""),
    ("tjenestedesign, tjenestedesignet, brukerreise, brukerreiser, designmetodikk", "tjenesteinnovasjon"),
    ("velferdslab, velferdslaboratorium, velferdslaben, investeringsteam, investeringsleder", "tjenesteinnovasjon"),
    ("housing first, bolig først, bustad først, housing-first", "oppfølging i bolig"),
    ("planarbeid, planlegging, planprosess, boligsosial handlingsplan, boligsosial plan, handlingsplan, bustadsosial handlingsplan, temaplan, kommunedelplan", ""),
    ("planstrategi, kommunal planstrategi, kommuneplanens samfunnsdel, samfunnsdel, arealdel, kommuneplanens arealdel, reguleringsplan, økonomiplan, boligpolitisk plan", "planarbeid"),
    ("boligpolitikk, boligpolitisk, bustadpolitikk, boligsosial politikk, boligstrategi", "planarbeid"),
    ("boligsosialt arbeid, bustadsosialt arbeid, boligsosial, bustadsosial, boligsosialt, bustadsosialt, boligsosiale, bustadsosiale, boligarbeid, boligsosialarbeid", ""),
    ("boligsosialt utviklingsprogram, boligsosiale utviklingsprogram, bustadsosialt utviklingsprogram, kommuneprogram, utviklingsprogram", ""),
    ("boligflyt, boligflytprosedyre, gjennomstrømning, flytting videre, boligkarriere, trappetrinnsmodell", "tildeling"),
    ("bofellesskap, bufellesskap, samlokaliserte boliger, samlokalisert, omsorgsbolig, omsorgsboliger, heldøgns botilbud, heldøgns omsorg", "bolig"),
    ("midlertidig bolig, midlertidig botilbud, akuttbolig, hospits, krisebolig, nødbolig", "bolig"),
    ("kjøpe bolig, boligkjøp, eie bolig, eierlinja, fra leie til eie, leie til eie, eiebolig", "startlån"),
    ("privat utleie, private utleiere, utleiemarkedet, leiemarkedet, private utleieboliger, tilvisningsavtale, tilvisning", "utleie"),
    ("nybygg, bygge boliger, bygging, oppføre boliger, boligbygging, fremskaffe boliger, framskaffe boliger, fremskaffelse", "boligforvaltning"),
    ("oppgradering, oppgradere, rehabilitering, vedlikehold, renovering, oppussing", "boligforvaltning"),
    ("miljøvaktmester, miljøvaktmestere, vaktmester, vaktmestertjeneste, bomiljø", "oppfølging"),
    ("ansvarsgruppe, ansvarsgruppa, ansvarsgruppen, individuell plan, koordinerende enhet", "samarbeid"),
    ("støttekontakt, støttekontakten, avlastning, avlasting, fritidskontakt", "tjenester"),
    ("pårørende, pårørande, familie, nærstående", ""),
    ("helse, helsetjeneste, helsetjenester, helsetenester, helse og omsorg, omsorgstjenester", ""),
    ("interkommunal, interkommunalt, samarbeid mellom kommuner, regionalt samarbeid", "samarbeid"),
    ("liten kommune, små kommuner, distriktskommune, distriktskommuner, småkommune, småkommuner", "kommunestørrelse"),
    ("storby, storbyer, stor kommune, store kommuner, bykommune", "kommunestørrelse"),
    ("fase, faser", "arbeidsprosess"),
    ("arbeidsprosess, arbeidsprosesser, fremgangsmåte, framgangsmåte, veiviser, oppskrift", ""),
    ("oppstart, starte, komme i gang, igangsetting, forankring, forankre", "fase"),
    ("gjennomføring, gjennomføre, iverksetting, implementering, iverksette, implementere", "fase"),
    ("fattig, fattige, fattigdom, lavinntekt, lav inntekt, økonomiske problemer, økonomiske vansker, dårlig råd, lite penger", "økonomi, vanskeligstilte"),
    ("arbeidsledig, arbeidsledige, uten jobb, uten arbeid, arbeidsløs, arbeidsløse, ledighet", "arbeid"),
    ("barnevern, barnevernet, barneverntjenesten, barnevernstjenesten, barnevernstenesta", "barn og unge"),
    ("ventetid, saksbehandlingstid, venteliste, ventelister, kø", "saksbehandling"),
    ("tomgangsleie, tomme boliger, ledige boliger, ubebodd, ubebodde", "boligforvaltning"),
    ("sykehus, spesialisthelsetjenesten, dps, distriktspsykiatrisk senter, psykiatrisk sykehus", "helse"),
    ("miljøterapeut, miljøarbeider, miljøarbeidere, boveileder, boveiledere, sosialarbeider", "oppfølging"),
    ("bydel, bydelen, bydeler, bydelane", ""),
    ("rapport, rapporter, forskning, forskningsrapport, studie, utredning", "ressurser"),
    ("verktøy, maler, sjekkliste, veileder", "ressurser"),
]

SQL = r"""
CREATE OR REPLACE FUNCTION portal_search_fold(word text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT replace(replace(replace(
        translate(lower(word), 'æøåäöüéèêóòôáà', 'aoaaoueeeoooaa'),
        'aa', 'a'), 'oe', 'o'), 'ae', 'a')
$$;

CREATE INDEX IF NOT EXISTS search_vocabularyword_folded_trgm
    ON search_vocabularyword USING gin (folded gin_trgm_ops);
CREATE INDEX IF NOT EXISTS search_suggestion_folded_prefix
    ON search_suggestion (folded varchar_pattern_ops);
CREATE INDEX IF NOT EXISTS search_suggestion_folded_trgm
    ON search_suggestion USING gin (folded gin_trgm_ops);
-- Suggestions are shown best first: for a common prefix («bol») reading them in that order
-- finds eight matches at once, where sorting every match took longer.
CREATE INDEX IF NOT EXISTS search_suggestion_weight
    ON search_suggestion (weight DESC, char_length(text), text);

-- Vocabulary words whose folded form shares enough trigrams with a query word's (pg_trgm's
-- «%», similarity 0.3 by default): the candidates a typo may be corrected to (the engine checks
-- the edit distance itself).
CREATE OR REPLACE FUNCTION portal_search_near_words(query text)
RETURNS TABLE(word varchar, folded varchar, documents integer)
LANGUAGE sql STABLE AS $$
    SELECT v.word, v.folded, v.documents FROM search_vocabularyword v
    WHERE v.folded % query ORDER BY similarity(v.folded, query) DESC LIMIT 40
$$;

-- Every row that matches any word of a query, with its content type and object (for the
-- visibility filter, without a second read of the table) and bit masks of the words that match anywhere,
-- in the title or autocomplete vector, and in the strong (weighted A-C) part of the body.
-- words[i] is word i's tsquery with its prefixes; prefixes[i] the prefixes alone (simple
-- configuration, for the autocomplete vector). Sequential scans are off: the planner does not
-- count the cost of reading the large body vectors from TOAST storage.
CREATE OR REPLACE FUNCTION portal_search_hits(words tsquery[], prefixes tsquery[])
RETURNS TABLE(id integer, content_type_id integer, object_id text, any_mask integer,
              title_mask integer, strong_mask integer)
LANGUAGE plpgsql STABLE
SET enable_seqscan = off SET jit = off
AS $$
DECLARE
    parts text[] := '{}';
BEGIN
    IF coalesce(array_length(words, 1), 0) = 0 THEN
        RETURN;
    END IF;
    FOR i IN 1 .. array_length(words, 1) LOOP
        parts := parts || format(
            'SELECT id, content_type_id, object_id, %2$s AS a,'
            ' CASE WHEN title @@ $1[%1$s] OR autocomplete @@ $2[%1$s]'
            ' THEN %2$s ELSE 0 END AS t, 0 AS s FROM wagtailsearch_indexentry'
            ' WHERE title @@ $1[%1$s] OR autocomplete @@ $2[%1$s] OR body @@ $1[%1$s]',
            i, 1 << (i - 1)
        );
        parts := parts || format(
            'SELECT id, content_type_id, object_id, %2$s, 0, %2$s FROM wagtailsearch_indexentry'
            ' WHERE ts_filter(body, ''{a,b,c}''::"char"[]) @@ $1[%1$s]',
            i, 1 << (i - 1)
        );
    END LOOP;
    RETURN QUERY EXECUTE
        'SELECT id, content_type_id::integer, object_id::text, bit_or(a)::integer,'
        ' bit_or(t)::integer, bit_or(s)::integer FROM ('
        || array_to_string(parts, ' UNION ALL ') || ') u GROUP BY id, content_type_id, object_id'
        USING words, prefixes;
END
$$;

DROP FUNCTION IF EXISTS portal_search_matches(tsquery[], tsquery[]);
DROP FUNCTION IF EXISTS portal_search_title_typos(text);
DROP FUNCTION IF EXISTS portal_search_strong_matches(tsquery);
"""

REVERSE = """
DROP FUNCTION IF EXISTS portal_search_hits(tsquery[], tsquery[]);
DROP FUNCTION IF EXISTS portal_search_near_words(text);
DROP FUNCTION IF EXISTS portal_search_fold(text);
"""


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            # A cursor without parameters, so «%» (pg_trgm, format()) is not a placeholder.
            with schema_editor.connection.cursor() as cursor:
                cursor.execute(statements)

    return operation


def seed_synonyms(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    known = {" ".join(g.words.lower().split()) for g in SynonymGroup.objects.all()}
    SynonymGroup.objects.bulk_create(
        SynonymGroup(words=words, broader=broader, note="Fra startlisten")
        for words, broader in SEED_SYNONYMS
        if words not in known
    )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_index_lookups"),
    ]

    operations = [
        migrations.AddField(
            model_name="synonymgroup",
            name="broader",
            field=models.TextField(
                blank=True,
                help_text="Begreper som omfatter disse ordene, for eksempel «vanskeligstilte» for «rusmisbruker». Foreslås når et søk gir få eller ingen treff, og søkes i når ordene ikke finnes.",
                verbose_name="Videre begreper",
            ),
        ),
        migrations.AlterField(
            model_name="synonymgroup",
            name="words",
            field=models.TextField(
                help_text="Kommaseparert eller ett per linje, for eksempel «bolig, bustad» eller «rusmisbruker, personer med rusproblemer». Sammensatte ord følger med: «bolig, bustad» gjør at «boligkontor» også finner «bustadkontor».",
                verbose_name="Ord som betyr det samme",
            ),
        ),
        migrations.CreateModel(
            name="VocabularyWord",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("word", models.CharField(max_length=100, unique=True)),
                ("folded", models.CharField(db_index=True, max_length=100)),
                ("documents", models.PositiveIntegerField(default=0)),
            ],
            options={"verbose_name": "Ord i søkeordlisten", "verbose_name_plural": "Søkeordlisten"},
        ),
        migrations.CreateModel(
            name="Suggestion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("text", models.CharField(max_length=255)),
                ("folded", models.CharField(max_length=255)),
                ("kind", models.CharField(max_length=60)),
                ("url", models.CharField(blank=True, max_length=500)),
                ("lang", models.CharField(blank=True, max_length=5)),
                ("weight", models.FloatField(default=0)),
                ("content_type_id", models.IntegerField(null=True)),
                ("object_id", models.CharField(blank=True, max_length=255)),
            ],
            options={"verbose_name": "Forslag i søkefeltet", "verbose_name_plural": "Forslag i søkefeltet"},
        ),
        migrations.RunPython(run(SQL), run(REVERSE)),
        migrations.RunPython(seed_synonyms, migrations.RunPython.noop),
    ]
