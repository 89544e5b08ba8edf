"""Where an event happened: the place in its clause, a town named just before, its actors'
country, or the country the article is about."""

import re
from collections.abc import Sequence
from datetime import date

from pipeline.contract import VIOLENT_TYPES
from pipeline.place_roles import (
    an_area,
    done_on_the_ground,
    in_africa,
    in_brackets,
    named_in_act,
    possessive,
    says_where,
    scene_named,
    set_in,
    spoken_or_since,
)
from pipeline.places import Gazetteer
from pipeline.places.between import STRETCH, on_a_stretch
from pipeline.places.context import FOCUS
from pipeline.places.nesting import enclosing_unit
from pipeline.places.words import place_cues
from pipeline.records import EventMention, Place, PlaceMention, SentenceFacts
from pipeline.relative_places import clause_antecedent
from pipeline.scene_patterns import (
    BORDER_LIST,
    elsewhere_than_scene,
    fronted_place,
    names_a_border,
    names_who,
    scene_patterns,
    vagueness,
)
from pipeline.town_inside import town_inside
from pipeline.triggers import CLAUSE_BREAK, list_header_end

TOWN = "town"  # the feature of a place a list of a country's neighbours never names
PLACE_WINDOW = 15  # words between a trigger and its place, at most
# with the parse to tell that no clause stands between them, a place after the trigger may
# stand further off
# ("came under fire on Thursday as it sailed between two villages, in the Rharous cercle")
PARSED_PLACE_WINDOW = 30
LEFT_PENALTY = 3  # a place after the trigger ("captured X in Y") is likelier than one before
VAGUENESS = 8  # words of distance a town is worth over a region, a region over a country
NEAREST = "nearest place to the trigger"  # how the rule of a place in the trigger's clause begins
TOWN_MEMORY = 3  # sentences back in which "the city" or "there" finds the town it means
BOUND_FOR = re.compile(r"\bfor\s+$")


