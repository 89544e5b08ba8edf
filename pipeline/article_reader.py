"""Read the sentences of one article, with the article's context at hand: each trigger's date,
place and sides make an event mention."""

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span

from pipeline.act_subjects import next_scope_start
from pipeline.actors import actor_name
from pipeline.acts import events_of
from pipeline.acts_apart import TOLL_COUNT, told_apart_from, two_named_acts
from pipeline.agency import act_modifiers, clause_actors, passive_verb, sides
from pipeline.attach import Attachment
from pipeline.boilerplate import with_line_breaks
from pipeline.clause_dates import ON_ITS_VERB, DatePicker
from pipeline.coding_rules import CodingRules
from pipeline.counted_back import COUNTED_BACK_RULE as COUNTED_BACK
from pipeline.dated_acts import ActCues, acting_country
from pipeline.discourse import (
    NO_DATE,
    UNUSABLE,
    Anaphors,
    announced,
    lead_week,
    reported,
)
from pipeline.knowledge import Cues
from pipeline.noun_dates import adjacent_dates
from pipeline.places import (
    Gazetteer,
)
from pipeline.places.marked import names_unknown_village
from pipeline.records import (
    ActorMention,
    Article,
    EventMention,
    Reference,
    SentenceFacts,
    Trigger,
)
from pipeline.references_back import (
    clause_verb_after,
    dated_nearby,
    happened_verb,
    told_here,
    told_when,
    told_where_it_happened,
)
from pipeline.reported_decisions import announced_decisions
from pipeline.scene import NEAREST, SceneFinder
from pipeline.seat import at_its_target, at_the_seat
from pipeline.town_segments import shared_sides, town_segments
from pipeline.triggers import (
    CLAUSE_BREAK,
    Words,
    describes_place,
    family,
    has_cue,
    is_anaphoric,
    is_verb_form,
    named_as_time,
    place_scope,
    told_as_latest,
)


@dataclass(frozen=True)
class ReaderServices:
    """What reading an article's sentences needs from the extractor: its cues, the gazetteer,
    the cues of dated acts and the coding rules."""

    cues: Cues
    gazetteer: Gazetteer
    acts: ActCues
    coding: CodingRules


ANNOUNCED = "announced: the day of the statement telling what is to come"


BETWEEN = re.compile(r"\s+between\s")  # "clashes between soldiers and jihadists"
NOUN_MODIFIER = re.compile(r"(?:\s+[\w'-]+){0,2}\s+|\s*")  # "a JNIM attack", "army drone strike"
# "the surrender of 11 Islamic State fighters": an act introduced by whom it counts
OF_A_COUNT = re.compile(rf"\s+of\s+(?:at\s+least\s+|some\s+|about\s+)?{TOLL_COUNT}\s")
SINCE = re.compile(r"\bsince\b")  # "the deadliest assault since the attack in Solhan"

# "days after", "three weeks before": a time counted between two acts; a place after it is the
# other act's, not that of the one a noun refers back to
DAYS_APART = re.compile(r"\b(?:days|weeks|months|years|day|week|month|year)\s+(?:after|before)\b")


