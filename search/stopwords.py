"""Words a query does not need to match.

``STOPWORDS`` are those PostgreSQL's ``norwegian`` text-search configuration drops (its snowball
stop list): such a word can never match the index. ``FILLERS`` are the question words and
everyday fillers people put around what they look for («hva betyr samordning i praksis», «hvordan
organisere boligarbeidet»): they are dropped for matching and kept for the phrase bonus.
"""

STOPWORDS = frozenset(
    """
    og i jeg det at en et den til er som på de med han av ikke ikkje der så var meg seg men ett
    har om vi min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor
    eller hva skal selv sjøl her alle vil bli ble blei blitt kunne inn når være kom noen noe ville
    dere deres kun ja etter ned skulle denne for deg si sine sitt mot å meget hvorfor dette disse
    uten hvordan ingen din ditt blir samme hvilken hvilke sånn inni mellom vår hver hvem vors hvis
    både bare enn fordi før mange også slik vært båe begge siden dykk dykkar dei deira deires
    deim di då eg ein eit eitt elles honom hjå ho hoe henne hennar hennes hoss hossen ingi inkje
    korleis korso kva kvar kvarhelst kven kvi kvifor me medan mi mine mykje no nokon noka nokor
    noko nokre sia sidan so somt somme um upp vere vore verte vort varte vart
    """.split()  # noqa: SIM905 - a list literal of 170 words would be unreadable
)

FILLERS = frozenset(
    """
    hvilket betyr bety betyde betydning menes mener meiner tyder definisjon forklar forklaring
    gjøre gjør gjer gjere får finnes fins finne finn finner trenger treng bør burde må kor
    eksempel eksempler eksempelet eksemplet døme dømer tips info informasjon ting noen nokre
    lese les mer meir om angående ang vet veit ønsker sett se hos hjå praksis konkret
    konkrete egentlig eigentleg typisk vanligvis generelt
    """.split()  # noqa: SIM905
)

IGNORED = STOPWORDS | FILLERS
