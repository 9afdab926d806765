"""Finding attributions: marked quotes and their cues, reported speech led by a verb, attributions
cued by a noun, headline forms, split quotes, and what an unmarked attribution keeps of its content.
Reads `speakers.subjects` for who a cue's subject is; never the extractor or the learned parts."""
