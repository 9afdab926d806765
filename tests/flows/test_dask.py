"""The flow on a real local `dask.distributed` cluster (2 worker processes) gives the tables of the
in-process run, row for row, ids included."""

from __future__ import annotations

import shutil

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def inbox(seeds_dir, shared_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("inbox")
    for seed in seeds_dir.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    for path in sorted((shared_dir / "corpora" / "bbc").glob("*/*.txt"))[::150][:15]:
        shutil.copy(path, folder / f"bbc_{path.parent.name}_{path.name}")
    return folder


def test_dask_run_equals_the_in_process_run(prefect_harness, inbox, tmp_path):
    from flows.news_pipeline import news_pipeline
    from newsfold.store.compare import table_differences
    from newsfold.store.output import read_table

    local = news_pipeline(inputs=[str(inbox)], output_dir=str(tmp_path / "local"))
    dask = news_pipeline(inputs=[str(inbox)], output_dir=str(tmp_path / "dask"), executor="dask", n_workers=2,
                         articles_per_task=3)
    assert dask.run["articles_added"] == local.run["articles_added"] >= 20
    assert table_differences(tmp_path / "local", tmp_path / "dask") == []
    assert read_table(tmp_path / "dask", "quotes").height > 100
    assert not list((tmp_path / "dask").rglob("*.tmp")), "the batches' staged files are committed or gone"
    # A rerun on Dask adds nothing and starts no cluster (nothing to parse).
    again = news_pipeline(inputs=[str(inbox)], output_dir=str(tmp_path / "dask"), executor="dask",
                          articles_per_task=3)
    assert again.run["articles_added"] == 0