class ArticleReader:
    """Reads the sentences of one article, with the article's context at hand."""

    def __init__(
        self,
        services: ReaderServices,
        article: Article,
        countries: list[str],
        sections: dict[int, str],
    ):
        self.cues = services.cues
        self.acts = services.acts
        self.coding = services.coding
        self.article = article
        self.scene = SceneFinder(
            services.gazetteer, countries, sections, frozenset(self.cues.at_home)
        )
        self.dates = DatePicker(self.cues, article.published)
        self.anaphors: Anaphors = {}
        self.references: list[Reference] = []
        self.told_families: set[str] = set()  # kinds of event told so far, for references back
        # events ending from this day on are the article's news, the others its background
        self.news_since = lead_week(article.published)[0]
        self.absorbed: dict[Trigger, list[Trigger]] = {}  # of the sentence being read
        # of the sentence being read: its actors that may be a side, and the acts (by start)
        # whose nouns some of them modify
        self.sides: list[ActorMention] = []
        self.modified: dict[int, int] = {}

    def read(
        self,
        sentence: SentenceFacts,
        found: list[Trigger],
        parsed: Span | None,
        sides: list[ActorMention],
    ) -> list[EventMention]:
        """Event mentions of one sentence (dated or not) from its triggers; `parsed`: its parse;
        `sides`: its actors that may be a side (found in the first reading)."""
        cues = self.cues
        self.attach = Attachment(
            parsed, sentence.folded, cues.report_nouns, cues.static_participles, cues.doers
        )
        words = Words(sentence.folded)
        first_trigger = found[0].start if found else len(sentence.folded)
        reporting = self.cues.reported + self.cues.reported_by_parse
        decided = announced_decisions(parsed, found, reporting, self.cues.reported_conditions)
        found, hypothetical, self.absorbed = events_of(sentence, found, words, self.cues, decided)
        # a hypothetical trigger still bounds the scopes of its neighbours: its date is its own
        stops = sorted(
            t.start for t in [*found, *hypothetical] if not describes_place(words, t, self.cues)
        )
        unlikely = {t.start for t in hypothetical}
        self.sides = sides
        self.modified = act_modifiers(parsed, self.sides, [*found, *hypothetical])
        triggers = [t for t in found if not self._refers_back(sentence, t, words, found)]
        owned = adjacent_dates(words, triggers, sentence, self.article.published, self.cues)
        mentions = []
        boundary = 0
        referred = [t for t in found if t not in triggers]
        for n, trigger in enumerate(triggers):
            apart = n > 0 and two_named_acts(words.text, triggers[n - 1], trigger, self.cues)
            place_start = place_scope(referred, boundary, trigger, apart, words, self.cues)
            # a hypothetical act among its own words ends no scope ("protesters seeking the
            # departure of troops rallied in X")
            reach = max((o.start for o in self.absorbed.get(trigger, [])), default=0)
            right_end = next(
                (p for p in stops if p > trigger.start and not (p in unlikely and p < reach)),
                len(sentence.folded),
            )
            scope = (boundary, right_end)
            told, by_town, rule, last = self._told(sentence, words, trigger, owned, scope)
            breaks = [
                m.end() for m in CLAUSE_BREAK.finditer(sentence.folded, boundary, trigger.start)
            ]
            starts = (max([boundary, *breaks]), place_start, first_trigger)
            made = [
                self._mention(sentence, trigger, when, why, starts, segment, words)
                for when, why, segment in told
            ]
            mentions += shared_sides(made) if by_town else made
            far = rule in (COUNTED_BACK, ON_ITS_VERB)  # "retook X after the attack in Boni, Sunday"
            later = triggers[n + 1 :]
            boundary = next_scope_start(
                words, trigger, later, last, far, boundary, self.cues, sentence.dates
            )
        self._remember(sentence, mentions)
        return mentions

    def _told(self, sentence, words, trigger, owned, scope):
        """When the trigger's act happened, each with its rule and its scope in the sentence
        (one per town of "at A and at B"; the day it was announced apart); whether it was split
        by town; the rule of its dates and the last date found."""
        boundary, right_end = scope
        segments, rule = self._dates(words, trigger, sentence, owned, scope)
        segments, rule = reported(words, trigger, segments, rule, self.cues)
        said = announced(
            words, trigger, segments[-1][0], sentence.dates, self.article.published, self.cues
        )
        by_town = len(segments) == 1
        if by_town:
            when = segments[0][0]
            segments = [(when, a, b) for a, b in town_segments(sentence, trigger, right_end)]
        told = [(when, rule, (max(a, boundary), b)) for when, a, b in segments]
        if said is not None:
            told.append((said, ANNOUNCED, scope))
        return told, by_town, rule, segments[-1][0]

    def _remember(self, sentence: SentenceFacts, mentions: list[EventMention]) -> None:
        """Note the sentence's towns and the kinds of act it told, for the sentences after."""
        self.scene.remember(sentence, mentions, self.news_since)
        self.told_families.update(family(m.trigger) for m in mentions)

    def _dates(self, words, trigger, sentence, owned, scope):
        """The trigger's dates (`DatePicker.dates_for`), else those of another word of its act
        ("the abduction of a candidate, who was seized ... on 12 August"; "In June, gunmen
        killed 86 villagers, one of the worst massacres")."""
        segments, rule = self.dates.dates_for(self.attach, words, trigger, sentence, owned, scope)
        for other in self.absorbed.get(trigger, []):
            if segments[-1][0] is not None:
                break
            segments, rule = self.dates.dates_for(self.attach, words, other, sentence, owned, scope)
        return self.dates.since_decided(trigger, segments, rule)

    def _refers_back(
        self, sentence: SentenceFacts, trigger: Trigger, words: Words, others: list[Trigger]
    ) -> bool:
        """True for "the attack" told elsewhere; noted, with its town for that attack.

        "The attack happened on Thursday in X" tells when and where the attack told before
        happened, its date included."""
        if not is_anaphoric(words, trigger, self.cues):
            return False
        absorbed, dated = self.absorbed.get(trigger, []), bool(sentence.dates)
        first = family(trigger) not in self.told_families
        if told_here(words, trigger, absorbed, self.cues, dated, told_before=not first):
            return False
        said = happened_verb(sentence.folded, trigger, self.cues)
        told = told_when(said, sentence.dates)
        if told is not None and first:
            told = None  # nothing of its kind told before: "the killings took place" is the first
        if told is None and dated_nearby(words, trigger, sentence, others, self.cues, first):
            return False
        if first and OF_A_COUNT.match(sentence.folded, trigger.end):
            return False  # "days after the surrender of 11 fighters": nothing told to refer to
        self.anaphors.setdefault(sentence.index, []).append(
            (trigger, words.before(trigger.start, 6))
        )
        following = [
            t.start for t in others if t.start > trigger.start and family(t) == family(trigger)
        ]
        end = min(following, default=len(sentence.folded))
        since = SINCE.search(sentence.folded, trigger.end, end)
        if since and has_cue(sentence.folded[: trigger.start], self.cues.comparisons):
            end = since.start()  # "one of the deadliest assaults since the attack in Solhan"
        # "The killing comes days after 28 were found dead in Nouna": Nouna is the older act's
        # ("the blasts happened hours after the convoy left Kidal" tells where they happened;
        # "the attack came just after midnight in Seytenga" counts no time between two acts)
        older = DAYS_APART.search(sentence.folded, trigger.end, end)
        if older and said is None:
            end = older.start()
        if said is None and named_as_time(words, trigger, self.cues):
            end = clause_verb_after(sentence.folded, trigger.end, end, self.cues)
        self._refer_back(sentence, trigger, words, end, (told, said))
        return True

    def _refer_back(self, sentence, trigger, words, end, told_by) -> None:
        """ "The attack took place near X": the town (or district, region) X is the scene of the
        attack told before (a place after another event of its kind is that event's); `told_by`:
        the date it gives and its "took place"."""
        told, said = told_by
        if has_cue(words.before(trigger.start, 2), self.cues.earlier_one):
            return  # "the previous attack took place in X": another act than the one told
        span = (trigger.end, end)
        place, text, why = self.scene.place(sentence, trigger, 0, span, words, self.attach)
        # a town names the scene, and so does a village no gazetteer knows, placed by its district
        # ("arrived at the village of Wiye in the Banibangou district"); a district or region only
        # where the act is told to have happened ("took place in the Bankass Circle"); a country
        # says nothing of where in it
        village = names_unknown_village(why) and place is not None and place.feature != "country"
        if place is not None and place.feature != "town" and not village:
            happened = told_where_it_happened(sentence, said, place, self.cues)
            place = place if happened and place.feature != "country" else None
        if place is None or not text:
            place, text = None, ""
        fought = has_cue(sentence.folded, self.cues.fought_off)  # "the army repelled the attack"
        state = self.coding.state_types
        fighters = tuple(a for a in sentence.actors if a.acled_type in state) if fought else None
        if place is not None or told is not None or fought:
            latest = told_as_latest(words, trigger, self.cues)
            self.references.append(
                Reference(sentence.index, trigger, place, text, told, fighters, latest)
            )

    def _place(self, sentence, trigger, scope_start, segment, words):
        """The trigger's place, or the place right by a word of its act it stands for ("gunmen
        stormed Solhan, a village in the Sahel region, killing 132": Solhan)."""
        found = self.scene.place(sentence, trigger, scope_start, segment, words, self.attach)
        near = found[2].startswith(NEAREST)
        # the places by the other words of the act, each found once
        others = [
            (other, self.scene.place(sentence, other, scope_start, segment, words, self.attach))
            for other in self.absorbed.get(trigger, [])
        ]
        # "a boat was attacked near Bamba, between Gao and Timbuktu, killing dozens": the town
        # by the act's first word, not the one the clause of its outcome stands nearest to
        for other, theirs in others:
            town = theirs[0] is not None and theirs[0].geo_precision == 1
            if other.start < trigger.start and town and theirs[2].startswith(NEAREST):
                return theirs
        if near and found[0] is not None and found[0].geo_precision == 1:
            return found
        for _, theirs in others:
            if theirs[0] is None or not theirs[2].startswith(NEAREST):
                continue
            # a town by another word of the act is finer than a region or country by this one
            mine = found[0].geo_precision if found[0] is not None else 9
            if theirs[0].geo_precision < mine or (not near and theirs[0].geo_precision == mine):
                return theirs
        return found

    def _voice(self, trigger: Trigger, folded: str, actors, end: int) -> Trigger:
        """The word of the act whose clause tells its sides: a passive verb of it told before its
        noun ("Two soldiers were killed on Monday when their vehicle hit an explosive device":
        the soldiers are who was hit), else the trigger; never when the noun names its own
        sides (`end`: where the trigger's segment ends)."""
        if is_verb_form(trigger, self.cues):
            return trigger
        passive = self.cues.passive
        verbs = [
            o
            for o in self.absorbed.get(trigger, [])
            if o.start < trigger.start and passive_verb(folded, o, passive)
        ]
        if not verbs:
            return trigger
        # "killed in a JNIM attack", "in clashes between soldiers and jihadists": the noun's own
        named = any(
            (
                verbs[0].end <= a.start < trigger.end
                and NOUN_MODIFIER.fullmatch(folded, a.end, trigger.start)
            )
            or (trigger.end <= a.start < end and BETWEEN.match(folded, trigger.end, a.start))
            for a in actors
        )
        return trigger if named else verbs[0]

    def _mention(self, sentence, trigger, when, rule, starts, segment, words) -> EventMention:
        """One mention; `starts`: where its clause and its scope begin, and the first trigger."""
        clause_start, scope_start, first_trigger = starts
        found = self._place(sentence, trigger, scope_start, segment, words)
        found = at_its_target(trigger, found, sentence, self.cues)
        country = found[0].country if found[0] else ""
        cues = self.cues
        actors = self.sides + acting_country(sentence, trigger, self.acts, cues.seat_of_government)
        voice = self._voice(trigger, sentence.folded, actors, segment[1])
        verb = is_verb_form(voice, self.cues)
        modifiers = frozenset(a for a, act in self.modified.items() if act > voice.start)
        subjects, objects = clause_actors(
            sentence.folded, actors, voice, (clause_start, first_trigger), segment, modifiers
        )
        agents, patients, unnamed = sides(
            sentence.folded, voice, subjects, objects, verb, cues.passive
        )
        stand_in = self.coding.stand_in(trigger, country) if unnamed else None
        ordered = [stand_in] if stand_in else []
        agent_names = [actor_name(a, country) for a in agents]
        for name in [*agent_names, *(actor_name(a, country) for a in patients)]:
            if name not in ordered:
                ordered.append(name)
        place, place_text, place_rule = at_the_seat(
            trigger, found, agents, self.scene.gazetteer, cues, sentence
        )
        shown = with_line_breaks(sentence.text, self.article.body[sentence.start : sentence.end])
        return EventMention(
            article_id=self.article.article_id,
            published=self.article.published,
            sentence_index=sentence.index,
            sentence_start=sentence.start,
            sentence_end=sentence.end,
            sentence=shown,
            trigger=replace(trigger, text=shown[trigger.start : trigger.end]),
            date=when,
            date_rule=rule if when or rule == NO_DATE else UNUSABLE,
            place=place,
            place_text=place_text,
            place_rule=place_rule,
            actors=tuple(ordered),
            actor_texts=tuple(sentence.text[a.start : a.end] for a in [*subjects, *objects]),
            lasting=trigger.category in self.cues.lasting,
            apart_from=told_apart_from(sentence.folded, trigger, cues),
            same_act=tuple(self.absorbed.get(trigger, [])),
        )
