"""The trained pipeline's lemmatizer, its answers remembered for each form, tag and morphology.

spaCy's rule lemmatizer calls a Python method for every token and remembers only some answers
(not a base form's, not a proper noun's): about 3% of a build's time. A lemma depends only on the
form, its part of speech and its morphology, so the answer for one is the answer for all.
"""

from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc


class MemoLemmatizer(EnglishLemmatizer):
    """The English rule lemmatizer, each (form, part of speech, morphology) read once."""

    memo: dict[tuple[int, int, int], str]

    def __call__(self, doc: Doc) -> Doc:
        """Set each token's lemma, as spaCy's lemmatizer would."""
        memo = self.memo
        for token in doc:
            if self.overwrite or token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)
                lemma = memo.get(key)
                if lemma is None:
                    lemma = memo[key] = self.lemmatize(token)[0]
                token.lemma_ = lemma
        return doc


def use_memo_lemmatizer(nlp: Language) -> None:
    """Make the model's English rule lemmatizer remember its answers (same lemmas)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if type(lemmatizer) is EnglishLemmatizer and lemmatizer.mode == "rule":
        lemmatizer.__class__ = MemoLemmatizer  # same state, a faster loop over the tokens
        lemmatizer.memo = {}
