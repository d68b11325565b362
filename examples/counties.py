"""Former counties, as data: which of today's counties each came into, and the year of the reform.

From the county register (SSB KLASS, 2018, 2020 and 2024 reforms). People still search by the
names they know («Oppland», «Sogn og Fjordane», «Nord-Trøndelag», «Telemark» before 2024 was
«Vestfold og Telemark»), so an example's searchable facts name every county its municipality's
county came from. A county whose name was also a former county's (Telemark, Troms …) has it once.
"""

from examples.snippets import County

# today's county → [(former county, the year it ceased)]
FORMER_COUNTIES = {
    County.AGDER: [("Aust-Agder", 2020), ("Vest-Agder", 2020)],
    County.AKERSHUS: [("Viken", 2024), ("Akershus", 2020), ("Buskerud", 2020), ("Oppland", 2020)],
    County.BUSKERUD: [("Viken", 2024), ("Buskerud", 2020), ("Vestfold", 2020)],
    County.OSTFOLD: [("Viken", 2024), ("Østfold", 2020)],
    County.INNLANDET: [("Hedmark", 2020), ("Oppland", 2020)],
    County.VESTLAND: [("Hordaland", 2020), ("Sogn og Fjordane", 2020)],
    County.TRONDELAG: [("Sør-Trøndelag", 2018), ("Nord-Trøndelag", 2018)],
    County.VESTFOLD: [("Vestfold og Telemark", 2024), ("Vestfold", 2020)],
    County.TELEMARK: [("Vestfold og Telemark", 2024), ("Telemark", 2020)],
    County.TROMS: [("Troms og Finnmark", 2024), ("Troms", 2020)],
    County.FINNMARK: [("Troms og Finnmark", 2024), ("Finnmark", 2020)],
    County.MORE_OG_ROMSDAL: [],
    County.NORDLAND: [],
    County.OSLO: [],
    County.ROGALAND: [],
}


def county_names(county):
    """Today's name first, then the former counties' names not the same as it."""
    today = County(county).label if county in County.values else ""
    names = [today] if today else []
    for name, _year in FORMER_COUNTIES.get(county, []):
        if name not in names:
            names.append(name)
    return names


def former_counties(county):
    return [(n, y) for n, y in FORMER_COUNTIES.get(county, []) if n != County(county).label]
