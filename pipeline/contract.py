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
# Event types where actor1 and actor2 stand against each other ("A vs B").
VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
DATE_PRECISIONS = ("day", "week", "month", "year", "range")
STATUSES = ("occurred", "scheduled", "ongoing")
LIST_SEPARATOR = "; "
# Dates the tables hold: a year outside these is a typing error (0001, 9999), not an event.
FIRST_YEAR, LAST_YEAR = 1000, 2999
