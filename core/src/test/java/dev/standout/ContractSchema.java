package dev.standout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The output contract, for tests: the shared folder's {@code contract/result.schema.json} when it is there
 * (so that a change of the contract is noticed), else the copy kept in the test resources.
 */
public final class ContractSchema {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private ContractSchema() {
    }

    private static final JsonSchema BUNDLED = load(false);

    private static JsonSchema load() {
        return load(true);
    }

    private static JsonSchema load(boolean preferShared) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        Path shared = preferShared ? SharedData.root().map(r -> r.resolve("contract/result.schema.json")).orElse(null)
                : null;
        try (InputStream in = shared != null && Files.isRegularFile(shared) ? Files.newInputStream(shared)
                : ContractSchema.class.getResourceAsStream("/contract/result.schema.json")) {
            // the contract's "$id" is relative; give the tree an absolute one so that its "$ref"s resolve offline
            com.fasterxml.jackson.databind.node.ObjectNode tree =
                    (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(in);
            tree.put("$id", "https://standout.invalid/contract/result.schema.json");
            return factory.getSchema(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validation errors of a JSON record (empty when it meets the contract). */
    public static Set<ValidationMessage> errors(String json) {
        return errors(SCHEMA, json);
    }

    /**
     * The validation errors of a JSON record against this repository's copy of the contract, whatever the shared
     * folder holds: for tests of what this version adds to the contract.
     */
    public static Set<ValidationMessage> errorsAgainstThisVersion(String json) {
        return errors(BUNDLED, json);
    }

    private static Set<ValidationMessage> errors(JsonSchema schema, String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return schema.validate(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
