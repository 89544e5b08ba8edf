"""Merge mentions of the same real-world event, within and across articles, into events."""

import hashlib
from dataclasses import dataclass, field
from datetime import date

from pipeline.coding import ATTACK
from pipeline.contract import AGAINST_CIVILIANS, BATTLES, VIOLENT_TYPES
from pipeline.fatalities import event_fatalities
from pipeline.merge_grid import SAME_PLACE_KM, cells_near, grid_cell, months_of
from pipeline.merge_kinds import fought, kinds_told_as, one_act_of_a_sentence, wide_in_country
from pipeline.places.gazetteer import km_between
from pipeline.places.marked import names_unknown_village
from pipeline.records import Event, EventMention, Place
from pipeline.textnorm import fold

# how far from its reference point a town may lie and still be in a district or a region: an
# event in one province is not the one reported the same day in a town three provinces away
AREA_KM = {"admin2": 200.0, "admin1": 500.0}
REGIONS = ("admin1", "region")  # regions, and parts of a country ("northern Niger")
REGIONS_APART_KM = 800.0  # further apart, two regions told are two places


# ACLED sub-event types that name one kind of act whatever the words telling it: "retook" in
# one article and "took control of" in another are one town taken, the same week
ONE_KIND_SUB_TYPES = frozenset(
    {
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
        "Air/drone strike",
        "Remote explosive/landmine/IED",
        "Shelling/artillery/missile attack",
        "Suicide bomb",
        "Abduction/forced disappearance",
    }
)


def _one_kind(m: EventMention) -> str:
    """The mention's sub-event type when that names one kind of act, else "" (none)."""
    sub = m.trigger.sub_event_type
    return sub if sub in ONE_KIND_SUB_TYPES else ""


FEATURE_RANK = {"town": 0, "admin3": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}


def _point(place: Place) -> tuple[float, float]:
    return place.latitude, place.longitude


def _span(m: EventMention) -> tuple[date, date]:
    return m.date.date_start, m.date.date_end


def _sentence(m: EventMention) -> tuple[str, int]:
    return m.article_id, m.sentence_index


def _unknown_name(m: EventMention) -> str:
    """The name of a village no gazetteer knows that the mention is placed by ("" if none)."""
    return m.place_text.casefold() if names_unknown_village(m.place_rule) else ""


def _one_day_one_town_violence(m: EventMention) -> bool:
    """ACLED counts violent reports of one day at one town as one event, whatever their words;
    a mob's violence is not one of them: in a city, a riot and a battle of the same day are two
    events (the deaths told after a riot still go to it, when the dead are counted: enrich.py)."""
    one_day_one_town = m.date.precision == "day" and m.place.geo_precision == 1
    return one_day_one_town and m.trigger.event_type in VIOLENT_TYPES


