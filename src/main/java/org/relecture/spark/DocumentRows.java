package org.relecture.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Finding;
import org.relecture.scoring.DocumentScore;
import org.relecture.scoring.ScoredDocument;

/**
 * The rows a checked document becomes: one per document with its findings nested, which the
 * job writes as {@code documents} (without them) and {@code findings} (one row each).
 */
final class DocumentRows {
    static final StructType FINDING = new StructType()
            .add("rule", DataTypes.StringType, false)
            .add("category", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false)
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, false)
            .add("suggestions", DataTypes.createArrayType(DataTypes.StringType, false), false);

    static final StructType CHECKED = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("ok", DataTypes.BooleanType, false)
            .add("error", DataTypes.StringType, true)
            .add("errorKind", DataTypes.StringType, true)
            .add("words", DataTypes.IntegerType, false)
            .add("penalty", DataTypes.DoubleType, false)
            .add("penaltyPer1000", DataTypes.DoubleType, false)
            .add("score", DataTypes.DoubleType, true)
            .add("calibratedScore", DataTypes.DoubleType, true)
            .add("band", DataTypes.StringType, true)
            .add("verdict", DataTypes.StringType, true)
            .add("findingCount", DataTypes.IntegerType, false)
            .add("gateFailures", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("findings", DataTypes.createArrayType(FINDING, false), false);

    private DocumentRows() {
    }

    static Row of(ScoredDocument scored, List<String> gateFailures) {
        if (!scored.ok()) {
            return failed(scored.label(), scored.result().failure().kind(), scored.result().failure().reason());
        }
        String text = scored.document().text();
        List<Row> findings = new ArrayList<>();
        for (Finding f : scored.findings()) {
            findings.add(RowFactory.create(f.rule(), f.category().id(), f.severity().id(), f.start(), f.end(),
                    text.substring(f.start(), f.end()), f.message(), seq(f.suggestions())));
        }
        DocumentScore score = scored.score();
        return RowFactory.create(scored.label(), true, null, null, score.words(), score.penalty(), score.penaltyPer1000(),
                score.score(), score.calibratedScore(), score.band().id(), score.verdict().id(), findings.size(),
                seq(gateFailures), seq(findings));
    }

    static Row failed(String id, DocumentResult.FailureKind kind, String reason) {
        return RowFactory.create(id, false, reason, kind.name().toLowerCase(java.util.Locale.ROOT), 0, 0.0, 0.0, null, null, null, null, 0,
                seq(List.of()), seq(List.of()));
    }

    /** Spark's external type for an array column. */
    private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }
}
