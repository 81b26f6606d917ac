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

    private static JsonSchema load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        Path shared = SharedData.root().map(r -> r.resolve("contract/result.schema.json")).orElse(null);
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
        try {
            JsonNode node = MAPPER.readTree(json);
            return SCHEMA.validate(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
