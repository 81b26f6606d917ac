/**
 * The command line's two pool-sized jobs on Apache Spark: {@link dev.standout.spark.SparkModelBuild} (the model of
 * {@code standout model build}, byte for byte) and {@link dev.standout.spark.SparkBatch} (the records of
 * {@code standout batch}), with {@link dev.standout.spark.Main} as the {@code spark-submit} entry point and behind
 * {@code ./standout-spark}. Spark is a provided dependency: the cluster brings it. See {@code spark/README.md}.
 */
package dev.standout.spark;
