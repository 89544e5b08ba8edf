"""Article titles in place of the article ids of `sources` cells, for hover texts."""

from collections.abc import Mapping

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.schema import LIST_SEPARATOR

TITLE_CHARS = 70
TEXT = pa.large_string()


def _names(items: pa.Array, titles: Mapping[str, str]) -> pa.Array:
    """The title of each article id (its id when it has none), cut to TITLE_CHARS."""
    ids = pa.array(list(titles), type=TEXT)
    found = pc.take(pa.array(list(titles.values()), type=TEXT), pc.index_in(items, ids))
    names = pc.coalesce(found, items)
    head = pc.utf8_slice_codeunits(names, 0, TITLE_CHARS - 1)
    cut = pc.binary_join_element_wise(head, pa.scalar("…", TEXT), pa.scalar("", TEXT))
    return pc.if_else(pc.greater(pc.utf8_length(names), TITLE_CHARS), cut, names)


def source_name_cells(cells: pd.Series, titles: Mapping[str, str]) -> pd.Series:
    """'Title one; Title two' for each `sources` cell; an article without a title keeps its id.

    Arrow kernels: the map names the sources of up to 5,000 events per filter state, and a
    Python call per cell took 12 ms of it.
    """
    cells_array = pa.array(cells, type=TEXT, from_pandas=True)
    if isinstance(cells_array, pa.ChunkedArray):  # a slice of an arrow-backed column
        cells_array = cells_array.combine_chunks()
    parts = pc.split_pattern(cells_array.fill_null(""), LIST_SEPARATOR.strip())
    items = pc.utf8_trim_whitespace(pc.list_flatten(parts))
    rows = pc.list_parent_indices(parts).to_numpy()
    kept = pc.not_equal(items, "").to_numpy(zero_copy_only=False)
    items, rows = items.filter(pa.array(kept)), rows[kept]
    offsets = np.zeros(len(cells) + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=len(cells)), out=offsets[1:])
    lists = pa.LargeListArray.from_arrays(pa.array(offsets), _names(items, titles))
    joined = pc.binary_join(lists, pa.scalar(LIST_SEPARATOR, TEXT))
    return pd.Series(joined.to_numpy(zero_copy_only=False), index=cells.index, dtype=object)
