package dev.socle.catalog.ingest;

import dev.socle.catalog.IngestedEntity;
import dev.socle.catalog.model.Entity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Location} entity that stands for a registered location, named as Backstage names it
 * ({@code generated-} and the SHA-1 of {@code type:target}), so that a catalog moved from Backstage keeps the same
 * refs. It is the root of the ancestry of every entity read from the location, and goes when the location goes.
 */
final class RegisteredLocationEntity {

    private RegisteredLocationEntity() {}

    static IngestedEntity of(String type, String target) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("apiVersion", "backstage.io/v1alpha1").put("kind", "Location");
        json.putObject("metadata").put("name", name(type, target)).put("namespace", "default");
        json.putObject("spec").put("type", type).put("target", target);
        return IngestedEntity.derived(Entity.fromJson(json), null);
    }

    static String name(String type, String target) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-1").digest((type + ":" + target).getBytes(StandardCharsets.UTF_8));
            return "generated-" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException everyJdkHasSha1) {
            throw new IllegalStateException(everyJdkHasSha1);
        }
    }
}
