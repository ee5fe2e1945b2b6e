"""Questions -> verified, cited answers: route (records or search) -> evidence -> generate ->
verify -> Answer."""

from .answerer import DECLINE, Answerer

__all__ = ["DECLINE", "Answerer"]
