"""Injection set 4: structural prompt injections in invented minutes (a development set)."""
