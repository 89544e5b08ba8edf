"""Boilerplate removal: what is not the article is blanked, the article stays at its offsets."""

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.articles import parse_article
from pipeline.boilerplate import clean_body

SEEDS = Path(__file__).resolve().parent.parent / "data" / "articles"

PARAGRAPH_1 = (
    "Gunmen on motorbikes attacked a military convoy near Djibo on Saturday, killing at "
    "least twelve soldiers, the army said in a statement read on national television."
)
PARAGRAPH_2 = (
    "The attack came a week after the junta announced a new offensive against armed "
    "groups in the north of the country, where the state has lost control of large areas."
)


def _seed(name: str):
    path = SEEDS / f"{name}.txt"
    return parse_article(path.read_bytes(), name, str(path))


def _cleaned(name: str) -> tuple[str, str]:
    article = _seed(name)
    return article.body, clean_body(article.body, article.title, article.author)


def _assert_same_shape(body: str, cleaned: str) -> None:
    assert len(cleaned) == len(body)
    assert [i for i, c in enumerate(cleaned) if c == "\n"] == [
        i for i, c in enumerate(body) if c == "\n"
    ]


def _assert_kept_in_place(body: str, cleaned: str, sentence: str) -> None:
    start = body.index(sentence)
    assert cleaned[start : start + len(sentence)] == sentence


@pytest.mark.parametrize(
    "gone",
    [
        "More from Qonversations",
        "Alexey Navalny’s memoire set to be published in October",
        "These are the new EU rules for Booking and Airbnb that you should know",
        "The human brain increases from generation to generation – Study",
        "Canada wildfire",
        "How Canada braces for another catastrophic wildfire season",
        "Front of mind",
        "alianta statelor sahelului mali burkina faso niger 640x400 1",
        "Photo credit:X/ Colonel Assimi GOITA",
        "2024 04 04T153711Z 1137932913 RC2JZT9VO1QE RTRMADP 3 MEXICO TOURISM",
        "shutterstock 2142959989 Large",
    ],
)
def test_qonversations_boilerplate_is_gone(gone):
    body, cleaned = _cleaned("qonversations-mutual-defence")
    assert gone in body
    assert gone not in cleaned
    for word in ("Navalny", "Airbnb", "brain", "wildfire", "Qonversations", "Photo"):
        assert word not in cleaned


def test_qonversations_title_line_is_gone_but_the_article_stays():
    body, cleaned = _cleaned("qonversations-mutual-defence")
    _assert_same_shape(body, cleaned)
    assert cleaned.startswith(
        " " * len("Mali, Burkina Faso and Niger sign mutual defence agreement")
    )
    for sentence in [
        "On Saturday, the military leaders of Mali, Burkina Faso, and Niger officially inked a "
        "mutual defence agreement, as confirmed by ministerial representatives from these three "
        "Sahel nations in Mali's capital, Bamako.",
        "The origins of the jihadist insurgency can be traced back to northern Mali in 2012, "
        "subsequently spreading to Niger and Burkina Faso in 2015.",
        "Mali and Burkina Faso have responded by cautioning that such a move would be construed "
        "as a “declaration of war” against them.",
        "French troops have also withdrawn from Burkina Faso, while leaders of the Nigerien coup "
        "have renounced several military cooperation agreements with France.",
    ]:
        _assert_kept_in_place(body, cleaned, sentence)
    # Nine paragraphs of article text in the seed, each one line.
    kept_lines = [line for line in cleaned.split("\n") if line.strip()]
    assert len(kept_lines) == 9
    assert all(line in body.split("\n") for line in kept_lines)


