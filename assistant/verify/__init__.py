"""Sentence-level verification: what an answer sentence claims (claims) and whether the
evidence it cites supports it (verifier)."""

from .verifier import Embeds, Verifier, split_sentences, verify

__all__ = ["Embeds", "Verifier", "split_sentences", "verify"]
