"""The Gradio web UI, a thin adapter over App. Only this package imports gradio."""
