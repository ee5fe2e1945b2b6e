"""What is kept: the index (Chroma dense vectors + SQLite FTS5), hybrid retrieval over it, the
packaged embedding model, and the action register."""

from .embed import Embedder
from .index import DocumentWrite, Store
from .lock import IndexBusy, index_lock
from .register import Register
from .retrieve import Retriever, ScopedRetriever

__all__ = [
    "DocumentWrite",
    "Embedder",
    "IndexBusy",
    "Register",
    "Retriever",
    "ScopedRetriever",
    "Store",
    "index_lock",
]
