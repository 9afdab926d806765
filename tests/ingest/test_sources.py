from newsfold.ingest.sources import file_sha256, fingerprint_sources, known_sources


def test_fingerprints_and_latest_hash_per_path(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("first")
    first = fingerprint_sources([str(a), str(a), str(tmp_path / "missing.txt")], "run-1")
    assert first.height == 1
    a.write_text("second")
    both = first.vstack(fingerprint_sources([str(a)], "run-2"))
    assert known_sources(both) == {str(a): file_sha256(a)}


def test_large_files_are_not_hashed(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 100)
    assert file_sha256(big, max_bytes=10) is None
    assert known_sources(None) == {}


def test_known_fingerprints_are_not_recorded_again(tmp_path):
    from newsfold.ingest.sources import drop_known_sources

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("same")
    b.write_text("new")
    rows = fingerprint_sources([str(a), str(b)], "run-2")
    kept = drop_known_sources(rows, {str(a): file_sha256(a), str(b): "old hash"})
    assert kept["source_path"].to_list() == [str(b)]