def test_pistolesi_byline_and_photo_credit_are_gone():
    body, cleaned = _cleaned("pistolesi-sahel-alliance")
    _assert_same_shape(body, cleaned)
    assert "by Alice Pistolesi" not in cleaned
    assert "Shutterstock" not in cleaned
    assert "covr photo" not in cleaned
    for sentence in [
        "The military regimes of Mali, Burkina Faso and Niger have signed a defensive military "
        "alliance.",
        "On 12 September, the Tuaregs briefly captured the town of Bourem, a strategic road "
        "junction between Gao and Timbuktu.",
        "The Tuareg alliance said it was at “war” with the state army, which collaborated with "
        "Wagner Group forces after driving out French troops last year.",
        "The 13,000-strong force was ordered to leave earlier this year at the request of Mali’s "
        "military rulers, following the withdrawal of French troops.",
    ]:
        _assert_kept_in_place(body, cleaned, sentence)
    # All six paragraphs survive whole.
    paragraphs = [line for line in body.split("\n") if len(line.split()) > 40]
    assert len(paragraphs) == 6
    for paragraph in paragraphs:
        _assert_kept_in_place(body, cleaned, paragraph)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("He declined to comment.", True),
        ('"We will not back down," the spokesman said.', True),
        ("By Saturday, the rebels had left the town.", True),
        ("The junta had said it would hold elections (as promised.)", True),
        (
            "The army said it had neutralised dozens of fighters in an operation near Djibo "
            "on Sunday morning",
            True,
        ),
        ("By Jane Doe and John Smith, Reuters", False),
        ("Written by Moussa Traoré | 3 September 2023", False),
        ("(Reporting by Jane Doe; Editing by Alex Richardson.)", False),
        ("(Photo: AFP)", False),
        ("Image: Burkina Faso army handout", False),
        ("Photo by Jane Doe/Getty Images", False),
        ("Soldiers patrol the streets of Gao in March 2023. REUTERS/Paul Lorgerie", False),
        ("Malian soldiers at a checkpoint near Mopti. Photo credit: Ministry of Defence.", False),
        ("The featured image is courtesy of the army", False),
        ("Photo caption: A French armoured vehicle in Gao in 2021.", False),
        ("jnim-fighters-mali-1200x800.jpg", False),
        ("Read more: Mali junta extends transition by two years", False),
        ("Lire aussi : Le Burkina Faso suspend RFI", False),
        ("Subscribe to our newsletter for the latest news from the Sahel.", False),
        ("Share this article", False),
        ("Follow Jane Doe on X", False),
        ("© 2023 Sahel Post. All rights reserved.", False),
        ("Advertisement", False),
        ("Background", False),
        ("Niger junta orders French ambassador out", False),
    ],
)
def test_line_between_two_paragraphs(line, kept):
    body = f"{PARAGRAPH_1}\n\n{line}\n\n{PARAGRAPH_2}\n"
    cleaned = clean_body(body, title="Soldiers killed near Djibo")
    _assert_same_shape(body, cleaned)
    _assert_kept_in_place(body, cleaned, PARAGRAPH_1)
    _assert_kept_in_place(body, cleaned, PARAGRAPH_2)
    start = body.index(line)
    expected = line if kept else " " * len(line)
    assert cleaned[start : start + len(line)] == expected


@pytest.mark.parametrize(
    "header",
    ["Related stories", "You may also like", "Most read:", "More from Sahel Post", "À lire aussi"],
)
def test_link_block_runs_to_the_next_real_paragraph(header):
    links = [
        "Mali's junta postpones elections indefinitely",
        "Will the Alliance of Sahel States survive?",
        "Burkina Faso's Traoré reshuffles army command",
    ]
    # Once in the middle (the article resumes), once at the end of the body.
    body = "\n\n".join([PARAGRAPH_1, header, *links, PARAGRAPH_2, header, *links]) + "\n"
    cleaned = clean_body(body)
    _assert_same_shape(body, cleaned)
    _assert_kept_in_place(body, cleaned, PARAGRAPH_1)
    _assert_kept_in_place(body, cleaned, PARAGRAPH_2)
    assert header not in cleaned
    for link in links:
        assert link not in cleaned


