package dev.standout.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The fields of a batch record ({@code result.schema.json}, as {@code Result.toJson()} writes them) as a Spark
 * schema, for the Parquet output. A field that the JSON leaves out (an empty string, an empty optional list) is
 * null here; read back and written as JSON without nulls, a row is the record again. Keep it in step with
 * {@code dev.standout.internal.ResultJson}: {@code SparkBatchTest} compares the two.
 */
public final class ResultSchema {
    private static final DataType STRING = DataTypes.StringType;
    private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, true);

    private static final StructType MENTION = struct(
            field("text", STRING), field("section", STRING),
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType));
    private static final ArrayType MENTIONS = DataTypes.createArrayType(MENTION, true);

    private static final StructType BASICS = struct(
            field("name", STRING), field("label", STRING), field("email", STRING), field("phone", STRING),
            field("url", STRING),
            field("profiles", array(struct(field("network", STRING), field("username", STRING),
                    field("url", STRING)))));

    private static final StructType WORK = struct(
            field("name", STRING), field("position", STRING), field("startDate", STRING), field("endDate", STRING),
            field("current", DataTypes.BooleanType), field("summary", STRING), field("mentions", MENTIONS));

    private static final StructType EDUCATION = struct(
            field("institution", STRING), field("area", STRING), field("studyType", STRING), field("level", STRING),
            field("endDate", STRING), field("mentions", MENTIONS));

    private static final StructType SKILL = struct(
            field("name", STRING), field("id", STRING), field("type", STRING), field("evidence", STRING),
            field("confidence", DataTypes.DoubleType), field("mentions", MENTIONS));

    private static final StructType CERTIFICATE = struct(
            field("name", STRING), field("id", STRING), field("kind", STRING), field("level", STRING),
            field("issuer", STRING), field("date", STRING), field("confidence", DataTypes.DoubleType),
            field("mentions", MENTIONS));

    private static final StructType PROJECT = struct(
            field("name", STRING), field("description", STRING), field("keywords", STRINGS), field("url", STRING),
            field("highlights", STRINGS), field("evidence", STRINGS), field("archetype", STRING),
            field("themes", STRINGS), field("confidence", DataTypes.DoubleType), field("mentions", MENTIONS));

    private static final StructType RESUME = struct(
            field("basics", BASICS), field("work", array(WORK)), field("education", array(EDUCATION)),
            field("skills", array(SKILL)), field("certificates", array(CERTIFICATE)),
            field("projects", array(PROJECT)));

    private static final StructType ITEM = struct(
            field("kind", STRING), field("name", STRING), field("id", STRING),
            field("commonness", DataTypes.DoubleType), field("contribution", DataTypes.DoubleType),
            field("explanation", STRING));

    private static final StructType ANALYSIS = struct(
            field("score", DataTypes.DoubleType), field("percentile", DataTypes.DoubleType),
            field("segment", STRING), field("model", STRING), field("items", array(ITEM)),
            field("advice", STRINGS), field("flags", STRINGS));

    /** One record of {@code results.jsonl}, with the batch's near-duplicate list. */
    public static final StructType RESULT = struct(
            field("file", STRING), field("sha256", STRING), field("status", STRING), field("format", STRING),
            field("error", struct(field("type", STRING), field("message", STRING))),
            field("warnings", STRINGS),
            field("ocr", struct(field("pages", DataTypes.IntegerType), field("words", DataTypes.IntegerType),
                    field("confidence", DataTypes.DoubleType), field("language", STRING))),
            field("sections", array(struct(field("type", STRING), field("heading", STRING),
                    field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType)))),
            field("resume", RESUME),
            field("analysis", ANALYSIS),
            field("nearDuplicates", array(struct(field("file", STRING),
                    field("similarity", DataTypes.DoubleType)))));

    private ResultSchema() {
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static ArrayType array(DataType element) {
        return DataTypes.createArrayType(element, true);
    }
}
