"""Names the model takes for people that are no person's, one module per kind of thing: works and
characters, firms (by their lists, employers, owners, stakes, share prices), clubs, places, types,
and the presenters of a blurb. Each gives one rule of `extractor.MENTION_DROPS`."""
