"""Names the model misses or mislabels, each vouched for by its sentence: transcript speaker labels,
one-word stage names, writers known by initials, full names tagged ORG that do what people do.
`candidates` adds what they find to the evidence."""
