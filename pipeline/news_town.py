"""Where events whose sentences name no place happened: in the town of the lead's news for the
lead's week, where the event told just before happened, near the place the article is about."""

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from pipeline.acts_apart import told_as_another
from pipeline.contract import VIOLENT_TYPES
from pipeline.discourse import lead_week
from pipeline.knowledge import Cues
from pipeline.places import Gazetteer
from pipeline.places.marked import UNKNOWN
from pipeline.places.nesting import lies_in
from pipeline.records import EventMention, Place, SentenceFacts
from pipeline.scene_patterns import elsewhere_than_scene
from pipeline.textnorm import fold

RULE = "no place in the sentence: {name}, the town of the lead's news"
TITLE_RULE = "no place in the sentence: {name}, the one town the headline names"
# the areas a headline's town may place a lead's event in
HEADLINE_AREAS = frozenset({"region", "admin1"})
AREA_RULE = "{area} named: {name}, the one town of it the headline names"


def unplaced(m: EventMention) -> bool:
    """An event whose sentence names no place, given its country."""
    return m.place is not None and m.place.feature == "country" and not m.place_text


def place_in_title_town(
    found: list[EventMention], towns: tuple[Place, ...], lead: int, published: date
) -> list[EventMention]:
    """An event of the lead naming no place, or only a region the town lies in ("an attack on a
    camp in western Niger" under "71 killed at Inates camp"), happened in the one town the
    headline puts news in ("Twelve traders killed in Djibo"); `towns`: those towns."""
    if len({t.name for t in towns}) != 1:
        return found
    town, start = towns[0], lead_week(published)[0]
    result = []
    for m in found:
        no_place = unplaced(m) and m.place.iso3 == town.iso3
        news = m.date is None or m.date.date_end >= start  # not a background told in the lead
        in_area = (
            m.place is not None
            and m.place.feature in HEADLINE_AREAS
            and fold(m.place.name) != fold(town.name)
            and lies_in(town, m.place)
        )
        if m.sentence_index < lead and (no_place or (news and in_area)):
            rule = TITLE_RULE if no_place else AREA_RULE
            m = replace(m, place=town, place_rule=rule.format(name=town.name, area=m.place.name))
        result.append(m)
    return result


def place_in_news_town(
    found: list[EventMention], published: date, lead: int, cues: Cues
) -> list[EventMention]:
    """ "Calm returned to Ouagadougou on Monday after two days of unrest ... Protesters marched
    on Saturday": an event of the lead's week whose sentence names no place (it was given its
    country) happened in the town the lead names for its news.

    The town is the one named for the first event of that week the lead (its first `lead`
    sentences) tells; older events and undated ones keep their country, and so does an act
    told as another one (`cues`: "In another attack on Friday, 14 people were killed")."""
    start = lead_week(published)[0]

    def recent(m: EventMention) -> bool:
        return m.date is not None and m.date.date_end >= start and m.date.date_start <= published

    news = next((m for m in found if m.sentence_index < lead and recent(m)), None)
    if news is None or news.place is None or news.place.geo_precision != 1 or not news.place_text:
        return found
    town = news.place
    result = []
    for m in found:
        other = told_as_another(fold(m.sentence), m.trigger, cues)
        if unplaced(m) and recent(m) and m.place.iso3 == town.iso3 and not other:
            m = replace(m, place=town, place_rule=RULE.format(name=town.name))
        result.append(m)
    return result


NEAR_RULE = "no place in the sentence: {name}, where the event told just before it happened"
NEAR_SENTENCES = 2  # how far back an event told before still sets the scene
SAME_DAYS = 7  # the longest span of an event that may take the place of the one told before


def _overlap(a: EventMention, b: EventMention) -> bool:
    """Both dated to a few days, and their dates share a day ("in 2021" is no such date)."""
    if a.date is None or b.date is None:
        return False
    short = all((d.date_end - d.date_start).days < SAME_DAYS for d in (a.date, b.date))
    return short and a.date.date_start <= b.date.date_end and b.date.date_start <= a.date.date_end


