"""The data contract of events.csv (design.md): column names and allowed codes."""

EVENT_COLUMNS = (
    "event_id",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "status",
    "event_type",
    "sub_event_type",
    "category",
    "title",
    "actor1",
    "actor2",
    "assoc_actors",
    "location",
    "admin1",
    "country",
    "iso3",
    "latitude",
    "longitude",
    "geo_precision",
    "sources",
    "source_count",
    "evidence",
    "confidence",
    "fatalities",
    "admin2",
)
EVENT_TYPES = (
    "Battles",
    "Violence against civilians",
    "Explosions/Remote violence",
    "Riots",
    "Protests",
    "Strategic developments",
)
# ACLED's sub-event types by event type (ACLED codebook, 2023).
SUB_EVENT_TYPES = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
# Event types where actor1 and actor2 stand against each other ("A vs B").
VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
STRATEGIC = "Strategic developments"
REMOTE = "Explosions/Remote violence"
BATTLES, ARMED_CLASH = "Battles", "Armed clash"
AGAINST_CIVILIANS = "Violence against civilians"
DATE_PRECISIONS = ("day", "week", "month", "year", "range")
STATUSES = ("occurred", "scheduled", "ongoing")
LIST_SEPARATOR = "; "
# Dates the tables hold: a year outside these is a typing error (0001, 9999), not an event.
FIRST_YEAR, LAST_YEAR = 1000, 2999
