"""One toll whose groups are told at places of their own ("killed five soldiers in Djibo and
fourteen worshippers in Arbinda"), shared out between the acts told at those places."""

from dataclasses import replace

from pipeline.fatalities import DeathCount
from pipeline.records import EventMention


def shared_by_place(
    death: DeathCount, acts: list[tuple[int, EventMention]]
) -> list[tuple[int, DeathCount]] | None:
    """Each group of the dead given to the act (by its number) told at the first place named
    after the group, when the groups go to two acts or more; None when they do not (one act, one
    group, a place the sentence does not write, a group after every place)."""
    if len(death.groups) < 2 or len(acts) < 2:
        return None
    places = []
    for n, m in acts:
        at = m.sentence.find(m.place_text) if m.place_text else -1
        if at < 0:
            return None
        places.append((at, n))
    places.sort()
    given: dict[int, list[tuple[int, str, tuple[str, ...]]]] = {}
    for offset, count, text, victims in death.groups:
        after = [n for at, n in places if at > offset]
        if not after:
            return None
        given.setdefault(after[0], []).append((count, text, victims))
    if len(given) < 2:
        return None
    return [
        (
            n,
            replace(
                death,
                count=sum(count for count, _, _ in parts),
                text=" ".join(text for _, text, _ in parts),
                victims=tuple(v for _, _, victims in parts for v in victims),
                groups=(),
            ),
        )
        for n, parts in given.items()
    ]