def test_title_repeated_on_the_first_line_is_gone_even_as_a_question():
    title = "Is the Sahel alliance a turning point?"
    body = f"{title}\n\n{PARAGRAPH_1}\n\n{title}\n"
    cleaned = clean_body(body, title=title)
    assert cleaned == " " * len(title) + f"\n\n{PARAGRAPH_1}\n\n{title}\n"


def test_author_line_is_gone_when_the_author_is_known():
    note = "Jane Doe, West Africa correspondent."
    body = f"{note}\n\n{PARAGRAPH_1}\n"
    assert clean_body(body, author="Jane Doe") == " " * len(note) + f"\n\n{PARAGRAPH_1}\n"
    assert clean_body(body) == body


def test_inline_photo_credit_is_blanked_and_the_sentence_stays():
    body = "The decision follows weeks of tension (Photo: AFP) with Paris.\n"
    expected = "The decision follows weeks of tension              with Paris.\n"
    assert clean_body(body) == expected


def test_list_after_a_colon_is_kept():
    body = (
        f"{PARAGRAPH_1}\n\nThe junta listed three demands:\n- the departure of French troops\n"
        "- an end to sanctions\n\n- a date for the transition\n\nRelated\n- Niger news\n"
    )
    cleaned = clean_body(body)
    for item in ("- the departure of French troops", "- an end to sanctions", "- a date for"):
        assert item in cleaned
    assert "Niger news" not in cleaned


@pytest.mark.parametrize("width", [50, 64, 72, 80])
def test_hard_wrapped_paragraphs_survive(width):
    body = (
        textwrap.fill(PARAGRAPH_1, width)
        + "\n\n"
        + textwrap.fill(PARAGRAPH_2, width)
        + "\n\nPhoto: AFP\n\nRelated stories\n\nMali's junta postpones elections indefinitely\n"
    )
    cleaned = clean_body(body)
    _assert_same_shape(body, cleaned)
    assert cleaned.split() == (PARAGRAPH_1 + " " + PARAGRAPH_2).split()


def test_empty_and_blank_bodies():
    assert clean_body("") == ""
    assert clean_body("\n \n") == "\n \n"


@pytest.mark.parametrize(
    ("between", "caption_kept"),
    [
        ("\n", False),  # the credit sits right under the line: that line is its caption
        ("\n\n", True),  # a blank line apart: a short paragraph, then an unrelated credit
    ],
)
def test_line_right_above_a_photo_credit_is_its_caption(between, caption_kept):
    caption = "Soldiers patrol near Gao on Sunday."
    body = f"{PARAGRAPH_1}\n\n{caption}{between}Photo: Army handout\n\n{PARAGRAPH_2}\n"
    cleaned = clean_body(body)
    _assert_same_shape(body, cleaned)
    assert (caption in cleaned) is caption_kept
    assert "Photo" not in cleaned
    _assert_kept_in_place(body, cleaned, PARAGRAPH_1)
    _assert_kept_in_place(body, cleaned, PARAGRAPH_2)


_PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        "\r\n",
        " ",
        ".",
        ":",
        "- ",
        "By Jane Doe",
        "Photo: AFP",
        "(Photo: AFP)",
        "Related",
        "More from X",
        "Gao",
        "the",
        "é",
        "\u00a0",
        "640x400",
        "”",
        "Soldiers were killed near Boni.",
    ]
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40))
def test_cleaning_only_ever_blanks_characters(pieces):
    body = "".join(pieces)
    cleaned = clean_body(body, title="Gao", author="Jane Doe")
    assert len(cleaned) == len(body)
    for i, (original, kept) in enumerate(zip(body, cleaned, strict=True)):
        assert kept == original or kept == " "
        if original == "\n" and kept == " ":
            # a paragraph cut mid-sentence made one: its whole break is spaces, text on both sides
            start = len(cleaned[:i].rstrip())
            end = len(cleaned) - len(cleaned[i:].lstrip())
            assert start > 0 and end < len(cleaned) and "\n" not in cleaned[start:end]


