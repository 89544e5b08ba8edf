"""What a sentence compares or counts from is not the act it tells: "the deadliest assault since
the attack in Solhan" does not move the assault to Solhan; "three days after the attack, people
demonstrated" is no riot; "another attack" told after a lead is not the lead told again; a
clause after two joined nouns tells of both."""

from datetime import date

from mention_types import event_types_of, mentions_of, only_mention

from pipeline.places import locate_article

MONDAY = date(2024, 8, 26)


def test_a_massacre_compared_with_an_earlier_one_keeps_its_own_town(extractor):
    body = (
        "In Barsalogho, civilians did not have time to finish digging the trench that was to"
        " protect the town. The previous morning, several dozen men on motorcycles machine-gunned"
        " these civilians. Enough to make it one of the deadliest assaults by jihadists against"
        " civilians since the attack in Solhan (northeast)."
    )
    found = mentions_of(MONDAY, extractor, body)
    assert only_mention(found, "machine-gunned").place.name == "Barsalogho"


def test_people_demonstrating_days_after_an_attack_protest_peacefully(extractor):
    body = (
        "Three days after the attack, several thousand people demonstrated in the nearby town of"
        ' Diapaga to demand "more security".'
    )
    assert event_types_of(date(2023, 3, 7), extractor, body) == {"Protests"}


def test_the_looting_a_crowd_did_still_makes_its_march_a_riot(extractor):
    body = "On Monday, protesters marched in Kaya and looted shops after the rally."
    assert "Riots" in event_types_of(date(2023, 3, 7), extractor, body)


def test_a_clause_after_two_joined_nouns_dates_both(extractor):
    body = (
        'The question follows a decree of "general mobilisation and warning" adopted by the'
        " cabinet of Capt Ibrahim Traore on Thursday."
    )
    warning = only_mention(mentions_of(date(2023, 4, 18), extractor, body), "warning")
    assert (warning.date.date_start, warning.date.date_end) == (date(2023, 4, 13),) * 2


def test_partiaga_is_the_seat_of_its_department_in_the_tapoa(gazetteer):
    sentence = "Gunmen attacked Partiaga, in Burkina Faso, on Sunday."
    placed = [m.place for s in locate_article([sentence], gazetteer) for m in s if m.place]
    (place,) = [p for p in placed if p.name == "Partiaga"]
    # Wikipedia (fr, Partiaga (Partiaga)): 11° 55′ 47″ N, 1° 37′ 26″ E, near Diapaga
    assert abs(place.latitude - 11.93) < 0.05 and abs(place.longitude - 1.62) < 0.05


def test_another_attack_told_after_the_lead_is_not_the_lead_s_event(extractor):
    body = (
        "At least 32 defence volunteers and 10 soldiers have died in suspected jihadist attacks in"
        " northern Burkina Faso, officials said on Sunday. A detachment was the target of an"
        " attack by unidentified armed men on Saturday near Aorema village, the Ouahigouya"
        " governorate said. The army said the death toll was 40, adding that at least 50"
        " terrorists were neutralised in the counter-attack, including a number killed in air"
        ' strikes. On Sunday, there was "another attack targeting the military detachment of'
        ' Kongoussi (Bam province, North Central region)", according to the same source.'
    )
    found = mentions_of(date(2023, 4, 16), extractor, body)
    at_kongoussi = {m.trigger.text for m in found if m.place.name == "Kongoussi"}
    assert at_kongoussi == {"attack"}
