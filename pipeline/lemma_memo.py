"""The trained pipeline's lemmatizer, its answers remembered for each form, tag and morphology.

spaCy's rule lemmatizer calls a Python method for every token and remembers only some answers
(not a base form's, not a proper noun's): about 3% of a build's time. A lemma depends only on the
form, its part of speech and its morphology, so the answer for one is the answer for all. The
keys are read for the whole sentence at once as numbers, and the lemmas written back the same
way: a token object is made only for a key not seen before.
"""

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

KEY_ATTRS = [ORTH, POS, MORPH, LEMMA]


class MemoLemmatizer(EnglishLemmatizer):
    """The English rule lemmatizer, each (form, part of speech, morphology) read once."""

    memo: dict[tuple[int, int, int], int]  # the key's lemma, as its hash in the string store

    def __call__(self, doc: Doc) -> Doc:
        """Set each token's lemma, as spaCy's lemmatizer would."""
        memo, strings = self.memo, self.vocab.strings
        lemmas = []
        for position, (orth, pos, morph, lemma) in enumerate(doc.to_array(KEY_ATTRS).tolist()):
            if lemma and not self.overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = memo[key] = strings.add(self.lemmatize(doc[position])[0])
            lemmas.append(found)
        if lemmas:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc


def use_memo_lemmatizer(nlp: Language) -> None:
    """Make the model's English rule lemmatizer remember its answers (same lemmas)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if type(lemmatizer) is EnglishLemmatizer and lemmatizer.mode == "rule":
        lemmatizer.__class__ = MemoLemmatizer  # same state, a faster loop over the tokens
        lemmatizer.memo = {}
