"""A table in Apache Spark (local mode) opens through the same path as File > Open Connection...
and answers as the events in memory do."""

from __future__ import annotations

import gc
import json
import shutil
import warnings

import numpy as np
import pytest

from viewer.model.filters import FilterSpec
from viewer.model.loader import load_bytes
from viewer.model.synthetic import synthetic_document
from viewer.store.convert import write_store
from viewer.store.memory import MemorySource
from viewer.store.schema import document_metadata
from viewer.store.source import ViewQuery

# PySpark 4.0 uses pandas options and keywords that pandas 3 marks as going away, and leaves the
# sockets of its Java gateway to the garbage collector.
pytestmark = [pytest.mark.spark, pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning"),
              pytest.mark.filterwarnings("ignore::ResourceWarning"),
              pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")]


@pytest.fixture(scope="module")
def spark_and_memory(tmp_path_factory):
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java 17: apt-get install openjdk-17-jre-headless (.ci/run installs it)")
    pyspark = pytest.importorskip("pyspark", reason="pip install '.[test]' brings pyspark")
    folder = tmp_path_factory.mktemp("spark")
    data = synthetic_document(2000)
    for i, event in enumerate(data["events"]):
        if i % 7 == 0:
            event["segments"] = ["sky", "sea"]
        elif i % 11 == 0:
            event["segments"] = []
    document = load_bytes(json.dumps(data).encode(), "spark.json").document
    write_store(document, folder / "events.parquet")
    spark = (pyspark.sql.SparkSession.builder.master("local[2]").appName("lagebild-tests")
             .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
             .config("spark.sql.warehouse.dir", str(folder / "warehouse"))
             .config("spark.sql.session.timeZone", "UTC").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    spark.read.parquet(str(folder / "events.parquet")).write.saveAsTable("events")
    spark.createDataFrame([("document", json.dumps(document_metadata(document)))], ["key", "value"]) \
        .write.saveAsTable("events_meta")
    from viewer.store.warehouse import open_url

    yield open_url("pyspark://", "events"), MemorySource(document)
    spark.stop()
    context = pyspark.SparkContext
    if context._gateway is not None:  # the Java side ends with the module's tests, and its sockets now
        context._gateway.shutdown()
        context._gateway = context._jvm = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        gc.collect()


def test_a_spark_table_opens_with_the_lanes_and_span_of_the_file(spark_and_memory):
    spark, memory = spark_and_memory
    assert len(spark) == len(memory) == 2000
    assert spark.span() == memory.span()
    for mode in ("segment", "status", "single"):
        assert spark.lanes(mode) == memory.lanes(mode)


def test_spark_counts_every_column_as_memory_does(spark_and_memory):
    spark, memory = spark_and_memory
    lo, hi = memory.span()
    for mode, spec in (("segment", FilterSpec()), ("status", FilterSpec(statuses=frozenset({"planned"}))),
                       ("single", FilterSpec(segments=frozenset({"sky"})))):
        query = ViewQuery(lo, hi, 311, mode, spec)
        expected, answered = memory.density(query), spark.density(query)
        assert answered.lanes == expected.lanes
        assert np.array_equal(answered.counts, expected.counts)
        assert answered.in_view == expected.in_view > 0


def test_spark_gives_the_events_in_view_and_their_details(spark_and_memory):
    spark, memory = spark_and_memory
    lo, hi = memory.span()
    query = ViewQuery(lo + (hi - lo) * 0.3, lo + (hi - lo) * 0.32, 500, "segment")
    expected, got = memory.events(query, 1000), spark.events(query, 1000)
    assert expected.complete and len(expected) > 10
    assert (got.ids, got.lanes, got.titles, got.status) == (expected.ids, expected.lanes, expected.titles,
                                                            expected.status)
    assert np.array_equal(got.lo, expected.lo)
    event_id = expected.ids[0]
    assert spark.record(event_id, float(expected.lo[0])) == memory.record(event_id)
    assert spark.facet_counts(FilterSpec(statuses=frozenset({"reported"}))) == \
        memory.facet_counts(FilterSpec(statuses=frozenset({"reported"})))
    assert [h.id for h in spark.search("event 19", 100)] == [h.id for h in memory.search("event 19", 100)]
