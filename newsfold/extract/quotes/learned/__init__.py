"""The learned parts, fitted on PolNeAR train (`newsfold.eval.train_attribution`,
`newsfold.eval.train_tagger`): a cue scorer that adds attributions the hand rules miss and a
sequence tagger whose support decides doubtful rows. Their models ship beside the modules."""