@dataclass
class _Cluster:
    """Mentions gathered so far for one event, with the days all of them allow.

    What `accepts` needs is kept as summaries (kinds of act, distinct town points), so a check
    costs the same for a cluster of ten thousand mentions as for one of two.
    """

    number: int  # creation order: the first cluster that accepts a mention takes it
    mentions: list[EventMention]
    start: date
    end: date
    categories: set[str] = field(default_factory=set)
    kinds: frozenset[str] = frozenset()  # the categories every mention may be told as
    sub_types: set[str] = field(default_factory=set)  # of one kind of act each, "" for others
    # categories of mentions that are not one-day one-town violence: they only merge by category
    strict_categories: set[str] = field(default_factory=set)
    event_types: set[str] = field(default_factory=set)
    towns: set[tuple[float, float]] = field(default_factory=set)
    town_regions: set[str] = field(default_factory=set)  # the admin1 of each town, if known
    # villages no gazetteer knows, placed by their district: two names are two places
    unknown: set[str] = field(default_factory=set)
    # the towns told by their own names (not villages placed near them), folded
    named_towns: set[str] = field(default_factory=set)
    # what `_vaguer_elsewhere` asks of its mentions, kept as they come (asked of every mention)
    articles: set[str] = field(default_factory=set)
    tolls: set[int] = field(default_factory=set)  # the dead its mentions count
    all_wide: bool = True  # every mention tells violence in a whole country over a month or more
    fought: bool = False  # a mention tells a battle with both sides named
    # districts and regions told: point, reach in km and admin1
    areas: set[tuple[float, float, float, str]] = field(default_factory=set)
    regions: set[tuple[float, float]] = field(default_factory=set)  # points of regions told
    # the town each sentence told it at: towns one sentence lists are one event each, as ACLED
    # codes one event per location however close ("attacked Tchoma Bangou and Zaroumdareye")
    sentence_towns: dict[tuple[str, int], str] = field(default_factory=dict)
    parts: dict[str, int] = field(default_factory=dict)  # the part of a lead's acts (records.py)

    def accepts(self, mention: EventMention) -> bool:
        """Overlapping dates, the same kind of event, no two towns more than 50 km apart, every
        town inside each district or region told and no two regions told (a district told in
        Tillabéri is not the ambush told in the Diffa region)."""
        m_start, m_end = _span(mention)
        if m_start > self.end or m_end < self.start:
            return False
        if self._vaguer_elsewhere(mention, (m_end - m_start).days) or self._other_side(mention):
            return False
        if mention.part and self.parts.get(mention.article_id, mention.part) != mention.part:
            return False
        told_apart = (mention.sentence_index, mention.apart_from)
        if mention.apart_from >= 0 and any(
            m.article_id == mention.article_id and m.act < told_apart for m in self.mentions
        ):
            return False  # "In another attack": not the act told before it
        category, sub = mention.trigger.category, _one_kind(mention)
        same_kind = (
            self.categories <= {category}
            or (
                mention.article_id not in self.articles
                and bool(self.kinds & kinds_told_as(mention))
            )
            or (sub and self.sub_types <= {sub})
            or (_one_day_one_town_violence(mention) and self.strict_categories <= {category})
            or self._same_day_same_type(mention)
            or one_act_of_a_sentence(self.mentions, mention)
        )
        if not same_kind:
            return False
        name = _unknown_name(mention)
        if name and not self.unknown <= {name}:
            return False
        if name and self.named_towns:
            said = fold(mention.sentence)
            if not all(town in said for town in self.named_towns):
                return False  # "They also attacked the village of X": not the act told at a town
        place = mention.place
        here = _point(place)
        if place.feature in REGIONS and any(
            km_between(*p, *here) > REGIONS_APART_KM for p in self.regions
        ):
            return False  # "northern Niger" is not the Dosso region
        reach = AREA_KM.get(place.feature)
        if reach is not None:  # a district or a region: the towns told must lie in it
            regions = (self.town_regions | {region for *_, region in self.areas}) - {""}
            return all(km_between(*town, *here) <= reach for town in self.towns) and (
                not place.admin1 or regions <= {place.admin1}
            )
        if place.feature != "town":  # a town, or a point near one
            return True
        if self.sentence_towns.get(_sentence(mention), place.name) != place.name:
            return False
        return all(km_between(*town, *here) <= SAME_PLACE_KM for town in self.towns) and all(
            km_between(lat, lon, *here) <= km and (not region or place.admin1 in ("", region))
            for lat, lon, km, region in self.areas
        )

    def _vaguer_elsewhere(self, mention: EventMention, days: int) -> bool:
        """Violence in a whole country over a month or more and an event told to the day, by
        other articles (either may come first), unless they count the same dead ("Niger lost 89
        soldiers in an attack in January" is the attack on Chinegodar on January 9)."""
        if mention.article_id in self.articles or mention.fatalities in self.tolls:
            return False
        if wide_in_country(mention):
            return self.start == self.end
        return days == 0 and self.all_wide

    def _other_side(self, mention: EventMention) -> bool:
        """An article's attack on civilians and its battle with both sides named, of one day,
        are two events (ACLED: one per type, place and day; a night spans two): "an attack on
        the village of Djambala on Monday", "an attack on a military position on Monday"; a
        battle only by default ("the attack") is the attack on civilians told again."""
        kind = mention.trigger.event_type
        within = self.start <= mention.date.date_start <= self.end
        day = mention.date.precision == "day" and within and (self.end - self.start).days <= 1
        same_day = mention.article_id in self.articles and day
        if kind == AGAINST_CIVILIANS:
            return same_day and self.fought
        return same_day and fought(mention) and AGAINST_CIVILIANS in self.event_types

    def _same_day_same_type(self, mention: EventMention) -> bool:
        """ACLED codes one event per type, place and day: once every report in the cluster allows
        only the mention's day, violence of its type at its town joins, whatever the words ("the
        attack on the camp" in one article, "Tuesday's fighting at Bourem" in another)."""
        day = mention.date.date_start
        return (
            _one_day_one_town_violence(mention)
            and self.start == self.end == day
            and self.event_types <= {mention.trigger.event_type}
        )

    def add(self, mention: EventMention) -> None:
        """Take the mention in; the event's days narrow to what every mention allows."""
        self.mentions.append(mention)
        self.articles.add(mention.article_id)
        if mention.part:
            self.parts[mention.article_id] = mention.part
        self.tolls |= {mention.fatalities} - {None, 0}
        self.all_wide = self.all_wide and wide_in_country(mention)
        self.fought = self.fought or fought(mention)
        self.start = max(self.start, mention.date.date_start)
        self.end = min(self.end, mention.date.date_end)
        told_as = kinds_told_as(mention)
        self.kinds = self.kinds & told_as if self.categories else told_as
        self.categories.add(mention.trigger.category)
        self.sub_types.add(_one_kind(mention))
        self.event_types.add(mention.trigger.event_type)
        if not _one_day_one_town_violence(mention):
            self.strict_categories.add(mention.trigger.category)
        self.unknown |= {_unknown_name(mention)} - {""}
        place = mention.place
        if place.feature == "town" and not _unknown_name(mention):
            self.named_towns.add(fold(place.name))
        if place.feature == "town":
            self.towns.add(_point(place))
            self.sentence_towns.setdefault(_sentence(mention), place.name)
            self.town_regions |= {place.admin1} - {""}
        if place.feature in AREA_KM:
            self.areas.add((*_point(place), AREA_KM[place.feature], place.admin1))
        if place.feature in REGIONS:
            self.regions.add(_point(place))


