"""Reading inputs: files and folders -> documents or rejects (formats, decoding, layout, HTML, dates)."""