def place_by_event_before(
    found: list[EventMention], paragraphs: dict[int, int], cues: Cues
) -> list[EventMention]:
    """An event whose sentence names no place, told right after an event of the same days in
    the same paragraph that names one, happened there; one told as another ("the group moved on
    and attacked another nearby village") near there, in a village of its own."""
    result: list[EventMention] = []
    for m in found:
        if unplaced(m):
            before = [
                b
                for b in result
                if b.place_text
                and b.place is not None
                and b.place.feature != "country"
                and b.place.iso3 == m.place.iso3
                and 0 < m.sentence_index - b.sentence_index <= NEAR_SENTENCES
                and paragraphs.get(b.sentence_index) == paragraphs.get(m.sentence_index)
                and _overlap(m, b)
            ]
            if before and told_as_another(fold(m.sentence), m.trigger, cues):
                m = _another_village(m, before[-1].place)
            elif before:
                b = before[-1]
                m = replace(m, place=b.place, place_rule=NEAR_RULE.format(name=b.place.name))
        result.append(m)
    return result


def _another_village(m: EventMention, near: Place) -> EventMention:
    """An act told as another one, placed near the place of the one told before as a village of
    its own (named by the words after its trigger: "another nearby Fulani village")."""
    named = m.sentence[m.trigger.end :].split(",")[0].strip(" .;:") or m.trigger.text
    rule = FOCUS_RULE.format(name=named, place=near.name, why=NAMED_BEFORE)
    return replace(m, place=near, place_text=named, place_rule=rule)


AREAS = ("admin1", "admin2", "admin3", "region")  # places that tell where a village lies
FOCUS_RULE = UNKNOWN + ": {name!r}, a village no gazetteer knows: near {place}, {why}"
MOST_NAMED = "the place the article names most"
NAMED_BEFORE = "the place named just before"
NAMED_AFTER = "the district named just after"
ARTICLE_RULE = "no place in the sentence: near {place}, the place the article names most"


def _focus(sentences: list[SentenceFacts]) -> dict[str, Place]:
    """Per country, the place finer than a region that the article names most often, if it is
    named at least twice and more often than any other (namesakes of two regions apart)."""
    counts: Counter = Counter()
    places: dict[tuple[str, str, str], Place] = {}
    for sentence in sentences:
        for p in sentence.places:
            if p.place is not None and p.place.feature not in ("country", "region"):
                key = (p.place.iso3, p.place.name, p.place.admin1)
                counts[key] += 1
                places.setdefault(key, p.place)
    focus = {}
    for iso3 in {key[0] for key in counts}:
        top = [(k, n) for k, n in counts.most_common() if k[0] == iso3][:2]
        if top[0][1] >= 2 and (len(top) == 1 or top[1][1] < top[0][1]):
            focus[iso3] = places[top[0][0]]
    return focus


def place_by_article_focus(
    found: list[EventMention], sentences: list[SentenceFacts], gazetteer: Gazetteer
) -> list[EventMention]:
    """An event placed only in its country, in a village the text names but no gazetteer knows,
    lies near the place the article is about: the one the sentences just before name, else the
    one it names most (geo_precision 2 at least). So does a violent act dated to a month at most
    whose sentence names no place at all, near the place the article names most unless that is the
    capital, the setting of politics: "This followed an attack on their headquarters" in an
    article about Nouna happened at Nouna, not in the middle of the country."""
    result = []
    most_named: dict[str, Place] | None = None
    acting = {o.sentence_index for o in found}  # sentences telling an act
    for m in found:
        at_country = m.place is not None and m.place.feature == "country"
        unknown = _unknown_village(sentences[m.sentence_index]) if at_country else None
        violent = unplaced(m) and m.trigger.event_type in VIOLENT_TYPES and _one_act(m)
        if unknown is not None or violent:
            most_named = _focus(sentences) if most_named is None else most_named
            focus = most_named.get(m.place.iso3)
            why = MOST_NAMED
            if unknown is not None:
                focus, why = _where_the_village_lies(sentences, m, focus, acting)
            elif focus is not None and gazetteer.is_capital(focus):
                focus = None
            if focus is not None:
                rule = FOCUS_RULE if unknown is not None else ARTICLE_RULE
                rule = rule.format(name=unknown, place=focus.name, why=why)
                # the village's name is the words placing it: two villages are two events
                words = unknown if unknown is not None else m.place_text
                m = replace(m, place=near(focus), place_text=words, place_rule=rule)
        result.append(m)
    return result