def _event_id(category: str, place: Place, start: date, end: date, taken: set[str]) -> str:
    key = f"{category}|{place.iso3}|{place.name}|{start.isoformat()}|{end.isoformat()}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    candidate, n = f"ev-{digest[:10]}", 1
    while candidate in taken:
        n += 1
        candidate = f"ev-{digest[:10]}-{n}"
    return candidate


def _make_event(cluster: _Cluster, taken: set[str]) -> Event:
    mentions = cluster.mentions
    start, end = cluster.start, cluster.end
    narrowest = min(mentions, key=lambda m: (_span(m)[1] - _span(m)[0], m.article_id))
    exact = _span(narrowest) == (start, end)
    # the finest place told: a point before an area, a region before its country
    best_place = min(
        mentions, key=lambda m: (m.place.geo_precision, FEATURE_RANK.get(m.place.feature, 9))
    ).place
    actors = tuple(dict.fromkeys(a for m in mentions for a in m.actors))
    # the strongest word tells the type; between equals, one that names who did it or to whom
    # (the sides tell the type: "militants raided three villages" over "were attacked"; both
    # sides over one: "attacked the village, killing its inhabitants" over "carried out
    # attacks"), then the report of one place and day
    head = min(
        mentions,
        key=lambda m: (
            -m.trigger.priority,
            -min(len(m.actors), 2),
            m.place.geo_precision,
            _span(m)[1] - _span(m)[0],
        ),
    )
    head = _told_who_was_hit(head, mentions)
    event_id = _event_id(head.trigger.category, best_place, start, end, taken)
    taken.add(event_id)
    return Event(
        event_id=event_id,
        date_start=start,
        date_end=end,
        date_precision=narrowest.date.precision if exact else "range",
        date_text=narrowest.date.text,
        status=head.status,
        event_type=head.trigger.event_type,
        sub_event_type=head.trigger.sub_event_type,
        category=head.trigger.category,
        place=best_place,
        actors=actors,
        mentions=tuple(mentions),
        fatalities=event_fatalities(mentions),
    )