@pytest.mark.parametrize(
    ("first_line", "kept"),
    [
        ("BAMAKO, Sept 19 (Sahel Wire) - Rebels attacked.", "Rebels attacked."),
        ("NIAMEY (West Africa Wire) — Soldiers were killed.", "Soldiers were killed."),
        ("GAO — The last soldiers left Mali yesterday.", "The last soldiers left Mali yesterday."),
        ("OUAGADOUGOU, Oct. 3, 2022 -- Calm returned.", "Calm returned."),
        ("NIAMEY, Niger (AP) — Gunmen attacked.", "Gunmen attacked."),
        ("BAMAKO, Mali, Sept. 8 (AP) — Troops left.", "Troops left."),
        ("DAKAR/ABIDJAN - Leaders met.", "Leaders met."),
        ("Bamako (Sahel Wire) - Rebels attacked.", "Rebels attacked."),
        ("Niamey, Niger – Troops left.", "Troops left."),
        ("Niamey, Niger - A jihadist attack killed dozens.", "A jihadist attack killed dozens."),
        ("Tillaberi, Niger - 12 soldiers were killed.", "12 soldiers were killed."),
        ("Niamey, Niger -- A convoy left.", "A convoy left."),
        (
            "Jihadists Attack Djibo, Burkina Faso - Officials say 12 killed.",
            "Jihadists Attack Djibo, Burkina Faso - Officials say 12 killed.",
        ),
        ('Bamako, Mali - "We will stay," he said.', '"We will stay," he said.'),
        ("Mali, Niger - and Chad - met.", "Mali, Niger - and Chad - met."),
        ("Soldiers, gendarmes - and police - died.", "Soldiers, gendarmes - and police - died."),
        ("Mopti, 17 December 2024 - Armed men attacked.", "Armed men attacked."),
        ("Gao, Sept. 8 - Gunmen attacked.", "Gunmen attacked."),
        ("Niamey, 10 January 2020 (dpa/MIA) – Militants attacked.", "Militants attacked."),
        ("Niamey [Niger], Aug 10 : Gunmen killed six.", "Gunmen killed six."),
        ("Gao, 12 soldiers - and more - died.", "Gao, 12 soldiers - and more - died."),
        ("Mali (and Niger) - met.", "Mali (and Niger) - met."),
        ("UN troops - the last ones - left Mali.", "UN troops - the last ones - left Mali."),
        ("DAKAR (Sahel Wire) -Jihadists killed 132 civilians.", "Jihadists killed 132 civilians."),
        ("BAMAKO (Sahel Wire) -An alliance said.", "An alliance said."),
        ("ECOWAS-led forces left Mali.", "ECOWAS-led forces left Mali."),
        ("MINUSMA (UN) -led patrols left.", "MINUSMA (UN) -led patrols left."),
        ("(Nairobi) – Burkina Faso soldiers killed 156.", "Burkina Faso soldiers killed 156."),
        ("(Dakar) - Gunmen attacked.", "Gunmen attacked."),
        ("(in Gao) – troops left.", "(in Gao) – troops left."),
        ("Sharjah 24 – WAM: Thirty three people were killed.", "Thirty three people were killed."),
        ("Abu Dhabi - WAM: Gunmen attacked.", "Gunmen attacked."),
        ("Gao - MINUSMA left: the base is empty.", "Gao - MINUSMA left: the base is empty."),
        (
            "Kidal - CSP: the rebels clashed with the army.",
            "Kidal - CSP: the rebels clashed with the army.",
        ),
        ("Mali-MNLA: the rebels seized Anefis.", "Mali-MNLA: the rebels seized Anefis."),
    ],
)
def test_a_dateline_is_not_article_text(first_line, kept):
    cleaned = clean_body(first_line + "\n\nA second paragraph follows here.\n")
    assert cleaned.strip().splitlines()[0].strip() == kept
