"""First stage of reading an article: each sentence with the dates, places and actors in it."""

from bisect import bisect_left, bisect_right
from dataclasses import replace

from pipeline.nlp import PARAGRAPH_BREAK
from pipeline.records import SentenceFacts


def _within(items, starts: list[int], start: int, end: int):
    """The items lying inside [start, end), with offsets made relative to start; `items` in
    order of their `starts`: only those starting in the span are looked at, not the article's."""
    return tuple(
        replace(i, start=i.start - start, end=i.end - start)
        for i in items[bisect_left(starts, start) : bisect_right(starts, end)]
        if i.end <= end
    )


def sentence_facts(body, folded, spans, dates, located, actors) -> list[SentenceFacts]:
    """Sentences with their dates, places and actors; a place inside an actor's name is dropped."""
    sentences = []
    paragraph, previous_end = 0, 0
    actor_starts, date_starts = [a.start for a in actors], [d.start for d in dates]
    for index, (start, end) in enumerate(spans):
        paragraph += len(PARAGRAPH_BREAK.findall(body, previous_end, start))
        previous_end = end
        own_actors = _within(actors, actor_starts, start, end)
        places = tuple(
            p
            for p in located[index]
            if not any(a.start < p.end and p.start < a.end for a in own_actors)
        )
        sentences.append(
            SentenceFacts(
                index=index,
                start=start,
                end=end,
                text=body[start:end],
                folded=folded[start:end],
                dates=_within(dates, date_starts, start, end),
                places=places,
                actors=own_actors,
                paragraph=paragraph,
            )
        )
    return sentences