def _told_who_was_hit(head: EventMention, mentions: list[EventMention]) -> EventMention:
    """An attack on no one named ("In another attack on Friday, 14 people were killed") is a
    battle only by default: the report of its own sentence that tells civilians were hit gives
    the event its type, and so does one of its article telling an attack on civilians as
    strongly ("an attack on a village ... has left 22 innocent victims dead") or by whom
    ("armed assailants killed two of its employees")."""
    if head.trigger.event_type != BATTLES or head.trigger.category != ATTACK:
        return head
    if len(head.actors) > 1:
        return head  # both sides named: a battle

    def tells_civilians_hit(m: EventMention) -> bool:
        if m.trigger.event_type != AGAINST_CIVILIANS or m.article_id != head.article_id:
            return False
        if not head.actors and m.sentence_index == head.sentence_index:
            return True
        strong = m.trigger.priority >= head.trigger.priority or not head.actors
        return (m.trigger.category == ATTACK and strong) or bool(m.actors)

    return next(filter(tells_civilians_hit, mentions), head)


class _Candidates:
    """The clusters of one status and country, indexed by month and by place.

    A mention can only join a cluster whose dates overlap its own (so one that shares a month
    with it) and, for a town, one with no town yet or whose towns lie within 50 km (so one
    whose first town is in a neighbouring grid cell). Clusters only narrow, so an index by
    their first dates and first town stays a superset of the clusters that accept.
    """

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.by_month: dict[int, set[int]] = {}
        self.wide: set[int] = set()  # clusters spanning more than WIDE_MONTHS: always checked
        self.by_cell: dict[tuple[int, int], set[int]] = {}
        self.townless: set[int] = set()

    def place(self, mention: EventMention) -> None:
        """Add the mention to the first cluster that accepts it, or start a new cluster."""
        home = next((c for c in self._candidates(mention) if c.accepts(mention)), None)
        if home is None:
            home = _Cluster(len(self.clusters), [], *_span(mention))
            self.clusters.append(home)
            months = months_of(*_span(mention))
            for month in months if months is not None else ():
                self.by_month.setdefault(month, set()).add(home.number)
            if months is None:
                self.wide.add(home.number)
            self.townless.add(home.number)
        had_town = bool(home.towns)
        home.add(mention)
        if home.towns and not had_town:
            self.townless.discard(home.number)
            cell = grid_cell(*_point(mention.place))
            self.by_cell.setdefault(cell, set()).add(home.number)

    def _candidates(self, mention: EventMention) -> list[_Cluster]:
        months = months_of(*_span(mention))
        if months is None:
            numbers = set(range(len(self.clusters)))
        else:
            numbers = set(self.wide)
            for month in months:
                numbers |= self.by_month.get(month, set())
        if mention.place.geo_precision == 1:
            cells = cells_near(*_point(mention.place))
            if cells is not None:
                near = set(self.townless)
                for cell in cells:
                    near |= self.by_cell.get(cell, set())
                numbers &= near
        return [self.clusters[n] for n in sorted(numbers)]


def merge_mentions(mentions: list[EventMention]) -> list[Event]:
    """Group dated, placed mentions into events; ids depend only on the events' content."""
    ordered = sorted(
        (m for m in mentions if m.date is not None and m.place is not None),
        key=lambda m: (m.article_id, m.sentence_index, m.trigger.start),
    )
    # only mentions with the same status and country can be one event: look in that bucket only
    buckets: dict[tuple[str, str], _Candidates] = {}
    for mention in ordered:
        buckets.setdefault((mention.status, mention.place.iso3), _Candidates()).place(mention)
    clusters = [c for bucket in buckets.values() for c in bucket.clusters]
    taken: set[str] = set()
    keyed = sorted(
        clusters,
        key=lambda c: (
            c.start,
            c.end,
            c.mentions[0].trigger.category,
            c.mentions[0].place.name,
            c.mentions[0].article_id,
            c.mentions[0].sentence_index,
        ),
    )
    return [_make_event(c, taken) for c in keyed]
