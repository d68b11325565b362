"""Former counties, as data: which of today's counties each came into, and the year of the reform.

From the county register (SSB KLASS, 2018, 2020 and 2024 reforms), keyed by the slug of today's
county in the register (places/, the listing's ?fylke= value). People still search by the
names they know («Oppland», «Sogn og Fjordane», «Nord-Trøndelag», «Telemark» before 2024 was
«Vestfold og Telemark»), so an example's searchable facts name every county its municipality's
county came from. A county whose name was also a former county's (Telemark, Troms …) has it once.
"""

# today's county → [(former county, the year it ceased)]
FORMER_COUNTIES = {
    "agder": [("Aust-Agder", 2020), ("Vest-Agder", 2020)],
    "akershus": [("Viken", 2024), ("Akershus", 2020), ("Buskerud", 2020), ("Oppland", 2020)],
    "buskerud": [("Viken", 2024), ("Buskerud", 2020), ("Vestfold", 2020)],
    "ostfold": [("Viken", 2024), ("Østfold", 2020)],
    "innlandet": [("Hedmark", 2020), ("Oppland", 2020)],
    "vestland": [("Hordaland", 2020), ("Sogn og Fjordane", 2020)],
    "trondelag": [("Sør-Trøndelag", 2018), ("Nord-Trøndelag", 2018)],
    "vestfold": [("Vestfold og Telemark", 2024), ("Vestfold", 2020)],
    "telemark": [("Vestfold og Telemark", 2024), ("Telemark", 2020)],
    "troms": [("Troms og Finnmark", 2024), ("Troms", 2020)],
    "finnmark": [("Troms og Finnmark", 2024), ("Finnmark", 2020)],
    "more-og-romsdal": [],
    "nordland": [],
    "oslo": [],
    "rogaland": [],
}


def county_names(county):
    """Today's name first, then the former counties' names not the same as it (``county`` is a
    county of the register, places.regions.County, or None)."""
    if county is None:
        return []
    names = [county.name]
    for name, _year in FORMER_COUNTIES.get(county.slug, []):
        if name not in names:
            names.append(name)
    return names


def former_counties(county):
    return [(n, y) for n, y in FORMER_COUNTIES.get(county.slug, []) if n != county.name]
