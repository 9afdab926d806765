"""Loading the spaCy pipeline and parsing texts in batches."""
