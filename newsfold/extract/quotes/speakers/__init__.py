"""Who speaks: the parse's subject of a cue, the article's people and organisations indexed, a
pronoun or description resolved to a person, a document's issuer, and the canonical speaker name.
Imports nothing from `attributions`, `learned` or the extractor."""
