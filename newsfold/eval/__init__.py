"""Quality measurement: gold readers, scorers (`newsfold eval`), held-out splits and model training. Uses extract/, never the reverse."""
