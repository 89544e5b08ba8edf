"""Second reading of an article: parse its event sentences, then give each mention its frame.

The frame (who acted, who was hit) sets the order of the actors (victims never first) and
ACLED's event type; the parse also counts the dead. Pure: the parser is passed in.
"""

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Span

from pipeline.accessories import without_accessories
from pipeline.actors import actor_name
from pipeline.attach import Attachment
from pipeline.coding import (
    Parties,
    code_trigger,
    lead_actor,
    parties,
    tells_event,
    turned_violent,
    victims_last,
)
from pipeline.coding_rules import CodingRules
from pipeline.contract import AGAINST_CIVILIANS, BATTLES, VIOLENT_TYPES
from pipeline.crowd_acts import CrowdLemmas
from pipeline.crowd_clashes import crowd_clashes
from pipeline.fatalities import (
    DeathCount,
    DeathRules,
    a_year_s_tally,
    count_dead,
    reports_hurt,
    says_nobody_died,
)
from pipeline.frame_targets import target_told_at
from pipeline.frames import read_frame
from pipeline.records import ActorMention, EventMention, Frame, SentenceView, Trigger
from pipeline.toll_shares import shared_by_place
from pipeline.triggers import lethal

REFER_BACK = 2  # sentences back in which a bare death toll finds the event it belongs to
# sentences per parser batch: the parse of a chunk's sentences (build.CHUNK articles, about 120)
# in batches of 64 takes a tenth less time than in one, whose arrays outgrow the CPU's cache;
# smaller batches lose it again (the same parses: each sentence's parse is its own)
BATCH = 64


def death_regex(rules: DeathRules) -> re.Pattern:
    """A cheap test for sentences that may report deaths ("killed", "dead", "died", "toll")."""
    stems = {lemma.rstrip("ey") or lemma for lemma in rules.lemmas}
    words = "|".join(sorted(map(re.escape, stems | set(rules.irregular_forms))))
    return re.compile(rf"\b(?:{words})", re.IGNORECASE)


def parse_sentences(parser: Language, texts: Sequence[str]) -> list[Span]:
    """Each text parsed as one sentence, in one batched pass."""
    return [doc[:] for doc in parser.pipe(texts, batch_size=BATCH)]


Frames = dict[tuple[int, int, int], Frame]  # by sentence and the trigger's characters


def _frame(frames: Frames, doc: Span, index: int, trigger: Trigger) -> Frame:
    """The frame of the trigger in the parsed sentence `index`: read once for all the mentions
    of its act in an article (one per town, one announced) and the recoding by its dead."""
    key = (index, trigger.start, trigger.end)
    if key not in frames:
        frames[key] = read_frame(doc, trigger.start, trigger.end)
    return frames[key]


def _total(deaths: list[tuple[int, DeathCount]]) -> int:
    """Groups of one sentence add up ("49 civilians and 15 soldiers"); a toll restates the total
    and a later sentence restates or updates it ("the death toll rose to 79"), so sentences give
    their largest. A source's own estimate ("residents put the toll at 60") is an alternative:
    ACLED keeps the lowest figure."""
    acts: dict[int, int] = {}
    tolls: dict[int, int] = {}
    for index, death in deaths:
        if death.estimate:
            continue
        if death.toll:
            tolls[index] = max(tolls.get(index, 0), death.count)
        else:
            acts[index] = acts.get(index, 0) + death.count
    reported = [max(acts.get(i, 0), tolls.get(i, 0)) for i in {*acts, *tolls}]
    estimates = [d.count for _, d in deaths if d.estimate]
    return min(([max(reported)] if reported else []) + estimates)


