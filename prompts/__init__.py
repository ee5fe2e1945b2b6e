"""The prompt templates (*.md), installed as the package data `assistant.templates`."""
