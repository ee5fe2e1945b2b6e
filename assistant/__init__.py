"""Minutes Assistant: cited answers, action registers and briefing notes from board minutes.

Data flows one way, and each stage is a subpackage that imports only the ones below it:

    config, records, text, prompts,     settings, typed records, shared vocabulary, templates,
    safety                              text addressed to an AI rather than to the board
    llm, ingest, verify                 the LLM client; files -> Meeting records; claim checks
    linking                             later records -> earlier actions
    store                               Chroma + FTS5 index, hybrid retrieval, action register
    answer, brief                       questions -> verified Answer; records -> Briefing
    app                                 the facade every use case goes through
    cli, ui                             thin adapters over App
"""

import os

# Offline by contract, before any library is imported: onnxruntime (the embedding model) sends
# usage events to Microsoft unless told not to, and gradio, the model hub and Chroma phone
# home by default. tests/test_offline.py watches the sockets of a whole run.
os.environ.update(
    {
        "ORT_DISABLE_TELEMETRY": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "HF_HUB_OFFLINE": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "ANONYMIZED_TELEMETRY": "False",
        "DO_NOT_TRACK": "1",
    }
)