def _not_described(
    listed: list[ActorMention], p: Parties, doc: Span, text: str, trigger: Trigger
) -> list[ActorMention]:
    """The actors less those named in a clause about another noun ("12 people, most of them
    volunteers supporting the armed forces, were killed in an attack by militants": the army
    did not take part), unless the frame has them act or be hit."""
    sides = {*p.agent_actors, *p.patient_actors}
    if all(a in sides for a in listed):
        return listed
    attach = Attachment(doc, text, ())
    return [
        a
        for a in listed
        if a in sides or not attach.about_another_noun(trigger.start, trigger.end, a.start, a.end)
    ]


class FrameReader:
    """Parses the sentences that can hold an event and reads frames, types and the dead."""

    def __init__(self, parser: Language, coding: CodingRules, deaths: DeathRules):
        self.parser = parser
        self.coding = coding
        self.deaths = deaths
        self.death_words = death_regex(deaths)

    def to_parse(self, sentences: Sequence[SentenceView], eventful: set[int]) -> list[SentenceView]:
        """The sentences that can hold an event (a trigger, or a report of deaths)."""
        # a toll with no event word of its own is parsed only when an event stands just before
        return [
            s
            for s in sentences
            if s.index in eventful
            or (
                any(s.index - n in eventful for n in range(1, REFER_BACK + 1))
                and self.death_words.search(s.text)
            )
        ]

    def parse(self, groups: Sequence[Sequence[SentenceView]]) -> list[dict[int, Span]]:
        """Each group's sentences parsed, by index; all groups in one batched pass (several
        articles' sentences make fuller batches, which parse faster per sentence)."""
        docs = iter(parse_sentences(self.parser, [s.text for g in groups for s in g]))
        return [{s.index: next(docs) for s in group} for group in groups]

    def read(
        self,
        mentions: list[EventMention],
        sentences: Sequence[SentenceView],
        parsed: dict[int, Span],
    ) -> list[EventMention]:
        """The mentions with frames applied and fatalities counted; an act that is news only when
        done to people ("was released") is dropped when its frame names something else."""
        # each parsed sentence's lemmas and its crowd's, read once for all its mentions
        words = {i: self._words(doc) for i, doc in parsed.items()}
        frames: Frames = {}
        framed = [
            self._framed(m, sentences[m.sentence_index], parsed, (words, frames))
            if m.sentence_index in parsed
            else m
            for m in mentions
        ]
        result = without_accessories([m for m in framed if m is not None], self.coding)
        result = turned_violent(result, words, self.coding)
        result = crowd_clashes(result, words, self.coding)
        return self._count(result, parsed, [s.text for s in sentences], (words, frames))

    def _own_frame(self, frames: Frames, doc: Span, m: EventMention) -> Frame:
        """The frame of the mention's act, narrowed to the target told at its place."""
        frame = _frame(frames, doc, m.sentence_index, m.trigger)
        return target_told_at(frame, doc.text, m.place_text, self.coding.target_kind)

    def _words(self, doc: Span) -> tuple[list[str], CrowdLemmas]:
        """The sentence's lemmas, and those its crowd's acts leave (`crowd_acts.crowd_lemmas`)."""
        lemmas = [t.lemma_.lower() for t in doc]
        return lemmas, CrowdLemmas(
            doc,
            self.coding.state,
            self.coding.grievances,
            self.coding.fired_rounds,
            self.coding.armed_groups,
        )

    def _framed(
        self,
        m: EventMention,
        sentence: SentenceView,
        parsed: dict[int, Span],
        read: tuple[dict, Frames],
    ) -> EventMention | None:
        words, frames = read
        frame = self._own_frame(frames, parsed[m.sentence_index], m)
        p = parties(frame, sentence.actors, ())
        if not tells_event(m.trigger, frame, p, self.coding):
            return None
        lemmas, crowd = words[m.sentence_index]
        trigger = code_trigger(m.trigger, p, lemmas, self.coding, crowd)
        hit = {*p.patient_lemmas, *(self.coding.armed & set(p.struck_lemmas))}
        if trigger.event_type == BATTLES and not (hit or p.patient_actors):
            # "A deadly attack ... after armed men attacked Kodyel village": the word that
            # names who was hit tells the act's kind
            trigger = self._hit_as_another_word_tells(m, trigger, parsed, read, sentence)
        country = m.place.country if m.place else ""
        by_name = {actor_name(a, country): a for a in sentence.actors}
        listed = [by_name[n] for n in m.actors if n in by_name]
        listed = _not_described(listed, p, parsed[m.sentence_index], sentence.text, m.trigger)
        if trigger.event_type in VIOLENT_TYPES:
            listed = victims_last(listed, p, self.coding)
        ordered = [actor_name(a, country) for a in listed]
        agents = [actor_name(a, country) for a in p.agent_actors]
        # a stand-in for the unnamed side that acted ("Unidentified Armed Group") stays first,
        # unless the parse finds who acted
        stand_in = [n for n in m.actors[:1] if n not in by_name]
        unnamed = [n for n in m.actors if n not in by_name and n not in stand_in]
        lead = [] if p.agent_actors else stand_in
        names = list(dict.fromkeys([*lead, *agents, *ordered, *unnamed]))
        types = {actor_name(a, country): a.acled_type for a in sentence.actors}
        names = lead_actor(trigger, names, types, country, self.coding)
        return replace(m, trigger=trigger, actors=tuple(names))

    def _hit_as_another_word_tells(
        self, m: EventMention, trigger: Trigger, parsed, read, sentence: SentenceView
    ) -> Trigger:
        """The act coded as violence against civilians when another word of it, in its
        sentence, has civilians or their village as its patient; else `trigger`."""
        words, frames = read
        doc, (lemmas, _) = parsed[m.sentence_index], words[m.sentence_index]
        for other in m.same_act:
            frame = _frame(frames, doc, m.sentence_index, other)
            coded = code_trigger(other, parties(frame, sentence.actors, ()), lemmas, self.coding)
            armed = self.coding.armed & {*frame.patient_lemmas, *frame.struck_lemmas}
            if coded.event_type == AGAINST_CIVILIANS and frame.patient_lemmas and not armed:
                kind = ("event_type", "sub_event_type")
                return replace(trigger, **{k: getattr(coded, k) for k in kind})
        return trigger

    def _count(
        self,
        mentions: list[EventMention],
        parsed: dict[int, Span],
        texts: list[str],
        read: tuple[dict[int, tuple[list, list]], Frames],
    ) -> list[EventMention]:
        """Deaths go to the nearest violent mention of their sentence, else to the one before;
        `read`: each sentence's words (`_words`), and the frames read so far."""
        words, frames = read
        counts = self._dead_of(mentions, parsed, words)
        # whether a sentence says nobody died (or the next does), asked once for all its mentions
        asked = {
            i
            for n, m in enumerate(mentions)
            if n not in counts
            for i in (m.sentence_index, m.sentence_index + 1)
            if i < len(texts)
        }
        quiet = {i: says_nobody_died(texts[i], self.deaths) for i in asked}
        result = []
        for n, m in enumerate(mentions):
            deaths = counts.get(n, [])
            doc = parsed.get(m.sentence_index)
            if deaths:
                if doc is not None:
                    m = self._recode(m, deaths, doc, words[m.sentence_index], frames)
                m = replace(
                    m,
                    fatalities=_total(deaths),
                    fatalities_text="; ".join(d.text for _, d in deaths),
                )
            else:
                i = m.sentence_index
                lemmas = words[i][0] if doc is not None else None
                zero = self._zero(m, lemmas, quiet[i] or quiet.get(i + 1, False))
                m = replace(m, **zero) if zero else m  # most: nothing to change, no copy
            result.append(m)
        return result

    def _dead_of(
        self, mentions: list[EventMention], parsed: dict[int, Span], words: dict
    ) -> dict[int, list[tuple[int, DeathCount]]]:
        """The deaths each mention (by its number) is given: those of its sentence nearest it,
        or those of a sentence after it with no violent mention of its own."""
        counts: dict[int, list[tuple[int, DeathCount]]] = {}
        last_violent: int | None = None
        lethal_in: dict[int, list[int]] = {}  # each sentence's violent mentions, in order
        for n, m in enumerate(mentions):
            if lethal(m.trigger):
                lethal_in.setdefault(m.sentence_index, []).append(n)
        for index in sorted(parsed):
            violent = lethal_in.get(index, [])
            for death in count_dead(parsed[index], self.deaths, words[index][0]):
                if death.by_noun and not self._own_killing(death, [mentions[n] for n in violent]):
                    continue
                if violent:
                    home = min(violent, key=lambda n: abs(mentions[n].trigger.start - death.head))
                    # one word's acts at several places: each takes the dead told at its own
                    same = [
                        (n, mentions[n]) for n in violent if mentions[n].act == mentions[home].act
                    ]
                    shares = shared_by_place(death, same)
                    if shares is not None:
                        for n, share in shares:
                            counts.setdefault(n, []).append((index, share))
                        continue
                elif (
                    not death.lost
                    and last_violent is not None
                    and index - mentions[last_violent].sentence_index <= REFER_BACK
                    # "The UN recorded 500 civilian deaths in the area in 2018": a tally
                    and not a_year_s_tally(parsed[index].text, self.deaths)
                ):
                    home = last_violent
                else:
                    continue
                counts.setdefault(home, []).append((index, death))
            if violent:
                last_violent = violent[-1]
        return counts

    def _own_killing(self, death: DeathCount, violent: list[EventMention]) -> bool:
        """ "the massacre of 58 civilians": the dead of an act its noun tells, people ("a week
        after the killing of 15 soldiers" recalls an act no mention tells; "the slaughter of 40
        sheep" killed no one)."""
        people = self.coding.civilians | self.coding.armed | self.coding.persons
        told = any(m.trigger.start <= death.head < m.trigger.end for m in violent)
        return told and all(v in people for v in death.victims)

    def _recode(
        self,
        m: EventMention,
        deaths: list[tuple[int, DeathCount]],
        doc: Span,
        words: tuple,
        frames: Frames,
    ) -> EventMention:
        """The dead are the event's victims too: civilians killed make it violence against them,
        unless the act was aimed at armed men ("69 people killed in an ambush on a patrol")."""
        victims = tuple(v for _, d in deaths for v in d.victims)
        frame = self._own_frame(frames, doc, m)
        # an act not read as one on civilians leaves a camp its garrison's ("the Chinegodar
        # camp": 25 dead, no one named, were its soldiers)
        camp_armed = m.trigger.event_type != AGAINST_CIVILIANS
        armed = self.coding.armed_targets(frame.patient_lemmas, camp_armed)
        p = parties(replace(frame, patient_lemmas=armed), (), victims)
        lemmas, crowd = words
        return replace(m, trigger=code_trigger(m.trigger, p, lemmas, self.coding, crowd))

    def _zero(self, m: EventMention, lemmas: list[str] | None, quiet: bool) -> dict:
        """ACLED codes 0 when the text says nobody died, or reports only the hurt, or the act
        cannot kill (a peaceful protest, an agreement); otherwise the count stays unknown.

        `lemmas`: those of the mention's sentence, parsed (None: not parsed); `quiet`: whether it
        or the next sentence says nobody died ("No casualties were reported").
        """
        if quiet:
            return {"fatalities": 0, "fatalities_text": "no deaths reported"}
        violent = lethal(m.trigger)
        if violent and lemmas is not None and reports_hurt(lemmas, self.deaths):
            return {"fatalities": 0, "fatalities_text": "only wounded reported"}
        if m.trigger.sub_event_type in self.deaths.harmless_sub_types:
            return {"fatalities": 0, "fatalities_text": f"{m.trigger.sub_event_type}: no deaths"}
        return {}
