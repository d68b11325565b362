"""Municipalities used by the demo examples.

Numbers and counties as of 1 January 2024. Fjell (merged into Øygarden in 2020)
keeps its old number because the example predates the merger.
size_class: "small" (< 5 000), "medium" (5 000–19 999), "large" (20 000–99 999),
"xlarge" (>= 100 000), by approximate population.
"""

MUNICIPALITIES = [
    {"name": "Stord", "number": "4614", "county": "Vestland", "size_class": "medium"},
    {"name": "Verdal", "number": "5038", "county": "Trøndelag", "size_class": "medium"},
    {"name": "Asker", "number": "3203", "county": "Akershus", "size_class": "large"},
    {"name": "Bodø", "number": "1804", "county": "Nordland", "size_class": "large"},
    {"name": "Larvik", "number": "3909", "county": "Vestfold", "size_class": "large"},
    {"name": "Nittedal", "number": "3232", "county": "Akershus", "size_class": "large"},
    {"name": "Ringsaker", "number": "3411", "county": "Innlandet", "size_class": "large"},
    {"name": "Fjell", "number": "1246", "county": "Vestland", "size_class": "large"},
    {"name": "Drammen", "number": "3301", "county": "Buskerud", "size_class": "xlarge"},
    {"name": "Holmestrand", "number": "3903", "county": "Vestfold", "size_class": "large"},
    {"name": "Trondheim", "number": "5001", "county": "Trøndelag", "size_class": "xlarge"},
    {"name": "Halden", "number": "3101", "county": "Østfold", "size_class": "large"},
    {"name": "Elverum", "number": "3420", "county": "Innlandet", "size_class": "large"},
    {"name": "Oslo", "number": "0301", "county": "Oslo", "size_class": "xlarge"},
    {"name": "Karmøy", "number": "1149", "county": "Rogaland", "size_class": "large"},
    {"name": "Levanger", "number": "5037", "county": "Trøndelag", "size_class": "large"},
    {"name": "Ålesund", "number": "1508", "county": "Møre og Romsdal", "size_class": "large"},
    {"name": "Kristiansund", "number": "1505", "county": "Møre og Romsdal", "size_class": "large"},
]
