"""Minutes Assistant: cited answers, action registers and briefing notes from board minutes.

Data flows one way, and each stage is a subpackage that imports only the ones below it:

    config, records, text, prompts      settings, typed records, shared vocabulary, templates
    llm, ingest, verify                 the LLM client; files -> Meeting records; claim checks
    linking                             later records -> earlier actions
    store                               Chroma + FTS5 index, hybrid retrieval, action register
    answer, brief                       questions -> verified Answer; records -> Briefing
    app                                 the facade every use case goes through
    cli, ui                             thin adapters over App
"""
