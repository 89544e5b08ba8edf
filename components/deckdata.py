"""Layer data for pydeck, and the deck's JSON: rows of many events encoded by pandas' C
encoder and spliced into the JSON of the rest of the deck."""

import json
import uuid

import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize


def records(frame: pd.DataFrame) -> list[dict]:
    """The rows of `frame` as plain dicts, as pydeck would make them from a frame.

    pydeck calls DataFrame.to_dict(orient="records"), which boxes each cell of an arrow
    string column one by one: 30 ms for 5,000 drawn events. Whole columns as lists cost ~3.
    """
    columns = [
        frame[name].to_numpy(dtype=object, na_value=None).tolist()
        if frame[name].dtype == object or pd.api.types.is_string_dtype(frame[name].dtype)
        else frame[name].to_numpy().tolist()
        for name in frame.columns
    ]
    names = [str(name) for name in frame.columns]
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


class JsonRows:
    """A layer's rows already encoded as a JSON array of objects (missing values as null).

    For the layers of up to 5,000 events: making a dict per row and encoding the dicts took
    20 ms at 5,000 events, pandas' encoder takes 8.
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        self.text = frame.to_json(orient="records")
        self.size = len(frame)

    def __len__(self) -> int:
        return self.size


class CompactDeck(pdk.Deck):
    """A Deck whose JSON is not indented: encoded by json's C encoder (pydeck indents, which
    takes the pure-Python one) and smaller to hash and send. Streamlit calls to_json on
    every rerun; the page caches each deck per view and never changes it, so the JSON is
    made once. Layer data given as JsonRows is spliced in as it is."""

    _json: str | None = None

    def to_json(self) -> str:
        """The same JSON as pydeck's, without whitespace, made on the first call."""
        if self._json is None:
            spliced: dict[str, str] = {}

            def encode(value: object) -> object:
                if isinstance(value, JsonRows):
                    # a random name: article text in other layers cannot spell it
                    token = f"rows-{uuid.uuid4().hex}"
                    spliced[json.dumps(token)] = value.text
                    return token
                return default_serialize(value)

            text = json.dumps(self, sort_keys=True, default=encode, separators=(",", ":"))
            for token, rows in spliced.items():
                text = text.replace(token, rows, 1)
            self._json = text
        return self._json
