"""The work processes beyond «Organisering og tverrfaglig samarbeid» (demo/data/process.py),
one module each, in the order they are loaded. Each module has AREA (a slug from areas.py),
SOURCES (the public pages it was written from), WORK_PROCESS and PHASES; a circular process's
PHASES are its steps, each with its own "phases". Keys: "responsible" = ResponsibleRole keys
(phases/migrations/0004_standard_roles.py), "glossary_terms" = slugs in glossary.py or
glossary_processes.py, "law_references" = keys in law.py."""

MODULES = [
    "fra_asylmottak_til_kommune",
    "bosetting_av_overforingsflyktninger",
    "loslatelse_fra_forvaring",
    "bygge_og_eller_oppgradere",
    "framskaffe_boliger_for_mennesker_med_oppfolgingsbehov",
    "forvaltning_drift_og_vedlikehold_valg_av_bolig_og_beboeroppfolging",
    "soknad_og_vedtak_om_kommunal_bolig",
    "bidra_til_leie_av_private",
    "forhindre_utkastelse",
    "refinansiering_med_startlan",
    "samarbeid_med_private_og_tilvisningsavtale",
    "oppfolgingstjenester_i_hjemmet",
    "radgivning_ved_tilpasning_av_bolig",
    "helhetlig_boligpolitisk_planlegging",
]
