package io.vectwin.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vectwin.schemas.serde.SingleObjectFormat;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class VectwinSchemasTest {

    @Test
    void listsTheFiveMessageRecords() {
        assertThat(VectwinSchemas.messageSchemas())
                .extracting(Schema::getFullName)
                .containsExactly(
                        "io.vectwin.schemas.EntityTelemetry",
                        "io.vectwin.schemas.TaskRequest",
                        "io.vectwin.schemas.OffloadingDecision",
                        "io.vectwin.schemas.OffloadingOutcome",
                        "io.vectwin.schemas.DeadLetterRecord");
        assertThat(VectwinSchemas.messageClasses()).hasSameSizeAs(VectwinSchemas.messageSchemas());
    }

    @Test
    void fingerprintsAreDistinct() {
        assertThat(VectwinSchemas.messageSchemas())
                .extracting(SingleObjectFormat::fingerprintOf)
                .doesNotHaveDuplicates();
    }

    @Test
    void findsSchemasByFullNameAndFingerprint() {
        Schema taskRequest = TaskRequest.getClassSchema();

        assertThat(VectwinSchemas.findByFullName("io.vectwin.schemas.TaskRequest")).contains(taskRequest);
        assertThat(VectwinSchemas.findByFullName("io.vectwin.schemas.Nope")).isEmpty();
        assertThat(VectwinSchemas.newSchemaStore().findByFingerprint(SingleObjectFormat.fingerprintOf(taskRequest)))
                .isEqualTo(taskRequest);
    }

    @Test
    void reachesTheNestedTypes() {
        assertThat(reachableNamedTypes())
                .extracting(Schema::getName)
                .containsExactlyInAnyOrder("EntityTelemetry", "EntityKind", "TaskRequest", "Subtask",
                        "OffloadingDecision", "OffloadingOutcome", "DeadLetterRecord");
    }

    /** Convention: every type and field says what it is. */
    @Test
    void everyNamedTypeAndFieldIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        for (Schema type : reachableNamedTypes()) {
            if (isBlank(type.getDoc())) {
                undocumented.add(type.getName());
            }
            fieldsOf(type).stream().filter(f -> isBlank(f.doc())).forEach(f -> undocumented.add(type.getName() + "." + f.name()));
        }
        assertThat(undocumented).isEmpty();
    }

    /** Convention: every field doc ends its description with its SI unit, or says it has none. */
    @Test
    void everyFieldDocStatesItsUnit() {
        List<String> withoutUnit = new ArrayList<>();
        for (Schema type : reachableNamedTypes()) {
            fieldsOf(type).stream()
                    .filter(f -> f.doc() == null || !(f.doc().contains("Unit: ") || f.doc().contains("Unitless")))
                    .forEach(f -> withoutUnit.add(type.getName() + "." + f.name()));
        }
        assertThat(withoutUnit).isEmpty();
    }

    private static List<Schema> reachableNamedTypes() {
        Map<String, Schema> found = new LinkedHashMap<>();
        VectwinSchemas.messageSchemas().forEach(s -> collectNamedTypes(s, found));
        return List.copyOf(found.values());
    }

    private static void collectNamedTypes(Schema schema, Map<String, Schema> found) {
        switch (schema.getType()) {
            case RECORD -> {
                if (found.putIfAbsent(schema.getFullName(), schema) == null) {
                    schema.getFields().forEach(f -> collectNamedTypes(f.schema(), found));
                }
            }
            case ENUM -> found.putIfAbsent(schema.getFullName(), schema);
            case ARRAY -> collectNamedTypes(schema.getElementType(), found);
            case UNION -> schema.getTypes().forEach(t -> collectNamedTypes(t, found));
            default -> {
            }
        }
    }

    private static List<Schema.Field> fieldsOf(Schema type) {
        return type.getType() == Schema.Type.RECORD ? type.getFields() : List.of();
    }

    private static boolean isBlank(String doc) {
        return doc == null || doc.isBlank();
    }
}