class SceneFinder:
    """Chooses the place of each event of one article, remembering the towns named so far."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        countries: list[str],
        sections: dict[int, str] | None = None,
        seated: frozenset[str] = frozenset(),
    ):
        self.gazetteer = gazetteer
        # acts done at the seat of power (a coup), never in the town the sentence before named
        self.seated = seated
        self.countries = countries
        self.sections = sections or {}  # sentence -> the country its roundup section is about
        self.towns: list[tuple[int, PlaceMention]] = []  # towns named so far, for "the city"
        # (sentence, paragraph, town) of the latest sentence naming a place: the town it puts
        # its events in ("in X"), or None
        self.setting: tuple[int, int, PlaceMention | None] | None = None
        self.said = scene_patterns()  # phrases pointing at a place told before or elsewhere
        self.destinations: set[tuple[int, int]] = set()  # (sentence, start) of towns gone to
        self.scenes: set[tuple[int, int]] = set()  # (sentence, start) of towns events were in
        self.acted_in: dict[int, frozenset[str]] = {}  # sentence -> where its violent acts were
        self.road: tuple[int, PlaceMention] | None = None  # the latest stretch of road named
        self.named: list[tuple[int, PlaceMention]] = []  # places finer than a country, in order

    def remember(
        self, sentence: SentenceFacts, mentions: Sequence[EventMention], news_since: date
    ) -> None:
        """Note the towns a sentence names, for a later "the city" or "there", and the town it
        sets its events in, for a next sentence that names no place; `mentions`: its events,
        those ending from `news_since` on the article's news."""
        placed = [m for m in mentions if m.place is not None]
        # the towns of the sentence's news, not of its background ("where the army had retaken
        # Kidal in November"), are what "there" may point back to
        news = [m for m in placed if m.date is None or m.date.date_end >= news_since]
        scenes = frozenset(m.place.name for m in news)
        told = self._latest_town(sentence.index)
        self.named += [
            (sentence.index, p)
            for p in sentence.places
            # not a place told as a border or an origin ("along the border with Mali's Ménaka
            # region"): "the same area" means where things happened ("40 km from Djibo" does)
            if p.place is not None
            and p.place.feature != "country"
            and (scene_named(sentence, p) or self._measured_from(sentence, p))
        ]
        towns = [
            p
            for p in sentence.places
            if p.place is not None and p.place.geo_precision == 1 and p.place.iso3
        ]
        self.towns += [(sentence.index, p) for p in towns]
        self.scenes |= {(sentence.index, p.start) for p in towns if p.place.name in scenes}
        self.acted_in[sentence.index] = frozenset(
            m.place.name for m in placed if m.trigger.event_type in VIOLENT_TYPES
        )
        self.destinations |= {
            (sentence.index, p.start)
            for p in towns
            if self.said.gone_to.search(sentence.folded, max(0, p.start - 60), p.start)
        }
        own = [p for p in sentence.places if says_where(p, sentence)]
        named = self.said.the_town.search(sentence.folded)
        if named and told is not None and not (own and own[0].start < named.start()):
            # "residents of the town, 40 km north of Kaya, had been digging": the town told
            # before, not the place its distance is measured from, is the scene
            self.setting = (sentence.index, sentence.paragraph, told)
        elif own:
            # the first place a sentence names sets its scene; a town after a region or
            # another town is likelier the scene of one event of several
            town = own[0] if set_in(sentence.folded, own[0]) or an_area(own[0]) else None
            self.setting = (sentence.index, sentence.paragraph, town)
            stretches = [p for p in own if p.rule.startswith(STRETCH)]
            self.road = (sentence.index, stretches[-1]) if stretches else self.road
        elif (road := self._the_road(sentence)) is not None:
            # "The same road has been hit before. In August, soldiers were killed on it."
            self.setting = (sentence.index, sentence.paragraph, road[1])

    def _measured_from(self, sentence: SentenceFacts, mention: PlaceMention) -> bool:
        """ "a convoy 40 km from Djibo": a distance measured from the town puts things near it."""
        before = sentence.folded[max(0, mention.start - 48) : mention.start]
        return self.said.measured_from.search(before) is not None

    def _the_road(self, sentence: SentenceFacts) -> tuple[re.Match, PlaceMention] | None:
        """ "the same road" and the stretch of road it means, if named before."""
        said = self.said.the_road.search(sentence.folded)
        if said is None or self.road is None:
            return None
        index, road = self.road
        words = said.group(0).split()
        anaphoric = "same" in words or words[0] == "that"
        return (said, road) if anaphoric or sentence.index - index <= TOWN_MEMORY else None

    def _the_same(self, sentence: SentenceFacts, start: int, end: int):
        """ "near X, in the same region" between start and end: the latest region named before
        (for "the same area" or "the neighbouring village of", the latest place finer than a
        country; for "the same base", the latest town), the words and the rule."""
        said = self.said.the_same.search(sentence.folded, start, end)
        if said is None:
            return None
        text = sentence.text[said.start() : said.end()]
        if said.group("next_to"):
            # "the neighbouring village of X": next to the place the sentence before set its
            # events in (the village it names may be one no gazetteer knows), if a violent act
            # was told there, not where someone spoke ("speaking in Ouagadougou, he vowed")
            index, _, town = self.setting or (0, None, None)
            acted = town is not None and town.place.name in self.acted_in.get(index, ())
            if not acted or sentence.index - index > TOWN_MEMORY:
                return None
            return town.place, text, f"{said.group(0)!r}: next to {town.place.name}, told before"
        unit = said.group("unit")
        earlier = [(p.place, p.place) for i, p in self.named if i < sentence.index]
        if said.group("site"):  # "the same base": the town named before, not its region
            earlier = [(p, named) for p, named in earlier if p.geo_precision == 1]
        if unit is not None:  # "the same region": the region of a town named before
            earlier = [(enclosing_unit(p, unit, self.gazetteer), p) for _, p in earlier]
            earlier = [(wide, p) for wide, p in earlier if wide and wide.geo_precision != 1]
        if not earlier:
            return None
        place, named = earlier[-1]
        where = place.name if named == place else f"{place.name}, where {named.name} lies"
        return place, text, f"{said.group(0)!r}: {where}, named before"

    def _latest_town(self, index: int, upto: int | None = None) -> PlaceMention | None:
        """The town an event of the latest sentence naming one took place in, else its first
        town (usually its topic), up to `upto` (else before `index`), if no more than
        TOWN_MEMORY sentences before `index`. Towns gone to count only when no other was named."""
        last = index - 1 if upto is None else upto
        near = [(i, p) for i, p in self.towns if index - 2 * TOWN_MEMORY <= i <= last]
        # a town gone to ("the roads leading to Djibo") is not the one "the town" goes on
        # about: the town named before it is, if it is not much older
        staying = [(i, p) for i, p in near if (i, p.start) not in self.destinations]
        recent = [(i, p) for i, p in staying if i >= index - TOWN_MEMORY] or staying
        recent = recent or [(i, p) for i, p in near if i >= index - TOWN_MEMORY]
        if not recent:
            return None
        latest = max(i for i, _ in recent)
        # "blocked in Kaya was stopped again, this time in Téra. Two were killed there": the
        # town an event of that sentence took place in, before its first town
        named = [p for i, p in recent if i == latest]
        return next((p for p in named if (latest, p.start) in self.scenes), named[0])

    def _set_before(self, sentence: SentenceFacts) -> Place | None:
        """The town a sentence just before, in the same paragraph, set its events in ("The
        convoy had spent the night in X. When it tried to leave, protesters blocked it"), if
        this sentence names no place and the town is in the country the article (or its
        section) is about."""
        if self.setting is None or any(scene_named(sentence, p) for p in sentence.places):
            return None
        index, paragraph, town = self.setting
        if town is None or paragraph != sentence.paragraph or sentence.index - index > TOWN_MEMORY:
            return None
        about = self.sections.get(sentence.index) or (self.countries[0] if self.countries else None)
        return town.place if town.place.iso3 == about else None

    def _may_stand_for_the_sentence(self, sentence, mention) -> bool:
        """A place outside the trigger's clause may still be its scene: not in brackets ("(in
        January, in Lomé)" is about something else), and in a country the article is about."""
        if in_brackets(sentence, mention):
            return False
        return not self.countries or mention.place.iso3 in self.countries

    def _in_reach(self, sentence, trigger, scope_start, segment, words, window, left=PLACE_WINDOW):
        """(distance in words, mention) of the places that may be the trigger's scene; `window`:
        how far after the trigger, `left` how far before it."""
        from_the_town = self.said.from_the_town
        leaving = trigger.category in place_cues().left_from
        for p in sentence.places:
            if p.place is None or not p.place.iso3 or not in_africa(p.place):
                continue  # no place, or a region over several countries ("the Sahel")
            if possessive(sentence, p) or names_who(sentence, p) or names_a_border(sentence, p):
                continue  # "France's force", "Malian soldiers", "the Mali border": not where
            if named_in_act(trigger, p):
                # "escape from the presidential residence": whatever preposition brings it in
                yield 0, p
                continue
            if max(trigger.end, segment[0]) <= p.start and p.end <= segment[1]:
                gap = words.between(max(trigger.end, segment[0]), p.start)
                distance, limit = gap, window
            elif scope_start <= p.start and p.end <= trigger.start:
                gap = words.between(p.end, trigger.start)
                crossed = len(CLAUSE_BREAK.findall(sentence.folded, p.end, trigger.start))
                distance, limit = gap + LEFT_PENALTY * (1 + crossed), left
            else:
                continue
            # "from Mali", "the border with Niger": where people come from, not where it happened
            # ("from the besieged town of X" is the scene of "besieged" itself)
            lo = max(trigger.end if p.start >= trigger.end else 0, p.start - 64)
            origin = from_the_town.search(sentence.folded, lo, p.start)
            before = sentence.folded[max(0, p.start - 24) : p.start]
            measured = self._measured_from(sentence, p)
            stretch = on_a_stretch(p)  # "from Dori to Djibo": the road between
            elsewhere = (
                None if measured or stretch else elsewhere_than_scene(sentence.folded, p.start, 24)
            )
            # "borders with Algeria, Niger and": a list of neighbours, never of towns ("close
            # to the border with Mali, Djibo has been under siege": the clause's subject)
            listed = p.place.feature != TOWN and BORDER_LIST.search(
                sentence.folded, max(0, p.start - 160), p.start
            )
            elsewhere = elsewhere or listed
            if elsewhere and leaving and p.start >= trigger.end and "from" in elsewhere.group(0):
                elsewhere = None  # "its departure from X": the place left is the scene
            went = self.said.went_to.search(sentence.folded, max(0, p.start - 40), p.start) or (
                trigger.category not in place_cues().handed_over
                and self.said.carried_to.search(sentence.folded, max(0, p.start - 40), p.start)
            )
            # ", through whose port of Cotonou": a clause about another noun's place, unless the
            # trigger is told in that clause ("traders, whose shops in Kaya were looted")
            whose = self.said.whose.search(sentence.folded, lo, p.start)
            if whose and whose.start() < trigger.start:
                inside = CLAUSE_BREAK.search(sentence.folded, whose.start() + 1, trigger.start)
                whose = None if inside is None else whose
            # "left the Ouallam base by road for N'Djamena": where the leavers went, not the scene
            bound = leaving and p.start >= trigger.end and BOUND_FOR.search(before)
            if gap <= limit and not (elsewhere or origin or went or whose or bound):
                yield distance, p

    @staticmethod
    def _heading(sentence, trigger) -> PlaceMention | None:
        """The finest place in the heading of a list item ("- Moura (Djenné cercle), March 27:")."""
        heading = list_header_end(sentence.folded)
        headed = [p for p in sentence.places if p.place is not None and p.end <= heading]
        if not headed or trigger.start < heading:
            return None
        return min(headed, key=lambda p: p.place.geo_precision)

    def place(self, sentence, trigger, scope_start, segment, words, attach):
        """Nearest place in the trigger's scope (after it first), else by actors or article.

        Returns the place (or None), the words naming it and why it was chosen.
        """
        antecedent = clause_antecedent(sentence, trigger)
        if antecedent is not None:
            return (
                antecedent.place,
                antecedent.text,
                f"the place its clause is about; {antecedent.rule}",
            )
        candidates, elsewhere = [], []
        window = PARSED_PLACE_WINDOW if attach.parsed else PLACE_WINDOW
        for distance, p in self._in_reach(sentence, trigger, scope_start, segment, words, window):
            # the act's own words first ("set fires in X and attacked the centre in Y": Y for
            # "attacked"), then the nearest
            own = attach.governed(trigger.start, trigger.end, p.start, p.end)
            ranked = (not own, distance + VAGUENESS * vagueness(p.place), p.start, p)
            fits = attach.fits(trigger.start, trigger.end, p.start, p.end, place=True)
            if named_in_act(trigger, p) or fits:
                candidates.append(ranked)
            elif self._may_stand_for_the_sentence(sentence, p):
                elsewhere.append(ranked)
        if candidates:
            best = town_inside(sorted(candidates), elsewhere, sentence.folded, trigger.end)
            return best.place, best.text, f"{NEAREST}; {best.rule}"
        headed = self._heading(sentence, trigger)
        if headed is not None:
            return headed.place, headed.text, f"the place heading the list item; {headed.rule}"
        the_town = self._the_town(sentence, scope_start, segment[1])
        if the_town is not None:
            return the_town
        the_same = self._the_same(sentence, segment[0], segment[1])
        if the_same is not None:
            return the_same
        opening = fronted_place(sentence)
        if opening is not None and self._may_stand_for_the_sentence(sentence, opening):
            return opening.place, opening.text, f"the place the sentence opens with; {opening.rule}"
        if elsewhere:
            # a sentence mostly tells of one place: its place in another clause ("residents
            # evicted in X staged a march") is nearer the truth than the whole country
            best = min(elsewhere)[-1]
            return best.place, best.text, f"the sentence's place, in another clause; {best.rule}"
        far = self._far_before(sentence, trigger, scope_start, segment, words, window, attach)
        if far is not None:
            return far.place, far.text, f"the sentence's place, far before its act; {far.rule}"
        return self._without_a_place(sentence, segment, trigger.category in self.seated)

    def _far_before(self, sentence, trigger, scope_start, segment, words, window, attach):
        """ "a camp 15 km from Ouahigouya of the VDP, the name given to ..., lost 40 members in an
        attack": a town in the act's subject, or for an act on the ground in its own scope."""
        far = [
            (distance, p.start, p)
            for distance, p in self._in_reach(
                sentence, trigger, 0, segment, words, window, left=len(sentence.text)
            )
            if p.place.feature != "country"
            and self._may_stand_for_the_sentence(sentence, p)
            and not spoken_or_since(sentence.folded, p, trigger)
            and (
                attach.in_its_subject(trigger.start, trigger.end, p.start, p.end)
                or (p.start >= scope_start and done_on_the_ground(trigger))
            )
        ]
        return min(far)[-1] if far else None

    def _the_town(self, sentence, start, end):
        """ "the town" or "there" between start and end: the town named just before, if any."""
        named = self.said.the_town.search(sentence.folded, start, end)
        town = self._latest_town(sentence.index, upto=sentence.index) if named else None
        if town is None:
            return None
        text = sentence.text[named.start() : named.end()]
        return town.place, text, f"{named.group(0)!r}: {town.place.name}, named just before"

    def _without_a_place(self, sentence, segment, seated=False):
        """The place of an event whose sentence names none it can take: the town the sentence
        before set the scene in (not for a coup, `seated`), an actor's country, or the country
        the article is about."""
        the_town = self._the_town(sentence, 0, len(sentence.folded))
        if the_town is not None:  # "the town" in another clause: still the sentence's town
            return the_town
        named = any(says_where(p, sentence) for p in sentence.places)
        road = self._the_road(sentence) if not named else None
        if road is not None:
            said, stretch = road
            text = sentence.text[said.start() : said.end()]
            return stretch.place, text, f"{said.group(0)!r}: {stretch.place.name}, named before"
        town = None if seated else self._set_before(sentence)
        if town is not None:
            return town, "", f"no place in the sentence: {town.name}, the sentence before's place"
        for scope, label in ((segment, "the clause"), ((0, len(sentence.text)), "the sentence")):
            for a in sentence.actors:
                # an actor's home country is the scene only in an article about that country:
                # "Malian soldiers" in a report on Burkina Faso act in Burkina Faso; one of a
                # neighbour the article names in passing ("Boko Haram" in a report on Niger
                # that names Nigeria as its border) acts in the country it is about
                told_of = a.iso3 in self.countries and a.iso3 in FOCUS
                about = not self.countries or a.iso3 == self.countries[0] or told_of
                if (
                    about
                    and scope[0] <= a.start <= a.end <= scope[1]
                    and self.gazetteer.has_country(a.iso3)
                ):
                    place = self.gazetteer.country(a.iso3)
                    if in_africa(place):
                        return place, "", f"country of {a.name}, named in {label}"
        section = self.sections.get(sentence.index)
        if section is not None and self.gazetteer.has_country(section):
            return (
                self.gazetteer.country(section),
                "",
                "no place in the sentence: its section's country",
            )
        if self.countries:
            return (
                self.gazetteer.country(self.countries[0]),
                "",
                "no place in the sentence: the country the article is about",
            )
        return None, "", "no place found"