def near(place: Place) -> Place:
    """The place as only near the event: geo_precision 2 at least."""
    return replace(place, geo_precision=max(2, place.geo_precision))


ONE_ACT_DAYS = 31  # the longest span of a violent act the article's place may be given to


def _one_act(m: EventMention) -> bool:
    """An act dated to a month at most: "the violence killed 4,000 people last year" is a tally
    over a country, not an act at the place the article is about."""
    return m.date is not None and (m.date.date_end - m.date.date_start).days < ONE_ACT_DAYS


JUST_BEFORE = 3  # sentences back in which a place named still says where the text is


def _named_just_before(sentences: list[SentenceFacts], index: int, iso3: str) -> Place | None:
    """The latest place finer than a region the sentences just before name in that country, in
    the same paragraph or the one before ("a gang attacked Namadje (Madarounfa department). The
    following night another group attacked Gourgoun Hano": near Madarounfa, whatever place the
    article names most)."""
    return named_just_before(
        sentences, index, lambda s: _scenes_named(s, iso3, lambda f: f not in ("country", "region"))
    )


def named_just_before(
    sentences: list[SentenceFacts], index: int, pick: Callable[[SentenceFacts], list[Place]]
) -> Place | None:
    """The last place `pick` takes from the sentences just before `index`, in the same paragraph
    or the one before (a heading or a paragraph about something else ends the search)."""
    for sentence in reversed(sentences[max(0, index - JUST_BEFORE) : index]):
        if sentences[index].paragraph - sentence.paragraph > 1:
            return None
        named = pick(sentence)
        if named:
            return named[-1]
    return None


def _scenes_named(sentence: SentenceFacts, iso3: str, keep: Callable[[str], bool]) -> list[Place]:
    """The places of that country, of a feature `keep` takes, the sentence names as scenes
    ("soldiers from Kaya", "the border with Mali's Ménaka region": not where things are)."""
    return [
        p.place
        for p in sentence.places
        if p.place is not None
        and p.place.iso3 == iso3
        and keep(p.place.feature)
        and elsewhere_than_scene(sentence.folded, p.start, 30) is None
    ]


def _where_the_village_lies(
    sentences: list[SentenceFacts], m: EventMention, focus: Place | None, acting: set[int]
) -> tuple[Place | None, str]:
    """The place an unknown village lies near: the one named just before, else a district named
    just after in a sentence telling no act of its own (`acting`: those that do), else the
    article's focus; with the reason."""
    index, iso3 = m.sentence_index, m.place.iso3
    before = _named_just_before(sentences, index, iso3)
    if before is not None:
        return before, NAMED_BEFORE
    after = _area_named_just_after(sentences, index, iso3, acting)
    if after is not None:
        return after, NAMED_AFTER
    return focus, MOST_NAMED


JUST_AFTER = 2  # sentences on in which a district named still says where a village lies


def _area_named_just_after(
    sentences: list[SentenceFacts], index: int, iso3: str, acting: set[int]
) -> Place | None:
    """The first district or region of that country the sentences just after name, in the same
    paragraph or the next: "Armed men stormed the mosque in the northern village of Salmossi ...
    The men entered during prayers, said a regional official in Oudalan province" (a town named
    after may be where someone speaks from, a district says where the village lies). A
    sentence that tells an act (`acting`) names the district of that act ("In a separate attack
    in Soum province, five soldiers were killed"), not the village's."""
    for sentence in sentences[index + 1 : index + 1 + JUST_AFTER]:
        if sentence.paragraph - sentences[index].paragraph > 1:
            return None
        if sentence.index in acting:
            continue
        named = _scenes_named(sentence, iso3, AREAS.__contains__)
        if named:
            return named[0]
    return None


def _unknown_village(sentence: SentenceFacts) -> str | None:
    """The first village no gazetteer knows that the sentence names, if it names no district or
    region that says where it lies ("in the Diffa region, ... the village of Toumour")."""
    named = sentence.places
    if any(p.place is not None and p.place.feature in AREAS for p in named):
        return None
    return next((p.text for p in named if p.place is None and p.rule.startswith(UNKNOWN)), None)
